"""Titles a story shortens to their initials: "Upazila Nirbahi Officer (UNO) Tariqul Khan … the UNO
said", "Deputy Inspector General Imran Awan … the DIG said", "The Vice-Chancellor of the university,
Professor Shamsad Rahman, … the VC said".

South Asian and British copy writes an office by its initials once the story has given it in full
before a name, or in brackets after it; the model reads "the UNO" as an organisation. A later
"the" and those capitals are that person, as "the superintendent" would be. Read from the tagged
``Doc`` around each person's mention; no parse, no list: the initials are the title's own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.model import Entity

# How far before a name a title is read, in tokens ("Sambrial Station House Officer (SHO)
# Inspector"): a title of a few words, its bracketed initials, and a rank after them.
_REACH = 10
# Lower-case words a title keeps inside it ("Minister of State for Home", "officer-in-charge").
_SMALL = frozenset({"of", "for", "and", "-", "in"})


def title_acronyms(doc: Doc, entity_at: dict[int, tuple[Entity, int]]) -> dict[str, Entity]:
    """Initials (upper case, two to five letters) -> the person whose title they spell, for each
    title the story gives right before a person's name or set beside it ("The Vice-Chancellor of
    the university, Professor Ann Roe,"); initials two people's titles spell map to no one."""
    found: dict[str, Entity] = {}
    clashes: set[str] = set()
    for i, (entity, start) in entity_at.items():
        if entity.label != "PERSON" or doc[i].idx != start:
            continue  # (the first token of each person's mention)
        for initials in _titles_before(doc, i, entity_at):
            if found.get(initials, entity) is not entity:
                clashes.add(initials)
            found[initials] = entity
    return {k: v for k, v in found.items() if k not in clashes}


def _titles_before(doc: Doc, i: int, entity_at: dict) -> set[str]:
    """The initials of the title before the name at token ``i``: bracketed ones ("(UNO)"), and
    those its capitalised words spell ("Deputy Inspector General"), with or without the rank or
    honorific right before the name ("Professor", "Dr")."""
    out: set[str] = set()
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].is_title and doc[k].tag_ == "NNP" and not _a_person(entity_at, k):
        k -= 1  # the capitalised words right before the name
    near = [t.text for t in doc[k + 1 : i]]
    if k >= 0 and doc[k].text == ",":
        k = _before_apposition(doc, k)  # "The Vice-Chancellor of the university, Professor …"
        if k is None:
            return out
        near = []
    closing = k >= 2 and doc[k].text == ")"
    opening = next((j for j in range(k - 2, max(-1, k - 6), -1) if doc[j].text == "("), None) if closing else None
    if opening is not None:
        bracketed = doc[k - 1].text
        if opening == k - 2 and bracketed.isupper() and bracketed.isalpha() and 2 <= len(bracketed) <= 5:
            out.add(bracketed)  # "Upazila Nirbahi Officer (UNO) Tariqul Khan"
        k = opening - 1  # (or a remit in brackets: "Deputy Commissioner of Police (North-East)")
        near = []
    words: list[str] = []
    # (the model may read the title as a body's name: "Deputy Inspector General" as one)
    while k >= 0 and i - k <= _REACH and not _a_person(entity_at, k):
        token = doc[k]
        if token.is_title and token.is_alpha and token.tag_ != "DT":
            words.insert(0, token.text)
        elif token.lower_ not in _SMALL or not (words or near):
            break
        k -= 1
    words += near
    for drop in range(min(3, len(near) + 1)):
        # (and without a place before the title: "Virudhunagar Superintendent of Police" -> SP)
        for first in range(min(2, len(words) - 1)):
            letters = "".join(w[0] for w in words[first : len(words) - drop] if w[:1].isupper())
            if 2 <= len(letters) <= 5:
                out.add(letters)  # "Deputy Inspector General" -> DIG; "Vice-Chancellor" -> VC
    return out


def _before_apposition(doc: Doc, comma: int) -> int | None:
    """The last token of a title that opens its sentence as "The X of the Y," before the comma at
    ``comma`` (the name set beside it follows): the token before "of", else None."""
    k = comma - 1
    while k > 0 and comma - k <= 6 and doc[k].lower_ != "of":
        k -= 1
    if k <= 0 or doc[k].lower_ != "of" or not doc[k - 1].is_title:
        return None
    return k - 1


def _a_person(entity_at: dict, k: int) -> bool:
    """Whether token ``k`` is in a person's name (another's: the title ends there)."""
    hit = entity_at.get(k)
    return hit is not None and hit[0].label == "PERSON"
