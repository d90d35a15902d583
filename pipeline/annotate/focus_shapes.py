"""The shapes of phrase the discourse-focus pass reads before it counts a mention: a compound
"mother-of-three" before a name, a capitalised title after a determiner ("the President said"), a
player's ranking ("the world No. 3"), and an excerpt set off after a colon without quotation marks,
whose sentences bring no one into focus. A mixin of ``focus.DiscourseFocus``, split from
``focus.py`` (the pass itself); it reads the pass's ``doc``, ``index`` and tags.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.referents import QUOTE_CHARS


class PhraseShapes:
    """The phrase shapes of the pass (see the module's docstring)."""

    def _compound_before_name(self, i: int) -> bool:
        """Whether a compound "mother-of-three", "father-of-two" opening at token ``i`` stands
        right before a person's name, which it describes."""
        hit = self.index.entity_at.get(i + 5)  # ("Mother", "-", "of", "-", "three", then the name)
        return i + 5 < len(self.doc) and self.doc[i + 4].like_num and hit is not None and hit[0].label == "PERSON"

    def _capitalised_title(self, i: int) -> bool:
        """ "the President said", "the former Secretary of State added", "the MP said": a title some
        copy capitalises, read as a proper noun, after a determiner (and modifiers) and outside any
        name, is a description like "the president"."""
        doc = self.doc
        if self._tags[i] != "NNP":
            return False
        token = doc[i]
        if not (token.is_title or token.is_upper) or i in self.index.entity_at:
            return False  # ("the MP said": a title in capital letters too)
        if token.lower_ not in lexicons.role_nouns():
            return False
        k = i - 1
        while (
            k > 0
            and i - k <= 3
            and (
                doc[k].tag_ in ("JJ", "VBN")
                or lexicons.is_title_word(doc[k].text)
                or doc[k].ent_type_ in ("GPE", "NORP")
                or self.index.entity_at.get(k, (None,))[0] is not None
                and self.index.entity_at[k][0].label in ("GPE", "LOC")  # "the St Andrew MP"
                or (self._tags[k] == "NNP" and doc[k].is_title and k not in self.index.entity_at)
            )
        ):
            k -= 1  # "the former", "the then-", "the Vice", "the Alaska Governor", "the Prime Minister"
        return k >= 0 and (doc[k].lower_ in ("the", "this", "that") or doc[k].tag_ in ("PRP$", "POS"))

    def _ranking(self, i: int) -> bool:
        """Whether the number at token ``i`` ends a player's ranking that heads its phrase: "the
        world No. 3", "the current world No. 5" (a description of the player, as "the champion"
        is), not "No. 3 seed" nor "Route No. 9"."""
        doc = self.doc
        if i < 4 or doc[i - 1].text != "." or doc[i - 2].lower_ != "no" or doc[i - 3].lower_ != "world":
            return False
        k = i - 4
        while k > 0 and doc[k].tag_ == "JJ" and i - k < 7:
            k -= 1  # "the current world No. 5", "the new world No. 1"
        return doc[k].lower_ == "the" and self._is_head(i)

    def _past_excerpt(self, i: int) -> int:
        """The token after the paragraph break at ``i``, or after the paragraph that follows it
        when that one is an excerpt set off without quotation marks: introduced by a colon ("the
        Times wrote in its endorsement:") and holding no quotation. Its sentences are another
        writer's ("She has long been a persuasive advocate …"): they bring no one into focus, so
        "it" after them is still the paper."""
        doc = self.doc
        k = i - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or doc[k].text != ":" or self.index.in_quote(doc[k].idx):
            return i + 1
        j = i + 1
        while j < len(doc) and not (doc[j].is_space and "\n" in doc[j].text):
            if doc[j].text in QUOTE_CHARS or self.index.in_quote(doc[j].idx):
                return i + 1
            j += 1
        return j
