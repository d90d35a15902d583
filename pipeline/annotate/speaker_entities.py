"""Speakers that are no entity yet become one, so every speaker names one of the story's entities.

"Nashville police said", "Damascus radio said", "the Russian government said": the discourse
focus reads the police, the broadcaster or the government of a place or a people the story named
as a speaker of its own, named by the phrase, where the model tagged only the place. The schema
promises a speaker is an entity's name, so such a speaker becomes an organisation whose mentions
are where the story writes it ("Nashville police", "Nashville Police").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.annotate.focus_place_bodies import PLACE_BODY_NOUNS
from pipeline.model import Entity, Mention, Quote

# The last words of a speaker the focus names by its phrase: a place's police, broadcaster, government.
_PHRASE_HEADS = PLACE_BODY_NOUNS | {"police"}


def add_speaking_forces(text: str, quotes: Iterable[Quote], entities: list[Entity]) -> None:
    """Add an ORG entity for each "<place> police" or "<place> radio" speaker (``place_bodies.txt``)
    that is not yet an entity, with a mention wherever the story writes that name (the last word
    in either case); a speaker the story never writes so is left without one (its quotes keep no
    speaker rather than a name no entity has)."""
    names = {e.name for e in entities}
    added: dict[str, Entity | None] = {}
    for quote in quotes:
        speaker = quote.speaker
        if not speaker or speaker in names or " " not in speaker:
            continue
        head = speaker.rsplit(" ", 1)[1]
        if head.lower() not in _PHRASE_HEADS:
            continue
        if speaker not in added:
            pattern = _written_forms(speaker, head)
            mentions = [Mention(text=m.group(0), start=m.start(), end=m.end()) for m in pattern.finditer(text)]
            added[speaker] = Entity(name=speaker, label="ORG", mentions=mentions) if mentions else None
            if added[speaker] is not None:
                entities.append(added[speaker])
        if added[speaker] is None:
            quote.speaker = None


def _written_forms(speaker: str, head: str) -> re.Pattern[str]:
    """Where the story writes the body ``speaker`` names: as the phrase ("Nashville police",
    "Nashville Police"), and with its place owning it or after "of" ("Russia foreign ministry":
    "Russia's foreign ministry", "the foreign ministry of Russia"; "Nigeria army": "the army of
    Nigeria")."""
    words = speaker[: -len(head)].split()
    k = next((n for n, w in enumerate(words) if w.islower()), len(words))
    place, middle = " ".join(words[:k]), "".join(f"{re.escape(w)} " for w in words[k:])
    head_form = f"(?i:{re.escape(head)})"
    forms = [re.escape(speaker[: -len(head)]) + head_form]
    if place:
        forms.append(re.escape(place) + r"['’]s " + middle + head_form)
        forms.append(middle + head_form + r" of (?:the )?" + re.escape(place))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b")
