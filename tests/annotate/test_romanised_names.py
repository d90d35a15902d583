"""Korean and Chinese names romanised with a hyphened given name ("Oh Jae-kwang", "Lam Siu-fung"),
which invented probes in the style of Japanese and Korean English-language press (forty-third
session) showed the small model cutting at the hyphen ("Oh Jae" said) or leaving untagged when a
syllable is an English word ("Heo Man-seok"), so that the speaker and every "he said" after it
were lost. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.romanised_names import hyphened_given_names
from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"The sea turned in an hour," said Heo Man-seok, 67, who has fished off Geoje for forty years. '
            '"I have never seen the harbour wall go under."',
            "I have never seen",
            "Heo Man-seok",
        ),
        (
            "Daegu Mayor Oh Jae-kwang announced late-night bus routes on Tuesday. "
            '"Shift workers deserve a safe ride home," he said.',
            "Shift workers",
            "Oh Jae-kwang",
        ),
        (
            '"The committee will not be intimidated," floor leader Yoon Sang-chul told a party meeting.',
            "The committee",
            "Yoon Sang-chul",
        ),
        (
            'Nam Gi-cheol mends nets on the pier every morning. "The young ones have all gone to Busan," he said.',
            "The young ones",
            "Nam Gi-cheol",
        ),
        (
            '"We have waited twenty years for this bridge," Chief Executive John Lee Ka-kui said at the opening.',
            "We have waited",
            "John Lee Ka-kui",
        ),
        (
            '"We will not accept a fare rise without a hearing," said Lam Siu-fung, a Kowloon district councillor.',
            "We will not accept",
            "Lam Siu-fung",
        ),
    ],
)
def test_a_name_with_a_hyphened_given_name_is_one_speaker(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert speaker in {e.name for e in story.entities if e.label == "PERSON"}


def test_the_family_name_alone_is_the_same_person(annotator):
    body = (
        "Amy Lindgren beat Park Ji-won 6-4 6-3 in the semi-final.\n\n"
        "Park was philosophical.\n\n"
        '"It is tennis. Some days the ball does not listen," she said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "It is tennis").speaker == "Park Ji-won"


def test_a_place_named_with_that_word_is_no_mention_of_her():
    # guard: "Central Park" and "Park Avenue" after "Park Ji-won" name no one
    text = "Park Ji-won trained in Central Park and lives on Park Avenue. Park said she was tired."
    found = [text[a:b] for a, b in hyphened_given_names(text)]
    assert found == ["Park Ji-won", "Park"]


@pytest.mark.parametrize(
    "text",
    [
        "The Hong Kong-run fund lost money.",
        "After a New Year-long wait, the bridge opened.",
        "The Grain Co-op said prices would rise.",
        "The Sit-in ended at dawn.",
    ],
)
def test_english_compounds_of_that_form_are_no_names(text):
    # guard: passes on the old code too (the finder is new); kept so it cannot start finding them
    assert hyphened_given_names(text) == []


def test_a_title_before_a_family_name_written_first_is_the_person_named_in_full(annotator):
    body = (
        "The Korean conductor Park Seo-yeon has been appointed music director of the Northern Symphony "
        "Orchestra.\n\n"
        "“This orchestra has a sound I fell in love with,” Ms Park said in a statement.\n\n"
        "Ms Park began studying piano at the age of four in Daegu and switched to conducting at 19."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "This orchestra").speaker == "Park Seo-yeon"
    assert "Ms Park" not in [e.name for e in story.entities]
