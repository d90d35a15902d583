"""Where an NER span is a person's name whatever label the model gave it.

The small model tags an invented or foreign person as an organisation or a place ("Helena Marsh"
ORG), tags only the surname of a full name ("Reyes" of "Ana Reyes"), and reads a title word that
begins a company's name as a title ("General Turbines"). A person in news copy is introduced with
a title ("Governor Ana Reyes"), a role ("finalist Ana Reyes", "Ana Reyes, the agency's chief
scientist,") or a given name: each is read here from the tokens around the span. Given names and
surnames are those of the 1990 US census tables (``lexicons.is_given_name``, ``is_surname``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.descriptions import age_before
from pipeline.annotate.nlp import text_of
from pipeline.annotate.organisations import DEMONYMS, is_known_place, is_locative, org_cue

# Titles that only ever stand before a person's name.
PERSONAL_TITLES = lexicons.words("personal_titles.txt")
# Of those, the ones no firm or product name opens with.
_ONLY_BEFORE_PEOPLE = lexicons.words("titles_only_before_people.txt")
# Nouns for what a person is or does, as news copy introduces people.
PERSON_ROLES = lexicons.words("person_roles.txt")
# Nouns that, in lower case right before a proper name, make it a person's: roles ("spokesman Tom
# Hale"), relatives ("his cousin Nikki Lane") and the everyday nouns for people ("neighbor Ann Roe").
_ROLES_BEFORE_PERSONS = (
    lexicons.words("roles_before_persons.txt")
    | lexicons.words("kin_nouns.txt")
    | (lexicons.words("everyday_person_nouns.txt") - {"man", "woman"})
)
# Roles of person_roles.txt that an organisation may hold too ("Acme, owner of the mall,").
_ROLES_FIRMS_HOLD = frozenset({"owner", "partner", "member", "leader", "head", "player", "official", "expert"})
_CALENDAR = lexicons.words("month_and_day_names.txt")
_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_MAX_NAME_WORDS = 3
# The tagger reads a given name ending in "s" ("Ines", "Agnes") as a plural proper noun.
_PROPER = frozenset({"NNP", "NNPS"})
# A given name, a nickname of up to five words in quotation marks, a surname:
# 'Ana "The Hammer" Reyes'.
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+) [\"“]((?:[A-Z][\w'-]*|of|the)(?: (?:[A-Z][\w'-]*|of|the)){0,4})[\"”] ([A-Z][\w'-]+)"
)


def after_person_role(ent: Span) -> bool:
    """ "Wimbledon finalist Ana Reyes", "company spokesman Tom Hale" tagged ORG or GPE: a role
    written in lower case right before one to three proper nouns makes them a person, unless
    they name a place, a firm or a building."""
    if ent.start == 0 or not 1 <= len(ent) <= _MAX_NAME_WORDS:
        return False
    return _role_before(ent.doc, ent.start) and _name_like(list(ent))


def persons_after_roles(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers right after a role ("Acme spokesman Per
    Lind told reporters" with no entity on "Per Lind") or a personal title ("Prince Varo Nal");
    after a title, a single word only when it reads as a person's name."""
    out = []
    for token in doc:
        if token.i + 1 >= len(doc) or token.whitespace_ != " ":
            continue
        lowered = token.lower_
        if lowered not in _ROLES_BEFORE_PERSONS and lowered.rstrip(".") not in PERSONAL_TITLES:
            continue  # the cheap test first: this runs on every token
        titled = token.is_title and lowered.rstrip(".") in PERSONAL_TITLES
        # A role written as a title ("said Detective Desiree Lund with the …"): the name after it
        # must open with a census given name.
        role_as_title = token.is_title and lowered in _ROLES_BEFORE_PERSONS and not titled
        if not titled and not role_as_title and not _role_before(doc, token.i + 1):
            continue
        run = []
        for follower in doc[token.i + 1 : token.i + 1 + _MAX_NAME_WORDS]:
            if follower.ent_type_ or follower.tag_ not in _PROPER or not follower.text[:1].isupper():
                break
            run.append(follower)
        after = run[-1].i + 1 if run else len(doc)
        if not run or not _name_like(run) or (after < len(doc) and doc[after].ent_type_):
            continue
        if titled and len(run) == 1 and not _reads_as_persons_name(run, token):
            continue  # "General Electric", "King Holdings" the model did not tag
        if role_as_title and (len(run) < 2 or not lexicons.is_given_name(run[0].text)):
            continue  # "Director General", "Coach Class"
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def nicknamed_persons(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name with a nickname in quotation marks ('Ana "The Hammer" Reyes'),
    which the model reads as two or three names; the first word must be a census given name."""
    return [(m.start(), m.end()) for m in _NICKNAMED.finditer(text) if lexicons.is_given_name(m.group(1))]


def _role_before(doc: Doc, start: int) -> bool:
    before = doc[start - 1]
    return before.is_lower and before.lower_ in _ROLES_BEFORE_PERSONS and before.whitespace_ == " "


def _name_like(tokens: list[Token]) -> bool:
    if not all(t.tag_ in _PROPER and t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in tokens):
        return False
    if any(t.lower_ in _CALENDAR for t in tokens[1:]):
        return False
    if tokens[0].lower_ in _CALENDAR and (len(tokens) < 2 or not _month_given_name(tokens[0])):
        return False  # "spokesman August Pfeffer", not "economist Friday"
    last = tokens[-1].lower_
    if last in _NAME_HEADS or last in _COMPANY_FORMS:
        return False
    text = " ".join(t.text for t in tokens)
    return not (is_known_place(text) or text in DEMONYMS)


def given_name_before(ent: Span) -> int | None:
    """Where a person's name starts when the model tagged only its surname: "Ana Reyes" with
    only "Reyes" an entity. The word before, which the model left out of every entity, must be
    written as a name and be a census given name, or stand right after a role ("spokesman Per
    Lind", "Per" read as the preposition); no month or day. The surname names no place, firm or
    building ("Grant Park"), and the whole does not stand where a place does ("at Hope Field")."""
    if ent.start == 0 or len(ent) > 2:
        return None
    before = ent.doc[ent.start - 1]
    if _month_as_given_name(ent):
        return before.idx  # "my parents, Walter and June Briggs": "June" tagged a date
    if before.ent_type_ or not before.is_title or before.whitespace_ != " " or before.lower_ in _CALENDAR:
        return None
    after_role = ent.start >= 2 and _role_before(ent.doc, ent.start - 1)
    if not after_role and not (before.tag_ == "NNP" and lexicons.is_given_name(before.text)):
        return None
    last = ent[-1]
    if not last.is_title or last.lower_ in _NAME_HEADS or last.lower_.rstrip(".") in _COMPANY_FORMS:
        return None
    if is_known_place(ent.text) or ent.text in DEMONYMS or is_locative(text_of(ent.doc), before.idx, ent.end_char):
        return None  # "at Hope Ballfield"
    return before.idx


def _month_as_given_name(ent: Span) -> bool:
    """Whether the word before a person's surname is a month that is a census given name ("June",
    "August") which the model left out or tagged a date on its own, standing where a name does
    (``_stands_as_name``)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start < 1 or len(ent) > 1:
        return False
    before = doc[ent.start - 1]
    alone = not before.ent_type_ or (before.ent_iob_ == "B" and before.ent_type_ == "DATE")
    return alone and _month_given_name(before) and _stands_as_name(doc, ent.start - 1)


def month_named_person(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged its given name, a month, as a date and
    left the surname out: "Council member August Pfeffer voted", "June Talbot died in 2010". The
    date is the month alone, a census surname follows it, and it stands where a name does."""
    doc = ent.doc
    if ent.label_ != "DATE" or len(ent) != 1 or ent.end >= len(doc) or not _month_given_name(ent[0]):
        return None
    after = doc[ent.end]
    if after.ent_type_ or after.tag_ not in _PROPER or not after.is_title or not after.is_alpha:
        return None
    if after.lower_ in _CALENDAR or not lexicons.is_surname(after.text) or not _stands_as_name(doc, ent.start):
        return None
    return after.idx + len(after)


def _month_given_name(token: Token) -> bool:
    return (
        token.lower_ in _CALENDAR and token.is_title and token.whitespace_ == " " and lexicons.is_given_name(token.text)
    )


def _stands_as_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (a month) stands where a name does: opening a sentence ("June Talbot
    died"; a date there opens with a number or "In"), after "and" of a person ("Walter and June
    Briggs", not "between May and June"), after a role or a title ("reporter April Ryan",
    "Councilman August Pfeffer")."""
    if i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?"):
        return True
    if doc[i - 1].lower_ in ("and", "&"):
        return i >= 2 and doc[i - 2].ent_type_ == "PERSON"
    return _role_before(doc, i) or doc[i - 1].lower_.strip(".") in lexicons.titles()


def surname_after(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged only its given name: "Sgt. Chris Lund of
    the harbour police" with only "Chris" an entity. The word after, which the model left out of
    every entity, is a capitalised proper noun that no further proper noun follows (not the
    start of a firm's or a place's name), no month, day, place, people or organisation word."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or not lexicons.is_given_name(ent.text):
        return None
    after, beyond = doc[ent.end], doc[ent.end + 1]
    if after.ent_type_ or ent[-1].whitespace_ != " " or (beyond.tag_ in _PROPER and beyond.text[:1].isupper()):
        return None
    letters = after.text.replace("’", "").replace("'", "")
    if after.tag_ not in _PROPER or not after.text[:1].isupper() or not letters.isalpha():
        return None  # ("O’Neill" is a proper noun: ``tag_fixes``)
    if after.lower_ in _CALENDAR or after.lower_ in _NAME_HEADS or after.lower_ in _COMPANY_FORMS:
        return None
    if is_known_place(after.text) or after.text in DEMONYMS:
        return None
    return after.idx + len(after)


def surname_before_who(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged only its first word, and as something
    else: "Sherese" of "Sherese Tolliver, who lives across the street," read as a people. The word
    after is an untagged proper noun and the two read as a name before a "who" clause
    (``_named_before_who``)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return None
    after = doc[ent.end]
    if after.ent_type_ or after.tag_ not in _PROPER:
        return None
    return after.idx + len(after) if _named_before_who(doc, ent.start, ent.end + 1) else None


def organisation_tagged_person(ent: Span) -> bool:
    """A span of two words or more the model tagged as a person that ends with a word only an
    organisation's name ends with ("Gary Police Dept", ``organisation_only_heads.txt``)."""
    return len(ent) >= 2 and ent[-1].lower_.rstrip(".") in _ORGANISATION_ONLY_HEADS


def _reads_as_persons_name(tokens: list[Token], title: Token | None = None) -> bool:
    """Whether the words after a title word inside one NER span name a person ("Governor Ana
    Reyes") rather than complete an organisation's name ("General Turbines", "King Holdings"): a
    given name or surname of the census tables, or a last word the model calls a person
    elsewhere; never a plural, a legal form or the head of an organisation's name."""
    last = tokens[-1]
    if last.tag_ == "NNPS" or last.lower_.rstrip(".") in _COMPANY_FORMS or last.lower_ in _NAME_HEADS:
        return False
    if title is not None and (title.text.endswith(".") or title.lower_ in _ONLY_BEFORE_PEOPLE):
        return True  # "Sen. Vasquez", "Professor Varoufakis": no firm's name opens so
    if lexicons.is_given_name(tokens[0].text) or lexicons.is_surname(last.text):
        return True
    return any(ent.label_ == "PERSON" and ent[-1].lower_ == last.lower_ for ent in last.doc.ents)


def titled_start(ent: Span) -> int | None:
    """Where the name starts when a short proper-noun span stands behind a personal title
    ("Governor Ana Reyes", "Sen. Reyes"), or None when there is no such title."""
    doc = ent.doc
    tokens = list(ent)
    if tokens and tokens[0].lower_.strip(".") in PERSONAL_TITLES and tokens[0].text[:1].isupper():
        names = tokens[1:]
        if names and not _reads_as_persons_name(names, tokens[0]):
            return None  # "General Turbines": the model read the title word as part of the name
        start = names[0].idx if names else None
    else:
        i = ent.start - 1
        names = tokens
        # Given names the NER left out: "Ana" in "Governor Ana Reyes".
        while i >= 0 and ent.start - i <= 2 and doc[i].tag_ == "NNP" and doc[i].ent_type_ == "" and doc[i].is_title:
            if doc[i].lower_.strip(".") in PERSONAL_TITLES:
                break
            names = [doc[i], *names]
            i -= 1
        if i < 0 or doc[i].lower_.strip(".") not in PERSONAL_TITLES or not doc[i].text[:1].isupper():
            return None
        start = names[0].idx if names else None
    if start is None or not 1 <= len(names) <= 3:
        return None
    if not all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in names):
        return None
    return start


def has_person_appositive(ent: Span) -> bool:
    """'Helen Park, the agency's chief scientist,': a two- or three-word name followed by a role;
    in wire style without the article, 'Helen Park, publisher of the Daily Star,' (a role no
    firm holds: not "owner" or "partner", which "Acme, owner of the mall," may be)."""
    doc = ent.doc
    if not 2 <= len(ent) <= 4 or not all(t.tag_ in ("NNP", "NNPS", "HYPH") for t in ent):
        return False
    return _bare_role_at(doc, ent.end) or _article_role_at(doc, ent.end)


def _article_role_at(doc: Doc, j: int) -> bool:
    """Whether a comma at token ``j`` opens an apposition with an article or possessive and a
    role within the phrase: ", the agency's chief scientist,", ", an agriculture student at",
    ", another retired journalist who"."""
    if (
        j + 1 >= len(doc)
        or doc[j].text != ","
        or doc[j + 1].lower_ not in ("a", "an", "another", "the", "his", "her", "their")
    ):
        return False
    for k in range(j + 2, min(len(doc), j + 9)):
        if doc[k].text in (",", ".", ";"):
            break
        if doc[k].lower_ in PERSON_ROLES:
            return True
    return False


_MAX_AGE = 119


def has_age_before(ent: Span) -> bool:
    """ "43-year-old Latonia Mardis" with the name read as an organisation: an age written as an
    adjective right before one to three capitalised words; no firm or place is 43 years old in
    news copy's way of introducing someone."""
    doc = ent.doc
    if not 1 <= len(ent) <= 3 or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in ent):
        return False
    if ent.start == 0 or age_before(doc, ent.start - 1) is None:
        return False
    if ent.end < len(doc) and doc[ent.end].tag_ in ("NN", "NNS", "NNP", "NNPS"):
        return False  # "a 16-year-old Orlando man", "a 17-year-old Yates High School student"
    if is_known_place(ent.text) or any(is_known_place(t.text) or t.text in DEMONYMS for t in ent):
        return False
    return not any(t.lower_ in _NAME_HEADS or t.lower_ in _ORGANISATION_ONLY_HEADS for t in ent)


def has_age_apposition(ent: Span) -> bool:
    """ "Dana Kroll, 17, who works at the station," with the name read as an organisation: news
    copy gives a person's age between commas right after the name; no organisation or place
    takes one. A number followed by a noun is not an age ("In Boston, 12 people were hurt"),
    and a known place or people is left alone ("Texas, 10, and Ohio, 8" in a tally)."""
    doc = ent.doc
    if not 1 <= len(ent) <= 4 or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in ent):
        return False
    if any(is_known_place(t.text) or t.text in DEMONYMS for t in ent):
        return False
    return _age_at(doc, ent.end)


def _bare_role_at(doc: Doc, comma: int) -> bool:
    """Whether a role no firm holds follows ``doc[comma]`` without an article, then "of", "for"
    or "at": ", publisher of the Daily Star", ", spokesman for the council"."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 2].lower_ not in ("of", "for", "at"):
        return False
    role = doc[comma + 1].lower_
    return role in PERSON_ROLES and role not in _ROLES_FIRMS_HOLD


def _age_at(doc: Doc, comma: int) -> bool:
    """Whether an age stands between commas (or a comma and a full stop) from ``doc[comma]``."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or not doc[comma + 1].text.isdigit():
        return False
    return 0 < int(doc[comma + 1].text) <= _MAX_AGE and doc[comma + 2].text in (",", ".")


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def persons_by_age(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers that an age follows between commas,
    "R.J. Pello, 17, who works nearby,", a relative "who" after a two-word name with a census
    surname, "Sherese Tolliver, who lives nearby,", or a role no firm holds, without its article in wire
    style, "Giorgos Petrou, publisher of the Daily Star,", or a role with its article when the
    name is a census given name and surname, "Tessa Price, a forestry student at …". Two to four
    capitalised proper nouns (initials count as one), none a month, a day or a known place."""
    out = []
    for token in doc:
        if token.text != ",":
            continue  # the cheap test first: this runs on every token
        by_article = by_who = False
        if not (_age_at(doc, token.i) or _bare_role_at(doc, token.i)):
            by_article = _article_role_at(doc, token.i)
            by_who = not by_article and _who_clause_at(doc, token.i)
            if not by_article and not by_who:
                continue
        run: list[Token] = []
        k = token.i - 1
        while k >= 0 and len(run) < 4:
            word = doc[k]
            if word.ent_type_ or word.tag_ not in _PROPER or not word.text[:1].isupper():
                break
            if not (word.is_alpha or _INITIALS.fullmatch(word.text)):
                break
            run.insert(0, word)
            k -= 1
        if len(run) < 2 or (k >= 0 and doc[k].tag_ in _PROPER and doc[k].text[:1].isupper()):
            continue  # one word alone, or a longer capitalised run (a title, a heading)
        if any(t.lower_ in _CALENDAR or is_known_place(t.text) or t.text in DEMONYMS for t in run):
            continue
        if by_article and not (lexicons.is_given_name(run[0].text) and lexicons.is_surname(run[-1].text)):
            continue  # "Harbor Freight, a maker of tools,": after an article, only a census name
        if by_who and not _named_before_who(doc, run[0].i, run[-1].i + 1):
            continue  # "Sherese Tolliver, who lives nearby,", not "the Jersey Devils, who"
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _who_clause_at(doc: Doc, j: int) -> bool:
    """Whether a comma at token ``j`` opens a relative "who" clause with its verb: ", who lives
    across the street,"; organisations take "which"."""
    return j + 2 < len(doc) and doc[j + 1].lower_ == "who" and doc[j + 2].tag_ in ("VBZ", "VBD", "MD", "RB")


def persons_before_cues(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence
    right before a reporting verb, the second a census surname: "Tavonne Hollis said she …" with
    a given name the census tables lack and the model's tags on neither word. Neither word is a
    title, a role, a month or day, a place or a people."""
    out = []
    for token in doc:
        if token.i < 2 or not is_cue(token) or token.tag_ not in ("VBD", "VBZ"):
            continue  # the cheap test first: this runs on every token
        first, last = doc[token.i - 2], doc[token.i - 1]
        opener = doc[first.i - 1] if first.i > 0 else None
        if opener is not None and not (opener.is_space or opener.text in (".", "!", "?")):
            continue
        pair = (first, last)
        if any(t.ent_type_ or t.tag_ != "NNP" or not t.is_alpha or not t.is_title for t in pair):
            continue
        if not lexicons.is_surname(last.text) or first.whitespace_ != " ":
            continue
        if any(
            t.lower_ in _CALENDAR
            or t.lower_ in _ROLES_BEFORE_PERSONS
            or lexicons.is_title_word(t.text)
            or is_known_place(t.text)
            or t.text in DEMONYMS
            for t in pair
        ):
            continue
        out.append((first.idx, last.idx + len(last)))
    return out


def _named_before_who(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a person's name before a "who" clause, whatever the model
    tagged: two capitalised words, the second a census surname, neither a place or a people, no
    "the" before them ("the Jersey Devils, who" is a team), and a comma opening a relative "who"
    with its verb right after (organisations take "which")."""
    if end - start != 2 or end >= len(doc):
        return False
    words = (doc[start], doc[end - 1])
    if not all(t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in words):
        return False
    if not lexicons.is_surname(words[1].text) or any(is_known_place(t.text) or t.text in DEMONYMS for t in words):
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False
    return doc[end].text == "," and _who_clause_at(doc, end)


def has_who_clause(ent: Span) -> bool:
    """ "Shareka Vance, who lives across the street, said" with the name read as an organisation
    (a given name the tables lack): ``_named_before_who``."""
    return _named_before_who(ent.doc, ent.start, ent.end)


def speaks_after_quotation(ent: Span, text: str) -> bool:
    """ "“…,” Tamara Speaker said" or "“…,” said neighbor Nikki Lakeshore" with the name read as
    an organisation or a work (a surname the census tables lack): two capitalised words, the first
    a census given name, neither a place, a people, a legal form nor the head of an organisation's
    name, standing as the subject of a reporting verb right after a closing quotation mark. A
    quotation is someone's words, and a given name is a person's."""
    words = text[ent.start_char : ent.end_char].split()
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words):
        return False
    if not lexicons.is_given_name(words[0]) or is_known_place(text[ent.start_char : ent.end_char]):
        return False
    if any(is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS for w in words):
        return False
    if any(w.lower() in _NAME_HEADS or w.lower() in _ORGANISATION_ONLY_HEADS for w in words):
        return False
    doc = ent.doc
    if ent.end < len(doc) and _reporting(doc[ent.end]):
        return ent.start > 0 and _closes_quotation(doc, ent.start - 1)
    if ent.end < len(doc) and doc[ent.end].tag_.startswith("NN"):
        return False  # "said Myrtle Beach Mayor John Rhodes": the name is a modifier
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 3 and (doc[k].is_lower and doc[k].tag_ in ("NN", "NNP") or _owner(doc, k)):
        k -= 1  # a role, or a relative of someone: "said neighbor", "said Brown's cousin"
    return k > 0 and _reporting(doc[k]) and _closes_quotation(doc, k - 1)


def _owner(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a possessive ending or a proper noun that takes one ("Brown's")."""
    return doc[k].tag_ == "POS" or k + 1 < len(doc) and doc[k].tag_ == "NNP" and doc[k + 1].tag_ == "POS"


def titled_speaker_start(ent: Span) -> int | None:
    """Where the name starts in a span the model read as a work or an organisation that stands
    between a closing quotation mark and a reporting verb with a title before the name:
    "“…” Detective Captain Scott Hadley said", "“…” Perris Mayor Daryl Busch said". The name is
    the run of up to three capitalised proper nouns ending the span, after a title word
    (nameparser's titles that are role nouns); a census given name opens it or a census surname
    ends it. None when the span is not such."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or not _reporting(doc[ent.end]):
        return None
    if not _closes_quotation(doc, ent.start - 1):
        return None
    tokens = list(ent)
    k = len(tokens)
    while k > 0 and len(tokens) - k < 3 and tokens[k - 1].tag_ == "NNP" and tokens[k - 1].is_title:
        if _title_word(tokens[k - 1]):
            break
        k -= 1
    run = tokens[k:]
    if not run or k == 0 or not _title_word(tokens[k - 1]):
        return None
    if not (lexicons.is_given_name(run[0].text) or lexicons.is_surname(run[-1].text)):
        return None
    return run[0].idx


def _title_word(token: Token) -> bool:
    word = token.lower_.strip(".")
    return word in PERSONAL_TITLES or (word in lexicons.titles() and word in lexicons.role_nouns())


def _reporting(token: Token) -> bool:
    return is_cue(token) and token.tag_ in ("VBD", "VBZ")


def _closes_quotation(doc: Doc, k: int) -> bool:
    """Whether token ``k`` closes a quotation, or is the comma right after one: a closing mark,
    or a straight one written against the word before it ("boy" Detective …), not one that opens."""
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k <= 0:
        return False
    return doc[k].text in ("”", "’’", "''") or doc[k].text == '"' and not doc[k - 1].whitespace_


def is_given_and_surname(ent: Span, text: str) -> bool:
    """ "Helena Marsh" (or "Helena J. Marsh") read as an organisation: a given name and a surname
    of the census tables, neither a place, a people, a legal form nor the head of an organisation's
    or a street's name ("Chase Bank", "Betty Court"), and no organisation cue right around
    ("Morgan Stanley shares") or anywhere after the name ("Dean Brandt & Co") make a person."""
    words = text[ent.start_char : ent.end_char].split()
    if len(words) == 3 and re.fullmatch(r"[A-Z]\.?", words[1]):
        words = [words[0], words[2]]
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words):
        return False
    given, surname = words
    if not (lexicons.is_given_name(given) and lexicons.is_surname(surname)):
        return False
    if any(is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS for w in words):
        return False
    if surname.lower() in _NAME_HEADS:
        return False
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
