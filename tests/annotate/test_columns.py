"""``columns``: what the rules read of a Doc again and again (its text, every token's lower-case
word and tag), built once per Doc."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.columns import lowers_of, remember_text, tags_of, text_of


def test_the_text_is_the_docs_and_is_built_once():
    doc = Doc(Vocab(), words=["Jane", "Roe", "said", "so", "."], spaces=[True, True, True, False, False])
    assert text_of(doc) == doc.text == "Jane Roe said so."
    doc.user_data["wire_ingest.text"] = "kept"
    assert text_of(doc) == "kept"  # not joined again


def test_a_remembered_text_is_given_back():
    doc = Doc(Vocab(), words=["Hi", "!"], spaces=[False, False])
    assert text_of(remember_text(doc, "Hi!")) == "Hi!"


def test_the_word_and_tag_lists_are_the_tokens_own_with_the_tag_fixes_in():
    nlp = nlp_loader.load(DEFAULT_MODEL)
    doc = nlp("Dr. Ada O’Neill met the Hollises’ son. “Fine,” she said.")
    assert lowers_of(doc) == [t.lower_ for t in doc]
    assert tags_of(doc) == [t.tag_ for t in doc]
    # tag_fixes ran inside nlp.pipe, before the lists were read: the possessive is POS
    assert tags_of(doc)[[t.text for t in doc].index("’")] == "POS"


def test_the_lists_are_built_once():
    doc = Doc(Vocab(), words=["Jane", "said"], spaces=[True, False])
    doc.user_data["wire_ingest.lowers"] = ["kept"]
    assert lowers_of(doc) == ["kept"]
