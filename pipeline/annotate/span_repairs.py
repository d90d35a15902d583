"""Repairs of one NER span by what stands right around it, for ``name_spans.raw_mentions``: a
hyphened surname the model cut at its hyphen ("Rosalind Vasquez" of "Rosalind Vasquez-Orland",
"Baird" of "Okonkwo-Baird"), a function word it ran a name into, a person's span relabelled by the
few characters before it (a paper's name after a capitalised "The" inside a sentence, a saint's
place after "St"), a "person" after a locative that is a place by its ending, a body's name
whose first word the model left out ("Coldwater Utilities"), and a people or a description that
opens a person's span ("Ruritanian Ana Reyes", "Shopkeeper Vijay Mistry").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of
from pipeline.annotate.organisations import DEMONYMS, PEOPLES_NOUNS, is_known_place
from pipeline.annotate.person_spans import PERSONAL_TITLES, glued_hyphen
from pipeline.annotate.person_titles import POSTNOMINALS

_THE_INSIDE_SENTENCE = re.compile(r"[a-z,]\s+The\s+$")
_SAINT_BEFORE = re.compile(r"\b(?:the|of|in|for|at|from|to|In|The)\s+(St\.?)\s+$")
_PLACE_NAME_ENDINGS = lexicons.words("place_name_endings.txt")
_PLACE_NAME_OPENERS = lexicons.words("place_name_openers.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_NAME_HEADS = lexicons.words("name_heads.txt")
_CALENDAR = lexicons.words("month_and_day_names.txt")
FUNCTION_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "WDT"})


def person_by_what_precedes(doc_text: str, text: str, start: int, end: int, offset: int) -> tuple[str, int, int, str]:
    """A person's span (``text`` at ``start:end``, with the story's ``offset``) relabelled by the
    few characters before it: a one-word name after a capitalised "The" inside a sentence is a
    paper's or a work's ("In an email to The Beacon, he wrote"); a name after "St" is a place named
    for a saint, with the "St" and without letters after it ("the St Andrew MP": St Andrew)."""
    at = start - offset
    if " " not in text and _THE_INSIDE_SENTENCE.search(doc_text, max(0, at - 8), at):
        return text, start, end, "ORG"
    saint = _SAINT_BEFORE.search(doc_text, max(0, at - 12), at)
    if saint is None:
        return text, start, end, "PERSON"
    words = text.split()
    if words[-1].lower() in POSTNOMINALS:
        words = words[:-1]
    place = doc_text[saint.start(1) : at] + " ".join(words)
    return place, saint.start(1) + offset, saint.start(1) + offset + len(place), "GPE"


def hyphened_end(ent: Span) -> int | None:
    """Where a person's name ends when the model cut a hyphened surname at its hyphen
    ("Rosalind Vasquez" of "Rosalind Vasquez-Orland"): the capitalised word joined to the span
    by a hyphen, with no space on either side. None when there is none."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-":
        return None
    word = doc[ent.end + 1]
    if ent[-1].whitespace_ or doc[ent.end].whitespace_ or not (word.is_title and word.is_alpha):
        return None
    if ent.end + 2 < len(doc) and doc[ent.end + 2].is_title:
        return None  # "Dallas-Fort Worth", "Sacramento-San Joaquin": a name that runs on
    return word.idx + len(word)


def hyphened_start(ent: Span) -> int | None:
    """Where a person's name starts when the model tagged only the part of a hyphened surname
    after its hyphen ("Baird" of "Okonkwo-Baird, 39,"): the capitalised word joined before the
    span by a hyphen with no space on either side, itself not joined to another. None when there
    is none."""
    doc = ent.doc
    if ent.start < 2 or not glued_hyphen(doc[ent.start - 1]):
        return None
    word = doc[ent.start - 2]
    if not (word.is_title and word.is_alpha) or word.ent_type_:
        return None
    if ent.start >= 3 and glued_hyphen(doc[ent.start - 3]):
        return None  # three pieces joined: not a surname
    return word.idx


