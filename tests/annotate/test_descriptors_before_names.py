"""An everyday word that describes someone, capitalised before their name at the start of a
sentence ("Shopkeeper Vijay Mistry", "Tourist Ophelia Marsh"), is no part of the name, so
the "he" or "she" after it is theirs (fails on the commit before the fix, b4825d3); a given name that
is a word too ("Grace Kelly") and an article ("The August index") stay as they were. Invented
stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, person_names


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Shopkeeper Vijay Mistry has run the corner store for 30 years. "Nobody buys newspapers now," he said.',
            "Nobody buys newspapers",
            "Vijay Mistry",
        ),
        (
            'Tourist Ophelia Marsh posted an apology on Monday. "I got the ingredients wrong," she said.',
            "I got the ingredients",
            "Ophelia Marsh",
        ),
    ],
)
def test_a_word_describing_someone_before_their_name_is_no_part_of_it(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_given_name_that_is_a_word_too_stays_the_name(annotator):
    body = 'Grace Kelly arrived late to the hearing. "I missed the train," she said.'
    assert person_names(annotator, body) == ["Grace Kelly"]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a council's title abbreviated as Australian copy writes it
            'Cr Darren Whitby posted that staff were "lazy". "I was elected to speak up," Cr Whitby said.',
            "I was elected",
            "Darren Whitby",
        ),
        (
            # a label named by a word the world's name tables list a few times
            "The Paris label Maison Verhaeghe on Tuesday named Odile Castanet its creative director. "
            '"Odile knows this house," the label said in a statement.',
            "Odile knows this house",
            "Maison Verhaeghe",
        ),
    ],
)
def test_titles_of_address_and_a_label_named_like_a_person(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_mother_of_three_before_a_name_is_that_woman_not_someone_elses_mother(annotator):
    body = (
        "The drug was rejected on Monday.\n\n"
        "Mother-of-three Kerry Ashworth, 42, from Swindon, who was diagnosed with cancer in 2022, said "
        "the decision felt like “a death sentence”.\n\n"
        "“I’ve done the maths,” she told the Echo."
    )
    assert one(annotated(annotator, body).quotes, "I’ve done").speaker == "Kerry Ashworth"


def test_a_given_name_and_surname_read_as_two_places_after_an_occupation(annotator):
    body = (
        "At Hamilton in western Victoria, fourth-generation woolgrower Penelope Straughan, 61, said she "
        "had passed in about a third of her offering.\n\n"
        "“We set a reserve and we stuck to it,” Ms Straughan said."
    )
    assert one(annotated(annotator, body).quotes, "We set").speaker == "Penelope Straughan"


def test_the_n_year_old_after_the_quote_is_the_subject_before_whose_age_was_not_given(annotator):
    body = (
        "In Port Mellon, skipper Wade Colbourne, 56, said he was losing money every day his boat sat idle. "
        "“I’ve never seen it this bad,” Colbourne said.\n\n"
        "His deckhand, Tyler Colbourne, who is also his nephew, said younger fishermen doubt they have a future.\n\n"
        "“Lots of fellas my age are looking at Alberta,” the 24-year-old said."
    )
    assert one(annotated(annotator, body).quotes, "Lots of").speaker == "Tyler Colbourne"
