"""A story's people across its entity groups: surnames the model left untagged spread to the full
name they belong to ("Tillerson said"), a family's members told apart by their given names, a
surname two people share split between them, bare surnames given to the one named last, and a
misspelt surname merged with the name it misspells. ``persons.StoryNames`` says which full name a
short form refers to; this module moves mentions between the groups ``entities`` builds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from pipeline.annotate import lexicons
from pipeline.annotate.groups import Coverage, EntityGroup, normal
from pipeline.annotate.malaysian_names import chinese_family_names
from pipeline.annotate.particle_names import written_as_name
from pipeline.annotate.persons import surname_of
from pipeline.model import Mention

# A word of the body, with the O’ or D’ of an Irish or Italian surname ("O’Neill", "D'Amato"), an
# apostrophe inside a Kikuyu or Luo surname ("Kang'ethe"; not an English ending: "Kang'ethe's",
# "Kang'ethe'll") and its hyphened parts joined ("Hill-Edward" is one surname; "Edward" is not in it).
_WORD = re.compile(r"(?:\b[OD]['’](?=[A-Z]))?\w+(?:['’](?!(?:s|ll|re|ve|d|t|m)\b)[a-z]+\b)*(?:-\w+)*")


def spread_surnames(
    body: str, groups: dict[str, EntityGroup], covered: Coverage, *, places: Callable[[str], bool] = lambda _: False
) -> None:
    """Surnames the NER missed: "Tillerson said" with no entity on "Tillerson" becomes a
    mention of the story's Rex Tillerson (the places of each surname found by
    ``capitalised_words``). A last word that the story also uses as a place or organisation, or that
    ``places`` knows as a place, is not spread: a club "Sporting Ruritania" read as a person
    must not make every "Ruritania" a person."""
    elsewhere = {normal(m.text) for key, g in groups.items() if not key.startswith("person:") for m, _ in g.mentions}
    people: list[tuple[EntityGroup, str]] = []
    for group in list(groups.values()):
        if not group.key.startswith("person:") or not group.mentions:
            continue
        surname = surname_of(tuple(group.key.split(":", 1)[1].split()))
        plain = surname.replace("'", "").replace("-", "")
        if len(surname) < 2 or not plain.isalpha() or surname in elsewhere or places(surname):
            continue
        people.append((group, surname))
    people += chinese_family_names(groups, elsewhere, places)
    if not people:
        return
    positions = capitalised_words(body, {surname for _, surname in people})
    for group, surname in people:
        given = group.key.split(":", 1)[1].split()[0]
        for match in positions.get(surname, ()):
            text = match.group(0)
            if not written_as_name(text) or covered.overlaps(match.start(), match.end()):
                continue
            if _other_given_name_before(body, match.start(), given):
                continue  # "said Per Moen" is not Rosa Moen: another given name stands before it
            if len(surname) == 2 and text != surname.capitalize():
                continue  # "Oz", "Wu", "Li": written as a name only, never "OZ" or "oz"
            group.mentions.append((Mention(text=text, start=match.start(), end=match.end()), "PERSON"))
            covered.add(match.start(), match.end())


def capitalised_words(body: str, wanted: set[str]) -> dict[str, list[re.Match]]:
    """Each word of ``wanted`` (normalised: ``groups.normal``) -> the capitalised words of
    ``body`` that are it, as ``_WORD`` matches in order, read as a scan of the whole body with
    ``_WORD`` reads them (``O'Neill`` is one word, ``Vasquez-Orland`` too).

    Each wanted word is looked for with ``str.find`` in the lower-cased body, and the scan is run
    only from the whitespace before each place found: a word holds no whitespace, so the scan
    from there reads the words the whole scan reads, and few of a story's words are looked at.
    A body whose lower case is longer than itself (a few letters, such as "İ", lower-case to two)
    is scanned whole."""
    lowered = body.lower().replace("’", "'")
    positions: dict[str, list[re.Match]] = defaultdict(list)
    if len(lowered) != len(body):
        for match in _WORD.finditer(body):
            if written_as_name(match.group(0)) and (word := normal(match.group(0))) in wanted:
                positions[word].append(match)
        return positions
    for word in wanted:
        at = lowered.find(word)
        while at != -1:
            match = _word_at(body, at)
            if match is not None and match.end() == at + len(word) and written_as_name(match.group(0)):
                positions[word].append(match)
            at = lowered.find(word, at + 1)
    return positions


def _word_at(body: str, at: int) -> re.Match | None:
    """The ``_WORD`` match that starts at ``at`` in a scan of the whole body, or None when no
    word of that scan starts there."""
    start = at
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    for match in _WORD.finditer(body, start):
        if match.start() >= at:
            return match if match.start() == at else None
    return None


def _families(groups: dict[str, EntityGroup], *, mentioned: bool = False) -> dict[str, list[EntityGroup]]:
    """The people named in full, by surname (with ``mentioned``, only those with a mention)."""
    families: dict[str, list[EntityGroup]] = defaultdict(list)
    for key, group in groups.items():
        parts = tuple(key.split(":", 1)[1].split()) if key.startswith("person:") else ()
        if len(parts) >= 2 and (group.mentions or not mentioned):
            families[surname_of(parts)].append(group)
    return families


def spread_given_names_of_families(body: str, groups: dict[str, EntityGroup], covered: Coverage) -> None:
    """Given names the NER missed of people who share a surname: "The sisters Anya and Vera
    Kuznetsova met in the final … Vera was less sentimental." A story that names two of a family
    tells them apart by their given names, so each one's given name alone (one no other member
    has, not followed by another capitalised word) becomes a mention of that person."""
    for family in _families(groups, mentioned=True).values():
        if len(family) < 2:
            continue
        given = Counter(g.key.split(":", 1)[1].split()[0] for g in family)
        for group in family:
            name = group.key.split(":", 1)[1].split()[0]
            if given[name] > 1 or len(name) < 3 or not name.isalpha():
                continue
            for match in re.finditer(rf"\b{name.capitalize()}\b(?![ -][A-Z])", body):
                if covered.overlaps(match.start(), match.end()):
                    continue
                group.mentions.append((Mention(text=match.group(0), start=match.start(), end=match.end()), "PERSON"))
                covered.add(match.start(), match.end())


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+,?\s+)([A-Z][a-z]+)[ \t]$")


def _other_given_name_before(body: str, start: int, given: str) -> bool:
    """Whether a capitalised word inside a sentence other than ``given`` (lower case) stands
    right before the word at ``start``, no title, role or function word: the given name of
    someone else ("said Per Moen" after "Rosa Moen"), not "Mrs Moen", "Coach Moen" or the
    person's own given name."""
    match = _WORD_BEFORE.search(body, max(0, start - 24), start)
    if match is None:
        return False
    word = match.group(2)
    low = word.lower()
    return (
        low != given
        and not lexicons.is_title_word(word)
        and low not in lexicons.role_nouns()
        and low not in ("i", "the", "a", "an")  # (a capitalised word inside a sentence is rarely a function word)
        and lexicons.party_of(word) is None
    )


