"""People the model typed as organisations or places, found by how they speak.

The small model types some people's names as organisations, places or peoples ("Saunders" ORG,
"Tejata" GPE, "Ketsoyan" NORP), most often names it has not seen. An organisation or a place
does not say "I": when a quotation in the first person singular is attributed to an entity right
next to it ("“I was standing right there,” Boulden said." / "said Boulden"), the entity is a
person; so is a name opening on a census given name ("Chad Vessey") with any quotation beside
it. Only a name standing alone beside its cue counts: "a spokesman for Acme said" speaks for
Acme in the spokesman's "I", and a name with an organisation's or a place's word ("Colleton
Medical", "Washington DC") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.annotate import lexicons
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.model import Entity, Quote

_RETYPED = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})
# "I", "my", "me" and the contracted "I'm", "I've", "I'll", "I'd", outside a nested quotation.
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I['’](?:m|ve|ll|d))\b")
_NESTED = re.compile(r"[‘'][^‘’']*[’']")
_CUES = r"(?:said|says|told|added|explained|recalled|continued|recounted)"
# A lone surname's labels, as a speaker: a person the NER missed, or one it typed otherwise; not a
# people ("Americans" is no one's surname).
_LONE_SPEAKERS = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})


def retype_speaking_persons(text: str, quotes: Iterable[Quote], entities: list[Entity]) -> None:
    """Set to PERSON the label of each entity that a first-person quotation right beside its
    name is attributed to, or any quotation when the name opens on a census given name (in
    place)."""
    by_name = {e.name: e for e in entities if e.label in _RETYPED}
    if not by_name:
        return
    for quote in quotes:
        entity = by_name.get(quote.speaker or "")
        if entity is None or quote.kind != "full":
            continue
        if _FIRST_PERSON.search(_NESTED.sub(" ", quote.text)):
            if _looks_like_a_place_or_body(entity.name):
                continue
        elif not _given_name_first(entity.name):
            continue
        after = text[quote.end : quote.end + 80]
        if any(_beside(after, m.text) for m in entity.mentions):
            entity.label = "PERSON"


def speakers_named_in_full(quotes: list[Quote], entities: list[Entity], new: Iterable[Entity]) -> None:
    """ "LeBron Jaymes scored 31 points. “…,” Jaymes said." with the full name typed as an
    organisation and the lone surname made a speaker by its cue, either a person the NER missed
    (``new``) or itself typed as an organisation: the surname is the one full name's that ends
    with it, and that name is a person's. Its mentions join the full name's, and the quotations
    are the full name's (in place)."""
    missed = {e.name for e in new}
    for name in {q.speaker for q in quotes if q.speaker and " " not in q.speaker}:
        lone = next((e for e in entities if e.name == name), None)
        if lone is None or (lone.label == "PERSON" and name not in missed) or lone.label not in _LONE_SPEAKERS:
            continue
        fuller = [
            e
            for e in entities
            if e.label in _RETYPED
            and 2 <= len(e.name.split()) <= 3
            and e.name.split()[-1] == name
            and _may_be_a_given_name(e.name.split()[0])
            and not _looks_like_a_place_or_body(e.name)
        ]
        if len(fuller) != 1 or (lone.label != "PERSON" and _looks_like_a_place_or_body(name)):
            continue
        full = fuller[0]
        full.label = "PERSON"
        full.mentions = sorted(full.mentions + lone.mentions, key=lambda m: m.start)
        entities.remove(lone)
        for quote in quotes:
            if quote.speaker == name:
                quote.speaker = full.name


def _may_be_a_given_name(word: str) -> bool:
    """A census given name, a word rare in English ("Kieshah") or one with a capital inside
    ("LeBron", "DeShawn"); not a common word ("Sun Sentinel", "National …")."""
    return lexicons.is_given_name(word) or lexicons.is_rare_word(word) or word[1:] != word[1:].lower()


def _beside(after: str, name: str) -> bool:
    """Whether ``after`` (the text from a quotation's end) is its closing mark, then ``name`` and
    a cue or a cue and ``name``: "”, Boulden said", "” said Boulden"."""
    name = re.escape(name)
    pattern = rf"^[,.!?]?\s*[”\"’']\s*,?\s*(?:{name}\s+{_CUES}|{_CUES}\s+{name})\b"
    return re.match(pattern, after) is not None


def _given_name_first(name: str) -> bool:
    """ "Chad Vessey", "Marla Quint": two or three words, the first a census given name, and
    nothing of a place's or a body's name but that first word, which may also be a country's
    ("Chad"); such a name speaking with a cue beside it is a person whatever they say."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and lexicons.is_given_name(words[0])
        and not _looks_like_a_place_or_body(name, given_name_first=True)
    )


def _looks_like_a_place_or_body(name: str, *, given_name_first: bool = False) -> bool:
    """Whether ``name`` has a word of a body's name or a people, or is or has a known place
    (with ``given_name_first``, the first word may be one: "Chad Vessey")."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return True
    if any(lexicons.heads_a_name(w.strip(".")) or w in DEMONYMS for w in words):
        return True
    return is_known_place(name) or any(is_known_place(w) for w in (words[1:] if given_name_first else words))
