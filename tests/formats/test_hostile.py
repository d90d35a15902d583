"""Broken and hostile input: nothing escapes, everything is accounted for,
nothing is read from the local disk, nothing blows up memory or time."""

from __future__ import annotations

import codecs
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.formats import detect, parse_document
from pipeline.formats.base import Rejected
from pipeline.model import RawDocument, Story
from tests.formats.helpers import FORMATS, only_story

SAMPLES = sorted(p for p in FORMATS.iterdir() if p.suffix != ".md")


def check_accounted(results: list) -> None:
    """The contract of parse_document: a non-empty list of well-formed results."""
    assert results, "no result at all: the input vanished"
    for result in results:
        assert isinstance(result, (Story, Rejected)), result
        if isinstance(result, Story):
            assert isinstance(result.body, str) and isinstance(result.story_id, str) and result.story_id
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in result.raw_metadata.items())
            assert result.urgency is None or 1 <= result.urgency <= 9
            assert result.body or result.headline, "a story needs a headline or a body"
            assert bool(result.body) != ("no_body" in result.flags)
        else:
            assert result.reason and isinstance(result.raw, bytes)


def parse(data: bytes, source: str = "input") -> list:
    results = parse_document(RawDocument(source, data))
    check_accounted(results)
    return results


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t\r\n", "empty input"),
        (b"[1,2,3]", "expected a JSON object, got list"),
        (b'{"headline": ', "malformed JSON"),
        (b'{"uri": "x"}', "neither a headline nor body text"),
        (b'{"headline": 5, "body_text": {"p": 1}}', "body_text must be a string"),
        (b"<nitf><body><body.content><p>unclosed", "malformed XML"),
        (b'<?xml version="1.0"?><newsItem guid="g"><contentMeta>', "malformed XML"),
        (b"\x00\x01\x02\xff\xfe\x00binary\x00" * 20, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data"),
        (b"\x16\x16\x01a0001 r a BC-X\r\nno text start", "no STX"),
    ],
)
def test_broken_input_is_rejected_with_a_reason(data, reason):
    (rejected,) = parse(data)
    assert isinstance(rejected, Rejected) and reason in rejected.reason
    assert rejected.raw == data


def test_encodings_latin1_utf16_bom_and_invalid_utf8():
    text = "Café owners in Zürich protest\n\nZURICH (AP) -- Café owners in Zürich protested new rules on Monday."
    latin1 = only_story(parse(text.encode("latin-1")))
    assert latin1.headline == "Café owners in Zürich protest" and latin1.dateline == "ZURICH (AP)"
    utf16 = only_story(parse(codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert utf16.headline == "Café owners in Zürich protest" and "Zürich protested" in utf16.body
    mixed = only_story(parse(text.encode("utf-8") + b"\n\nBroken byte \xff\xfe here and there."))
    assert mixed.headline.startswith("Caf") and "Broken byte" in mixed.body
    nitf16 = only_story(parse(codecs.BOM_UTF16_BE + b'<?xml version="1.0" encoding="UTF-16"?>'.decode().encode("utf-16-be")
                              + "<nitf><body><body.head><hedline><hl1>Zürich</hl1></hedline></body.head></body></nitf>".encode("utf-16-be")))  # fmt: skip
    assert nitf16.format == "nitf" and nitf16.headline == "Zürich"
    latin1_xml = only_story(parse("<nitf><body><body.head><hedline><hl1>Zürich</hl1></hedline></body.head></body></nitf>".encode("latin-1")))  # fmt: skip
    assert latin1_xml.headline == "Zürich"  # undeclared Latin-1 in XML is read, not refused


def test_undeclared_html_entities_in_xml_are_read():
    data = b"<nitf><body><body.content><p>Prices&nbsp;rose &mdash; again &amp; again.</p></body.content></body></nitf>"
    assert only_story(parse(data)).body == "Prices rose \u2014 again & again."


def test_format_is_detected_from_content_not_the_name():
    nitf = (FORMATS / "nitf-own-english.xml").read_bytes()
    assert detect(nitf).name == "nitf"
    assert only_story(parse(nitf, source="story.json")).format == "nitf"
    assert only_story(parse((FORMATS / "ninjs-3.0-own.json").read_bytes(), source="story.xml")).format == "ninjs"


@pytest.mark.parametrize("root", ["nitf", "newsItem", "NewsML", "html"])
def test_xxe_never_reads_a_local_file(tmp_path, root):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    body = "<p>&xxe;</p><hl1>&xxe;</hl1>"
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        f"<{root}><body><body.head><hedline><hl1>&xxe;</hl1></hedline></body.head>"
        f"<body.content>{body}</body.content></body></{root}>"
    ).encode()
    results = parse(data)
    assert "TOP-SECRET" not in repr(results)
    if root != "html":
        (rejected,) = results
        assert isinstance(rejected, Rejected) and "unsafe XML refused" in rejected.reason


def test_external_parameter_entity_and_remote_dtd_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "TOP-SECRET-CONTENT">')
    data = (
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY % ext SYSTEM "file://{secret}"> %ext;]>'
        "<nitf><body><body.content><p>&leak;</p></body.content></body></nitf>"
    ).encode()
    results = parse(data)
    assert "TOP-SECRET" not in repr(results) and isinstance(results[0], Rejected)


