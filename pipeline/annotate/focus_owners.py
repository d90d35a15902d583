"""Whose a description is, as the discourse focus reads it: the owner a phrase names before its
head ("Acme's spokesman", "his lawyer", "an Acme spokesman", "the sheriff's office"), and the
tests that tell someone else's relative or someone a phrase introduces from the person in focus
("the boys' father", "the brother of one victim", "the head of the Harbor Nurses Union", "her
opponent" after a pair the story named, "her husband" as a namesake).

``OwnerRules`` is a mixin of ``focus.DiscourseFocus`` (through ``DescriptionRules``, which asks it
for the owner of each description; the organisation and document rules ask too); it reads the
pass's state.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.focus_organisations import organisation_noun
from pipeline.annotate.referents import GROUP_LABELS, PERSON_LABELS, Referent

# Platforms that carry a post ("a lengthy Instagram post"): its author owns it, not the platform.
_PLATFORMS = lexicons.words("social_platforms.txt")


class OwnerRules:
    """Owners and relatives of descriptions; mixed into ``focus.DiscourseFocus`` (through
    ``DescriptionRules``), whose state it reads."""

    def _owner(self, tokens: list[Token], *, modifier: bool) -> Referent | None:
        """The owner a description names before its head: "Acme's spokesman", "his lawyer",
        "the union's statement"; with ``modifier``, a name modifying the noun as well ("a Times
        article", "an Acme spokesman"), which for a person noun is an affiliation instead
        ("the Kent councillor")."""
        for k, token in enumerate(tokens):
            if token.tag_ == "POS" and k > 0:
                before = tokens[k - 1]
                hit = self.index.entity_at.get(before.i)
                if hit is not None and (hit[0].label in GROUP_LABELS or hit[0].label in PERSON_LABELS):
                    return self._referent_of(hit[0])
                if before.lower_ in lexicons.role_nouns():
                    # "the sheriff's office", "the prosecutor's release": the organisation named
                    # for that office ("Lake County Sheriff's Office"), else the office holder the
                    # story tied the noun to; a person merely in focus (the victim of the story)
                    # is not its owner.
                    found = self._organisation_of_kind(before.lower_)
                    if found is not None:
                        return found
                    name = self.index.resolve_description(before.lower_, [], before.idx)
                    if name:
                        return self._entity_named(name)
                    # (else whom this pass read the description as, when the story gave that
                    # person the office: "Rep. Leo Castellano … the freshman lawmaker's office")
                    done, found = self.referent_at(before.i)
                    if not done or found is None or found.name is None:
                        return None
                    offices = {lexicons.office_of(before.lower_), *lexicons.offices_of_kind(before.lower_)} - {None}
                    held = self.index.tied_keys(found.name, lexicons.office_of)
                    return found if offices & held else None
                done, found = self.referent_at(before.i)
                return found if done else None
            if token.tag_ == "PRP$" and any(t.tag_ == "POS" for t in tokens[k + 1 :]):
                continue  # "his opponent's campaign": the opponent owns it, read at the "'s"
            if token.tag_ == "PRP$" and token.lower_ in ("his", "her"):
                return self._resolve_person(token.lower_, token.i, possessive=True)
            if token.tag_ == "PRP$" and token.lower_ in ("its", "their"):
                return self._resolve_group(token.i)
            hit = self.index.entity_at.get(token.i)
            if modifier and hit is not None and hit[0].name in _PLATFORMS:
                continue  # "a lengthy Instagram post": the platform carries it, its author owns it
            if modifier and hit is not None and any(t.tag_ == "POS" for t in tokens[k + 1 :]):
                continue  # "a Dover man's lawyer": the man owns the lawyer, read at the "'s"
            if modifier and hit is not None and hit[0].label in GROUP_LABELS | PERSON_LABELS and k > 0:
                end = k + 1
                while end < len(tokens) and self.index.entity_at.get(tokens[end].i, (None,))[0] is hit[0]:
                    end += 1
                if end < len(tokens) and tokens[end].text == "-":
                    continue  # "the Harvard-educated lawyer", "a New York-based spokesman": a compound adjective
                return self._referent_of(hit[0])
            if modifier and hit is None and k > 0 and token.lower_ in ("force", "police"):
                # "a force spokeswoman", "a police spokesperson": the police force named before
                return self._force_in_focus()
            if modifier and hit is None and k > 0 and organisation_noun(token.lower_):
                # "a company spokeswoman", "the union statement"
                return self._organisation_by_noun(token.lower_)
        return None

    def _of_a_named_body(self, i: int) -> bool:
        """Whether the head noun at ``i`` is followed by "of" and a named organisation or place
        ("the head of the Harbor Nurses Union"), or by "of" and an indefinite one ("the ambassador
        of one country"): someone the phrase introduces, not the person in focus, unless the story
        tied the noun to a name (read before this)."""
        doc, k = self.doc, i + 1
        if k >= len(doc) or doc[k].lower_ != "of":
            return False
        k += 1
        if k < len(doc) and doc[k].lower_ in ("one", "a", "an", "another"):
            return True  # ("The ambassador of one country told reporters": one the story does not name)
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        hit = self.index.entity_at.get(k)
        return hit is not None and hit[0].label in GROUP_LABELS

    def _relative_of_someone(self, tokens: list[Token], owner: Referent | None) -> bool:
        """Whether a description is a relative of someone ("his mother", "the boys' father") or
        owned by someone the pass could not resolve ("the victims' neighbor")."""
        owned = any(t.tag_ in ("POS", "PRP$") for t in tokens[:-1])
        return owned and (owner is None or tokens[-1].lower_ in lexicons.words("kin_nouns"))

    def _kin_of_another(self, i: int) -> bool:
        """Whether the kin noun at ``i`` is followed by whose relative it is ("the brother of one
        victim"): someone else's, not the person in focus, when the description is a sentence's
        subject (``_description`` asks). Not a count of children ("the 34-year-old mother of
        three"), which describes the person herself."""
        doc = self.doc
        if doc[i].lower_ not in lexicons.words("kin_nouns") or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
            return False
        count = doc[i + 2].tag_ == "CD" and (i + 3 >= len(doc) or doc[i + 3].tag_ not in ("NN", "NNS", "JJ"))
        return not count  # ("the brother of one victim": a number before a noun is whose)

    def _paired_with(self, owner: Referent) -> Referent | None:
        """The one named together with ``owner`` in the last pair the story named ("Sen. Ada
        Holcomb and Carla Menendez debated"): whom "her opponent" means, before a moderator
        named since."""
        if self._pair is None or self._epoch - self._pair[2] > 3:
            return None
        first, second, _ = self._pair
        other = second if first is owner else first if second is owner else None
        return other if other is not None and other.name is not None else None

    def _namesake(self, name: str, noun: str) -> str | None:
        """The one other person the story names with ``name``'s surname whose gender is the one
        ``noun`` tells ("husband": he), or None."""
        surname = name.split()[-1]
        gender = lexicons.noun_gender(noun)
        index = self.index
        found = [
            other
            for other in index.person_names
            if other != name and " " in other and other.split()[-1] == surname and index.gender.get(other) == gender
        ]
        return found[0] if len(found) == 1 else None
