"""Questions and their answers in the focus pass: in "Bash pressed her on the remarks. “He has
apologized,” she said." the one pressed answers. Centering prefers the subject of the sentence
before (Bash) for "she"; after a verb of questioning (``lexicons/question_verbs.txt``) whose
object is a person, a "he" or "she" reporting a quotation that is no question, in the next
sentence, is that person instead. A quotation that is itself a question ("“Do you regret it?”
she said") stays with the asker. And a quotation that is the question itself, put to a
sentence's subject ("Asked “…,” Roe paused"), is not that subject's (``question_put_to_the_subject``,
read by the attribution frames)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue, reply_forms
from pipeline.annotate.phrases import past_titles
from pipeline.annotate.referents import PERSON_LABELS, QUOTE_CHARS, Referent

QUESTION_FORMS = frozenset(form for lemma in lexicons.words("question_verbs") for form in lexicons.inflections(lemma))
# "asked", "pressed", "questioned": the participles (and past tenses) of the question verbs.
QUESTION_PARTICIPLES = frozenset(form for form in QUESTION_FORMS if form.endswith("ed"))
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# A question that opens by addressing its hearer: "Governor, …?", "Mr. Dolan, …?", "Senator Ames, …?"
_VOCATIVE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)?, ")
# Roles whose questions are put to a guest, who answers.
_INTERVIEWERS = frozenset({"host", "moderator", "anchor", "interviewer", "co-host", "cohost", "podcaster"})


def question_put_to_the_subject(before: list[Token], k: int) -> bool:
    """Whether the cue ``before[k]`` is a question verb's participle opening the sentence, whose
    object is the quotation: "Asked “…”", "Asked whether “…”", "Pressed by a reporter “…”",
    "When asked “…”" (nothing but "when", "if", "once" before it, so no subject: the tagger
    reads a sentence's first "Asked" as a past tense as often; a wh-word, "whether" or an
    agent's "by" phrase between it and the quotation)."""
    cue = before[k]
    if cue.tag_ not in ("VBN", "VBD") or cue.lower_ not in QUESTION_PARTICIPLES:
        return False
    if any(t.lower_ not in ("when", "if", "once") for t in before[:k]):
        return False
    rest = before[k + 1 :]
    while rest and rest[-1].text in (",", ":"):
        rest = rest[:-1]
    if rest and rest[0].lower_ == "by":
        # the agent alone ("by Sen. Tom Alder"), not "by LEX 18 about his role, Roe said"
        return len(rest) <= 6 and not any(t.text == "," or t.tag_.startswith("VB") for t in rest)
    return len(rest) <= 1 and all(t.tag_ in ("IN", "WRB", "WP") for t in rest)


class QuestionRules:
    """The asker and the one asked of the last question put in the story (a mixin of the focus
    pass: it reads the pass's subject, candidates and sentence count), and whom a reply answers."""

    _asked: tuple[Referent, Referent, int] | None = None
    # The last speaker named right after their quotation ("“…,” Kaine said"), with the sentence:
    # whom a reply in the next sentence answers.
    _quoted: tuple[Referent, int] | None = None
    # The last one named right after a quotation that is a question ("“…?” Ostrander asked"), with
    # the sentence: the next sentence's "he said" answers, so is someone else.
    _questioner: tuple[Referent, int] | None = None

    def _answered(self, start: int, end: int) -> Referent | None:
        """Whom the phrase at ``start:end`` answers when it is the subject of a reply ("“…,” the
        governor replied", "he shot back"; ``cues.reply_forms``) in the sentence right after one
        that closed with who said its quotation ("“…,” Kaine said."): that speaker, who is not
        the one replying; not when the sentence opens by saying what its subject was asked."""
        if self._quoted is None or self._epoch - self._quoted[1] != 1:
            return None
        if self.doc[self._first].lower_ == "asked":
            return None  # "Asked whether she was optimistic, she replied": the reply answers the question
        doc, forms = self.doc, reply_forms()
        after = doc[end].lower_ if end < len(doc) else ""
        before = doc[start - 1].lower_ if start > 0 else ""
        if after not in forms and before not in forms:
            return None
        if self._quoted_replied:
            return None  # "Bellucci countered that …. “…,” he replied": the reply goes on
        return self._quoted[0]

    def _questioned(self, i: int) -> Referent | None:
        """The asker of the question quoted in the sentence before, when the "he" or "she" at
        ``i`` reports a quotation right before it that is no question ("“Governor, where is your
        fix?” Ostrander asked. “It's in the budget,” he said."): the one who answers is someone
        else."""
        if self._questioner is None or self._epoch - self._questioner[1] != 1:
            return None
        if i + 1 >= len(self.doc) or not is_cue(self.doc[i + 1]):
            return None
        span = self._quotation_before(self.doc[i].idx)
        if span is None or self.index.text[span.start : span.end].rstrip()[-1:] == "?":
            return None
        return self._questioner[0]

    def _note_questioner(self, referent: Referent, start: int) -> None:
        """Record ``referent``, the subject of a cue at ``start`` after a quotation, as the asker
        when that quotation is a question ("“…?” Ostrander asked", "“…?” asked Ostrander")."""
        doc = self.doc
        np_start = self._np_start(start)
        at = np_start - 1 if np_start > 0 and is_cue(doc[np_start - 1]) else np_start
        span = self._quotation_before(doc[at].idx)
        if span is None or self.index.text[span.start : span.end].rstrip()[-1:] != "?":
            return
        # Put to someone, not asked of the audience: addressed by name or title ("Governor,
        # where is …?"), or asked by whom the story made an interviewer ("moderator Phil Ost").
        # A speaker's own rhetorical question ("Why would we?" he asked. "We wouldn't," he
        # said.) goes on with the speaker.
        addressed = _VOCATIVE.match(self.index.text[span.start : span.end]) is not None
        interviewer = referent.name is not None and bool(self.index.ties.get(referent.name, set()) & _INTERVIEWERS)
        if addressed or interviewer:
            self._questioner = (referent, self._epoch)

    def _says_the_quotation_before(self, start: int, end: int) -> bool:
        """Whether the phrase at ``start:end`` is the subject of a cue right after a quotation
        closed by a comma, question or exclamation mark: "“…,” Kaine said", "“…,” said Kaine"."""
        doc = self.doc
        np_start = self._np_start(start)
        if (
            np_start >= 3
            and is_cue(doc[np_start - 1])
            and doc[np_start - 2].text in QUOTE_CHARS
            and doc[np_start - 3].text in (",", "?", "!")
        ):
            return True  # "“…,” said Ann Roe"
        if np_start < 2 or doc[np_start - 1].text not in QUOTE_CHARS or doc[np_start - 2].text not in (",", "?", "!"):
            return False
        return end < len(doc) and is_cue(doc[end]) and doc[end].tag_ in ("VBD", "VBZ", "VBP")

    def _note_question(self, i: int) -> None:
        """At a verb of questioning (token ``i``, finite, or a participle of the subject's own
        asking: "followed up by asking Roe") whose subject in this sentence is a person and whose
        object right after it (past a title) is a person ("pressed Roe", "asked her", "pressed
        Secretary Roe"): record who asked whom, in which sentence."""
        asker = self._subject
        doc = self.doc
        if asker is None or asker.kind != "person" or i + 1 >= len(doc):
            return
        if doc[i].tag_ == "VBG" and doc[i - 1].lower_ not in ("by", "then", ","):
            return  # (only the subject's own asking: "followed up by asking Hale", ", asking Hale")
        if _asked_to_do(doc, i + 1):
            return  # "asking him to call", "asked Roe to resign": a request, no question to answer
        k = past_titles(doc, i + 1, self.index.entity_at, most=3)  # "pressed Secretary Roland Briggs on …"
        hit = self.index.entity_at.get(k)
        if hit is None:
            hit = self._person_after_role(k)  # "questioned former FBI director Nathaniel Burke"
        asked: Referent | None = None
        if hit is not None and hit[0].label in PERSON_LABELS:
            asked = self._referent_of(hit[0])
        elif doc[i + 1].tag_ == "PRP" and doc[i + 1].lower_ in ("him", "her"):
            gender = _GENDER[doc[i + 1].lower_]
            found = self._candidates(
                lambda r: r.kind == "person" and r is not asker and r.gender in (None, gender), gender=gender
            )
            asked = found[0][2] if found else None
            if asked is not None and asked.gender is None:
                asked.gender = gender  # "pressed him": a man, so no "she said" after is his answer
        if asked is not None and asked is not asker and asked.name != asker.name:
            self._asked = (asker, asked, self._epoch)

    def _person_after_role(self, k: int):
        """The person named after a role that opens at token ``k`` ("former FBI director
        Nathaniel Burke", "the agency's deputy director, Ann Roe"): lower-case words, the
        possessive, an organisation's or a place's name and titles, at most six tokens, then the
        name; else None."""
        doc, entity_at = self.doc, self.index.entity_at
        for j in range(k, min(len(doc), k + 7)):
            hit = entity_at.get(j)
            if hit is not None and hit[0].label in PERSON_LABELS:
                return hit
            token = doc[j]
            if not (
                (token.is_lower and token.tag_ in ("JJ", "NN", "DT", "POS", "PRP$"))
                or token.text in (",", "'s", "’s")
                or (hit is not None and hit[0].label in ("ORG", "GPE", "NORP"))
                or lexicons.is_title_before_name(token.text)
            ):
                return None
        return None

    def _answerer(self, pronoun: str, i: int, found: Referent | None) -> Referent | None:
        """``found``, the referent of the "he"/"she" at token ``i``, unless it is the asker of a
        question put in the sentence before and the pronoun reports a quotation right before it
        that is no question ("“He has apologized,” she said"): then the one asked."""
        if self._asked is None or found is None:
            return found
        asker, asked, epoch = self._asked
        if found is not asker or self._epoch != epoch + 1 or asked.gender not in (None, _GENDER[pronoun]):
            return found
        doc = self.doc
        k = i + 1
        while k < len(doc) and doc[k].tag_ == "RB":
            k += 1
        if k >= len(doc) or not is_cue(doc[k]):
            return found
        span = self._quotation_before(doc[i].idx)
        if span is None or self.index.text[span.start : span.end].rstrip()[-1:] == "?":
            return found
        return asked

    def _quotation_before(self, char: int):
        """The quotation whose closing mark stands right before ``char`` (past a comma and spaces)."""
        text = self.index.text
        p = char - 1
        while p >= 0 and (text[p].isspace() or text[p] == ","):
            p -= 1
        if p < 0:
            return None
        return next((s for s in self.index.tops if s.close_mark == p), None)


def _asked_to_do(doc, k: int) -> bool:
    """Whether the object of a verb of asking that opens at token ``k`` (a pronoun, or a name of
    up to four words) is followed by "to" and a verb: a request ("asked him to call"), not a
    question put to someone."""
    end = k + 1 if doc[k].tag_ == "PRP" else k
    while end < len(doc) and end < k + 4 and doc[end].tag_ in ("NNP", "NNPS"):
        end += 1
    return end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].tag_ == "VB"
