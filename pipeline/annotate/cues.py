"""Reporting cues: the verbs and fixed phrases that introduce someone's words.

A cue is a reporting verb from ``lexicons/cue_verbs.txt`` in any of its inflected forms
("said", "tells", "tweeting"). Where the form is also a noun ("report", "calls", "note",
"claim"), it counts only where the tagger reads it as a verb. Beside the verbs, news copy
attributes with "according to X", "as X put it" and a dash before a name on the quote's line.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from pipeline.annotate import lexicons

DASHES = frozenset({"—", "–", "―", "--", "-"})


@functools.cache
def _noun_forms() -> frozenset[str]:
    """Cue forms that are also nouns ("report", "reports", "call", "note", "claims")."""
    from lemminflect import getAllInflections

    out = set()
    for form, lemma in lexicons.cue_forms().items():
        nouns = getAllInflections(lemma, upos="NOUN")
        if any(form in variants for variants in nouns.values()):
            out.add(form)
    return frozenset(out)


def is_cue_word(word: str) -> bool:
    """Whether ``word`` (any case) is a form of a reporting verb, whatever its tag."""
    return word.lower() in lexicons.cue_forms()


def is_cue(token: Token) -> bool:
    """Whether ``token`` is a reporting verb here (a noun-like form needs a verb tag)."""
    low = token.lower_
    if low not in lexicons.cue_forms():
        return False
    if low in _noun_forms() or token.text[:1].isupper() and token.i > 0 and not token.is_sent_start:
        return token.tag_.startswith("VB")
    return True


def cue_lemma(token: Token) -> str | None:
    return lexicons.cue_forms().get(token.lower_)
