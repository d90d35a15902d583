"""Police forces and the bodies of places, resolved by the discourse focus: "Kansas City police
said", "police said" (the one force the story named), "Damascus radio said", "the Russian
government said", "the foreign ministry of Velmoria".

``PlaceBodyRules`` is the part of ``focus_organisations.OrganisationRules`` (and so of
``focus.DiscourseFocus``) that names such a body by the place the phrase opens with: the
organisation the story named for it ("the Phoenix Police Department"), else one referent per
phrase, which ``speaker_entities.py`` makes an entity when it speaks. Split from
``focus_organisations`` (which organisation a noun or a voice means), which builds on it; it reads
the pass's state, so it is a mixin of the pass.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.referents import Referent
from pipeline.model import Entity

# A body of a place or a people is named by the phrase: "Damascus radio", "Iranian state
# television", "the Russian government" (place_bodies.txt). The words allowed between the place
# and the noun say whose it is.
PLACE_BODY_NOUNS = lexicons.words("place_bodies.txt")
_BODY_OF_PLACE_WORDS = frozenset(
    {
        "state",
        "state-run",
        "run",
        "-",
        "official",
        "public",
        "national",
        "military",
        "transitional",
        "interim",
        "federal",
    }
)


def name_words(name: str | None) -> list[str]:
    """The lower-case words of an organisation's name, without dots and possessive endings."""
    return [w.strip(".,") for w in (name or "").lower().replace("'s", "").replace("’s", "").replace(".", "").split()]


