"""Fashion and consumer-finance copy that invented probes (forty-third session) showed the
annotator getting wrong: "said the Antwerp-based designer Joost Verbeke" cut at the hyphened
participle and given to the city; a given name alone read as a place though an aged role is set
beside it ("Sadia, a 22-year-old student from Nottingham, told"), so the "she said" after it went
to no one. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"Without linen, there is no summer collection," said the Ghent-based designer Wouter Claes.',
            "Without linen",
            "Wouter Claes",
        ),
        (
            "Sadia, a 22-year-old student from Leicester, told the committee she had borrowed to buy a laptop. "
            '"Every app made it look easy," she said.',
            "Every app",
            "Sadia",
        ),
    ],
)
def test_hyphened_modifiers_and_aged_appositions(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_place_with_an_aged_count_after_it_stays_a_place(annotator):
    # guard: passes on the old code too; "Leicester, a 12-year-old record" is no person
    story = annotated(annotator, "Leicester, a 12-year-old record holder in the relay, won again.")
    assert "PERSON" not in {e.label for e in story.entities if e.name == "Leicester"}
