"""Names the model tagged as nothing, found by what is set beside them: a role in apposition
("Hope Hicks, Ivo Marchetti's campaign manager,", "Winifred Ashdown-Mbeki, the poet whose …"), a
given name alone before one ("Teresa, a 37-year-old hygienist,"), a role opening the sentence
before the name ("The minister of defence, Radka Ilieva,"), an age or a "who" clause ("R.J. Pello,
17,", "Sherese Tolliver, who lives nearby,"), or a clause saying the name is one the person chose
to give ("who asked to be identified only by his first name, Derek,"). The other finders of untagged names (before a
reporting verb, after "and", between a quotation and its cue) are ``untagged_persons.py``, whose
word tests these share.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, tags_of, words_of
from pipeline.annotate.descriptions import age_before
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.annotate.person_evidence import (
    NAMING_CLAUSE_ENDS,
    age_at,
    apposed_to_opening_role,
    article_role_at,
    bare_role_at,
    chosen_name_opening,
    has_chosen_name_before,
    has_person_appositive,
    named_before_who,
    owned_role_at,
    rare_name,
    who_clause_at,
)
from pipeline.annotate.person_spans import glued_hyphen
from pipeline.annotate.referents import QUOTE_CHARS
from pipeline.annotate.untagged_persons import (
    name_opens_sentence,
    name_word,
    proper_noun,
    untagged_name_words,
    untagged_opening_pair,
)

_CALENDAR = lexicons.words("month_and_day_names.txt")
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
        if tags[j] != "," or tags[j - 1] not in _PROPER or tags[j - 2] not in ("NNP", "HYPH"):
            continue  # the cheap test first: this runs on every token ("Quiñones" read as a plural)
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
    if not name_opens_sentence(doc, first.i) or not untagged_name_words((first, left, right)):
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
        if name.ent_type_ or not name.is_alpha or not name.is_title or not name_opens_sentence(doc, j - 1):
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
        if first.whitespace_ != " " or not untagged_name_words((first, last)):
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
        aged_person = False
        if not (by_age or bare_role_at(doc, token.i)):
            # (or an age and a noun for a person: ", a 44-year-old woman from Mazeze,")
            aged_person = _aged_role_at(doc, token.i) and _headed_by_role(doc, token.i)
            by_article = aged_person or article_role_at(doc, token.i)
            by_who = not by_article and who_clause_at(doc, token.i)
            if not by_article and not by_who:
                continue
        run: list[Token] = []
        k = token.i - 1
        while k >= 0 and len(run) < 4:
            word = doc[k]
            if (word.ent_type_ and not _misread_as_a_date(word)) or not word.text[:1].isupper():
                break
            if not proper_noun(word) and not (by_age and not run and _aged_one_name(doc, word, token.i)):
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
            lexicons.is_given_name(run[0].text) or (by_age and _aged_one_name(doc, run[0], token.i))
        )  # (with an age, a given name any table lists and English lacks: "Priyanka, 16,")
        if given and by_article:
            given = _headed_by_role(doc, token.i)  # "Maribel, a retired nurse,", not "Marion, a town whose sheriff"
        # (or any one word opening its sentence before a role with an age: "Suparman, a
        # 61-year-old rice farmer," in copy about people who go by one name)
        given = given or (
            len(run) == 1 and by_article and _aged_role_at(doc, token.i) and name_opens_sentence(doc, run[0].i)
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
        if (
            by_article
            and not given
            and not aged_person  # (an age and a person's noun: "Daw Khin Mya, a 68-year-old grandmother,")
            and not (lexicons.is_given_name(run[0].text) and lexicons.is_surname(run[-1].text))
        ):
            continue  # "Harbor Freight, a maker of tools,": after an article, only a census name
        if by_who and not named_before_who(doc, run[0].i, run[-1].i + 1):
            continue  # "Sherese Tolliver, who lives nearby,", not "the Jersey Devils, who"
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _aged_one_name(doc: Doc, word: Token, comma: int) -> bool:
    """Whether ``word``, one capitalised word right before an age between commas (the first comma
    at ``comma``), is a person's one name: a given name any table lists and English lacks
    ("Priyanka, 16,"), or any word rare in English when one person's verb follows the age ("Nyaluak,
    41, said", "Falmata, 26, sat"; not a tally of places, "Mazeze, 12, and Chiúre, 8")."""
    if lexicons.is_rare_given_name(word.text):
        return True
    if not word.is_title or not word.is_alpha or not lexicons.is_rare_word(word.text):
        return False
    verb = doc[comma + 3] if comma + 3 < len(doc) else None
    return verb is not None and verb.tag_ in ("VBD", "VBZ") and verb.lower_ not in ("were", "are", "have")


def _aged_role_at(doc: Doc, comma: int) -> bool:
    """Whether the apposition the comma at ``comma`` opens starts "a N-year-old" (``age_before``)."""
    return comma + 6 < len(doc) and doc[comma + 1].lower_ in ("a", "an") and age_before(doc, comma + 6) is not None


def _misread_as_a_date(token: Token) -> bool:
    """Whether the model put a given name into the date of the age after it ("Doreen, 84," as one
    DATE): a given name, no month or day."""
    return token.ent_type_ == "DATE" and token.lower_ not in _CALENDAR and lexicons.is_given_name(token.text)


_PERSON_NOUNS = lexicons.person_nouns()  # (by role, kin or as anyone: "nurse", "grandmother", "woman")


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
        return doc[k].lower_ in _PERSON_NOUNS
    return False


def persons_named_by_choice(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of one or two capitalised words, the first one the model tagged as
    nothing, right after a clause saying they are a name the person chose to give ("a passenger, who asked to be
    identified only by his first name, Derek,"; ``person_evidence.has_chosen_name_before``)."""
    out = []
    lowers = lowers_of(doc)
    if _NAMING_WORDS.isdisjoint(lowers):
        return out  # (the cheap test first: a naming clause holds one of these words)
    words = words_of(doc)
    for k in range(1, len(doc)):
        if not words[k][:1].isupper() or (lowers[k - 1] not in NAMING_CLAUSE_ENDS and lowers[k - 1] not in QUOTE_CHARS):
            continue  # (from the words' lists: this reads every token of a story that has the words)
        if lowers[chosen_name_opening(doc, k) - 1] not in NAMING_CLAUSE_ENDS:
            continue  # (a quotation mark opens it only after a naming clause: 'his call sign, “Bear”')
        token = doc[k]
        if token.ent_type_ or not (token.is_title and token.is_alpha):
            continue
        if lexicons.is_title_word(token.text):
            continue  # "identified himself as Captain Rolf Anders": the rank before a tagged name
        if token.tag_ == "NNPS" or {"themselves", "their"} & set(lowers[max(0, k - 8) : k]):
            continue  # "identified themselves as Bloods": a group's name
        end = k + 1
        if end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and doc[end].is_alpha:
            end += 1  # (whatever the model made of the second word: "Mama Grace" with "Grace" a person)
        span = Span(doc, k, end)
        if has_chosen_name_before(span):
            out.append((span.start_char, span.end_char))
    return out


# One of these words is in every clause ``naming.NAMING_CLAUSE`` matches ("gave only her first
# name,", "identified himself as", "asked to be called", "goes by", "uses the alias").
_NAMING_WORDS = frozenset({"name", "identified", "known", "called", "named", "goes", "went", "uses", "used"}) | {
    "sign",
    "callsign",
    "nickname",
    "pseudonym",
    "alias",
}
