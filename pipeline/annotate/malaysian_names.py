"""Names as Malaysian, Singaporean and Philippine copy writes them.

- Malay and Indian Malaysian names joined to the father's name by "bin", "binti", "a/l" or "a/p"
  ("Rohani binti Awang", "Gopal a/l Raman", ``patronymics_malay_indian.txt``): the small model
  cuts them at the lower-case word, or reads the given name as a people or a place, so the whole
  is found here (``patronymic_names``); the part before the word is what copy uses alone after
  ("Kamarul Ariffin" for "Kamarul Ariffin bin Yusof": ``patronymic_short_forms``).
- Chinese names written surname first ("Lim Boon Huat", "Daniel Lim Jun Hao"): later the
  surname alone ("Mr Lim", "Chong said") is the first word, or the first after a Western given
  name, not the last (``family_names_first``); the model cuts the Chinese given name off a
  Western one ("Daniel Lim" + "Jun Hao": ``chinese_given_name_after``).
- "Ma." opening a Philippine name is Maria ("Ma. Victoria Dumlao",
  ``given_name_abbreviations.txt``), which the model reads as a name of its own
  (``abbreviated_given_name_before``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.groups import EntityGroup

PATRONYMICS = lexicons.words("patronymics_malay_indian.txt")
_ABBREVIATED_GIVEN = lexicons.words("given_name_abbreviations.txt")
# A capitalised word of a name ("Mohd", "Che", "Nor'ain"), and the particles between the parts.
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)?"
_PATRONYMIC = re.compile(
    rf"(?<![\w’'/-])((?:{_WORD} ){{1,4}})({'|'.join(re.escape(p) for p in sorted(PATRONYMICS, key=len, reverse=True))})"
    rf" ({_WORD}(?: {_WORD}){{0,2}})(?![\w/-])"
)
# A syllable of a romanised Chinese given name ("Jun", "Hao", "Jian", "Wei", "Boon", "Huat").
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|ck|n|m|k|h|t|p)?")


def patronymic_names(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of each name of the form "Rohani binti Awang", "Mohd Azhar bin
    Sulaiman", "Gopal a/l Raman": one to three capitalised words, the particle, one to three
    capitalised words. Titles and words for what the person is stay out ("Supt Mohd Azhar",
    "Smallholder Rahmat"), and the father's name ends before a title or a role."""
    out: list[tuple[int, int]] = []
    if not any(f" {p} " in text for p in PATRONYMICS):
        return out
    for match in _PATRONYMIC.finditer(text):
        own = match.group(1).split()
        drop = 0
        while drop < len(own) and _not_a_name_word(own[drop], own[drop + 1 :]):
            drop += 1
        own = own[drop:]
        if not own or len(own) > 3:
            continue
        father = match.group(3).split()
        keep = 0
        while keep < len(father) and not _not_a_name_word(father[keep], ()):
            keep += 1
        if keep == 0:
            continue
        start = match.start(1) + sum(len(w) + 1 for w in match.group(1).split()[:drop])
        end = match.start(3) + len(" ".join(father[:keep]))
        out.append((start, end))
    return out


def _not_a_name_word(word: str, rest: Sequence[str]) -> bool:
    """Whether a capitalised word before a patronymic is a title, a role or a common noun that
    opens a sentence, not the person's name ("Supt", "Datuk", "Smallholder")."""
    low = word.lower()
    if lexicons.is_title_word(word) or low in lexicons.role_nouns() or low in lexicons.words("month_and_day_names.txt"):
        return True
    from pipeline.annotate.span_cleaning import describes_a_person

    return bool(rest) and describes_a_person(word, rest[0])


