"""What the rules read of a spaCy ``Doc`` again and again, computed once per Doc and kept in its
``user_data``: the text, the entities, and every token's word, lower-case word and tag as plain
lists.

spaCy makes a new ``Token`` object each time a token is asked for, and joins every token each
time a Doc's text is asked for; the rules scan whole stories for a few words many times over. A
scan reads these lists first and asks spaCy only for the tokens that pass its test."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH, TAG
from spacy.tokens import Doc, Span

_TEXT = "wire_ingest.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token each time it is asked for it
    (~0.4 ms for a story), and the entity and quote rules ask for a story's text several times."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_LOWERS = "wire_ingest.lowers"


def lowers_of(doc: Doc) -> list[str]:
    """Every token's lower-case text, listed once per Doc. The rules scan whole stories for a few
    words (a comma before an age, a role before a name, a full stop): reading a list costs a
    fraction of what spaCy spends making a ``Token`` for each word it is asked for, so a scan
    tests the word here first and asks spaCy only for the tokens that pass."""
    return _strings(doc, _LOWERS, LOWER)


_TAGS = "wire_ingest.tags"


def tags_of(doc: Doc) -> list[str]:
    """Every token's fine-grained tag, listed once per Doc (as ``lowers_of``); read after the
    whole ``nlp.pipe`` pass, so ``tag_fixes``' corrections are in it."""
    return _strings(doc, _TAGS, TAG)


_ENTS = "wire_ingest.ents"


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc: spaCy makes a new ``Span`` for every entity each time
    they are asked for, and the rules ask for a story's entities several times. Read after the
    whole ``nlp.pipe`` pass, so ``entity_fixes``' corrections are in it (no rule sets entities)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


_WORDS = "wire_ingest.words"


def words_of(doc: Doc) -> list[str]:
    """Every token's text, listed once per Doc (as ``lowers_of``)."""
    return _strings(doc, _WORDS, ORTH)


def _strings(doc: Doc, key: str, attr: int) -> list[str]:
    """Every token's ``attr`` (a string attribute: ``LOWER``, ``TAG``, ``ORTH``) as a list, built
    once per Doc and kept in its ``user_data`` under ``key``."""
    values = doc.user_data.get(key)
    if values is None:
        strings = doc.vocab.strings
        values = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return values


def remember_text(doc: Doc, text: str) -> Doc:
    """Let ``text_of`` answer with ``text``, the string ``doc`` was made from (a Doc's text is
    always the string it was made from)."""
    doc.user_data[_TEXT] = text
    return doc
