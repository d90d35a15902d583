"""NITF 3.x (News Industry Text Format), standalone or inline in NewsML.

Where things are::

    nitf[@baselang]
      head/title, head/meta[@name,@content], head/tobject/tobject.subject[@tobject.subject.refnum]
      head/docdata/doc-id[@id-string], du-key[@version], urgency[@ed-urg],
                   date.issue[@norm], date.release[@norm], management-status, key-list/keyword
      body/body.head/hedline/hl1, byline, dateline, abstract
      body/body.content/p (+ hl2 subheads, media/media-caption -> captions)
      body/body.end/tagline
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.formats.base import FormatParser, ParseError, ParseResult, clean_byline, hash_id, parse_time, to_int
from pipeline.formats.dateline import split_lead
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


@dataclass
class NitfBody:
    """What a NITF ``body`` holds, for NITF itself and for NewsML bodies."""

    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


def read_body(body: ET.Element | None) -> NitfBody:
    """Headline, byline, dateline, paragraphs and captions of a NITF ``body``
    (or of any element whose children are ``body.head``/``body.content``)."""
    out = NitfBody()
    if body is None:
        return out
    head = child(body, "body.head")
    out.headline = text_of(child(head, "hedline", "hl1"))
    subhead = text_of(child(head, "hedline", "hl2"))
    if subhead:
        out.metadata["subheadline"] = subhead
    bylines = [(text_of(b, skip=("byttl",)) or text_of(b) or "").strip(" ,;") for b in children(head, "byline")]
    out.byline = clean_byline("; ".join(b for b in bylines if b) or None)
    titles = [text_of(t) for b in children(head, "byline") for t in children(b, "byttl")]
    if any(titles) and out.byline and out.byline not in titles:
        out.metadata["byline_title"] = "; ".join(t for t in titles if t)
    dateline = child(head, "dateline")
    out.dateline = text_of(dateline, skip=("story.date",))
    story_date = attr(child(dateline, "story.date"), "norm")
    if story_date:
        out.metadata["story_date"] = story_date
    abstract = text_of(child(head, "abstract"))
    if abstract:
        out.metadata["abstract"] = abstract
    content = child(body, "body.content")
    out.paragraphs = block_paragraphs(content, skip=("media",))
    out.captions = [c for c in (text_of(m) for m in descendants(content, "media-caption")) if c]
    tagline = text_of(child(body, "body.end", "tagline"))
    if tagline:
        out.metadata["tagline"] = tagline
    return out


def story_from_nitf(root: ET.Element, *, source: str, raw: bytes, format_name: str = "nitf") -> Story:
    if local(root.tag) != "nitf":
        raise ParseError(f"root element is <{local(root.tag)}>, not <nitf>")
    head = child(root, "head")
    docdata = child(head, "docdata")
    body = read_body(child(root, "body"))
    metadata = dict(body.metadata)
    title = text_of(child(head, "title"))
    headline = body.headline or title
    if title and title != headline:
        metadata["title"] = title
    for meta in children(head, "meta"):
        name, content = attr(meta, "name"), attr(meta, "content")
        if name and content:
            metadata[f"meta:{name}"] = content
    for name in ("ed-msg", "doc-scope", "series", "fixture"):
        element = child(docdata, name)
        value = attr(element, "info") or attr(element, "scope") or attr(element, "series.name") or text_of(element)
        if value:
            metadata[name] = value
    keywords = [attr(k, "key") for k in descendants(child(docdata, "key-list"), "keyword")]
    if any(keywords):
        metadata["keywords"] = "; ".join(k for k in keywords if k)
    places = [
        ", ".join(v for k, v in sorted(e.attrib.items()) if v.strip()) for e in children(docdata, "evloc") if e.attrib
    ]
    if places:
        metadata["evloc"] = "; ".join(places)
    release = parse_time(attr(child(docdata, "date.release"), "norm"))
    if release is not None:
        metadata["date_release"] = str(release)
    publication = attr(child(head, "pubdata"), "date.publication")
    if publication:
        metadata["date_publication"] = publication
    du_key = child(docdata, "du-key")
    if attr(du_key, "key"):
        metadata["du_key"] = attr(du_key, "key") or ""

    dateline, paras = split_lead(body.paragraphs, given=body.dateline, metadata=metadata)
    subjects = []
    for subject in descendants(child(head, "tobject"), "tobject.subject"):
        refnum = attr(subject, "tobject.subject.refnum")
        if refnum and f"subj:{refnum}" not in subjects:
            subjects.append(f"subj:{refnum}")
    language = attr(root, "baselang") or attr(child(root, "body"), "lang") or attr(root, "lang")
    issued = parse_time(attr(child(docdata, "date.issue"), "norm"))
    urgency = to_int(attr(child(docdata, "urgency"), "ed-urg"))
    story_id = attr(child(docdata, "doc-id"), "id-string")
    if headline is None and not any(paras):
        raise ParseError("NITF document with neither hedline nor body.content text")
    return Story(
        story_id=story_id or hash_id(raw),
        version=to_int(attr(du_key, "version")),
        format=format_name,
        source=source,
        headline=headline,
        byline=body.byline,
        dateline=dateline,
        captions=body.captions,
        body="\n\n".join(p for p in paras if p),
        language=language,
        version_created=issued,
        urgency=urgency if urgency is not None and 1 <= urgency <= 9 else None,
        subjects=subjects,
        pub_status=attr(docdata, "management-status") or text_of(child(docdata, "management-status")),
        raw_metadata=metadata,
    )


class NitfParser(FormatParser):
    name = "nitf"

    def sniff(self, data: bytes, head: str) -> bool:
        return root_name(head) == "nitf"

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        return [story_from_nitf(parse_xml(doc.data), source=doc.source, raw=doc.data)]


register(NitfParser())