class PlaceBodyRules:
    """A place's police or other body; mixed into ``focus.DiscourseFocus`` (through
    ``OrganisationRules``), whose state it reads."""

    _no_force: Referent | None = None  # the police of a story that names no force

    def _police(self, i: int, start: int, tokens: list[Token]) -> None:
        """ "Kansas City police" (a place's force, whatever label the NER gave the place; a later
        "police" continues it), "the police" (the one force the story named, in focus); not
        "state police" or "transit police", which are some other force."""
        place = None
        for token in tokens[:-1]:
            hit = self.index.entity_at.get(token.i)
            if hit is not None and (hit[0].label != "PERSON" or len(hit[0].name.split()) == 1):
                place = hit[0]  # (a one-word "person" is a town the NER misread: "Jefferson police")
            elif token.tag_ not in ("DT", "POS"):
                return
        if place is not None and "police" in name_words(place.name):
            principal: Referent | None = self._referent_of(place)
        elif place is not None:
            principal = self._police_of(place.name)
        else:
            # (no force named: "Police said …" is still a body in focus, whose "a spokeswoman said"
            # after it is no person named before)
            principal = self._force_in_focus() or self._police_unnamed()
        self._spoken_for(i, start, principal)

    def _body_of_place(self, start: int, i: int) -> Referent | None:
        """ "Damascus radio said", "Iranian state television said", "the Russian government said"
        (the noun at ``i``, its phrase from ``start``): the body of the place or people the phrase
        opens with, an organisation named by the phrase as the story writes it
        (``speaker_entities.py`` makes it an entity when it speaks); None without a place or a
        people before the noun."""
        doc = self.doc
        k = start
        while k < i and doc[k].lower_ in ("the", "official"):
            k += 1
        hit = self.index.entity_at.get(doc[k].i) if k < i else None
        # (a ministry's portfolio may stand between: "the Russian foreign ministry")
        ministry = doc[i].lower_ == "ministry"

        def plain(words: range) -> bool:
            return all(doc[j].lower_ in _BODY_OF_PLACE_WORDS or (ministry and doc[j].is_lower) for j in words)

        if hit is not None and hit[0].label in ("GPE", "NORP", "LOC"):
            end = k
            while end < i and self.index.entity_at.get(doc[end].i, (None,))[0] is hit[0]:
                end += 1
            if end < i and doc[end].tag_ == "POS":  # "Varkhan's foreign ministry": "Varkhan foreign ministry"
                if not plain(range(end + 1, i)):
                    return None
                key = " ".join([hit[0].name, *doc[end + 1 : i + 1].text.split()])
            elif plain(range(end, i)):
                key = " ".join(doc[k : i + 1].text.split())
            else:
                return None
        elif hit is None and (place := self._place_after_of(i)) is not None and plain(range(k, i)):
            key = " ".join([place.name, *doc[k : i + 1].text.split()])  # "the foreign ministry of Velmoria"
        else:
            return None
        for entity in self.index.by_name.values():
            if entity.label == "ORG" and entity.name.lower() == key.lower():
                return self._referent_of(entity)  # "Damascus radio" after "state-run Damascus Radio"
        return self._named_by_phrase(key)

    def _place_after_of(self, i: int) -> Entity | None:
        """The place or people named after "of" right after the noun at ``i`` ("the army of
        Mirandia"), or None."""
        doc = self.doc
        k = i + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "of":
            return None
        k += 2 if doc[k + 1].lower_ == "the" else 1
        hit = self.index.entity_at.get(k) if k < len(doc) else None
        return hit[0] if hit is not None and hit[0].label in ("GPE", "NORP", "LOC") and hit[1] == doc[k].idx else None

    def _police_of(self, place: str) -> Referent:
        """The police force of a place the story named: its organisation if the story named one
        ("the Kansas City Police Department"), the one in focus first, else a referent named
        "<place> police" (``speaker_entities.py`` makes it an entity when it speaks)."""
        for _, _, referent in self._candidates(lambda r: r.kind == "group" and r.label == "ORG"):
            words = name_words(referent.name)
            if "police" in words and (referent.name or "").lower().startswith(place.lower()):
                return referent
        for entity in self.index.by_name.values():
            # "the Phoenix Police Department", named anywhere in the story, out of focus or not
            words = name_words(entity.name)
            if entity.label == "ORG" and "police" in words and entity.name.lower().startswith(place.lower()):
                return self._referent_of(entity)
        return self._named_by_phrase(f"{place} police")

    def _named_by_phrase(self, key: str) -> Referent:
        """The organisation the story names only by a phrase ("Kansas City police", "Damascus
        radio"), one referent per phrase; ``speaker_entities.py`` makes it an entity when it speaks."""
        if key not in self._of_entity:
            self._of_entity[key] = Referent(key, "group", None, "ORG")
        return self._of_entity[key]

    def _police_unnamed(self) -> Referent:
        """The police of a story that names no force ("Police said …"): one body, no name."""
        if self._no_force is None:
            self._no_force = Referent(None, "group", None, "ORG", head="police")
        return self._no_force

    def _the_force(self, i: int) -> None:
        """ "the force said" (British and Irish copy's second reference to a police force): the
        force in focus speaks, as for a bare "police said"; with none, the noun is left alone
        ("the force of the blast" names no body)."""
        found = self._force_in_focus()
        if found is None:
            return
        self._at[i] = found
        if self._verb_follows(i + 1):
            self._mention(found, self._subject_role(i), i)

    def _force_in_focus(self) -> Referent | None:
        """ "police said": the police force the story named, while in focus; where it named two
        ("officers from the Elm City and Oak Falls police departments"), either may be meant."""
        forces = [
            r
            for r in self._of_entity.values()
            if r.kind == "group" and r.label == "ORG" and "police" in name_words(r.name)
        ]
        # "Eagan police" and "the Eagan Police Department" are one force: the fuller name stays.
        named = [r.name or "" for r in forces]
        forces = [
            r
            for r in forces
            if not (
                (r.name or "").endswith(" police")
                and any(n != r.name and n.startswith(r.name.removesuffix("police")) for n in named)
            )
        ]
        if len(forces) != 1:
            return None
        return forces[0] if self._candidates(lambda r: r is forces[0]) else None
