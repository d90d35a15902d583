"""One entity per written name: the groups one name was split into by label merged ("Santa Monica
College" read as an organisation and a facility), and the label decided by the name itself (a
census given name and surname is a person's, "Harris County" no one's) or by a clear majority of
its mentions; otherwise the readings stay apart. Used by ``entities.story_entities``.
"""

from __future__ import annotations

from collections import Counter

from pipeline.annotate import lexicons
from pipeline.annotate.groups import EntityGroup
from pipeline.annotate.organisations import is_known_place
from pipeline.model import Entity

# When mentions of one entity disagree, a person stays a person, a place a place.
LABEL_PRIORITY = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")
_LABEL_RANK = {label: -n for n, label in enumerate(LABEL_PRIORITY)}
_STREET_SUFFIXES = frozenset(lexicons.mapping("street_suffixes.tsv"))
_PLACE_NOUNS = lexicons.words("place_nouns.txt")
_NAME_HEADS = lexicons.words("name_heads.txt")


def merge_same_names(groups: dict[str, EntityGroup], labels: dict[str, str]) -> None:
    """One name, one entity: groups left apart only because the model gave the same name two
    labels whose keys differ ("Santa Monica College" as ORG and FAC, "Harder Stadium" as FAC and
    ORG) are merged, and all their mentions take the label of the group kept (``labels`` is
    updated): a street's when the name ends in a street suffix, a place's when the gazetteers
    know the name as a place, else the group with the most mentions. A person's group joins
    only where the name itself says which it is (``_person_or_not``): "Harris County" or "Tyler
    House" is not a person, "Darnell Fisk" (a census given name and surname, most of whose
    mentions the model called a person) is; other names ("Belle Glade", or "Holly Hill" named once
    as a person and once as a town) stay apart: the person layer decides with more than the name."""
    by_name: dict[str, list[str]] = {}
    for key, group in groups.items():
        if group.mentions and key in labels:
            by_name.setdefault(key.split(":", 1)[1], []).append(key)
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        name = max(groups[keys[0]].forms, key=groups[keys[0]].forms.__getitem__)
        persons = [k for k in keys if labels[k] == "PERSON"]
        person_mentions = sum(len(groups[k].mentions) for k in persons)
        all_mentions = sum(len(groups[k].mentions) for k in keys)
        verdict = _name_verdict(name, person_mentions, all_mentions) if len(persons) == 1 else None
        if verdict:
            _merge_into(groups, labels, keys, persons[0])
            continue
        street = name.split()[-1].lower().strip(".") in _STREET_SUFFIXES
        if verdict is None:
            keys = [k for k in keys if k not in persons]  # the person's group stays apart
            if len(keys) < 2:
                continue
        elif street:
            labels.update((k, "FAC") for k in persons)  # "Bade Rd" read as a person: a street
        places = [k for k in keys if labels[k] in ("GPE", "LOC", "FAC")]
        streets = [k for k in keys if labels[k] == "FAC"]
        if streets and street:
            candidates = streets  # "Nisbet Drive" read as a building and an organisation: a street
        elif places and is_known_place(name):
            candidates = places
        else:
            candidates = [k for k in keys if labels[k] != "PERSON"]
        target = max(candidates, key=lambda k: (len(groups[k].mentions), _LABEL_RANK.get(labels[k], -99)))
        _merge_into(groups, labels, keys, target)


# How many times the mentions of one reading must outnumber those of the next for one name's
# entities to be joined under it (measured on the unlabelled copy: at two to one the minority
# reading was right about as often as the majority; at three to one, in 4 of about 25 names).
CLEAR_MAJORITY = 3


