"""Constructions of court, British, tech-desk, magazine-profile and campaign copy that invented
probes (thirty-ninth session) showed the annotator getting wrong: a headline left in the body read
as a name, a topic label before a quotation that raised an error. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import annotated, one, quotes


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


@pytest.mark.parametrize(
    "heading",
    [
        "Handset Maker Apologizes for Slowing Older Phones",
        "Brindle Fined Over Location Data",
        "Streaming Music Service Raises Prices Again",
    ],
)
def test_a_headline_left_in_the_body_is_no_speaker(annotator, heading):
    body = (
        f"{heading}\n\nCorvane Audio said on Tuesday it would change its plans.\n\n"
        "“We should have explained this sooner,” the company said."
    )
    story = annotated(annotator, body)
    speaker = one(story.quotes, "We should have").speaker
    assert speaker is None or speaker not in heading
    assert not any(e.mentions[0].start < len(heading) for e in story.entities if e.label in ("ORG", "PERSON"))


def test_a_headlines_name_the_prose_uses_stays(annotator):
    body = "Tamsin Achebe Wins Harbour Seat\n\nTamsin Achebe won the Harbour seat on Thursday by 212 votes."
    names = {e.name for e in annotated(annotator, body).entities}
    assert "Tamsin Achebe" in names


def test_a_topic_label_after_a_sentence_keeps_the_storys_quotes(annotator):
    body = (
        'The flyer arrived on Monday. On the back: "Lindqvist raised your water bills."\n\n'
        '"If you attack me, at least tell the whole story," Lindqvist said.'
    )
    found = quotes(annotator, body)
    assert one(found, "If you attack me").speaker == "Lindqvist"
    assert one(found, "Lindqvist raised").speaker is None
