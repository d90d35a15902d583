"""Speakers the tribunal and community-news probes of the forty-fourth session's second round
showed the annotator losing (each case fails on the commit before its fix, 66c0509): a court's
judgment that "said", and a given name the census tables rank low that the model read, with its
surname, as an organisation. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Inter-American Court of Human Rights ruled against Costa Verde on Tuesday. "
            '"The State did not protect the river communities," the judgment said.',
            "The State did not protect",
            "Inter-American Court of Human Rights",
        ),
        (
            "The International Court of Justice ruled on the border dispute. According to the judgment, "
            'the 1911 treaty "was never ratified by either side."',
            "was never ratified",
            "International Court of Justice",
        ),
        (
            'Volunteers led by Hamish Bell cleared the ground. "Two of the trees we still cannot name," he said.',
            "Two of the trees",
            "Hamish Bell",
        ),
    ],
)
def test_judgments_and_listed_given_names(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
