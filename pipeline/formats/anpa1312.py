"""ANPA-1312 (the North American wire format: AP, CP, and many others).

A message::

    SYN SYN SOH a0412 r f BC-Fed-Rates 2ndLd-Writethru 03-14 0612     <- header
    STX ^BC-Fed-Rates, 2nd Ld-Writethru,0612<                         <- keyword line
        ^Fed holds rates steady<                                      <- headline
        ^Eds: UPDATES with ...<                                       <- editors' note
        ^By JANE MORRISON=<                                           <- byline (and title line)
           WASHINGTON (AP) _ The Federal Reserve ...<                 <- indented paragraphs
        AP-WS-03-14-24 1432EDT<                                       <- filing time
    ETX EOT

Header: service level and message number, selector code, priority, category,
keyword (slug), version (``2nd Ld``, ``3rd Take``, ``Writethru``, ``Kill``), date
and word count; all of it is kept in ``raw_metadata`` (``category``, ``selector``...).
Priority maps onto IPTC urgency (1 most urgent, 8 least): f(lash) 1, b(ulletin) 2,
u(rgent) 3, r(egular) 5, d(eferred) 6, a(dvisory) and s (advance for later use) 7.
Heading lines before the text (marked ``^``): the keyword line, alerts, every
editors' note ("Eds:", "EDITOR'S NOTE"), media references ("AP Photo ..."), the
headline, a sub-headline or abstract, the byline and its title line. The story id is the slug and filing day, so the versions of a story
share it and ``version`` orders them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

from pipeline.formats.base import FormatParser, ParseError, ParseResult, clean_byline, hash_id
from pipeline.formats.dateline import split_lead
from pipeline.formats.registry import register
from pipeline.formats.teletype import ZONES, Message, make_time, parse_transmission, text_lines
from pipeline.formats.textlayout import indented_paragraphs
from pipeline.model import RawDocument, Story

_BARE_SOH = re.compile(rb"^\x01\s*[a-z]\d{4}\s")
PRIORITY_URGENCY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 7, "s": 7}
_MESSAGE_ID = re.compile(r"^(?P<level>[A-Za-z])(?P<number>\d{4})$")
# SOH, service level and message number, the selector code (after a US character, here a space),
# then on the next line priority, category and the rest.
_HEADER = re.compile(
    r"^\s*(?P<service_level>[A-Za-z])(?P<message_number>\d{4})(?:[ \t]+(?P<selector>\S{1,9}))??"
    r"\s+(?P<priority>[a-z])[ \t]+(?P<category>[a-z]{1,2})\s+(?P<rest>.*)$",
    re.DOTALL,
)
_SLUG = re.compile(r"^(?:[A-Z]{2}-)?[A-Za-z0-9][\w&]*(?:-{1,2}[\w&]+)+$")
_DATE = re.compile(r"^\d{2}-\d{2}$")
_WORDS = re.compile(r"^\d{3,5}$")
_LEAD = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\s*-?\s*Ld", re.IGNORECASE)
_TAKE = re.compile(r"(\d+)\s*(?:st|nd|rd|th)\s*-?\s*Take", re.IGNORECASE)
_ALERTS = {"BULLETIN", "URGENT", "FLASH", "APNEWSALERT", "AP NEWS ALERT", "NEWS ALERT"}
# "Eds: ...", "EDITOR'S NOTE _ ...", "Editors: ...": every editors' note is kept.
_EDITORS_NOTE = re.compile(r"^(?:eds?\.?:|editors?:|editor['’]?s['’]? note\s*(?:[:_\-—–]\s*)?)", re.IGNORECASE)
# "AP Photo NY101, NY102", "With AP Photos", "AP Video": what goes with the story, not its heading.
_MEDIA_REFS = re.compile(r"^(?:With\s+)?[A-Z]{2,6}\s+(?:Photos?|Video|Graphics?|Audio)\b")
#: A heading line after the headline this short is a sub-headline; longer ones are an abstract.
_SHORT_LINE_WORDS = 15
_KILL = re.compile(r"\bkill\b", re.IGNORECASE)
_FILED = re.compile(r"\b(?P<m>\d{2})-(?P<d>\d{2})-(?P<y>\d{2,4})\s+(?P<hm>\d{4})\s*(?P<zone>[A-Z]{1,4})\b")


def _parse_header(header: str) -> dict[str, str]:
    """The header's fields: service level and message number, selector code, priority, category,
    then the keyword (slug), version, date and word count."""
    fields: dict[str, str] = {}
    match = _HEADER.match(header)
    if match:
        fields.update({k: v for k, v in match.groupdict().items() if v and k != "rest"})
        tokens = match.group("rest").split()
    else:  # an unusual header: take what is recognisable, in any order
        tokens = header.split()
    rest: list[str] = []
    letters = []
    for token in tokens:
        id_match = _MESSAGE_ID.match(token)
        if id_match and "service_level" not in fields:
            fields["service_level"], fields["message_number"] = id_match.group("level"), id_match.group("number")
        elif not match and len(token) == 1 and token.isalpha() and len(letters) < 2 and not rest:
            letters.append(token.lower())
        elif _DATE.match(token) and "date" not in fields:
            fields["date"] = token
        elif _WORDS.match(token) and "word_count" not in fields and "slug" in fields:
            fields["word_count"] = token
        elif _SLUG.match(token) and "slug" not in fields:
            fields["slug"] = token
        else:
            rest.append(token)
    if letters:
        fields["priority"] = letters[0]
    if len(letters) > 1:
        fields["category"] = letters[1]
    if rest:
        fields["version_key"] = " ".join(rest)
    return fields


def _strip_marks(line: str) -> str:
    return line.strip().lstrip("^").rstrip("<").rstrip("=").strip()


def story_from_message(message: Message, *, source: str, raw: bytes) -> Story:
    if message.error:
        raise ParseError(message.error)
    fields = _parse_header(message.header)
    lines = text_lines(message.text)
    metadata = {k: v for k, v in fields.items() if k not in {"slug"}}
    if fields.get("slug"):
        metadata["slug"] = fields["slug"]
    headline: str | None = None
    byline: str | None = None
    body_lines: list[str] = []
    after_byline = False
    notes: list[str] = []
    for index, line in enumerate(lines):
        if not line.strip().startswith("^"):
            body_lines = lines[index:]
            break
        text = _strip_marks(line)
        if not text:
            continue
        if fields.get("slug") and text.startswith(fields["slug"]) or (headline is None and text.startswith("BC-")):
            metadata["keyword_line"] = text
            fields.setdefault("version_key", text.partition(",")[2])
        elif text.upper() in _ALERTS:
            metadata["alert"] = text
        elif _EDITORS_NOTE.match(text):
            notes.append(_EDITORS_NOTE.sub("", text).strip())
        elif _MEDIA_REFS.match(text):
            metadata["media_refs"] = text
        elif text.lower().startswith("by ") and byline is None:
            byline, after_byline = clean_byline(text), True
        elif after_byline:
            metadata["byline_title"], after_byline = text, False
        elif headline is None:
            headline = text
        elif len(text.split()) <= _SHORT_LINE_WORDS and "subheadline" not in metadata:
            metadata["subheadline"] = text
        else:
            metadata["abstract"] = "; ".join(filter(None, (metadata.get("abstract"), text)))
    if notes:
        metadata["editors_note"] = " | ".join(notes)
    body_lines = [line.rstrip().rstrip("<") for line in body_lines]

    filed = _FILED.search(message.trailer) or None
    for index in range(len(body_lines) - 1, max(-1, len(body_lines) - 4), -1):
        if filed is None and _FILED.search(body_lines[index]) and len(body_lines[index].split()) <= 3:
            filed = _FILED.search(body_lines[index])
            metadata["trailer"] = body_lines[index].strip()
            del body_lines[index]
            break
    if message.trailer:
        metadata["trailer"] = message.trailer.rstrip("<").strip()
    version_created = None
    if filed:
        version_created = make_time(
            int(filed["y"]),
            int(filed["m"]),
            int(filed["d"]),
            int(filed["hm"][:2]),
            int(filed["hm"][2:]),
            ZONES.get(filed["zone"], 0),
        )

    paras = indented_paragraphs(body_lines)
    copyright_line = next((p for p in paras[-2:] if p.startswith("(Copyright")), None)
    if copyright_line:
        metadata["copyright"] = copyright_line.strip("()")
        paras.remove(copyright_line)
    dateline, paras = split_lead(paras)
    # A kill or advisory often carries its only title in the editors' note.
    headline = headline or metadata.get("editors_note")
    if headline is None and not paras:
        raise ParseError("ANPA message with neither a headline nor text")

    version_key = fields.get("version_key", "")
    version = 1
    lead = _LEAD.search(version_key)
    if lead:
        version = int(lead.group(1)) + 1
    take = _TAKE.search(version_key)
    if take:
        metadata["take"] = take.group(1)
    if fields.get("slug") and version_created:
        day = datetime.fromtimestamp(version_created / 1000, tz=timezone.utc).date().isoformat()
        story_id = f"anpa:{fields['slug']}:{day}"
    elif fields.get("slug"):
        story_id = f"anpa:{fields['slug']}"
    else:
        story_id = hash_id(raw)
    killed = _KILL.search(version_key) or (headline and _KILL.search(headline) and "editor" in headline.lower())
    return Story(
        story_id=story_id,
        version=version,
        format="anpa1312",
        source=source,
        headline=headline,
        byline=byline,
        dateline=dateline,
        body="\n\n".join(paras),
        version_created=version_created,
        urgency=PRIORITY_URGENCY.get(fields.get("priority", "")),
        subjects=[f"anpa-category:{fields['category']}"] if fields.get("category") else [],
        pub_status="canceled" if killed else None,
        raw_metadata=metadata,
    )


class Anpa1312Parser(FormatParser):
    name = "anpa1312"

    def sniff(self, data: bytes, head: str) -> bool:
        # SYN SYN SOH, or a bare SOH before an ANPA header ("a0412 ..."), which IPTC 7901's never is.
        start = data.lstrip(b"\r\n ")
        return (start.startswith(b"\x16") and b"\x01" in start[:16]) or bool(_BARE_SOH.match(start))

    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        return parse_transmission(doc, self.name, story_from_message, raw_of=lambda m: m.text)


register(Anpa1312Parser())
