"""Cues before a quotation: "Marsh said: “…”", "According to X, “…”", "In the words of X, “…”",
"…, with users writing “…”", "After saying her leg was “…,” she was rushed away", "The campaign
responded with a statement from spokeswoman Mia Soto: “…”".

The sentence up to the opening mark is read from its last cue word back: a participle's subject
(its absolute clause, the clause it is joined to, or the main clause after an opening participial
phrase), a passive cue's agent, an inverted cue, a document's named author, else the subject of
the cue's clause (``cue_subjects``). ``CueBefore`` builds on the cues after a quotation
(``cue_after``); ``attribution.Attributor`` tries both frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_after import CueAfter
from pipeline.annotate.cues import (
    BE_FORMS,
    PERCEPTION_FORMS,
    Attribution,
    catenative_start,
    cue_lemma,
    is_cue,
    spoken_of,
)
from pipeline.annotate.phrases import NEW_CLAUSE, clause_subject
from pipeline.annotate.referents import FINITE, NP_TAGS, QUOTE_CHARS

# A quotation's closing mark before an inverted cue (single-quoted copy's straight mark too).
_CLOSING_MARKS = QUOTE_CHARS | {"'"}
# Nouns for someone's words, spoken or written ("remarks", "answer", "statement", "memo"): built
# once, not for every token that is tested.
WORDS_NOUNS = lexicons.words("speech_nouns") | lexicons.words("document_nouns")


class CueBefore(CueAfter):
    """The cue before a quotation and the speaker it names; mixed into ``Attributor``."""

    def cue_before(self, before: list[Token], after: list[Token] | None = None) -> Attribution | None:
        """A cue before the quotation (``before``: the sentence up to its opening mark; ``after``:
        the rest of the sentence after its closing mark, for a participle whose subject follows)."""
        if not before:
            return None
        relayed = self._quoted_as(before)
        if relayed is not None:
            return relayed
        found = self._as_put_it(before)
        if found:
            return found
        # "According to X, “…”", "In the words of X, “…”", and "Per X, “…”" opening a clause (not
        # "$4 per gallon")
        for k in range(len(before) - 1):
            according = before[k].lower_ == "according" and before[k + 1].lower_ == "to"
            words_of = (
                before[k].lower_ == "words"
                and before[k + 1].lower_ == "of"
                and k >= 2
                and [t.lower_ for t in before[k - 2 : k]] == ["in", "the"]
            )
            per = before[k].lower_ == "per" and (k == 0 or before[k - 1].text in (",", "(", "—"))
            if according or per or words_of:
                source_at = k + 1 if per else k + 2
                comma = next((m for m in range(source_at, len(before)) if before[m].text == ","), len(before))
                if per and comma == len(before):
                    break  # "per" with no comma after its phrase: not a source set off
                if any(is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP") for t in before[comma + 1 :]):
                    break  # "According to the AP, Syed told the driver: “…”": the reported speech is Syed's
                # (the source ends at the comma: "According to the league, Brenner “…”" is the
                # league's, not Brenner's)
                source = self.subject_after(before[source_at:comma])
                cue = "per" if per else "in the words of" if words_of else "according to"
                if source is not None:
                    return Attribution(source, cue)
                if not any(is_cue(t) for t in before[source_at:]):
                    # "According to the woman, Roe suffers from “…”" is still the woman's, whom the
                    # story does not name: no other name in the sentence is the speaker (but
                    # "According to the charges, …, saying officers “…”" is the later cue's)
                    return Attribution(None, cue, how="unnamed subject")
                break
        for k in range(len(before) - 1, -1, -1):
            token = before[k]
            if not is_cue(token):
                continue
            if _aspect_before_another_verb(before, k):
                continue  # "Roe said his officers continued to see “…”": no reporting verb, Roe's
            if _inside_first_of_two_that_clauses(before, k):
                continue  # "She said that staff had been asked to cut and that it was “…”": hers
            if _foretold_in_reported_clause(before, k):
                continue  # "Loris said that Vorsk would respond “…”": what Loris said Vorsk would do
            other = self._later_clause(before[k + 1 :])
            if other is not None:
                return other
            heard = _perceived_at(before, k)
            if heard is not None:
                # "Then he heard shouting: “…”", "she heard a man yell “…”": the words of whom the
                # subject heard, not the subject's
                speaker = self.resolve_phrase(before[heard + 1 : k]) if heard + 1 < k else None
                return Attribution(speaker, token.text, how="perceived")
            if token.tag_ == "VBG" and (joined := self._coordinated_participle(before, k)) is not None:
                # "Police are looking for Roe, her neighbour, and calling him “…”": the participle
                # shares the subject of the finite clause it is joined to, not the nearest name;
                # the nearest clause's ("Haddad teased that his cousin was the bravest, and she
                # answered by seizing his flag and crying “…”": she).
                return Attribution(self._joined_clause_subject(before, joined, k), token.text, how="shared subject")
            if token.tag_ == "VBG" and after and _opening_subordinate_participle(before, k):
                # "After saying her leg was “…,” she was rushed away": a participle opening the
                # sentence shares the subject of the main clause after the quotation.
                main = self._main_subject_after(after) or self._main_subject_before(before[k + 1 :])
                if main is not None:
                    return Attribution(main, token.text, how="shared subject")
            opening = self._opening_participle_clause(before, k)
            if opening is not None:
                # "Asked about the polls, the attorney general was blunt: “…”": the participle
                # opening the sentence shares the main clause's subject, who answers.
                main = self._main_subject_after(before[opening + 1 :])
                if main is not None:
                    return Attribution(main, token.text, how="shared subject")
            if token.tag_ == "VBG" and k > 1:
                absolute = self._absolute_subject(before[:k])
                if absolute is not None:
                    # "…, with users writing “…”", "with one aide saying": the participle's own
                    # subject follows "with", whoever the main clause is about.
                    speaker = self.resolve_phrase(absolute)
                    if speaker is not None:
                        return Attribution(speaker, token.text, how="subject")
                    refers_back = absolute[0].lower_ in ("the", "his", "her", "its", "their")
                    if not refers_back and absolute[-1].lower_ not in lexicons.words("spokes_nouns"):
                        return Attribution(None, token.text, how="unnamed subject")
                    # ("with the prosecutor saying", "with a spokesman stating": whom the main
                    # clause is about, read below, when the description named no one itself)
            if (
                token.tag_ == "VBG"
                and k > 0
                and before[k - 1].i in self.entity_at
                and not self._addressee_at(before, k - 1)
            ):
                # "footage of Roe saying, “…”": the name right before the participle (not the one
                # a letter went to: "sent a letter to Gov. Dale Prentice accusing him of “…”").
                return Attribution(self.entity_at[before[k - 1].i][0].name, token.text)
            if token.tag_ == "VBG" and k > 1 and before[k - 1].lower_ in ("him", "her"):
                # "Ngata recalls him saying, “…”": the words of the one recalled, when the focus
                # pass resolved the pronoun as the speaker (``focus_reporters._quoted_as_follows``),
                # not the subject's
                done, heard = self.focus.referent_at(before[k - 1].i)
                if done:
                    return Attribution(heard.name if heard else None, token.text, how="perceived")
            if token.tag_ == "VBG" and k > 0 and before[k - 1].lower_ in lexicons.words("document_nouns"):
                # "issued a statement calling the rule “…”", "refused to dismiss a lawsuit accusing
                # Brennick Foods of selling “…”": the words of the document the participle modifies,
                # its author's as the focus pass read it (no one, for a lawsuit nobody filed here)
                done, document = self.focus.referent_at(before[k - 1].i)
                if done:
                    return Attribution(document.name if document else None, token.text, how="owner")
            if spoken_of(before, k) and not any(t.lower_ in WORDS_NOUNS for t in before[k + 1 :]):
                # "Roe was described by a neighbor as “…”", "Roe was called “…”": Roe is who the
                # words are about; they are the agent's, if the sentence names one (not "Roe's
                # memo was mocked for its claim that “…”": the claim's).
                agent = self.agent(before[k + 1 :])
                if agent is None and _reported_passive(before, k):
                    continue  # "She said the post had been written “…”": no agent; what she said
                return Attribution(agent, token.text, how="passive")
            inverted = self._inverted_after_comma(before, k)
            if inverted is not None:
                return Attribution(inverted, token.text)
            if (
                k < len(before) - 1
                and token.i > 0
                and self.doc[token.i - 1].text in _CLOSING_MARKS
                and token.tag_ in ("VBD", "VBZ")
                and not _finite_verb_after_name(before, k)
            ):
                # "“The situation,” said Prime Minister Ann Roe, “is …”": the second half of a
                # quotation split by an inverted cue is the name's after it, never a name before
                # the first half (a dateline's "BAMAKO —"). Not when a verb follows the name: 'Hale,
                # on “Prairie Politics,” said the nominee, Ann Fitch, had “…”' reports her.
                inverted = self.subject_after(before[k + 1 :])
                if inverted is not None:
                    return Attribution(inverted, token.text)
            author = self._document_from_person(before[k + 1 :])
            if author is not None:
                # "The campaign responded with a statement from spokeswoman Mia Soto: “…”": the
                # words are the statement's, and its author is named; the subject only sent it.
                return Attribution(author, token.text)
            lead = token.i - catenative_start(self.doc, token.i)  # "Roe is fond of | saying"
            speaker, found = self.subject_before(
                before[: max(0, k - lead)], participle=token.tag_ == "VBG" and not lead
            )
            if not found and k + 1 < len(before) and token.tag_ != "VBG":
                # Inverted: "Said Ellis: “…”" (not "noting police “are …”": after a participle
                # comes what was noted, whose subject is no speaker)
                speaker = self.subject_after(before[k + 1 :])
            if found and speaker is None and self.unnamed_subject(before[:k]):
                # "but police said the injury “did not …”": the cue's subject is someone the story
                # does not name, not whoever else the sentence is about
                return Attribution(None, token.text, how="unnamed subject")
            return Attribution(speaker, token.text)
        return None

    def _document_from_person(self, tokens: list[Token]) -> str | None:
        """The person ``tokens`` (what follows a cue up to the quotation) end on as the author of a
        document: "with a statement from spokeswoman Mia Soto:", "with a tweet from its chief
        executive, Dan Frey:". Only roles, titles and commas stand between "from" and the name,
        and only a colon or comma after it."""
        documents = lexicons.words("document_nouns")
        for m in range(1, len(tokens) - 1):
            if tokens[m].lower_ != "from" or tokens[m - 1].lower_ not in documents:
                continue
            rest = tokens[m + 1 :]
            while rest and rest[-1].text in (":", ","):
                rest = rest[:-1]
            if not rest:
                return None
            hit = self.entity_at.get(rest[-1].i)
            if hit is None or hit[0].label != "PERSON":
                return None
            start = next(n for n, t in enumerate(rest) if self.entity_at.get(t.i, (None,))[0] is hit[0])
            if not all(
                t.text == "," or t.tag_ in ("DT", "PRP$", "JJ", "NN", "NNP") and t.i not in self.entity_at
                for t in rest[:start]
            ):
                return None  # (not "a statement from the Acme board and Dan Frey")
            return hit[0].name
        return None

    def _main_subject_after(self, after: list[Token]) -> str | None:
        """The subject of the main clause that follows an opening participial clause: the phrase
        before its first finite verb ("…,” she was rushed away", "…,” the senator left", "…,”
        actress and former travel reporter Dana Lisle checked in")."""
        words = [t for t in after if t.text != ","]
        verb = next((n for n, t in enumerate(words) if t.tag_ in FINITE), None)
        if not verb or verb > 8:
            return None
        speaker, _ = self.subject_before(words[:verb], right_after_quote=True)
        return speaker

    @staticmethod
    def _absolute_subject(before: list[Token]) -> list[Token] | None:
        """The noun phrase between "with" and a participle that ends ``before`` ("with users",
        "with one senior aide"): the subject of an absolute clause, at most four words."""
        for n in range(len(before) - 1, max(-1, len(before) - 6), -1):
            if before[n].lower_ == "with":
                phrase = before[n + 1 :]
                if phrase and all(t.tag_ in ("DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$") for t in phrase):
                    return phrase
                return None
        return None

    @staticmethod
    def _opening_participle_clause(before: list[Token], k: int) -> int | None:
        """The comma closing a past-participle clause that opens the sentence with the cue at
        ``before[k]`` ("Asked about the polls,", "When pressed on the issue,"), when a finite
        clause follows it; None otherwise."""
        if before[k].tag_ != "VBN" or not all(t.tag_ in ("IN", "WRB") for t in before[:k]) or k > 1:
            return None
        comma = next((m for m in range(k + 1, len(before)) if before[m].text == ","), None)
        if comma is None or not any(t.tag_ in FINITE for t in before[comma + 1 :]):
            return None
        return comma

    def _main_subject_before(self, tokens: list[Token]) -> str | None:
        """The same subject for a second quotation inside the main clause ("After saying “…,” she
        was “whisked off” for tests"): a pronoun or a person right before its last finite verb."""
        verb = next((n for n in range(len(tokens) - 1, 0, -1) if tokens[n].tag_ in FINITE), None)
        if verb is None:
            return None
        subject = tokens[verb - 1]
        hit = self.entity_at.get(subject.i)
        if subject.lower_ in ("he", "she") or (hit is not None and hit[0].label == "PERSON"):
            speaker, _ = self.subject_before(tokens[:verb])
            return speaker
        return None

    def _inverted_after_comma(self, before: list[Token], k: int) -> str | None:
        """The person named right after "said" or "says" that follows a comma, when the order is
        inverted: "The main thing, said Dale Orme: “…”" (the name closes the clause with a
        colon), "It is, said Rep. Jay Roe, D-Wash., the “…”" (a finished clause before the
        comma). Not "Joyce Hale, who lives nearby, said Wednesday was …" nor "A neighbor, Ann
        Roe, said Hale would …": there the cue's subject is before it and the name after it
        opens what was said."""
        if not (0 < k < len(before) - 1 and before[k - 1].text == "," and before[k].lower_ in ("said", "says")):
            return None
        if before[k + 1].tag_ not in ("NNP", "NNPS"):
            return None
        j = k + 1
        while j < len(before) and (before[j].tag_ in ("NNP", "NNPS") or before[j].text == "."):
            j += 1
        follows = before[j].text if j < len(before) else ""
        if follows != ":":
            if follows not in ("", ",", ".", "of"):
                return None  # "said Hale would …"
            head = before[: k - 1]
            finite = next((n for n, t in enumerate(head) if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
            if finite is None or any(t.lower_ in ("who", "which", "that") for t in head[:finite]):
                return None
        # (read only now: ``subject_after`` adds a name the model missed to the story's people)
        name = self.subject_after(before[k + 1 :])
        return name if name is not None and name in self.person_names else None

    def _joined_clause_subject(self, before: list[Token], j: int, k: int) -> str | None:
        """Whom the subject of the finite clause a participle at ``before[k]`` is joined to by the
        "and" at ``before[j]`` names: the noun phrase before the last finite verb ahead of the
        "and" (``clause_subject``), else the sentence's subject."""
        phrase = clause_subject(before[:j], nearest=True)
        return self.resolve_phrase(phrase) if phrase else self.sentence_subject(before[:k])

    @staticmethod
    def _coordinated_participle(before: list[Token], k: int) -> int | None:
        """Where the "and"/"but" is that the participle at ``before[k]`` follows after a finite
        verb of its sentence ("X visited Y and thanked him", "X are looking for Y, and calling
        him"), or None."""
        j = k - 1
        while j >= 0 and before[j].tag_ == "RB":
            j -= 1
        if j < 1 or before[j].lower_ not in ("and", "but"):
            return None
        return j if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before[:j]) else None

    def _addressee_at(self, before: list[Token], m: int) -> bool:
        """Whether the mention ending at ``before[m]`` follows "to" (past its title): someone words
        were sent or said to, not their speaker."""
        entity = self.entity_at[before[m].i][0]
        k = m
        while k >= 0 and self.entity_at.get(before[k].i, (None,))[0] is entity:
            k -= 1
        while k >= 0 and (lexicons.is_title_before_name(before[k].text)):
            k -= 1
        return k >= 0 and before[k].lower_ == "to"

    def _later_clause(self, tokens: list[Token]) -> Attribution | None:
        """'“Ready?” she asked, but as Hale went on about “…”': a new clause between the cue
        and the quotation has its own subject, and the quotation is that subject's words."""
        for m in range(len(tokens) - 1, -1, -1):  # the clause nearest the quotation
            token = tokens[m]
            if token.lower_ not in NEW_CLAUSE or m + 1 >= len(tokens) or tokens[m + 1].lower_ == "that":
                continue
            if m > 0 and tokens[m - 1].lower_ == "that":
                continue  # "He said that although Brentwood is “…”": inside what he said
            if token.lower_ == "as" and (
                (m > 1 and tokens[m - 2].lower_ == "as") or (m + 2 < len(tokens) and tokens[m + 2].lower_ == "as")
            ):
                continue  # "with hiring as solid as it is “…”": a comparison, no clause of its own
            rest = tokens[m + 1 :]
            if not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in rest):
                continue
            if rest[0].tag_ in FINITE:
                continue  # "…, but was rather grabbing": the clause shares the subject before it
            phrase = clause_subject(rest)
            if phrase and self._names_someone(phrase):
                return Attribution(self.resolve_phrase(phrase), None, how="subject")
        return None


# Verbs whose passive names or characterises a thing ("what's called “…”", "is being described
# as", "having been labeled"), or makes its subject the one spoken to ("she was told “…”"): the
# words are someone else's, not what the reporter said.
_NOT_THE_REPORTERS = frozenset(
    {
        "call",
        "describe",
        "label",
        "dub",
        "term",
        "name",
        "brand",
        "characterize",
        "characterise",
        "know",
        "refer",
        "bill",
        "nickname",
        "charge",
        "tell",
        "ask",
        "inform",
        "warn",
        "advise",
        "instruct",
        "order",
        "urge",
    }
)


# Cue verbs that also tell a phase of another verb ("continued to see", "began to build").
_ASPECT_VERBS = frozenset({"continue", "continued", "continues", "begin", "began", "begins", "start", "started"})


def _aspect_before_another_verb(before: list[Token], k: int) -> bool:
    """Whether the cue word at ``k`` is "continued" or "began" before "to" and a verb that
    reports nothing ("his officers continued to see “…”"): a phase of that verb, no reporting."""
    if before[k].lower_ not in _ASPECT_VERBS or k + 2 >= len(before) or before[k + 1].lower_ != "to":
        return False
    return before[k + 2].tag_ == "VB" and not is_cue(before[k + 2])


def _reported_passive(before: list[Token], k: int) -> bool:
    """Whether the passive cue ``before[k]`` stands in what an earlier cue of the sentence reports
    ("She said the post had been written “…”"): a finite cue before it, no "but" or semicolon
    between them, and the passive no verb of naming ("what's called", "is described as")."""
    if cue_lemma(before[k]) in _NOT_THE_REPORTERS or any(t.lower_ == "by" for t in before[k + 1 :]):
        return False  # (nor a passive with its agent: "he was told by a supervisor")
    for m in range(k - 1, -1, -1):
        if before[m].lower_ in ("but", ";") or before[m].text == ";":
            return False
        if is_cue(before[m]) and before[m].tag_ in ("VBD", "VBZ", "VBP"):
            return True
    return False


def _inside_first_of_two_that_clauses(before: list[Token], k: int) -> bool:
    """Whether the cue ``before[k]`` stands inside the first of two "that" clauses of an earlier
    cue and the quotation in the second: "She said that staff had been asked to cut costs and that
    lighting was “…”" (the quotation is what she said, not what staff were asked). Not "He argued
    that taxes should rise and that the rich were “…”", where the cue governs both clauses, nor
    "Roe said that in an interview Hale said that he was “…” and that “…”", where Hale's does."""
    if not any(t.lower_ == "that" and t.tag_ in ("IN", "WDT") for t in before[:k]):
        return False
    if not any(is_cue(t) for t in before[: next(j for j in range(k) if before[j].lower_ == "that")]):
        return False
    rest = before[k + 1 :]
    # (the first "that" after the cue joins a second clause; a cue with a "that" clause of its own
    # governs both: "Roe said that he and friends were “…” and that “…”" is Roe's)
    first = next((m for m, t in enumerate(rest) if t.lower_ == "that"), None)
    return first is not None and first > 0 and rest[first - 1].lower_ in ("and", "but", "or")


def _finite_verb_after_name(before: list[Token], k: int) -> bool:
    """Whether a finite verb follows the cue ``before[k]`` in ``before``, not one inside a
    capitalised name ("mayor of Juazeirinho do Norte": "do" between two names is no verb)."""
    for m in range(k + 1, len(before)):
        token = before[m]
        if token.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        inside = 0 < m < len(before) - 1 and before[m - 1].is_title and before[m + 1].is_title
        if not inside:
            return True
    return False


def _opening_subordinate_participle(before: list[Token], k: int) -> bool:
    """Whether the participle ``before[k]`` opens the sentence, after a preposition at most, which
    a short time phrase may precede: "After saying …", "Saying …", "A day after telling a radio
    host that the wage was “…,” Rep. Roe walked back the remark"."""
    if k <= 1:
        return all(t.tag_ == "IN" for t in before[:k])
    return (
        k <= 4
        and before[k - 1].tag_ == "IN"
        and before[k - 1].lower_ in ("after", "before", "since", "while", "when")
        and all(t.tag_ in ("DT", "CD", "JJ", "NN", "NNS", "RB") for t in before[: k - 1])
    )


def _foretold_in_reported_clause(before: list[Token], k: int) -> bool:
    """Whether the cue ``before[k]`` follows a modal ("would", "will", "could") in a clause that a
    finite cue before it reports: "Loris said the expulsions were baseless and that Vorsk would
    respond “…”". Speech foretold of someone is the reporting subject's words, not theirs."""
    m = k - 1
    if m >= 0 and before[m].lower_ in ("not", "n't"):
        m -= 1
    if m < 1 or before[m].tag_ != "MD":
        return False
    return any(is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP") for t in before[: m - 1])


def _perceived_at(before: list[Token], k: int) -> int | None:
    """Where the verb of perceiving whose object the cue ``before[k]`` reports stands: right
    before it ("heard shouting") or before a short noun phrase, the cue's subject ("heard a man
    yell"); None otherwise, and for a passive ("can be heard saying")."""
    for m in range(k - 1, max(-1, k - 5), -1):
        token = before[m]
        if token.tag_.startswith("VB") and token.lower_ in PERCEPTION_FORMS:
            if m > 0 and before[m - 1].lower_ in BE_FORMS:
                return None  # "Roe can be heard saying “…”": the one heard is the subject, and speaks
            return m
        if token.tag_ not in NP_TAGS:
            return None
    return None
