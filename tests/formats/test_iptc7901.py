"""IPTC 7901 on our own Latin-1 fixtures (no public example copied)."""

from __future__ import annotations

from tests.formats.helpers import millis, only_story, parse_fixture, stories


def test_dpa_style_message():
    story = only_story(parse_fixture("iptc7901-dpa-style.txt"))
    assert story.format == "iptc7901"
    assert story.headline == "Bundestag beschließt Haushalt nach langer Debatte"
    assert story.byline == "Anna Beispiel, dpa"
    assert story.dateline == "Berlin (dpa)"
    assert story.body.startswith("Der Bundestag hat am Dienstag nach einer mehr als zehnstündigen Debatte")
    assert len(story.body.split("\n\n")) == 3
    assert "(Ende)" not in story.body
    assert story.story_id == "dpa:240305-99-123456"
    assert story.version == 2
    assert story.urgency == 4
    assert story.version_created == millis("2024-03-05T14:32:00+00:00")
    assert story.raw_metadata["keyword_line"] == "Bundestag/Haushalt/Abstimmung"
    assert story.subjects == ["iptc7901-category:pl"]
    assert story.language == "de"  # detected: 7901 carries no language


def test_flash_then_full_story_share_an_id():
    flash, full = stories(parse_fixture("iptc7901-stream.txt"))
    assert flash.headline == "Central bank raises main rate to 4.5 percent"
    assert flash.urgency == 1 and flash.flags == ["no_body"]
    assert full.dateline == "FRANKFURT (XYZ)"
    assert full.body.startswith("The central bank raised its main refinancing rate")
    assert flash.story_id == full.story_id == "xyz:Central-Bank/Rates:2024-03-05"
    assert full.source == "iptc7901-stream.txt#msg 2"
