"""ANPA-1312 on our own Latin-1 fixtures (no public example copied)."""

from __future__ import annotations

from tests.formats.helpers import FORMATS, millis, only_story, parse_fixture, stories


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
