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
from pipeline.formats.bodytext import Content, html_paragraphs
from pipeline.formats.dateline import split_lead
from pipeline.formats.embedded import content_of_text
from pipeline.formats.envelopes import find_items, is_item
from pipeline.formats.registry import register
from pipeline.formats.textlayout import paragraphs
from pipeline.model import RawDocument, Story

# Keys the mapping below consumes (lower-cased), so they are not copied to raw_metadata.
_USED = {
    "uri", "version", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies", "byline", "by", "bylines",
    "located", "language", "firstcreated", "versioncreated", "pubstatus", "urgency", "subject", "subjects",
    "altids", "descriptions", "description_text", "description_html", "type",
}  # fmt: skip
_MAX_JSON_CHARS = 8192
# Item types that are not stories: media, and bundles of other items.
_NOT_STORIES = {
    "picture": "a picture", "image": "a picture", "photo": "a picture", "graphic": "a graphic",
    "video": "a video", "audio": "an audio item", "composite": "a bundle of other items",
    "package": "a bundle of other items", "collection": "a bundle of other items", "event": "an event",
    "planning": "a planning item", "concept": "a concept",
}  # fmt: skip
# Associated items whose text is a caption of the story's media.
_MEDIA_TYPES = frozenset({"picture", "image", "photo", "graphic", "video"})


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


def _body(obj: dict[str, Any]) -> Content:
    """The body: structured (HTML) bodies first, they keep paragraph breaks and set captions of
    embedded pictures apart; then ``bodies`` by role; then ``body_text``."""
    for key in ("body_html", "body_xhtml"):
        markup = _get(obj, key)
        if isinstance(markup, str) and markup.strip():
            content = content_of_text(markup, "text/html")
            if content.paragraphs:
                return content
    bodies = _list_of_dicts(_get(obj, "bodies"))
    for item in _by_role(bodies, ("main", "html", "text", "default")):
        value = item.get("value")
        if isinstance(value, str) and value.strip():
            content = content_of_text(value, str(_get(item, "contentType") or ""))
            if content.paragraphs:
                return content
    body_text = _get(obj, "body_text")
    if body_text is not None and not isinstance(body_text, str):
        raise ParseError(f"body_text must be a string, got {type(body_text).__name__}")
    return Content(paragraphs=paragraphs(body_text or ""))


def _byline(obj: dict[str, Any], metadata: dict[str, str]) -> str | None:
    """``byline``/``by`` as a string or a list of people, or AP's ``bylines`` (``by`` and
    ``title``: the titles go to ``metadata['byline_title']``)."""
    bylines = _list_of_dicts(_get(obj, "bylines"))
    names = [clean_byline(_text(b.get("by")) or _text(b.get("name"))) for b in bylines]
    if any(names):
        titles = [_text(b.get("title")) for b in bylines]
        if any(titles):
            metadata["byline_title"] = "; ".join(t for t in titles if t)
        return "; ".join(n for n in names if n)
    for key in ("byline", "by"):
        value = _get(obj, key)
        if _text(value):
            return clean_byline(_text(value))
        names = [_text(item.get("name")) for item in _list_of_dicts(value)]
        if any(names):
            return ", ".join(name for name in names if name)
    return None


