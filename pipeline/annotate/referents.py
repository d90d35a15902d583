"""What the discourse focus (``focus.py``) keeps track of: a ``Referent`` (someone or something
the story speaks of, named or not) and the salience weights of Lappin & Leass (1994) by which a
mention counts, with the thresholds that decide when a pronoun or description resolves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["person", "group", "thing"]

# Lappin & Leass's salience factors.
RECENCY, SUBJECT, OBJECT, OBLIQUE, HEAD, NON_ADVERBIAL = 100.0, 80.0, 50.0, 40.0, 80.0, 50.0
WEIGHTS: dict[str, float] = {
    "subject": RECENCY + SUBJECT + HEAD + NON_ADVERBIAL,
    # The subject of an adverbial clause ("While Roe was away, …") lacks non-adverbial emphasis
    # and is not the sentence's focus.
    "clause subject": RECENCY + SUBJECT + HEAD,
    "object": RECENCY + OBJECT + HEAD + NON_ADVERBIAL,
    "other": RECENCY + HEAD + NON_ADVERBIAL,
    "oblique": RECENCY + OBLIQUE + HEAD,
    # "Roe's policies": a name inside another noun phrase is no head; in "the Marsh
    # campaign" the name is part of the noun and no mention of the person.
    "possessive": RECENCY + NON_ADVERBIAL,
    "modifier": 0.0,
    # "told The Associated Press", "told Channel 4": the outlet a source spoke to is the story's
    # channel, not someone it is about, so "the company said" after it is not the outlet.
    "hearer": 0.0,
}
# Below this a referent has left the focus (a subject mention about five sentences back).
MIN_FOCUS = 10.0
# Added to the subject of the current (else the previous) sentence when pronouns compare referents.
FOCUS_BONUS = RECENCY + SUBJECT
# A referent whose gender neither the census nor the story tells fits "he" or "she" less surely
# than one known to agree: its salience counts by the even odds that it agrees, so a referent that
# agrees for sure wins unless the other is more than twice as salient (the subject of the sentence
# with Centering's bonus is not, against an object of the same sentence: "Robin Ash described
# Helena Marsh as a menace after she ...").
UNKNOWN_GENDER = 0.5
# A description with no name of its own takes the most salient fitting referent only when that
# one leads the next by this factor; otherwise it names no one.
CLEAR_LEAD = 2.0

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT"})
NP_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "HYPH", "CD", "PRP$", "POS"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
OWNER_PREPOSITIONS = frozenset({"for", "of", "from", "at", "with", "by"})
NARRATOR = frozenset({"my", "our", "your"})
QUOTE_CHARS = frozenset(["“", "”", '"', "‘", "’", "«", "»", "`", "``", "''"])  # (``…'': ANPA's marks)


@dataclass(eq=False)
class Referent:
    """Someone or something the story speaks of: a named entity, or a description that names no one."""

    name: str | None  # the entity name it stands for; None when the story does not name it
    kind: Kind
    gender: str | None = None
    label: str | None = None  # the entity label, for named referents
    head: str | None = None  # the noun of a description ("report", "spokesman")
    value: float = 0.0  # salience carried from the sentences before ``epoch``
    peak: float = 0.0  # the weightiest of its mentions in sentence ``epoch``
    epoch: int = 0
    last: int = -1  # token index of the latest mention
    #: Whether the story has had this person act: the subject of an active verb or a speaker
    #: ("Roe toured", "“…,” said Roe", "she told"), not only of passives ("Roe was shot"). Only
    #: such a person is whom an unnamed role ("the clerk said") may mean.
    agent: bool = False
    #: Whether every mention so far is the one told something ("one employee told NBC Dayton"):
    #: an outlet a source spoke to, not a party to the story ("the company said" is not it).
    only_told: bool = True
    #: Whether every mention so far names where something was posted ("wrote on Instagram",
    #: "via X"): a platform as a medium, not a company of the story ("the company said" is not it).
    only_medium: bool = True
