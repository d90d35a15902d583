"""The people a story names in full, and the short forms that refer to them.

News copy names a person in full once ("Rex Tillerson") and by surname after ("Tillerson");
a headline or caption may hold the only full form. ``StoryNames`` collects the story's full
names, folds variants of one name together ("Donald J. Trump", "Crooked Hillary Clinton"),
and answers which full name a one- or two-word form refers to. Lookups go through indexes
built once per story, so a story naming a thousand people costs a thousand lookups, not a
million comparisons.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from pipeline.annotate import lexicons
from pipeline.annotate.groups import normal
from pipeline.annotate.malaysian_names import patronymic_short_forms
from pipeline.annotate.particle_names import surname_forms

_INITIAL = re.compile(r"[a-z]\.?")
# Initials written before a name ("g.", "p.j.", "t.k."), lower-cased as in ``normal``.
_INITIALS = re.compile(r"(?:[a-z]\.)+")


class StoryNames:
    """Full person names (two words or more) known to one story."""

    def __init__(self, person_forms: Iterable[str]) -> None:
        self.full: dict[str, tuple[str, ...]] = {}
        counts: Counter = Counter()
        # (a surname or given name with a suffix, "Strand Jr.", "Hiram Sr.", is a short form of
        # the name that ends with it)
        forms = [
            text
            for text in person_forms
            if len(text.split()) >= 2 and not _suffixed_short_form(text) and not titled_short_form(text)
        ]
        self._surname_forms = surname_forms(forms)
        for text in forms:
            if normal(text) not in self._surname_forms:
                self.full.setdefault(normal(text), tuple(normal(text).split()))
                counts[normal(text)] += 1
        self.canonical = _canonical_names(self.full, counts)
        # Each name's first use in the story, by any of its forms ("Dale Lee Hurst" first,
        # "Dale Hurst" later and more often, grouped under the latter: the first use counts).
        self._first: dict[str, int] = {}
        for index, norm in enumerate(self.full):
            self._first.setdefault(self.canonical.get(norm, norm), index)
        for variant in self.canonical:
            self.full.pop(variant, None)
        self.surnames = {surname_of(parts) for parts in self.full.values()}
        # Every proper prefix and suffix of each full name, and each of its words, -> the full
        # names that have it, in the order the story first used them.
        self._by_part: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self._by_word: dict[str, list[str]] = defaultdict(list)
        for key, parts in self.full.items():
            seen: set[tuple[str, ...]] = set()
            for k in range(1, len(parts)):
                for part in (parts[:k], parts[-k:]):
                    if part not in seen:
                        seen.add(part)
                        self._by_part[part].append(key)
            for word in dict.fromkeys(parts):
                self._by_word[word].append(key)
                nickname = word.strip('"“”')
                if nickname != word and nickname and word[:1] in '"“' and word[-1:] in '"”':
                    # 'Matilda “Tilly” Kearns': "Tilly" alone is her too
                    self._by_word[nickname].append(key)

    def is_surname_form(self, text: str) -> bool:
        """Whether ``text`` is a surname with its particles ("van der Berg", "Van der Berg" at a
        sentence's start after "Edwin van der Berg"): a short form, not a full name."""
        return normal(text) in self._surname_forms

    def key_of(self, text: str) -> str:
        """The normalised full name ``text`` is a variant of, or ``text`` normalised."""
        norm = normal(text)
        return self.canonical.get(norm, norm)

    def person_key(self, words: list[str]) -> str | None:
        """The full name a one- or two-word form refers to ('Trump' -> 'donald trump')."""
        norm = tuple(normal(w) for w in words)
        if len(norm) == 2 and lexicons.is_generation_suffix(norm[1]):
            # "Strand Jr.", "Hiram Sr.": the full name with that word and that suffix
            return next(
                (k for k in self._by_word.get(norm[0], ()) if len(self.full[k]) > 2 and self.full[k][-1] == norm[1]),
                None,
            )
        candidates = list(self._by_part.get(norm, ()))
        if len(norm) == 1:
            candidates += [k for k in self._by_word.get(norm[0], ()) if k not in candidates]
        candidates = [k for k in candidates if len(self.full[k]) > len(norm)]
        if not candidates:
            return None
        # Prefer a surname match, then a name it opens ("Lim" is Lim Boon Huat, not Tan Lim Seng),
        # then the first used ("Marsh" is Julian Marsh, 47, not his son Julian Marsh Jr., named
        # later; "Vell" is Anthony Vell III, not his wife Dana Vell, named last).
        candidates.sort(
            key=lambda k: (surname_of(self.full[k]) != norm[-1], self.full[k][0] != norm[0], self._first[k])
        )
        return candidates[0]


def titled_short_form(text: str) -> bool:
    """Whether ``text`` is a personal title and one word: "Ms Park", "Mayor Rhodes", "Dame
    Philippa" (a surname or given name with its title, no full name; ``personal_titles.txt``,
    ``titles_before_given_names.txt``). Not a title that opens names of places and firms too
    (``titles_opening_other_names.txt``: "King Soopers", "Prince George")."""
    words = text.split()
    if len(words) != 2:
        return False
    title = words[0].lower().rstrip(".")
    if title in lexicons.words("titles_opening_other_names.txt"):
        return False
    return title in lexicons.words("personal_titles.txt") or title in lexicons.words("titles_before_given_names.txt")


def _suffixed_short_form(text: str) -> bool:
    """Whether ``text`` is one word and a generation's suffix: "Strand Jr.", "Hiram Sr."."""
    words = text.split()
    return len(words) == 2 and lexicons.is_generation_suffix(words[1])


def surname_of(parts: tuple[str, ...]) -> str:
    """The surname of a full name's lower-cased words: the last one before any suffix
    ("anthony lacalamita iii" -> "lacalamita"; ``lexicons.name_suffixes``)."""
    return parts[surname_at(parts)]


def surname_at(words: Sequence[str], *, shortest: int = 2) -> int:
    """The index of the surname among a name's words (any case): the last one before any
    suffix, leaving at least ``shortest`` words ("Strand Jr." has its surname first only with
    ``shortest=1``; with two, "Jr." of a two-word name may be an initial's word)."""
    end = len(words)
    while end > shortest and words[end - 1].strip(".,").lower() in lexicons.name_suffixes():
        end -= 1
    return end - 1


def _canonical_names(full_names: dict[str, tuple[str, ...]], counts: Counter) -> dict[str, str]:
    """Variants of one person's full name -> the form to group them under:
    "Crooked Hillary Clinton" -> "hillary clinton" (an epithet or stray title before a known
    name), "donald j. trump" <-> "donald trump" (a middle initial), "dylann storm roof" <->
    "dylann roof" (middle names), the form used most wins."""
    by_parts: dict[tuple[str, ...], str] = {}
    for key, parts in full_names.items():
        by_parts.setdefault(parts, key)
    order = {k: i for i, k in enumerate(full_names)}
    # "Dylann Storm Roof" and "Dylann Roof", "Jamal “MooMoo” Hamilton" and "Jamal Hamilton": one
    # given name and surname with middle names or a nickname between, or none, are one person,
    # under the form used most (not "Julian Marsh Jr." and "Julian Marsh": a suffix tells a son).
    # Two different middles ("Luis “Didi” Gonzalez", "Luis “Fat Boy” Gonzalez") are two people:
    # then none of the forms is merged. A middle initial agrees with a middle name it begins.
    # (A form that repeats its given name or surname inside is a run-on of two, not a name.)
    ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, parts in full_names.items():
        if parts[-1].strip(".,") not in lexicons.name_suffixes() and not {parts[0], parts[-1]} & set(parts[1:-1]):
            ends[(parts[0], parts[-1])].append(key)
    same_person = {
        end: max(keys, key=lambda k: (counts[k], -order[k]))
        for end, keys in ends.items()
        if len(keys) > 1 and _middles_agree([tuple(w.strip('"“”‘’') for w in full_names[k][1:-1]) for k in keys])
    }
    # "Kamarul Ariffin" and "Kamarul Ariffin bin Yusof": a Malay name's own part alone.
    canonical: dict[str, str] = patronymic_short_forms(full_names)
    for a, pa in full_names.items():
        if a in canonical:
            continue
        options = [by_parts[pa[-k:]] for k in range(2, len(pa)) if pa[-k:] in by_parts and not initials_only(pa[:-k])]
        same = same_person.get((pa[0], pa[-1]))
        if same is not None and same != a:
            options.append(same)
        options = [b for b in options if b != a]
        if options:
            canonical[a] = min(options, key=order.__getitem__)
    # "G. Hanumantha Rao" and "Mr. Hanumantha Rao": initials before a name the story also writes
    # without them are part of the name, as Indian and Sri Lankan papers write names, not an
    # epithet: the shorter form goes under the one with initials, when one set of initials
    # stands before it ("G. Rao" and "K. Rao" are two people, and "Mr. Rao" either).
    initialled: dict[str, list[str]] = defaultdict(list)
    for a, pa in full_names.items():
        for k in range(2, len(pa)):
            if pa[-k:] in by_parts and initials_only(pa[:-k]):
                initialled[by_parts[pa[-k:]]].append(a)
    for short, longer in initialled.items():
        if len(longer) == 1 and short not in canonical:
            canonical[short] = longer[0]
    # A cycle ("a" -> "b" -> "a") is broken at the form the story used first, which stays a name.
    for a in list(canonical):
        path, x = [a], canonical.get(a)
        while x in canonical and x not in path:
            path.append(x)
            x = canonical[x]
        if x in path:
            canonical.pop(min(path[path.index(x) :], key=order.__getitem__), None)
    # Follow chains ("a" -> "b" -> "c") to their end.
    for a in list(canonical):
        seen = {a}
        while canonical[a] in canonical and canonical[a] not in seen:
            seen.add(canonical[a])
            canonical[a] = canonical[canonical[a]]
    return canonical


def initials_only(words: Sequence[str]) -> bool:
    """Whether a name's leading lower-cased words are all initials ("g.", "p.j."): what stands
    before "hanumantha rao" in "g. hanumantha rao"."""
    return bool(words) and all(_INITIALS.fullmatch(w) for w in words)


def _middles_agree(middles: list[tuple[str, ...]]) -> bool:
    """Whether the middle words of several forms of one given name and surname can be one
    person's: no middle, or one middle, written in full or as its initials."""
    written = {m for m in middles if m}
    full = [m for m in written if not all(_INITIAL.fullmatch(w) for w in m)]
    if len(set(full)) > 1:
        return False
    if not full:
        return len(written) <= 1
    initials = tuple(w[0] for w in full[0])
    return all(tuple(w[0] for w in m) == initials for m in written)
