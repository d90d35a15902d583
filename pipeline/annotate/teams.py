"""Sports teams named by a town and a plural nickname ("Harbor City Gulls", then "the Gulls").

North American wire copy names a club by its town and nickname once and by the nickname after.
The small model splits the full name into a place and a people ("Cleveland" GPE, "Indians"
NORP), reads the nickname alone as a person ("the Marlins" PERSON), or tags only the nickname.
In a sports story a listed place right before a capitalised plural is one team; the nickname
alone, wherever it stands, is that team, and any other capitalised plural after "the" that the
model calls a person is a team too (a person's name takes no article).
"""

from __future__ import annotations

import re

from pipeline.annotate.groups import EntityGroup, normal
from pipeline.annotate.organisations import is_known_place

Mention = tuple[str, int, int, str]
_NICKNAME = re.compile(r"[A-Z][a-z]+s")
_NICKNAME_AFTER = re.compile(r" ([A-Z][a-z]+s)\b")
_PLACE_BEFORE = re.compile(r"(?:([A-Z][\w.]*(?: [A-Z][\w.]*)?) )$")


def _nickname(text: str) -> bool:
    return bool(_NICKNAME.fullmatch(text))


def join_town_and_nickname(body: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted by start) with "<listed place> <Nickname>" joined into one ORG
    mention, whether the model tagged the place, the nickname or both."""
    out: list[Mention] = []
    starts = {m[1] for m in mentions}
    for text, start, end, label in mentions:
        after = _NICKNAME_AFTER.match(body, end)
        if (
            label in ("GPE", "LOC")
            and after
            and after.end(1) - len(after.group(1)) not in starts
            and is_known_place(text)
        ):
            out.append((body[start : after.end(1)], start, after.end(1), "ORG"))  # "Harbor City" + untagged "Gulls"
            continue
        if _nickname(text):
            if out and out[-1][3] in ("GPE", "LOC") and body[out[-1][2] : start] == " " and is_known_place(out[-1][0]):
                prev = out.pop()
                out.append((body[prev[1] : end], prev[1], end, "ORG"))
                continue
            match = _PLACE_BEFORE.search(body[max(0, start - 40) : start])
            if match and is_known_place(match.group(1)) and not (out and out[-1][2] > start - len(match.group(0))):
                begin = start - len(match.group(0))
                out.append((body[begin:end], begin, end, "ORG"))
                continue
        out.append((text, start, end, label))
    return out


def merge_nicknames(groups: dict[str, EntityGroup], labels: dict[str, str], body: str) -> None:
    """A nickname alone joins the team named in full ("the Gulls" and "Harbor City Gulls"); a
    capitalised plural after "the" that is called a person is a team, unless it is the plural of
    a surname the story gives a person ("the Okafors"). ``labels`` is updated."""
    teams: dict[str, str] = {}
    # "the Okafors" are a family of the story's people, not a team.
    surnames = {key.rsplit(" ", 1)[-1].split(":")[-1] for key in groups if key.startswith("person:")}
    for key, group in groups.items():
        if labels.get(key) != "ORG":
            continue
        for form in group.forms:
            words = form.split()
            if len(words) >= 2 and _nickname(words[-1]) and is_known_place(" ".join(words[:-1])):
                teams.setdefault(words[-1].lower(), key)
    for key in list(groups):
        group = groups[key]
        if key not in labels or not group.mentions:
            continue
        forms = {normal(f) for f in group.forms}
        target = teams.get(next(iter(forms))) if len(forms) == 1 else None
        if target is not None and target != key:
            groups[target].absorb(group)
            del groups[key]
            del labels[key]
        elif labels[key] == "PERSON" and all(_nickname(f) and f[:-1].lower() not in surnames for f in group.forms):
            if any(body[max(0, m.start - 4) : m.start].lower() == "the " for m, _ in group.mentions):
                labels[key] = "ORG"
