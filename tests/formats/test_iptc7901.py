"""IPTC 7901 on our own Latin-1 fixtures (no public example copied)."""

from __future__ import annotations

from pipeline.formats import parse_document
from pipeline.model import RawDocument
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


def test_heading_lines_each_in_their_place():
    story = only_story(parse_fixture("iptc7901-heading-lines.txt"))
    # Take markers and a notice above the headline are not headline.
    assert story.headline == "Staatsoper zeigt neue Inszenierung, Premiere am Samstag ausverkauft"
    assert story.raw_metadata["take_key"] == "REFILE; 1ST LEAD; (Achtung: Sperrfrist 18 Uhr)"
    assert story.byline == "Eva Muster, wxy"
    assert story.dateline == "Wien (wxy)"
    assert story.body.split("\n\n") == [
        "Die Staatsoper zeigt ab Samstag eine neue Inszenierung der Zauberflöte. Alle Karten für die Premiere "
        "sind verkauft, teilte das Haus am Freitag mit.",
        "Die Proben dauerten zwölf Wochen.",
    ]
    # What is not for publication is kept for editors, out of the body.
    private = story.raw_metadata["ed_note_private"]
    assert private.startswith("Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt")
    assert "Kulturdesk" in private and "* * * *" not in story.body
    assert story.urgency == 2 and story.raw_metadata["keyword_line"] == "Vienna-opera/"
    assert story.version_created == millis("2024-09-07T12:45:00+00:00")  # DDhhmm GMT Mon YY


def test_a_header_of_another_shape_is_kept_and_the_text_still_parsed():
    data = "\x01ZCZC WXY0815 SPORTS\r\n\x02Regatta moved to Sunday=\r\n   Kiel (wxy) - The regatta moves to Sunday.\r\n\x03"
    story = only_story(parse_document(RawDocument("odd.txt", data.encode("latin-1"))))
    assert story.headline == "Regatta moved to Sunday" and story.dateline == "Kiel (wxy)"
    assert story.raw_metadata["header"] == "ZCZC WXY0815 SPORTS" and story.urgency is None
