"""Direct quotations in a story body, and who said them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.model import Entity, Quote

_QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_CUE = re.compile(r"\b(said|says|told|added|asked|wrote)\b")


def find_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    text = doc.text
    people = [(m.start, e.name) for e in entities if e.label == "PERSON" for m in e.mentions]
    quotes = []
    for match in _QUOTE.finditer(text):
        start, end = match.span(1)
        window = text[end : end + 60]
        cue = _CUE.search(window)
        before = [name for pos, name in people if pos < start]
        after = [name for pos, name in sorted(people) if end <= pos < end + 60]
        speaker = after[0] if after else (before[-1] if before else None)
        words = len(match.group(1).split())
        quotes.append(
            Quote(
                text=match.group(1),
                start=start,
                end=end,
                kind="full" if words >= 4 else "scare",
                speaker=speaker,
                cue=cue.group(1) if cue else None,
            )
        )
    return quotes
