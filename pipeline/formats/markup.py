"""Markup that is none of the news formats: an HTML page becomes a story, any
other XML is refused by name rather than read as plain text with its tags.

Registered as a fallback ahead of plain text, so NITF and NewsML, whose
parsers sniff their root elements first, never get here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from pipeline.formats.base import FormatParser, ParseError, ParseResult, decode_text, hash_id
from pipeline.formats.dateline import split_lead
from pipeline.formats.htmltext import html_paragraphs
from pipeline.formats.language import normalize_language
from pipeline.formats.registry import register
from pipeline.formats.xmlsafe import root_name
from pipeline.model import RawDocument, Story

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z\-_]+)", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def _inline_text(markup: str) -> str | None:
    text = " ".join(html.unescape(_TAGS.sub(" ", markup)).split())
    return text or None


class MarkupParser(FormatParser):
    name = "html"

    def sniff(self, data: bytes, head: str) -> bool:
        return head.lstrip("\ufeff \t\r\n").startswith("<") and root_name(head) is not None

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        text = decode_text(doc.data)
        root = root_name(text[:4096])
        if root is None or root.lower() != "html":
            raise ParseError(f"XML document of no known news format (root element <{root}>)")
        heading = _H1.search(text) or _TITLE.search(text)
        headline = _inline_text(heading.group(1)) if heading else None
        paras = html_paragraphs(text)
        if paras and headline and paras[0] == headline:
            paras.pop(0)
        dateline, paras = split_lead(paras)
        if headline is None and not paras:
            raise ParseError("HTML page with no text")
        lang = _LANG.search(text[:4096])
        return [
            Story(
                story_id=hash_id(doc.data),
                format=self.name,
                source=doc.source,
                headline=headline,
                dateline=dateline,
                body="\n\n".join(paras),
                language=normalize_language(lang.group(1)) if lang else None,
            )
        ]


register(MarkupParser(), fallback=True)
