"""IPTC NewsML-G2: a ``newsItem``, or a ``newsMessage`` envelope of several items.

One story per text ``newsItem`` (itemClass ``ninat:text``, or no itemClass).
Package items, concept items and pictures/videos are not stories: inside a
``newsMessage`` they are skipped, and a document holding nothing else is refused.

Where things are::

    newsItem[@guid, @version, @xml:lang]
      itemMeta/itemClass[@qcode], versionCreated, firstCreated, pubStatus[@qcode],
               provider, service, edNote, signal, embargoed, title
      contentMeta/headline, slugline, by, dateline, located(name | @qcode), language[@tag],
                  subject[@qcode], urgency, creator/name, description, altId, keyword, genre
      contentSet/inlineXML(nitf | html) | inlineData (text/plain)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from pipeline.formats.base import (
    FormatParser,
    ParseError,
    ParseResult,
    Rejected,
    clean_byline,
    hash_id,
    parse_time,
    to_int,
)
from pipeline.formats.bodytext import Content, text_of
from pipeline.formats.dateline import split_lead
from pipeline.formats.embedded import content_of_container
from pipeline.formats.registry import register
from pipeline.formats.xmlsafe import (
    attr,
    child,
    children,
    local,
    parse_xml,
    root_name,
)
from pipeline.model import RawDocument, Story

_ROOTS = {"newsItem", "newsMessage", "packageItem", "knowledgeItem", "conceptItem", "conceptSet", "planningItem"}
# Item classes whose items are stories ("" is a newsItem that names no class).
_TEXT_KINDS = frozenset({"text", "composite-text", ""})
# What the other G2 items are, for the reason they are not stories.
_NOT_TEXT = {
    "packageItem": "a package of other items",
    "conceptItem": "a controlled-vocabulary concept",
    "conceptSet": "a set of concepts",
    "knowledgeItem": "a set of concepts",
    "planningItem": "coverage planning",
}


def _qcode_value(qcode: str | None) -> str | None:
    """'stat:canceled' -> 'canceled'."""
    return qcode.split(":", 1)[-1] if qcode else None


def _located(content_meta: ET.Element | None) -> str | None:
    located = child(content_meta, "located")
    if located is None:
        return None
    parts = [text_of(child(located, "name")) or attr(located, "literal") or attr(located, "qcode")]
    for broader in children(located, "broader"):
        parts.append(text_of(child(broader, "name")) or attr(broader, "literal") or attr(broader, "qcode"))
    unique = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return ", ".join(unique) or None


def _content(content_set: ET.Element | None) -> Content:
    """The first rendition with text: inline NITF, inline XHTML, or inline (plain or HTML) text."""
    for rendition in list(content_set) if content_set is not None else []:
        if local(rendition.tag) in ("inlineXML", "inlineData"):
            content = content_of_container(rendition, attr(rendition, "contenttype"))
            if content.has_text:
                return content
    return Content()


def _metadata(item: ET.Element, item_meta: ET.Element | None, content_meta: ET.Element | None) -> dict[str, str]:
    meta: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        if value:
            meta[key] = value

    put("item_class", attr(child(item_meta, "itemClass"), "qcode"))
    put("provider", attr(child(item_meta, "provider"), "qcode") or text_of(child(item_meta, "provider")))
    put("service", "; ".join(filter(None, (attr(s, "qcode") for s in children(item_meta, "service")))))
    put("signal", "; ".join(filter(None, (attr(s, "qcode") for s in children(item_meta, "signal")))))
    # Every editorial note: those without a role (public) together, the others under their role.
    for note in children(item_meta, "edNote"):
        role = _qcode_value(attr(note, "role"))
        key = f"ed_note:{role}" if role else "ed_note"
        put(key, " | ".join(filter(None, (meta.get(key), text_of(note)))))
    put("embargoed", text_of(child(item_meta, "embargoed")))
    put("title", text_of(child(item_meta, "title")))
    put("file_name", text_of(child(item_meta, "fileName")))
    put("slugline", text_of(child(content_meta, "slugline")))
    put("creator", "; ".join(filter(None, (text_of(child(c, "name")) for c in children(content_meta, "creator")))))
    put("genre", "; ".join(filter(None, (attr(g, "qcode") for g in children(content_meta, "genre")))))
    put("keywords", "; ".join(filter(None, (text_of(k) for k in children(content_meta, "keyword")))))
    put("content_created", text_of(child(content_meta, "contentCreated")))
    put("content_modified", text_of(child(content_meta, "contentModified")))
    for description in children(content_meta, "description"):
        role = _qcode_value(attr(description, "role")) or "description"
        put(f"description:{role}" if role != "description" else "description", text_of(description))
    for alt_id in children(content_meta, "altId"):
        put(f"altId:{_qcode_value(attr(alt_id, 'type')) or 'id'}", attr(alt_id, "id") or text_of(alt_id))
    names = [text_of(child(s, "name")) for s in children(content_meta, "subject")]
    put("subject_names", "; ".join(n for n in names if n))
    for key in ("copyrightHolder", "copyrightNotice", "usageTerms"):
        element = child(item, "rightsInfo", key)
        put(key, text_of(child(element, "name")) if key == "copyrightHolder" else text_of(element))
    return meta


def story_from_news_item(item: ET.Element, *, source: str, raw: bytes) -> Story:
    item_meta = child(item, "itemMeta")
    content_meta = child(item, "contentMeta")
    body = _content(child(item, "contentSet"))
    metadata = _metadata(item, item_meta, content_meta)
    metadata.update({k: v for k, v in body.metadata.items() if k not in metadata})
    # The item's own headline; else the embedded body's (NITF hedline or title, XHTML <h1>); else
    # the item's title.
    headline = _headline(content_meta, metadata) or body.headline or metadata.get("title")
    given = text_of(child(content_meta, "dateline")) or body.dateline
    dateline, paras = split_lead(body.paragraphs, given=given, metadata=metadata)
    if headline is None and not any(paras):
        raise ParseError(f"newsItem {attr(item, 'guid')!r} has neither a headline nor body text")
    language = attr(child(content_meta, "language"), "tag") or attr(item, "lang") or body.language
    subjects = [q for q in (attr(s, "qcode") or attr(s, "uri") for s in children(content_meta, "subject")) if q]
    urgency = to_int(text_of(child(content_meta, "urgency")))
    if urgency is None or not 1 <= urgency <= 9:
        urgency = body.urgency
    first_created = parse_time(text_of(child(item_meta, "firstCreated")))
    if first_created is None:
        first_created = parse_time(text_of(child(content_meta, "contentCreated")))
    return Story(
        story_id=attr(item, "guid") or hash_id(raw),
        version=to_int(attr(item, "version")),
        format="newsml_g2",
        source=source,
        headline=headline,
        # <by> is the byline as written; failing that the inline NITF one, then the creator party.
        byline=clean_byline(text_of(child(content_meta, "by"))) or body.byline or metadata.get("creator"),
        dateline=dateline,
        captions=body.captions,
        body="\n\n".join(p for p in paras if p),
        language=language,
        first_created=first_created,
        version_created=parse_time(text_of(child(item_meta, "versionCreated"))),
        urgency=urgency,
        subjects=list(dict.fromkeys(subjects or body.subjects)),
        pub_status=_qcode_value(attr(child(item_meta, "pubStatus"), "qcode")),
        located=_located(content_meta),
        raw_metadata=metadata,
    )


def _headline(content_meta: ET.Element | None, metadata: dict[str, str]) -> str | None:
    """The main headline (no role, or a role ending in 'main'); the others, such as
    sub-headlines, go to ``metadata`` under their role."""
    main: str | None = None
    for element in children(content_meta, "headline"):
        role, text = _qcode_value(attr(element, "role")), text_of(element)
        if not text:
            continue
        if main is None and (role is None or role.endswith("main")):
            main = text
        else:
            metadata.setdefault(f"headline:{role or 'other'}", text)
    if main is None:  # only role-tagged ones: take the first
        first = next((k for k in metadata if k.startswith("headline:")), None)
        main = metadata.pop(first) if first else None
    return main


def _item_kind(item: ET.Element) -> str:
    """What an item is, from its element and ``itemClass``: ``text``, ``composite-text``,
    ``picture``... (the code after the scheme: ``ninat:text``, Reuters' and ANSA's ``icls:text``
    and a ``.../ninature/text`` URI all say ``text``); '' for a newsItem that does not say."""
    item_class = child(item, "itemMeta", "itemClass")
    value = attr(item_class, "qcode") or attr(item_class, "uri") or ""
    return re.split(r"[:/#]", value.rstrip("/"))[-1].lower()


def _not_a_story(item: ET.Element) -> str | None:
    """Why an item is not a story, or None for a text item."""
    element, kind = local(item.tag), _item_kind(item)
    if element == "newsItem" and kind in _TEXT_KINDS:
        return None
    if element == "newsItem" and kind == "composite" and _content(child(item, "contentSet")).has_text:
        return None  # a composite of media whose text is inline: the text is a story
    item_class = attr(child(item, "itemMeta", "itemClass"), "qcode") or attr(
        child(item, "itemMeta", "itemClass"), "uri"
    )
    what = (
        f"a {kind} newsItem" if element == "newsItem" else f"a {element} ({_NOT_TEXT.get(element, 'not a news item')})"
    )
    guid = attr(item, "guid")
    return (
        f"not a story: {what}"
        + (f", itemClass {item_class}" if item_class else "")
        + (f", guid {guid!r}" if guid else "")
    )


class NewsMLG2Parser(FormatParser):
    """Every text newsItem is a story; every other item (pictures, video, graphics, packages,
    concepts, planning) is a ``Rejected`` result saying what it is, so nothing a message carries
    vanishes uncounted: the pipeline dead-letters it with that reason."""

    name = "newsml_g2"

    def sniff(self, data: bytes, head: str) -> bool:
        return root_name(head) in _ROOTS

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        root = parse_xml(doc.data)
        kind = local(root.tag)
        if kind == "newsMessage":
            items = [item for item_set in children(root, "itemSet") for item in item_set if local(item.tag)]
            if not items:
                raise ParseError("a newsMessage with no item in its itemSet")
        else:
            items = [root]
        if len(items) == 1 and kind != "newsMessage":
            reason = _not_a_story(root)
            if reason:
                raise ParseError(reason)
            return [story_from_news_item(root, source=doc.source, raw=doc.data)]
        results: list[ParseResult] = []
        for position, item in enumerate(items, start=1):
            guid = attr(item, "guid")
            source = f"{doc.source}#{guid or position}"
            raw = ET.tostring(item, encoding="utf-8")
            reason = _not_a_story(item)
            if reason:
                results.append(Rejected(source, f"{self.name}: {reason}", raw))
                continue
            try:
                results.append(story_from_news_item(item, source=source, raw=raw))
            except ParseError as err:
                results.append(Rejected(source, f"{self.name}: {err}", raw))
        return results


register(NewsMLG2Parser())