def organisation_opening_before(ent: Span) -> int | None:
    """Where an organisation's name starts when the model tagged only its last word, a word only
    bodies' names end with ("Utilities" of "Coldwater Utilities said"; organisation_only_heads.txt),
    or the words of the short form of a body the story named in full ("Digital" of "Lumen Digital
    said" after "Lumen Digital Exchange"): the capitalised proper noun right before it, in no
    entity and no month or day, that opens the sentence or follows an article."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) > 2 or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.ent_type_ or before.tag_ != "NNP" or not before.is_title or not before.is_alpha:
        return None
    if before.lower_ in _CALENDAR or before.whitespace_ != " ":
        return None
    if len(ent) != 1 or ent[0].lower_ not in _ORGANISATION_ONLY_HEADS:
        short = f"{before.text} {ent.text}"
        if is_known_place(short) or short not in headless_body_names(doc):
            return None  # (not "Newport News", a city, before "Newport News Police")
    opening = (
        before.i == 0 or doc[before.i - 1].is_space or doc[before.i - 1].is_punct or doc[before.i - 1].tag_ == "DT"
    )
    return before.idx if opening else None


def short_form_of_a_body(ent: Span) -> bool:
    """Whether a span read as a person's name is the opening words of an organisation's name the
    model tagged elsewhere in the story ("Kestrel Digital said" after "Kestrel Digital Exchange"),
    its first word no given name of any table (not "Bill Gates" beside the Bill Gates Foundation)."""
    if len(ent) < 2 or lexicons.is_listed_given_name(ent[0].text):
        return False
    return ent.text in headless_body_names(ent.doc)


_HEADLESS = "wire_ingest.headless_body_names"


def headless_body_names(doc: Doc) -> frozenset[str]:
    """The organisations' names the model tagged in ``doc`` less the one word that heads each
    (``lexicons.heads_a_body_name``: "Kestrel Digital" of "Kestrel Digital Exchange"; not "Ann
    Vale" of "Ann Vale Memorial Fund", a body named after a person), built once a doc."""
    found = doc.user_data.get(_HEADLESS)
    if found is None:
        found = doc.user_data[_HEADLESS] = frozenset(
            other.text.rsplit(" ", 1)[0]
            for other in ents_of(doc)
            if other.label_ == "ORG" and " " in other.text and lexicons.heads_a_body_name(other.text.rsplit(" ", 1)[1])
        )
    return found


def office_after_possessive(ent: Span) -> int | None:
    """Where a body's name ends when the model stopped at a possessive inside it ("The Harlow County
    State’s" of "the Harlow County State’s Attorney’s Office"): the run of up to six capitalised
    words and possessives after it, up to a title, when it ends with a word that ends bodies'
    names (organisation_only_heads.txt, name_heads.txt)."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "FAC", "LOC") or ent[-1].tag_ != "POS":
        return None
    run = []
    for token in doc[ent.end : ent.end + 6]:
        if (
            not ((token.is_title and token.is_alpha) or token.tag_ == "POS")
            or token.lower_.rstrip(".") in PERSONAL_TITLES
        ):
            break  # (a title opens the next name: "the Harlow County Sheriff's Office Lt. Ana Reyes")
        run.append(token)
    heads = _ORGANISATION_ONLY_HEADS | _NAME_HEADS
    while run and run[-1].tag_ == "POS":
        run.pop()
    if not run or run[-1].lower_ not in heads:
        return None  # (the run ends with the head: not "the Police Department’s Media Relations Section")
    # The words after the possessive open with a head ("Children's Hospital Medical Center") or
    # are a role's possessive and the head ("Attorney's Office"); not another name ("St.
    # Stephen's Baptist Church", "Memorial Hospital's Ryder Trauma Center"), which stays apart.
    office = len(run) == 3 and run[1].tag_ == "POS" and office_of_a_role(run[0].text, run[2].text)
    return run[-1].idx + len(run[-1]) if run[0].lower_ in heads or office else None


def office_of_a_role(role: str, head: str) -> bool:
    """Whether a role and the word after its possessive name an office ("Attorney's Office",
    "Sheriff’s Department"): a role noun, then a word only bodies' names end with."""
    return role.lower() in lexicons.role_nouns() and head.rstrip(".,").lower() in _ORGANISATION_ONLY_HEADS


def without_trailing_function_words(ent: Span) -> Span:
    """The span without the one lower-case function word the model ran it into, when two or three
    capitalised proper nouns remain, as a person's name: "Tarek Osmani of" (of "Tarek Osmani of
    the Unity Party told reporters") is "Tarek Osmani"; so without a lower-case finite verb the
    model ran into one to three capitalised words ("Pruitt began"). Any other span is kept as it
    is, for ``_plausible`` to drop ("Holt of being a", "Garden of", "Nature and Possession of")."""
    doc, end = ent.doc, ent.end - 1
    last = doc[end]
    if (
        1 <= end - ent.start <= 3
        and last.tag_ in ("VBD", "VBZ")
        and last.is_lower
        and all(t.tag_ in ("NNP", "NNPS") and t.is_title for t in doc[ent.start : end])
    ):
        return Span(doc, ent.start, end, label=ent.label)  # "Pruitt began" (“…,” Pruitt began.): no name ends in a verb
    if last.tag_ not in FUNCTION_TAGS or not last.text[:1].islower() or not 2 <= end - ent.start <= 3:
        return ent
    if not all(t.tag_ in ("NNP", "NNPS") and t.is_title for t in doc[ent.start : end]):
        return ent
    return Span(doc, ent.start, end, label=ent.label)


def place_after_locative(ent, text: str) -> bool:
    """Whether a span read as a person's name is a place's: two or three capitalised words after
    "in", "at", "near" or "outside", the last a word place names end with
    (``place_name_endings.txt``), the first no census given name; or the first a word only place
    names open with (``place_name_openers.txt``); or the words a city the gazetteer knows ("As a
    girl in Porto Alegre, she")."""
    words = text[ent.start_char : ent.end_char].split()
    if not 2 <= len(words) <= 3:
        return False
    opened = words[0].lower() in _PLACE_NAME_OPENERS  # ("Harbour Grace", with a given name after)
    known = is_known_place(" ".join(words))
    if not (opened or known) and (words[-1].lower() not in _PLACE_NAME_ENDINGS or lexicons.is_given_name(words[0])):
        return False
    before = text[max(0, ent.start_char - 8) : ent.start_char].split()
    return bool(before) and before[-1].lower() in ("in", "at", "near", "outside")


# Roles, relatives and the everyday nouns for people that may open a person's span at the start
# of a sentence ("Midfielder Jane Roe", "Nephew Zeke Gebrell", "Neighbor Tanya Mills"); not a
# plural or "family", which open names ("Family Dollar").
_ROLES_BEFORE_NAMES = (
    lexicons.words("person_roles.txt")
    | lexicons.words("team_roles.txt")
    | lexicons.words("occupations.txt")
    | lexicons.relative_nouns()
    | lexicons.words("everyday_person_nouns.txt") - {"man", "woman"}
)


def leading_people_or_role(text: str) -> int:
    """Length (with the space after) of a people ("Ruritanian", "West Indian", "Spaniard" before a
    given name) or a role ("Midfielder") that opens a person's span and leaves a name of two words
    or more, else 0."""
    words = text.split(" ")
    for size in (2, 1):
        head = " ".join(words[:size])
        rest = words[size:]
        if len(rest) >= 2 and rest[0][:1].isupper() and (head in DEMONYMS or head.lower() in _ROLES_BEFORE_NAMES):
            return len(head) + 1
        if len(rest) >= 2 and head in PEOPLES_NOUNS and lexicons.is_listed_given_name(rest[0].split("-")[0]):
            return len(head) + 1  # "Frenchman Jean-Luc Morvan" (not "Dane" of "Dane Whitford")
        given = len(rest) >= 2 and rest[0][:1].isupper() and lexicons.is_listed_given_name(rest[0])
        if given and all(_descriptor_word(w) for w in words[:size]) and _names_a_person(words[size - 1]):
            return len(head) + 1  # "Tourist Greta Olafsdottir", "Beauty YouTuber Ophelia Marsh"
    return 0


def _descriptor_word(word: str) -> bool:
    """Whether a capitalised word opening a person's span before a given name describes them: a
    role noun, or an everyday English word (wordfreq) that is no name of the census or the world
    tables ("Tourist", "Shopkeeper", "Beauty"); not "Grace" of "Grace Kelly"."""
    low = word.lower()
    if not word.isalpha() or not word[:1].isupper() or low in _CALENDAR:
        return False
    if low in lexicons.role_nouns():
        # (not a title that is more often a given name, rare in English: "Sultana Razia Shimu")
        return not lexicons.is_rare_given_name(word)
    frequency = lexicons.zipf(low)
    if not _COMMON_WORD_ZIPF <= frequency <= _FUNCTION_WORD_ZIPF:
        return False  # (not "The" of "The August Chicago NAPM")
    return not (lexicons.is_listed_given_name(word) or lexicons.is_surname(word))


def _names_a_person(word: str) -> bool:
    """Whether the last word of a description before a name is a noun for a person: a role noun,
    one with an ending for an agent ("Tourist", "Shopkeeper", "YouTuber", "Descendant"), or a short
    abbreviation of an office ("GM", "MK"); not "Arcade" of "Arcade Joseph Comeaux"."""
    low = word.lower()
    # (an ending counts on a word of five letters or more: "Kuan" of "Kuan Soon Hock" is a surname)
    return (
        low in lexicons.role_nouns()
        or (len(low) >= 5 and low.endswith(_AGENT_ENDINGS))
        or (word.isupper() and len(word) <= 3)
    )


# Endings of English nouns for someone who does something or is something.
_AGENT_ENDINGS = ("er", "or", "ist", "an", "ant", "ent", "eur", "ee", "naut")

# How common (wordfreq's Zipf scale) a word before a given name must be to describe the person
# rather than start the name: about three times in ten million words ("tourist", "shopkeeper").
_COMMON_WORD_ZIPF = 2.5
# and how common a word is that no noun describing someone reaches: the articles, pronouns and
# particles ("the" 7.7, "his" 6.7; "little" 5.75, "beauty" 4.75).
_FUNCTION_WORD_ZIPF = 5.5
