"""Mentions the NER missed of names it found elsewhere in the same story.

The model reads each sentence alone: it finds "Acme" in one and misses it in the next. A name
the story uses once is the same name at every other place it is written, capitalised and
whole, so each entity's body forms are searched for in the whole body and every uncovered
occurrence becomes a mention of that entity. Each form is checked only where its first word
occurs as a whole word.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.annotate.groups import Coverage, EntityGroup
from pipeline.model import Mention

_WORD = re.compile(r"\w+")


def word_starts(body: str, word: str) -> list[int]:
    r"""Start offsets of ``word`` (a run of word characters, case kept) in ``body`` as a whole word:
    where ``_WORD`` would match it. ``str.find`` for the few words a story's forms begin with,
    rather than an index of every word of the body (a tenth of the time; ``\w`` is what
    ``str.isalnum`` or an underscore is)."""
    starts: list[int] = []
    size, end_of_body = len(word), len(body)
    at = body.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or not (body[at - 1].isalnum() or body[at - 1] == "_")) and (
            end == end_of_body or not (body[end].isalnum() or body[end] == "_")
        ):
            starts.append(at)
        at = body.find(word, at + 1)
    return starts


def spread_forms(
    body: str, groups: dict[str, EntityGroup], covered: Coverage, *, skip: frozenset[str] = frozenset()
) -> None:
    """Every uncovered, whole-word occurrence of a form an entity already has in the body
    becomes a mention of it (with that entity's most common label). Forms without a word of
    three letters and those in ``skip`` (lower-cased) are not spread."""
    index: dict[str, list[int]] = {}  # first word of a form -> its whole-word starts
    forms: list[tuple[str, EntityGroup, str]] = []
    for group in groups.values():
        if not group.mentions:
            continue
        # Most common label, a tie to the one met first; forms in the order met (sets would
        # make both depend on the per-process string hash).
        label = Counter(lab for _, lab in group.mentions).most_common(1)[0][0]
        for text in dict.fromkeys(m.text for m, _ in group.mentions):
            if text[0].isupper() and re.search(r"[^\W\d_]{3}", text) and text.lower() not in skip:
                forms.append((text, group, label))
    forms.sort(key=lambda f: -len(f[0]))  # the longest form first: "New York Times" before "New York"
    for text, group, label in forms:
        first = _WORD.match(text)
        if first is None:
            continue
        word = first.group(0)
        if word not in index:
            index[word] = word_starts(body, word)
        for start in index[word]:
            end = start + len(text)
            if not body.startswith(text, start) or (end < len(body) and (body[end].isalnum() or body[end] == "_")):
                continue
            if start > 0 and (body[start - 1].isalnum() or body[start - 1] in "-_"):
                continue
            if covered.overlaps(start, end):
                continue
            group.mentions.append((Mention(text=text, start=start, end=end), label))
            covered.add(start, end)
