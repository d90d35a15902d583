"""The specification story: its entities and every quotation with its speaker."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.formats import parse_document
from pipeline.model import RawDocument, Story


@pytest.fixture(scope="module")
def story(seed_story_path) -> Story:
    (parsed,) = parse_document(RawDocument(str(seed_story_path), seed_story_path.read_bytes()))
    StoryAnnotator().annotate([parsed])
    return parsed


def _labels(story: Story) -> dict[str, str]:
    return {e.name: e.label for e in story.entities}


@pytest.mark.parametrize(
    "name", ["Rex Tillerson", "Sergey Lavrov", "Vladimir Putin", "Donald Trump", "Bashar Assad", "R.C. Hammond"]
)
def test_people(story, name):
    assert _labels(story).get(name) == "PERSON"


@pytest.mark.parametrize("name", ["Russia", "Syria", "Moscow", "Ukraine"])
def test_places(story, name):
    assert _labels(story).get(name) == "GPE"


def test_no_person_is_an_organisation_and_no_word_is_a_person(story):
    for entity in story.entities:
        words = set(entity.name.split())
        if entity.label == "ORG":
            assert not words & {"Trump", "Lavrov", "Tillerson"}, entity
        assert entity.name != "Breakthrough"


def test_one_entity_per_person_with_every_mention(story):
    tillerson = [e for e in story.entities if "Tillerson" in e.name and e.label == "PERSON"]
    assert len(tillerson) == 1
    texts = {m.text for m in tillerson[0].mentions}
    assert texts == {"Rex Tillerson", "Tillerson"}  # no title, no possessive
    assert len(tillerson[0].mentions) >= 10


def test_united_states_is_one_entity(story):
    us = [e for e in story.entities if {"U.S.", "United States"} & {m.text for m in e.mentions}]
    assert len(us) == 1
    assert us[0].name == "United States"
    assert [m.text for m in us[0].mentions].count("U.S.") >= 10


def test_mentions_point_into_the_body(story):
    for entity in story.entities:
        assert entity.mentions
        for mention in entity.mentions:
            assert story.body[mention.start : mention.end] == mention.text


def test_photographer_in_caption_is_not_an_entity(story):
    assert not [e for e in story.entities if "Zemlianichenko" in e.name]


def test_entities_are_ordered_by_salience(story):
    saliences = [e.salience for e in story.entities]
    assert saliences == sorted(saliences, reverse=True)
    top = {e.name for e in story.entities[:6]}
    assert {"Rex Tillerson", "Donald Trump"} <= top


def _speaker(story: Story, start: str) -> tuple[str | None, str]:
    (quote,) = [q for q in story.quotes if q.text.startswith(start)]
    return quote.speaker, quote.kind


@pytest.mark.parametrize(
    ("start", "speaker", "kind"),
    [
        ("There is a low level of trust", "Rex Tillerson", "full"),
        ("No agreements were reached.", "R.C. Hammond", "full"),
        ("We have not seen a single fact", "Sergey Lavrov", "full"),
        ("I do not know who saw them", "Sergey Lavrov", "full"),
        ("We have seen very alarming actions", "Sergey Lavrov", "full"),
        ("We consider it of utmost importance", "Sergey Lavrov", "full"),
        ("Are we going to get involved with Syria? No,", "Donald Trump", "full"),
        ("I see them using gas", "Donald Trump", "full"),
        ("the reign of the Assad family is coming to an end.", "Rex Tillerson", "partial"),
        ("low point", "Rex Tillerson", "partial"),
        ("real intentions.", "Sergey Lavrov", "partial"),
    ],
)
def test_quotes_and_speakers(story, start, speaker, kind):
    assert _speaker(story, start) == (speaker, kind)


def test_quote_offsets_and_cues(story):
    for quote in story.quotes:
        assert story.body[quote.start : quote.end] == quote.text
        assert not quote.text.startswith(("“", '"')) and not quote.text.endswith(("”", '"'))
    cues = {q.text[:20]: q.cue for q in story.quotes}
    assert cues["There is a low level"] == "told"
    assert cues["I see them using gas"] == "added"
    assert cues["No agreements were r"] == "said"
