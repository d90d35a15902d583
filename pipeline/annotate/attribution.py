"""Who said it: the reporting cue next to a quotation and the speaker it names.

For each quotation the frames of news attribution are tried in turn, each bounded to the
quotation's sentence: a cue after the closing mark ("“…,” Marsh said", "“…,” said Marsh, a
professor at X"), a dash signature ("“…” — Jane Roe"), "as X put it", and a cue before the
opening mark ("Marsh said: “…”", "According to X, “…”"). The cue's subject is read from the
tags (names, titles, asides between a name and its verb) and resolved to a story entity by
``coreference``; a speaker that cannot be resolved is left empty rather than guessed. The
frames of a cue after the closing mark are in ``cue_after``, those of a cue before the opening
mark in ``cue_before`` (``Attributor`` builds on both); here are the frames that try them in
turn, and those with no cue (a signature line, a colon, the sentence's subject); quotations that are
someone's words by ownership ("Hale's “…” comment", "Her response? “…”") in ``word_owners``.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_after import words_owned_after
from pipeline.annotate.cue_before import WORDS_NOUNS, CueBefore
from pipeline.annotate.cues import (
    PERCEPTION_FORMS,
    Attribution,
    is_cue,
    passive_after,
)
from pipeline.annotate.focus_questions import question_put_to_the_subject
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import (
    ANSWER_LABEL,
    PREPOSITIONS,
    QUESTION_LABEL,
    SPATIAL_PREPOSITIONS,
)
from pipeline.annotate.quote_clauses import (
    inside_opening_clause,
    introduced_by_cue,
    reported_before,
    reported_in_last_clause,
    statement_author,
)
from pipeline.annotate.referents import QUOTE_CHARS
from pipeline.annotate.word_owners import WordOwners

# A clock time as a live blog's line label ("* 4:52 p.m.:", "Saturday 10:25 a.m.:"): when the
# words were heard, not who spoke them.
_CLOCK_LABEL = re.compile(r"[*•\-–—\s]*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?", re.I)


# A link an embedded post prints between its text and the signature line: "“…” pic.twitter.com/x"
# or a URL, with the space around it.
_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*")


_PLACE_NOUNS = lexicons.words("place_nouns.txt")


class Attributor(CueBefore, WordOwners):
    """Finds cues and speakers for the quote spans of one story.

    The tag-based frames decide first (the subject of their cue read by ``CueSubjects``); where
    they name no speaker, the dependency parse of the quotation's sentence may (``ParsedCues``)."""

    def frames(self, span: QuoteSpan, paragraph: tuple[int, int]) -> Attribution | None:
        """What the tag-based frames read for ``span``, the first of two steps (then ``settle``).
        ``find_quotes`` runs it for every quotation first, so that the sentences the parse must
        read are parsed in one batch (``parse_ahead``) before ``settle``."""
        lo, hi = paragraph
        return self._from_frames(span, lo, hi, self.text[span.start : span.end].rstrip())

    @staticmethod
    def wants_parse(found: Attribution | None) -> bool:
        """Whether the frames' reading leaves the speaker to the parse: they found no cue, or a
        cue whose subject names no one."""
        # (words owned by someone unnamed, or said to be unnamed, stay theirs: no parse)
        return found is None or (
            found.speaker is None and found.how not in ("owner", "passive", "anonymous", "relayed", "perceived")
        )

    def settle(self, span: QuoteSpan, found: Attribution | None) -> Attribution | None:
        """The frames' reading of ``span``, or the parse's where the frames name no speaker and
        the parse does."""
        if not self.wants_parse(found):
            return found
        parsed = self.speaker_from_parse(span)
        return Attribution(*parsed) if parsed else found

    def _from_frames(self, span: QuoteSpan, lo: int, hi: int, inner: str) -> Attribution | None:
        """The tag-based frames: someone's words right before the quotation, a cue after it, a
        dash signature, a cue before it."""
        start = self.sentence_start(span.open_mark, lo)
        before = self.tokens_between(start, span.open_mark)
        first = self.doc[self._token_at(span.start)] if self._token_at(span.start) < len(self.doc) else None
        owned = self._owner_right_before(before, [first] if first is not None else []) or self._owner_around(
            before, span, hi
        )
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
            opens_next = inner.endswith(("?", "!")) and self._introduces_next(span.close_mark + 1, hi)
            # A cue before the quotation is its own, not the verb after it, when the quotation
            # stands in a clause of the sentence so far with a cue of its own ("…, who noted that
            # Sen. Hale had once called such limits “…,” Ventura said"; "When Sen. Kolb promised
            # to “…,” Lutz laughed"), when it closed a sentence whose cue reported it ("Lockwood
            # said broadband was “….” Santos agreed.") or introduced it ("The governor paused and
            # said, “…today.” The chamber laughed." : taken even naming no one), or when the words
            # after it open another clause ("Marsh left, saying “…,” and Brennan laughed"; "Roe
            # asked, “…?” Marsh answered, “…”": that cue introduces the next quotation).
            closed = inner.endswith(".")
            introduced = closed and introduced_by_cue(before)
            reported = closed and reported_before(before)
            own_clause = (
                reported_in_last_clause(before)
                or inside_opening_clause(before)
                or _runs_on(self.text, span, inner, before, after)
                or reported
                or opens_next
                or _opens_with_conjunction(after)
            )
            relayed = (
                found is not None
                and found.cue is not None
                and lexicons.cue_forms().get(found.cue.lower()) == "report"
                and _quoted_by_last_cue(before)
            )
            if found and (own_clause or introduced or (relayed and before)):
                # (or when the verb after only relays it: "Oman's ministry summoned the envoy over
                # what it called “…”, state news agency ONA reported": the ministry's words)
                earlier = self.cue_before(before, after)
                # (a sentence that closed with the quotation keeps its cue, even naming no one:
                # "The president has told allies that Hale was “….” The outlet cited three aides.")
                # (and a question put to the subject when the cue after introduces the answer: "Roe
                # was asked, “…?” He replied: “…”" is no question of Roe's)
                put = opens_next and earlier is not None and earlier.how == "passive"
                if earlier is not None and (earlier.speaker is not None or introduced or reported or relayed or put):
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
        owned_words = self._words_owned_before_colon(before)
        if owned_words is not None:
            return owned_words
        author = statement_author(before, self.entity_at) if before and before[-1].text == ":" else None
        if author is not None:
            return Attribution(author, None)  # "… responded with a statement from her aide, Omar Faisal: “…”"
        found = self.cue_before(before, after) or self.introduced_by_colon(before)
        if found:
            return found
        tail = self.text[span.close_mark + 1 : hi] if span.close_mark is not None else None
        if tail is not None and (not tail.strip() or _LINK.fullmatch(tail)):  # (or a post's link)
            speaker = self._signature_line(span.paragraph)
            if speaker:
                return Attribution(speaker, None)
        # (last: "Her response? “…,” her lawyer said" is the lawyer's)
        return self._owner_asked_before(before, span.open_mark, lo)

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
        label = "".join(t.text for t in clause).rstrip(".")
        if label in (QUESTION_LABEL, ANSWER_LABEL):
            # An interview printed as questions and answers: "Q:" is the interviewer's (unnamed),
            # "A:" the answer of the one the story opened by naming
            answered = self.first_person_named() if label == ANSWER_LABEL else None
            return Attribution(answered, None, how="unnamed subject")
        if tokens[-1].text == "):" or clause[-1].text == ")":
            # The tokenizer may keep "):" whole, and the sentence may start after the "(".
            inner = [t for t in clause if t.text not in ("(", ")")]
            opened = clause[0].text == "(" or self.text[max(0, clause[0].idx - 3) : clause[0].idx].rstrip().endswith(
                "("
            )
            if opened:
                clause = inner[: next((n for n, t in enumerate(inner) if t.text == ","), len(inner))]
            else:
                # "Sen. Ellen Voss (R-Maine): “…”": a bracketed tag after the label's name
                bracket = next((n for n in range(len(clause) - 1, 0, -1) if clause[n].text == "("), None)
                if bracket is None:
                    return None
                clause = clause[:bracket]
        if any(t.tag_.startswith("VB") and t.lower_ in PERCEPTION_FORMS for t in clause):
            return None  # "Then he heard shouting: “Get down!”": what he heard, not his words
        if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause):
            # A transcript's label with the speaker's role: "Ann Roe, assistant district
            # attorney: “…”". The name is before the comma.
            clause = clause[: next((n for n, t in enumerate(clause) if t.text == ","), len(clause))]
        speaker = self._owner_of_words(clause) or self.sentence_subject(clause) or self.subject_before(clause)[0]
        return Attribution(speaker, None, how="subject") if speaker else None

    def first_person_named(self) -> str | None:
        """The person the story names first: in a printed interview, the one interviewed."""
        named = [
            (positions[0], name)
            for name, positions in self.positions_of.items()
            if positions and name in self.person_names and name.split()[-1].lower() not in _PLACE_NOUNS
        ]  # (not "Fennick Town" read as a person: "Q&A with Fennick Town youth coach Olu Abara")
        return min(named)[1] if named else None

    def _introduces_next(self, char: int, hi: int) -> bool:
        """Whether the words from ``char`` end with a comma or colon right before the paragraph's
        next quotation opens ("… Marsh answered, “…”")."""
        stop = self._next_open(char, hi)
        return stop < hi and self.text[char:stop].rstrip().endswith((",", ":"))

    def _next_open(self, char: int, hi: int) -> int:
        k = bisect.bisect_left(self._quoted_starts, char)
        if k < len(self._quoted_starts) and self._quoted_starts[k] < hi:
            return self._quoted_starts[k]
        return hi

    def subject_of_sentence(self, span: QuoteSpan, paragraph: tuple[int, int]) -> str | None:
        """For an embedded fragment with no cue: who the sentence is about, i.e. the first person
        (or organisation or country: "Norway called the plan a “reckless gamble”") in it that is
        not behind a preposition or a verb."""
        start = self.sentence_start(span.open_mark, paragraph[0])
        before = self.tokens_between(start, span.open_mark)
        # (a quotation that opens with a verb says something of the words before it: "said
        # Pelletier's remarks “violated the policy”" is no part of his remarks)
        opening = self._token_at(span.start)
        predicate = opening < len(self.doc) and self.doc[opening].tag_ in ("VBD", "VBZ", "VBP", "MD")
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
                if any(t.lower_ in WORDS_NOUNS for t in before[index + 2 : index + 5]) and not predicate:
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
                if k + 1 < len(before) and before[k].text == "," and before[k + 1].lower_ in ("which", "who"):
                    # past a relative clause set off: "The Initiative, which runs the site, said"
                    close = next((m for m in range(k + 2, min(len(before), k + 16)) if before[m].text == ","), None)
                    k = close + 1 if close is not None else k
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

    def questioned(self, tokens: list[Token]) -> Attribution | None:
        """ "Does she support the Senate's tax plan? “Not as written.”": a question the reporter
        puts in their own words (not quoted), about a person named or called "he" or "she" in
        its first words, is answered by the quotation right after it: that person's."""
        if len(tokens) < 3 or tokens[-1].text != "?" or any(t.text in QUOTE_CHARS for t in tokens):
            return None
        for token in tokens[:6]:
            hit = self.entity_at.get(token.i)
            if hit is not None and hit[0].label == "PERSON":
                return Attribution(hit[0].name, None, how="subject")
            if token.lower_ in ("he", "she"):
                name = self.resolve_pronoun(token.lower_, token.idx)
                return Attribution(name, None, how="subject") if name else None
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


