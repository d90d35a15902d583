"""ANPA-1312 on our own Latin-1 fixtures (no public example copied)."""

from __future__ import annotations

import re

import pytest

from pipeline.formats import parse_document
from pipeline.model import RawDocument
from tests.formats.helpers import FORMATS, millis, only_story, parse_fixture, stories

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def test_writethru_with_byline_dateline_and_latin1():
    story = only_story(parse_fixture("anpa1312-fed-rates.anpa", source="wire.dat"))
    assert story.format == "anpa1312"
    assert story.headline == "Fed holds rates steady, still sees cuts later this year"
    assert story.byline == "JANE MORRISON"
    assert story.raw_metadata["byline_title"] == "AP Economics Writer"
    assert story.dateline == "WASHINGTON (AP)"
    assert story.body.startswith("The Federal Reserve left its benchmark interest rate unchanged on Thursday")
    assert len(story.body.split("\n\n")) == 3
    assert "Victoria Rodríguez Ceja" in story.body  # Latin-1 byte 0xED
    assert "Copyright" not in story.body and story.raw_metadata["copyright"].startswith("Copyright 2024")
    assert "AP-WS" not in story.body
    assert story.story_id == "anpa:BC-Fed-Rates:2024-03-14"
    assert story.version == 3  # 2nd lead: the original and two leads before it
    assert story.version_created == millis("2024-03-14T18:32:00+00:00")  # 1432 EDT
    assert story.urgency == 5  # r(egular)
    assert story.raw_metadata["category"] == "f"
    assert story.raw_metadata["editors_note"].startswith("UPDATES with Powell comments")
    assert story.language == "en"


def test_stream_of_a_bulletin_and_a_kill():
    results = parse_fixture("anpa1312-stream.anpa")
    bulletin, kill = stories(results)
    assert bulletin.source == "anpa1312-stream.anpa#msg 1"
    assert bulletin.headline == "Tornado touches down near Tulsa, Oklahoma; no immediate reports of injuries"
    assert bulletin.raw_metadata["alert"] == "BULLETIN"
    assert bulletin.urgency == 2 and bulletin.flags == ["no_body"]
    assert kill.pub_status == "canceled" and "canceled" in kill.flags
    assert kill.urgency == 1
    assert kill.story_id == "anpa:BC-Mayor-Arrest:2024-03-14"


def test_detected_without_the_sync_characters():
    from pipeline.formats import detect

    data = (FORMATS / "anpa1312-fed-rates.anpa").read_bytes().lstrip(b"\x16")
    assert detect(data).name == "anpa1312"


def test_header_codes_editors_notes_and_digest_lines():
    digest, story = stories(parse_fixture("anpa1312-digest.anpa"))
    # A headline list keeps its lines.
    assert digest.headline == "Sports at a glance"
    assert digest.body.split("\n\n") == [
        "Rowing club wins the autumn regatta",
        "Late goal sends City into the cup final",
        "Marathon route changes for this year",
        "Tennis open draws a record crowd",
    ]
    assert digest.raw_metadata["category"] == "s" and digest.raw_metadata["selector"] == "digest"
    assert digest.urgency == 6  # d(eferred)
    # Every editors' note, the category and selector codes, the alert and media references apart.
    assert story.headline == "River bridge to close for repairs"
    assert story.raw_metadata["editors_note"] == (
        "UPDATES with mayor's comment. | This story is part of a series on the city's ageing roads."
    )
    assert story.raw_metadata["category"] == "l" and story.raw_metadata["selector"] == "metro"
    assert story.raw_metadata["service_level"] == "W" and story.raw_metadata["message_number"] == "0102"
    assert story.raw_metadata["alert"] == "URGENT" and story.raw_metadata["media_refs"] == "WXY Photo NY101, NY102"
    assert story.byline == "MARIA LOPEZ" and story.dateline == "RIVERTON, Ohio (WXY)"
    assert story.urgency == 3 and story.version == 3
    assert story.version_created == millis("2024-09-07T18:15:00+00:00")  # 1415 EDT


@pytest.mark.parametrize(
    ("priority", "urgency"), [("f", 1), ("b", 2), ("u", 3), ("r", 5), ("d", 6), ("a", 7), ("s", 7)]
)
def test_priority_maps_onto_iptc_urgency(priority, urgency):
    data = f"\x16\x16\x01a0001 {priority} a BC-Test 01-02 0010\r\n\x02^A headline<\r\n\t   Text.\r\n\x03\x04".encode()
    assert only_story(parse_document(RawDocument("x.anpa", data))).urgency == urgency


def test_no_control_character_in_any_field():
    for name in ("anpa1312-digest.anpa", "anpa1312-fed-rates.anpa", "anpa1312-stream.anpa"):
        for story in stories(parse_fixture(name)):
            texts = [story.headline, story.byline, story.dateline, story.body, *story.captions]
            texts += [*story.raw_metadata.keys(), *story.raw_metadata.values()]
            assert not any(CONTROL.search(t) for t in texts if t), (name, story)
