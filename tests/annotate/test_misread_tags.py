"""Speakers whose words the tagger misreads. A surname read as an adverb ("said Brightly",
"Brightly said") and a role noun read as a verb ("said Harlan police detective Kenny Hale") still
name the speaker. Invented stories; the names are chosen because the small model's tagger
misreads them in these sentences."""

from __future__ import annotations

import pytest

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from tests.annotate.helpers import one, quotes


def test_a_surname_read_as_an_adverb_still_speaks(annotator):
    body = (
        "Friends remember Lena Marsh as bold.\n\n"
        "“In her last months she rarely picked up the phone,” said Brightly, who has known the family "
        "for years.\n\n"
        "“She had a way of filling a room with her plans,” Brightly said."
    )
    found = quotes(annotator, body)
    assert [q.speaker for q in found] == ["Brightly", "Brightly"]


def test_a_role_noun_read_as_a_verb_does_not_end_the_speaker(annotator):
    body = (
        "Three people were found dead on Monday.\n\n"
        '"We know who fired, and we know why," said Harlan police detective Kenny Hale.'
    )
    assert one(quotes(annotator, body), "We know").speaker == "Kenny Hale"


@pytest.mark.parametrize("who", ["her rep told a magazine", "her publicist said"])
def test_a_spokesperson_noun_the_tagger_reads_as_a_name_speaks_for_the_principal(annotator, who):
    # The tagger reads a lower-case "rep" as a proper noun ("Rep."); it is her representative.
    body = (
        'Actress Dana Quill has checked herself into a treatment center.\n\n"Dana has checked herself '
        f'into a treatment center and asks for privacy," {who}.'
    )
    assert one(quotes(annotator, body), "Dana has").speaker == "Dana Quill"


def test_a_curly_apostrophe_after_a_plural_or_a_name_in_s_is_a_possessive():
    nlp = nlp_loader.load(DEFAULT_MODEL)
    doc = nlp("Myers’ mother spoke. He called it ‘a waste of dollars’ and left. The Smiths’ dog barked.")
    tags = {(t.i, t.text): t.tag_ for t in doc if t.text == "’"}
    assert [tag for _, tag in sorted(tags.items())] == ["POS", "''", "POS"]


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_the_name_after_a_possessive_description_speaks(annotator, apostrophe):
    # The tagger reads the curly apostrophe of "Myers’ mother" as a closing quotation mark (the
    # straight one as a possessive): before, the quotation went to Dana Myers.
    body = (
        "Relatives are standing by Dana Myers after her son was hurt.\n\n"
        f"“She works two jobs and she is a good mother,” Myers{apostrophe} mother, Glenna Hobart said."
    )
    assert one(quotes(annotator, body), "She works").speaker == "Glenna Hobart"


@pytest.mark.parametrize(
    ("statement", "speaker"),
    [
        ("the statement from Marchetti's campaign read", "Ivo Marchetti"),
        ("the Marchetti campaign's statement read", "Ivo Marchetti"),
    ],
)
def test_a_statement_read_is_a_cue_though_tagged_as_a_noun(annotator, statement, speaker):
    # The tagger reads a clause-closing "read" after a noun as a noun ("a good read"): after a
    # document's noun it is the verb the statement says the quotation with.
    body = f"Ivo Marchetti toured a steel mill on Monday.\n\n“The mill will reopen by the spring,” {statement}."
    found = one(quotes(annotator, body), "The mill will reopen")
    assert (found.speaker, found.cue) == (speaker, "read")


@pytest.mark.parametrize("punctuation", [":", "."])
def test_a_phrasal_cue_after_a_party_word_is_a_verb(annotator, punctuation):
    # The tagger reads "The Republican shot back" as "a Republican shot" (a noun): the quotation
    # after it is then the Republican's, as after "The senator shot back".
    body = (
        "Greg Hollis debated Ann Vance in Dayton on Monday.\n\n"
        f"The Republican shot back{punctuation} “The record says otherwise. Voters can look it up.”"
    )
    assert one(quotes(annotator, body), "The record says").speaker == "Greg Hollis"
