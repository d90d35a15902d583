"""Transport, food and Middle East copy that invented probes (forty-third session) showed the
annotator getting wrong: "X was quoted in a trade magazine as saying" with no speaker; a body
whose name has "and" in it ("The Valecross Water and Transit Authority") left untagged; "the
airport said" after an airport named only as a place; "Runner-up Dana Whitfield" giving the
words to "Runner"; "a Shin Bet official said" with the body read as a person. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Odile Fournier was quoted in a trade weekly as saying that "most bakeries have forgotten salt."',
            "most bakeries",
            "Odile Fournier",
        ),
        (
            "The Marrowby Water and Canal Authority said the checks were done. "
            '"All inspections were carried out on time," the authority said.',
            "All inspections",
            "Marrowby Water and Canal Authority",
        ),
        (
            "Hundreds of passengers were stranded at Glenharrow Airport overnight. "
            '"Our priority was the welfare of everyone in the terminal," the airport said.',
            "Our priority",
            "Glenharrow Airport",
        ),
        (
            "Ingrid Solberg judged the final. Runner-up Dana Whitfield took the loss in her stride. "
            '"There is always next year," she said.',
            "There is always",
            "Dana Whitfield",
        ),
        (
            'A bomb damaged a bus in Holon overnight. "This was a serious act of terror," a Shin Bet official said.',
            "This was a serious",
            "Shin Bet",
        ),
    ],
)
def test_transport_food_and_security_attributions(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
