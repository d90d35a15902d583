"""Subjects a cue's clause names away from the verb: the antecedent of a relative pronoun ("Lisa
Crane of Maine, who said", "rejected by the nurses' association, which called it") and the object
of a causative verb before an infinitive cue ("the shooting prompted Chief Dana Kroll to ask").
``CueSubjects`` (``cue_subjects.py``) reads the rest of a cue's subject and builds on this class.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.parsed_cues import ParsedCues
from pipeline.annotate.phrases import is_affiliation, last_noun_phrase, np_token, speaking_noun
from pipeline.annotate.referents import NP_TAGS, QUOTE_CHARS

_CAUSATIVE_FORMS = lexicons.verb_forms("causative_verbs")


class AntecedentSubjects(ParsedCues):
    """Whom a relative pronoun or a causative verb's object names, for ``CueSubjects``."""

    def _caused_subject(self, tokens: list[Token]) -> str | None:
        """The person named as the object of a causative verb (``causative_verbs.txt``) right
        before an infinitive cue's "to": "the shooting prompted Chief Dana Kroll to ask", "the vote
        led Sen. Ruth Mallory to declare"; the object does the saying, not the verb's subject."""
        if not tokens:
            return None
        hit = self.entity_at.get(tokens[-1].i)
        if hit is None or hit[0].label != "PERSON":
            return None
        k = len(tokens) - 1
        while k >= 0 and (
            self.entity_at.get(tokens[k].i, (None,))[0] is hit[0]
            or lexicons.is_title_before_name(tokens[k].text)
            or tokens[k].text == "."
        ):
            k -= 1  # the name and the title before it: "Chief Dana Kroll", "Sen. Ruth Mallory"
        if k >= 0 and tokens[k].lower_ in _CAUSATIVE_FORMS and tokens[k].tag_.startswith("VB"):
            return hit[0].name
        return None

    def _antecedent(self, tokens: list[Token], pronoun: str) -> str | None:
        """The speaker a relative pronoun after ``tokens`` stands for: the last person named (or,
        for "which" or "that", organisation: set off by a comma, or its author after "by" or
        "from"), when only a place or an affiliation follows it
        ("Senator Crane of Maine,"; "rejected by the nurses' association, which said", where the
        name is a preposition's object and no subject of its own clause; not the hospital of "a
        nurse at Harbor Hospital, who said"), else the last noun phrase ("the audit office's
        report,")."""
        set_off = bool(tokens) and tokens[-1].text in (",", "—", "–")
        who = tokens[-1].i + 1 if tokens else 0  # the relative pronoun
        while tokens and tokens[-1].text in (",", "—", "–"):
            tokens = tokens[:-1]
        tokens = _without_affiliation(tokens)  # "Sen. Ted Crane (R-Texas), who said": Crane
        for k in range(len(tokens) - 1, max(-1, len(tokens) - 12), -1):
            hit = self.entity_at.get(tokens[k].i)
            if (
                hit
                and hit[0].label == "ORG"
                and (pronoun == "who" or not (set_off or self._authored_by(tokens, hit[1])))
            ):
                continue  # "a message on Instagram that reads": the message's clause, the platform no author
            if hit and hit[0].label in ("PERSON", "ORG"):
                tail = tokens[k + 1 :]
                while tail and self.entity_at.get(tail[0].i) == hit:
                    tail = tail[1:]
                if not tail or (tail[0].lower_ in ("of", "from") and len(tail) <= 4):
                    return hit[0].name
                if _apposition(tail) and (hit[0].label == "PERSON") == (pronoun == "who"):
                    # "Sen. Raymond Cortez, a Republican, who said": Cortez; "the Harbor
                    # Institute, a think tank, which called it": the institute
                    return hit[0].name
                break
        described = self._described_before(tokens) if pronoun == "who" and self._reports_in_clause(who) else None
        if described and described[-1].lower_ in lexicons.words("spokes_bodies"):
            # "a man claiming to be from her bank's fraud team, who told her": not the team (whose
            # bank would speak), someone the phrase before it leaves unnamed
            return None
        if described is not None:
            # "heard from the head of the largest nursing union, who described", "met a nurse at
            # Harbor Hospital, who said": the phrase right before (past the place or body it is
            # at), whose head is a common noun (someone unnamed here), not the clause's subject
            return self.resolve_phrase(described)
        phrase = last_noun_phrase(tokens)
        return self.resolve_phrase(phrase) if phrase else None

    def _reports_in_clause(self, who: int) -> bool:
        """Whether the quotation after the relative clause opening at ``who`` is what its verb
        reports: no second "that" stands before the next quotation mark ("told a woman who
        suggested that some may not vote that “…”" reports the telling)."""
        doc, thats = self.doc, 0
        if who + 2 < len(doc) and doc[who + 2].lower_ == "to":
            return False  # "officers who responded to the scene": no words of theirs
        for token in doc[who + 1 : who + 40]:
            if token.text in QUOTE_CHARS:
                return True
            thats += token.lower_ == "that"
            if thats > 1:
                return False
        return False

    def _described_before(self, tokens: list[Token]) -> list[Token] | None:
        """The noun phrase that ends ``tokens`` when a common noun heads it, past an organisation
        or place it is at ("a nurse at Harbor Hospital"); else None."""
        end = len(tokens)
        hit = self.entity_at.get(tokens[-1].i) if tokens else None
        if hit is not None and hit[0].label in ("ORG", "GPE", "FAC"):
            while end > 0 and self.entity_at.get(tokens[end - 1].i) == hit:
                end -= 1
            if end > 0 and tokens[end - 1].lower_ == "the":
                end -= 1
            if end < 2 or tokens[end - 1].lower_ not in ("at", "of", "from", "with", "in"):
                return None
            end -= 1
        head = tokens[end - 1] if end else None
        if head is None or head.tag_ not in ("NN", "NNS") or head.i in self.entity_at or not speaking_noun(head.lower_):
            return None  # (someone: not "a source familiar with the talks last time, who")
        start = end
        while start > 0 and np_token(tokens[start - 1]):
            start -= 1
        return tokens[start:end]

    def _authored_by(self, tokens: list[Token], start_char: int) -> bool:
        """Whether the name starting at ``start_char`` in ``tokens`` follows "by" or "from" (after
        an article): "a statement from the union that called", "a report by the GAO that found"
        name the author of what the relative clause reports."""
        k = next((m for m, t in enumerate(tokens) if t.idx == start_char), None)
        if k is not None and k > 0 and tokens[k - 1].lower_ == "the":
            k -= 1
        return k is not None and k > 0 and tokens[k - 1].lower_ in ("by", "from")


