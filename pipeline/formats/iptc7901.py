"""IPTC 7901 (the international teletype-era text format, still sent by many
European agencies).

A message::

    SOH dpa042 4 pl 312  dpa 240305-99-123456#2          <- header: source + number, priority,
    Bundestag/Haushalt                                        category, word count, keywords
    STX Bundestag beschließt Haushalt nach langer Debatte=    <- headline, ends at "="
        Von Anna Beispiel, dpa=                               <- optional byline, ends at "="
        Berlin (dpa) - Der Bundestag hat ...                  <- paragraphs
    ETX 051432 MAR 24                                         <- filing time, DDhhmm MON YY
    EOT

Priority is 1 (flash) to 6 and maps onto urgency as it is. The story id is
the agency id in the header when there is one (``...#2`` is its version), else
the keyword line and filing day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

from pipeline.formats.base import FormatParser, ParseError, ParseResult, clean_byline, hash_id
from pipeline.formats.dateline import split_lead
from pipeline.formats.registry import register
from pipeline.formats.teletype import (
    MONTHS,
    STX,
    ZONES,
    Message,
    make_time,
    parse_transmission,
    text_lines,
)
from pipeline.formats.textlayout import indented_paragraphs, split_signoff
from pipeline.model import RawDocument, Story

_HEADER = re.compile(
    r"^(?P<source>[A-Za-z]{1,5})(?P<number>\d{2,5})\s+(?P<priority>\d)\s+(?P<category>[A-Za-z]{1,3})"
    r"(?:\s+(?P<words>\d{1,5}))?(?P<rest>.*)$"
)
_AGENCY_ID = re.compile(r"^(?P<id>[\w.\-:]+[\d][\w.\-:]*)(?:#(?P<version>\d+))?$")
# Filing time in the trailer: DDhhmm [zone] MON YY ("051432 MAR 24", "131137 GMT Nov 13").
_FILED = re.compile(
    r"\b(?P<d>\d{2})(?P<h>\d{2})(?P<min>\d{2})\s+(?:(?P<zone>[A-Za-z]{1,4})\s+)?(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{2,4})\b"
)
# Lines of the heading above the headline that are markers, not headline: a take or version
# ("1ST LEAD", "REFILE", "EXTRA", "EILT", "KORREKTUR"), or a notice in parentheses ("(Achtung)").
_MARKER = re.compile(r"^(?:\([^()]{1,40}\)|[^\sa-z=]+(?:\s[^\sa-z=]+){0,2})$")
#: A heading (markers, headline, byline) is at most this many lines.
_MAX_HEADING_LINES = 6
# "The following information is not for publication": what follows is for editors only.
_NOT_FOR_PUBLICATION = re.compile(r"not for publication|nicht zur veröffentlichung|ne pas publier", re.IGNORECASE)
_SEPARATOR_LINE = re.compile(r"^[\s*#=_\-]+$")
_BYLINE = re.compile(r"^(?:By|Von|Par|Por|Di|Door|Av|Af)\s+\S", re.IGNORECASE)
_END_MARKS = {"(Ende)", "(End)", "(ENDE)", "(END)", "(fin)", "(Fin)"}


def _parse_header(header: str) -> dict[str, str]:
    """Source, number, priority, category, word count and the rest of the first header line; the
    keyword line. A first line of another shape is kept whole (``header``): agencies vary it, and
    the text is no less a story for that."""
    lines = [line.strip() for line in header.replace("\r", "\n").split("\n") if line.strip()]
    if not lines:
        return {}
    match = _HEADER.match(lines[0])
    if not match:
        fields = {"header": lines[0]}
        if len(lines) > 1:
            fields["keyword_line"] = " ".join(lines[1:])
        return fields
    fields = {k: v for k, v in match.groupdict().items() if v and k != "rest"}
    extra = []
    for token in (match.group("rest") or "").split():
        agency_id = _AGENCY_ID.match(token)
        if agency_id and "agency_id" not in fields and any(c.isdigit() for c in token) and "-" in token:
            fields["agency_id"] = agency_id.group("id")
            if agency_id.group("version"):
                fields["agency_version"] = agency_id.group("version")
        else:
            extra.append(token)
    if extra:
        fields["header_keywords"] = " ".join(extra)
    if len(lines) > 1:
        fields["keyword_line"] = " ".join(lines[1:])
    return fields


def story_from_message(message: Message, *, source: str, raw: bytes) -> Story:
    if message.error:
        raise ParseError(message.error)
    fields = _parse_header(message.header)
    lines = text_lines(message.text)
    metadata = dict(fields)
    start, headline, byline = _heading(lines, metadata)
    body_lines = [line for line in lines[start:] if line.strip() not in _END_MARKS]
    body_lines = _private_notes(body_lines, metadata)
    paras = split_signoff(indented_paragraphs(body_lines), metadata)
    filed = _FILED.search(message.trailer)
    version_created = None
    if filed and filed["mon"].upper() in MONTHS:
        version_created = make_time(
            int(filed["y"]),
            MONTHS[filed["mon"].upper()],
            int(filed["d"]),
            int(filed["h"]),
            int(filed["min"]),
            ZONES.get((filed["zone"] or "UTC").upper(), 0),
        )
    if message.trailer:
        metadata["trailer"] = message.trailer
    dateline, paras = split_lead(paras)
    if headline is None and not paras:
        raise ParseError("IPTC 7901 message with neither a headline nor text")
    source_code = fields.get("source", "iptc7901").lower()
    if fields.get("agency_id"):
        story_id = f"{source_code}:{fields['agency_id']}"
    elif fields.get("keyword_line") and version_created:
        day = datetime.fromtimestamp(version_created / 1000, tz=timezone.utc).date().isoformat()
        story_id = f"{source_code}:{fields['keyword_line']}:{day}"
    else:
        story_id = hash_id(raw)
    priority = int(fields.get("priority", "0"))
    return Story(
        story_id=story_id,
        version=int(fields["agency_version"]) if fields.get("agency_version") else None,
        format="iptc7901",
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        body="\n\n".join(paras),
        version_created=version_created,
        urgency=priority if 1 <= priority <= 9 else None,
        subjects=[f"iptc7901-category:{fields['category'].lower()}"] if fields.get("category") else [],
        raw_metadata=metadata,
    )


def _heading(lines: list[str], metadata: dict[str, str]) -> tuple[int, str | None, str | None]:
    """Where the text starts, the headline and the byline. The heading runs to the first line
    ending in "="; lines above the headline that are markers go to ``metadata['take_key']``,
    a "By"/"Von" line ending in "=" after it is the byline."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = next(
        (i for i in range(start, min(start + _MAX_HEADING_LINES, len(lines))) if lines[i].rstrip().endswith("=")),
        None,
    )
    if end is None:
        return start, None, None
    heading = [line.strip() for line in lines[start : end + 1] if line.strip()]
    markers = []
    while len(heading) > 1 and _MARKER.match(heading[0]):
        markers.append(heading.pop(0))
    if markers:
        metadata["take_key"] = "; ".join(markers)
    headline = " ".join(heading).rstrip("=").strip() or None
    start = end + 1
    byline = None
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].rstrip().endswith("=") and _BYLINE.match(lines[start].strip()):
        byline = clean_byline(lines[start].strip().rstrip("=").strip())
        start += 1
    return start, headline, byline


def _private_notes(lines: list[str], metadata: dict[str, str]) -> list[str]:
    """The text without its part "not for publication" (contacts, notes to editors), which goes
    to ``metadata['ed_note_private']``, with the separator line above it."""
    for index, line in enumerate(lines):
        if _NOT_FOR_PUBLICATION.search(line):
            cut = index
            while cut > 0 and (not lines[cut - 1].strip() or _SEPARATOR_LINE.match(lines[cut - 1])):
                cut -= 1
            note = [part.strip() for part in lines[index:] if part.strip()]
            metadata["ed_note_private"] = "\n".join(note)
            return lines[:cut]
    return lines


class Iptc7901Parser(FormatParser):
    name = "iptc7901"

    def sniff(self, data: bytes, head: str) -> bool:
        start = data.lstrip(b"\r\n ")
        return start.startswith(b"\x01") and b"\x02" in data[:2048]

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        return parse_transmission(doc, self.name, story_from_message, raw_of=lambda m: m.header + STX + m.text)


register(Iptc7901Parser())
