"""Constructions of Canadian, African, United Nations, maritime, court and housing copy that
invented probes (forty-first session) showed the annotator getting wrong: "Coun. Vera Moss"
read as a speaker called "Coun", "he said" of a Stéphane or a Yuri found no one since the US
census counts more women of those names. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate import lexicons
from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import annotated, one


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"The skating rink opens in December," said Coun. Tove Lindqvist. "The money is there."',
            "The money",
            "Tove Lindqvist",
        ),
        (
            '"We need a second ice pad," Coun. Irene Duval said at Tuesday\'s meeting.',
            "We need a second",
            "Irene Duval",
        ),
        (
            "The commissioner for works, Engr. Musa Tanko, inspected the bridge on Monday. "
            '"The contractor has been given six weeks," the commissioner said.',
            "The contractor",
            "Musa Tanko",
        ),
    ],
)
def test_an_abbreviated_councillor_or_engineer_is_a_title_and_no_speaker(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert all(e.name not in ("Coun", "Engr") for e in story.entities)


@pytest.mark.parametrize("given", ["Stéphane", "Kristian", "Yuri"])
def test_a_given_name_the_census_and_the_world_tables_give_different_sexes_has_no_gender(annotator, given):
    assert lexicons.given_name_gender(given) is None
    body = (
        f"The harbour master, {given} Brodeur, walked the quay on Monday.\n\n"
        f'"We have never seen a winter like this one," he said.'
    )
    assert one(annotated(annotator, body).quotes, "We have never seen").speaker == f"{given} Brodeur"


def test_a_given_name_both_sources_give_one_sex_keeps_it():
    assert [lexicons.given_name_gender(n) for n in ("Brian", "Helena", "Garnet")] == ["m", "f", "f"]