def _without_affiliation(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the party and state tag that ends them: "(R-Texas)" or ", D-Calif."
    after a lawmaker's name is no antecedent of the "who" after it."""
    if tokens and tokens[-1].text == ")":
        k = next((m for m in range(len(tokens) - 2, max(-1, len(tokens) - 8), -1) if tokens[m].text == "("), None)
        return tokens[:k] if k is not None and is_affiliation(tokens[k + 1 : -1]) else tokens
    k = next((m for m in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1) if tokens[m].text == ","), None)
    return tokens[:k] if k is not None and is_affiliation(tokens[k + 1 :]) else tokens


def _apposition(tail: list[Token]) -> bool:
    """Whether ``tail``, the words between a name and a relative pronoun, is an apposition: a
    comma and a short noun phrase with its article (", a Republican", ", the chairwoman"), which
    may end with where the person is from or at (", a moderate Democrat from New Jersey"); or an
    age (", 71", ", 71, from Colchester")."""
    if len(tail) >= 2 and tail[0].text == "," and tail[1].like_num and (len(tail) == 2 or tail[2].text == ","):
        # (an age first: ", 71," or ", 71, from Colchester," or ", 71, a retired teacher")
        rest = tail[2:]
        return (
            len(rest) < 2
            or _apposition(rest)
            or (
                len(rest) <= 5
                and rest[1].lower_ in ("from", "of", "in")
                and all(t.tag_ in ("NNP", "NNPS") for t in rest[2:])
            )
        )
    phrase = tail[1:]
    place = next((m for m, t in enumerate(phrase) if t.lower_ in ("from", "of", "at", "in")), len(phrase))
    where = phrase[place + 1 :]
    return (
        len(tail) >= 3
        and tail[0].text == ","
        and 2 <= place <= 4
        and phrase[0].lower_ in ("a", "an", "the")
        and all(t.tag_ in NP_TAGS for t in phrase[:place])
        and len(where) <= 3
        and all(t.tag_ in ("NNP", "NNPS") for t in where)
    )
