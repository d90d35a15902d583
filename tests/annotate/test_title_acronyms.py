"""A title the story shortens to its initials ("the DIG said") is the person it gave that title
(each case fails on the commit before its fix: c057803 for the first ones), whether the initials stood in brackets after
the title, the title spelled them before the name, or it was set beside the name; initials no
title spells stay the body's. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # initials in brackets after the title
            "Kalihati Station House Officer (SHO) Inspector Jamil Hossain Sarkar said a case had been filed.\n\n"
            '"Two of the accused have been arrested," the SHO said.',
            "Two of the accused",
            "Jamil Hossain Sarkar",
        ),
        (
            # the title spells them before the name
            "Deputy Inspector General Farhan Qadir Malik addressed reporters in Multan.\n\n"
            '"The gang used forged number plates," the DIG said.',
            "The gang used forged",
            "Farhan Qadir Malik",
        ),
        (
            # the title set beside the name
            "The Vice-Chancellor of the university, Professor Farida Yasmin Khan, opened the hall.\n\n"
            '"This library belongs to every student," the VC said.',
            "This library belongs",
            "Farida Yasmin Khan",
        ),
        (
            # a remit in brackets after the title
            "Deputy Commissioner of Police (South-West) Harish Gowda said the accused had fled.\n\n"
            '"We traced him through his phone," the DCP said.',
            "We traced him",
            "Harish Gowda",
        ),
        (
            # a district's name before the title
            "Madurai Superintendent of Police Lakshmi Narayanan said the crowd had dispersed.\n\n"
            '"No one was hurt," the SP said.',
            "No one was hurt",
            "Lakshmi Narayanan",
        ),
    ],
)
def test_a_title_by_its_initials_is_the_person_it_was_given_to(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_initials_no_title_spells_stay_the_bodys(annotator: StoryAnnotator):
    body = (
        "Police Commissioner Ravi Shankar Menon visited the site.\n\n"
        '"We are reviewing the footage," the CID said in a statement.'
    )
    assert one(annotated(annotator, body).quotes, "We are reviewing").speaker != "Ravi Shankar Menon"


def test_a_titles_initials_before_a_surname_are_no_part_of_the_name(annotator):
    body = (
        "Deputy Public Prosecutor Sharon Quek said the accused had helped launder $2 million.\n\n"
        '"The accused knew exactly what he was doing," DPP Quek told the court.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The accused knew").speaker == "Sharon Quek"
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Sharon Quek"]
