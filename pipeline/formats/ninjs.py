"""IPTC ninjs (News in JSON): one object a document, or JSON Lines.

1.x field names (``uri``, ``version``, ``headline``, ``body_text``,
``byline``, ``language``, ``firstcreated``, ``versioncreated``).
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from pipeline.formats.base import (
    FormatParser,
    ParseError,
    ParseResult,
    Rejected,
    decode_text,
    hash_id,
    parse_time,
    to_int,
)
from pipeline.formats.plaintext import paragraphs, split_dateline
from pipeline.formats.registry import register
from pipeline.model import RawDocument, Story


def _text(value: Any) -> Optional[str]:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def story_from_ninjs(obj: Any, *, source: str, raw: bytes, format_name: str = "ninjs") -> Story:
    """One ninjs object to a Story; ``ParseError`` if it is not a text item."""
    if not isinstance(obj, dict):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}")
    headline = _text(obj.get("headline"))
    body_text = obj.get("body_text")
    if body_text is not None and not isinstance(body_text, str):
        raise ParseError(f"body_text must be a string, got {type(body_text).__name__}")
    if headline is None and not _text(body_text):
        raise ParseError("neither headline nor body_text")
    paras = paragraphs(body_text or "")
    dateline = None
    if paras:
        dateline, paras[0] = split_dateline(paras[0])
    byline = _text(obj.get("byline")) or _text(obj.get("by"))
    uri = _text(obj.get("uri"))
    return Story(
        story_id=uri or hash_id(raw),
        version=to_int(obj.get("version")),
        format=format_name,
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        body="\n\n".join(p for p in paras if p),
        language=_text(obj.get("language")),
        first_created=parse_time(obj.get("firstcreated")),
        version_created=parse_time(obj.get("versioncreated")),
        located=_text(obj.get("located")),
        pub_status=_text(obj.get("pubstatus")),
    )


class NinjsParser(FormatParser):
    name = "ninjs"

    def sniff(self, data: bytes, head: str) -> bool:
        return head.lstrip("\ufeff \t\r\n").startswith(("{", "["))

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        text = decode_text(doc.data)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            if "Extra data" not in err.msg:
                raise ParseError(f"malformed JSON: {err}") from None
            return list(self._json_lines(doc, text))
        return [story_from_ninjs(value, source=doc.source, raw=doc.data)]

    def _json_lines(self, doc: RawDocument, text: str) -> Iterable[ParseResult]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            source = f"{doc.source}:line {number}"
            raw = line.encode("utf-8")
            try:
                yield story_from_ninjs(json.loads(line), source=source, raw=raw)
            except json.JSONDecodeError as err:
                yield Rejected(source, f"ninjs: malformed JSON: {err}", raw)
            except ParseError as err:
                yield Rejected(source, f"ninjs: {err}", raw)


register(NinjsParser())
