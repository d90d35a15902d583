"""Where a sentence ends: the full stop after an abbreviated title ("Capt.", "Mr.") or an initial
does not end it; after a title written in full ("the attorney."), a pronoun ("told us.") or any
word at a paragraph's end, it does. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.sentence_ends import ends_sentence
from tests.annotate.helpers import one, quotes


@pytest.fixture(scope="module")
def nlp():
    return nlp_loader.load(DEFAULT_MODEL)


def _ends(nlp, text: str) -> list[str]:
    """The word before each full stop that ends a sentence."""
    doc = nlp(text)
    return [doc[i - 1].text for i in range(1, len(doc)) if ends_sentence(doc, i)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The money went to the attorney. Harlan Voss said nothing.", "attorney"),
        ("The mayor never called us. Then the rain came.", "us"),
        ("Nobody believed me. Later the police found the car.", "me"),
        ("The plan broke the law. Officials said so.", "law"),
        ("She served as secretary of state. The former senator is a planner.", "state"),
    ],
)
def test_a_word_nameparser_lists_as_a_title_ends_its_sentence(nlp, text, word):
    assert _ends(nlp, text) == [word, text.rstrip(".").split()[-1]]


@pytest.mark.parametrize(
    "text",
    [
        "The report named Capt. Dana Pryce as the officer on duty on Monday.",
        "The report named Cpt. Dana Pryce as the officer on duty on Monday.",
        "The report named Prof. Dana Pryce as the author on Monday.",
        "Police said Mr. Hale had left the house on Monday.",
    ],
)
def test_the_full_stop_of_an_abbreviated_title_ends_no_sentence(nlp, text):
    assert _ends(nlp, text) == [text.rstrip(".").split()[-1]]


def test_an_abbreviated_title_at_a_paragraphs_end_ends_the_sentence(nlp):
    text = "Dana Pryce was promoted to the rank of Capt.\n\nShe starts on Monday."
    assert _ends(nlp, text) == ["Capt", "Monday"]


def test_a_pronoun_after_a_description_ending_in_a_title_word_is_the_next_sentences_subject(annotator):
    # "… a defence attorney." ends its sentence: the aside about Delaney does not run on into
    # the next paragraph and swallow Voss, the subject whom "he" refers to.
    body = (
        "Harlan Voss was sentenced on Friday.\n\n"
        "“The jury did its work,” said Mark Delaney, a veteran defence attorney.\n\n"
        "Voss, who said he was innocent when he was arrested, spoke in court for the first time.\n\n"
        "“I am sorry for the pain I caused to so many families,” he said."
    )
    assert one(quotes(annotator, body), "I am sorry").speaker == "Harlan Voss"
