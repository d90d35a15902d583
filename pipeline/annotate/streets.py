"""Streets the model took for people: "Desert Inn Road", "E. Bruce Ave", "1480 Kessler Way".

The small model often tags a street's name PERSON (a given name and a surname-like word). Such a
"person" would be offered as a referent for "he" and "she" and give the dedup a false person
fact; ``streets_as_facilities`` types it FAC, as the gazetteer types the streets it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.annotate import lexicons
from pipeline.model import Entity

_HOUSE_NUMBER = re.compile(r"(?:\b\d+[A-Za-z]?|\bblock of)\s*$", re.IGNORECASE)
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A capitalised word right after a mention that ends its phrase (no capitalised word follows).
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b(?![ -][A-Z])")
# The name used as a modifier of "resident(s)": "a Kessler Lane resident".
_RESIDENT_AFTER = re.compile(r" residents?\b")
_COMPASS = frozenset({"N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW", "N", "S", "E", "W"})


def reads_as_street(entity: Entity, text: str, places: set[str]) -> bool:
    """A "person" whose name is a street's: it ends in a street suffix of USPS Publication 28
    (``lexicons/street_suffixes.tsv``) that is abbreviated ("Ave", "Rd") or no census surname
    ("Drive", "Road"; "Lane" and "Way" are surnames too), or opens with a compass point ("E. Bruce
    Ave"), or the story names it as a place elsewhere or after a house number or "block of"
    ("at 1480 Kessler Way"), or it is where residents live ("a Kessler Lane resident"), or the
    suffix follows a generation ("Jr.", "III") that ends a person's name; or a suffix written out
    follows the name the model cut short ("on Marvin Hale Jr. Place"; "on" alone is no sign: "the
    pressure on Dana Lane")."""
    words = entity.name.split()
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".")
    suffixes = lexicons.mapping("street_suffixes.tsv")
    if any(_cut_before_suffix(text, m.end, suffixes) for m in entity.mentions):
        return True  # "on Marvin Hale Jr. Place": the model's span stopped before the suffix
    if last.lower() not in suffixes or not last[:1].isupper():
        return False
    if suffixes[last.lower()] != last.lower() or not lexicons.is_surname(last) or words[0] in _COMPASS:
        return True
    if any(w.rstrip(".,").lower() in _GENERATIONS for w in words[1:-1]):
        return True  # "Authur Hale Jr. Place": nothing follows "Jr." in a person's name
    if entity.name in places:
        return True
    if any(_RESIDENT_AFTER.match(text, m.end) for m in entity.mentions):
        return True  # "a Kessler Lane resident": people live on a street, not in a person
    return any(_HOUSE_NUMBER.search(text[max(0, m.start - 16) : m.start]) for m in entity.mentions)


def _cut_before_suffix(text: str, end: int, suffixes: dict[str, str]) -> bool:
    """Whether a street suffix written out in full ("Place", "Street") follows a name's mention
    at ``end``, capitalised and ending its phrase: the name is the street's first words."""
    match = _NEXT_WORD.match(text[end : end + 20])
    return bool(match) and suffixes.get(match.group(1).lower()) == match.group(1).lower()


def streets_as_facilities(entities: Iterable[Entity], text: str) -> None:
    """Relabel FAC every PERSON entity of the story ``text`` whose name reads as a street."""
    entities = list(entities)
    places = {e.name for e in entities if e.label in ("FAC", "LOC", "GPE")}
    for entity in entities:
        if entity.label == "PERSON" and reads_as_street(entity, text, places):
            entity.label = "FAC"
