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
    Message,
    indented_paragraphs,
    make_time,
    parse_transmission,
    text_lines,
)
from pipeline.model import RawDocument, Story

_HEADER = re.compile(
    r"^(?P<source>[A-Za-z]{1,5})(?P<number>\d{2,5})\s+(?P<priority>\d)\s+(?P<category>[A-Za-z]{1,3})"
    r"(?:\s+(?P<words>\d{1,5}))?(?P<rest>.*)$"
)
_AGENCY_ID = re.compile(r"^(?P<id>[\w.\-:]+[\d][\w.\-:]*)(?:#(?P<version>\d+))?$")
_FILED = re.compile(r"\b(?P<d>\d{2})(?P<h>\d{2})(?P<min>\d{2})\s+(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{2,4})\b")
_BYLINE = re.compile(r"^(?:By|Von|Par|Por|Di|Door|Av|Af)\s+\S", re.IGNORECASE)
_END_MARKS = {"(Ende)", "(End)", "(ENDE)", "(END)", "(fin)", "(Fin)"}


def _parse_header(header: str) -> dict[str, str]:
    lines = [line.strip() for line in header.replace("\r", "\n").split("\n") if line.strip()]
    if not lines:
        raise ParseError("IPTC 7901 message with an empty header")
    match = _HEADER.match(lines[0])
    if not match:
        raise ParseError(f"IPTC 7901 header not understood: {lines[0][:80]!r}")
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
    # Headline: the first lines up to one ending in "=".
    headline: str | None = None
    byline: str | None = None
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    for end in range(start, min(start + 4, len(lines))):
        if lines[end].rstrip().endswith("="):
            headline = " ".join(line.strip() for line in lines[start : end + 1]).rstrip("=").strip()
            start = end + 1
            break
    if start < len(lines) and lines[start].rstrip().endswith("=") and _BYLINE.match(lines[start].strip()):
        byline = clean_byline(lines[start].strip().rstrip("=").strip())
        start += 1
    # "(Ende)" closes the text; it is not part of the last paragraph.
    paras = indented_paragraphs([line for line in lines[start:] if line.strip() not in _END_MARKS])
    filed = _FILED.search(message.trailer)
    version_created = None
    if filed and filed["mon"].upper() in MONTHS:
        version_created = make_time(
            int(filed["y"]), MONTHS[filed["mon"].upper()], int(filed["d"]), int(filed["h"]), int(filed["min"])
        )
        metadata["trailer"] = message.trailer
    dateline, paras = split_lead(paras)
    if headline is None and not paras:
        raise ParseError("IPTC 7901 message with neither a headline nor text")
    if fields.get("agency_id"):
        story_id = f"{fields['source'].lower()}:{fields['agency_id']}"
    elif fields.get("keyword_line") and version_created:
        day = datetime.fromtimestamp(version_created / 1000, tz=timezone.utc).date().isoformat()
        story_id = f"{fields['source'].lower()}:{fields['keyword_line']}:{day}"
    else:
        story_id = hash_id(raw)
    priority = int(fields["priority"])
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
        subjects=[f"iptc7901-category:{fields['category'].lower()}"],
        raw_metadata=metadata,
    )


class Iptc7901Parser(FormatParser):
    name = "iptc7901"

    def sniff(self, data: bytes, head: str) -> bool:
        start = data.lstrip(b"\r\n ")
        return start.startswith(b"\x01") and b"\x02" in data[:2048]

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        return parse_transmission(doc, self.name, story_from_message, raw_of=lambda m: m.header + STX + m.text)


register(Iptc7901Parser())
