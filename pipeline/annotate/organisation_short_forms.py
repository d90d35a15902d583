"""Short forms of organisations' names, merged into the organisation the story named in full.

Copy names a body in full once and then by a part of its name: its first word ("Acme" of "Acme
Industries Inc", which the model may read as a person or, when a town has that name, a place),
the noun that heads it ("the Commission" of "the Electoral Commission of Malawi", "the Courier"
of "the Eastwood Courier"), a noun copy uses for it ("the Bench" of the court), or its opening
words ("a Tallis Ridge spokesman"). A lone word the model reads as a person in one place and a
place or organisation in another is one entity too. These run on the entity groups of
``entities.story_entities`` once the labels are voted.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.groups import EntityGroup, normal
from pipeline.annotate.organisations import is_country, reporting_verb_after, words_around

_COMPANY_FORMS = lexicons.words("company_forms.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_LOCATIVE = lexicons.words("locative_prepositions.txt")
_US_STATES = frozenset(normal(n) for n in lexicons.words("us_states.txt"))
_PERSONAL_TITLES = frozenset(w.rstrip(".") for w in lexicons.words("personal_titles.txt"))
# "the Bench" for the court the story named (``nouns_for_named_bodies.tsv``)
_NOUNS_FOR_NAMED_BODIES = lexicons.mapping("nouns_for_named_bodies.tsv")


# ", based in Denver," between a name and its reporting verb: an aside of up to sixty characters.
_ASIDE_THEN_WORD = re.compile(r",[ \t][^,;.\"“”\n]{1,60},[ \t]+([a-z]+)\b")


def _place_that_speaks_as_a_firm(group: EntityGroup, body: str) -> bool:
    """Whether a lone word the model calls a place is rather a firm's short form: the story
    writes it after a locative preposition or "of" in fewer than half its mentions ("Shares in
    Southcross" is no place), and it is the subject of a reporting verb somewhere ("Burlington,
    based in Denver, said" after "Burlington Freight Trust"); a country or a US state never is
    (``merge_short_forms`` asks, too, that one firm's name open with the word)."""
    forms = list(group.forms)
    if len(forms) != 1 or " " in forms[0] or is_country(forms[0]) or normal(forms[0]) in _US_STATES:
        return False
    speaks, placed = False, 0
    for mention, _ in group.mentions:
        prev, _ = words_around(body, mention.start, mention.end)
        held = body[max(0, mention.start - 10) : mention.start].lower().endswith(("shares in ", "stake in "))
        placed += (prev in _LOCATIVE or prev == "of") and not held
        aside = _ASIDE_THEN_WORD.match(body, mention.end)
        speaks = (
            speaks or reporting_verb_after(body, mention.end) or (aside is not None and is_cue_word(aside.group(1)))
        )
    return speaks and 2 * placed < len(group.mentions)


def _after_an_article(body: str, start: int) -> bool:
    """Whether "the", "a" or "an" stands right before ``start``: a name used as a noun."""
    before = body[max(0, start - 4) : start].lower()
    return before == "the " or before.endswith((" a ", " an ")) or before in ("a ", "an ")


def merge_short_forms(groups: dict[str, EntityGroup], labels: dict[str, str], body: str) -> None:
    """ "Acme" in a story that named "Acme Industries Inc": the organisation's short form, whatever
    the NER called it, unless a place (a lone word the story never gives a first name); "Tallis
    Ridge" of "Tallis Ridge Properties", an organisation or a people by its opening words. And "the
    Courier", an organisation always written after "the" in a story that named one organisation
    ending so, "the Eastwood Courier": its short form by its last word (not "Meyer said" of a
    "Stephenie Meyer" the model read as an organisation). ``labels``: each group's label, updated
    for the merged groups."""
    by_first: dict[str, str] = {}
    by_last: dict[str, set[str]] = {}
    by_opening: dict[str, set[str]] = {}
    moved: dict[str, str] = {}  # a group merged into another -> that other
    for key, group in groups.items():
        if labels.get(key) == "ORG":
            for form in group.forms:
                words = form.split()
                # (only a name a company's form or a body's word ends: "Tallis Ridge Properties",
                # not "Planned Parenthood on Centennial" nor "CNN News Article")
                ends = words[-1].lower() if words else ""
                if ends in _COMPANY_FORMS or ends in _ORGANISATION_ONLY_HEADS:
                    for n in range(2, len(words)):
                        if words[n - 1][:1].isupper():
                            by_opening.setdefault(" ".join(words[:n]).lower(), set()).add(key)
                if len(words) > 1 and words[0][:1].isupper():
                    by_first.setdefault(words[0].lower(), key)
                if len(words) > 1 and words[-1][:1].isupper() and words[-1].isalpha():
                    by_last.setdefault(words[-1].lower(), set()).add(key)
                if "of" in words[2:]:
                    # (and the noun that heads it before "of": "the Commission" of "the Electoral
                    # Commission of Malawi")
                    head = words[words.index("of", 2) - 1]
                    if head[:1].isupper() and head.isalpha():
                        by_last.setdefault(head.lower(), set()).add(key)
    for key in list(groups):
        group = groups[key]
        if key not in labels or labels[key] not in ("ORG", "PERSON", "NORP", "GPE"):
            continue
        forms = {f.lower() for f in group.forms}
        if labels[key] == "GPE" and not _place_that_speaks_as_a_firm(group, body):
            continue
        if (
            len(forms) == 1
            and labels.get(key) in ("ORG", "NORP")
            and len(opened := by_opening.get(next(iter(forms)), set())) == 1
            and key not in opened
        ):
            # "a Tallis Ridge spokesman" in a story that named "Tallis Ridge Properties": the
            # opening words of one organisation's name, which the NER may call a people
            target = next(iter(opened))
            while target in moved:
                target = moved[target]
            groups[target].absorb(group)
            del groups[key]
            del labels[key]
            moved[key] = target
            continue
        if len(forms) != 1 or " " in next(iter(forms)) or labels[key] == "NORP":
            continue
        target = by_first.get(next(iter(forms)))
        if (
            target is None
            and labels[key] == "ORG"
            and len(ends := by_last.get(_NOUNS_FOR_NAMED_BODIES.get(form := next(iter(forms)), form), set())) == 1
            and all(_after_an_article(body, m.start) for m, _ in group.mentions)
        ):
            target = next(iter(ends))  # "the Courier" of "the Eastwood Courier", "a Commission official"
        while target in moved:
            target = moved[target]  # ("Crowley" of "Crowley Maritime", itself merged into "Crowley Maritime Corp")
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
        # "Kempthorne said" four times and once read as a place: a place does not speak.
        speaks = labels[other] in ("GPE", "LOC") and any(
            reporting_verb_after(body, m.end) for m, _ in groups[key].mentions
        )
        source, target = (other, key) if (titled or speaks) and labels[key] == "PERSON" else (key, other)
        group = groups.pop(source)
        source_label = labels.pop(source)
        if source_label == "ORG" and labels[target] in ("GPE", "LOC"):
            labels[target] = "ORG"  # the cues that made the lone word a team or company hold for both
        groups[target].mentions.extend((m, labels[target]) for m, _ in group.mentions)
        groups[target].forms.update(group.forms)