def patronymic_short_forms(full_names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Full names of a story that are the part of one patronymic name before its particle ->
    that name ("kamarul ariffin" -> "kamarul ariffin bin yusof"): copy names a Malay or Indian
    Malaysian person by their own name after the first mention. A prefix two names share
    ("Mohd Faizal bin Ibrahim", "Mohd Faizal bin Omar") stays itself."""
    by_prefix: dict[tuple[str, ...], list[str]] = {}
    for key, parts in full_names.items():
        at = next((k for k, w in enumerate(parts) if k and w in PATRONYMICS), None)
        if at is not None:
            by_prefix.setdefault(parts[:at], []).append(key)
    out = {}
    for key, parts in full_names.items():
        owners = by_prefix.get(parts, ())
        if len(owners) == 1 and owners[0] != key:
            out[key] = owners[0]
    return out


def family_names_first(full_names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Word (lower case) -> the one full name of a story that opens with it as a Chinese surname
    does ("lim" -> "lim boon huat", or "daniel lim jun hao" after a census given name), with two
    given names after it, for words no full name of the story ends with (then it is that name's
    surname, as in Western names): "Chong said" after "Chong Li Wen". Built once a story, so a
    story naming many people costs one pass over their names, not one a lookup."""
    ends = {parts[-1] for parts in full_names.values()}
    found: dict[str, list[str]] = {}
    for key, parts in full_names.items():
        at = 1 if len(parts) >= 4 and lexicons.is_given_name(parts[0]) else 0
        if len(parts) - at == 3 and all(_SYLLABLE.fullmatch(w) for w in parts[at + 1 :]):
            found.setdefault(parts[at], []).append(key)
    return {word: keys[0] for word, keys in found.items() if len(keys) == 1 and word not in ends}


def chinese_family_names(
    groups: dict[str, EntityGroup], elsewhere: set[str], places: Callable[[str], bool]
) -> list[tuple[EntityGroup, str]]:
    """(group, surname) for each person of ``groups`` named in full with a Chinese surname first
    (``family_names_first``), for ``person_groups.spread_surnames`` to find the surname the model
    left untagged ("Chew said" after "Chew Mei Ling"); not a word the story uses for a place or a
    body (``elsewhere``) or ``places`` knows."""
    full = {k.split(":", 1)[1]: tuple(k.split(":", 1)[1].split()) for k, g in groups.items() if k.startswith("person:")}
    full = {k: parts for k, parts in full.items() if len(parts) >= 2}
    return [
        (groups["person:" + key], word)
        for word, key in family_names_first(full).items()
        if groups["person:" + key].mentions and word not in elsewhere and not places(word)
    ]


def chinese_given_name_left_out(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged only a Chinese surname written first,
    after a title or alone ("Dr Kuan" of "Dr Kuan Soon Hock said", "Soon" read as an adverb):
    the two title-case syllables after it that no entity covers (``_SYLLABLE``, five letters at
    most), no capitalised word after them."""
    doc = ent.doc
    titled = len(ent) == 2 and lexicons.is_title_word(ent[0].text)
    if ent.label_ != "PERSON" or not (len(ent) == 1 or titled) or ent.end + 2 > len(doc):
        return None
    pair = doc[ent.end : ent.end + 2]
    if ent[-1].whitespace_ != " " or pair[0].whitespace_ != " ":
        return None
    if not all(t.is_title and len(t) <= 5 and not t.ent_type_ and _SYLLABLE.fullmatch(t.lower_) for t in pair):
        return None
    if ent.end + 2 < len(doc) and doc[ent.end + 2].text[:1].isupper():
        return None
    return pair[-1].idx + len(pair[-1])


def chinese_given_name_after(doc: Doc, first: Span, second: Span, text: str) -> bool:
    """Whether ``second`` is a Chinese given name of two syllables the model cut off the person
    ``first`` one space before it: "Daniel Lim" + "Jun Hao", "Marcus Low" + "Jian Wei"."""
    if first.label_ != "PERSON" or second.label_ != "PERSON" or first.end != second.start or len(second) != 2:
        return False
    if text[first.end_char : second.start_char] != " " or not 1 <= len(first) <= 2:
        return False
    return all(t.is_title and len(t) <= 5 and _SYLLABLE.fullmatch(t.lower_) for t in second) and all(
        t.is_title for t in first
    )


def abbreviated_given_name_before(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``first`` is a given name written short ("Ma" of "Ma. Victoria Dumlao"), its full
    stop and one space standing before the person ``second``."""
    k = first.end
    return (
        len(first) == 1
        and first[0].lower_ in _ABBREVIATED_GIVEN
        and first[0].is_title
        and second.label_ == "PERSON"
        and second.start == k + 1
        and doc[k].text == "."
        and doc[k].whitespace_ == " "
        and not first[0].whitespace_
    )
