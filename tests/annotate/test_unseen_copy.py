"""Kinds of quotation and attribution found by reading the annotator's output on unlabelled news
copy from outlets the rules were not written against (issue 16). Each story is invented for the
test; only the construction is the one that copy showed."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.model import Quote, Story


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


def quotes(annotator: StoryAnnotator, body: str) -> list[Quote]:
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert story.flags == []
    return story.quotes


def one(found: list[Quote], start: str) -> Quote:
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, (start, found)
    return matches[0]


# --- speakers ---------------------------------------------------------------------------------


def test_a_description_after_the_cue_is_named_by_its_apposition(annotator):
    body = (
        "Tom Vane kept the lighthouse for thirty years.\n\n"
        '"The harbour was quiet all night," said Vane\'s stepdaughter, Nora Quill. "Then the alarm went."'
    )
    found = quotes(annotator, body)
    assert one(found, "The harbour").speaker == "Nora Quill"
    assert one(found, "Then the alarm").speaker == "Nora Quill"


def test_the_full_stop_of_a_rank_does_not_push_the_cue_away(annotator):
    body = '"The hull was split open," harbour Sgt. Alan Creel of the marine unit told the Daily Courier.'
    assert one(quotes(annotator, body), "The hull").speaker == "Alan Creel"


def test_a_constable_abbreviated_does_not_end_the_sentence(annotator):
    body = '"It was a long night," Lakeview police Const. Tim Harlow told a news conference.'
    assert one(quotes(annotator, body), "It was a long").speaker == "Tim Harlow"


def test_a_verb_of_manner_of_speaking_is_a_cue(annotator):
    body = "Nora Quill waited on the pier until dawn.\n\n“My boat is gone,” Quill wailed at one point."
    quote = one(quotes(annotator, body), "My boat")
    assert (quote.speaker, quote.cue) == ("Nora Quill", "wailed")


# --- quotation marks and what they enclose -----------------------------------------------------


def test_a_straight_mark_glued_to_the_cue_closes_the_quotation(annotator):
    body = '"It was cold out on the water, "said Dana Pell. "Very cold."'
    found = quotes(annotator, body)
    assert [q.text for q in found] == ["It was cold out on the water,", "Very cold."]
    assert {q.speaker for q in found} == {"Dana Pell"}


@pytest.mark.parametrize(
    "body, title",
    [
        ('He won an award for his role in the musical "The Boy From the Harbour."', "The Boy From"),
        ('In her last year at school she was voted "Most Likely to Sail Away."', "Most Likely"),
        ('The club listed him as one of its "Top Young Sailors in the County."', "Top Young Sailors"),
    ],
)
def test_a_title_in_title_case_ending_its_sentence_is_no_speech(annotator, body, title):
    assert one(quotes(annotator, body), title).kind == "scare"
