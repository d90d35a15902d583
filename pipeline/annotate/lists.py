"""Names listed together are names of one kind: "Given, Kenna, Irwin, Houghton and Quinn".

A team sheet or a list of companies in prose is a run of names joined only by commas and
"and": the model types each on its own and turns a player called like a town into the town.
Where most names of a run of three or more share a type, the others take it (a country
keeps its own: "Ruritania, Okafor and Novak" may well list a country and two people).
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.annotate.organisations import is_country

_JOINER = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)")
_RETYPED = frozenset({"PERSON", "ORG", "GPE", "LOC"})
MIN_ITEMS = 3

Mention = tuple[str, int, int, str]


def even_out_lists(body: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted by start) with the minority types of each listed run replaced."""
    out = list(mentions)
    run: list[int] = []

    def close() -> None:
        if len(run) >= MIN_ITEMS:
            votes = Counter(out[i][3] for i in run)
            label, count = votes.most_common(1)[0]
            if label in _RETYPED and count * 2 > len(run):
                for i in run:
                    text, start, end, old = out[i]
                    if old != label and old in _RETYPED and not is_country(text):
                        out[i] = (text, start, end, label)
        run.clear()

    for i, (_, start, _, _) in enumerate(out):
        if run and _JOINER.fullmatch(body[out[run[-1]][2] : start]):
            run.append(i)
            continue
        close()
        run.append(i)
    close()
    return out
