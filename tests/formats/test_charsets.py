"""Charsets that lie: what the bytes hold wins over what they declare, mixed captures read byte by
byte, mojibake from upstream repaired, and every such story flagged."""

from __future__ import annotations

import pytest

from pipeline.formats import parse_document
from pipeline.formats.charsets import decode
from pipeline.model import RawDocument
from tests.formats.helpers import only_story

HEADLINE = "Zürich: Börse schließt höher, Café-Besitzer froh"
BODY = "Die Börse in Zürich schloss am Montag höher – „ein guter Tag“, sagte ein Händler."


def _nitf(declaration: str) -> str:
    return (
        f"{declaration}<nitf><body><body.head><hedline><hl1>{HEADLINE}</hl1></hedline></body.head>"
        f"<body.content><p>{BODY}</p></body.content></body></nitf>"
    )


@pytest.mark.parametrize(
    ("data", "note"),
    [
        # Declares a single-byte charset, holds UTF-8.
        (_nitf('<?xml version="1.0" encoding="ISO-8859-1"?>').encode("utf-8"), "declared iso-8859-1, holds UTF-8"),
        # Declares UTF-8, holds Windows-1252 (the dash and the quotes are in 0x80-0x9F).
        (_nitf('<?xml version="1.0" encoding="UTF-8"?>').encode("cp1252"), "declared utf-8, holds a single-byte"),
        # Declares Latin-1, holds Windows-1252: read as Windows-1252, as browsers do; no lie worth a flag.
        (_nitf('<?xml version="1.0" encoding="ISO-8859-1"?>').encode("cp1252"), None),
        # Plain text, no declaration, Windows-1252: what wire text that is not UTF-8 is.
        (f"{HEADLINE}\n\nZÜRICH (dpa) - {BODY}".encode("cp1252"), None),
    ],
    ids=["latin1-declared-utf8-held", "utf8-declared-cp1252-held", "latin1-declared-cp1252-held", "undeclared-cp1252"],
)
def test_decoded_to_what_a_reader_sees_and_flagged_when_the_bytes_lied(data, note):
    story = only_story(parse_document(RawDocument("story", data)))
    assert story.headline == HEADLINE
    assert BODY.split("Zürich")[1] in story.body  # the dash and the German quotes, not C1 controls or mojibake
    if note:
        assert story.raw_metadata["charset"].startswith(note) and "charset_repaired" in story.flags
    else:
        assert "charset" not in story.raw_metadata and "charset_repaired" not in story.flags


def test_a_capture_mixing_utf8_and_windows_1252_reads_both():
    data = f"{HEADLINE}\n\n".encode() + f"ZÜRICH (dpa) - {BODY}".encode("cp1252")
    story = only_story(parse_document(RawDocument("mixed.txt", data)))
    assert story.headline == HEADLINE and story.body.startswith("Die Börse in Zürich schloss")
    assert story.raw_metadata["charset"].startswith("mixes UTF-8 and Windows-1252")


def test_mojibake_from_upstream_is_repaired_and_flagged():
    double = f"{HEADLINE}\n\n{BODY}".encode().decode("latin-1").encode()  # UTF-8 read as Latin-1, stored again
    story = only_story(parse_document(RawDocument("double.txt", double)))
    assert story.headline == HEADLINE and story.body == BODY
    assert "mojibake" in story.raw_metadata["charset"] and "charset_repaired" in story.flags


def test_good_text_is_left_alone():
    for text in ("Em SÃO PAULO o porto fechou.", "Ärger in Österreich.", "Łódź i Gdańsk.", "Prêt-à-porter Ärger."):
        story = only_story(parse_document(RawDocument("t.txt", text.encode())))
        assert story.body == text and not story.flags


@pytest.mark.parametrize("data", [b"\xff\xfe\xfd", b"abc \x81\x8d\x8f\x90\x9d def", b"\xc3", b"caf\xe9 \xe2\x82"])
def test_undecodable_bytes_never_fail(data):
    assert isinstance(decode(data).text, str)
    assert isinstance(decode(data, "shift_jis").text, str)
    assert parse_document(RawDocument("odd", data))