def _runs_on(text: str, span: QuoteSpan, inner: str, before: list[Token], after: list[Token]) -> bool:
    """Whether the sentence runs on through a quotation: no punctuation closes the quoted words
    and a lower-case word follows the closing mark ("Keel said she was “stunned” the chief would
    not condemn him"). The words after are the rest of the clause the quotation stands in, not its
    attribution, whatever verb they hold: a cue before the quotation speaks for it. Not when a
    comma sets off the cue after ("Jackman was “thrilled” at the offer, Mark said": Mark's),
    unless the cue before stands right before the quotation ("and said “shame on us” in Congress
    …, Murphy said": hers, however the next sentence's end was missed)."""
    if span.close_mark is None or not inner or not (inner[-1].isalnum() or inner[-1] in ")%"):
        return False
    rest = text[span.close_mark + 1 : span.close_mark + 40]
    words = rest.split(None, 1)
    if not (rest[:1] == " " and bool(words) and words[0][:1].islower() and words[0][:1].isalpha()):
        return False
    cue = next((t for t in after if is_cue(t)), None)
    if cue is None or not any(t.text == "," and t.i < cue.i for t in after):
        return True
    return bool(before) and is_cue(before[-1]) and before[-1].tag_ in ("VBD", "VBZ", "VBP")


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


def _quoted_by_last_cue(before: list[Token]) -> bool:
    """Whether the words before a quotation end in a cue's clause: the last cue has no finite verb
    after it, or only inside a "that" clause it reports ("over what it called", "told his
    counterpart that Tokyo must stop"), not "The giveaways he cited are “…”"."""
    last = next((k for k in range(len(before) - 1, -1, -1) if is_cue(before[k])), None)
    if last is None:
        return False
    rest = before[last + 1 :]
    if any(t.lower_ == "that" for t in rest):
        return True
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest)
