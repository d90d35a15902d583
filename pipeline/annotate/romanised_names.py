"""Korean and Chinese names romanised with a hyphened given name: "Oh Jae-kwang", "Park Ji-won",
"Tsai Ing-wen", "Cheung Ka-fai", with an English given name before it ("John Lee Ka-kui").

The small model cuts such a name at its hyphen ("Oh Jae" said), or leaves it untagged when a
syllable of it is an English word ("Heo Man-seok", "Nam Gi-cheol"), and every pronoun after it
then goes to someone else. The form is read here: a family name of one syllable, a space, the
given name's first syllable capitalised, a hyphen and its second syllable in lower case, no other
word joined on either side. A syllable is read by its spelling (up to three consonants, up to three
vowels, one of the finals romanised Korean and Chinese allow), not from a list of names: the
romanisations (Revised Romanization, McCune-Reischauer, Wade-Giles, Hong Kong's) spell the same
names many ways. English phrases of that form are rare and ruled out by what they are: a known
place ("Hong Kong-run"), a function word first ("The Sit-in"), or an English word for the last
piece that no given name ends with ("New Year-long").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.annotate import lexicons
from pipeline.annotate.organisations import is_known_place

_FORM = re.compile(r"(?<![\w’'-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,5})-([a-z]{1,6})(?![\w-])")
_SYLLABLE = re.compile(r"[bcdfghjklmnprstvwyz]{0,3}[aeiouwy]{1,3}(?:ng|rk|n|m|k|l|p|t|r|h)?")  # ("Park")
# The word right before a position (an English given name before a romanised name).
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]$")
# Words after a hyphen that make a compound of an English phrase ("a Hong Kong-run fund", "a
# New Year-long wait"), none of them the end of a romanised given name.
_ENGLISH_ENDINGS = frozenset({"run", "long", "up", "off", "out", "wide", "way", "day", "ray", "year", "op"})


def hyphened_given_names(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of each name of the form "Oh Jae-kwang" in ``text``, and of each
    later use of its family name alone ("Park was philosophical" after "Park Ji-won"), which
    stands first: the model reads that word as a place or nothing."""
    out: list[tuple[int, int]] = []
    if "-" not in text:
        return out
    families: dict[str, int] = {}
    for match in _FORM.finditer(text):
        family, given, second = match.groups()
        if second in _ENGLISH_ENDINGS or family.lower() in STOP_WORDS:
            continue
        if not all(_SYLLABLE.fullmatch(piece.lower()) for piece in (family, given, second)):
            continue
        if is_known_place(f"{family} {given}"):
            continue
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if (
            before is not None
            and lexicons.is_given_name(before.group(1))
            and not lexicons.is_title_word(before.group(1))
        ):
            start = before.start(1)  # an English given name first: "John Lee Ka-kui"
        out.append((start, match.end()))
        families.setdefault(family, match.end())
    for family, after in families.items():
        for match in re.finditer(rf"(?<![\w’'-]){family}(?![\w-])(?! [A-Z])", text[after:]):
            start = after + match.start()
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is None or not before.group(1)[:1].isupper():
                out.append((start, after + match.end()))  # (not "Central Park", "Park Avenue")
    return sorted(out)
