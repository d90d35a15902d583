"""Who "her rival" is, a name the model missed after "and", and the object of "prompted … to
ask": "Ruth Mallory and Ivo Marchetti met … Mallory said. Her rival shot back: “…”" is
Marchetti's, when he is the one other person in clear focus; "Ivo Marchetti" joined by "and" to a
name the model tagged is a person though the model tagged neither of his words; "the shooting
prompted Chief Dana Kroll to ask, “…”" is Kroll's. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one

DEBATE = (
    "Ruth Mallory and {rival} met for the last time on Monday. “I have heard a lot of promises tonight,” Mallory said. "
)


@pytest.mark.parametrize(
    "reply",
    [
        "Her rival shot back: “Promises I will keep.”",
        "Her opponent said, “Promises I will keep.”",
        "“Promises I will keep,” her rival replied.",
    ],
)
def test_her_rival_is_the_other_person_in_focus(annotator, reply):
    story = annotated(annotator, DEBATE.format(rival="Walter Marchetti") + reply)
    assert one(story.quotes, "Promises I will").speaker == "Walter Marchetti"


def test_her_rival_among_two_others_in_focus_is_no_one(annotator):
    body = (
        "Ruth Mallory, Walter Marchetti and Dana Kroll met for the last time on Monday. Kroll and Marchetti "
        "spoke first. “I have heard a lot of promises tonight,” Mallory said. Her rival shot back: “Promises I will keep.”"
    )
    assert one(annotated(annotator, body).quotes, "Promises I will").speaker is None


def test_a_name_joined_by_and_to_a_tagged_person_is_a_person(annotator):
    # (the model tags "Ruth Mallory" and neither word of "Ivo Marchetti")
    story = annotated(annotator, DEBATE.format(rival="Ivo Marchetti") + "Her rival shot back: “Promises I will keep.”")
    assert ("Ivo Marchetti", "PERSON") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "Promises I will").speaker == "Ivo Marchetti"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Ruth Mallory and Heavy Rain were the night's only headlines.", "Heavy Rain"),
        ("Ruth Mallory and Acme Corp signed the deal on Monday.", "Acme Corp"),
    ],
)
def test_common_words_or_a_firm_joined_to_a_person_are_no_person(annotator, body, words):
    story = annotated(annotator, body)
    assert (words, "PERSON") not in {(e.name, e.label) for e in story.entities}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The third shooting in a week prompted Chief Dana Kroll to ask, “How many more funerals before this city says stop?”",
            "Dana Kroll",
        ),
        ("The vote led Sen. Ruth Mallory to declare, “This chamber has lost its way tonight.”", "Ruth Mallory"),
    ],
)
def test_the_object_of_a_causative_verb_speaks_its_infinitive_cue(annotator, sentence, speaker):
    # The verb's subject (a shooting, a vote) says nothing; its object does the asking.
    story = annotated(annotator, sentence)
    assert [q.speaker for q in story.quotes] == [speaker]
