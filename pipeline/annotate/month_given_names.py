"""Months that are given names: "April Ryan", "June Talbot", "Councilman August Pfeffer".

The small model tags such a month as a date, alone or with the surname after it, and leaves the
person out. A month is read as a given name only where it is also a census given name
(``lexicons.is_given_name``) and stands where a name does: opening a sentence, after a role or a
title, or after "and" of a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons

_CALENDAR = lexicons.words("month_and_day_names.txt")
_ROLES_BEFORE_PERSONS = lexicons.roles_before_persons()
_PROPER = frozenset({"NNP", "NNPS"})


def is_month_given_name(word: str) -> bool:
    """Whether ``word`` is a month that is also a census given name ("April", "June", "August")."""
    return word.lower() in _CALENDAR and lexicons.is_given_name(word)


def month_given_name(token: Token) -> bool:
    """Whether ``token`` is such a month written as a name, a word after it."""
    return token.is_title and token.whitespace_ == " " and is_month_given_name(token.text)


def _stands_as_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (a month) stands where a name does: opening a sentence ("June Talbot
    died"; a date there opens with a number or "In"), after "and" of a person ("Walter and June
    Briggs", not "between May and June"), after a role or a title ("reporter April Ryan",
    "Councilman August Pfeffer")."""
    if i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?"):
        return True
    if doc[i - 1].lower_ in ("and", "&"):
        return i >= 2 and doc[i - 2].ent_type_ == "PERSON"
    before = doc[i - 1]
    if before.is_title and before.lower_ in _ROLES_BEFORE_PERSONS:
        # ("Bassist June Hatterly was more concise": a role opening the sentence)
        return i == 1 or doc[i - 2].is_space or doc[i - 2].text in (".", "!", "?")
    if before.is_lower and before.lower_ in _ROLES_BEFORE_PERSONS and before.whitespace_ == " ":
        return True  # "reporter April Ryan"
    return before.lower_.strip(".") in lexicons.titles()


def month_as_given_name(ent: Span) -> bool:
    """Whether the word before a person's surname is a month that is a census given name ("June",
    "August") which the model left out or tagged a date on its own, standing where a name does
    (``_stands_as_name``)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 1 or len(ent) > 1:
        return False
    before = doc[ent.start - 1]
    alone = not before.ent_type_ or (before.ent_iob_ == "B" and before.ent_type_ == "DATE")
    return alone and month_given_name(before) and _stands_as_name(doc, ent.start - 1)


def month_named_person(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged its given name, a month, as a date and
    left the surname out: "Council member August Pfeffer voted", "June Talbot died in 2010". The
    date is the month alone, a census surname follows it, and it stands where a name does."""
    doc = ent.doc
    if ent.label_ != "DATE" or len(ent) > 2 or not month_given_name(ent[0]):
        return None
    if len(ent) == 2:
        # "Bassist June Hatterly was more concise": the surname inside the date, rare in English
        after = ent[1]
        surname = lexicons.is_surname(after.text) or lexicons.is_rare_word(after.text)
    elif ent.end < len(doc):
        after = doc[ent.end]
        if after.ent_type_:
            return None
        surname = lexicons.is_surname(after.text)
    else:
        return None
    if after.tag_ not in _PROPER or not after.is_title or not after.is_alpha:
        return None
    if after.lower_ in _CALENDAR or not surname or not _stands_as_name(doc, ent.start):
        return None
    return after.idx + len(after)
