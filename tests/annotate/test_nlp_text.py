"""``nlp.text_of``: a Doc's text, built once (the rules ask for it several times a story)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.annotate.nlp import remember_text, text_of


def test_the_text_is_the_docs_and_is_built_once():
    doc = Doc(Vocab(), words=["Jane", "Roe", "said", "so", "."], spaces=[True, True, True, False, False])
    assert text_of(doc) == doc.text == "Jane Roe said so."
    doc.user_data["wire_ingest.text"] = "kept"
    assert text_of(doc) == "kept"  # not joined again


def test_a_remembered_text_is_given_back():
    doc = Doc(Vocab(), words=["Hi", "!"], spaces=[False, False])
    assert text_of(remember_text(doc, "Hi!")) == "Hi!"
