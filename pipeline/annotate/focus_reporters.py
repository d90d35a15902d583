"""Who reports, as the discourse focus reads it: the subject of a reporting verb that closes its
sentence ("…, prosecutor Jane Roe said.") becomes whom the next "she said" goes on with, however
much the report was about someone else; the speaker named before a sentence about something else
stays the source ("…, Sheriff Alan Briggs said. Deputies found the door unlocked. “…,” he said.");
and whose words a possessive means ("her answer", "quoted him as saying").

``ReporterRules`` is a mixin of ``focus.DiscourseFocus`` (the pass notes reporters at each
mention; ``focus_pronouns.py`` asks it whom a pronoun goes on with); it reads the pass's state.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.cues import cue_lemma, is_cue, reply_forms
from pipeline.annotate.focus_questions import QUESTION_FORMS
from pipeline.annotate.phrases import DAY_ADVERBS
from pipeline.annotate.referents import QUOTE_CHARS, Referent
from pipeline.annotate.sentence_ends import ends_sentence


class ReporterRules:
    """Who reports and whose words; mixed into ``focus.DiscourseFocus``, whose state it reads."""

    # Who last asked an indirect question as a reporting clause's subject ("Kuah asked whether …"),
    # with the sentence: the next sentence's speaker answers it.
    _asked_whether: tuple[Referent, int] | None = None

    def _note_reporter(self, referent: Referent, role: str, start: int, end: int) -> None:
        """If the phrase ``start:end`` (a name or a description) is the subject of a reporting verb
        closing its sentence ("If convicted, Ejaz could face life, prosecutor Jane Roe said.",
        "…, the spokesperson said."), the speaker, not the subject of what was reported, is whom
        the next "she said" continues."""
        if role in ("subject", "clause subject") and self._reports_what_came_before(start, end):
            self._subject = referent
            self._reporter = (referent, self._epoch)
        if role == "subject" and (self._says_the_quotation_before(start, end) or self._reports_after(end)):
            # "“…,” Kaine said." or "Brenner said Aldana lacked stamina.": whom a reply in the
            # next sentence answers
            # (whether that verb is itself a reply, which a "he replied" after it goes on with, or
            # answers what someone else asked in the sentence before: "Kuah asked whether start-ups
            # would suffer. Ong said they would not. “…,” he replied.")
            asked = self._asked_whether
            self._quoted_replied = (end < len(self.doc) and self.doc[end].lower_ in reply_forms()) or (
                asked is not None and asked[0] is not referent and self._epoch - asked[1] == 1
            )
            self._quoted = (referent, self._epoch)
            self._note_questioner(referent, start)
            if self._reports_after(end) and self.doc[end].lower_ in QUESTION_FORMS and self._wh_after(end + 1):
                self._asked_whether = (referent, self._epoch)  # "Kuah asked whether …"

    def _wh_after(self, k: int) -> bool:
        """Whether an indirect question opens at ``k``: "whether", "if", "why", "how", "what"."""
        return k < len(self.doc) and self.doc[k].lower_ in ("whether", "if", "why", "how", "what", "when")

    def _reports_after(self, end: int) -> bool:
        """Whether a reporting verb in the past or present tense follows the subject ending at
        ``end``, past an adverb ("also said", "yesterday said") or one set off by commas ("Roe,
        however, said")."""
        doc, k = self.doc, self._past_adverbs(end)
        return k < len(doc) and is_cue(doc[k]) and doc[k].tag_ in ("VBD", "VBZ")

    def _past_adverbs(self, end: int) -> int:
        """The token after the adverbs that follow a subject ending at ``end``: "also",
        "yesterday", or one set off by commas ("Roe, however, said")."""
        doc, n = self.doc, len(self.doc)
        if end + 2 < n and doc[end].text == "," and doc[end + 1].tag_ == "RB" and doc[end + 2].text == ",":
            end += 3
        while end < n and (doc[end].tag_ == "RB" or doc[end].lower_ in DAY_ADVERBS):
            end += 1
        return end

    def _reports_what_came_before(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is the subject of a reporting verb closing its sentence
        after a comma, or after a quotation closed by one: "…, prosecutor Jane Roe said.", "Rafie
        had quarrelled with them over a “petty conflict,” Salehezadeh said.", "…, said police Sgt.
        Ann Roe." """
        doc = self.doc
        np_start = self._np_start(start)
        k = self._past_adverbs(end)
        before = doc[np_start - 1] if np_start > 0 else None
        after_quotation = (
            before is not None and before.text in QUOTE_CHARS and np_start > 1 and doc[np_start - 2].text == ","
        )
        if self._after_cue(np_start) and (
            end >= len(doc) or doc[end].text == "," or doc[end].lower_ in ("of", "with") or ends_sentence(doc, end)
        ):
            # "…, said police Sgt. Ann Roe." (", a spokeswoman.", "of the sheriff's office."): the
            # cue before its subject; not "…, blasted Clinton as a disgrace": the verb's object.
            return True
        if k >= len(doc) or not is_cue(doc[k]) or doc[k].tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if np_start == self._first and k + 1 < len(doc) and not doc[k + 1].is_punct:
            return True  # "McLenney said Clinton doesn't show …": she reports what follows
        return (
            np_start > self._first
            and before is not None
            and (before.text == "," or after_quotation)
            and (k + 1 >= len(doc) or ends_sentence(doc, k + 1) or doc[k + 1].is_punct)
        )

    def _reporter_goes_on(self, pronoun: str, i: int) -> Referent | None:
        """ "…, the spokesperson said. She said …": a "he" or "she" opening the sentence right
        after one that closed with who reported it, as the subject of a reporting verb, is that
        reporter going on, however much the report was about someone else of that gender."""
        if self._reporter is None or self._epoch - self._reporter[1] != 1 or i != self._first:
            return None
        reporter = self._reporter[0]
        if reporter.kind != "person" or reporter.gender not in (None, "m" if pronoun == "he" else "f"):
            return None
        k = i + 1
        if k >= len(self.doc) or not (is_cue(self.doc[k]) and self.doc[k].tag_.startswith("VB")):
            return None
        return reporter

    def _recent_reporter(self) -> Referent | None:
        """The speaker named at the end of the sentence before last ("…, Sheriff Alan Briggs
        said. Deputies then found the door unlocked. “…,” he said."): a sentence between whose
        subject is no one the focus tracks ("Deputies", "The door") continues the report, so
        its source stays the focus."""
        if self._reporter is None or self._epoch - self._reporter[1] > 2:
            return None
        return self._reporter[0]

    def _words_follow(self, k: int) -> bool:
        """Whether a noun for someone's words (``speech_nouns.txt``) follows at ``k``, after at
        most two adjectives ("her answer", "his short reply") or after a quotation that is the
        words themselves ("her “not on my watch” vow")."""
        doc = self.doc
        if k < len(doc) and self.index.in_quote(doc[k].idx + len(doc[k].text)):
            close = next((j for j in range(k + 1, min(k + 30, len(doc))) if not self.index.in_quote(doc[j].idx)), None)
            while close is not None and close < len(doc) and doc[close].text in QUOTE_CHARS:
                close += 1  # past the closing mark
            k = close if close is not None else len(doc)
        for j in range(k, min(k + 3, len(doc))):
            if doc[j].lower_ in lexicons.words("speech_nouns"):
                return True
            if doc[j].tag_ != "JJ":
                return False
        return False

    def _quoted_as_follows(self, k: int) -> bool:
        """Whether "as" and a reporting participle follow at ``k``, after "quoted" (or "cited") and a
        pronoun; or a reporting participle right after a verb and the pronoun ("Ngata recalls him
        saying", "I remember her telling us"): the pronoun's person speaks."""
        doc = self.doc
        if k >= 2 and k < len(doc) and doc[k].tag_ == "VBG" and is_cue(doc[k]) and doc[k - 2].tag_.startswith("VB"):
            return True
        return (
            k + 1 < len(doc)
            and k >= 2
            and doc[k].lower_ == "as"
            and doc[k + 1].tag_ == "VBG"
            and is_cue(doc[k + 1])
            and cue_lemma(doc[k - 2]) in lexicons.words("relay_verbs")
        )
