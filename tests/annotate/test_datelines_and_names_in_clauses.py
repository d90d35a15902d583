"""Speakers the francophone-Africa probe of the forty-fourth session showed the annotator losing
(each case fails on the commit before its fix, bbf067b): a quotation split by an inverted cue right
after a dateline, "one of the women, Name,", a statement issued by a body with a relative clause
after its name, a noun for a person or a body that the story gave a body, a stage name's "whose
real name is", and a participle placing someone before the clause that names her. Invented
stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


def test_a_split_quotation_after_a_dateline_is_the_inverted_cues_speaker(annotator):
    body = 'KORVELLE — "The border," said Interior Minister Aminata Sow, "is calm tonight."'
    found = annotated(annotator, body).quotes
    assert [(q.kind, q.speaker) for q in found] == [("full", "Aminata Sow"), ("full", "Aminata Sow")]
    assert one(found, "is calm tonight").speaker == "Aminata Sow"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # "one of the women" with her name set beside
            '"They kept our passports," police spokesman Jean-Marc Ekra told reporters.\n\n'
            'One of the freed women, Odile, 31, said she had never been paid. "We worked every day," she said.',
            "We worked every day",
            "Odile",
        ),
        (
            # a statement issued by a body whose name a relative clause follows
            "In a statement, the Progressive Union Party, which had backed Idrissa Kane, said it would "
            '"fight the ruling in every court."\n\n"Our members must stay calm," the statement said.',
            "Our members must stay calm",
            "Progressive Union Party",
        ),
        (
            # a noun for a person or a body, given to a body by apposition
            "The broadcaster, Radio Kaloum Libre, was taken off air on Monday. "
            'The broadcaster said it "rejects every charge" against its staff.',
            "rejects every charge",
            "Radio Kaloum Libre",
        ),
        (
            # a stage name's real name
            "The singer, whose real name is Ousmane Sy Dieng, was freed on Friday. "
            '"I will keep writing what I see," he told reporters.',
            "I will keep writing",
            "Ousmane Sy Dieng",
        ),
        (
            # a participle placing her before the clause that names her
            "A woman standing near the court gates, who gave her name as Mariam, said she had waited since "
            'dawn. "We want to hear the verdict ourselves," she said.',
            "We want to hear",
            "Mariam",
        ),
    ],
)
def test_names_set_beside_or_inside_clauses(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
