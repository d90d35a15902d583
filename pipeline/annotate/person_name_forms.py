"""A span whose own words make it a person's name, whatever label the model gave it: a census
given name and surname ("Helena Marsh" read as an organisation), a titled name the model cut in two
("Representative Yolanda Beaumont" as two places), a generation's suffix ("Jonah Whitcombe Sr."),
a surname particle ("Willem-Jan de Groot"), a Gaelic patronymic ("Seán Ó Bríain"), a hyphened given
name of two given names ("Jan-Hendrik Voorhees"), or a nickname in quotation marks between a given
name and a surname ('Terrence "T.J." Mallory', found in the text whatever the model tagged). What around a span says it names a person is
``person_evidence.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.organisations import DEMONYMS, is_country, is_known_place, is_locative, org_cue
from pipeline.annotate.person_spans import PERSON_ROLES, PERSONAL_TITLES, ROLES_BEFORE_PERSONS

_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")


def is_given_and_surname(ent: Span, text: str) -> bool:
    """ "Helena Marsh" (or "Helena J. Marsh") read as an organisation: a given name of the census
    tables and a surname (of the tables, or a word rare in English: "Harlan Vosk"), neither a
    place, a people, a legal form nor the head of an organisation's
    or a street's name ("Chase Bank", "Betty Court"), and no organisation cue right around
    ("Morgan Stanley shares") or anywhere after the name ("Dean Brandt & Co") make a person."""
    words = re.sub(r"['’]s$", "", text[ent.start_char : ent.end_char]).split()  # (a possessive the span took in)
    initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.?", words[1]) is not None
    # (or two census given names and a surname: "Sadie Mae Colter's" read as a firm)
    double = (
        len(words) == 3
        and not initial
        and all(lexicons.is_given_name(w) for w in words[:2])
        and words[1].isalpha()
        and not is_known_place(" ".join(words[:2]))
    )
    # (or a given name and two surnames, as Portuguese and Spanish names have them: "Luíza
    # Bittencourt Prado" read as a building; the first surname is read with the given name)
    iberian = (
        len(words) == 3
        and not (initial or double)
        and words[1][:1].isupper()
        and (lexicons.is_surname(words[1]) or lexicons.is_rare_word(words[1]))
        and _second_surname(words[2])
    )
    if initial or double:
        words = [words[0], words[2]]
    elif iberian:
        words = words[:2]
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    given, surname = words
    hyphened = "-" in surname
    if hyphened:
        # "Teresa Smith-Hart": a hyphened surname, one of whose halves the census lists
        pieces = surname.split("-")
        if len(pieces) != 2 or not all(p[:1].isupper() for p in pieces) or "-" in given:
            return False
        surname = next((p for p in pieces if lexicons.is_surname(p)), pieces[-1])
    # (a surname the census lacks is one rare in English: "Harlan Vosk")
    # (not "Young N Thuggin", a gang; nor "the August Gravenholm index", a month and a name after
    # an article)
    rare = (
        not initial
        and given.lower() not in lexicons.words("month_and_day_names.txt")
        and text[max(0, ent.start_char - 4) : ent.start_char].lower() != "the "
        and lexicons.is_rare_word(surname)
    )
    # (a given name the census lists, one rarer that is no English word, "Ezequiel Moncada", or one
    # the world tables list widely, however common a word: "Alistair McBride", not "Maison Verhaeghe")
    if not (
        (
            lexicons.is_given_name(given)
            or lexicons.is_rare_given_name(given)
            or lexicons.is_widely_listed_given_name(given)
        )
        and (lexicons.is_surname(surname) or rare or (hyphened and lexicons.is_given_name(given)))
    ):  # (a census given name before a double-barrelled surname: "Dominic Harcourt-Vane")
        return False
    if any(is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS for w in words):
        return False
    if surname.lower() in _NAME_HEADS or surname.lower() in _ORGANISATION_ONLY_HEADS:
        return False  # ("Harlan Books": a publisher)
    if org_cue(text, ent.start_char, ent.end_char, sports=False) or is_locative(text, ent.start_char, ent.end_char):
        return False
    # A firm named after its founders shows it somewhere: "Dean Brandt & Co", "Dean Brandt
    # Inc", or a role held in it ("Dean Brandt economist Ana Reyes").
    form = re.escape(text[ent.start_char : ent.end_char])
    for match in re.finditer(form + r"(?:['’]s)?\s*(&|[\w.]+)", text):
        follower = match.group(1)
        if follower == "&" or (follower[:1].isupper() and follower.rstrip(".").lower() in _COMPANY_FORMS):
            return False
        if follower.rstrip("s") in PERSON_ROLES:
            return False
    return True


def titled_name_in_two(doc: Doc, first: Span, second: Span, text: str) -> bool:
    """Whether two one-word spans one space apart are a titled person's given name and surname
    the model cut in two: "Representative Yolanda Beaumont" as "Yolanda" and "Beaumont", each
    read as a place. A capitalised personal title stands right before the first, a census given
    name, and the second is a census surname; or both are rare in English."""
    if len(first) != 1 or len(second) != 1 or first.end != second.start or first.start == 0:
        return False
    if text[first.end_char : second.start_char] != " " or not second.text[:1].isupper():
        return False
    title = doc[first.start - 1]
    if not title.text[:1].isupper() or title.lower_.strip(".") not in PERSONAL_TITLES:
        return False
    # (or two words rare in English, neither a place: "Advocate Ritika Malhotra" read as a people
    # and a body)
    rare = all(lexicons.is_rare_word(w.text) and not is_known_place(w.text) for w in (first, second))
    return rare or (lexicons.is_given_name(first.text) and lexicons.is_surname(second.text))


def titled_name_across_a_word(doc: Doc, first: Span, second: Span, text: str) -> bool:
    """Whether two one-word spans with one untagged word between them are a titled person's
    three names the model cut ("Governor Esteban Restrepo Arango said" with "Esteban" read as a
    body, "Restrepo" untagged and "Arango" as a place): a capitalised personal title before the
    first, a census given name; the two after it census surnames; the name right before a
    reporting verb or a comma, where a person's name stands."""
    if len(first) != 1 or len(second) != 1 or first.end + 1 != second.start or first.start == 0:
        return False
    middle = doc[first.end]
    if (
        middle.ent_type_
        or middle.tag_ != "NNP"
        or not middle.is_title
        or text[first.end_char : second.start_char] != (" " + middle.text + " ")
    ):
        return False
    title = doc[first.start - 1]
    if not title.text[:1].isupper() or title.lower_.strip(".") not in PERSONAL_TITLES:
        return False
    after = doc[second.end] if second.end < len(doc) else None
    if after is None or not (after.text == "," or (is_cue_word(after.text) and after.tag_.startswith("VB"))):
        return False
    return lexicons.is_given_name(first.text) and lexicons.is_surname(middle.text) and lexicons.is_surname(second.text)


