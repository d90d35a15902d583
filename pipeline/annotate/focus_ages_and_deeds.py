"""People a description names by what the story told of them, for the focus pass: "the
34-year-old" (the one person the story gave that age, else the subject acting just before) and
"the witness" (the one the story had testify or give evidence, ``roles_by_deed.txt``).
``AgeAndDeedRules`` is mixed into ``focus_descriptions.DescriptionRules``; it reads the pass's
state.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.descriptions import age_given_elsewhere
from pipeline.annotate.referents import Referent

# Role nouns a person takes by a deed the story tells ("testified": the witness), each with the
# forms of its words; and how far back (tokens) the deed is looked for.
ROLES_BY_DEED = {
    noun: frozenset(form for deed in deeds for form in lexicons.inflections(deed))
    for noun, deeds in lexicons.pairs("roles_by_deed.txt").items()
}
_DEED_REACH = 400


class AgeAndDeedRules:
    """Ages and deeds that name a described person; mixed into ``focus.DiscourseFocus``."""

    def _age_description(self, i: int, age: str, head: int | None = None) -> None:
        """ "the 34-year-old" (token ``i`` is its "old"): the one person the story gave that age
        ("Kevin Moss, 34,"); else, when the story gives that age to no one at all, the named person
        who acted as the subject of the sentence before ("Resident Ana Reyes said she ran outside.
        “…,” said the 47-year-old."), in clear focus or not, unless the story gave them another age.
        Crime and court copy names victims, suspects and witnesses together, and an unnamed one ("a
        37-year-old man") is often the one meant: then the description is left alone, neither
        resolved nor counted as one."""
        index = self.index
        named = [name for name, stated in index.ages.items() if age in stated]
        referent = self._entity_named(named[0]) if len(named) == 1 else None
        if not named and not age_given_elsewhere(self.doc, i, age):
            referent = self._person_in_focus("person", [age], None)
            if referent is not None and (
                referent is not (self._subject or self._last_subject)
                or referent.name is None
                or index.ages.get(referent.name)
                or self._anonymous_since(referent.last, i - 5)
            ):
                referent = None
            last = self._subject or self._last_subject
            if (
                referent is None
                and last is not None
                and last.kind == "person"
                and last.name is not None
                and last.agent
                and not index.ages.get(last.name)
                and not self._anonymous_since(last.last, i - 5)
            ):
                # (the subject of the sentence before, when the one in clear focus is another
                # whose age the story gave: "His deckhand, Jordan Hynes, said … “…,” the
                # 24-year-old said" after his uncle, 56)
                referent = last
        if referent is not None:
            k = i if head is None else head  # (or the noun it heads: "the 31-year-old defender")
            self._at[k] = referent
            self._mention(referent, self._role(i - 5, k + 1, named=False), k)

    def _person_by_deed(self, word: str, i: int) -> Referent | None:
        """The named person nearest a word of the deed that gives the role ``word`` ("testified",
        "evidence"; ``roles_by_deed.txt``), the last such word before token ``i`` and within a
        few hundred tokens: "Ms Bakari, 24, was testifying …" or "The jury heard evidence from
        Dónal Moyles" for "the witness said" (not one named as another's: "Moyles's friend");
        None when no such word came before."""
        doc, deeds = self.doc, ROLES_BY_DEED[word]
        for k in range(i - 1, max(-1, i - _DEED_REACH), -1):
            if doc[k].lower_ not in deeds:
                continue
            nearest: tuple[int, Referent] | None = None
            for j in range(max(0, k - 25), min(len(doc), k + 8)):
                hit = self.index.entity_at.get(j)
                if hit is not None and hit[0].label == "PERSON":
                    end = j
                    while end < len(doc) and self.index.entity_at.get(end, (None,))[0] is hit[0]:
                        end += 1
                    if end < len(doc) and doc[end].tag_ == "POS":
                        continue  # "evidence from Mr Moyles's friend, Dónal Keane": not the one whose friend
                    found = self._referent_of(hit[0])
                else:
                    found = self._at.get(j)
                    if found is None or found.kind != "person" or found.name is None:
                        continue
                if nearest is None or abs(j - k) < nearest[0]:
                    nearest = (abs(j - k), found)
            return nearest[1] if nearest is not None else None
        return None
