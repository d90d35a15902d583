"""Word lists the annotators read: one file per list, each opening with where it comes from.

A ``.txt`` list holds one entry a line (several words may share a line, separated by spaces,
unless the file says ``# one entry per line``); a ``.tsv`` map holds ``key<TAB>value`` lines.
Lines starting with ``#`` are the header: the list's source and what it is for. Entries are
lower-cased unless the file says ``# case: kept``. Lists are read once per process.

Some lists are read through a function that adds what a maintained library knows:

- ``cue_verbs.txt``: reporting verbs (VerbNet say-37.7, Levin's verbs of communication, a few
  of news style), inflected with lemminflect's tables (``inflections.tsv``, written from them by
  ``build_inflections``: loading lemminflect cost each worker ~0.2 s);
- ``role_nouns.txt``, ``occupations.txt``: person nouns for descriptions that refer back, added
  to nameparser's title list;
- ``spokes_nouns.txt``, ``document_nouns.txt``, ``speech_nouns.txt``: who or what speaks for
  someone else, and the nouns for what was said; ``spokes_bodies.txt``: those of the spokes
  nouns that name a body ("the campaign", "the office"), not a person;
- ``side_nouns.txt``: the people on one side of a question ("Critics, including Sen. Roe,");
- ``relay_verbs.txt``: "quoted Osei as saying", "cited her as saying": one source relaying another;
- ``authoring_verbs.txt``: "Roe issued a statement": verbs whose subject wrote the document that
  is their object (inflected like the cue verbs, ``verb_forms``);
- ``organisation_nouns.txt``: "the union", "the agency": an organisation named by its kind;
- ``honorifics.txt``, ``title_abbreviations.txt``: "Ms." tells a gender, "Sen." means senator;
  ``abbreviated_forms_of_address.txt``: "Mr.", "Jr.", whose full stop ends no sentence;
  ``ruler_titles.txt``: "Oba", "Igwe", "King" tie their holder to "the monarch";
  ``parent_words.txt``: "Dad", "Mum" as a speaker calls a parent;
- ``organisation_cue_nouns.txt``: "the news agency ...", "shares of ...": a noun right before a
  name that makes it an organisation's (the entity layer's typing cue);
- ``gendered_nouns.txt``: "mother", "widower": person nouns that tell a gender;
- ``patronymics_malay_indian.txt``: "bin", "binti", "a/l": the word joining a Malay or Indian
  Malaysian person's own name to the father's (``malaysian_names``);
  ``given_name_abbreviations.txt``: "Ma." for Maria opening a Philippine name;
- given names, their usual gender, and surnames: the US Census Bureau's 1990 name tables (public
  domain; ``dist.male.first``, ``dist.female.first`` and ``dist.all.last`` with each name's share
  of the people counted), as the MIT-licensed ``names`` package ships them; see
  ``given_name_gender``, ``is_given_name`` and ``is_surname``. The speaker code reads genders
  from them, the entity layer tells a person's name from a company's with them.

Everything is read from installed files, once per process; nothing is downloaded.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import Literal

Gender = Literal["m", "f"]


def _lines(name: str) -> tuple[list[str], list[str]]:
    if "." not in name:
        name = f"{name}.txt"
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"no lexicon named {name!r} in {__package__}") from None
    header = [line for line in text.splitlines() if line.startswith("#")]
    body = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return header, body


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of the list ``name`` (a file name in this folder, e.g. ``"person_roles.txt"``)."""
    header, body = _lines(name)
    keep_case = any("case: kept" in line for line in header)
    one_per_line = any("one entry per line" in line for line in header)
    entries = [line.strip() for line in body] if one_per_line else [w for line in body for w in line.split()]
    return frozenset(e if keep_case else e.lower() for e in entries)


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """The ``key<TAB>value`` pairs of the map ``name`` (keys lower-cased)."""
    _, body = _lines(name)
    out: dict[str, str] = {}
    for number, line in enumerate(body, 1):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"lexicon {name!r}: entry {number} has no tab: {line!r}")
        out[key.strip().lower()] = value.strip()
    return out