def generation_named(ent: Span) -> bool:
    """Whether a span is two or three capitalised names closed by a generation's suffix
    ("Jonah Whitcombe Sr." read as an organisation): no firm ends so."""
    tokens = [t for t in ent if t.text != "."]
    if not 3 <= len(tokens) <= 4 or not lexicons.is_generation_suffix(tokens[-1].text):
        return False
    return all(t.is_title and t.is_alpha and t.tag_ == "NNP" for t in tokens[:-1])


def particle_named(ent: Span) -> bool:
    """Whether a span of three to six tokens, set off by commas or before a reporting verb, is
    capitalised names with a surname particle inside ("The prime minister, Willem-Jan de Groot,"
    read as an organisation; ``lexicons.surname_particles``)."""
    tokens = list(ent)
    if not 3 <= len(tokens) <= 6 or lexicons.heads_a_name(tokens[-1].text):
        return False
    doc = ent.doc
    # (where a person's name stands: set off by commas, or before a reporting verb; not "at the
    # Stade de Suisse")
    apposed = (
        ent.start > 0 and doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text in (",", ".")
    )
    speaks = ent.end < len(doc) and is_cue_word(doc[ent.end].text) and doc[ent.end].tag_.startswith("VB")
    if not (apposed or speaks):
        return False
    inside = tokens[1:-1]
    if not any(t.lower_ == t.text and t.text in lexicons.surname_particles() for t in inside):
        return False
    return (
        all(t.text == "-" or (t.is_title and t.is_alpha) or t.text in lexicons.surname_particles() for t in tokens)
        and tokens[-1].is_title
    )


