"""Speakers the drug-policy probe of the forty-fourth session showed the annotator losing (each case
fails on the commit before its fix, add3cdf): "the former regulator" is a person, not the body in
focus, and a stranger placed by a phrase ("A young man in a grey coat") whose "who" clause gives
his name. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a body's noun made someone's past role
            "The union, the Prison Officers Guild of Norland, said staffing was short. "
            '"We have half the staff we need," its secretary, Alan Verney, said.\n\n'
            "Beatrix Colenso, who once ran the service's inspection unit, said the plan would fail. "
            '"Contraband will find another way in," the former regulator said.',
            "Contraband will find",
            "Beatrix Colenso",
        ),
        (
            # a stranger placed by a phrase whose "who" clause gives his name
            "Harold Pim spoke first. A young man in a grey coat who said his name was Tobiah spoke next. "
            '"Two of my friends died in that stairwell," he said.',
            "Two of my friends",
            "Tobiah",
        ),
    ],
)
def test_past_roles_and_placed_strangers(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
