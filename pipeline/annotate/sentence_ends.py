"""Where a story's sentences end: which full stops, "!" and "?" close a sentence, and which
belong to an abbreviated title ("Capt.", "Mr."), an initial ("J.") or a word inside a body's name
("Dept."). Found once per Doc and kept in its ``user_data``; every bounded look-up of the
attribution and focus rules (``mentions.StoryIndex.sentence_start`` and the rest) reads it. Split
from ``mentions.py``, whose story index builds on it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.columns import words_of

SENTENCE_END = frozenset({".", "!", "?"})


_INSIDE_NAMES = lexicons.words("abbreviations_inside_names.txt")
# Tags of words that open a sentence but never continue a name ("In", "The", "She", "But").
_CLOSED_CLASS = frozenset({"DT", "IN", "PRP", "PRP$", "CC", "WRB", "WDT", "WP", "EX"})


_ENDS = "wire_ingest.sentence_ends"


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a full stop, "!" or "?" that ends a sentence: not the full stop the
    tokenizer split from an abbreviated title ("Capt.", "Mr."), an initial ("J.") or a word inside
    an organisation's name ("Dept.", ``abbreviations_inside_names.txt``), unless a paragraph
    ends there. A title written in full ends its sentence: "… said the attorney."."""
    return i in sentence_ending_tokens(doc)


def sentence_ending_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of ``doc`` for which ``ends_sentence`` holds (quoted or not), found once per Doc
    and kept in its ``user_data``: the rules ask of the same tokens many times over (every
    ``sentence_start`` walks back token by token)."""
    ends = doc.user_data.get(_ENDS)
    if ends is None:
        words = words_of(doc)
        ends = doc.user_data[_ENDS] = frozenset(
            i
            for i, word in enumerate(words)
            if (word in SENTENCE_END or (len(word) > 2 and word.endswith("."))) and _ends_sentence(doc, i)
        )
    return ends


def _ends_sentence(doc: Doc, i: int) -> bool:
    """``ends_sentence`` of a token that is a full stop, "!", "?" or a word ending in a full stop."""
    token = doc[i]
    if token.text not in SENTENCE_END:
        # "… posted at 10 p.m. “I've done this …”": an abbreviation keeps its full stop, which
        # ends the sentence when a quotation opens right after it
        # ... and when a capitalised word that never continues a name follows it: "… made by
        # Atty. Gen. Marcus Hale Jr. In the court documents, prosecutors …"
        if not (any(ch.isalpha() for ch in token.text) and token.whitespace_ and i + 1 < len(doc)):
            return False  # (an ellipsis, or the text's end)
        nxt = doc[i + 1]
        if nxt.text[:1].isupper() and nxt.tag_ in _CLOSED_CLASS and len(token.text) > 2:
            return True
        return nxt.text in ("“", '"') and not nxt.whitespace_ and not lexicons.is_abbreviated_title(token.text)
    if token.text == "." and i > 0:
        before = doc[i - 1]
        paragraph_ends = i + 1 == len(doc) or "\n" in doc[i + 1].text
        if (
            not paragraph_ends
            and not before.whitespace_
            and (
                lexicons.is_abbreviated_title(before.text)
                or (len(before.text) == 1 and before.text.isupper())
                or before.lower_ in _INSIDE_NAMES
                or (before.lower_ == "no" and i + 1 < len(doc) and doc[i + 1].like_num)  # "the world No. 5"
            )
        ):
            return False
    return True