def patronymic_named(ent: Span) -> bool:
    """Whether a span of two or three tokens, set off by commas or before a reporting verb, ends
    with a Gaelic surname: a capitalised particle and a capitalised word ("“…,” Ó Bríain said",
    "Seán Ó Bríain, 34,"; ``patronymic_particles.txt``), which the model reads as a work or a
    place."""
    tokens = list(ent)
    if not 2 <= len(tokens) <= 3 or tokens[-2].lower_ not in lexicons.words("patronymic_particles.txt"):
        return False
    doc = ent.doc
    apposed = ent.end < len(doc) and doc[ent.end].text in (",", ".")
    speaks = ent.end < len(doc) and is_cue_word(doc[ent.end].text) and doc[ent.end].tag_.startswith("VB")
    return (apposed or speaks) and all(t.is_title and t.is_alpha for t in tokens)


# Two given names joined by a hyphen, then a surname (itself maybe hyphened): "Jan-Hendrik
# Voorhees", "Anne-Marie Duval", "Jean-Claude Moreau-Lenoir".
# The name stands alone: no capitalised word right before or after it ("Central Mat-Su Fire
# Department", "Jackson-Madison County General Hospital" are bodies' names).
_COMPOUND_GIVEN = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]+)-([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])(?! [A-Z])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]* $")


