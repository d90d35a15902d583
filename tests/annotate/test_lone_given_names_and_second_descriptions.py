"""Speakers the travel-trade probe of the forty-fourth session showed the annotator losing (each
case fails on the commit before its fix, 87c70a2): a lone given name with an age that no common
table lists or the model read as a date, one person given two roles or two descriptions before
the name, an airport or a firm's short name before "spokeswoman", and "the statement" a pronoun
issued. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a given name the world tables list for few people, with an age
            'Anjali, 15, from Westbury, rode the new water slide twice. "My legs were shaking at the top," she said.',
            "My legs were shaking",
            "Anjali",
        ),
        (
            # a given name the model folds into the age as one date
            "Doreen, 91, said she had crossed to the island every spring since 1968. "
            '"The harbour has hardly changed," she said.',
            "The harbour has hardly",
            "Doreen",
        ),
        (
            # one person, two roles: "founder and chief executive"
            "The chain's founder and chief executive, Rowan Pellew, met shareholders on Monday. "
            '"Guests pay for quiet rooms," he said.',
            "Guests pay for quiet",
            "Rowan Pellew",
        ),
        (
            # a second description of the same person, whose clause gives her name
            "One passenger, a nurse who gave only her first name, Ines, said her bags were lost. "
            '"Nobody at the desk could tell us anything," she said.',
            "Nobody at the desk",
            "Ines",
        ),
        # (fifty-second session, humanitarian copy: one name no table lists, with an age and a
        # verb, or an age and a noun for a person; a place the model joined to it; a name of
        # three words before "a 68-year-old grandmother")
        (
            'At a camp outside Bentiu, Nyakuoth, 41, said she had lost her cows. "They were our bank," she said.',
            "They were our bank",
            "Nyakuoth",
        ),
        (
            "Many of the displaced had only recently returned home. Nacha, a 44-year-old woman from Mazeze, "
            'said she had gone back to her village in 2023. "We had started planting again," she said.',
            "We had started planting",
            "Nacha",
        ),
        (
            "The river rose overnight.\n\nDaw Khin Nwe, a 68-year-old grandmother from Kani township, said her "
            'village was bombed twice. "The first time we ran to the monastery," she said.',
            "The first time",
            "Daw Khin Nwe",
        ),
    ],
)
def test_lone_given_names_and_second_descriptions(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # an airport the model calls a facility, by its noun before "spokeswoman"
            "A power cut stopped the baggage belts at Corley Field Airport on Sunday. "
            '"We are sorry for the long waits," an airport spokeswoman said.',
            "We are sorry",
            "Corley Field Airport",
        ),
        (
            # a firm by the opening words of its name, which the model may call a people
            "The builder, Marden Crest Developments, said the tower was unsafe. "
            '"We weighed every repair," a Marden Crest spokesman said.',
            "We weighed every repair",
            "Marden Crest Developments",
        ),
        (
            # a statement issued by "he" in the sentence before
            "Lucian Ferreday rejected the criticism. In a statement, he said he had followed every "
            'rule. "I declared the shares to the board," the statement said.',
            "I declared the shares",
            "Lucian Ferreday",
        ),
    ],
)
def test_bodies_and_statements_by_their_nouns(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_short_form_of_a_name_merged_into_a_longer_one_still_finds_it(annotator):
    # "Crowley Maritime" joins "Crowley Maritime Corp"; "Crowley" then joins the same body (the
    # merge once looked for the shorter one after it was gone, and the story lost its quotes)
    body = (
        "Crowley Maritime said on Monday its barge was safe. Shares of Crowley Maritime Corp rose. "
        '"We are proud of the crew," Crowley said in a statement.'
    )
    assert one(annotated(annotator, body).quotes, "We are proud").speaker == "Crowley Maritime Corp"
