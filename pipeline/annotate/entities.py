"""Story-level entities: NER mentions grouped into one entry per real-world entity."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.model import Entity, Mention

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


def story_entities(doc: Doc, *, headline: str | None = None, captions: list[str] | None = None) -> list[Entity]:
    groups: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        text = ent.text
        key = (ent.label_, text.split()[-1] if ent.label_ == "PERSON" else text)
        entity = groups.setdefault(key, Entity(name=text, label=ent.label_))
        if len(text) > len(entity.name):
            entity.name = text
        entity.mentions.append(Mention(text=text, start=ent.start_char, end=ent.end_char))
    size = max(len(doc.text), 1)
    for entity in groups.values():
        entity.salience = round(len(entity.mentions) + 1 - entity.mentions[0].start / size, 4)
    return sorted(groups.values(), key=lambda e: -e.salience)
