"""IPTC ninjs (News in JSON): one object a document, or JSON Lines.

All three generations map onto one Story:

- 1.x: ``uri``, ``version``, ``headline``, ``body_text`` / ``body_html`` /
  ``body_xhtml``, ``byline``, ``located``, ``subject[]``, ``versioncreated``...
- 2.x: ``headlines[]``, ``bodies[]``, ``descriptions[]``, ``by``, ``altids[]``,
  ``subjects[]``, lower-case time keys.
- 3.x: the 2.x shape with camelCase keys (``versionCreated``, ``firstCreated``,
  ``pubStatus``, ``altIds``, ``contentType``).

Top-level scalars with no Story field of their own go to ``raw_metadata``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pipeline.formats.base import (
    FormatParser,
    ParseError,
    ParseResult,
    Rejected,
    clean_byline,
    decode_text,
    hash_id,
    parse_time,
    to_int,
)
from pipeline.formats.dateline import split_lead
from pipeline.formats.htmltext import html_paragraphs, looks_like_html
from pipeline.formats.plaintext import paragraphs
from pipeline.formats.registry import register
from pipeline.model import RawDocument, Story

# Keys the mapping below consumes (lower-cased), so they are not copied to raw_metadata.
_USED = {
    "uri", "version", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies", "byline", "by",
    "located", "language", "firstcreated", "versioncreated", "pubstatus", "urgency", "subject", "subjects",
    "altids", "descriptions", "description_text", "description_html", "type",
}  # fmt: skip
_MAX_JSON_CHARS = 8192
# Item types that are bundles of other items, not stories.
_NOT_STORIES = {"composite", "package"}


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _get(obj: dict[str, Any], name: str) -> Any:
    """``obj[name]`` under its 1.x/2.x lower-case or 3.x camelCase spelling."""
    if name in obj:
        return obj[name]
    lowered = name.lower()
    for key, value in obj.items():
        if isinstance(key, str) and key.lower() == lowered:
            return value
    return None


def _list_of_dicts(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        value = [value]
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _by_role(items: list[dict[str, Any]], preferred: tuple[str, ...]) -> list[dict[str, Any]]:
    """Items with a preferred role first, in document order otherwise."""
    ranked = sorted(
        enumerate(items),
        key=lambda pair: (preferred.index(pair[1].get("role")) if pair[1].get("role") in preferred else 99, pair[0]),
    )
    return [item for _, item in ranked]


def _headline(obj: dict[str, Any]) -> str | None:
    headline = _text(_get(obj, "headline"))
    if headline:
        return headline
    for item in _by_role(_list_of_dicts(_get(obj, "headlines")), ("main", "headline", "default")):
        if _text(item.get("value")):
            return _text(item["value"])
    return None


def _body_paragraphs(text: str, content_type: str) -> list[str]:
    if "html" in content_type or "xml" in content_type or looks_like_html(text):
        return html_paragraphs(text)
    return paragraphs(text)


def _body(obj: dict[str, Any]) -> list[str]:
    """Body paragraphs: structured (HTML) bodies first, they keep paragraph breaks."""
    for key in ("body_html", "body_xhtml"):
        markup = _get(obj, key)
        if isinstance(markup, str) and markup.strip():
            paras = html_paragraphs(markup)
            if paras:
                return paras
    bodies = _list_of_dicts(_get(obj, "bodies"))
    for item in _by_role(bodies, ("main", "html", "text", "default")):
        value = item.get("value")
        if isinstance(value, str) and value.strip():
            content_type = str(_get(item, "contentType") or "").lower()
            paras = _body_paragraphs(value, content_type)
            if paras:
                return paras
    body_text = _get(obj, "body_text")
    if body_text is not None and not isinstance(body_text, str):
        raise ParseError(f"body_text must be a string, got {type(body_text).__name__}")
    return paragraphs(body_text or "")


def _byline(obj: dict[str, Any]) -> str | None:
    for key in ("byline", "by"):
        value = _get(obj, key)
        if _text(value):
            return clean_byline(_text(value))
        names = [_text(item.get("name")) for item in _list_of_dicts(value)]
        if any(names):
            return ", ".join(name for name in names if name)
    return None


def _subjects(obj: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for item in _list_of_dicts(_get(obj, "subjects")) + _list_of_dicts(_get(obj, "subject")):
        code, scheme = _text(item.get("code")), _text(item.get("scheme"))
        uri, name = _text(item.get("uri")), _text(item.get("name"))
        if code and scheme and not scheme.startswith("http"):
            value = f"{scheme.rstrip(':')}:{code}"
        else:
            value = uri or (f"{scheme}{code}" if code and scheme else code) or name
        if value and value not in out:
            out.append(value)
    return out


def _raw_metadata(obj: dict[str, Any]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, value in obj.items():
        if not isinstance(key, str) or key.lower() in _USED:
            continue
        if isinstance(value, bool):
            meta[key] = "true" if value else "false"
        elif isinstance(value, (str, int, float)) and str(value).strip():
            meta[key] = str(value).strip()
        elif isinstance(value, (list, dict)) and value:
            # people, places, renditions, associations...: kept as compact JSON, capped.
            encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            meta[key] = encoded if len(encoded) <= _MAX_JSON_CHARS else encoded[:_MAX_JSON_CHARS] + "…"
    for item in _list_of_dicts(_get(obj, "altids")):
        role, value = _text(item.get("role")) or "id", _text(item.get("value"))
        if value:
            meta[f"altid:{role}"] = value
    altids = _get(obj, "altids")
    if isinstance(altids, dict):  # 1.x: {"role": "value"}
        for role, value in altids.items():
            if _text(value):
                meta[f"altid:{role}"] = value.strip()
    descriptions = [_text(d.get("value")) for d in _list_of_dicts(_get(obj, "descriptions"))]
    description = _text(_get(obj, "description_text")) or next((d for d in descriptions if d), None)
    if description:
        meta["description"] = description
    if _text(_get(obj, "type")):
        meta["type"] = _get(obj, "type").strip()
    return meta


def _generation(obj: dict[str, Any]) -> str:
    if any(key in obj for key in ("versionCreated", "firstCreated", "pubStatus", "altIds", "contentCreated")):
        return "3"
    if any(key in obj for key in ("headlines", "bodies", "altids", "descriptions", "subjects")):
        return "2"
    return "1"


def story_from_ninjs(obj: Any, *, source: str, raw: bytes, format_name: str = "ninjs") -> Story:
    """One ninjs object to a Story; ``ParseError`` if it is not a text item."""
    if not isinstance(obj, dict):
        raise ParseError(f"expected a JSON object, got {type(obj).__name__}")
    item_type = _text(_get(obj, "type"))
    if item_type and item_type.lower() in _NOT_STORIES:
        raise ParseError(f"a ninjs {item_type!r} item bundles other items and is not a story")
    headline = _headline(obj)
    paras = _body(obj)
    if headline is None and not paras:
        raise ParseError("neither a headline nor body text")
    metadata = _raw_metadata(obj)
    dateline, paras = split_lead(paras, metadata=metadata)
    metadata["ninjs_version"] = _generation(obj)
    version = _get(obj, "version")
    return Story(
        story_id=_text(_get(obj, "uri")) or hash_id(raw),
        version=to_int(version) if not isinstance(version, float) else to_int(int(version)),
        format=format_name,
        source=source,
        headline=headline,
        byline=_byline(obj),
        dateline=dateline,
        body="\n\n".join(p for p in paras if p),
        language=_text(_get(obj, "language")),
        first_created=parse_time(_get(obj, "firstCreated")),
        version_created=parse_time(_get(obj, "versionCreated")),
        located=_text(_get(obj, "located")),
        pub_status=_text(_get(obj, "pubStatus")),
        urgency=_urgency(_get(obj, "urgency")),
        subjects=_subjects(obj),
        raw_metadata=metadata,
    )


def _urgency(value: Any) -> int | None:
    number = to_int(value)
    return number if number is not None and 1 <= number <= 9 else None


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
            raw = line.encode("utf-8", errors="replace")
            try:
                yield story_from_ninjs(json.loads(line), source=source, raw=raw)
            except json.JSONDecodeError as err:
                yield Rejected(source, f"ninjs: malformed JSON: {err}", raw)
            except (ParseError, RecursionError) as err:
                yield Rejected(source, f"ninjs: {err or 'nested too deeply'}", raw)


register(NinjsParser())
