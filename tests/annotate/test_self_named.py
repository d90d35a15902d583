"""Someone the story does not name may give a name of their own choosing: "said a cashier who
asked to be called Marisol" is Marisol's. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import one, quotes


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


QUOTE = "“We heard the pops and everybody ran for the parking lot,”"


@pytest.mark.parametrize(
    "attribution",
    [
        "said a cashier who asked to be called Marisol.",
        "said a cashier who gave her name only as Marisol.",
        "said a neighbor, who said her first name is Marisol.",
    ],
)
def test_a_name_the_speaker_gave_is_the_speaker(annotator, attribution):
    assert one(quotes(annotator, f"{QUOTE} {attribution}"), "We heard").speaker == "Marisol"


def test_a_clause_naming_someone_else_is_no_speaker(annotator):
    body = f"{QUOTE} said a cashier who asked that her son, Marisol Ortiz's cousin, not be named."
    assert one(quotes(annotator, body), "We heard").speaker is None
