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
from pipeline.formats.dateline import split_lead
from pipeline.formats.nitf import NitfBody, read_body
from pipeline.formats.plaintext import paragraphs
from pipeline.formats.registry import register
from pipeline.formats.xmlsafe import (
    attr,
    block_paragraphs,
    child,
    children,
    local,
    parse_xml,
    root_name,
    text_of,
)
from pipeline.model import RawDocument, Story

_ROOTS = {"newsItem", "newsMessage", "packageItem", "knowledgeItem", "conceptItem", "conceptSet", "planningItem"}
_TEXT_CLASSES = {"ninat:text", "ninat:composite-text", ""}


def _qcode_value(qcode: str | None) -> str | None:
    """'stat:canceled' -> 'canceled'."""
    return qcode.split(":", 1)[-1] if qcode else None


def _located(content_meta: ET.Element | None) -> str | None:
    located = child(content_meta, "located")
    if located is None:
        return None
    parts = [text_of(child(located, "name")) or attr(located, "qcode")]
    for broader in children(located, "broader"):
        parts.append(text_of(child(broader, "name")) or attr(broader, "qcode"))
    unique = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return ", ".join(unique) or None


def _content(content_set: ET.Element | None) -> NitfBody:
    """The first rendition with text: inline NITF, inline XHTML, or inline plain text."""
    for rendition in list(content_set) if content_set is not None else []:
        kind = local(rendition.tag)
        if kind == "inlineXML":
            for root in rendition:
                name = local(root.tag)
                if name == "nitf":
                    body = read_body(child(root, "body"))
                elif name == "html":
                    body = NitfBody(paragraphs=block_paragraphs(child(root, "body") or root))
                else:
                    body = NitfBody(paragraphs=block_paragraphs(root))
                if body.paragraphs or body.headline:
                    return body
        elif kind == "inlineData":
            paras = paragraphs(rendition.text or "")
            if paras:
                return NitfBody(paragraphs=paras)
    return NitfBody()


def _metadata(item: ET.Element, item_meta: ET.Element | None, content_meta: ET.Element | None) -> dict[str, str]:
    meta: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        if value:
            meta[key] = value

    put("item_class", attr(child(item_meta, "itemClass"), "qcode"))
    put("provider", attr(child(item_meta, "provider"), "qcode") or text_of(child(item_meta, "provider")))
    put("service", "; ".join(filter(None, (attr(s, "qcode") for s in children(item_meta, "service")))))
    put("signal", "; ".join(filter(None, (attr(s, "qcode") for s in children(item_meta, "signal")))))
    put("ed_note", text_of(child(item_meta, "edNote")))
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
    headline = _headline(content_meta, metadata) or body.headline
    given = text_of(child(content_meta, "dateline")) or body.dateline
    dateline, paras = split_lead(body.paragraphs, given=given, metadata=metadata)
    if headline is None and not any(paras):
        raise ParseError(f"newsItem {attr(item, 'guid')!r} has neither a headline nor body text")
    language = attr(child(content_meta, "language"), "tag") or attr(item, "lang")
    subjects = [q for q in (attr(s, "qcode") or attr(s, "uri") for s in children(content_meta, "subject")) if q]
    urgency = to_int(text_of(child(content_meta, "urgency")))
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
        urgency=urgency if urgency is not None and 1 <= urgency <= 9 else None,
        subjects=list(dict.fromkeys(subjects)),
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


def _is_text_item(item: ET.Element) -> bool:
    item_class = attr(child(item, "itemMeta", "itemClass"), "qcode") or ""
    return local(item.tag) == "newsItem" and item_class in _TEXT_CLASSES


class NewsMLG2Parser(FormatParser):
    name = "newsml_g2"

    def sniff(self, data: bytes, head: str) -> bool:
        return root_name(head) in _ROOTS

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        root = parse_xml(doc.data)
        kind = local(root.tag)
        if kind == "newsMessage":
            items = [item for item_set in children(root, "itemSet") for item in item_set]
        else:
            items = [root]
        text_items = [item for item in items if _is_text_item(item)]
        if not text_items:
            found = sorted({f"{local(i.tag)} {attr(child(i, 'itemMeta', 'itemClass'), 'qcode') or ''}" for i in items})
            raise ParseError(f"no text newsItem in <{kind}> (found: {', '.join(found) or 'no items'})")
        if len(text_items) == 1 and kind != "newsMessage":
            return [story_from_news_item(text_items[0], source=doc.source, raw=doc.data)]
        results: list[ParseResult] = []
        for position, item in enumerate(text_items, start=1):
            guid = attr(item, "guid")
            source = f"{doc.source}#{guid or position}"
            raw = ET.tostring(item, encoding="utf-8")
            try:
                results.append(story_from_news_item(item, source=source, raw=raw))
            except ParseError as err:
                results.append(Rejected(source, f"{self.name}: {err}", raw))
        return results


register(NewsMLG2Parser())
