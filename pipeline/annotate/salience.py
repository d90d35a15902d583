"""How much a story is about each of its entities.

Salience ranks what the story is about first: the entities its headline names, then those it
mentions most, earliest and in prose rather than in a results table. A news agency named as the
story's credit or source ("(Reuters) -", "told Reuters", "Interfax reported") is how the story
reached us, not its subject: it ranks last unless the headline names it. Scores are scaled so the
most salient entity has 1.0.

Measured on the CoNLL-2003 development stories (README, Accuracy): how often the top entity is
one the headline names.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.model import Entity

_AGENCIES = frozenset(n.lower() for n in lexicons.words("news_agencies.txt"))
_WORD = re.compile(r"[\w'’.-]+")
HEADLINE_BONUS = 3.0
TABLE_WEIGHT = 0.5
AGENCY_FACTOR = 0.1


def in_headline(entity: Entity, headline: str) -> bool:
    """Whether the headline names the entity: one of its mentions, or a person's surname, as
    whole words in any case ("LEEDS BEAT HULL" names Leeds)."""
    if not headline:
        return False
    padded = f" {_words(headline)} "
    forms = {_words(m.text) for m in entity.mentions} | {_words(entity.name)}
    if any(form and f" {form} " in padded for form in forms):
        return True
    if entity.label == "PERSON" and len(entity.name.split()) > 1:
        return f" {_words(entity.name.split()[-1])} " in padded
    return False


def _words(text: str) -> str:
    return " ".join(w.strip(".'’-") for w in _WORD.findall(text.lower()))


def is_agency(entity: Entity) -> bool:
    return entity.name.lower() in _AGENCIES or any(m.text.lower() in _AGENCIES for m in entity.mentions)


def rank(entities: list[Entity], *, body: str, headline: str = "", in_table=None) -> list[Entity]:
    """Sets each entity's ``salience`` (0-1] and returns them most salient first.

    ``in_table(offset)``: whether an offset of the body is in a table or list (mentions there
    count half).
    """
    size = max(len(body), 1)
    for entity in entities:
        score = sum(TABLE_WEIGHT if in_table and in_table(m.start) else 1.0 for m in entity.mentions)
        score += 1.0 - min(m.start for m in entity.mentions) / size
        named = in_headline(entity, headline)
        if named:
            score += HEADLINE_BONUS
        if is_agency(entity) and not named:
            score *= AGENCY_FACTOR
        entity.salience = score
    top = max((e.salience for e in entities), default=1.0) or 1.0
    for entity in entities:
        entity.salience = round(entity.salience / top, 4)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start))
    return entities
