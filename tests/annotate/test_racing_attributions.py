"""Racing copy that invented probes (forty-third session) showed the annotator getting wrong:
"screamed commentator Julian Fosse as Night Heron swooped" giving the words to the horse; "A
spokesperson for the authority said" after the authority was named only
inside a quotation going to the firm in focus; "Kieran Doyle, who trains the horse for his
father-in-law, Seamus Garrity, said" giving the words to the father-in-law. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"What a finish!" yelled commentator Rupert Vane as Silver Ledger swooped on the line.',
            "What a finish",
            "Rupert Vane",
        ),
        (
            '"We have passed everything to the Turf Standards Authority," Marlow & Keane said on Friday. '
            'A spokesperson for the authority said: "We are looking into it."',
            "We are looking",
            "Turf Standards Authority",
        ),
        (
            "Declan Moyes, who trains the mare for his brother-in-law, Padraig Hanlon, said she had been "
            '"nowhere near her best" in the spring.',
            "nowhere near",
            "Declan Moyes",
        ),
    ],
)
def test_racing_attributions(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
