"""Names the model tagged as nothing, found from what stands around them.

A given name the census tables lack, or a given name that is a common word ("Hope Hicks"), can
leave both words of a name untagged. Each finder here reads one construction that only a person
stands in, and returns the characters of the name: a role set beside it ("Hope Hicks, Ivo
Marchetti's campaign manager,"), an age or a "who" clause ("R.J. Pello, 17,", "Sherese Tolliver,
who lives nearby,"), a reporting verb right after it at a sentence's start ("Tavonne Hollis said")
or after a quotation ("“…,” Saoirse Kelleher told"), "and" after a tagged person ("Ruth Mallory
and Ivo Marchetti met"). The tests of a span the model did tag are in ``person_evidence.py``; a
name the story goes on to call "he" or "she" is ``person_pronouns.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of, lowers_of, tags_of, words_of
from pipeline.annotate.cues import is_cue
from pipeline.annotate.descriptions import age_before
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.annotate.person_evidence import (
    age_at,
    apposed_to_opening_role,
    article_role_at,
    bare_role_at,
    between_quotation_and_cue,
    has_person_appositive,
    named_before_who,
    owned_role_at,
    rare_name,
    who_clause_at,
)
from pipeline.annotate.person_spans import ROLES_BEFORE_PERSONS, ROLES_OF_PERSONS, glued_hyphen

_CALENDAR = lexicons.words("month_and_day_names.txt")
_COMPANY_FORMS = lexicons.company_forms()
_PROPER = frozenset({"NNP", "NNPS"})


def persons_before_appositions(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence
    before an apposition giving a person's role: "Hope Hicks, Donald Pratt's campaign manager,"
    or "…, the campaign's spokeswoman," with the model's tags on neither word (a given name that
    is a common word). The first a census given name or the second a census surname (or both rare
    in English: "Piotr Bujak, an economist at …,"); neither a title, a month or day, a place or a
    people."""
    out = []
    tags = tags_of(doc)
    for j in range(2, len(doc)):
        if tags[j] != "," or tags[j - 1] != "NNP" or tags[j - 2] not in ("NNP", "HYPH"):
            continue  # the cheap test first: this runs on every token
        if tags[j - 2] == "HYPH":
            # (a double-barrelled surname: "Winifred Ashdown-Mbeki, the poet whose …")
            pair = _hyphened_opening_pair(doc, j)
            if pair is not None and lexicons.is_given_name(pair[0].text) and article_role_at(doc, j):
                out.append((pair[0].idx, pair[1].idx + len(pair[1])))
            continue
        pair = untagged_opening_pair(doc, j)
        if pair is None or not (
            lexicons.is_given_name(pair[0].text)
            or lexicons.is_surname(pair[1].text)
            or rare_name(pair[0].text, pair[1].text)  # "Piotr Bujak, an economist at …,"
        ):
            continue
        if article_role_at(doc, j) or owned_role_at(doc, j):
            out.append((pair[0].idx, pair[1].idx + len(pair[1])))
    return out


def _hyphened_opening_pair(doc: Doc, k: int) -> tuple[Token, Token] | None:
    """The given name and the last half of a double-barrelled surname before ``k``, "Winifred
    Ashdown-Mbeki", when they open a sentence and no entity covers them (as
    ``untagged_opening_pair`` reads two words); else None."""
    if k < 4:
        return None
    first, left, hyphen, right = doc[k - 4], doc[k - 3], doc[k - 2], doc[k - 1]
    if hyphen.text != "-" or left.whitespace_ or hyphen.whitespace_ or first.whitespace_ != " ":
        return None
    if not _opens_sentence(doc, first.i) or not _untagged_name_words((first, left, right)):
        return None
    return first, right


