"""Speakers that are no entity yet become one, so every speaker names one of the story's entities.

"Nashville police said": the discourse focus reads the police of a place the story named as a
speaker of its own, "Nashville police", where the model tagged only the place. The schema
promises a speaker is an entity's name, so such a speaker becomes an organisation whose
mentions are where the story writes it ("Nashville police", "Nashville Police").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.model import Entity, Mention, Quote


def add_speaking_forces(text: str, quotes: Iterable[Quote], entities: list[Entity]) -> None:
    """Add an ORG entity for each "<place> police" speaker that is not yet an entity, with a
    mention wherever the story writes that name; a speaker the story never writes so is left
    without one (its quotes keep no speaker rather than a name no entity has)."""
    names = {e.name for e in entities}
    added: dict[str, Entity | None] = {}
    for quote in quotes:
        speaker = quote.speaker
        if not speaker or speaker in names or not speaker.endswith(" police"):
            continue
        if speaker not in added:
            pattern = re.compile(r"\b" + re.escape(speaker[: -len("police")]) + r"[Pp]olice\b")
            mentions = [Mention(text=m.group(0), start=m.start(), end=m.end()) for m in pattern.finditer(text)]
            added[speaker] = Entity(name=speaker, label="ORG", mentions=mentions) if mentions else None
            if added[speaker] is not None:
                entities.append(added[speaker])
        if added[speaker] is None:
            quote.speaker = None