def _captions(obj: dict[str, Any]) -> list[str]:
    """Captions of the pictures and video associated with the story (ninjs ``associations``, a
    map of name to item or a list of items)."""
    associations = _get(obj, "associations")
    items = _list_of_dicts(list(associations.values()) if isinstance(associations, dict) else associations)
    out: list[str] = []
    for item in items:
        if str(_get(item, "type") or "").lower() not in _MEDIA_TYPES:
            continue
        descriptions = [_text(d.get("value")) for d in _list_of_dicts(_get(item, "descriptions"))]
        html = _text(_get(item, "description_html"))
        caption = (
            _text(_get(item, "description_text"))
            or next((d for d in descriptions if d), None)
            or (" ".join(html_paragraphs(html)) if html else None)
            or _text(_get(item, "body_text"))
        )
        if caption and caption not in out:
            out.append(caption)
    return out


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
        raise ParseError(f"not a story: a ninjs {item_type!r} item ({_NOT_STORIES[item_type.lower()]})")
    headline = _headline(obj)
    body = _body(obj)
    paras = body.paragraphs
    if headline is None and not paras:
        keys = ", ".join(sorted(str(k) for k in obj)[:8])
        raise ParseError(f"neither a headline nor body text (keys: {keys or 'none'})")
    metadata = _raw_metadata(obj)
    if not paras:
        href = _text_rendition(obj)
        if href:
            metadata["body_href"] = href  # the text is delivered apart (AP Media API's NITF rendition)
    dateline, paras = split_lead(paras, metadata=metadata)
    metadata["ninjs_version"] = _generation(obj)
    version = _get(obj, "version")
    return Story(
        story_id=_text(_get(obj, "uri")) or hash_id(raw),
        version=to_int(version) if not isinstance(version, float) else to_int(int(version)),
        format=format_name,
        source=source,
        headline=headline,
        byline=_byline(obj, metadata),
        captions=list(dict.fromkeys(body.captions + _captions(obj))),
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


def _text_rendition(obj: dict[str, Any]) -> str | None:
    """Where a text item's body is, when the item does not carry it: a text rendition's link."""
    renditions = _get(obj, "renditions")
    items = list(renditions.items()) if isinstance(renditions, dict) else []
    for name, rendition in items:
        if not isinstance(rendition, dict):
            continue
        kind = f"{name} {rendition.get('mimetype') or rendition.get('contentType') or ''}".lower()
        if any(word in kind for word in ("nitf", "text", "html", "xml")) and _text(rendition.get("href")):
            return _text(rendition["href"])
    return None


def _urgency(value: Any) -> int | None:
    number = to_int(value)
    return number if number is not None and 1 <= number <= 9 else None


def _one_value(value: Any) -> bool:
    """True for one item (or a value that is no item and holds none), False for an envelope or a
    list of items."""
    if isinstance(value, dict):
        return is_item(value)
    return not (isinstance(value, list) and any(isinstance(v, dict) for v in value))


class NinjsParser(FormatParser):
    """A ninjs object, JSON Lines of them, or a JSON API envelope of them (``envelopes``): each
    text item a story, each other item (a picture, a package) a rejection saying what it is."""

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
        if _one_value(value):
            return [story_from_ninjs(value, source=doc.source, raw=doc.data)]
        return self._envelope(value, source=doc.source, raw=doc.data)

    def _envelope(self, value: Any, *, source: str, raw: bytes) -> list[ParseResult]:
        found = find_items(value)
        if found is None:  # no envelope either: say what the object lacks
            return [story_from_ninjs(value, source=source, raw=raw)]
        if not found:
            raise ParseError("a JSON API envelope holding no items")
        results: list[ParseResult] = []
        for number, (path, item) in enumerate(found, start=1):
            item_source = f"{source}#item {number}"
            item_raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
            try:
                story = story_from_ninjs(item, source=item_source, raw=item_raw)
            except (ParseError, RecursionError) as err:
                results.append(Rejected(item_source, f"ninjs: {err or 'nested too deeply'} (at {path})", item_raw))
                continue
            story.raw_metadata["envelope_path"] = path
            results.append(story)
        return results

    def _json_lines(self, doc: RawDocument, text: str) -> Iterable[ParseResult]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            source = f"{doc.source}:line {number}"
            raw = line.encode("utf-8", errors="replace")
            try:
                value = json.loads(line)
                if _one_value(value):
                    yield story_from_ninjs(value, source=source, raw=raw)
                else:
                    yield from self._envelope(value, source=source, raw=raw)
            except json.JSONDecodeError as err:
                yield Rejected(source, f"ninjs: malformed JSON: {err}", raw)
            except (ParseError, RecursionError) as err:
                yield Rejected(source, f"ninjs: {err or 'nested too deeply'}", raw)


register(NinjsParser())
