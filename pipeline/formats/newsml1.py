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
from pipeline.formats.bodytext import Content, text_of
from pipeline.formats.dateline import split_lead
from pipeline.formats.embedded import content_of_container
from pipeline.formats.registry import register
from pipeline.formats.xmlsafe import (
    attr,
    child,
    children,
    descendants,
    local,
    parse_xml,
    root_name,
)
from pipeline.model import RawDocument, Story

_SUBJECT_TAGS = ("Subject", "SubjectMatter", "SubjectDetail")
# Text that is presentation, not story: stylesheet components and formats.
_STYLE_ROLES = frozenset({"stylesheet", "style", "css", "xsl", "xslt"})
_STYLESHEETS = ("css", "xsl")
# Components of pictures and video: their text is a caption, never the story's body.
_MEDIA_ROLES = ("photo", "picture", "image", "video", "graphic")


def _formal(element: ET.Element | None) -> str | None:
    return attr(element, "FormalName")


def _role(component: ET.Element) -> str:
    return (_formal(child(component, "Role")) or "").lower().replace("-", "").replace(" ", "")


def _text_items(item: ET.Element) -> list[tuple[str, ET.Element]]:
    """Every text ContentItem with its role: the Role of the nearest NewsComponent that names one
    (outer components first, so a component's own text comes before its sub-components')."""
    found: list[tuple[str, ET.Element]] = []
    stack: list[tuple[ET.Element, str]] = [(kid, "") for kid in reversed(children(item, "NewsComponent"))]
    while stack:
        component, inherited = stack.pop()
        role = _role(component) or inherited
        for content_item in children(component, "ContentItem"):
            if _is_text(content_item):
                found.append((role, content_item))
        stack.extend((kid, role) for kid in reversed(children(component, "NewsComponent")))
    return found


def _is_text(content_item: ET.Element) -> bool:
    media_type = (_formal(child(content_item, "MediaType")) or "Text").lower()
    mime = (_formal(child(content_item, "MimeType")) or "").lower()
    kind = (_formal(child(content_item, "Format")) or "").lower()
    if media_type != "text" or any(style in mime + kind for style in _STYLESHEETS):
        return False
    return child(content_item, "DataContent") is not None


def _read(content_item: ET.Element) -> Content:
    mime = _formal(child(content_item, "MimeType")) or _formal(child(content_item, "Format"))
    return content_of_container(child(content_item, "DataContent"), mime)


def _content(item: ET.Element) -> Content:
    """The story text: a component in the role of the main text (or of no role) gives the body;
    components in the role of a headline or sub-headline give those, caption components give
    captions; stylesheets are no text."""
    body: Content | None = None
    headline = subheadline = None
    captions: list[str] = []
    for role, content_item in _text_items(item):
        if role in _STYLE_ROLES:
            continue
        content = _read(content_item)
        text = " ".join(content.paragraphs) or content.headline
        if "caption" in role or any(media in role for media in _MEDIA_ROLES):
            captions.extend(p for p in content.paragraphs if p)
        elif "subheadline" in role or "subtitle" in role:
            subheadline = subheadline or text
        elif "headline" in role or role == "title":
            headline = headline or text
        elif content.has_text and (body is None or (role == "main" and not body.paragraphs)):
            body = content
    body = body or Content()
    body.headline = body.headline or headline
    if subheadline:
        body.metadata.setdefault("SubHeadLine", subheadline)
    body.captions = body.captions + captions
    return body


def _first(item: ET.Element, *path: str) -> ET.Element | None:
    """The first element down ``path`` from a NewsComponent, outermost component first."""
    for component in descendants(item, "NewsComponent"):
        found = child(component, *path)
        if found is not None:
            return found
    return None


def _leaf_texts(element: ET.Element | None) -> dict[str, str]:
    """``{name: text}`` of every element with text below ``element`` (repeated names joined)."""
    out: dict[str, list[str]] = {}
    for node in element.iter() if element is not None else ():
        text = text_of(node) if node is not element and not len(node) else None
        value = text or (_formal(node) if node is not element and not len(node) else None)
        if value:
            out.setdefault(local(node.tag), []).append(value)
    return {name: "; ".join(dict.fromkeys(values)) for name, values in out.items()}


