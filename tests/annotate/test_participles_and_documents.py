"""A participle that opens the sentence shares the main clause's subject, which comes after the
quotation ("After saying her leg was “…,” she was rushed away"); a document named by another noun
("Calloway wrote a memoir … the book said") is the one document in focus whose author the story
gave. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import one, quotes


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


@pytest.mark.parametrize("opening", ["After saying", "Saying", "Before telling friends"])
def test_an_opening_participle_shares_the_subject_after_the_quotation(annotator, opening):
    body = (
        "Senator Ann Roe kept her illness quiet for years.\n\n"
        f"{opening} her leg was “so swollen I could barely walk to the car,” she was rushed to the hospital."
    )
    assert one(quotes(annotator, body), "so swollen").speaker == "Ann Roe"


def test_a_second_quotation_in_the_main_clause_has_the_same_speaker(annotator):
    body = (
        "Senator Ann Roe kept her illness quiet for years.\n\nAfter saying her leg was “so swollen I could "
        "barely walk to the car,” she was “rushed off to the county hospital” for tests."
    )
    found = quotes(annotator, body)
    assert one(found, "so swollen").speaker == "Ann Roe"
    assert one(found, "rushed off").speaker == "Ann Roe"


def test_a_participle_after_its_subject_keeps_it(annotator):
    body = "Dale Brennan spoke in Erie. Marsh left early, saying “the whole thing was a waste of time,” and Brennan laughed."
    assert one(quotes(annotator, body), "the whole").speaker == "Marsh"


def test_a_book_is_the_memoir_its_author_wrote(annotator):
    body = (
        "Rita Calloway, a former navy doctor, wrote a memoir about her years at the clinic.\n\nAccording "
        "to her account, the patient ignored the pain for weeks.\n\n“He was back at work within days and "
        "very few people knew about the clot at the time,” the book said."
    )
    assert one(quotes(annotator, body), "He was").speaker == "Rita Calloway"


def test_a_document_with_two_authors_in_focus_is_no_one(annotator):
    body = (
        "Rita Calloway wrote a memoir about the clinic. Her rival, Tom Hale, published his own account "
        "a year later.\n\n“Very few people knew about the clot at the time,” the book said."
    )
    assert one(quotes(annotator, body), "Very few").speaker is None


def test_they_after_an_organisations_statement_is_the_organisation(annotator):
    body = (
        "The Harbour Council met late on Friday and issued a statement on the spill. The statement noted "
        "that the council had warned the company twice.\n\n“The members of the council will begin work "
        "immediately on a cleanup plan,” they said."
    )
    assert one(quotes(annotator, body), "The members").speaker == "Harbour Council"


def test_they_after_a_persons_statement_is_no_one(annotator):
    body = (
        "Mayor Ann Roe issued a statement on the spill. The statement noted that the city had warned the "
        "company twice.\n\n“The members of the council will begin work immediately on a cleanup plan,” "
        "they said."
    )
    assert one(quotes(annotator, body), "The members").speaker is None
