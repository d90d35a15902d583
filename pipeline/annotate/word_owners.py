"""Quotations that are someone's words by ownership, with no cue of their own: a possessor and a
noun of words around the quotation ("Hale's “…” comment", "Responding to a reader's post that
“…”"), a short question or a clause about someone's words before it ("Her response? “…”", "The
minister's reply was blunt: “…”"), or the next paragraph saying whose it was ("That was Brandt's
message to …", "That candid assessment by Rex Tillerson …").

``WordOwners`` is a mixin of ``attribution.Attributor``, whose frames ask it; it reads the
attributor's story index (entities, sentences, the resolvers of pronouns and phrases).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_after import words_owned_after
from pipeline.annotate.cue_before import WORDS_NOUNS
from pipeline.annotate.cues import Attribution, is_cue
from pipeline.annotate.marks import QuoteSpan


class WordOwners:
    """Whose words a quotation is by ownership; mixed into ``attribution.Attributor``."""

    def _owner_of_words(self, clause: list[Token]) -> str | None:
        """ "Osei's response was short:", "Her answer:", "The minister's reply was blunt:": a
        clause whose subject is someone's words (``speech_nouns.txt``) gives the quotation after
        the colon to their owner."""
        for k, token in enumerate(clause[:6]):
            if k > 0 and token.lower_ in lexicons.words("speech_nouns"):
                return self._possessor(clause, k)[1]
        return None

    def _possessor(self, tokens: list[Token], k: int) -> tuple[bool, str | None]:
        """For the noun of someone's words at ``tokens[k]``: whether a possessor stands before it
        (past at most two adjectives: "Osei's short reply", "her answer", "a reader's post"), and
        whom it names (None for someone the story does not name)."""
        j = k - 1
        while j > 0 and k - j <= 2 and tokens[j].tag_ in ("JJ", "RB"):
            j -= 1
        owner = tokens[j]
        if owner.tag_ in ("PRP$", "PRP") and owner.lower_ in ("his", "her"):
            return True, self.resolve_pronoun("he" if owner.lower_ == "his" else "she", owner.idx)
        if owner.tag_ == "POS" and j > 0:
            return True, self.resolve_phrase(tokens[:j])
        return False, None

    def _owner_asked_before(self, before: list[Token], open_mark: int, lo: int) -> Attribution | None:
        """ "Her response? “…”", "Roe's answer to that? “…”": a quotation opening its sentence
        after a short verbless question about someone's words is those words, their owner's."""
        question = [t for t in before if not t.is_space]
        mark = len(self.text[lo:open_mark].rstrip()) + lo - 1  # the last character before the quotation
        if not question and mark > lo and self.text[mark] == "?":  # the question read as a sentence of its own
            question = [t for t in self.tokens_between(self.sentence_start(mark, lo), mark + 1) if not t.is_space]
        if not 2 <= len(question) <= 7 or question[-1].text != "?":
            return None
        if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in question):
            return None
        owner = self._owner_of_words(question[:-1])
        return Attribution(owner, None, how="subject") if owner else None

    def _words_owned_before_colon(self, before: list[Token]) -> Attribution | None:
        """ "When Rhee asked his deputy whether he should run, her reply was a single word: “…”":
        the main clause before the colon is about someone's words (a possessor and a noun of
        ``speech_nouns.txt``), so the quotation is theirs, whatever cue an opening clause holds;
        no one when the possessor is someone the story does not name."""
        if len(before) < 3 or before[-1].text != ":" or not any(t.text == "," for t in before[:-1]):
            return None
        clause = before[:-1]
        comma = max(k for k, t in enumerate(clause) if t.text == ",")
        main = clause[comma + 1 :]
        for k, token in enumerate(main[:4]):
            if k > 0 and token.lower_ in lexicons.words("speech_nouns"):
                found, speaker = self._possessor(main, k)
                return Attribution(speaker, None, how="owner") if found else None
        return None

    def _owner_around(self, before: list[Token], span: QuoteSpan, hi: int) -> Attribution | None:
        """ "Roe was criticized for her “…” remark", "Hale's “…” comment drew boos": a possessor
        right before the quotation and a noun of words right after it make it the possessor's."""
        if span.close_mark is None or not before:
            return None
        after = self.tokens_between(span.close_mark + 1, min(hi, span.close_mark + 40))
        if not after or after[0].lower_ not in WORDS_NOUNS:
            return None
        found, speaker = self._possessor([*before, after[0]], len(before))
        if found and speaker is None and before[-1].lower_ in ("his", "her"):
            speaker = self.sentence_subject(before)  # "Roe was criticized for her “…” remark"
        return Attribution(speaker, None, how="owner") if found else None

    def _owner_right_before(self, before: list[Token], first: list[Token]) -> Attribution | None:
        """ "Responding to a reader's post that “…”, Berry replied": the quotation is the words
        of the possessor right before it (a name, or someone unnamed: no speaker), not of the
        cue after it. Only "that", a comma, a colon or "of" may stand between noun and quotation.
        Not when the quotation opens on a verb (``first``: its first token): in "Harrow said the
        agency's explanation “doesn't hold water”" the explanation is what the words are about."""
        for k in range(len(before) - 1, max(0, len(before) - 5), -1):
            if before[k].lower_ in WORDS_NOUNS:
                tail = before[k + 1 :]
                if not all(t.lower_ in ("that", ",", ":", "of") for t in tail):
                    return None
                if not tail and first and first[0].tag_.startswith(("VB", "MD")) and first[0].text.islower():
                    return None
                found, speaker = self._possessor(before, k)
                if not found or (
                    speaker is None and any(t.lower_ in ("his", "her") for t in before[max(0, k - 3) : k])
                ):
                    return None  # no possessor, or an unresolved "his": the cue decides ("In his statement, “…,” Hale wrote")
                if not tail and self._object_of_a_verb(before, k):
                    return None  # "Avery called Halvorsen's remarks “disgusting”": her word for them
                return Attribution(speaker, None, how="owner")
        return None

    @staticmethod
    def _object_of_a_verb(before: list[Token], k: int) -> bool:
        """Whether the noun phrase ending with the words noun at ``before[k]`` ("Grant Halvorsen's
        remarks") is the object of a verb right before it ("called", "described")."""
        j = k - 1
        while j >= 0 and (
            before[j].tag_ in ("NNP", "NNPS", "POS", "JJ", "PRP$", "DT", "HYPH")
            or before[j].lower_ in ("'s", "’s")
            # (a common noun as the owner: "called the district's statement “…”")
            or (before[j].tag_ == "NN" and j + 1 < len(before) and before[j + 1].tag_ == "POS")
        ):
            j -= 1
        return j >= 0 and before[j].tag_.startswith("VB")

    def owner_in_next(self, paragraph_next: tuple[int, int] | None) -> Attribution | None:
        """Whose a quotation standing alone in its paragraph is, when the next paragraph opens by
        saying so: "That was Brandt's message to …", "Those were the words of Ann Roe", "So said
        Roe …" (a quotation lede); None for any other opening."""
        if paragraph_next is None:
            return None
        lo, hi = paragraph_next
        tokens = self.tokens_between(lo, self.sentence_end(lo, hi))[:16]
        owner = words_owned_after(tokens, self.entity_at)
        if owner is None and len(tokens) > 2 and tokens[0].lower_ == "so" and is_cue(tokens[1]):
            owner = self.subject_after(tokens[2:])  # "So said Carl Brandt to …"
        return Attribution(owner, None, how="subject") if owner else None

    def assessment_after(self, span: QuoteSpan, paragraph_next: tuple[int, int] | None) -> Attribution | None:
        """“low point” … \\n\\n That candid assessment by Rex Tillerson …: the next sentence owns it."""
        if paragraph_next is None:
            return None
        lo, hi = paragraph_next
        tokens = self.tokens_between(lo, self.sentence_end(lo, hi))[:12]
        if not tokens or tokens[0].lower_ not in ("that", "this", "the"):
            return None
        for k, token in enumerate(tokens[1:6], start=1):
            if (
                token.lower_ in lexicons.words("speech_nouns")
                and k + 1 < len(tokens)
                and tokens[k + 1].lower_ in ("by", "from")
            ):
                speaker = self.subject_after(tokens[k + 2 :])
                if speaker:
                    return Attribution(speaker, None, how="subject")
        return None