def compound_given_names(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of each name that opens on two given names joined by a hyphen,
    each listed by the given-name tables ("Jan-Hendrik Voorhees", "Mary-Kate Olsen"), before a
    surname that heads no organisation's name and no place: the model cuts such names at the
    hyphen or reads the surname alone as an organisation. Not a place ("Winston-Salem State")."""
    out: list[tuple[int, int]] = []
    if "-" not in text:
        return out
    for match in _COMPOUND_GIVEN.finditer(text):
        first, second, surname = match.groups()
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        if not (lexicons.is_listed_given_name(first) and lexicons.is_listed_given_name(second)):
            continue
        if is_known_place(f"{first}-{second}") or is_known_place(surname) or lexicons.heads_a_name(surname):
            continue
        if surname.lower() in _COMPANY_FORMS or surname.lower() in _ORGANISATION_ONLY_HEADS:
            continue
        out.append((match.start(), match.end()))
    return out


# A given name, a nickname of up to five words in quotation marks, a surname:
# 'Ana "The Hammer" Reyes', 'Terrence "T.J." Mallory', 'Gustavo “el Colo” Benedetti', 'Bernard
# “Mzee wa Kazi” Okumu'. The surname may open with an initial or a particle ("R. Salcedo", "Ó
# Catháin", "van der Meer"), hold an apostrophe or a hyphen ("O’Riordan", "Ndung'u") and run to a
# second word, a Filipino or Iberian mother's surname before the father's ("Manalastas Valdez"),
# which ``_second_surname`` then vets. Capitals with accents count ("Éamonn", "Ó").
_UPPER = "A-ZÀ-ÖØ-Þ"
# (a word written as a name; an apostrophe joins a piece, not a possessive's "s")
_NAME_WORD = rf"[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+|['’](?!s\b)[^\W\d_]+)*"
_PARTICLES = "|".join(
    sorted(lexicons.surname_particles() | lexicons.words("gaelic_surname_particles.txt"), key=len, reverse=True)
)
_SURNAME = rf"(?:[{_UPPER}]\. )?(?:(?:{_PARTICLES}) ){{0,2}}{_NAME_WORD}"
_NAME_WORD_GROUP = f"({_NAME_WORD})"
_SUFFIX = r"(?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b)"
_NICKNAMED = re.compile(
    rf"\b((?:[{_UPPER}][^\W\d_]*[a-z] )?[{_UPPER}][^\W\d_]*[a-z]) [\"“]((?:[A-Z][\w'.-]*|of|the|el|la)"
    rf"(?: (?:[A-Z][\w'.-]*|[a-z]{{1,3}})){{0,4}})[\"”] ({_SURNAME})(?: (?!{_SUFFIX}){_NAME_WORD_GROUP})?"
    rf"(?: {_SUFFIX})?"
)
_CALENDAR = lexicons.words("month_and_day_names.txt")


def nicknamed_persons(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name with a nickname in quotation marks ('Ana "The Hammer" Reyes'),
    which the model reads as two or three names. The word before the nickname must be a given name
    of the tables or a word rare in English (``_given_name``), or follow a role in lower case
    ("fast bowler Everton "Thunder" Clarke") or "said"; one more before it is taken in when
    it is one too ('Rubén Darío “el Negro” Ibáñez')."""
    out = []
    for m in _NICKNAMED.finditer(text):
        given = m.group(1).split(" ")
        if not _given_name(given[-1]) and not _after_a_role(text, m.start()) and not _after_said(text, m.start()):
            continue
        start = m.start() if len(given) == 1 or _given_name(given[0]) else m.end(1) - len(given[-1])
        end = m.end()
        if m.group(4) is not None and not _second_surname(m.group(4)):
            end = m.end(3)  # (and no suffix after a word that is no surname: "… Reyes Holdings Jr")
        out.append((start, end))
    return out


def _second_surname(word: str) -> bool:
    """Whether ``word``, a second capitalised word after a nickname's surname, is a surname too
    ('Ernesto “Boy” Manalastas Valdez'): a census surname, a word rare in English or a town's
    name, no country; no month or day, people, title, legal form or head of an organisation's
    name ('… Reyes Holdings')."""
    lower = word.lower()
    if lower in _CALENDAR or lower in _COMPANY_FORMS or lower in _NAME_HEADS or lower in _ORGANISATION_ONLY_HEADS:
        return False
    if word in DEMONYMS or lexicons.is_title_word(word):
        return False
    # (a town's name too, "Salvador", "Buenaventura": a nickname's name runs on over it; not a
    # country's)
    return (lexicons.is_surname(word) or lexicons.is_rare_word(word) or is_known_place(word)) and not is_country(word)


def _after_a_role(text: str, start: int) -> bool:
    """Whether a role in lower case stands right before ``start`` ("fast bowler Everton "Thunder"
    Clarke": a given name the tables lack, which a club shares)."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].islower() and before[-1] in ROLES_BEFORE_PERSONS


def _after_said(text: str, start: int) -> bool:
    """Whether "said" or "says" stands right before ``start`` ('said Murdock "Mudge" Chisholm, 86,':
    a given name the tables lack, after the reporting verb)."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in ("said", "says")


def _given_name(word: str) -> bool:
    """A given name of any of the tables (the census's at any share or the world's: "Alistair"),
    or a word rare in English ("Rodelio" of 'Rodelio "Boyet" Santos'): a capitalised word of
    either kind before a quoted nickname and a surname is a given name."""
    return lexicons.is_listed_given_name(word) or lexicons.is_rare_word(word)


_BALINESE_ORDER = "|".join(sorted(w.capitalize() for w in lexicons.words("balinese_birth_order_names.txt")))
# "I Ketut Sudiarta", "Ni Luh Putu Ariani": "I" or "Ni", one to three birth-order or caste names,
# then one or two capitalised names
_BALINESE = re.compile(rf"\b(?:I|Ni) (?:(?:{_BALINESE_ORDER}) ){{1,3}}[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def balinese_names(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of each Balinese name ("I Ketut Sudiarta", "Ni Luh Putu Ariani"):
    "I" or "Ni", birth-order or caste names (``balinese_birth_order_names.txt``), then the
    person's own name, which the model tags alone if at all; its last word is then the name copy
    calls the person by ("Sudiarta said"). Not one that runs into a longer capitalised name
    (an airport named after a hero)."""
    if " I " not in text and " Ni " not in text and not text.startswith(("I ", "Ni ")) and "\nI " not in text:
        return []
    # (not the opening of a longer name: "I Gusti Ngurah Rai International Airport")
    return [
        (m.start(), m.end()) for m in _BALINESE.finditer(text) if not re.match(r" [A-Z]", text[m.end() : m.end() + 2])
    ]