def story_from_news_item(item: ET.Element, envelope: ET.Element | None, *, source: str, raw: bytes) -> Story:
    identifier = child(item, "Identification", "NewsIdentifier")
    management = child(item, "NewsManagement")
    lines = _first(item, "NewsLines")
    body = _content(item)
    metadata: dict[str, str] = dict(body.metadata)

    def put(key: str, value: str | None) -> None:
        if value:
            metadata[key] = value

    for name in ("ProviderId", "DateId", "NewsItemId"):
        put(name, text_of(child(identifier, name)))
    put("NameLabel", text_of(child(item, "Identification", "NameLabel")))
    for name in ("SubHeadLine", "CreditLine", "CopyrightLine", "SlugLine", "KeywordLine", "RightsLine"):
        put(name, text_of(child(lines, name)))
    for news_line in children(lines, "NewsLine"):
        put(
            f"NewsLine:{_formal(child(news_line, 'NewsLineType')) or 'text'}", text_of(child(news_line, "NewsLineText"))
        )
    put("NewsItemType", _formal(child(management, "NewsItemType")))
    put("Instruction", _formal(child(management, "Instruction")))
    put(
        "AssociatedWith", "; ".join(filter(None, (attr(a, "NewsItem") for a in children(management, "AssociatedWith"))))
    )
    put("NewsService", _formal(child(envelope, "NewsService")))
    put("NewsProduct", "; ".join(filter(None, (_formal(p) for p in children(envelope, "NewsProduct")))))
    put("envelope_time", text_of(child(envelope, "DateAndTime")))
    revision = child(identifier, "RevisionId")
    put("PreviousRevision", attr(revision, "PreviousRevision"))
    put("Update", attr(revision, "Update"))
    # Usage and rights terms (UsageType, Geography, Limitations...), each under its element name.
    for name, value in _leaf_texts(_first(item, "RightsMetadata")).items():
        put(f"rights:{name}", value)
    comments = [text_of(c) for c in descendants(item, "Comment")]
    put("Comment", " | ".join(c for c in comments if c))

    described = _first(item, "DescriptiveMetadata")
    for prop in children(described, "Property"):
        name, value = _formal(prop), attr(prop, "Value")
        if name and value:
            metadata[f"Property:{name}"] = "; ".join(filter(None, (metadata.get(f"Property:{name}"), value)))
    for name in ("Genre", "OfInterestTo"):
        put(name, "; ".join(filter(None, (_formal(g) for g in children(described, name)))))
    put("DateLineDate", text_of(child(described, "DateLineDate")))

    headline = text_of(child(lines, "HeadLine")) or body.headline
    given = text_of(child(lines, "DateLine")) or body.dateline
    dateline, paras = split_lead(body.paragraphs, given=given, metadata=metadata)
    if headline is None and not any(paras):
        raise ParseError("NewsItem with neither a HeadLine nor text content")
    subjects = []
    for subject_code in children(described, "SubjectCode"):
        for tag in _SUBJECT_TAGS:
            for subject in children(subject_code, tag):
                code = _formal(subject)
                if code and f"subj:{code}" not in subjects:
                    subjects.append(f"subj:{code}")
    location = child(described, "Location")
    places = [attr(p, "Value") for p in children(location, "Property")]
    urgency = to_int(_formal(child(management, "Urgency")) or _formal(child(envelope, "Priority")))
    if urgency is None or not 1 <= urgency <= 9:
        urgency = body.urgency
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
        language=_formal(child(described, "Language")) or attr(item, "lang") or body.language,
        first_created=parse_time(text_of(child(management, "FirstCreated"))),
        version_created=parse_time(text_of(child(management, "ThisRevisionCreated"))),
        urgency=urgency,
        subjects=subjects or body.subjects,
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
