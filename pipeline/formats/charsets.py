"""Bytes to text, for every format, whatever the bytes say about their charset.

Wire files lie about their charset: XML that declares ISO-8859-1 holds UTF-8, a feed declared
UTF-8 (or JSON, UTF-8 by definition) holds Windows-1252, a capture mixes both. The rules, in order:

1. a byte-order mark wins;
2. bytes that are valid UTF-8 are UTF-8, whatever is declared (text in a single-byte charset with
   any accented letter is practically never valid UTF-8);
3. otherwise a declared charset is used, ISO-8859-1 and ASCII read as Windows-1252 (their
   superset for printable text, as browsers do: the smart quotes feeds send are in 0x80-0x9F);
4. otherwise valid UTF-8 sequences are UTF-8 and each other byte Windows-1252, so a capture
   mixing both reads right and undecodable bytes never fail;
5. a story's text that was decoded right but carries mojibake from upstream (UTF-8 read as
   Latin-1 and stored again: "MÃ¼nchen") is repaired with ``ftfy`` (``repair_mojibake``), which
   recognises those sequences far more reliably than a hand-written table and leaves good text
   alone; it runs per story field, only when a mojibake lead character is there at all.

Whenever what the bytes said was not what they held, or text was repaired, the parse stage
records it in ``raw_metadata['charset']`` with the flag ``charset_repaired``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FLAG = "charset_repaired"
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._\-]+)", re.IGNORECASE)
# Labels whose bytes 0x80-0x9F are, in real feeds, Windows-1252 punctuation.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"})
# Mojibake starts with one of these (the Latin-1 reading of a UTF-8 lead byte): a cheap gate
# before ftfy's own check.
_MOJIBAKE_LEADS = re.compile("[ÃÂâÅÄÐÑÎÏ]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: What was wrong with what the bytes said about themselves, or None.
    note: str | None = None


def _fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as Windows-1252 (Latin-1 for the five
    bytes Windows-1252 leaves undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error("wire_ingest_cp1252", _fallback)


def declared_charset(data: bytes) -> str | None:
    """The charset the document names for itself: an XML declaration, else an HTML meta tag."""
    head = data[:2048]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii").lower() if found else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """``data`` as text, by the rules above; ``declared`` defaults to what the document says."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding)
    label = (declared or declared_charset(data) or "").lower()
    codec = _codec(label)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        note = None
        if codec and codec not in ("utf-8", "ascii") and not text.isascii():
            note = f"declared {label}, holds UTF-8: read as UTF-8"
        return Decoded(text, "utf-8", note)
    if codec and codec != "utf-8":
        encoding = "cp1252" if label in _WINDOWS_1252_LABELS else codec
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            pass
    mixed = _mostly_utf8(data)
    text = (
        data.decode("utf-8", errors="wire_ingest_cp1252")
        if mixed
        else data.decode("cp1252", errors="wire_ingest_cp1252")
    )
    if mixed:
        note = "mixes UTF-8 and Windows-1252: each read as such"
    elif label:
        note = f"declared {label}, holds a single-byte charset: read as Windows-1252"
    else:
        note = None  # no claim was made: Windows-1252 is what wire text that is not UTF-8 nearly always is
    return Decoded(text, "utf-8+cp1252" if mixed else "cp1252", note)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form UTF-8 sequences: UTF-8 text with a few stray bytes,
    not single-byte text in which two bytes happen to look like a UTF-8 sequence."""
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return in_sequences > 0 and in_sequences * 2 >= len(_HIGH_BYTE.findall(data))


def repair_mojibake(text: str) -> str | None:
    """``text`` with mojibake from upstream repaired ("MÃ¼nchen" -> "München"), or None when
    there is none (the common case costs one regular-expression scan)."""
    if not text or not _MOJIBAKE_LEADS.search(text):
        return None
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text):
        return None
    fixed = ftfy.fix_encoding(text)
    return fixed if fixed != text else None
