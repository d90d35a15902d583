"""Names the model tagged as nothing, found from what stands around them.

A given name the census tables lack, or a given name that is a common word ("Hope Hicks"), can
leave both words of a name untagged. Each finder here reads one construction that only a person
stands in, and returns the characters of the name: a reporting verb right after it at a
sentence's start ("Tavonne Hollis said") or after a quotation ("“…,” Saoirse Kelleher told"), "and" after a tagged person ("Ruth Mallory
and Ivo Marchetti met"). The tests of a span the model did tag are in ``person_evidence.py``; a
name the story goes on to call "he" or "she" is ``person_pronouns.py``; one set beside a role, an
age or a "who" clause is ``untagged_apposed_persons.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of, lowers_of, tags_of, words_of
from pipeline.annotate.cues import is_cue
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.annotate.person_evidence import age_at, between_quotation_and_cue, rare_name
from pipeline.annotate.person_spans import ROLES_BEFORE_PERSONS, ROLES_OF_PERSONS

_CALENDAR = lexicons.words("month_and_day_names.txt")
_COMPANY_FORMS = lexicons.company_forms()
_PROPER = frozenset({"NNP", "NNPS"})


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


def persons_after_titles(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers right after a
    capitalised title or role ("Maricopa County Recorder Beatriz Salgado, a Republican, sided"),
    before a comma or a finite verb: a given name any table lists and a census surname or a word
    rare in English. The model tags nothing after an office's place it tagged."""
    out = []
    tags = tags_of(doc)
    for k in range(3, len(doc)):
        if tags[k] not in (",", "VBD", "VBZ") or tags[k - 1] != "NNP" or tags[k - 2] != "NNP":
            continue  # the cheap test first: this runs on every token
        first, last, title = doc[k - 2], doc[k - 1], doc[k - 3]
        if (
            not title.is_title
            or title.ent_type_
            or not (lexicons.is_title_word(title.text) or title.lower_ in lexicons.role_nouns())
        ):
            continue
        if not untagged_name_words((first, last)) or organisation_word((first, last)):
            continue
        if lexicons.is_listed_given_name(first.text) and (
            lexicons.is_surname(last.text) or lexicons.is_rare_word(last.text)
        ):
            out.append((first.idx, last.idx + len(last)))
    return out


def _census_name_after_a_title(doc: Doc, k: int) -> tuple[Token, Token] | None:
    """The census given name and surname right before the cue at ``k`` that end a long
    capitalised title: "Vice President for Information Technology Rhonda Blake said"."""
    if k < 3:
        return None
    first, last = doc[k - 2], doc[k - 1]
    if first.whitespace_ != " " or not untagged_name_words((first, last)):
        return None
    if not (lexicons.is_given_name(first.text) and lexicons.is_surname(last.text)):
        return None
    if organisation_word((first, last)):
        return None
    # (back to the sentence's start: capitalised words, "for", "of" and "and" only, a title among
    # them; not "Pastor Dale Rourke of New Hope Christian Center said")
    m, titled = k - 3, False
    while m >= 0 and not name_opens_sentence(doc, m + 1):
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
    if not name_opens_sentence(doc, m):
        return None  # ("Witness Jan de Vries said" opens it too)
    if lexicons.is_title_word(doc[m].text) or is_known_place(doc[j].text):
        return None
    return doc[m].idx, doc[j].idx + len(doc[j])


def name_opens_sentence(doc: Doc, m: int) -> bool:
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
        if not untagged_name_words(pair) or organisation_word(pair):
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
        if not untagged_name_words(pair) or organisation_word(pair):
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
        if not untagged_name_words((first,)) or not lexicons.is_given_name(first.text):
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
        if untagged_name_words(pair) and not organisation_word(pair) and lexicons.is_given_name(first.text):
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
        if not untagged_name_words(pair) or organisation_word(pair):
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
    if not name_opens_sentence(doc, first.i):
        return None
    pair = (first, last)
    if first.whitespace_ != " " or not untagged_name_words(pair):
        return None
    return pair


def untagged_name_words(words: tuple[Token, ...]) -> bool:
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
