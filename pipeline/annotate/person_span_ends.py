"""Where a person's name ends when the model left its surname out of the span: "Sgt. Chris Lund"
with only "Chris" tagged, a second surname ("Ramon Vega Rojas said", "Satya Prakash Sharma Jha"),
and a given name tagged alone as a place or a firm before a reporting verb ("Magnus Haugland said"
with "Magnus" a place). Each returns the character where the name ends, or None; where a name
starts, and the month that is a given name, are ``person_spans.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.annotate.person_spans import PERSONAL_TITLES, glued_hyphen

_CALENDAR = lexicons.words("month_and_day_names.txt")
_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
# The tagger reads a given name ending in "s" ("Ines", "Agnes") as a plural proper noun.
_PROPER = frozenset({"NNP", "NNPS"})


def surname_after(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged only its given name: "Sgt. Chris Lund of
    the harbour police" with only "Chris" an entity. The word after, which the model left out of
    every entity, is a capitalised proper noun that no further proper noun follows (not the
    start of a firm's or a place's name), no month, day, place, people or organisation word."""
    doc = ent.doc
    # (the title inside the model's span: "Lady Cecily" of "Lady Cecily Harcourt-Vane")
    title_inside = len(ent) == 2 and ent[0].lower_.strip(".") in PERSONAL_TITLES
    if (len(ent) != 1 and not title_inside) or ent.end + 1 >= len(doc):
        return None
    # (a given name the census lacks after a personal title: "Gen. Oybek Tashkentov")
    titled = title_inside or (ent.start > 0 and doc[ent.start - 1].lower_.strip(".") in PERSONAL_TITLES)
    if not lexicons.is_given_name(ent[-1].text) and not titled:
        return None
    after, beyond = doc[ent.end], doc[ent.end + 1]
    last = after
    if glued_hyphen(beyond) and ent.end + 2 < len(doc) and doc[ent.end + 2].text[:1].isupper():
        # "Magnus Delacroix-Ewing": a surname of two hyphened pieces, split in three tokens
        last = doc[ent.end + 2]
        if not last.text.isalpha() or last.ent_type_:
            return None
        beyond = doc[ent.end + 3] if ent.end + 3 < len(doc) else doc[ent.end + 2]
    if (
        after.ent_type_
        or ent[-1].whitespace_ != " "
        or (beyond is not last and beyond.tag_ in _PROPER and beyond.text[:1].isupper())
    ):
        return None
    letters = after.text.replace("’", "").replace("'", "")
    if after.tag_ not in _PROPER or not after.text[:1].isupper() or not letters.isalpha():
        return None  # ("O’Neill" is a proper noun: ``tag_fixes``)
    if _no_surname(after):
        return None
    return last.idx + len(last)


def _no_surname(token: Token) -> bool:
    """Whether a capitalised word after a name is no surname of it: a month or a day, the head
    of a body's or a building's name, a company's legal form, a place or a people."""
    word = token.lower_
    return (
        word in _CALENDAR
        or word in _NAME_HEADS
        or word in _COMPANY_FORMS
        or is_known_place(token.text)
        or token.text in DEMONYMS
    )


def second_surname_after(ent: Span) -> int | None:
    """Where a person's name ends when the model left out a second surname: "Minister Dimitris
    Lekkas Papadakis urged", "Ramon Vega Rojas said", or the last two words of a name of four
    ("Satya Prakash Sharma Jha said"). The words after the name (two words or three) are
    capitalised proper nouns in no entity, no place, people, title, month or firm's word, and a
    finite verb follows them, or the comma of an aside when an apposition's comma or a title
    stands before the name."""
    doc = ent.doc
    if not 2 <= len(ent) <= 3 or ent.end + 1 >= len(doc) or ent[-1].whitespace_ != " ":
        return None
    room = max(1, 4 - len(ent))  # four words in all at most: "Satya Prakash Sharma Jha"
    end = ent.end
    while end < len(doc) and end - ent.end < room and doc[end - 1].whitespace_ == " " and _surname_word(doc[end]):
        end += 1
    if end == ent.end or end >= len(doc):
        return None
    beyond = doc[end]
    if beyond.tag_ not in ("VBD", "VBZ") and not (
        beyond.text == ","
        and ent.start > 0
        and (doc[ent.start - 1].text == "," or title_before_name(doc[ent.start - 1]))
    ):
        return None  # (an aside after the name: ", Lekkas Papadakis," or "Minister Omar Ayub Jadoon, speaking …,")
    return doc[end - 1].idx + len(doc[end - 1])


def title_before_name(token: Token) -> bool:
    """Whether ``token``, right before a name, ends a capitalised title ("Opposition Leader",
    "Minister"): a title word or a role noun in title case."""
    return token.is_title and (lexicons.is_title_word(token.text) or token.lower_ in lexicons.role_nouns())


def _surname_word(token: Token) -> bool:
    """Whether ``token`` may be a surname the model left out of a name: a capitalised proper noun
    (an apostrophe may stand inside it) in no entity, no title, and none of the words
    ``_no_surname`` rules out."""
    if token.ent_type_ or token.tag_ != "NNP":
        return False
    # (an apostrophe may stand inside it, straight or curly: "Ndung'u", "Lang’at")
    letters = token.text.replace("'", "").replace("’", "")
    if not letters.isalpha() or not token.text[:1].isupper() or not letters[1:].islower():
        return False
    return not (_no_surname(token) or lexicons.is_title_word(token.text))


def surname_before_cue(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged its given name alone as a place or an
    organisation and left the surname out: "Magnus Haugland said" with "Magnus" a place. The
    word after is an untagged capitalised proper noun, a census surname or rare in English, and
    a reporting verb follows it; the given name is no place or people."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or ent.label_ == "PERSON":
        return None
    given, after, verb = ent[0], doc[ent.end], doc[ent.end + 1]
    if is_known_place(given.text) or given.text in DEMONYMS:
        return None
    if (
        after.ent_type_
        or after.tag_ not in _PROPER
        or not after.is_title
        or not after.is_alpha
        or given.whitespace_ != " "
    ):
        return None
    if after.lower_ in _CALENDAR or after.lower_ in _NAME_HEADS or is_known_place(after.text):
        return None
    if not (lexicons.is_surname(after.text) or lexicons.is_rare_word(after.text)):
        return None
    if verb.tag_ not in ("VBD", "VBZ") or not is_cue_word(verb.text):
        return None
    return after.idx + len(after)
