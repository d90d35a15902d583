"""Speakers the fact-check and oil-market probes of the forty-fourth session's
second round showed the annotator getting wrong (each case fails on the commit before its fix,
41022ee): the name set beside "a spokeswoman for the governor" once the governor was named, and a
letter "seen by" a newspaper, which the newspaper did not write. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Gov. Dale Pruett said his state led the nation in new jobs. A spokeswoman for the governor, "
            'Tessa Lorne, said he had meant growth per head. "Per person, we were first," she said.',
            "Per person, we were first",
            "Tessa Lorne",
        ),
        (
            "The ministry has asked for a larger quota, according to a letter seen by the Crude Courier. "
            '"We trust the secretariat will weigh this request," the letter said.',
            "We trust the secretariat",
            None,
        ),
    ],
)
def test_spokespeople_coalitions_and_letters_seen(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
