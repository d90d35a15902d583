"""Word lists the annotators read: one file per list, each opening with where it comes from.

A ``.txt`` list holds one entry a line (several words may share a line, separated by spaces,
unless the file says ``# one entry per line``); a ``.tsv`` map holds ``key<TAB>value`` lines.
Lines starting with ``#`` are the header: the list's source and what it is for. Entries are
lower-cased unless the file says ``# case: kept``. Lists are read once per process.
"""

from __future__ import annotations

import functools
from importlib import resources


def _lines(name: str) -> tuple[list[str], list[str]]:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"no lexicon named {name!r} in {__package__}") from None
    header = [line for line in text.splitlines() if line.startswith("#")]
    body = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return header, body


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of the list ``name`` (a file name in this folder, e.g. ``"person_roles.txt"``)."""
    header, body = _lines(name)
    keep_case = any("case: kept" in line for line in header)
    one_per_line = any("one entry per line" in line for line in header)
    entries = [line.strip() for line in body] if one_per_line else [w for line in body for w in line.split()]
    return frozenset(e if keep_case else e.lower() for e in entries)


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """The ``key<TAB>value`` pairs of the map ``name`` (keys lower-cased)."""
    _, body = _lines(name)
    out: dict[str, str] = {}
    for number, line in enumerate(body, 1):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"lexicon {name!r}: entry {number} has no tab: {line!r}")
        out[key.strip().lower()] = value.strip()
    return out