@functools.cache
def cue_forms() -> dict[str, str]:
    """Every inflected form of a reporting verb ('said', 'tweeted', 'warns') -> its lemma."""
    return verb_forms("cue_verbs")


@functools.cache
def verb_forms(name: str) -> dict[str, str]:
    """Every inflected form of the verbs of the list ``name`` -> its lemma (lemminflect's tables)."""
    forms: dict[str, str] = {}
    for lemma in words(name):
        for form in inflections(lemma):
            forms.setdefault(form, lemma)
    return forms


@functools.cache
def inflections(lemma: str) -> frozenset[str]:
    """The verb ``lemma`` and its inflected forms, lower case ("use" -> used, uses, using)."""
    return frozenset({lemma}) | _inflected(lemma, "VERB")


@functools.cache
def noun_inflections(lemma: str) -> frozenset[str]:
    """The noun forms of ``lemma``, lower case ("report" -> report, reports); empty if none."""
    return _inflected(lemma, "NOUN")


def _inflected(lemma: str, pos: str) -> frozenset[str]:
    """lemminflect's forms of ``lemma`` as ``pos``: from ``inflections.tsv`` (written from
    lemminflect by ``build_inflections``), else from lemminflect itself."""
    forms = _inflection_table().get((lemma, pos))
    return forms if forms is not None else lemminflect_forms(lemma, pos)


