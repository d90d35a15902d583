"""``columns``: what the rules read of a Doc again and again (its text, its entities, every
token's word, lower-case word and tag), built once per Doc; and ``StoryIndex.quoted_tokens``, the
per-token list of ``in_quote``."""

from __future__ import annotations

import random
from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.columns import ents_of, lowers_of, remember_text, tags_of, text_of, words_of
from pipeline.annotate.mentions import StoryIndex


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
    assert words_of(doc) == [t.text for t in doc]
    assert [(e.start, e.end, e.label_) for e in ents_of(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert tags_of(doc) == [t.tag_ for t in doc]
    # tag_fixes ran inside nlp.pipe, before the lists were read: the possessive is POS
    assert tags_of(doc)[[t.text for t in doc].index("’")] == "POS"


def test_the_lists_are_built_once():
    doc = Doc(Vocab(), words=["Jane", "said"], spaces=[True, False])
    doc.user_data["wire_ingest.lowers"] = ["kept"]
    assert lowers_of(doc) == ["kept"]


def test_the_entities_are_listed_once():
    doc = Doc(Vocab(), words=["Jane", "said"], spaces=[True, False])
    doc.user_data["wire_ingest.ents"] = ("kept",)
    assert ents_of(doc) == ("kept",)


def _in_quote(quoted: list[tuple[int, int]], char: int) -> bool:
    index = SimpleNamespace(_quoted=quoted, _quoted_starts=[a for a, _ in quoted])
    return StoryIndex.in_quote(index, char)  # type: ignore[arg-type]


def test_the_quoted_token_list_agrees_with_in_quote_for_any_ranges():
    # overlapping ranges, ranges opening at the same mark, empty ones, tokens between
    rng = random.Random(3)
    for _ in range(300):
        starts = sorted(rng.sample(range(200), rng.randrange(1, 60)))
        quoted = sorted((a, a + rng.randrange(0, 40)) for a in (rng.randrange(200) for _ in range(rng.randrange(0, 6))))
        index = SimpleNamespace(token_starts=starts, _quoted=quoted)
        listed = StoryIndex._quoted_tokens(index)  # type: ignore[arg-type]
        assert listed == [_in_quote(quoted, s) for s in starts], (starts, quoted)
