"""Descriptions a clause after them names or leaves unnamed, for the focus pass: "a tenant, who
gave his name only as Tobias," and "The victim, identified by police as Lina Moss," (a name given
in a clause, ``naming``), "the clerk, who would not give his name," and "A London underwriter who
asked not to be named" (no one the story names). ``UnnamedRules`` is mixed into
``focus_descriptions.DescriptionRules``; it reads the pass's state.
"""

from __future__ import annotations

from pipeline.annotate.columns import lowers_of, tags_of
from pipeline.annotate.focus_named_roles import ROLE_PREPOSITIONS
from pipeline.annotate.naming import (
    identified_only_as,
    name_chosen_in,
    name_identified_in,
    participle_says_unnamed,
    says_unnamed,
)
from pipeline.annotate.phrases import SPATIAL_PREPOSITIONS, phrase_word
from pipeline.annotate.referents import NP_TAGS
from pipeline.model import Entity

# Prepositions that place someone before a clause naming them ("A passenger on the flight, who …").
_PLACING_PREPOSITIONS = SPATIAL_PREPOSITIONS | {"on", "aboard"}


class UnnamedRules:
    """Whether a clause after a description names the person or says it will not; mixed into
    ``focus.DiscourseFocus``."""

    def _anonymous_noun(self, i: int) -> bool:
        """Whether the noun at ``i`` heads an indefinite noun phrase ("a", "an", "one", "another")
        that a clause saying the person is not named follows ("A London underwriter who asked not
        to be named"), whatever the noun: the clause is said only of a person."""
        start = self._np_start(i)
        return self.doc[start].lower_ in ("a", "an", "one", "another") and self._unnamed_after(i)

    def _unnamed_after(self, i: int) -> bool:
        """Whether the description ending at ``i`` is followed by a clause saying the person is not
        named ("the clerk, who would not give his name,", "a student who did not want to be
        identified"): then it is no one the story names."""
        doc = self.doc
        j = self._past_placing(i)
        if j > i + 1 and j + 1 < len(doc) and self._anonymous_clause(j + (doc[j].text == ",")):
            return True  # "The manager of the shop, who asked not to be named,", "A man in a suit who …"
        if i + 2 < len(doc) and doc[i + 1].text == ",":
            # (or identified only by a description: "the victim, identified as a 41-year-old woman,")
            return self._anonymous_clause(i + 2) or identified_only_as(list(doc[i + 2 : i + 20])) is not None
        return i + 1 < len(doc) and self._anonymous_clause(i + 1)

    def _past_placing(self, i: int) -> int:
        """The comma after the head noun at ``i`` and a phrase placing it ("The manager of the
        shop,", "A shopper in Danbury Mills,", "A woman standing near the gate,", "A man standing
        next to him,", "A detainee reached by phone,", "a man mending nets who"), else ``i + 1``."""
        doc = self.doc
        j = i + 1
        participle = j < len(doc) and doc[j].tag_ in ("VBG", "VBN")
        if participle:
            j += 1  # "A woman standing next to him,", "A nurse contacted by telephone,": a participle, then its phrase
            while j < len(doc) and j < i + 4 and doc[j].tag_ in ("RB", "JJ"):
                j += 1
            if j < len(doc) and doc[j].lower_ in ("to", "by") and doc[j - 1].lower_ in ("next", "close", "nearby"):
                j += 1
            if j < len(doc) and doc[j].tag_ in ("PRP", "PRP$") and j + 1 < len(doc) and doc[j + 1].text == ",":
                return j + 1  # ("standing next to him,")
            k = j
            while k < len(doc) and k < j + 4 and doc[k].tag_ in ("DT", "JJ", "NN", "NNS"):
                k += 1
            if k > j and k < len(doc) and doc[k].text in (",", "who"):
                return k  # "a man mending shrimp nets who gave only his first name": the participle's object
            if j >= len(doc) or doc[j].tag_ != "IN":
                j = i + 1
        if j < len(doc) and (
            doc[j].lower_ in ROLE_PREPOSITIONS
            or doc[j].lower_ in _PLACING_PREPOSITIONS
            or (participle and doc[j].tag_ == "IN")
        ):
            tags, lowers = tags_of(doc), lowers_of(doc)
            start = j
            j += 1
            # (no punctuation but a possessive's: "with 20 years' experience")
            while (
                j < len(doc)
                and j < start + 9
                and phrase_word(tags, lowers, j)
                and (not doc[j].is_punct or tags[j] == "POS")
            ):
                j += 1
            if j > start + 1 and j + 1 < len(doc) and tags[j] == "IN" and tags[j + 1] in NP_TAGS:
                # a second phrase placing the first: "A retired nurse in line for water,"
                j += 1
                while (
                    j < len(doc)
                    and j < start + 13
                    and phrase_word(tags, lowers, j, gerund=True)
                    and (not doc[j].is_punct or tags[j] == "POS")
                ):
                    j += 1
            if j > start + 1 and j < len(doc) and doc[j].text in (",", "who"):
                return j  # (or the "who" of a clause after it: "A young man in a grey coat who said")
        return i + 1

    def _anonymous_clause(self, k: int) -> bool:
        """Whether a relative clause saying someone is not named opens at ``k`` ("who would not
        give his name", "who declined to be identified"), and gives no name of their choosing
        instead ("who asked to be identified only as Tobias"); or a participle after a comma does
        (", speaking on condition of anonymity,")."""
        doc = self.doc
        if doc[k].tag_ == "VBG" and k > 0 and doc[k - 1].text == ",":
            return participle_says_unnamed(list(doc[k : k + 10]))  # ", speaking on condition of anonymity,"
        return doc[k].lower_ == "who" and says_unnamed(list(doc[k + 1 : k + 12]))

    def _named_by_clause(self, i: int) -> Entity | None:
        """The person a clause after the description ending at ``i`` names by a name the person
        chose to give ("the tenant, who identified himself only as Tobias,", "a woman who gave
        only her first name, Maria", "a man identified only as Dwayne"), or by which others
        identified the person ("The victim, identified by police as Lina Moss, 41,": a participle
        right after the comma), else None."""
        doc = self.doc
        k = self._past_placing(i)  # (past "in Danbury Mills" of "A shopper in Danbury Mills, who gave …")
        if k < len(doc) and doc[k].text == ",":
            k += 1
            identified = name_identified_in(list(doc[k : k + 20]), self.index.entity_at)
            if identified is not None:
                return identified
            if k + 1 < len(doc) and doc[k].lower_ == "now" and doc[k + 1].lower_ in ("a", "an"):
                k += 1  # "One former pupil, now a nurse, who …": what the person is now
            if k < len(doc) and doc[k].lower_ in ("a", "an"):
                # "One customer, a teacher who gave only her first name, Ruth,": a second
                # description of the same person, whose clause names her
                m = k + 1
                while m < min(len(doc), k + 6) and doc[m].tag_ in ("JJ", "NN", "HYPH", "CD"):
                    m += 1
                if (
                    m + 3 < len(doc)
                    and doc[m].lower_ == "in"
                    and doc[m + 1].lower_ in ("her", "his", "their")
                    and doc[m + 2].tag_ in ("CD", "NNS")
                ):
                    m += 3  # "a woman in her 70s who gave …": her age in decades
                if m < len(doc) and m > k + 1 and doc[m - 1].tag_ in ("NN", "NNS", "CD") and doc[m].lower_ == "who":
                    k = m
                elif m + 1 < len(doc) and m > k + 1 and doc[m].text == "," and doc[m + 1].lower_ == "who":
                    k = m + 1  # "now a nurse, who asked to be identified …"
        if k < len(doc) and doc[k].lower_ == "who":
            k += 1
        return name_chosen_in(list(doc[k : k + 20]), self.index.entity_at)