def lemminflect_forms(lemma: str, pos: str) -> frozenset[str]:
    """lemminflect's forms of ``lemma`` as ``pos`` ("VERB" or "NOUN"), lower case; a verb it does
    not know is inflected by its rules for unknown words (``getAllInflectionsOOV``)."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    found = getAllInflections(lemma, upos=pos) or (getAllInflectionsOOV(lemma, upos=pos) if pos == "VERB" else {})
    return frozenset(form.lower() for variants in found.values() for form in variants)


@functools.cache
def _inflection_table() -> dict[tuple[str, str], frozenset[str]]:
    _, body = _lines("inflections.tsv")
    table: dict[tuple[str, str], frozenset[str]] = {}
    for line in body:
        lemma, pos, forms = (line.split("\t") + [""])[:3]
        table[(lemma, pos)] = frozenset(forms.split())
    return table


@functools.cache
def titles() -> frozenset[str]:
    """Words that stand before a name as a title or role ('senator', 'gov', 'dr', 'host'):
    nameparser's title list, without the full stops of abbreviations, and the personal titles it
    lacks (``personal_titles.txt``: 'councilwoman', 'assemblyman')."""
    from nameparser.config import CONSTANTS

    return frozenset(t.lower().strip(".") for t in CONSTANTS.titles if t.isascii()) | words("personal_titles.txt")


@functools.cache
def name_suffixes() -> frozenset[str]:
    """Words that end a person's name after the surname ('jr', 'sr', 'iii'): nameparser's
    suffixes that are not acronyms, without full stops."""
    from nameparser.config import CONSTANTS

    return frozenset(t.lower().strip(".") for t in CONSTANTS.suffix_not_acronyms if t.isascii() and t.isalpha())


def is_generation_suffix(word: str) -> bool:
    """Whether ``word`` is a name suffix that tells a generation ("Jr.", "Snr": a suffix that
    ``generations.tsv`` maps), not "III" nor an initial "V."."""
    bare = word.strip(".,").lower()
    return bare in name_suffixes() and bare in mapping("generations.tsv")


@functools.cache
def surname_particles() -> frozenset[str]:
    """Lower-case words that stand inside a person's name before the surname ('dos' of "Paulo dos
    Santos", 'van der', 'bin', 'de la'): nameparser's prefixes that are plain words, without those
    that are also English words a sentence puts between a name and a capitalised word ("let Hale
    do Ohio", "St.", "Mac"), and the Welsh "ap" and "ferch" it lacks (``welsh_name_particles.txt``)."""
    from nameparser.config import CONSTANTS

    english = {"do", "den", "bar", "bat", "bon", "op", "te", "het", "heer", "st", "ste", "san", "santa", "mac", "mc"}
    listed = frozenset(p for p in CONSTANTS.prefixes if p.isascii() and p.isalpha() and len(p) >= 2) - english
    return listed | words("welsh_name_particles.txt")


@functools.cache
def roles_before_persons() -> frozenset[str]:
    """Nouns that, in lower case right before a proper name, make it a person's: roles
    ("spokesman Tom Hale"), relatives ("his cousin Nikki Lane") and the everyday nouns for people
    ("neighbor Ann Roe"); not "man" and "woman"."""
    return (
        words("roles_before_persons.txt")
        | words("kin_nouns.txt")
        | (words("everyday_person_nouns.txt") - {"man", "woman"})
    )


@functools.cache
def role_nouns() -> frozenset[str]:
    """Nouns that describe a person ('the senator', 'the spokeswoman', 'the host')."""
    from nameparser.config import CONSTANTS

    # nameparser's titles hold a few words that are not nouns for a person ("his", "first",
    # "united"); only alphabetic words of three letters or more that are not adjectives of
    # place or order are taken.
    nouns = {t for t in CONSTANTS.titles if t.isascii() and t.isalpha() and len(t) >= 3}
    return (
        frozenset(nouns - words("title_modifiers"))
        | words("role_nouns")
        | words("occupations")
        | words("everyday_person_nouns")
        | words("sports_positions")
        | _nouns_by_role_ending()
    )


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns for a person by role, kin or as anyone ("officer", "mother", "neighbor"):
    ``role_nouns`` and ``kin_nouns.txt``, not an organisation's nouns."""
    return role_nouns() | words("kin_nouns")


# How many of wordfreq's commonest English words are read for the endings of role_noun_endings.txt.
_ROLE_ENDING_VOCABULARY = 300_000


def _nouns_by_role_ending() -> frozenset[str]:
    """The words of wordfreq's English list that end like a specialist's noun ("neurologist",
    "choreographer"; ``role_noun_endings.txt``), less the peoples and periods that end so."""
    from wordfreq import top_n_list

    endings = tuple(words("role_noun_endings"))
    excluded = words("role_noun_endings_not")
    return frozenset(
        w
        for w in top_n_list("en", _ROLE_ENDING_VOCABULARY)
        if w.endswith(endings) and len(w) >= 7 and w.isalpha() and w not in excluded
    )


@functools.cache
def spokespeople_nouns() -> frozenset[str]:
    """Nouns for one who speaks for a principal: a spokesperson ("spokeswoman", "aide") or a member
    of the principal's staff ("adviser", "staffer"); ``spokes_nouns.txt`` and ``staff_nouns.txt``."""
    return words("spokes_nouns") | words("staff_nouns")


@functools.cache
def relative_nouns() -> frozenset[str]:
    """The kinship nouns of ``kin_nouns.txt`` that name one person ('cousin', 'grandson'): not
    its plurals and collectives ('sons', 'children', 'family')."""
    return frozenset(w for w in words("kin_nouns") if not w.endswith("s")) - {"children", "family"}


@functools.cache
def _name_head_words() -> frozenset[str]:
    return words("name_heads.txt") | words("organisation_only_heads.txt")


def heads_a_name(word: str) -> bool:
    """Whether ``word`` is a word that ends the name of an organisation, a building or a street
    ("Bank", "Court", "Freight", "Times"; ``name_heads.txt`` and ``organisation_only_heads.txt``):
    a name with it is no person's by the word alone."""
    return word.lower() in _name_head_words()


def heads_a_body_name(word: str) -> bool:
    """Whether ``word`` heads an organisation's name (``heads_a_name``) or is a legal form ("Inc.",
    "plc"): the word copy drops after the first mention ("Lumen Digital" of "Lumen Digital
    Exchange")."""
    return heads_a_name(word) or word.lower().rstrip(".") in company_forms()


@functools.cache
def company_forms() -> frozenset[str]:
    """The words that end a company's name ("Inc", "plc", "Holdings"), lower case, without
    the full stops of abbreviations (``company_forms.txt``)."""
    return frozenset(w.rstrip(".") for w in words("company_forms.txt"))


@functools.cache
def pairs(name: str) -> dict[str, tuple[str, ...]]:
    """The list ``name`` read as 'key value value ...' lines: key -> values (lower case)."""
    _, body = _lines(name)
    out: dict[str, tuple[str, ...]] = {}
    for line in body:
        fields = line.lower().split()
        if len(fields) >= 2:
            out[fields[0]] = tuple(fields[1:])
    return out


@functools.cache
def _keyed(name: str) -> dict[str, str]:
    """The list ``name`` read as 'key other other ...' lines: every word -> its line's key."""
    found: dict[str, str] = {}
    _, body = _lines(name)
    for line in body:
        fields = line.lower().split()
        for word in fields:
            found[word] = fields[0]
    return found


def _offices() -> dict[str, str]:
    return _keyed("offices")


def party_of(word: str) -> str | None:
    """The political party a word names or makes a member of ("GOP" -> "republican", "Tory" ->
    "conservative"; ``political_parties.txt``), or None."""
    return _keyed("political_parties").get(word.lower().strip("."))


def office_of(word: str) -> str | None:
    """The elected office a title word names ("sen" -> "senator", "congresswoman" ->
    "representative"; ``offices.txt``), or None."""
    word = word.lower().strip(".")
    for form in (word, *title_expansions(word)):
        if form in _offices():
            return _offices()[form]
    return None


def public_office_of(word: str) -> str | None:
    """``office_of`` for the offices a public figure holds: not the ranks of a police force
    ("officer", the key of "sergeant" and "detective"), which crime copy gives its witnesses."""
    office = office_of(word)
    return None if office == "officer" else office


def offices_of_kind(word: str) -> tuple[str, ...]:
    """The offices (keys of ``offices.txt``) a noun for several stands for ("lawmaker" ->
    senator, representative; ``office_kinds.txt``); () for other words."""
    return pairs("office_kinds").get(word.lower().strip("."), ())


def occupation_of(word: str) -> str | None:
    """The word itself when it is an occupation of ``occupations.txt`` ("quarterback"), else None:
    a key like ``party_of`` and ``office_of``, one occupation to a person."""
    word = word.lower().strip(".")
    return word if word in words("occupations") else None


def us_state(tag: str) -> str | None:
    """The US state an abbreviation or name in a party tag names ("Va." or "VA" -> "Virginia",
    "Texas" -> "Texas"; ``us_state_abbreviations.tsv``, ``us_states.txt``), or None."""
    tag = tag.strip()
    found = mapping("us_state_abbreviations.tsv").get(tag.lower())
    if found is not None:
        return found
    return tag if tag in words("us_states.txt") else None


def title_sides(modifiers: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The sides of a title a description's modifiers take ("minority", "senior") and the sides
    they rule out ("majority", "junior"; ``opposite_title_modifiers.tsv``), lower-cased."""
    opposed = mapping("opposite_title_modifiers.tsv")
    sided = frozenset(m.lower() for m in modifiers if m.lower() in opposed)
    return sided, frozenset(opposed[m] for m in sided)


def is_title_side(word: str) -> bool:
    """Whether ``word`` takes a side of a title ("minority leader", "senior senator")."""
    return word.lower() in mapping("opposite_title_modifiers.tsv")


def honorific_gender(word: str) -> Gender | None:
    """'m' for "Mr.", 'f' for "Ms." and the like, else None."""
    found = pairs("honorifics").get(word.lower().strip("."))
    return found[0] if found and found[0] in ("m", "f") else None  # type: ignore[return-value]


def noun_gender(word: str) -> Gender | None:
    """'f' for "spokeswoman", "mother"; 'm' for "chairman", "father", "brother-in-law"; None for
    "senator"."""
    word = word.lower().removesuffix("-in-law")
    found = pairs("gendered_nouns").get(word)
    if found and found[0] in ("m", "f"):
        return found[0]  # type: ignore[return-value]
    if word in role_nouns():
        if word.endswith("woman"):
            return "f"
        if word.endswith("man"):
            return "m"
    return None


def plural_noun_gender(word: str) -> Gender | None:
    """``noun_gender`` of a plural noun ("waitresses", "women", "wives")."""
    found = gendered_singular(word)
    return found[1] if found else None


@functools.lru_cache(maxsize=4096)
def gendered_singular(word: str) -> tuple[str, Gender] | None:
    """The singular of a plural person noun that tells a gender, and that gender ("waitresses" ->
    ("waitress", "f")). Those nouns form their plurals regularly or in -men/-ves, so the singular
    is found by those endings (lemminflect's lemma tables would cost each worker ~0.4 s to load
    for this)."""
    word = word.lower()
    singulars = []
    if word.endswith("men"):
        singulars.append(word[:-3] + "man")
    if word.endswith("ves"):
        singulars.append(word[:-3] + "fe")
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("s"):
        singulars.append(word[:-1])
    for singular in singulars:
        gender = noun_gender(singular)
        if gender is not None:
            return singular, gender
    return None


def title_expansions(word: str) -> tuple[str, ...]:
    """The words an abbreviated title stands for ('sen' -> 'senator'); () for other words."""
    return pairs("title_abbreviations").get(word.lower().strip("."), ())


@functools.cache
def ranks_in_full() -> frozenset[str]:
    """The one-word titles the abbreviations stand for, written in full ('major', 'sergeant',
    'colonel'): ranks and offices nameparser's list may lack, as a census given name may be one."""
    return frozenset(full for fulls in pairs("title_abbreviations").values() for full in fulls if " " not in full)


@functools.cache
def _neutral_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for neutral, gendered in pairs("neutral_role_nouns").items():
        for noun in gendered:
            out.setdefault(noun, []).append(neutral)
    return {noun: tuple(neutral) for noun, neutral in out.items()}


def neutral_role_nouns(word: str) -> tuple[str, ...]:
    """The gender-neutral nouns for the role a gendered noun names ("spokeswoman" ->
    "spokesperson"; ``neutral_role_nouns.txt``); () for other words."""
    return _neutral_forms().get(word.lower(), ())


def title_only_before_people(word: str) -> bool:
    """Whether ``word`` is a title no firm's or product's name opens with ("Professor", "Mr"), or
    a personal title abbreviated with its full stop ("Sen.", "Gov."): a name behind it is a
    person's (``titles_only_before_people.txt``)."""
    key = word.lower().strip(".")
    if key in words("titles_only_before_people"):
        return True
    return word.endswith(".") and (key in words("personal_titles") or is_abbreviated_title(word))


@functools.lru_cache(maxsize=4096)
def person_singular(word: str) -> str | None:
    """The singular of ``word`` (lower case) when it is the plural of a noun for a person
    ("senators" -> "senator", "witnesses" -> "witness", "firemen" -> "fireman", "deputies" ->
    "deputy"): a role or an everyday person noun (``role_nouns``) once a regular plural ending,
    "-ies" or "-men", is taken off; else None."""
    people = role_nouns()
    candidates = []
    if word.endswith("men"):
        candidates.append(word[:-3] + "man")
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("s"):
        candidates += [word[:-1], word[:-2]]
    return next((c for c in candidates if c in people), None)


def is_plural_person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is the plural of a noun for a person (``person_singular``)."""
    return person_singular(word) is not None


@functools.lru_cache(maxsize=8192)
def is_title_word(word: str) -> bool:
    """Whether ``word`` is a title before a name, written in full or abbreviated ("Sen.", "Det.",
    "senator"): ``titles`` and ``is_abbreviated_title`` together, and a style of address in capitals
    ("HE Dr. Ali", "HRH Prince Faisal": ``styles_of_address.txt``)."""
    return (
        word.lower().strip(".") in titles()
        or is_abbreviated_title(word)
        or (word.isupper() and word in words("styles_of_address.txt"))
    )


def is_title_before_name(word: str) -> bool:
    """Whether a token before a name is part of its title: a capitalised title word ("Mayor",
    "Sen.", "Gov.") or the full stop the tokenizer split off an abbreviated one."""
    return word == "." or (word[:1].isupper() and is_title_word(word))


@functools.lru_cache(maxsize=8192)
def is_abbreviated_title(word: str) -> bool:
    """Whether ``word`` is a title or form of address written as an abbreviation ('Capt',
    'Mr', 'Jr'), whose full stop is no sentence end: not a title written in full ('attorney')."""
    key = word.lower().strip(".")
    return bool(title_expansions(key)) or key in words("abbreviated_forms_of_address")


# A name listed for both sexes gets a gender only when its share among the people of one sex is
# at least this many times its share among the other (about 90% of its bearers or more).
DOMINANCE = 10.0


def _census_table(name: str) -> dict[str, float]:
    """One of the census tables in the ``names`` package: NAME -> percent of that sex.

    Found through the installed distribution's file list rather than by importing ``names``: a
    top-level module of that name anywhere on ``sys.path`` would shadow the package."""
    path = metadata.distribution("names").locate_file(f"names/{name}")
    text = Path(str(path)).read_text(encoding="ascii")
    return {fields[0].lower(): float(fields[1]) for fields in (line.split() for line in text.splitlines()) if fields}


@functools.cache
def census_key(word: str) -> str:
    """``word`` as the census tables spell names: lower case, without accents ("Héctor" ->
    "hector", "Muñoz" -> "munoz"; the tables are ASCII)."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


@functools.cache
def _census_genders() -> dict[str, Gender]:
    male, female = _census_table("dist.male.first"), _census_table("dist.female.first")
    out: dict[str, Gender] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        # A name listed for one sex only is that sex's: the tables cover 90% of each population,
        # so a name common enough to be listed for one and absent from the other is rarely shared.
        if m >= DOMINANCE * f:
            out[name] = "m"
        elif f >= DOMINANCE * m:
            out[name] = "f"
    return out


@functools.cache
def given_name_gender(given: str) -> Gender | None:
    """'m' or 'f' for a given name the 1990 US census gives plainly to one sex ("Helena", "Walter"),
    or, for one it does not list, the world tables (``given_names_world.tsv``) do ("Camilla",
    "Magnus"); None for a name used for both ("Robin", "Kim"), one the two sources give different
    sexes, or one not listed: an unknown gender is better than a wrong one."""
    if not given.isalpha():
        return None
    key = census_key(given)
    world = _world_given_names().get(key)
    if key in _all_given_names():
        census = _census_genders().get(key)
        share = None if world is None else world[2] if census == "f" else 1.0 - world[2] if census == "m" else None
        if share is not None and share < WORLD_AGREEMENT:
            # the world tables give many of its bearers the other sex: "Stéphane", "Kristian",
            # "Yuri" are mostly men's names, though the 1990 US census counted more women as such;
            # "Jess" (42% women), "Joan" (27% men), "Nicola" are given to both
            return None
        return census
    if world is None:
        return None
    female = world[2]
    return "f" if female >= WORLD_DOMINANCE else "m" if female <= 1.0 - WORLD_DOMINANCE else None


# The world tables' share of a name's bearers gendered as one sex from which it is that sex's.
WORLD_DOMINANCE = 0.95
# The share of its bearers the world tables must give the sex the census gives a name for that sex
# to stand: below it, the name is given to both sexes across the world.
WORLD_AGREEMENT = 0.75
# A name of the world tables that the census lacks is a given name as surely as the census's common
# ones when this many tables list it for this many people, and it is no everyday English word
# (wordfreq's Zipf scale below ``WORLD_NAME_ZIPF``, about once in 100,000 words: "Magnus", "Camilla",
# not "Will", "Hope" or "Said").
WORLD_NAME_SOURCES = 20
WORLD_NAME_COUNT = 20_000
WORLD_NAME_ZIPF = 4.0


@functools.cache
def _world_given_names() -> dict[str, tuple[int, int, float]]:
    """``given_names_world.tsv``: name -> (people counted, tables listing it, share female)."""
    _, body = _lines("given_names_world.tsv")
    out: dict[str, tuple[int, int, float]] = {}
    for line in body:
        name, count, sources, female = line.split("\t")
        out[name] = (int(count), int(sources), float(female))
    return out


@functools.cache
def _common_world_name(key: str) -> bool:
    entry = _world_given_names().get(key)
    if entry is None or entry[0] < WORLD_NAME_COUNT or entry[1] < WORLD_NAME_SOURCES:
        return False
    return zipf(key) < WORLD_NAME_ZIPF


# A given name or surname counts as one when at least this share (percent) of the people counted
# bears it: about 1,550 given names (the rarer ones are as often ordinary words: "Royal", "Long")
# and 18,800 surnames (the rarest listed are words such as "Boys" or "Dutch").
GIVEN_NAME_MIN_SHARE = 0.01
SURNAME_MIN_SHARE = 0.001


@functools.cache
def _given_names() -> frozenset[str]:
    tables = (_census_table("dist.male.first"), _census_table("dist.female.first"))
    return frozenset(name for table in tables for name, share in table.items() if share >= GIVEN_NAME_MIN_SHARE)


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(name for name, share in _census_table("dist.all.last").items() if share >= SURNAME_MIN_SHARE)


def is_given_name(word: str) -> bool:
    """Whether the 1990 US census lists ``word`` as a given name of either sex ("Helena", "Walter"),
    or the world tables list it widely and it is no everyday word ("Magnus", "Imani")."""
    key = census_key(word)
    return key in _given_names() or _common_world_name(key)


@functools.cache
def _all_given_names() -> frozenset[str]:
    return frozenset(_census_table("dist.male.first").keys() | _census_table("dist.female.first").keys())


# How many people the world tables must count under a given name, in at least WORLD_NAME_SOURCES
# of them, for it to name a person before a surname however common a word it is ("Alistair":
# 11,632 in 27 tables; not "Maison": 5,426 in 16, nor "Royal": 18,574 in 18).
WIDELY_LISTED_COUNT = 5_000


def is_widely_listed_given_name(word: str) -> bool:
    """Whether the world tables list ``word`` as a given name in many countries
    (``WIDELY_LISTED_COUNT`` people in ``WORLD_NAME_SOURCES`` tables), common word or not."""
    entry = _world_given_names().get(census_key(word))
    return entry is not None and entry[0] >= WIDELY_LISTED_COUNT and entry[1] >= WORLD_NAME_SOURCES


def is_listed_given_name(word: str) -> bool:
    """Whether any of the given-name tables (the census's, at any share, or the world's) lists
    ``word``, however common a word it is too ("Vijay", "Grace")."""
    key = census_key(word)
    return key in _all_given_names() or key in _world_given_names()


def is_rare_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the census lists below ``GIVEN_NAME_MIN_SHARE`` (or the world
    tables list) and one rare in English ("Ezequiel", "Margarethe", "Ignatius"): a name, not a word
    that is now and then one ("Royal", "Long")."""
    return is_listed_given_name(word) and is_rare_word(word)


# A word rarer than this in English (wordfreq's Zipf scale: about once in ten million words) is no
# common word a sentence may open with ("Heavy Rain fell"): the names the model misses are rare.
RARE_ZIPF = 3.0


def zipf(word: str) -> float:
    """How common ``word`` is in English, on wordfreq's Zipf scale (wordfreq 3.1.1, pinned; 0 for a
    word it does not list): the one reader of the frequency table for the annotation rules."""
    from wordfreq import zipf_frequency  # (its table loads on first use: only when a word got this far)

    return zipf_frequency(word.lower(), "en")


def is_rare_word(word: str) -> bool:
    """Whether ``word`` is rarer in English than ``RARE_ZIPF``: "Ilinca", "Kowalczyk", not
    "Chelsea" or "Heavy"."""
    return zipf(word) < RARE_ZIPF


def is_surname(word: str) -> bool:
    """Whether the 1990 US census lists ``word`` as a surname ("Marsh", "Okafor" is not)."""
    return census_key(word) in _surnames()
