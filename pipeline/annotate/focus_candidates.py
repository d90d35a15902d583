"""Which person in focus a description of a person may mean: "the senator" is the person in
clear focus unless something the story said contradicts it (another office, another party, a
spokesperson's role, another country or state); "the GOP nominee" is, of those in focus, the one
the story tied to the Republicans.

``PersonFitRules`` is the part of ``focus.DiscourseFocus`` that ``DescriptionRules`` asks when a
description names no one the story tied its words to. It reads the pass's state (the referents in
focus, the ties the story index made), so it is a mixin of the pass.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.annotate import lexicons
from pipeline.annotate.mentions import country_key
from pipeline.annotate.referents import CLEAR_LEAD, Referent
from pipeline.annotate.ties import rank_in

# The nouns of spokes_nouns.txt for a person who speaks for someone ("spokeswoman"), not for a
# body that does ("campaign", "office").
_SPOKESPEOPLE = frozenset(w for w in lexicons.words("spokes_nouns") if w.startswith("spokes"))
# The nouns that may describe a spokesperson again ("the spokesman", "the aide", "the official").
_FOR_A_SPOKESPERSON = lexicons.spokespeople_nouns()


# Relations ("mother", "widow"): a gendered one names no one whose gender is unknown.
_KIN = lexicons.words("kin_nouns")
# What a private person is: a relative, or an everyday noun for someone ("a neighbor").
_PRIVATE_NOUNS = _KIN | lexicons.words("everyday_person_nouns")
_VICTIM_NOUNS = lexicons.words("victim_nouns")

# "the Texan", "the Vermonter": a state's people word names the state (its first four letters).
_STATE_PEOPLES = frozenset(w.lower() for w in lexicons.words("us_state_demonyms.txt"))


class PersonFitRules:
    """Whom in focus a description of a person fits; mixed into ``focus.DiscourseFocus``."""

    def _person_in_focus(
        self,
        word: str,
        modifiers: list[str],
        owner: Referent | None,
        *,
        by_group: bool = False,
        other_than: Referent | None = None,
        subject: Referent | None = None,
        named: frozenset[str] = frozenset(),
        gender: str | None = None,
    ) -> Referent | None:
        """ "the senator", "the Nigerian president": the person in clear focus, if nothing contradicts.
        With ``by_group`` the description is a party or people word ("the Democrat", "the Texan"),
        which copy uses for someone it has introduced as a public figure, not for a victim.
        ``other_than``: someone it cannot be (the speaker a reply answers), nor ``subject``, the
        subject of the sentence the description stands in as no subject; ``named``: nor anyone
        named in the quotation the description says ("“Hendricks will lose,” the Democrat said");
        ``gender``: the one a reflexive after it tells ("the nominee himself"), if the noun does not."""
        gender = lexicons.noun_gender(word) or gender
        index = self.index
        # (a party word the model tags as a people, "Republican", is the party test's: no people, no place)
        placing = [m for m in modifiers if lexicons.party_of(m) is None]
        peoples = {country_key(m) for m in placing if m.lower().strip(".") in index._nationality_words}
        places = {country_key(m) for m in placing if m.lower().strip(".") in index._country_words} - peoples
        if by_group and word in _STATE_PEOPLES:
            places.add(country_key(word))  # "the Texan": of those in focus, the one tied to Texas
        ranked = rank_in(modifiers)
        party = lexicons.party_of(word) if by_group else None
        if party is None:
            # "the GOP nominee", "the Democratic senator": the party a modifier names
            party = next((found for m in modifiers if (found := lexicons.party_of(m)) is not None), None)
        occupation = lexicons.occupation_of(word)
        titled = lexicons.is_title_word(word)
        # "the council member": a two-word office read as one ("councilmember")
        office_word = next((m.lower() + word for m in modifiers[-1:] if lexicons.office_of(m.lower() + word)), word)
        # "the minority leader": not the one the story called the majority leader
        _, opposites = lexicons.title_sides(modifiers)
        elected = lexicons.public_office_of(office_word) is not None

        def fits(r: Referent) -> bool:
            if r.kind != "person" or r is owner or r is other_than or r is subject or r.name in named:
                return False
            if gender and r.gender != gender and r.name is not None and (r.gender is not None or word in _KIN):
                # "the spokeswoman" is not the story's Walter; "the victim's mother" is not a name in
                # focus whose gender is unknown. A role that tells a gender may be a name whose
                # gender the census tables do not tell ("Tulsi Reyes … the congresswoman said").
                return False
            if r.name is None:
                return r.head == word
            if ranked is None and any(tied.endswith(f" {word}") for tied in index.ties.get(r.name, ())):
                return False  # "the president" is not the vice president, nor the former one
            if owner is not None and self._serves_otherwise(r.name, owner, word):
                return False  # "Brennan's campaign manager" is not Brennan spokeswoman Hope Walsh
            if ranked is None and self._holds_another_office(r.name, office_word):
                return False  # "the governor" is not Sen. Amy Ruiz
            if elected and self._private_person(r.name, office_word):
                return False  # "the president" is not "His wife, Eleanor," nor a neighbor the story named
            if opposites & index.ties.get(r.name, set()):
                return False  # "the minority leader" is not Majority Leader Walt Hines
            if party is not None and self._tied_to_another(r.name, party, lexicons.party_of):
                return False  # "the Democrat" is not the Republican nominee
            if occupation is not None and self._tied_to_another(r.name, occupation, lexicons.occupation_of):
                return False  # "the quarterback" is not the anchor the story named
            if word in _VICTIM_NOUNS and index.tied_keys(r.name, lexicons.office_of):
                return False  # "the victim told officers" is not Sgt. Mike Alvarez, who reports the case
            if (titled or by_group or word not in _FOR_A_SPOKESPERSON) and self._speaks_for_another(r.name, word):
                # "the former secretary of state", "the Wisconsin Republican", "the nominee": not a
                # spokesman (the principal he answers for, or someone the story has not named)
                return False
            own = index.nationalities(r.name)
            if peoples and own and not (peoples & own):
                return False  # "the Nigerian president" is not the Kenyan one
            # nor "the Kentucky senator" the one the story placed in Nevada ("Sen. Maria Ochoa of
            # Nevada"); a party word the model tags as a people ("Republican") places no one
            home = index.places_of(r.name)
            return not (places and home and not (places & home))

        found = self._candidates(fits, gender=gender)
        if ranked is not None and titled:
            # "the former secretary of state", with no one the story called that: someone who now
            # holds an office may have held that one too, but one who holds none the story told is
            # likelier (Rep. Brandt, named last, is not whom it means with the nominee in focus)
            free = [c for c in found if c[2].name is None or not index.tied_keys(c[2].name, lexicons.office_of)]
            found = free or found
        placed = [c for c in found if c[2].name is not None and (places | peoples) & index.nationalities(c[2].name)]
        if placed:
            # "the Virginia Democrat": of those in focus, the one the story tied to Virginia; "the
            # Kestorian minister": the one it called Kestorian ("her Kestorian counterpart")
            found = placed
        if party is not None:
            partisan = [
                c for c in found if c[2].name is not None and party in index.tied_keys(c[2].name, lexicons.party_of)
            ]
            if partisan:
                found = partisan  # "the GOP nominee": of the nominees in focus, the one the story called a Republican
            elif by_group:
                # "the California Democrat", with no one tied to the party: of those in focus, one
                # who holds an office (Sen. Josephine Aldana, not the nominee she has doubts about)
                officed = [c for c in found if c[2].name is not None and index.tied_keys(c[2].name, lexicons.office_of)]
                found = officed or found
        # (the same name twice, as a person and as the principal a spokesman spoke for, is no rival)
        rivals = [c for c in found[1:] if c[2].name is None or c[2].name != found[0][2].name] if found else []
        if not found or (rivals and found[0][0] < CLEAR_LEAD * rivals[0][0]):
            return None
        best = found[0][2]
        if gender is not None and best.gender is None and best.name is not None:
            best.gender = gender  # "the congresswoman": she, from now on
        # (an elected office, or a title with its rank, "the former secretary", describes a
        # public figure)
        public = lexicons.public_office_of(office_word) is not None or (ranked is not None and titled)
        if best.name is not None and not best.agent and not by_group and party is None and not public:
            # "the clerk said" after a victim the story named only as one things were done to
            # ("was shot", "was taken"): someone else, unless the description says what the story
            # said of them ("the 41-year-old mother"); a party in it ("the Democratic nominee")
            # describes a public figure, as a party word alone does, and so does an elected office
            # ("Voters have heard a lot from Ruth Ames. … the former senator said")
            ages = {m for m in modifiers if m.isdigit()} & index.ages.get(best.name, set())
            if not ages and not (peoples & index.nationalities(best.name)):
                return None
        return best

    def _staffer_in_focus(self) -> Referent | None:
        """The person in clear focus whom the story tied to a role held for someone else ("Ari
        Penn, Mallory's chief of staff,", "Mallory spokesman Ari Penn"): whom "the aide" means."""
        return self._in_clear_focus(
            lambda r: r.kind == "person" and r.name is not None and self._serves_someone(r.name)
        )

    def _holds_another_office(self, name: str, word: str) -> bool:
        """Whether the story titled ``name`` with an office other than the one ``word`` names
        (``lexicons.office_of``): Sen. Amy Ruiz is not "the governor", Rep. Carla Mendes is "the
        congresswoman". Ranked titles ("former governor") are left to the rank test."""
        office = lexicons.office_of(word)
        if office is None:
            # "the lawmaker": a senator or a representative, not the governor the story titled
            held = self.index.tied_keys(name, lexicons.office_of)
            return bool(held) and bool(kinds := lexicons.offices_of_kind(word)) and not held & set(kinds)
        return self._tied_to_another(name, office, lexicons.office_of)

    def _private_person(self, name: str, office_word: str) -> bool:
        """Whether the story tied ``name`` only to what a private person is, a relative or an
        everyday noun ("His wife, Eleanor,", "a neighbor, Ann Roe,"), and to no office: not
        whom a public office's description ("the president") means."""
        ties = self.index.ties.get(name, set())
        return bool(ties & _PRIVATE_NOUNS) and not self.index.tied_keys(name, lexicons.office_of)

    def _tied_to_another(self, name: str, wanted: str, key_of: Callable[[str], str | None]) -> bool:
        """Whether the words the story tied to ``name`` hold a ``key_of`` (an office, a party, an
        occupation) and none is ``wanted``: "Marla Hendricks, the Republican nominee," is not "the
        Democrat"."""
        held = self.index.tied_keys(name, key_of)
        return bool(held) and wanted not in held

    def _speaks_for_another(self, name: str, word: str) -> bool:
        """Whether the story tied ``name`` to a spokesperson's noun ("spokeswoman Jo Reyes") and
        not to ``word``: someone who speaks for a principal is not "the secretary" or "the
        governor" the story goes on to quote (that is the principal, or someone it has not named)."""
        return word not in self._tied_heads(name) and self._serves_someone(name)

    def _serves_someone(self, name: str) -> bool:
        """Whether the story tied ``name`` to a spokesperson's noun or to a role held for another
        person ("Kay Conlan, Donald Pratt's campaign manager,"; not a relation: Pratt's daughter
        may be "the businesswoman")."""
        heads = self._tied_heads(name)
        return bool(heads & _SPOKESPEOPLE) or any(
            (role, name) in self.index.tie_owners and role not in _KIN for role in heads
        )

    def _tied_heads(self, name: str) -> set[str]:
        """The head words of the descriptions the story tied to ``name`` ("campaign manager" ->
        "manager")."""
        return {tie.split()[-1] for tie in self.index.ties.get(name, ())}

    def _serves_otherwise(self, name: str, owner: Referent, word: str) -> bool:
        """Whether the story tied ``name`` to ``owner`` in a role other than ``word``: as "Brennan
        spokeswoman Hope Walsh" or "Brennan's spokeswoman, Hope Walsh," she is not "Brennan's
        campaign manager"."""
        index = self.index
        tied = index.ties.get(name, set())
        roles = self._tied_heads(name) & lexicons.role_nouns()
        if not roles or word in roles or owner.name is None:
            return False
        owners = {index.tie_owners.get((role, name)) for role in roles}
        return owner.name in owners or bool({w.lower() for w in owner.name.split()} & tied)
