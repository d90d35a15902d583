"""Speakers the public-inquiry probe of the forty-fourth session showed the annotator losing (each
case fails on the commit before its fix, f21c564): a lede's unnamed witness named after a "Dr." or
after someone named in an opening phrase, a submission that "states", a statement read out by
someone else, a couple's shared surname that gave one of them the other's gender, and the subject
a "was" names past a hyphened role. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # the lede's witness named next with a doctor's title
            'A paediatrician told the inquiry that the ward rules were "harsh and needless".\n\n'
            "Dr. Amara Quist said children had been kept apart for weeks.",
            "harsh and needless",
            "Amara Quist",
        ),
        (
            # someone else named first, in an opening phrase
            'A care worker has told an inquest in Dunmore that night staff were "worn out and too few".\n\n'
            "Speaking at the inquest into the death of Walter Pym, 84, carer Nadia Rusu said she had warned managers.",
            "worn out and too few",
            "Nadia Rusu",
        ),
        (
            # a document noun before a cue the tagger read as a plural noun
            "The Kestle Residents Association made a written submission to the inquiry.\n\n"
            '"The borough ignored every letter we sent," the submission states.',
            "The borough ignored",
            "Kestle Residents Association",
        ),
        (
            # a statement read out by a solicitor is still its author's
            "The girl's father, Tomasz Wren, said in a statement read by the family's solicitor that he wanted "
            'answers.\n\n"Please fit a carbon monoxide alarm," the statement said.',
            "Please fit a carbon",
            "Tomasz Wren",
        ),
        (
            # "Mr and Mrs" before one surname gives neither gender
            "Mr and Mrs Okafor said their daughter Grace loved the choir.\n\n"
            'Mr Okafor said the school never called. "We heard nothing until midnight," he said.',
            "We heard nothing",
            "Okafor",
        ),
        (
            # the subject a "was" names past a hyphened role
            'The driver was off-duty paramedic Colm Reidy. He told the inquiry he "just did what anyone would".',
            "just did what anyone",
            "Colm Reidy",
        ),
    ],
)
def test_inquiry_witnesses_and_submissions(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_name_set_beside_the_subject_after_an_opening_phrase_is_the_subject(annotator):
    # (fails on 40d10f0: the name's role read "other" past "In a letter to parents,", so the "she"
    # of what she wrote went to a woman named two paragraphs before)
    body = (
        "Defending, Miriam Olawale said the teacher had sought help.\n\n"
        'The judge, Recorder Helen Ashcroft, told him: "Every image records real harm."\n\n'
        "In a letter to parents, the school's headteacher, Priya Lomax, wrote that she understood the "
        'news would be "deeply upsetting".\n\n'
        '"I want to reassure you that no pupil was harmed," she wrote.'
    )
    assert one(annotated(annotator, body).quotes, "I want to reassure").speaker == "Priya Lomax"
