"""Typing organisations from the sentence and the story, where the NER's label per mention fails.

The small model reads a club named after its town as the town ("Leicester beat Hull"), a company
named by one word as a person ("Acme said", "Acme shares rose"), and a county cricket side as
anything at all. A person in news copy is introduced by full name; a team plays, beats and
draws; a company has shares, a chairman and a statement. Here those cues are read around each
mention and the story's kind (a sports story) is read from its vocabulary, and the cues vote
for the whole entity. Countries stay places: a national side is its country.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.annotate.groups import EntityGroup, normal

_SPORTS_TERMS = lexicons.words("sports_terms.txt")
_TEAM_VERBS = lexicons.words("team_verbs.txt")
_TEAM_ROLES = lexicons.words("team_roles.txt")
_ORG_CUES = lexicons.words("organisation_cues.txt")
_LOCATIVE = lexicons.words("locative_prepositions.txt")
_COMPANY_FORMS = lexicons.words("company_forms.txt")
# What peoples are called ("Panamanian", "Briton"): countryinfo's demonyms and a hand list.
DEMONYMS = lexicons.words("demonyms.txt") | lexicons.words("demonyms_other.txt")
_PERSONAL_TITLES = frozenset(w.rstrip(".") for w in lexicons.words("personal_titles.txt"))
_EVENT_ENDINGS = lexicons.words("event_name_endings.txt")
_ORG_BEFORE = frozenset({"club", "team", "side", "company", "firm", "group", "giant", "maker", "shares", "stake"})
_COUNTRIES = frozenset(normal(n) for n in lexicons.words("countries.txt") | lexicons.words("countries_other_names.txt"))
_US_STATES = frozenset(normal(n) for n in lexicons.words("us_states.txt"))
_CITIES = frozenset(normal(n) for n in lexicons.words("cities.txt"))
_WORD = re.compile(r"[\w.'’-]+")
# A sports story uses this many distinct sports words at least (one "match" or "race" is not enough;
# with 3, one story of the 108 tuning stories was misread either way, with 4, five).
SPORTS_MIN_TERMS = 3


_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d.,-])")


def is_sports_story(body: str, headline: str = "") -> bool:
    """True when headline and body use at least ``SPORTS_MIN_TERMS`` distinct words of sport
    (a score such as "2-1" counts as one)."""
    text = f"{headline}\n{body}"
    found: set[str] = {"<score>"} if _SCORE.search(text) else set()
    for word in _WORD.findall(text.lower()):
        if word in _SPORTS_TERMS:
            found.add(word)
            if len(found) >= SPORTS_MIN_TERMS:
                return True
    return False


def is_country(text: str) -> bool:
    return normal(text).removeprefix("the ") in _COUNTRIES


def is_known_place(text: str) -> bool:
    """A country, continent, US state or city of 100,000 people or more (GeoNames)."""
    norm = normal(text).removeprefix("the ")
    return norm in _COUNTRIES or norm in _US_STATES or norm in _CITIES


def words_around(body: str, start: int, end: int) -> tuple[str, str]:
    """The word before and the word after a span, lower-cased ('' at an edge or a line break)."""
    before = body[max(0, start - 40) : start]
    after = body[end : end + 40]
    before = "" if "\n" in before[-3:] else before
    after = "" if "\n" in after[:2] else after
    prev = _WORD.findall(before.lower())
    nxt = _WORD.findall(after.lower().removeprefix("'s").removeprefix("’s"))
    return (prev[-1] if prev else ""), (nxt[0] if nxt else "")


def org_cue(body: str, start: int, end: int, *, sports: bool) -> bool:
    """Whether the words right around a mention make it an organisation (or a team)."""
    prev, nxt = words_around(body, start, end)
    if nxt in _ORG_CUES:
        return True
    if prev in _ORG_BEFORE:
        return True
    if prev == "of" and body[max(0, start - 10) : start].lower().endswith("shares of "):
        return True
    return sports and (prev in _TEAM_VERBS or nxt in _TEAM_VERBS or nxt in _TEAM_ROLES)


def is_locative(body: str, start: int, end: int) -> bool:
    """After "in", "at", "from"...; or a line's heading before a colon ("Leeds: Hull 2 ...")."""
    prev, _ = words_around(body, start, end)
    line_start = body.rfind("\n", 0, start) + 1
    return prev in _LOCATIVE or (not body[line_start:start].strip() and body[end : end + 1] == ":")


