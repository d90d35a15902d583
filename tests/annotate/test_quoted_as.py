"""Relayed and owned quotations. "The Harbour Times quoted Osei as saying": the outlet reports, the
person after "quoted" is the speaker, in either order around the quotation and with a pronoun or a
description for the person; agency copy attributes this way whenever it relays another outlet.
"In Osei's words, “…”": the possessive owns the words. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes

LEAD = "The minister, Helen Osei, faced the committee on Tuesday.\n\n"
QUOTE = "Nobody in this building has seen the final version of the contract"


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{QUOTE},” The Harbour Times quoted Osei as saying.",
        f"“{QUOTE},” state radio quoted her as saying.",
        f"“{QUOTE},” the Harbour Times quoted the minister as telling lawmakers.",
        f"The Harbour Times quoted Osei as saying: “{QUOTE}.”",
        f"State radio quoted Osei as saying that “{QUOTE.lower()}.”",
        f"The state news agency cited Osei as saying: “{QUOTE}.”",
        f"“{QUOTE},” the agency cited her as telling lawmakers.",
    ],
)
def test_the_person_quoted_is_the_speaker(annotator, sentence):
    found = quotes(annotator, LEAD + sentence)
    assert one(found, QUOTE[:6].lower() if "that" in sentence else QUOTE[:6]).speaker == "Helen Osei"


def test_an_outlet_that_quotes_no_one_as_saying_stays_the_speaker(annotator):
    # "quoted" without "as saying" is an outlet citing a document: the frames read it as before.
    body = LEAD + f"“{QUOTE},” the Harbour Times said in an editorial."
    assert one(quotes(annotator, body), QUOTE[:6]).speaker == "Harbour Times"


@pytest.mark.parametrize("opening", ["nobody", "Nobody"])
def test_in_someones_words(annotator, opening):
    # "In Osei's words, “…”": the possessive owns the words even behind the preposition.
    body = LEAD + f"In Osei's words, “{opening} gets to skip the hard part of learning a new language.”"
    assert one(quotes(annotator, body), opening).speaker == "Helen Osei"


@pytest.mark.parametrize(
    "sentence",
    [
        "Osei's response was short: “Nobody in this building has seen the final version.”",
        "Her answer: “Nobody in this building has seen the final version.”",
        "The minister's reply was blunt: “Nobody in this building has seen the final version.”",
        "Her short reply to the committee: “Nobody in this building has seen the final version.”",
    ],
)
def test_a_quotation_after_someones_words_and_a_colon_is_theirs(annotator, sentence):
    """ "Osei's response was short: “…”": the owner of the response speaks."""
    found = quotes(annotator, LEAD + sentence)
    assert one(found, "Nobody").speaker == "Helen Osei"


def test_the_words_of_someone_not_named_stay_unattributed(annotator):
    body = LEAD + "A clerk was asked about it later. His answer: “Nobody in this building has seen the final version.”"
    assert one(quotes(annotator, body), "Nobody").speaker != "Helen Osei"


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Dana Berry said her son was recovering well.\n\nResponding to one reader's post that “you only "
            "learn from your own mistakes,” Berry replied, “Let us hope so.”",
            None,
        ),
        (
            "Dana Berry said her son was recovering well.\n\nResponding to Helen Osei's post that “you only "
            "learn from your own mistakes,” Berry replied, “Let us hope so.”",
            "Helen Osei",
        ),
    ],
)
def test_words_owned_right_before_the_quotation_are_the_owners(annotator, body, speaker):
    """ "a reader's post that “…”": the reader's words, not those of the cue after the quotation."""
    found = quotes(annotator, body)
    assert one(found, "you only").speaker == speaker
    assert one(found, "Let us").speaker == "Dana Berry"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Osei said in her statement: “The count was fair and the result stands.”", "Helen Osei"),
        ("In his statement, “The count was fair and the result stands,” Tom Hale wrote.", "Tom Hale"),
        (
            "Responding to Tom Hale's tweet that “the count was rigged from the start,” Osei said it was not.",
            "Tom Hale",
        ),
    ],
)
def test_a_possessive_before_the_quotation_and_the_cue_agree(annotator, sentence, speaker):
    """A possessor owns the words right before a quotation only when it names someone or is plainly
    someone unnamed; an unresolved "his" leaves the cue to decide."""
    found = quotes(annotator, LEAD + sentence)
    assert one(found, sentence.split("“")[1][:8]).speaker == speaker
