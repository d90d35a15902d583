"""NewsML 1.2 (still sent by AFP and Business Wire): one story per text ``NewsItem``.

Where things are::

    NewsML/NewsEnvelope/DateAndTime, Priority[@FormalName]
    NewsML/NewsItem
      Identification/NewsIdentifier/ProviderId, DateId, NewsItemId, RevisionId, PublicIdentifier
      NewsManagement/FirstCreated, ThisRevisionCreated, Status[@FormalName], Urgency[@FormalName]
      NewsComponent (nested)
        NewsLines/HeadLine, SubHeadLine, ByLine, DateLine, CreditLine, SlugLine, KeywordLine
        DescriptiveMetadata/Language[@FormalName], SubjectCode/Subject*[@FormalName], Location
        ContentItem/MediaType[@FormalName=Text], DataContent (nitf | html/body | p...)
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
    descendants,
    local,
    parse_xml,
    root_name,
    text_of,
)
from pipeline.model import RawDocument, Story

_SUBJECT_TAGS = ("Subject", "SubjectMatter", "SubjectDetail")


def _formal(element: ET.Element | None) -> str | None:
    return attr(element, "FormalName")


def _components(item: ET.Element) -> list[ET.Element]:
    """Every NewsComponent, outermost first."""
    return list(descendants(item, "NewsComponent"))


def _text_content(component: ET.Element) -> NitfBody:
    for content_item in descendants(component, "ContentItem"):
        media_type = (_formal(child(content_item, "MediaType")) or "Text").lower()
        if media_type != "text":
            continue
        data = child(content_item, "DataContent")
        if data is None:
            continue
        inner = list(data)
        if not inner:
            paras = paragraphs(data.text or "")
        else:
            first = inner[0]
            name = local(first.tag)
            if name == "nitf":
                body = read_body(child(first, "body"))
                if body.paragraphs or body.headline:
                    return body
                continue
            paras = block_paragraphs(child(first, "body") if name == "html" else data)
        if paras:
            return NitfBody(paragraphs=paras)
    return NitfBody()


def _first(components: list[ET.Element], *path: str) -> ET.Element | None:
    for component in components:
        found = child(component, *path)
        if found is not None:
            return found
    return None


def story_from_news_item(item: ET.Element, envelope: ET.Element | None, *, source: str, raw: bytes) -> Story:
    identifier = child(item, "Identification", "NewsIdentifier")
    management = child(item, "NewsManagement")
    components = _components(item)
    lines = _first(components, "NewsLines")
    body = NitfBody()
    for component in components:
        body = _text_content(component)
        if body.paragraphs or body.headline:
            break
    metadata: dict[str, str] = dict(body.metadata)

    def put(key: str, value: str | None) -> None:
        if value:
            metadata[key] = value

    for name in ("ProviderId", "DateId", "NewsItemId"):
        put(name, text_of(child(identifier, name)))
    put("NameLabel", text_of(child(item, "Identification", "NameLabel")))
    for name in ("SubHeadLine", "CreditLine", "CopyrightLine", "SlugLine", "KeywordLine", "RightsLine"):
        put(name, text_of(child(lines, name)))
    put("NewsItemType", _formal(child(management, "NewsItemType")))
    put("NewsService", _formal(child(envelope, "NewsService")))
    put("envelope_time", text_of(child(envelope, "DateAndTime")))
    revision = child(identifier, "RevisionId")
    put("PreviousRevision", attr(revision, "PreviousRevision"))
    put("Update", attr(revision, "Update"))

    headline = text_of(child(lines, "HeadLine")) or body.headline
    given = text_of(child(lines, "DateLine")) or body.dateline
    dateline, paras = split_lead(body.paragraphs, given=given, metadata=metadata)
    if headline is None and not any(paras):
        raise ParseError("NewsItem with neither a HeadLine nor text content")
    described = _first(components, "DescriptiveMetadata")
    subjects = []
    for tag in _SUBJECT_TAGS:
        for subject in descendants(child(described, "SubjectCode"), tag):
            code = _formal(subject)
            if code and f"subj:{code}" not in subjects:
                subjects.append(f"subj:{code}")
    location = child(described, "Location")
    places = [attr(p, "Value") for p in children(location, "Property")]
    urgency = to_int(_formal(child(management, "Urgency")) or _formal(child(envelope, "Priority")))
    story_id = text_of(child(identifier, "PublicIdentifier"))
    if not story_id and metadata.get("NewsItemId"):
        story_id = f"urn:newsml:{metadata.get('ProviderId', '')}:{metadata.get('DateId', '')}:{metadata['NewsItemId']}"
    return Story(
        story_id=story_id or hash_id(raw),
        version=to_int(text_of(revision)),
        format="newsml1",
        source=source,
        headline=headline,
        byline=clean_byline(text_of(child(lines, "ByLine"))) or body.byline,
        dateline=dateline,
        captions=body.captions,
        body="\n\n".join(p for p in paras if p),
        language=_formal(child(described, "Language")),
        first_created=parse_time(text_of(child(management, "FirstCreated"))),
        version_created=parse_time(text_of(child(management, "ThisRevisionCreated"))),
        urgency=urgency if urgency is not None and 1 <= urgency <= 9 else None,
        subjects=subjects,
        pub_status=_formal(child(management, "Status")),
        located=", ".join(p for p in places if p) or None,
        raw_metadata=metadata,
    )


class NewsML1Parser(FormatParser):
    name = "newsml1"

    def sniff(self, data: bytes, head: str) -> bool:
        return root_name(head) in {"NewsML", "NewsItem"}

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        root = parse_xml(doc.data)
        envelope = child(root, "NewsEnvelope")
        items = [root] if local(root.tag) == "NewsItem" else children(root, "NewsItem")
        if not items:
            raise ParseError(f"no NewsItem in <{local(root.tag)}>")
        if len(items) == 1:
            return [story_from_news_item(items[0], envelope, source=doc.source, raw=doc.data)]
        results: list[ParseResult] = []
        for position, item in enumerate(items, start=1):
            source = f"{doc.source}#item {position}"
            raw = ET.tostring(item, encoding="utf-8")
            try:
                results.append(story_from_news_item(item, envelope, source=source, raw=raw))
            except ParseError as err:
                results.append(Rejected(source, f"{self.name}: {err}", raw))
        return results


register(NewsML1Parser())