def given_names_before_appositions(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of a given name alone that no entity covers, opening a sentence
    before an apposition whose head is a person's role or an age: "Teresa, a 37-year-old
    hygienist, said", "Marcus, a high school teacher," (voters, patients and neighbours quoted by
    first name). A given name the world tables list widely (``is_widely_listed_given_name``), and
    the apposition read as for a surname alone (``has_person_appositive``)."""
    out = []
    tags = tags_of(doc)
    for j in range(1, len(doc)):
        if tags[j] != "," or tags[j - 1] != "NNP":
            continue  # the cheap test first: this runs on every token
        name = doc[j - 1]
        if name.ent_type_ or not name.is_alpha or not name.is_title or not _opens_sentence(doc, j - 1):
            continue
        if not name_word(name) or not lexicons.is_widely_listed_given_name(name.text):
            continue
        if has_person_appositive(doc[j - 1 : j]):
            out.append((name.idx, name.idx + len(name)))
    return out


def persons_apposed_to_opening_roles(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers, set between commas
    after a role that opens the sentence: "The minister of defence, Radka Ilieva, told a
    committee", "Its leader, Amara Lindqvist, said" (names the model misses in wire copy from
    abroad; ``apposed_to_opening_role``). The pair a listed given name and a surname, or a name
    rare in English (``rare_name``); neither a title, a place or a people."""
    out = []
    tags = tags_of(doc)
    for j in range(3, len(doc) - 1):
        if tags[j] not in (",", ".") or tags[j - 1] != "NNP" or tags[j - 2] != "NNP" or tags[j - 3] != ",":
            continue  # the cheap test first: this runs on every token
        first, last = doc[j - 2], doc[j - 1]
        if first.whitespace_ != " " or not _untagged_name_words((first, last)):
            continue
        if apposed_to_opening_role(doc, j - 2, j):
            out.append((first.idx, last.idx + len(last)))
    return out


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def persons_by_age(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers that an age follows between commas,
    "R.J. Pello, 17, who works nearby,", a relative "who" after a two-word name with a census
    surname, "Sherese Tolliver, who lives nearby,", or a role no firm holds, without its article in wire
    style, "Giorgos Petrou, publisher of the Daily Star,", or a role with its article when the
    name is a census given name and surname, "Tessa Price, a forestry student at …". Two to four
    capitalised proper nouns (initials count as one), none a month, a day or a known place; one
    word only when it is a census surname with an age ("Castellanos, 44, was arrested")."""
    out = []
    for i, word in enumerate(lowers_of(doc)):
        if word != ",":
            continue  # the cheap test first: this runs on every token
        token = doc[i]
        by_article = by_who = False
        by_age = age_at(doc, token.i)
        if not (by_age or bare_role_at(doc, token.i)):
            by_article = article_role_at(doc, token.i)
            by_who = not by_article and who_clause_at(doc, token.i)
            if not by_article and not by_who:
                continue
        run: list[Token] = []
        k = token.i - 1
        while k >= 0 and len(run) < 4:
            word = doc[k]
            if (word.ent_type_ and not _misread_as_a_date(word)) or not word.text[:1].isupper():
                break
            if not proper_noun(word) and not (by_age and not run and lexicons.is_rare_given_name(word.text)):
                break  # (with an age, a rare given name the tagger took for an adjective: "Anjali, 15,")
            if not (word.is_alpha or _INITIALS.fullmatch(word.text)):
                break
            run.insert(0, word)
            k -= 1
        if k >= 0 and doc[k].tag_ in _PROPER and doc[k].text[:1].isupper():
            continue  # a longer capitalised run (a title, a heading)
        if k >= 0 and glued_hyphen(doc[k]):
            continue  # "Baird" of "Okonkwo-Baird, 39,": the end of a hyphened surname
        given = len(run) == 1 and (
            lexicons.is_given_name(run[0].text) or (by_age and lexicons.is_rare_given_name(run[0].text))
        )  # (with an age, a given name any table lists and English lacks: "Priyanka, 16,")
        if given and by_article:
            given = _headed_by_role(doc, token.i)  # "Maribel, a retired nurse,", not "Marion, a town whose sheriff"
        # (or any one word opening its sentence before a role with an age: "Suparman, a
        # 61-year-old rice farmer," in copy about people who go by one name)
        given = given or (
            len(run) == 1 and by_article and _aged_role_at(doc, token.i) and _opens_sentence(doc, run[0].i)
        )
        if (
            len(run) < 2
            and not (by_age and run and lexicons.is_surname(run[0].text))
            and not (given and (by_age or by_article))
        ):
            continue  # one word alone, unless a census surname with an age ("Castellanos, 44,") or a given name with one or a role
        if any(t.lower_ in _CALENDAR or is_known_place(t.text) or t.text in DEMONYMS for t in run):
            continue
        while len(run) > 1 and lexicons.is_title_word(run[0].text) and not lexicons.is_given_name(run[0].text):
            run = run[1:]  # "Professor Thwaite, 68,": the title is no part of the name
        if by_article and not given and not (lexicons.is_given_name(run[0].text) and lexicons.is_surname(run[-1].text)):
            continue  # "Harbor Freight, a maker of tools,": after an article, only a census name
        if by_who and not named_before_who(doc, run[0].i, run[-1].i + 1):
            continue  # "Sherese Tolliver, who lives nearby,", not "the Jersey Devils, who"
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _aged_role_at(doc: Doc, comma: int) -> bool:
    """Whether the apposition the comma at ``comma`` opens starts "a N-year-old" (``age_before``)."""
    return comma + 6 < len(doc) and doc[comma + 1].lower_ in ("a", "an") and age_before(doc, comma + 6) is not None


def _misread_as_a_date(token: Token) -> bool:
    """Whether the model put a given name into the date of the age after it ("Doreen, 84," as one
    DATE): a given name, no month or day."""
    return token.ent_type_ == "DATE" and token.lower_ not in _CALENDAR and lexicons.is_given_name(token.text)


_ROLE_NOUNS = lexicons.role_nouns()


_MODIFIER_TAGS = frozenset({"JJ", "JJS", "JJR", "RB", "VBN", "VBG", "CD", "HYPH"})


def _headed_by_role(doc: Doc, j: int) -> bool:
    """Whether a comma at token ``j`` opens "a", "an" or "another" and a noun phrase whose head is
    a noun for a person: ", a 41-year-old nurse from", ", another retired school teacher,"; not
    ", a town whose sheriff" (the role is not the head)."""
    if j + 2 >= len(doc) or doc[j + 1].lower_ not in ("a", "an", "another"):
        return False
    for k in range(j + 2, min(len(doc) - 1, j + 10)):
        tag = doc[k].tag_
        if tag in _MODIFIER_TAGS:
            continue
        if tag != "NN":
            return False
        if doc[k + 1].tag_ in ("HYPH", "NN"):
            continue  # "41-year-old", "school teacher": not the head yet
        return doc[k].lower_ in _ROLE_NOUNS
    return False


def persons_before_cues(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence
    right before a reporting verb, the second a census surname: "Tavonne Hollis said she …" with
    a given name the census tables lack and the model's tags on neither word. Neither word is a
    title, a role, a month or day, a place or a people."""
    out = []
    forms = lexicons.cue_forms()
    for i, word in enumerate(lowers_of(doc)):
        if i < 2 or word not in forms:
            continue  # the cheap test first: this runs on every token
        token = doc[i]
        if not is_cue(token) or token.tag_ not in ("VBD", "VBZ"):
            continue
        particled = _particle_name_before(doc, i)
        if particled is not None:
            out.append(particled)  # "Jan de Vries said", with "Jan" no month here
            continue
        pair = untagged_opening_pair(doc, i)
        if pair is None and (home := _home_before(doc, i)) is not None:
            # "Thaddeus Orme of Wick Valley argued": a census given name and surname, then the
            # place the person is from
            pair = untagged_opening_pair(doc, home)
            if pair is not None and not lexicons.is_given_name(pair[0].text):
                pair = None
        # (or two words rare in English or census names after a role: "Drummer Priya
        # Balasubramanian said")
        if pair is not None and (
            lexicons.is_surname(pair[1].text) or (_after_a_role(pair[0]) and rare_name(pair[0].text, pair[1].text))
        ):
            out.append((pair[0].idx, pair[1].idx + len(pair[1])))
        elif pair is None and (pair := _census_name_after_a_title(doc, i)) is not None:
            out.append((pair[0].idx, pair[1].idx + len(pair[1])))
    return out


def _home_before(doc: Doc, k: int) -> int | None:
    """Where "of" and one to three capitalised words no entity covers end right before token ``k``
    ("… of Wick Valley | argued"): the index of that "of", else None."""
    m = k - 1
    while m > 0 and k - m <= 3 and doc[m].is_title and doc[m].tag_ in ("NNP", "NNPS") and not doc[m].ent_type_:
        m -= 1
    if m == k - 1 or m < 2 or doc[m].lower_ != "of":
        return None
    return m


def _census_name_after_a_title(doc: Doc, k: int) -> tuple[Token, Token] | None:
    """The census given name and surname right before the cue at ``k`` that end a long
    capitalised title: "Vice President for Information Technology Rhonda Blake said"."""
    if k < 3:
        return None
    first, last = doc[k - 2], doc[k - 1]
    if first.whitespace_ != " " or not _untagged_name_words((first, last)):
        return None
    if not (lexicons.is_given_name(first.text) and lexicons.is_surname(last.text)):
        return None
    if organisation_word((first, last)):
        return None
    # (back to the sentence's start: capitalised words, "for", "of" and "and" only, a title among
    # them; not "Pastor Dale Rourke of New Hope Christian Center said")
    m, titled = k - 3, False
    while m >= 0 and not _opens_sentence(doc, m + 1):
        word = doc[m]
        if word.ent_type_ or not (word.is_title or word.lower_ in ("for", "of", "and")):
            return None
        titled = titled or lexicons.is_title_word(word.text)
        m -= 1
    return (first, last) if titled and m < k - 3 else None


def _particle_name_before(doc: Doc, k: int) -> tuple[int, int] | None:
    """(start, end) characters of a name no entity covers that opens a sentence right before the
    cue at ``k`` with a lower-case surname particle inside: "Jan de Vries said", "Pieter van der
    Berg told" (``lexicons.surname_particles``): capitalised words around the particles."""
    j = k - 1
    if j < 2 or not doc[j].is_title or doc[j].ent_type_:
        return None
    m = j - 1
    while m > 0 and doc[m].text in lexicons.surname_particles() and j - m < 3:
        m -= 1
    if m == j - 1 or not doc[m].is_title or doc[m].ent_type_ or not doc[m].is_alpha:
        return None
    if not _opens_sentence(doc, m):
        return None  # ("Witness Jan de Vries said" opens it too)
    if lexicons.is_title_word(doc[m].text) or is_known_place(doc[j].text):
        return None
    return doc[m].idx, doc[j].idx + len(doc[j])


def _opens_sentence(doc: Doc, m: int) -> bool:
    """Whether token ``m`` opens a sentence or the text, a capitalised role ("Neighbor Ivana Meller
    told") or a conjunction ("But Piotr Bujak, an economist at …,") allowed before it."""
    opener = doc[m - 1] if m > 0 else None
    if opener is not None and opener.is_title and (opener.lower_ in ROLES_OF_PERSONS or opener.tag_ == "CC"):
        opener = doc[opener.i - 1] if opener.i > 0 else None
    return opener is None or opener.is_space or opener.text in (".", "!", "?")


def _after_a_role(token: Token) -> bool:
    """Whether a capitalised role opens the sentence right before ``token`` ("Drummer", "Neighbor")."""
    opener = token.doc[token.i - 1] if token.i > 0 else None
    return opener is not None and opener.is_title and opener.lower_ in ROLES_OF_PERSONS


def persons_joined_to_persons(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers joined by "and" or "or"
    to a name the model typed as a person's: "Ruth Mallory and Ivo Marchetti met" with the model's
    tags on the first pair only. The pair may be a name (``rare_name``: each a census name or rare
    in English, one of them rare), and neither word is a title, a role, a month or day, a place,
    a people or a legal form."""
    out = []
    tags = tags_of(doc)
    for j in range(1, len(doc) - 2):
        if tags[j] != "CC" or doc[j - 1].ent_type_ != "PERSON" or doc[j].lower_ not in ("and", "or"):
            continue  # the cheap test first: this runs on every token
        first, last = doc[j + 1], doc[j + 2]
        if j + 3 < len(doc) and doc[j + 3].tag_ in _PROPER:
            continue  # a longer capitalised run: "and Acme Steel Works"
        pair = (first, last)
        if not _untagged_name_words(pair) or organisation_word(pair):
            continue
        if rare_name(first.text, last.text):
            out.append((first.idx, last.idx + len(last)))
    return out


# What a name opening a clause may follow: a comma, a sentence's end, a dash (a dateline's too:
# "LOUISVILLE, Ky. -- Shane Mulcahy was signed", the double hyphen of AP's 7-bit feeds).
_OPENERS = frozenset({",", ".", "!", "?", "—", "–", "―", "--"})
_TEAM_ROLES = lexicons.words("team_roles.txt")


def persons_opening_clauses(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence
    (right before a finite verb or a comma) or follow a comma (before a second or a reporting
    verb), and read as a name (a census given name and surname, or ``rare_name``): "Alejandro
    Ruiz won the election", "The opposition candidate, Alejandro Ruiz, won", which the model left
    untagged. Neither word is a title, a role, a month or day, a place, a people or a legal form."""
    out = []
    tags = tags_of(doc)
    n = len(doc)
    for k in range(n - 2):
        if tags[k] != "NNP" or tags[k + 1] != "NNP" or doc[k].ent_type_ or doc[k + 1].ent_type_:
            continue  # the cheap test first: this runs on every token
        after = doc[k + 2]
        if not (after.tag_ in ("VBD", "VBZ", "MD") or after.text == ","):
            continue
        before = doc[k - 1] if k > 0 else None
        # (or a capitalised role opening the sentence before the name: "Quarterback Tre Whitlock threw")
        role_led = before is not None and _role_opening_sentence(doc, k - 1)
        if before is not None and not (before.is_space or before.text in _OPENERS or role_led):
            continue
        if before is not None and before.text == "," and after.text != "," and not is_cue(after):
            # after a comma, a name set off by a second or the subject of a reporting verb ("In
            # a post on Monday, Ana Cole said"), not an address's town ("of Elm Way, Grant Lake is")
            continue
        pair = (doc[k], doc[k + 1])
        if not _untagged_name_words(pair) or organisation_word(pair):
            continue
        given, surname = pair[0].text, pair[1].text
        if (
            rare_name(given, surname)
            or (lexicons.is_given_name(given) and lexicons.is_surname(surname))
            or (role_led and (lexicons.is_surname(surname) or lexicons.is_rare_word(surname)))
        ):
            out.append((pair[0].idx, pair[1].idx + len(pair[1])))
    return out


def _role_opening_sentence(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a capitalised noun for a person by role that opens its sentence
    ("Quarterback", "Teammate"), no given name ("Dean")."""
    token = doc[j]
    if not token.is_title or token.tag_ not in ("NN", "NNP") or lexicons.is_given_name(token.text):
        return False
    if token.lower_ not in lexicons.role_nouns() and token.lower_ not in _TEAM_ROLES:
        return False
    return j == 0 or doc[j - 1].is_space or doc[j - 1].text in _OPENERS


def given_names_joined_to_persons(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of a census given name no entity covers right before "and" and a
    person's full name that opens on a given name: "Dennis and Janet Olsen" with only "Janet
    Olsen" tagged (after a dateline the model often leaves the first word). The couple's shared
    surname is lent to it later (``kin_names.shared_surnames``). The word opens its phrase: no
    capitalised word stands before it ("Acme Dennis and …")."""
    out = []
    tags = tags_of(doc)
    for j in range(1, len(doc) - 2):
        if tags[j] != "CC" or doc[j].lower_ != "and" or doc[j + 1].ent_type_ != "PERSON":
            continue  # the cheap test first: this runs on every token
        first = doc[j - 1]
        if not _untagged_name_words((first,)) or not lexicons.is_given_name(first.text):
            continue
        if j >= 2 and doc[j - 2].tag_ in _PROPER and doc[j - 2].text[:1].isupper():
            continue
        ent = next((e for e in ents_of(doc) if e.start == j + 1), None)
        if ent is None or len(ent) < 2 or not lexicons.is_given_name(ent[0].text):
            continue
        out.append((first.idx, first.idx + len(first)))
    return out


def persons_by_surname_elsewhere(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of a census given name and a capitalised word no entity covers
    when the model tagged that word alone as a person elsewhere in the story (or as the surname of
    a two-word name), or as anything with an age after it: "Serena Whitfield beat Naomi Okada
    6-3" with only the later "Okada, 21," tagged (as a place). Neither word is a title, a role, a month or day, a place, a people or a
    legal form, no capitalised word follows, and no longer name the model tagged ends with the pair."""
    surnames = {
        e.text for e in ents_of(doc) if len(e) == 1 and e[0].is_title and (e.label_ == "PERSON" or age_at(doc, e.end))
    }
    # and the surname of a full name the model tagged: "Walter Brenner … Ivy Brenner later told"
    # with the daughter left untagged is a second Brenner, not a mention of the first
    surnames |= {e[-1].text for e in ents_of(doc) if len(e) == 2 and e.label_ == "PERSON" and e[-1].is_title}
    # (not the end of a full name the model found: "Jason Brian Holt … Brian Holt" in a credit
    # would make a second man of him)
    full_names = [e.text for e in ents_of(doc) if e.label_ == "PERSON" and len(e) > 2]
    if not surnames:
        return []
    out = []
    words = words_of(doc)
    for k in range(1, len(doc)):
        if words[k] not in surnames:
            continue  # the cheap test first: this runs on every token
        last = doc[k]
        if last.ent_type_:
            continue
        first = doc[k - 1]
        if k + 1 < len(doc) and doc[k + 1].tag_ in _PROPER:
            continue  # a longer capitalised run
        pair = (first, last)
        if any(name.endswith(f" {first.text} {last.text}") for name in full_names):
            continue
        if _untagged_name_words(pair) and not organisation_word(pair) and lexicons.is_given_name(first.text):
            out.append((first.idx, last.idx + len(last)))
    return out


def persons_between_quotation_and_cue(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers between a closing
    quotation mark and a reporting verb: "“…,” Saoirse Kelleher told the crowd" with the model's
    tags on neither; the subject of a reporting verb right after someone's words is who said them.
    The pair may be a name (``rare_name``, or a census given name and surname), and neither word is
    a title, a role, a month or day, a place, a people, a legal form or an organisation's head. (One
    word alone may be a firm's name, "“…,” Acme said": ``person_pronouns`` reads it.)"""
    out = []
    tags = tags_of(doc)
    for i in range(3, len(doc)):
        if tags[i] not in ("VBD", "VBZ") or tags[i - 1] != "NNP" or tags[i - 2] != "NNP":
            continue  # the cheap test first: this runs on every token
        if not between_quotation_and_cue(doc, i - 2, i):
            continue
        pair = (doc[i - 2], doc[i - 1])
        if not _untagged_name_words(pair) or organisation_word(pair):
            continue
        first, last = pair[0].text, pair[1].text
        if rare_name(first, last) or lexicons.is_given_name(first) and lexicons.is_surname(last):
            out.append((pair[0].idx, pair[1].idx + len(pair[1])))
    return out


def organisation_word(words: tuple[Token, ...]) -> bool:
    """Whether one of ``words`` is a legal form or the head of an organisation's name."""
    return any(t.lower_ in _COMPANY_FORMS or lexicons.heads_a_name(t.text) for t in words)


def untagged_subject_pairs(doc: Doc) -> Iterator[tuple[int, Token, Token]]:
    """(verb index, first word, last word) of each two capitalised words no entity covers that
    open a sentence right before a past or present tense (``untagged_opening_pair``), no legal
    form or organisation head among them: the subjects the finders of untagged names read on
    (a "he" or "she" after, a role predicate)."""
    tags = tags_of(doc)
    for i in range(2, len(doc)):
        if tags[i] not in ("VBD", "VBZ") or tags[i - 1] != "NNP" or tags[i - 2] != "NNP":
            continue  # the cheap test first: this runs on every token
        pair = untagged_opening_pair(doc, i)
        if pair is not None and not organisation_word(pair):
            yield i, pair[0], pair[1]


def untagged_opening_pair(doc: Doc, k: int) -> tuple[Token, Token] | None:
    """The two tokens before ``k`` when they could be a name the model missed: capitalised
    proper nouns no entity covers, opening a sentence (or the text; a role may open it before
    them: "Neighbor Ivana Meller told"), one space apart, neither a title, a role, a month or
    day, a place or a people; else None. The finders of such names
    (before a reporting verb, a role apposition, a "he" or "she") each add their own evidence."""
    if k < 2:
        return None
    first, last = doc[k - 2], doc[k - 1]
    if not _opens_sentence(doc, first.i):
        return None
    pair = (first, last)
    if first.whitespace_ != " " or not _untagged_name_words(pair):
        return None
    return pair


def _untagged_name_words(words: tuple[Token, ...]) -> bool:
    """Whether ``words`` could be a name the model missed: capitalised proper nouns no entity
    covers, none a title, a role, a month or day, a place or a people."""
    if any(t.ent_type_ or not proper_noun(t) or not t.is_alpha or not t.is_title for t in words):
        return False
    return all(name_word(t) for t in words)


def proper_noun(token: Token) -> bool:
    """Whether ``token`` is tagged a proper noun, or is a census given name the tagger read as a
    plural common noun for its "-s" ending ("Dolores", "Frances")."""
    return token.tag_ in _PROPER or (token.tag_ == "NNS" and lexicons.is_given_name(token.text))


def name_word(token: Token) -> bool:
    """Whether ``token`` may be a word of a person's name: no title, role, month or day, place or
    people."""
    return not (
        token.lower_ in _CALENDAR
        or token.lower_ in ROLES_BEFORE_PERSONS
        or lexicons.is_title_word(token.text)
        or is_known_place(token.text)
        or token.text in DEMONYMS
    )
