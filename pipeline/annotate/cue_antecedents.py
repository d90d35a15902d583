"""Subjects a cue's clause names away from the verb: the antecedent of a relative pronoun ("Lisa
Crane of Maine, who said", "rejected by the nurses' association, which called it") and the object
of a causative verb before an infinitive cue ("the shooting prompted Chief Dana Kroll to ask").
``CueSubjects`` (``cue_subjects.py``) reads the rest of a cue's subject and builds on this class.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.parsed_cues import ParsedCues
from pipeline.annotate.phrases import is_affiliation, last_noun_phrase
from pipeline.annotate.referents import NP_TAGS

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
        phrase = last_noun_phrase(tokens)
        return self.resolve_phrase(phrase) if phrase else None

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
    may end with where the person is from or at (", a moderate Democrat from New Jersey")."""
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
