"""Markup that is none of the news formats: an HTML page becomes a story, any
other XML is refused by name rather than read as plain text with its tags.

Registered as a fallback ahead of plain text, so NITF and NewsML, whose
parsers sniff their root elements first, never get here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from pipeline.formats.base import FormatParser, ParseError, ParseResult, UnknownFormat, decode_text, hash_id
from pipeline.formats.bodytext import html_paragraphs
from pipeline.formats.dateline import split_lead
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


# XML that is not news, by root element and namespace: what a dead letter calls it.
_KNOWN_XML = {
    ("feed", "http://www.w3.org/2005/Atom"): "an Atom feed",
    ("entry", "http://www.w3.org/2005/Atom"): "an Atom entry",
    ("rss", ""): "an RSS feed",
    ("RDF", "http://purl.org/rss/1.0/"): "an RSS 1.0 (RDF) feed",
    ("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9"): "a sitemap",
    ("Envelope", "http://schemas.xmlsoap.org/soap/envelope/"): "a SOAP message",
    ("Envelope", "http://www.w3.org/2003/05/soap-envelope"): "a SOAP message",
    ("svg", "http://www.w3.org/2000/svg"): "an SVG image",
}


def describe_xml(root: str | None, head: str) -> str:
    """What an XML document that is no news format is, for its dead letter: "an Atom feed (root
    <feed>, namespace ...)", or "XML of no news format wire-ingest reads (root <RBNews>)"."""
    if root is None:
        return "markup with no root element"
    tag = re.search(rf"<(?:([\w.\-]+):)?{re.escape(root)}\b[^>]*>", head)
    namespace = ""
    if tag:
        prefix = f":{tag.group(1)}" if tag.group(1) else ""
        declared = re.search(rf"\bxmlns{re.escape(prefix)}\s*=\s*[\"']([^\"']*)[\"']", tag.group(0))
        namespace = declared.group(1) if declared else ""
    where = f"root <{root}>" + (f", namespace {namespace}" if namespace else "")
    known = _KNOWN_XML.get((root, namespace)) or _KNOWN_XML.get((root, ""))
    if known:
        return f"{known} ({where}), not a news format wire-ingest reads"
    return f"XML of no news format wire-ingest reads ({where}): proprietary or not news"


class MarkupParser(FormatParser):
    name = "html"

    def sniff(self, data: bytes, head: str) -> bool:
        return head.lstrip("\ufeff \t\r\n").startswith("<") and root_name(head) is not None

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        text = decode_text(doc.data)
        root = root_name(text[:4096])
        if root is None or root.lower() != "html":
            raise UnknownFormat(describe_xml(root, text[:4096]))
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
