"""ninjs 1.x, 2.x and 3.x on real IPTC examples and our own 3.0 item."""

from __future__ import annotations

import json

import pytest

from pipeline.formats import parse_document
from pipeline.model import RawDocument, Story
from tests.formats.helpers import millis, only_story, parse_fixture, rejections, stories


def test_ninjs_1_4_sample_uses_xhtml_paragraphs_and_splits_the_dateline():
    story = only_story(parse_fixture("ninjs-1.4-medium-text.json", source="wrong-extension.txt"))
    assert story.format == "ninjs"
    assert story.story_id == "http://ninjs.example.com/newsitems/20130709med123"
    assert story.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert story.byline == "Paulo Santalucia and Frances d'Emilio"
    assert story.dateline == "GROSSETO, Italy (AP)"
    assert story.located == "Grossetto, Italy"
    assert story.body.startswith("The trial of the captain of the shipwrecked Costa Concordia")
    assert len(story.body.split("\n\n")) == 4  # the four <p> of body_xhtml
    assert story.version_created == millis("2013-07-09T10:37:00+00:00")
    assert story.language == "en"
    assert story.raw_metadata["copyrightnotice"].startswith("Copyright 2013 The News Agency")
    assert story.raw_metadata["ninjs_version"] == "1"
    assert '"name":"Francesco Schettino"' in story.raw_metadata["person"]  # structured leftovers as JSON


def test_ninjs_2_1_dpa_sample():
    story = only_story(parse_fixture("ninjs-2.1-dpa-text.json"))
    assert story.story_id == "urn:newsml:dpa.com:20090101:190510-99-167362"
    assert story.version == 2
    assert story.headline == "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?"
    assert story.byline == "Christian Hollmann, dpa"  # "Von" (German "By") is not part of the name
    assert story.body.startswith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».")
    assert len(story.body.split("\n\n")) == 9
    assert "<p>" not in story.body
    assert story.language == "de"
    assert story.urgency == 4
    assert story.pub_status == "usable"
    assert story.version_created == millis("2019-05-10T14:02:28+00:00")
    assert story.raw_metadata["ninjs_version"] == "2"


def test_ninjs_3_0_camel_case_item():
    story = only_story(parse_fixture("ninjs-3.0-own.json"))
    assert story.story_id == "urn:example:wire:2024:harbour-fire"
    assert story.version == 3
    assert story.headline == "Fire breaks out at Rotterdam harbour warehouse"  # role "main", not the first
    assert story.byline == "Pieter de Vries and Emma Clarke"
    assert story.dateline == "ROTTERDAM, Netherlands (Example)"
    assert story.body.startswith("A large fire broke out early on Sunday")
    assert "alert(" not in story.body  # script dropped
    assert "“The fire is under control" in story.body  # entities decoded
    assert story.first_created == millis("2024-06-02T06:10:00+00:00")
    assert story.version_created == millis("2024-06-02T06:45:30+00:00")
    assert story.pub_status == "usable"
    assert story.urgency == 3
    assert story.language == "en"
    assert story.raw_metadata["language_tag"] == "en-GB"
    assert story.subjects == [
        "http://cv.iptc.org/newscodes/mediatopic/20000185",
        "http://cv.iptc.org/newscodes/mediatopic/03000000",
    ]
    assert story.raw_metadata["altid:internal"] == "HARBOUR-FIRE-0602"
    assert story.raw_metadata["description"] == "A large fire at a harbour warehouse forced evacuations."
    assert story.raw_metadata["contentCreated"] == "2024-06-02T06:05:00Z"
    assert story.raw_metadata["ninjs_version"] == "3"


def test_kill_notice_is_a_flagged_story_not_a_rejection():
    story = only_story(parse_fixture("ninjs-kill-notice.json"))
    assert story.pub_status == "canceled"
    assert story.body == ""
    assert "canceled" in story.flags and "no_body" in story.flags
    assert story.version == 2


def test_json_lines_one_story_a_line_and_bad_lines_rejected():
    data = (
        b'{"uri": "a", "headline": "Alpha", "body_text": "First."}\n'
        b"\n"
        b"[1, 2, 3]\n"
        b'{"uri": "b", "headlines": [{"value": "Beta"}], "bodies": [{"value": "Second."}]}\n'
        b'{"uri": "c", "headline": \n'
    )
    results = parse_document(RawDocument("feed.jsonl", data))
    assert [(s.source, s.story_id) for s in stories(results)] == [
        ("feed.jsonl:line 1", "a"),
        ("feed.jsonl:line 4", "b"),
    ]
    assert [(r.source, r.reason.split(":")[0]) for r in rejections(results)] == [
        ("feed.jsonl:line 3", "ninjs"),
        ("feed.jsonl:line 5", "ninjs"),
    ]


def test_a_composite_item_is_not_a_story():
    results = parse_document(RawDocument("pkg.json", b'{"uri": "p", "type": "composite", "headline": "Package"}'))
    assert len(results) == 1 and "not a story" in rejections(results)[0].reason


def test_api_envelope_each_text_item_a_story_and_pictures_counted():
    results = parse_fixture("ninjs-api-envelope.json", source="feed.json")
    snow, avalanche = stories(results)
    (picture,) = rejections(results)
    assert [snow.source, picture.source, avalanche.source] == [
        "feed.json#item 1",
        "feed.json#item 2",
        "feed.json#item 3",
    ]
    assert snow.story_id == "https://api.wire.example.com/content/a1" and snow.version == 3
    assert snow.byline == "KARL WEBER" and snow.raw_metadata["byline_title"] == "Example Wire Writer"
    assert snow.dateline == "INNSBRUCK, Austria (Example Wire)"
    assert (
        snow.body
        == "Heavy snow closed three mountain passes on Thursday.\n\nRoad crews expect to reopen them by Saturday."
    )
    assert snow.captions == ["A snowplough clears the road over the pass on Thursday."]
    assert snow.raw_metadata["envelope_path"] == "data.items[0].item"
    assert picture.reason == "ninjs: not a story: a ninjs 'picture' item (a picture) (at data.items[1].item)"
    # A text item whose body is delivered apart: a headline-only story saying where the text is.
    assert avalanche.flags == ["no_body"]
    assert avalanche.raw_metadata["body_href"] == "https://api.wire.example.com/content/t2/nitf"


@pytest.mark.parametrize(
    "envelope",
    [
        {"data": {"item": {"uri": "u1", "type": "text", "headline": "One", "body_text": "Text one."}}},
        {"total": 1, "item": [{"uri": "u1", "type": "story", "headline": "One", "body_html": "<p>Text one.</p>"}]},
        {"items": [{"uri": "u1", "headline": "One", "body_text": "Text one."}]},
        [{"uri": "u1", "headline": "One", "body_text": "Text one."}],
    ],
    ids=["data.item", "item-list", "items", "bare-list"],
)
def test_envelope_shapes(envelope):
    (story,) = parse_document(RawDocument("api.json", json.dumps(envelope).encode()))
    assert isinstance(story, Story) and story.source == "api.json#item 1"
    assert (story.story_id, story.headline, story.body) == ("u1", "One", "Text one.")


@pytest.mark.parametrize(
    ("envelope", "reason"),
    [
        ({"data": {"items": []}, "total": 0}, "ninjs: a JSON API envelope holding no items"),
        ({"error": {"code": 429, "message": "quota"}}, "ninjs: neither a headline nor body text (keys: error)"),
    ],
)
def test_an_envelope_without_text_is_refused_with_the_real_reason(envelope, reason):
    (rejected,) = parse_document(RawDocument("api.json", json.dumps(envelope).encode()))
    assert rejected.reason == reason
