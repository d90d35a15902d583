"""Who said it: the reporting cue next to a quotation and the speaker it names.

For each quotation the frames of news attribution are tried in turn, each bounded to the
quotation's sentence: a cue after the closing mark ("“…,” Marsh said", "“…,” said Marsh, a
professor at X"), a dash signature ("“…” — Jane Roe"), "as X put it", and a cue before the
opening mark ("Marsh said: “…”", "According to X, “…”"). The cue's subject is read from the
tags (names, titles, asides between a name and its verb) and resolved to a story entity by
``coreference``; a speaker that cannot be resolved is left empty rather than guessed. The
frames of a cue after the closing mark are in ``cue_after`` (``Attributor`` builds on them).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_after import CueAfter, words_owned_after
from pipeline.annotate.cues import (
    Attribution,
    catenative_start,
    is_cue,
    passive_after,
    spoken_of,
)
from pipeline.annotate.focus_questions import question_put_to_the_subject
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import (
    NEW_CLAUSE,
    PREPOSITIONS,
    SPATIAL_PREPOSITIONS,
    clause_subject,
)
from pipeline.annotate.referents import FINITE

# Nouns for someone's words, spoken or written ("remarks", "answer", "statement", "memo"): built
# once, not for every token that is tested.
_WORDS_NOUNS = lexicons.words("speech_nouns") | lexicons.words("document_nouns")
# A clock time as a live blog's line label ("* 4:52 p.m.:", "Saturday 10:25 a.m.:"): when the
# words were heard, not who spoke them.
_CLOCK_LABEL = re.compile(r"[*•\-–—\s]*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?", re.I)


# A link an embedded post prints between its text and the signature line: "“…” pic.twitter.com/x"
# or a URL, with the space around it.
_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*")


class Attributor(CueAfter):
    """Finds cues and speakers for the quote spans of one story.

    The tag-based frames decide first (the subject of their cue read by ``CueSubjects``); where
    they name no speaker, the dependency parse of the quotation's sentence may (``ParsedCues``)."""

    def attribute(self, span: QuoteSpan, paragraph: tuple[int, int]) -> Attribution | None:
        """Speaker and cue from the quote's own sentence, or None when it names no cue."""
        lo, hi = paragraph
        inner = self.text[span.start : span.end].rstrip()
        found = self._from_frames(span, lo, hi, inner)
        if found is not None and (
            found.speaker is not None or found.how in ("owner", "passive", "anonymous", "relayed")
        ):
            return found  # (words owned by someone unnamed, or said to be unnamed, stay theirs: no parse)
        # The frames found no cue, or a cue whose subject names no one: the parse may know better.
        parsed = self.speaker_from_parse(span)
        return Attribution(*parsed) if parsed else found

    def _from_frames(self, span: QuoteSpan, lo: int, hi: int, inner: str) -> Attribution | None:
        """The tag-based frames: someone's words right before the quotation, a cue after it, a
        dash signature, a cue before it."""
        start = self.sentence_start(span.open_mark, lo)
        before = self.tokens_between(start, span.open_mark)
        owned = self._owner_right_before(before) or self._owner_around(before, span, hi)
        if owned is not None:
            return owned
        opening = [t for t in before if not t.is_space]
        for k, token in enumerate(opening[:3]):
            if is_cue(token) and question_put_to_the_subject(opening, k):
                # "Asked “what would you cut first?,” Kroll paused", "When asked “…,” Roe said he
                # did not": the quotation is the question put to the main clause's subject, by
                # whoever asked ("Asked by Sen. Roe “…”"), whatever cue follows it.
                return Attribution(self.agent(opening[k + 1 :]), token.text, how="passive")
        # After the quote: “…,” Marsh told reporters / “…,” said Marsh.
        after: list[Token] = []
        if span.close_mark is not None:
            stop = self._next_open(span.close_mark + 1, hi)
            rest = self.text[span.close_mark + 1 : stop]
            link = _LINK.match(rest)
            if link is not None and "\n" in link.group(0):
                rest = " " * link.end() + rest[link.end() :]  # an embedded post: “…” pic.twitter.com/x¶— Roe
            if rest.lstrip()[:1] in ("—", "–", "―") and len(rest.split()) <= 8:
                # A quotation signed with a dash: “…” ― Jane Roe
                dash = span.close_mark + 1 + (len(rest) - len(rest.lstrip()))
                speaker = self.subject_after(self.tokens_between(dash + 1, stop))
                if speaker:
                    return Attribution(speaker, None)
            stop = min(stop, self.sentence_end(span.close_mark + 1, stop))
            after = self.tokens_between(span.close_mark + 1, stop)
            found = self._cue_after(after, strict=inner.endswith("."))
            if found and _opens_with_conjunction(after):
                # Marsh left, saying “…,” and Brennan laughed: a cue before the quote is its own;
                # the clause the conjunction adds after it reports something else.
                earlier = self.cue_before(before, after)
                if earlier is not None and earlier.speaker is not None:
                    return earlier
            if found:
                return found
            owner = words_owned_after(after, self.entity_at)
            if owner is not None:
                return Attribution(owner, None, how="subject")  # “…” That was Roe's message.
            if inner.endswith(","):
                named = self._name_without_cue(after)
                if named:
                    return Attribution(named, None)
                manner = self._manner_clause(after) if not before else None  # (the quotation opens its sentence)
                if manner is not None:
                    return manner
        # Before the quote: Marsh said flatly: “…” / Marsh repeated … that “…”.
        if _bracketed_label(before):
            # "(Roe, state attorney general, praising the crews): “…”": a transcript's label names
            # the speaker, whatever verb the note on the answer holds.
            found = self.introduced_by_colon(before)
            if found is not None and found.speaker is not None:
                return found
        found = self.cue_before(before, after) or self.introduced_by_colon(before)
        if found:
            return found
        tail = self.text[span.close_mark + 1 : hi] if span.close_mark is not None else None
        if tail is not None and (not tail.strip() or _LINK.fullmatch(tail)):  # (or a post's link)
            speaker = self._signature_line(span.paragraph)
            if speaker:
                return Attribution(speaker, None)
        return None

    def _signature_line(self, paragraph: int) -> str | None:
        """The speaker a dash signs on the line after a quotation that ends its paragraph:
        “…”¶— Jane Roe, The Daily Planet. The line is short and holds no quotation of its own."""
        paragraphs = getattr(self, "_paragraphs", None)
        if not paragraphs or paragraph + 1 >= len(paragraphs):
            return None
        lo, hi = paragraphs[paragraph + 1]
        line = self.text[lo:hi].strip()
        dash = next((d for d in ("--", "—", "–", "―") if line.startswith(d)), None)
        if dash is None or len(line.split()) > 9 or self._next_open(lo, hi) < hi:
            return None
        start = lo + (len(self.text[lo:hi]) - len(self.text[lo:hi].lstrip())) + len(dash)
        tokens = self.tokens_between(start, hi)
        named = next((t for t in tokens if not (lexicons.is_title_word(t.text) or t.text == ".")), None)
        if named is None or named.i not in self.entity_at:
            return None  # "— additional reporting by …": a credit, not a name (past "Sen.", "Rep.")
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
            return None  # "— The council voted 5-2": a line of its own, not a signature
        speaker = self.subject_after(tokens)
        # A name printed on the line, not a description resolved to someone named before.
        return speaker if speaker and speaker.split()[-1] in line else None

    def introduced_by_colon(self, tokens: list[Token]) -> Attribution | None:
        """A quotation a colon introduces without a reporting verb belongs to the clause's subject:
        "Roe issued a statement on Friday: “…”", "Roe had a message for them: “…”", and in a
        transcript, the label alone: "Witness Roe: “…”", "Roe, county prosecutor: “…”", or in
        brackets with a note on the answer: "(Roe, asked about the levee): “…”"."""
        if len(tokens) < 2 or tokens[-1].text not in (":", "):"):
            return None
        clause = tokens[:-1]
        if _CLOCK_LABEL.fullmatch(self.text[clause[0].idx : clause[-1].idx + len(clause[-1])]):
            return None
        if tokens[-1].text == "):" or clause[-1].text == ")":
            # The tokenizer may keep "):" whole, and the sentence may start after the "(".
            inner = [t for t in clause if t.text not in ("(", ")")]
            opened = clause[0].text == "(" or self.text[max(0, clause[0].idx - 3) : clause[0].idx].rstrip().endswith(
                "("
            )
            if not opened:
                return None
            clause = inner[: next((n for n, t in enumerate(inner) if t.text == ","), len(inner))]
        elif not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause):
            # A transcript's label with the speaker's role: "Ann Roe, assistant district
            # attorney: “…”". The name is before the comma.
            clause = clause[: next((n for n, t in enumerate(clause) if t.text == ","), len(clause))]
        speaker = self._owner_of_words(clause) or self.sentence_subject(clause) or self.subject_before(clause)[0]
        return Attribution(speaker, None, how="subject") if speaker else None

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

    def _next_open(self, char: int, hi: int) -> int:
        k = bisect.bisect_left(self._quoted_starts, char)
        if k < len(self._quoted_starts) and self._quoted_starts[k] < hi:
            return self._quoted_starts[k]
        return hi

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
                source = self.subject_after(before[source_at:])
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
            other = self._later_clause(before[k + 1 :])
            if other is not None:
                return other
            if token.tag_ == "VBG" and self._coordinated_participle(before, k):
                # "Police are looking for Roe, her neighbour, and calling him “…”": the participle
                # shares the subject of the finite clause it is joined to, not the nearest name.
                return Attribution(self.sentence_subject(before[:k]), token.text, how="shared subject")
            if token.tag_ == "VBG" and after and k <= 1 and all(t.tag_ == "IN" for t in before[:k]):
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
            if token.tag_ == "VBG" and k > 0 and before[k - 1].i in self.entity_at:
                # "footage of Roe saying, “…”": the name right before the participle.
                return Attribution(self.entity_at[before[k - 1].i][0].name, token.text)
            if spoken_of(before, k) and not any(t.lower_ in _WORDS_NOUNS for t in before[k + 1 :]):
                # "Roe was described by a neighbor as “…”", "Roe was called “…”": Roe is who the
                # words are about; they are the agent's, if the sentence names one (not "Roe's
                # memo was mocked for its claim that “…”": the claim's).
                return Attribution(self.agent(before[k + 1 :]), token.text, how="passive")
            inverted = self._inverted_after_comma(before, k)
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
            if found and speaker is None and self._someone_unnamed(before[:k]):
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
        before its first finite verb ("…,” she was rushed away", "…,” the senator left")."""
        words = [t for t in after if t.text != ","]
        verb = next((n for n, t in enumerate(words) if t.tag_ in FINITE), None)
        if not verb or verb > 6:
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

    @staticmethod
    def _coordinated_participle(before: list[Token], k: int) -> bool:
        """Whether the participle at ``before[k]`` follows "and"/"but" after a finite verb of its
        sentence: "X visited Y and thanked him", "X are looking for Y, and calling him"."""
        j = k - 1
        while j >= 0 and before[j].tag_ == "RB":
            j -= 1
        if j < 1 or before[j].lower_ not in ("and", "but"):
            return False
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before[:j])

    def _later_clause(self, tokens: list[Token]) -> Attribution | None:
        """'“Ready?” she asked, but as Hale went on about “…”': a new clause between the cue
        and the quotation has its own subject, and the quotation is that subject's words."""
        for m in range(len(tokens) - 1, -1, -1):  # the clause nearest the quotation
            token = tokens[m]
            if token.lower_ not in NEW_CLAUSE or m + 1 >= len(tokens) or tokens[m + 1].lower_ == "that":
                continue
            if m > 0 and tokens[m - 1].lower_ == "that":
                continue  # "He said that although Brentwood is “…”": inside what he said
            rest = tokens[m + 1 :]
            if not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in rest):
                continue
            if rest[0].tag_ in FINITE:
                continue  # "…, but was rather grabbing": the clause shares the subject before it
            phrase = clause_subject(rest)
            if phrase and self._names_someone(phrase):
                return Attribution(self.resolve_phrase(phrase), None, how="subject")
        return None

    def subject_of_sentence(self, span: QuoteSpan, paragraph: tuple[int, int]) -> str | None:
        """For an embedded fragment with no cue: who the sentence is about, i.e. the first person
        (or organisation or country: "Norway called the plan a “reckless gamble”") in it that is
        not behind a preposition or a verb."""
        start = self.sentence_start(span.open_mark, paragraph[0])
        before = self.tokens_between(start, span.open_mark)
        for index, token in enumerate(before):
            done, referent = self.focus.referent_at(token.i)
            opens = index  # the noun phrase's first word: "to the hospital" is behind a preposition
            while opens > 0 and before[opens - 1].tag_ in ("DT", "JJ", "PRP$", "NN", "NNP", "POS", "CD"):
                opens -= 1
            if done and (
                opens == 0 or before[opens - 1].tag_ not in ("IN", "TO") and not before[opens - 1].tag_.startswith("VB")
            ):
                # "He also told …", "The agency said …": a pronoun or description opening the
                # sentence is its subject, and when it is someone the story does not name, so be it.
                return referent.name if referent is not None else None
            hit = self.entity_at.get(token.i)
            if not hit or hit[0].label not in ("PERSON", "ORG", "GPE"):
                continue
            j = index - 1
            while j >= 0 and before[j].i in self.entity_at and self.entity_at[before[j].i][0] is hit[0]:
                j -= 1
            while j >= 0 and (before[j].tag_ in ("NNP", "NNPS", "JJ") and before[j].i not in self.entity_at):
                j -= 1  # titles: "Gov. Ann Marie Roe"
            if (
                j > 0
                and before[j].tag_ == "DT"
                and (
                    before[j + 1].tag_ == "JJ"
                    or before[j - 1].lower_ in SPATIAL_PREPOSITIONS
                    or (before[j - 1].lower_ in PREPOSITIONS and hit[0].label != "PERSON")
                )
            ):
                # "from a former Acme mine", "outside the Capitol", "In an Instagram post": behind
                # the preposition (but "a flyer on the Dunn campaign's website" is Dunn's)
                j -= 1
            if index + 1 < len(before) and before[index + 1].tag_ == "POS":
                # "Vogel's earlier memo", "in Osei's words": her words, even behind a preposition;
                # "Roe's team": the team, not Roe.
                if any(t.lower_ in _WORDS_NOUNS for t in before[index + 2 : index + 5]):
                    return hit[0].name
                continue
            if j >= 0 and (
                before[j].lower_ in PREPOSITIONS
                or before[j].lower_ in SPATIAL_PREPOSITIONS
                or before[j].tag_.startswith("VB")
            ):
                continue
            if j >= 0 and before[j].lower_ in ("that", "whether", "if"):
                continue  # "parents agreed that Roe is doing a “…”": the reported clause's subject
            if passive_after(before, index):
                return None  # "Roe was indicted for her “personal use”": the words are not Roe's
            if self._modifies_a_group(before, index, hit[0]):
                continue  # "Brexit supporters said the report “…”": the supporters, not Brexit
            if hit[0].label != "PERSON":
                # An organisation or country only as the subject of a verb ("Norway called ..."),
                # not a heading or a modifier ("EB-5 investors").
                k = index + 1
                while k < len(before) and self.entity_at.get(before[k].i, (None,))[0] is hit[0]:
                    k += 1
                follows = before[k] if k < len(before) else None
                if follows is None or not (
                    follows.tag_ in ("VBD", "VBZ", "VBP", "MD") or follows.lower_ in lexicons.words("document_nouns")
                ):
                    continue  # ("the auditor's report found" counts: documents speak for their authors)
            return hit[0].name
        return None

    def interviewee(self, tokens: list[Token]) -> Attribution | None:
        """ "Channel 9 talked to Marcus Fenwick Jr., a classmate …", "we spoke with neighbor Ann Roe":
        the person a sentence says was interviewed, by an outlet or reporters rather than by
        another person named before, is the source of the quotation after it."""
        for k, token in enumerate(tokens[:-1]):
            verb = token.lower_
            preposition = tokens[k + 1].lower_
            if not (
                verb in ("spoke", "talked", "speaking", "talking")
                and preposition in ("with", "to")
                or verb in ("interviewed", "reached")
            ):
                continue
            if any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in tokens[:k]):
                return None  # "The mayor Ann Roe spoke with Hale": either may speak next
            start = k + 2 if preposition in ("with", "to") else k + 1
            for j in range(start, min(len(tokens), start + 3)):
                hit = self.entity_at.get(tokens[j].i)
                if hit is not None and hit[0].label == "PERSON":
                    return Attribution(hit[0].name, None, how="subject")
                if tokens[j].tag_ not in ("NN", "DT", "JJ", "PRP$", "POS"):
                    break  # "spoke with a neighbor", "spoke with him": no name here
            return None
        return None

    def _modifies_a_group(self, before: list[Token], index: int, entity) -> bool:
        """Whether the name at ``before[index]`` only modifies a plural noun right after it
        ("Brexit supporters", "Hanson fans"): a group that is not the name's own voice, as
        "Acme officials" are Acme's (``organisation_voices.txt``)."""
        k = index + 1
        while k < len(before) and self.entity_at.get(before[k].i, (None,))[0] is entity:
            k += 1
        follows = before[k] if k < len(before) else None
        return (
            follows is not None
            and follows.tag_ == "NNS"
            and follows.text[:1].islower()
            and follows.lower_ not in lexicons.words("organisation_voices")
        )

    def _owner_around(self, before: list[Token], span: QuoteSpan, hi: int) -> Attribution | None:
        """ "Roe was criticized for her “…” remark", "Hale's “…” comment drew boos": a possessor
        right before the quotation and a noun of words right after it make it the possessor's."""
        if span.close_mark is None or not before:
            return None
        after = self.tokens_between(span.close_mark + 1, min(hi, span.close_mark + 40))
        if not after or after[0].lower_ not in _WORDS_NOUNS:
            return None
        found, speaker = self._possessor([*before, after[0]], len(before))
        if found and speaker is None and before[-1].lower_ in ("his", "her"):
            speaker = self.sentence_subject(before)  # "Roe was criticized for her “…” remark"
        return Attribution(speaker, None, how="owner") if found else None

    def _owner_right_before(self, before: list[Token]) -> Attribution | None:
        """ "Responding to a reader's post that “…”, Berry replied": the quotation is the words
        of the possessor right before it (a name, or someone unnamed: no speaker), not of the
        cue after it. Only "that", a comma, a colon or "of" may stand between noun and quotation."""
        for k in range(len(before) - 1, max(0, len(before) - 5), -1):
            if before[k].lower_ in _WORDS_NOUNS:
                tail = before[k + 1 :]
                if not all(t.lower_ in ("that", ",", ":", "of") for t in tail):
                    return None
                found, speaker = self._possessor(before, k)
                if not found or (
                    speaker is None and any(t.lower_ in ("his", "her") for t in before[max(0, k - 3) : k])
                ):
                    return None  # no possessor, or an unresolved "his": the cue decides ("In his statement, “…,” Hale wrote")
                return Attribution(speaker, None, how="owner")
        return None

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


def _opens_with_conjunction(after: list[Token]) -> bool:
    """Whether the words after a quotation open a coordinated clause ("…,” and Brennan laughed")."""
    words = [t for t in after if t.text != ","]
    return bool(words) and words[0].lower_ in ("and", "but", "yet")


def _bracketed_label(tokens: list[Token]) -> bool:
    """Whether ``tokens`` (a sentence up to a quotation) end with a bracketed label and a colon."""
    if not tokens:
        return False
    if tokens[-1].text == "):":
        return True
    return len(tokens) > 1 and tokens[-1].text == ":" and tokens[-2].text == ")"
