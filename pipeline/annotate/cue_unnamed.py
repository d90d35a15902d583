"""Subjects a cue has that name no one the story names: "police said", "a neighbor said", "said
the junior who did not want to be identified", "her father said" when the focus pass found no name
for the father. ``CueSubjects`` (``cue_subjects.py``) reads these when the subject phrase resolved
to no entity, so that no other name in the sentence is taken for the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.naming import says_unnamed
from pipeline.annotate.phrases import SUBORDINATORS, clause_subject, skips_before_cue, speaking_noun

# Pronouns for someone unnamed: as a cue's subject they name no one the story names.
INDEFINITE_PERSONS = frozenset({"somebody", "someone", "anybody", "anyone", "nobody", "everybody", "everyone"})


class UnnamedSubjects:
    """Readers of subjects that are someone unnamed; mixed into ``CueSubjects``, whose
    ``entity_at`` and ``focus`` they read."""

    def anonymous_who(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` (a cue's subject phrase after it) hold a relative clause saying the
        person is not named: "said the junior who did not want to be identified"."""
        for k, token in enumerate(tokens[:12]):
            hit = self.entity_at.get(token.i)
            if hit is not None and hit[0].label == "PERSON":
                return False  # "said Herbert, who didn't have the names": a person the story names
            if token.lower_ == "who":
                return says_unnamed(tokens[k + 1 : k + 13])  # (not "who gave her name only as Dina")
        return False

    @staticmethod
    def _someone_unnamed(tokens: list[Token]) -> bool:
        """Whether the word right before a cue (past adverbs) is a pronoun (personal, or "who") or a
        noun for whoever speaks ("police", "a neighbor", "his son", "her roommates", "officials",
        "the union"): a subject that is someone, named or not."""
        k = len(tokens) - 1
        while k >= 0 and (tokens[k].tag_ in ("RB", "MD") or skips_before_cue(tokens[k])):
            k -= 1  # (and auxiliaries: "one aide had described")
        if k < 0:
            return False
        return (
            tokens[k].tag_ == "PRP"
            or tokens[k].lower_ in INDEFINITE_PERSONS
            or tokens[k].lower_ == "who"  # (a person: "the head of the union, who described")
            or speaking_noun(tokens[k].lower_)
        )

    def unnamed_subject(self, tokens: list[Token]) -> bool:
        """Whether the cue after ``tokens`` has someone for subject, when ``subject_before`` named
        no one: the word right before the cue (``_someone_unnamed``), or the head of the clause's
        subject phrase past what modifies it ("prominent campaigners pushing for a soft exit that
        would keep Britain in the market said": not the last name before the cue)."""
        if self._someone_unnamed(tokens):
            return True
        if any(is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP") for t in tokens):
            return False  # ("Roe said she wanted to tell …": the cue of a clause inside another's)
        words = [t.lower_ for t in tokens]
        if words and words[0] in SUBORDINATORS and "," in words:
            # "When Kilgallen died, the governor who had fought him called": the main clause's
            # subject, not the subordinate clause's
            tokens = tokens[words.index(",") + 1 :]
        phrase = clause_subject(tokens)
        while len(phrase) > 1 and phrase[-1].tag_ in ("JJ", "VBN", "VBG"):
            # "a person familiar with her thinking told": the head before its modifier, whose
            # object ("her thinking") is no subject
            phrase = phrase[:-1]
        if not phrase or phrase[-1].tag_ not in ("NN", "NNS") or not speaking_noun(phrase[-1].lower_):
            return False
        head = phrase[-1].lower_
        voice = head in lexicons.words("organisation_voices") or head.rstrip("s") in lexicons.words("spokes_nouns")
        # ("European Union officials …, insisting": a named organisation's voice speaks for it)
        return not (voice and any(t.i in self.entity_at for t in phrase))

    def _unnamed_description(self, tokens: list[Token], *, after_cue: bool) -> bool:
        """Whether the noun phrase right after a cue ("said the brother", "said his aunt"), or
        right before one ("her father said", ``after_cue`` False), is a description the discourse
        focus resolved to someone the story does not name. (Not a pronoun or description the focus
        left alone: "said he" may still be the person the sentence is about.)"""
        if after_cue:
            head = None
            for token in tokens[:6]:
                if token.tag_ in ("DT", "PRP$", "JJ", "POS", "CD", "HYPH") or token.lower_ in ("'s", "’s"):
                    continue
                head = token if token.tag_ in ("NN", "NNS") else None
                break
        else:
            k = len(tokens) - 1
            while k >= 0 and tokens[k].tag_ in ("RB", "MD"):
                k -= 1
            head = tokens[k] if k >= 0 and tokens[k].tag_ in ("NN", "NNS") else None
        if head is None:
            return False
        done, referent = self.focus.referent_at(head.i)
        if not done:
            # "his family said": someone's relatives, a noun the focus does not resolve
            owned = head.i > 0 and head.nbor(-1).tag_ in ("PRP$", "POS")
            if owned and head.lower_ in lexicons.words("kin_nouns"):
                return True
            # "police sources said", "witnesses said": people the story does not name, when no
            # name stands in the phrase ("Acme executives" speak for Acme)
            return head.tag_ == "NNS" and not any(t.i in self.entity_at for t in tokens if head.i - 3 <= t.i < head.i)
        return referent is None or referent.name is None
