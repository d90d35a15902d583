"""A name a person goes by, given in the story: "Kang Min-jae, 22, known mononymously as Jae",
"Tobi Adeyemi-Cole, better known as T.A.C.", "the singer Adaeze Nwosu, known as Daze". The
alias's mentions join the person's entity, so "“…,” Jae said" is Kang Min-jae's. Used by
``entities.story_entities`` after the groups are labelled; the story's own words are the only
source (no list of stage names). And the last word of a nickname ('Winston "Mighty Scorcher"
Ramcharan' … "Scorcher told reporters").
"""

from __future__ import annotations

import re

from pipeline.annotate.groups import EntityGroup, normal

# ", known as", ", 22, better known as", ", known mononymously as", ", known on air as", ", better
# known by his nom de guerre", then the alias (in quotation marks or not) up to the clause's end.
_KNOWN_AS = re.compile(
    r",(?:\s*\d{1,3},)?\s*(?:who is\s+)?(?:better\s+|also\s+|widely\s+|professionally\s+)?known"
    r"(?:\s+mononymously|\s+on\s+air|\s+to\s+fans|\s+professionally)?"
    # ("better known by his nom de guerre", "known by the nickname", "known by her alias")
    r"(?:\s+as|\s+by\s+(?:his|her|their|the)\s+(?:nom\s+de\s+guerre|nickname|alias|stage\s+name|ring\s+name))\s+"
    r"[\"“‘']?(?P<alias>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}?)[\"”’']?(?=[,;)]|\.(?:\s|$)|\s+(?:who|and|,))"
)


# A nickname in quotation marks inside a person's name: 'Winston "Mighty Scorcher" Ramcharan'.
_NICKNAME = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def merge_nickname_tails(groups: dict[str, EntityGroup], labels: dict[str, str]) -> None:
    """The last word of a nickname of two words or more, alone as a person's name, is the
    nicknamed person's ("an emotional Scorcher told reporters" after 'Winston "Mighty Scorcher"
    Ramcharan'), when one person's nickname ends so."""
    tails: dict[str, list[str]] = {}
    for key, group in groups.items():
        if labels.get(key) != "PERSON" or not group.mentions:
            continue
        for form in group.forms:
            nickname = _NICKNAME.search(form)
            words = nickname.group(1).split() if nickname else []
            if len(words) >= 2 and words[-1][:1].isupper():
                tails.setdefault(normal(words[-1]), []).append(key)
    for key, group in list(groups.items()):
        if labels.get(key) != "PERSON" or not group.mentions or len(group.forms) != 1:
            continue
        form = normal(next(iter(group.forms)))
        owners = set(tails.get(form, ()))
        if len(owners) == 1 and key not in owners:
            groups[owners.pop()].absorb(group)
            group.mentions.clear()


def merge_aliases(groups: dict[str, EntityGroup], labels: dict[str, str], body: str) -> None:
    """Each alias a person is said to be known as joins that person's group (``labels`` is
    updated): the person is the name ending right before the comma; the alias's group is the
    one holding a mention or a form of the alias."""
    if "known" not in body:
        return
    ends: dict[int, str] = {}
    for key, group in groups.items():
        if labels.get(key) == "PERSON":
            for mention, _ in group.mentions:
                ends[mention.end] = key
    for match in _KNOWN_AS.finditer(body):
        person = ends.get(match.start())
        if person is None:
            continue
        written = match.group("alias")
        alias = normal(written.rstrip("."))
        for key, group in list(groups.items()):
            if key == person or not group.mentions:
                continue
            if any(normal(form.rstrip(".")) == alias for form in group.forms):
                groups[person].absorb(group)
                group.mentions.clear()
                labels[key] = "PERSON"
        # (and the alias wherever the model tagged nothing: "Ify later wrote on Instagram")
        covered = [(m.start, m.end) for g in groups.values() for m, _ in g.mentions]
        for found in re.finditer(r"(?<![\w.])" + re.escape(written) + r"(?![\w’'])", body):
            if not any(a < found.end() and found.start() < b for a, b in covered):
                groups[person].add(written, found.start(), found.end(), "PERSON")
