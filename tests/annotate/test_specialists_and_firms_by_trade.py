"""Pharmaceutical and sports copy that invented probes (forty-third session) showed the annotator
getting wrong: a description by a specialist's noun ("the Dutch neurologist said", "the
cardiologist said") no role noun, so it referred to no one; a firm named by its trade that the model
tags not at all ("Cobalt Pharma plans to file …"), so "the company said" had no company. Invented
stories."""

from __future__ import annotations

import pytest

from pipeline.annotate import lexicons
from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Dr. Elise Varga wants regulators to change course on rare-disease trials.\n\n"
            'The Dutch neurologist said on Friday that placebo arms in tiny diseases were "neither ethical nor practical."',
            "neither ethical",
            "Elise Varga",
        ),
        (
            "Dr. Omar Haddad has treated the boy since he was born. "
            '"His heart is stronger than it was a year ago," the cardiologist said.',
            "His heart is stronger",
            "Omar Haddad",
        ),
        (
            'Hal Brenner insisted the fight would go ahead in March. "Both camps have signed," the promoter said.',
            "Both camps",
            "Hal Brenner",
        ),
        (
            "Cobalt Pharma plans to file for approval next year. "
            '"We will move as quickly as we can," the company said.',
            "We will move",
            "Cobalt Pharma",
        ),
    ],
)
def test_specialists_and_firms_by_trade(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize("word", ["phoenician", "ordovician", "patrician"])
def test_words_that_end_like_a_specialist_but_name_none_are_no_roles(word):
    assert word not in lexicons.role_nouns()


def test_a_union_convenor_is_a_role_before_the_name(annotator):
    body = '"We will not accept this offer," said GMB convenor Frank Olley outside the depot.'
    assert one(annotated(annotator, body).quotes, "We will not accept").speaker == "Frank Olley"