# An honorific right before a mention: "Mr. Varga", "Mrs Varga".
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx)\.?\s+$")


def split_shared_surnames(
    body: str, groups: dict[str, EntityGroup], subject_at: Callable[[int, int], bool] = lambda _, __: False
) -> None:
    """The surname alone of two people who share it, given to the one it means: "Mr. Varga" is
    the man and "Mrs. Varga" the woman (by the census gender of each given name; a name the
    census leaves open takes the honorific no one else fits); and where the story writes an
    honorific for one of two only ("Mrs. Varga"), the bare "Varga" after it is the other; with
    no honorific, the one a sentence's subject named last (``_bare_to_latest_named``;
    ``subject_at`` tells whether the text between two offsets is a subject). Without this,
    every "Varga" would go to whoever the story named first."""
    for surname, family in _families(groups).items():
        if len(family) < 2:
            continue
        genders = [lexicons.given_name_gender(g.key.split(":", 1)[1].split()[0]) for g in family]
        # (whether the story wrote the surname with each one's name: "Her daughter, Matilda," only
        # lent it)
        written = [any(surname in normal(m.text).split() for m, _ in g.mentions) for g in family]
        lone = [(g, pair) for g in family for pair in g.mentions if normal(pair[0].text).removesuffix("'s") == surname]
        moves: list[tuple[EntityGroup, tuple[Mention, str], EntityGroup]] = []
        honoured: set[int] = set()
        first_honoured = len(body)
        bare = []
        for owner, pair in lone:
            match = _HONORIFIC_BEFORE.search(body[max(0, pair[0].start - 6) : pair[0].start])
            gender = lexicons.honorific_gender(match.group(1)) if match else None
            if gender is None:
                bare.append((owner, pair))
                continue
            fits = [k for k, g in enumerate(genders) if g == gender] or [k for k, g in enumerate(genders) if g is None]
            if len(fits) == 1 and not written[fits[0]]:
                # "Ms Donovan" after "Kirra Donovan … Her daughter, Matilda,": the one named in full
                # whose gender the tables leave open, rather than a relative only lent the surname
                open_written = [k for k, g in enumerate(genders) if g is None and written[k]]
                fits = open_written if len(open_written) == 1 else fits
            if len(fits) == 1:
                honoured.add(fits[0])
                moves.append((owner, pair, family[fits[0]]))
                first_honoured = min(first_honoured, pair[0].start)
            elif len(fits) > 1 and genders[family.index(owner)] not in (gender, None):
                # "Mr Thornbury" in the obituary of Margaret Thornbury, whose nephew Graham and late
                # husband Len the story names: not her; of the men, the one named last before it
                named = _named_last_before([family[k] for k in fits], pair[0].start)
                if named is not None:
                    moves.append((owner, pair, named))
                else:
                    bare.append((owner, pair))
            elif len(fits) > 1:
                bare.append((owner, pair))  # "Mr. Fairchild" of a father and son: as the bare surname
        if len(family) == 2 and len(honoured) == 1 and written[1 - next(iter(honoured))]:
            # (from the honorific's first use on: a bare surname before it is still whoever the
            # story named first; and not to a relative only lent the surname: "Mr Hale-Shaw … His
            # wife, Harriet," leaves every bare "Hale-Shaw" his)
            other = family[1 - next(iter(honoured))]
            moves += [(owner, pair, other) for owner, pair in bare if pair[0].start > first_honoured]
        elif not honoured:
            moves += _bare_to_latest_named(body, family, bare, subject_at)
        for owner, pair, target in moves:
            if owner is not target:
                owner.mentions.remove(pair)
                target.mentions.append(pair)


