"""Plain-text wire copy: the format of ``000_02bc4e5f07f762cb.txt``.

Layout, top to bottom, every part but the headline optional::

    The News                                   <- publication line
    U.S., Russia at 'Low Point' After ...      <- headline
    By JOSH LEDERMAN                           <- leading byline
    ... (Photo: AP/Alexander Zemlianichenko)   <- photo captions, anywhere
    MOSCOW – The United States and Russia ...  <- dateline + first paragraph
    ...
    JOSH LEDERMAN                              <- trailing all-caps byline

Paragraphs are separated by blank lines; lines inside a paragraph are joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.formats.base import FormatParser, ParseError, ParseResult, decode_text, hash_id
from pipeline.formats.dateline import is_dateline, split_lead
from pipeline.formats.registry import register
from pipeline.formats.textlayout import paragraphs
from pipeline.model import RawDocument, Story

# null, true, 42, -1.5e3, "text": JSON that is not a story object.
_JSON_SCALAR = re.compile(r'^(?:null|true|false|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|"(?:[^"\\]|\\.)*")$')
_CAPTION_CREDIT = re.compile(
    r"(\((?:[A-Z][\w.&]*\s+)?Photos?\s*[:/][^)]*\)|\bPhotos?\s*:\s*\S[^.]*$|\((?:AP|Reuters|AFP|Getty)[^)]*Photo[^)]*\))\s*$",
    re.IGNORECASE,
)
_LEADING_BY = re.compile(r"^By\s+(?P<name>[A-Z][\w.'’\- ]+(?:,?\s+(?:and|&)\s+[A-Z][\w.'’\- ]+)*)$")
_ALL_CAPS_NAME = re.compile(r"^[A-Z][A-Z.'’\-]+(?:\s+(?:[A-Z][A-Z.'’\-]*|and|AND|&))*$")


def _words(text: str) -> int:
    return len(text.split())


def _title_like(text: str) -> bool:
    return _words(text) <= 30 and not text.endswith((".", ",", ";")) and not is_dateline(text)


def _byline_name(text: str) -> str | None:
    leading = _LEADING_BY.match(text)
    if leading and _words(text) <= 10:
        return leading.group("name").strip()
    if _ALL_CAPS_NAME.match(text) and 2 <= _words(text) <= 8:
        return text
    return None


def is_caption(paragraph: str) -> bool:
    return bool(_CAPTION_CREDIT.search(paragraph))


def pretty_byline(name: str) -> str:
    """'JOSH LEDERMAN' -> 'Josh Lederman'; mixed case is kept as written."""
    words = name.split()
    joiners = {"and", "&"}
    if any(w.isupper() for w in words) and all(w.isupper() or w.lower() in joiners for w in words):
        return " ".join(w.lower() if w.lower() in joiners else w.capitalize() for w in words)
    return name


class PlainTextParser(FormatParser):
    name = "plaintext"

    def sniff(self, data: bytes, head: str) -> bool:
        return bool(head.strip())

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        text = decode_text(doc.data)
        paras = paragraphs(text)
        if not paras:
            raise ParseError("no text")
        if _JSON_SCALAR.match(text.strip()):
            raise ParseError(f"a bare JSON value ({text.strip()[:20]!r}), not a story")
        metadata: dict[str, str] = {}

        # Publication line: a very short title-like line above a longer one.
        if len(paras) >= 3 and _title_like(paras[0]) and _title_like(paras[1]):
            if _words(paras[0]) <= 5 and _words(paras[1]) > _words(paras[0]) and not _byline_name(paras[1]):
                metadata["publication"] = paras.pop(0)

        headline: str | None = None
        if _title_like(paras[0]) and not _byline_name(paras[0]) and len(paras) > 1:
            headline = paras.pop(0)

        byline: str | None = None
        if paras and _LEADING_BY.match(paras[0]) and _words(paras[0]) <= 10:
            leading = _byline_name(paras.pop(0))
            byline = pretty_byline(leading) if leading else None
        if paras and len(paras) > 1 and not byline:
            trailing = _byline_name(paras[-1])
            if trailing:
                byline = pretty_byline(trailing)
                paras.pop()

        captions = [p for p in paras if is_caption(p)]
        body_paras = [p for p in paras if not is_caption(p)]

        dateline, body_paras = split_lead(body_paras)
        body = "\n\n".join(body_paras)
        if not body and not headline:
            raise ParseError("no headline and no body text")
        story = Story(
            story_id=hash_id(doc.data),
            format=self.name,
            source=doc.source,
            headline=headline,
            byline=byline,
            dateline=dateline,
            captions=captions,
            body=body,
            raw_metadata=metadata,
        )
        return [story]


register(PlainTextParser(), fallback=True, rank=100)
