"""The narrator's people: whom "my father", "my brother", "my wife" refer to in a column or essay.

An essay names the writer's relatives and friends once ("my parents, Walter and Ruth Kessler,",
"my brother, Anton,", "my wife Dana") and afterwards says only "my father", "my brother". The
whole story is read first, because an essay may name the parents a paragraph after the father
has spoken. "my father" is then the person named so, or, among named parents or grandparents
(``lexicons/kin_couples.txt``), the one whose gender agrees; anyone else is no one the story names.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.annotate import lexicons
from pipeline.annotate.mentions import StoryIndex
from pipeline.annotate.referents import NARRATOR, Referent


def names_a_relation(word: str) -> bool:
    """Whether "my <word>" is one of the narrator's people: a role or kinship noun ("my doctor",
    "my brother")."""
    return word in lexicons.role_nouns() or word in lexicons.words("kin_nouns")


class NarratorsPeople:
    """The people one story names as the narrator's, by the noun it names them with."""

    def __init__(
        self,
        index: StoryIndex,
        referent_of: Callable[[object], Referent],
        mention_end: Callable[[int, int], int],
    ) -> None:
        self._doc = index.doc
        self._named: dict[str, list[Referent]] = {}  # "brother" -> the persons named so
        self._noun_until: dict[int, str] = {}  # the token after each such name -> its noun
        doc = index.doc
        for i in sorted(index.entity_at):
            entity, start = index.entity_at[i]
            if i > 0 and index.entity_at.get(i - 1, (None, -1))[1] == start:
                continue  # not the mention's first token
            if not any(doc[j].lower_ in NARRATOR or doc[j].lower_ == "and" for j in range(max(0, i - 3), i)):
                continue  # (cheap: most names have no "my brother," nor "and" before them)
            if entity.name in index.person_names and not index.in_quote(doc[i].idx):
                self._note(i, mention_end(i, start), referent_of(entity))

    def _note(self, i: int, end: int, referent: Referent) -> None:
        """Keep the name at ``i:end`` if it is one of the narrator's people: "my brother, Anton,",
        "my wife Dana", "my parents, Walter and Ruth Kessler" (each of the names joined by "and")."""
        doc = self._doc
        k = i - 1
        noun = None
        if k > 0 and doc[k].lower_ == "and":
            noun = self._noun_until.get(k)  # "Walter [and] Ruth Kessler"
        else:
            if k >= 0 and doc[k].text == ",":
                k -= 1
            if k > 0 and doc[k - 1].lower_ in NARRATOR:
                if names_a_relation(doc[k].lower_):
                    noun = doc[k].lower_
        if noun is not None:
            self._named.setdefault(noun, []).append(referent)
            self._noun_until[end] = noun

    def of(self, word: str) -> Referent | None:
        """The person the essay named as the narrator's ``word`` ("my father"): named so alone,
        or the one of that gender among the narrator's named parents or grandparents."""
        named = self._named.get(word, [])
        if len(named) == 1:
            return named[0]
        gender = lexicons.noun_gender(word)
        for couple, members in lexicons.pairs("kin_couples").items():
            if gender is not None and word in members:
                # (a lone name the essay gives a relative is a given name: "my parents, James and …")
                fits = [
                    r
                    for r in self._named.get(couple, [])
                    if (r.gender or lexicons.given_name_gender(r.name.split()[0] if r.name else "")) == gender
                ]
                if len(fits) == 1:
                    return fits[0]
        return None
