"""Places the model missed, found in the sourced place lists.

The small model misses a country or town it reads in an unusual position ("beat the Ruritania
Islands 2-1", "Police in the town of Uyo", a shouted "ITALY - Bond futures ..."). The place
lists under ``lexicons/`` (countries and territories, US states, cities of 100,000 people or
more from GeoNames; provinces, states and counties from countryinfo) are matched over each body
by one matcher (``_PlaceNames``: what a ``PhraseMatcher`` on lower case finds) built once per
vocabulary; a match no entity covers becomes a place mention, unless it is part of a longer
capitalised name ("Kent State", "Derby County") or written in lower case ("nice", "reading"). Streets and named days are found the same way, by their
form: one or two capitalised proper nouns before a street word ("Wall Street", "Front Street"),
one before "Day" ("Remembrance Day"); a regular expression finds the candidates, which is
cheaper than a token ``Matcher`` testing every token (the entity rules' CPU a story fell by 0.3 ms).
"""

from __future__ import annotations

import re
import threading

import numpy as np
from spacy.attrs import LOWER
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.annotate import lexicons
from pipeline.annotate.columns import text_of
from pipeline.annotate.groups import Coverage
from pipeline.annotate.organisations import is_country

PLACE_LISTS = ("countries.txt", "countries_other_names.txt", "us_states.txt", "cities.txt", "regions.txt")
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_CALENDAR = lexicons.words("month_and_day_names.txt")
_STREET = "|".join(sorted(w.capitalize() for w in lexicons.words("street_words.txt")))
_NAMED_KIND = re.compile(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) ({_STREET}|Day)\b")
_matchers: dict[int, _PlaceNames] = {}
_lock = threading.Lock()


class _PlaceNames:
    """What ``PhraseMatcher(vocab, attr="LOWER")`` over the listed names finds, without building
    a ``Doc`` per name: each name is kept as the tuple of its tokens' lower-case string ids, and
    a doc's tokens are looked up by theirs (``Doc.to_array(LOWER)``).

    Building the matcher made a ``Doc`` of each of ~10,000 names, which creates a vocabulary
    entry (a lexeme, with its attributes) for each word the model had not seen: 0.6 s of CPU on
    each worker's first story. Here a name of letters and single spaces is split at its spaces,
    which is how the English tokenizer splits it unless a word is one of its special cases
    ("cannot"); only the others ("St. Louis", "Aix-en-Provence") go through the tokenizer.
    ``tests/annotate/test_gazetteer.py`` checks that it finds what the ``PhraseMatcher`` found.
    """

    def __init__(self, vocab: Vocab, names: list[str]) -> None:
        strings = vocab.strings
        special = English.Defaults.tokenizer_exceptions
        self.names: set[tuple[int, ...]] = set()
        rest = []
        for name in names:
            words = name.split(" ")
            if all(w.isalpha() and w not in special for w in words):
                self.names.add(tuple(strings.add(w.lower()) for w in words))
            else:
                rest.append(name)
        if rest:
            for doc in English(vocab=vocab).tokenizer.pipe(rest):
                if len(doc):
                    self.names.add(tuple(doc.to_array(LOWER).tolist()))
        # First token -> the lengths of the names that start with it.
        self.lengths: dict[int, list[int]] = {}
        for key in self.names:
            self.lengths.setdefault(key[0], []).append(len(key))
        for found in self.lengths.values():
            found.sort()
        self._firsts = np.array(sorted(self.lengths), dtype=np.uint64)  # (for ``searchsorted``)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(0, start, end) for every token span of ``doc`` that spells a name, any case."""
        keys = doc.to_array(LOWER)
        if not len(keys) or not len(self._firsts):
            return []
        # the tokens a listed name opens with, found by a binary search of all tokens at once
        at = np.minimum(np.searchsorted(self._firsts, keys), len(self._firsts) - 1)
        lower = keys.tolist()
        out = []
        for start in np.flatnonzero(self._firsts[at] == keys).tolist():
            for length in self.lengths[lower[start]]:
                end = start + length
                if end <= len(lower) and tuple(lower[start:end]) in self.names:
                    out.append((0, start, end))
        return out


def _matcher(vocab: Vocab) -> _PlaceNames:
    """One matcher per vocabulary (one per loaded model), built on first use."""
    with _lock:
        matcher = _matchers.get(id(vocab))
        if matcher is None:
            names = sorted({name for listed in PLACE_LISTS for name in lexicons.words(listed)})
            matcher = _PlaceNames(vocab, names)
            _matchers[id(vocab)] = matcher
        return matcher


def _named_kinds(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) tokens -> "STREET" or "DAY" for one or two capitalised proper nouns before a
    street word ("Wall Street") or one before "Day" ("Remembrance Day"), no month or weekday.
    A regular expression over the text finds the candidates; the tags are checked on them only."""
    out: dict[tuple[int, int], str] = {}
    for match in _NAMED_KIND.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or not all(t.tag_ in _NAME_TAGS for t in span[:-1]):
            continue
        if match.group(2) == "Day":
            if len(span) == 2 and span[0].lower_ not in _CALENDAR:
                out[(span.start, span.end)] = "DAY"
        else:
            out[(span.start, span.end)] = "STREET"
    return out


def _written_as_name(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words if len(w) > 3 or w[:1].isupper())


def place_mentions(doc: Doc, covered: Coverage) -> list[tuple[str, int, int, str]]:
    """(text, start, end, label) for each listed place ("GPE"), street ("FAC", "Wall Street")
    and named day ("EVENT") in ``doc`` that ``covered`` does not touch, longest match first."""
    out: list[tuple[str, int, int, str]] = []
    kinds = _named_kinds(doc)
    matches = sorted([*_matcher(doc.vocab)(doc), *((0, s, e) for s, e in kinds)], key=lambda m: (m[1], -m[2]))
    taken = Coverage(len(doc))
    for _, start, end in matches:
        span = doc[start:end]
        if taken.overlaps(start, end) or covered.overlaps(span.start_char, span.end_char):
            continue
        if not _written_as_name(span.text) or not any(t.tag_ in _NAME_TAGS for t in span):
            continue
        if span.text.isupper() and not is_country(span.text):
            continue  # a shouted "CENTRAL DIVISION" heading; "ITALY - Bond futures" is a country
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and not before.is_sent_start and before.tag_ in _NAME_TAGS and before.is_title:
            continue  # part of a longer name
        if after is not None and after.tag_ in _NAME_TAGS and after.text[:1].isupper():
            continue
        taken.add(start, end)
        label = {"STREET": "FAC", "DAY": "EVENT"}.get(kinds.get((start, end), ""), "GPE")
        out.append((span.text, span.start_char, span.end_char, label))
    return out