def _named_last_before(among: list[EntityGroup], start: int) -> EntityGroup | None:
    """Of ``among``, the one a mention of two words or more names last before ``start``."""
    best, at = None, -1
    for group in among:
        for mention, _ in group.mentions:
            if len(mention.text.split()) >= 2 and at < mention.start < start:
                best, at = group, mention.start
    return best


def _bare_to_latest_named(
    body: str,
    family: list[EntityGroup],
    bare: list[tuple[EntityGroup, tuple[Mention, str]]],
    subject_at: Callable[[int, int], bool],
) -> list[tuple[EntityGroup, tuple[Mention, str], EntityGroup]]:
    """Where a story names a second person of a surname before it has used the surname alone
    ("The cyclist, Oksana Petrenko, died. Her husband, Mykola Petrenko, sat in the front row.
    “…,” Petrenko said."), the bare surname is the one a sentence's subject named in full last
    before it: copy names a namesake in full as a subject to switch to them. A story that used
    the surname alone first ("Clinton said … her husband, Bill Clinton, …") made it that
    person's, so nothing moves; nor to a name with a suffix ("Julian Marsh Jr."), which copy
    keeps with the surname, nor to a namesake named only as an object ("Marsh shot his sons,
    Julian Marsh Jr. and Ian Marsh"). Nor away from a public figure named first with a title
    ("President Boris Yeltsin visited his wife … Naina Yeltsin had an operation"): copy keeps the
    surname alone for them."""
    full = [
        (pair[0].start, group, subject_at(pair[0].start, pair[0].end))
        for group in family
        if not _suffixed(group) and _given_named(group)
        for pair in group.mentions
        if len(pair[0].text.split()) >= 2
    ]
    if len({id(group) for _, group, _ in full}) < 2 or not bare:
        return []
    firsts = sorted({id(group): start for start, group, _ in sorted(full, key=lambda f: -f[0])}.values())
    if min(pair[0].start for _, pair in bare) < firsts[1]:
        return []
    before_first = body[max(0, firsts[0] - 20) : firsts[0]].split()
    if before_first and before_first[-1][:1].isupper() and lexicons.is_title_word(before_first[-1]):
        return []
    full.sort(key=lambda item: item[0])
    moves = []
    generations = lexicons.mapping("generations.tsv")
    for owner, pair in bare:
        before = body[max(0, pair[0].start - 12) : pair[0].start].split()
        if before and before[-1].lower() in generations:
            continue  # "the younger Verne": which of them, the ties tell (``coreference``)
        latest = [group for start, group, subject in full if start < pair[0].start and subject]
        if latest:
            moves.append((owner, pair, latest[-1]))
    return moves


def _given_named(group: EntityGroup) -> bool:
    """Whether the group's full name opens with what may be a given name: not a title or an
    acronym the model took into it ("ADA Fairman", "Sen. Ross")."""
    first = next((m.text.split()[0] for m, _ in group.mentions if len(m.text.split()) >= 2), None)
    return first is not None and not first.isupper() and not lexicons.is_title_word(first)