def organisation_label(group: EntityGroup, label: str, body: str, *, sports: bool, full_person: bool) -> str:
    """The label the cues give ``group`` (whose vote gave ``label``): ORG for a team or a
    company the NER read as a place or a lone surname, else ``label`` unchanged.

    ``full_person``: the story names this entity as a person in full ("Ana Reyes"), so it stays
    a person whatever the cues.
    """
    forms = list(group.forms)
    if all(f in DEMONYMS or f.rstrip("s") in DEMONYMS for f in forms):
        return "NORP"  # "the Briton", "Ruritanians"
    if label == "ORG" and all(is_country(f) for f in forms):
        return "GPE"  # "Moldova" as a national side is its country
    if label in ("ORG", "PERSON", "GPE", "LOC") and all(
        len(f.split()) > 1 and f.split()[-1].lower() in _EVENT_ENDINGS for f in forms
    ):
        return "EVENT"  # "the UEFA Cup", "the PGA Tour"
    if label == "ORG" and all(is_known_place(f) for f in forms):
        # "Tokyo stock prices": a city is a place unless it plays or trades.
        cues = sum(org_cue(body, m.start, m.end, sports=sports) for m, _ in group.mentions)
        placed = sum(is_locative(body, m.start, m.end) for m, _ in group.mentions)
        if not cues and not (sports and placed * 2 < len(group.mentions)):
            return "GPE"
        return label
    if any(f.split()[-1].lower() in _COMPANY_FORMS for f in forms if len(f.split()) > 1):
        return "ORG"  # "Acme SpA", "Acme Holdings"
    if label not in ("PERSON", "GPE", "LOC") or any(is_country(f) for f in forms):
        return label
    cues = sum(org_cue(body, m.start, m.end, sports=sports) for m, _ in group.mentions)
    if full_person:
        # Named in full like a person, but a club or a company by the word before it.
        before = sum(words_around(body, m.start, m.end)[0] in _ORG_BEFORE for m, _ in group.mentions)
        return "ORG" if before * 2 > len(group.mentions) else label
    if label == "PERSON":
        # A lone word the story never gives a first name: a team when a team's role follows it
        # or it names a town in a sports story, a company when the words around it say so (a
        # verb of winning says nothing: boxers and sprinters win too).
        strong = sum(org_cue(body, m.start, m.end, sports=False) for m, _ in group.mentions)
        roles = sum(words_around(body, m.start, m.end)[1] in _TEAM_ROLES for m, _ in group.mentions)
        if strong or (sports and (roles or is_known_place(forms[0]))):
            return "ORG"
        return label
    # A place: in a sports story, a town or county that plays is its team; elsewhere a place
    # with a chairman or shares is a company named after it.
    placed = sum(is_locative(body, m.start, m.end) for m, _ in group.mentions)
    if sports and cues > placed:
        return "ORG"
    if sports and not any(is_known_place(f) for f in forms) and placed * 2 < len(group.mentions):
        return "ORG"
    if cues * 2 > len(group.mentions):
        return "ORG"
    return label


def merge_short_forms(groups: dict[str, EntityGroup], labels: dict[str, str]) -> None:
    """ "Acme" in a story that named "Acme Industries Inc": the organisation's short form, whatever
    the NER called it, unless a place (a lone word the story never gives a first name). ``labels``: each group's
    label, updated for the merged groups."""
    by_first: dict[str, str] = {}
    for key, group in groups.items():
        if labels.get(key) == "ORG":
            for form in group.forms:
                words = form.split()
                if len(words) > 1 and words[0][:1].isupper():
                    by_first.setdefault(words[0].lower(), key)
    for key in list(groups):
        group = groups[key]
        if key not in labels or labels[key] not in ("ORG", "PERSON"):
            continue
        forms = {f.lower() for f in group.forms}
        if len(forms) != 1 or " " in next(iter(forms)):
            continue
        target = by_first.get(next(iter(forms)))
        if target is None or target == key or (labels[key] == "PERSON" and key.split(":", 1)[1] != next(iter(forms))):
            continue
        groups[target].absorb(group)
        del groups[key]
        del labels[key]


def merge_lone_words(groups: dict[str, EntityGroup], labels: dict[str, str], full_names: set[str], body: str) -> None:
    """A lone word the NER calls a person in one place and a place or organisation in another,
    which the story never gives a first name, is one entity: the person when a personal title
    stands before it somewhere ("President Okafor" and "Okafor's aides"), else the place or
    organisation ("beat Marsk" and "Marsk coach"). ``labels`` is updated."""
    for key in list(groups):
        if not key.startswith("person:") or key not in labels:
            continue
        word = key.split(":", 1)[1]
        other = "name:" + word
        if " " in word or word in full_names or other not in groups or other not in labels:
            continue
        titled = any(words_around(body, m.start, m.end)[0] in _PERSONAL_TITLES for m, _ in groups[key].mentions)
        source, target = (other, key) if titled and labels[key] == "PERSON" else (key, other)
        group = groups.pop(source)
        source_label = labels.pop(source)
        if source_label == "ORG" and labels[target] in ("GPE", "LOC"):
            labels[target] = "ORG"  # the cues that made the lone word a team or company hold for both
        groups[target].mentions.extend((m, labels[target]) for m, _ in group.mentions)
        groups[target].forms.update(group.forms)
