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

from pipeline.formats.base import FormatParser, ParseError, ParseResult, clean_byline, hash_id, parse_time, to_int
from pipeline.formats.bodytext import Content, block_paragraphs, text_of
from pipeline.formats.dateline import split_lead
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


def read_body(body: ET.Element | None) -> Content:
    """Headline, byline, dateline, paragraphs and captions of a NITF ``body``
    (or of any element whose children are ``body.head``/``body.content``)."""
    out = Content()
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


# docdata elements read into Story fields or named metadata above; the others are kept as they are.
_DOCDATA_READ = frozenset(
    "doc-id du-key urgency date.issue date.release management-status key-list evloc ed-msg doc-scope series "
    "fixture".split()
)


def _add(metadata: dict[str, str], key: str, value: str | None) -> None:
    value = " ".join(value.split()) if value else ""
    if value and value not in metadata.get(key, "").split(" | "):
        metadata[key] = f"{metadata[key]} | {value}" if key in metadata else value


def read_nitf(root: ET.Element) -> Content:
    """Everything a ``nitf`` element says that a Story holds: the body, and from the head the
    title (the headline when the body has no hedline), subjects, urgency, language and the rest
    as metadata."""
    head = child(root, "head")
    docdata = child(head, "docdata")
    out = read_body(child(root, "body"))
    metadata = out.metadata
    title = text_of(child(head, "title"))
    if out.headline is None:
        out.headline = title
    elif title and title != out.headline:
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
    du_key = child(docdata, "du-key")
    if attr(du_key, "key"):
        metadata["du_key"] = attr(du_key, "key") or ""
    # The rest of docdata (rights, copyright, expiry, identified content...): nothing dropped.
    for element in docdata if docdata is not None else []:
        name = local(element.tag)
        if name in _DOCDATA_READ or not name:
            continue
        for node in element.iter():
            where = name if node is element else f"{name}/{local(node.tag)}"
            for key, value in node.attrib.items():
                _add(metadata, f"{where}:{local(key)}", value)
            if node.text and node.text.strip():
                _add(metadata, where, node.text)
    for key, value in (child(head, "pubdata").attrib if child(head, "pubdata") is not None else {}).items():
        _add(metadata, f"pubdata:{local(key)}", value)
    tobject = child(head, "tobject")
    _add(metadata, "tobject.type", attr(tobject, "tobject.type"))
    _add(metadata, "tobject.property", attr(child(tobject, "tobject.property"), "tobject.property.type"))
    for subject in descendants(child(head, "tobject"), "tobject.subject"):
        refnum = attr(subject, "tobject.subject.refnum")
        if refnum and f"subj:{refnum}" not in out.subjects:
            out.subjects.append(f"subj:{refnum}")
    out.language = attr(root, "baselang") or attr(child(root, "body"), "lang") or attr(root, "lang")
    urgency = to_int(attr(child(docdata, "urgency"), "ed-urg"))
    out.urgency = urgency if urgency is not None and 1 <= urgency <= 9 else None
    return out


def story_from_nitf(root: ET.Element, *, source: str, raw: bytes, format_name: str = "nitf") -> Story:
    if local(root.tag) != "nitf":
        raise ParseError(f"root element is <{local(root.tag)}>, not <nitf>")
    docdata = child(child(root, "head"), "docdata")
    content = read_nitf(root)
    metadata = content.metadata
    dateline, paras = split_lead(content.paragraphs, given=content.dateline, metadata=metadata)
    if content.headline is None and not any(paras):
        raise ParseError("NITF document with neither hedline nor body.content text")
    du_key = child(docdata, "du-key")
    return Story(
        story_id=attr(child(docdata, "doc-id"), "id-string") or hash_id(raw),
        version=to_int(attr(du_key, "version")),
        format=format_name,
        source=source,
        headline=content.headline,
        byline=content.byline,
        dateline=dateline,
        captions=content.captions,
        body="\n\n".join(p for p in paras if p),
        language=content.language,
        version_created=parse_time(attr(child(docdata, "date.issue"), "norm")),
        urgency=content.urgency,
        subjects=content.subjects,
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