def _suffixed(group: EntityGroup) -> bool:
    """Whether the group's full name ends with a suffix ("Jr.", "III")."""
    return group.key.split()[-1].strip(".,") in lexicons.name_suffixes()


_RETYPED = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC"})


def persons_by_surname(
    mentions: list[tuple[str, int, int, str]],
    *,
    unlike: Callable[[str], bool],
    opens_with_role: Callable[[str, str], bool] = lambda _, __: False,
) -> list[tuple[str, int, int, str]]:
    """``mentions`` with a name of two or three capitalised words retyped a person when the
    model calls its last word alone a person elsewhere in the story ("Ana Varga" ORG, "Varga"
    PERSON). ``unlike`` vetoes a name (a place, a firm's legal form); ``opens_with_role`` tells
    a first word that is a role, not a name ("Detectives"; the word after it is given too), which
    comes off."""
    lone = {text for text, _, _, label in mentions if label == "PERSON" and " " not in text}
    if not lone:
        return mentions
    out = []
    for text, start, end, label in mentions:
        words = text.split()
        if (
            label in _RETYPED
            and 2 <= len(words) <= 3
            and words[-1] in lone
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
            and not unlike(text)
        ):
            label = "PERSON"
            if len(words) == 3 and opens_with_role(words[0], words[1]):
                # "Detectives Dean Morrow" (of "Chief of Detectives …") read as an organisation:
                # the role word was left on it because it was no person's span then.
                cut = len(words[0]) + 1
                text, start = text[cut:], start + cut
        out.append((text, start, end, label))
    return out


def merge_misspelt_surnames(groups: dict[str, EntityGroup], labels: dict[str, str]) -> None:
    """ "Tyresha McClenney … McLenney said … McLenny left": a lone name the story never gives in
    full is a misspelling of the one full name whose surname is that close: one letter added,
    dropped or changed, two in a surname of eight letters or more. Not a word the census tables know
    as a surname or a given name ("Johnston" near "Johnson" is likely someone else). ``labels``:
    each group's label, updated for the merged groups."""
    surnames = {
        key: surname_of(tuple(key.split(":", 1)[1].split()))
        for key, group in groups.items()
        if labels.get(key) == "PERSON" and " " in key and group.mentions
    }
    for key in list(groups):
        name = key.split(":", 1)[1]
        if labels.get(key) != "PERSON" or " " in name or len(name) < 5 or not name.isalpha():
            continue
        if lexicons.is_surname(name) or lexicons.is_given_name(name):
            continue
        close = [
            k
            for k, surname in surnames.items()
            if surname != name and _edits(name, surname, limit := 2 if len(surname) >= 8 else 1) <= limit
        ]
        if len(close) == 1:
            groups[close[0]].absorb(groups.pop(key))
            del labels[key]


def _edits(a: str, b: str, limit: int) -> int:
    """The Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``
    (a short dynamic programme over two short words; no library is needed for it)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


# A capitalised word right before a reporting verb, opening a sentence or after a quotation's
# close or a comma: "Restrepo said", "“…,” Restrepo told reporters".
_WORD_BEFORE_CUE = re.compile(r"(?:^|(?<=[.!?”\"’]\s)|(?<=,\s)|(?<=\n))([A-Z][\w'’-]+)(?= ([a-z]+)\b)", re.M)


def surnames_before_cues(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "Governor Esteban Restrepo Arango said … Restrepo said the state would investigate": a
    surname of a full name the story gives (any word after the first, as Spanish and Portuguese
    names use the first of two surnames alone) that the model left untagged right before a
    reporting verb is that person's mention. Only words no mention covers; the full name must be
    of three words or more, or the word its last."""
    surnames: set[str] = set()
    for text, _, _, label in mentions:
        words = text.split()
        if label != "PERSON" or len(words) < 2:
            continue
        surnames.add(words[-1])
        if len(words) >= 3:
            surnames.update(w for w in words[1:-1] if w[:1].isupper() and w.lower() not in lexicons.surname_particles())
    if not surnames:
        return []
    covered = Coverage(len(body))
    for _, start, end, _ in mentions:
        covered.add(start, end)
    out = []
    for match in _WORD_BEFORE_CUE.finditer(body):
        word, verb = match.group(1), match.group(2)
        if word in surnames and verb in lexicons.cue_forms() and not covered.overlaps(match.start(1), match.end(1)):
            out.append((word, match.start(1), match.end(1), "PERSON"))
    return out