def test_billion_laughs_is_refused_fast():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">' for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE nitf [{entities}]><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>'
    started = time.perf_counter()
    (rejected,) = parse(data.encode())
    assert time.perf_counter() - started < 1.0
    assert isinstance(rejected, Rejected) and "unsafe XML refused" in rejected.reason


def test_deep_nesting_is_contained():
    data = (
        b"<nitf><body><body.content>" + b"<div>" * 50_000 + b"x" + b"</div>" * 50_000 + b"</body.content></body></nitf>"
    )
    started = time.perf_counter()
    results = parse(data)
    assert time.perf_counter() - started < 10.0
    assert len(results) == 1


def test_a_parser_bug_becomes_a_rejection(monkeypatch):
    from pipeline.formats import get

    def broken(doc):
        raise KeyError("oops")

    monkeypatch.setattr(get("ninjs"), "parse", broken)
    (rejected,) = parse(b'{"headline": "x"}')
    assert "ninjs parser failed: KeyError" in rejected.reason


def _mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, position, length, payload in ops:
        if not out:
            out.extend(payload)
            continue
        at = position % len(out)
        if kind == 0:  # delete a slice
            del out[at : at + length]
        elif kind == 1:  # insert bytes
            out[at:at] = payload
        elif kind == 2:  # overwrite bytes
            out[at : at + len(payload)] = payload
        elif kind == 3:  # truncate
            del out[at:]
        else:  # duplicate a slice
            out[at:at] = out[at : at + length]
    return bytes(out)


_ops = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.integers(0, 1 << 20),
        st.integers(1, 200),
        st.binary(min_size=1, max_size=16)
        | st.sampled_from([b"<", b">", b"{", b'"', b"\x01", b"\x02", b"\x03", b"&", b"]]>"]),
    ),
    min_size=1,
    max_size=6,
)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


@_SETTINGS
@given(data=st.binary(max_size=2048))
def test_random_bytes_are_always_accounted_for(data):
    parse(data)


@_SETTINGS
@given(index=st.integers(0, len(SAMPLES) - 1), ops=_ops)
def test_mutated_real_samples_are_always_accounted_for(index, ops):
    parse(_mutate(SAMPLES[index].read_bytes(), ops))


@_SETTINGS
@given(text=st.text(max_size=600))
def test_random_text_is_always_accounted_for(text):
    parse(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title></feed>',
            "unknown format: an Atom feed (root <feed>, namespace http://www.w3.org/2005/Atom), "
            "not a news format wire-ingest reads",
        ),
        (
            b'<rss version="2.0"><channel><title>Wire</title></channel></rss>',
            "unknown format: an RSS feed (root <rss>), not a news format wire-ingest reads",
        ),
        (
            b'<?xml version="1.0"?><WireStory xmlns:i="urn:x"><StoryID>1</StoryID><Text>Hello.</Text></WireStory>',
            "unknown format: XML of no news format wire-ingest reads (root <WireStory>): proprietary or not news",
        ),
    ],
    ids=["atom", "rss", "proprietary"],
)
def test_a_format_we_do_not_parse_is_named_in_its_dead_letter(data, reason):
    (rejected,) = parse(data)
    assert isinstance(rejected, Rejected) and rejected.reason == reason


def _garbage(seed: int, *, teletype_start: bool) -> bytes:
    """The garbage the archive and replay tests feed in, from a seeded generator; with
    ``teletype_start`` it opens with SOH and holds an STX, as an IPTC 7901 capture would."""
    data = random.Random(seed).randbytes(512).replace(b"\x00", b"\x01") + b"\x00" * 64
    return b"\x01" + data[:40] + b"\x02" + data[40:] if teletype_start else data


@pytest.mark.parametrize("teletype_start", [False, True])
def test_random_bytes_are_never_taken_for_a_teletype_capture(teletype_start):
    """Enumerated, not left to chance: 300 seeds of the garbage shape, each one binary data."""
    for seed in range(300):
        data = _garbage(seed, teletype_start=teletype_start)
        assert detect(data) is None, seed
        (rejected,) = parse(data, source="garbage.bin")
        assert rejected.source == "garbage.bin" and rejected.reason.startswith("binary data"), seed
