"""Workarounds for tags the small English model misreads, as a pipeline component.

The attribution rules read the tagger's fine-grained tags. Where the model reliably mistags a
construction that the rules depend on, the tag is set right here, after the tagger, rather than
each rule learning the model's mistake. Only ``Token.tag_`` changes; the text, the tokens and
the entities stay as the model made them.

- A curly apostrophe after a word ending in "s" ("Myers’ mother", "the Smiths’ house") is
  tagged as a closing quotation mark (``''``) where the straight one is a possessive (``POS``):
  the rules then read "Myers’ mother, Glenna Hobart said" as Myers speaking. It is set to
  ``POS`` unless a single quotation opened before it in the paragraph is still open (then it
  closes that quotation: "called it ‘a waste of dollars’ and left").
- A surname with an apostrophe ("O’Neill", "D'Amato") is tagged as an adverb or a plural
  noun; it is set to ``NNP``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate.columns import lowers_of, text_of

COMPONENT = "wire_ingest_tag_fixes"
_SURNAME = r"[OD]['’][A-Z][a-z]+"  # "O’Neill", "D'Amato"
_APOSTROPHE_SURNAME = re.compile(_SURNAME)
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
# How far back a still-open single quotation is looked for: a paragraph of news copy.
_LOOK_BACK = 600


@Language.component(COMPONENT)
def fix_tags(doc: Doc) -> Doc:
    # Only a token with an apostrophe can need a fix. Its words are read from the list the rules
    # read later (``lowers_of``): building the Doc's text here would cost more than the fixes.
    for i, word in enumerate(lowers_of(doc)):
        if "’" not in word and "'" not in word:
            continue
        token = doc[i]
        if token.text != "’":
            if _APOSTROPHE_SURNAME.fullmatch(token.text):
                token.tag_ = "NNP"
            continue
        if token.tag_ != "''" or i == 0 or i + 1 >= len(doc):
            continue
        owner, after = doc[i - 1], doc[i + 1]
        if owner.whitespace_ or not token.whitespace_ or not after.is_alpha:
            continue
        if owner.tag_ not in _NOUN_TAGS or owner.text[-1:] not in ("s", "S"):
            continue
        if _single_quotation_open(text_of(doc), token.idx):
            continue
        token.tag_ = "POS"
    return doc


def _single_quotation_open(text: str, char: int) -> bool:
    """Whether a ‘ opened before ``char`` in its paragraph with no ’ after it that could close it
    (an apostrophe inside a word, "don’t", closes nothing)."""
    lo = max(text.rfind("\n", 0, char), char - _LOOK_BACK, 0)
    opened = text.rfind("‘", lo, char)
    if opened == -1:
        return False
    for k in range(opened + 1, char):
        if text[k] == "’" and not (text[k - 1].isalpha() and k + 1 < len(text) and text[k + 1].isalpha()):
            return False
    return True