def one_entity_per_name(entities: list[Entity]) -> list[Entity]:
    """Entities that came out under one name are one entity, as a reader of the record expects,
    where something decides the label: the name itself (``_person_or_not``: a census given name
    and surname most of whose mentions were read as a person's; a known place or a name ending in
    a place's or an organisation's head), else a clear majority of its mentions
    (``CLEAR_MAJORITY``: "Tyshawn Lee" a person 16 times and an organisation once). Otherwise the
    readings the model gave stay apart: in the copy, where a name was read two ways two to one,
    the minority was as often the right one ("Belle Glade" the town, "Marcell Christopher" the
    man) as the majority."""
    by_name: dict[str, list[Entity]] = {}
    for entity in entities:
        by_name.setdefault(entity.name, []).append(entity)
    out = []
    for name, same in by_name.items():
        if len(same) == 1:
            out.extend(same)
            continue
        counts: Counter[str] = Counter()
        for entity in same:
            counts[entity.label] += len(entity.mentions)
        verdict = _name_verdict(name, counts["PERSON"], sum(counts.values()))
        others = [label for label, _ in counts.most_common() if label != "PERSON"]
        if len(counts) == 1:
            label = same[0].label
        elif verdict is True:
            label = "PERSON"
        elif verdict is False and others:
            label = others[0]
        elif (ranked := counts.most_common(2))[0][1] >= CLEAR_MAJORITY * ranked[1][1]:
            label = ranked[0][0]  # "Tyshawn Lee": 16 mentions a person's, one an organisation's
        else:
            out.extend(same)  # "Stephenie Meyer" typed a work 3 times, a person twice; "Belle Glade"
            continue
        mentions = sorted((m for entity in same for m in entity.mentions), key=lambda m: m.start)
        out.append(Entity(name=name, label=label, mentions=mentions, salience=0.0))
    return out


def _name_verdict(name: str, person_mentions: int, all_mentions: int) -> bool | None:
    """``_person_or_not`` for a name read as a person's ``person_mentions`` times of
    ``all_mentions``: a person's name only if most of its mentions were read so ("Holly Hill", a
    town, as often a place as a person: undecided)."""
    verdict = _person_or_not(name)
    return None if verdict and 2 * person_mentions <= all_mentions else verdict


# A plural whose singular is at least this common in English (wordfreq's Zipf scale) is a plural
# noun, not a surname ending in "s", when the census lists no such surname ("Rovers", "Lions"; not
# "Banks", "Williams").
PLURAL_WORD_ZIPF = 3.0


def _plural_of_a_word(word: str) -> bool:
    """Whether ``word`` is the plural of an English noun and no surname: "Rovers", "Lions"."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or lexicons.is_surname(word):
        return False
    return lexicons.zipf(word[:-1]) >= PLURAL_WORD_ZIPF


def _person_or_not(name: str) -> bool | None:
    """Whether a name the model gave a person's label and another one is a person's by its words:
    False when it is a known place or ends in the head of a place's, a building's or an
    organisation's name ("Harris County", "Tyler House", "Libby Lake Park"); True when it is a
    census given name and surname and nothing of a place ("Darnell Fisk"); None otherwise
    ("Belle Glade", "Darnell Washington")."""
    words = name.split()
    last = words[-1].lower().strip(".")
    if is_known_place(name) or last in _NAME_HEADS or last in _PLACE_NOUNS or last in _STREET_SUFFIXES:
        return False
    if len(words) > 1 and _plural_of_a_word(words[-1]):
        return False  # "Dunmore Rovers", "Harbour Lions": a team's or a band's plural, no surname
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _NAME_HEADS or w in _PLACE_NOUNS or w in lexicons.titles() for w in lowered):
        return None  # "Marion County Sheriff": a title or a place inside, not a name alone
    if len(words) in (2, 3) and lexicons.is_given_name(words[0]) and lexicons.is_surname(words[-1]):
        # ("Darnell Washington": a surname that is also a place decides nothing)
        return True if not any(is_known_place(w) for w in words[1:]) else None
    return None


def _merge_into(groups: dict[str, EntityGroup], labels: dict[str, str], keys: list[str], target: str) -> None:
    for key in keys:
        if key != target:
            group = groups.pop(key)
            groups[target].mentions.extend((m, labels[target]) for m, _ in group.mentions)
            groups[target].forms.update(group.forms)
            del labels[key]
