"""Word lists the annotators read, each in its own file here with its source in its header.

- ``cue_verbs.txt``: reporting verbs (VerbNet say-37.7, Levin's verbs of communication, a few
  of news style), inflected with lemminflect's tables;
- ``role_nouns.txt``: person nouns for descriptions that refer back, added to nameparser's
  title list;
- ``spokes_nouns.txt``, ``document_nouns.txt``, ``speech_nouns.txt``: who or what speaks for
  someone else, and the nouns for what was said;
- ``honorifics.txt``, ``title_abbreviations.txt``: "Ms." tells a gender, "Sen." means senator;
- given names and their usual gender: gender-guesser's name dictionary (Jörg Michael's
  ``nam_dict.txt``, shipped inside the package), only names it marks plainly male or female.

Everything is read from installed files, once per process; nothing is downloaded.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Literal

Gender = Literal["m", "f"]


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` in this folder: one a line, lower case, ``#`` comments."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.split("#", 1)[0].strip().lower() for line in text.splitlines() if line.split("#", 1)[0].strip()
    )


@functools.cache
def cue_forms() -> dict[str, str]:
    """Every inflected form of a reporting verb ('said', 'tweeted', 'warns') -> its lemma."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms: dict[str, str] = {}
    for lemma in words("cue_verbs"):
        inflections = getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")
        for variants in inflections.values():
            for form in variants:
                forms.setdefault(form.lower(), lemma)
        forms.setdefault(lemma, lemma)
    return forms


@functools.cache
def titles() -> frozenset[str]:
    """Words that stand before a name as a title or role ('senator', 'gov', 'dr', 'host'):
    nameparser's title list, without the full stops of abbreviations."""
    from nameparser.config import CONSTANTS

    return frozenset(t.lower().strip(".") for t in CONSTANTS.titles if t.isascii())


@functools.cache
def role_nouns() -> frozenset[str]:
    """Nouns that describe a person ('the senator', 'the spokeswoman', 'the host')."""
    from nameparser.config import CONSTANTS

    # nameparser's titles hold a few words that are not nouns for a person ("his", "first",
    # "united"); only alphabetic words of three letters or more that are not adjectives of
    # place or order are taken.
    nouns = {t for t in CONSTANTS.titles if t.isascii() and t.isalpha() and len(t) >= 3}
    return frozenset(nouns - words("title_modifiers")) | words("role_nouns")


@functools.cache
def pairs(name: str) -> dict[str, tuple[str, ...]]:
    """``<name>.txt`` read as 'key value value ...' lines: key -> values."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].lower().split()
        if len(fields) >= 2:
            out[fields[0]] = tuple(fields[1:])
    return out


def honorific_gender(word: str) -> Gender | None:
    """'m' for "Mr.", 'f' for "Ms." and the like, else None."""
    found = pairs("honorifics").get(word.lower().strip("."))
    return found[0] if found and found[0] in ("m", "f") else None  # type: ignore[return-value]


def title_expansions(word: str) -> tuple[str, ...]:
    """The words an abbreviated title stands for ('sen' -> 'senator'); () for other words."""
    return pairs("title_abbreviations").get(word.lower().strip("."), ())


@functools.cache
def _gender_detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.cache
def given_name_gender(given: str) -> Gender | None:
    """'m' or 'f' for a given name the dictionary marks plainly male or female (not 'mostly'
    either, nor used for both): an unknown gender is better than a wrong one."""
    if not given.isalpha():
        return None
    found = _gender_detector().get_gender(given)
    return "m" if found == "male" else "f" if found == "female" else None
