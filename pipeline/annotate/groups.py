"""The story-level entity being built: a group of mentions that name one real-world entity."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from pipeline.annotate import lexicons
from pipeline.model import Mention

# Short and long forms of the names news copy abbreviates most; key: normalised form.
ALIASES = lexicons.mapping("name_aliases.tsv")


@dataclass
class EntityGroup:
    """Mentions of one entity while a story is annotated.

    ``key`` says what kind of key grouped them: ``person:<full name>`` for a person,
    ``name:<normalised name>`` for places and organisations (which share one key space, "U.S."
    as GPE and ORG), ``<LABEL>:<name>`` for the rest.
    """

    key: str
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, NER label)
    forms: Counter = field(default_factory=Counter)  # every surface form, body and headline alike

    def absorb(self, other: EntityGroup) -> None:
        self.mentions.extend(other.mentions)
        self.forms.update(other.forms)

    def add(self, text: str, start: int, end: int, label: str) -> None:
        self.mentions.append((Mention(text=text, start=start, end=end), label))
        self.forms[text] += 1


@functools.lru_cache(maxsize=1 << 16)
def normal(text: str) -> str:
    """Lower case, single spaces, one apostrophe ("O’Neill" is "O'Neill"). Cached: the entity
    rules normalise the same few words of a story many times over."""
    return " ".join(text.split()).lower().replace("’", "'")


def alias_key(text: str) -> str:
    """The normalised long form of a name ("U.S." -> "united states")."""
    norm = normal(text)
    return ALIASES.get(norm, norm)


class Coverage:
    """Which characters of a text some mention already covers; each check costs the span's
    length, not the number of mentions (a roster of a thousand names has thousands)."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
