"""Framing shared by the teletype-era formats, ANPA-1312 and IPTC 7901.

A transmission is one or more messages::

    [SYN SYN] SOH header... STX text... ETX trailer... [EOT]

Both formats are Latin-1 (or 7-bit) bytes; ``decode_text`` reads them as
Windows-1252 when they are not valid UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pipeline.formats.base import ParseError, ParseResult, Rejected, decode_text
from pipeline.model import RawDocument, Story

SYN, SOH, STX, ETX, EOT = "\x16", "\x01", "\x02", "\x03", "\x04"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MONTHS = {
    "JAN": 1, "FEB": 2, "MAR": 3, "MRZ": 3, "APR": 4, "MAY": 5, "MAI": 5, "JUN": 6, "JUL": 7, "AUG": 8,
    "SEP": 9, "OCT": 10, "OKT": 10, "NOV": 11, "DEC": 12, "DEZ": 12,
}  # fmt: skip
# North American zone abbreviations ANPA trailers use, and the few European ones.
ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7,
    "PDT": -7, "PST": -8, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2,
}  # fmt: skip


@dataclass
class Message:
    """One framed message: ``header`` before STX, ``text`` up to ETX, ``trailer`` after."""

    header: str
    text: str
    trailer: str
    position: int
    #: Set when the framing is broken (no STX): the message is rejected, the others still parse.
    error: str | None = None


def split_messages(text: str) -> list[Message]:
    """The SOH-framed messages in ``text``; ``ParseError`` when there is none."""
    starts = [m.start() for m in re.finditer(SOH, text)]
    if not starts:
        raise ParseError("no SOH (start of header) found")
    messages = []
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else len(text)
        chunk = text[start + 1 : end].split(EOT, 1)[0]
        if STX not in chunk:
            messages.append(Message(_strip_controls(chunk), "", "", number, error="no STX (start of text)"))
            continue
        header, rest = chunk.split(STX, 1)
        body, _, trailer = rest.partition(ETX)
        messages.append(
            Message(header=_strip_controls(header), text=body, trailer=_strip_controls(trailer), position=number)
        )
    return messages


def parse_transmission(
    doc: RawDocument,
    parser_name: str,
    to_story: Callable[..., Story],
    raw_of: Callable[[Message], str],
) -> list[ParseResult]:
    """One story per message. A lone message keeps the document's own source and bytes;
    in a longer transmission each message is named ``#msg N`` and a broken one is
    rejected while the others still parse."""
    messages = split_messages(decode_text(doc.data))
    if len(messages) == 1:
        return [to_story(messages[0], source=doc.source, raw=doc.data)]
    results: list[ParseResult] = []
    for message in messages:
        source = f"{doc.source}#msg {message.position}"
        raw = raw_of(message).encode("utf-8", errors="replace")
        try:
            results.append(to_story(message, source=source, raw=raw))
        except ParseError as err:
            results.append(Rejected(source, f"{parser_name}: {err}", raw))
    return results


def _strip_controls(text: str) -> str:
    return _CONTROL.sub(" ", text).strip()


def text_lines(text: str) -> list[str]:
    """Lines of a message text, control characters gone, line ends normalised,
    indentation kept (it marks paragraphs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [_CONTROL.sub("", line).rstrip() for line in text.split("\n")]


def make_time(year: int, month: int, day: int, hour: int, minute: int, zone_hours: int = 0) -> int | None:
    """Epoch millis for a wall-clock time in a zone ``zone_hours`` from UTC."""
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=zone_hours)))
    except ValueError:
        return None
    return int(local.timestamp() * 1000)
