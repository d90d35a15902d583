"""What every wire-format parser is, and the helpers they share.

A parser turns one ``RawDocument`` into stories. It is plain Python: no Beam, no
annotators. ``sniff`` must be cheap (it sees every input); ``parse`` may raise
``ParseError`` for the whole document, or yield ``Rejected`` for one part of it
(a bad line of JSON Lines, a broken item in a NewsML-G2 envelope) and go on.
"""

from __future__ import annotations

import abc
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import ClassVar

from pipeline.formats.charsets import BOMS, decode
from pipeline.model import RawDocument, Story


class ParseError(ValueError):
    """The document as a whole is not a story of this format."""


class UnknownFormat(ParseError):
    """The document is of no format wire-ingest reads; the message says what it is."""


@dataclass
class Rejected:
    """One part of a document that could not be parsed (the rest still was)."""

    source: str
    reason: str
    raw: bytes


ParseResult = Story | Rejected


class FormatParser(abc.ABC):
    """One wire format. Subclasses are stateless: one instance serves all inputs."""

    #: Registry name, also written to ``Story.format``.
    name: ClassVar[str]

    @abc.abstractmethod
    def sniff(self, data: bytes, head: str) -> bool:
        """Cheap content check. ``head`` is the first few KB decoded leniently."""

    @abc.abstractmethod
    def parse(self, doc: RawDocument) -> Iterable[ParseResult]:
        """The stories in ``doc``. Raise ``ParseError`` if there are none."""


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text by the rules of ``charsets.decode`` (a BOM, then valid UTF-8, then a declared
    charset, then UTF-8 with Windows-1252 for stray bytes); never raises."""
    return decode(data, declared).text


def looks_binary(data: bytes) -> bool:
    """True for bytes no text format could hold (NULs or mostly control bytes)."""
    sample = data[:4096]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in BOMS):
        return False
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > len(sample) * 0.05


# Bytes that are not counted as control bytes: printable ones, and the wire framing (ANPA, 7901)
# uses, SOH/STX/ETX/EOT/SYN and friends.
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\r\f\x01\x02\x03\x04\x16\x1e\x1f\x0b"


def parse_time(value: object) -> int | None:
    """An ISO-8601 / RFC 3339 string (or epoch number) to epoch millis, UTC.
    Naive times are taken as UTC. None for anything unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return int(datetime.fromtimestamp(seconds, tz=timezone.utc).timestamp() * 1000)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # NITF/NewsML 1.2 basic format: 20170412T143000Z or 20170412T143000+0000
    if len(text) >= 15 and text[8:9] == "T" and text[:8].isdigit():
        try:
            parsed = datetime.strptime(text[:15], "%Y%m%dT%H%M%S")
            rest = text[15:].replace(":", "")
            if rest.startswith(("+", "-")) and len(rest) >= 5:
                sign = 1 if rest[0] == "+" else -1
                offset = sign * (int(rest[1:3]) * 3600 + int(rest[3:5]) * 60)
                return int((parsed.replace(tzinfo=timezone.utc).timestamp() - offset) * 1000)
            return int(parsed.replace(tzinfo=timezone.utc).timestamp() * 1000)
        except ValueError:
            return None
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return int(parsed.timestamp() * 1000)
    except (OverflowError, OSError, ValueError):
        return None


def hash_id(data: bytes) -> str:
    """Story id for formats that carry none: a digest of the bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def to_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if -(2**31) <= value < 2**31 else None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return to_int(int(value.strip()))
    return None


# "By", and its French, German, Spanish, Dutch and Italian counterparts.
_BY_PREFIX = re.compile(r"^(?:by|par|von|por|door|di)\s+(?=\S)", re.IGNORECASE)


def clean_byline(text: str | None) -> str | None:
    """'By JANE DOE' -> 'JANE DOE' ('Par', 'Von', 'Por' too); the agency part is
    kept ('Jane Doe, AP')."""
    if not text:
        return None
    match = _BY_PREFIX.match(text)
    if match:
        text = text[match.end() :].strip()
    return text or None
