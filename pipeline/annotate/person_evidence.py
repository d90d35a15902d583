"""What around an NER span says it names a person, whatever label the model gave it.

News copy introduces a person it has not named before with a role set beside the name ("Ana
Reyes, the agency's chief scientist,"), an age ("R.J. Pello, 17," or "17-year-old R.J. Pello"), a
"who" clause ("Shareka Vance, who lives across the street,"), or as the speaker of a quotation
("“…,” Tamara Speaker said"; behind a title, "“…” Detective Captain Scott Hadley said", is
``person_titles.py``). Each test here reads
the tokens around one span; where a span's edges are wrong (a given name or surname left out, a
month taken for a date) is ``person_spans.py``; a span whose own words make it a person's name
(a census given name and surname, a generation's suffix, a surname particle) is
``person_name_forms.py``; a name the story goes on to call "he" or "she" is ``person_pronouns.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.descriptions import age_at, age_before  # (age_at: read by finders that import it from here)
from pipeline.annotate.naming import naming_clause_length
from pipeline.annotate.organisations import DEMONYMS, is_known_place
from pipeline.annotate.person_spans import (
    PERSON_ROLES,
    ROLES_FIRMS_HOLD,
    glued_hyphen,
)
from pipeline.annotate.person_titles import closes_quotation, organisation_tagged_person, reporting_verb
from pipeline.annotate.phrases import subject_after_opening_phrase

_COMPANY_FORMS = lexicons.company_forms()
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_PROPER = frozenset({"NNP", "NNPS"})


def surname_before_who(ent: Span) -> int | None:
    """Where a person's name ends when the model tagged only its first word, and as something
    else: "Sherese" of "Sherese Tolliver, who lives across the street," read as a people. The word
    after is an untagged proper noun and the two read as a name before a "who" clause
    (``named_before_who``)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return None
    after = doc[ent.end]
    if after.ent_type_ or after.tag_ not in _PROPER:
        return None
    return after.idx + len(after) if named_before_who(doc, ent.start, ent.end + 1) else None


def has_person_appositive(ent: Span) -> bool:
    """'Helen Park, the agency's chief scientist,': a two- or three-word name followed by a role;
    in wire style without the article, 'Helen Park, publisher of the Daily Star,' (a role no
    firm holds: not "owner" or "partner", which "Acme, owner of the mall," may be)."""
    doc = ent.doc
    if len(ent) == 1:
        return _surname_with_person_appositive(ent)
    if not 2 <= len(ent) <= 4 or not all(t.tag_ in ("NNP", "NNPS", "HYPH") for t in ent):
        return False
    if organisation_tagged_person(ent):
        return False  # "Harwell News, the station's owner,": an outlet's name, whatever follows it
    if subject_after_opening_phrase(doc, ent.start, ent.end):
        return False  # "Speaking to Dana Kroll, the governor said": the governor is not Kroll
    return bare_role_at(doc, ent.end) or article_role_at(doc, ent.end) or owned_role_at(doc, ent.end)


def owned_role_at(doc: Doc, j: int) -> bool:
    """Whether a comma at token ``j`` opens an apposition that is someone's role: ", Donald
    Pratt's campaign manager,", ", Acme's chief executive," (a proper name and "'s", then a role
    no firm holds within a few words, before the phrase ends)."""
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    k = j + 1
    while k < min(len(doc), j + 5) and doc[k].tag_ in _PROPER:
        k += 1
    if k == j + 1 or k >= len(doc) or doc[k].tag_ != "POS":
        return False
    for m in range(k + 1, min(len(doc), k + 5)):
        if doc[m].text in (",", ".", ";"):
            break
        if doc[m].lower_ in PERSON_ROLES and doc[m].lower_ not in ROLES_FIRMS_HOLD:
            return True
    return False


def _surname_with_person_appositive(ent: Span) -> bool:
    """ "Vukovich, a longtime aide to the governor,": a surname alone followed by an apposition
    whose head is a role no firm holds. Stricter than for a full name (the role must head the
    phrase, not stand anywhere in it: "Acme, a supplier to the mayor's office," is no person), and
    no known place, people or organisation word."""
    doc, token = ent.doc, ent[0]
    if token.tag_ != "NNP" or not token.text[:1].isupper() or token.text.isupper():
        return False
    if is_known_place(token.text) or token.text in DEMONYMS:
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "from", "in", "at", "near"):
        return False  # "Ann Roe of Shelton, a father of four,": the role is Roe's; Shelton a place
    if lexicons.heads_a_name(token.text):
        return False
    if subject_after_opening_phrase(doc, ent.start, ent.end):
        return False
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the"):
        return False
    k = j + 2
    if k + 5 < len(doc) and doc[k].like_num and age_before(doc, k + 4) is not None:
        k += 5  # "Sadia, a 22-year-old student from Nottingham,": the age first
        if doc[k].lower_ in ("who", ",", "from"):
            return True  # "Tasha, a 27-year-old who works at the plant,": the age is the noun
        if doc[k].tag_ == "NN" and k + 1 < len(doc) and doc[k + 1].lower_ in (",", "who", "from", "at", "in"):
            return True  # "Teresa, a 37-year-old hygienist,": an age makes the noun after it a person's
    while k < min(len(doc) - 1, j + 11) and doc[k].tag_ in ("JJ", "RB", "VBN"):
        k += 1  # "a longtime", "a newly appointed"
    while k + 1 < min(len(doc), j + 11) and doc[k].tag_ == "NN" and doc[k + 1].tag_ == "NN":
        k += 1  # "a high school teacher": the last noun of a compound heads it
    role = doc[k].lower_
    # "Reyes, a Democrat, has led": a party's member noun (a proper noun, "Democrat", "Tory") is
    # a person's role too; "Ohio, a Republican stronghold," runs on past it (the test below)
    member = doc[k].tag_ in ("NNP", "NN") and doc[k].text[:1].isupper() and lexicons.party_of(role) is not None
    if not member and (role not in PERSON_ROLES or role in ROLES_FIRMS_HOLD or doc[k].tag_ != "NN"):
        return False
    return k + 1 < len(doc) and doc[k + 1].lower_ in (",", "to", "of", "for", "at", "in", "who", "with", "from")


def article_role_at(doc: Doc, j: int) -> bool:
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
        if doc[k].tag_ in ("DT", "VBD", "VBZ", "VBP", "MD"):
            break  # ", a step the official described": a clause of its own, whose subject is no role of the name
        if doc[k].lower_ in PERSON_ROLES and (k + 1 >= len(doc) or doc[k + 1].tag_ not in ("NN", "NNS")):
            return True  # (the head of its phrase: in ", the host nation," the role is a modifier)
        if doc[k].lower_ in PERSON_ROLES and doc[k + 1].lower_ in PERSON_ROLES:
            return True  # ", the agency's chief scientist,"
    return False


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
    if lexicons.party_of(ent.text) is not None:
        return False  # "the 58-year-old Republican": a description by party, whom the focus resolves
    return not any(lexicons.heads_a_name(t.text) for t in ent)


def has_age_apposition(ent: Span) -> bool:
    """ "Dana Kroll, 17, who works at the station," with the name read as an organisation: news
    copy gives a person's age between commas right after the name; no organisation or place
    takes one. A number followed by a noun is not an age ("In Boston, 12 people were hurt"),
    and a known place or people is left alone ("Texas, 10, and Ohio, 8" in a tally)."""
    doc = ent.doc
    words = [t for t in ent if not glued_hyphen(t)]  # "Eustace Morrow-Pike, 80,"
    if not 1 <= len(words) <= 4 or not all(t.tag_ in _PROPER and t.text[:1].isupper() for t in words):
        return False
    if any(is_known_place(t.text) or t.text in DEMONYMS for t in words):
        return False
    return age_at(doc, ent.end)


def bare_role_at(doc: Doc, comma: int) -> bool:
    """Whether a role no firm holds follows ``doc[comma]`` without an article (after at most two
    lower-case words), then "of", "for" or "at": ", publisher of the Daily Star", ", spokesman for
    the council", ", executive vice president of the growers' group"."""
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return False
    # (the role's modifiers in lower case before it: ", executive vice president of …")
    k = comma + 1
    while k < comma + 3 and k + 1 < len(doc) and doc[k + 1].lower_ not in ("of", "for", "at") and doc[k].is_lower:
        k += 1
    if k + 1 >= len(doc) or doc[k + 1].lower_ not in ("of", "for", "at") or not doc[k].is_lower:
        return False
    role = doc[k].lower_
    return role in PERSON_ROLES and role not in ROLES_FIRMS_HOLD


def who_clause_at(doc: Doc, j: int) -> bool:
    """Whether a comma at token ``j`` opens a relative "who" clause with its verb: ", who lives
    across the street,"; organisations take "which"."""
    return j + 2 < len(doc) and doc[j + 1].lower_ == "who" and doc[j + 2].tag_ in ("VBZ", "VBD", "MD", "RB")


def named_before_who(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a person's name before a "who" clause, whatever the model
    tagged: two capitalised words, the first a census given name or the second a census surname
    ("Eli Habibeh, who owns the shop"), or both rare in English ("Dovlet Amanov", ``rare_name``),
    neither a place or a people, no
    "the" before them ("the Jersey Devils, who" is a team), and a comma opening a relative "who"
    with its verb right after (organisations take "which")."""
    if end - start != 2 or end >= len(doc):
        return False
    words = (doc[start], doc[end - 1])
    if not all(t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in words):
        return False
    if not (
        lexicons.is_surname(words[1].text)
        or lexicons.is_given_name(words[0].text)
        or (doc[end].text == "," and who_clause_at(doc, end) and rare_name(words[0].text, words[1].text))
    ):
        return False
    if any(is_known_place(t.text) or t.text in DEMONYMS for t in words):
        return False
    if start > 0 and doc[start - 1].lower_ == "the":
        return False
    return doc[end].text == "," and who_clause_at(doc, end)


def has_who_clause(ent: Span) -> bool:
    """ "Shareka Vance, who lives across the street, said" with the name read as an organisation
    (a given name the tables lack): ``named_before_who``."""
    return named_before_who(ent.doc, ent.start, ent.end)


_PERSONAL_CLAUSE_WORDS = frozenset({"his", "her", "their", "himself", "herself", "themselves", "name"})
# The words a match of ``naming.NAMING_CLAUSE`` can end on, right before the name ("… only as",
# "goes by", "first name ,", "asked to be called", "said her name is").
NAMING_CLAUSE_ENDS = frozenset(
    {"as", "by", ",", "is", "was", "called", "identified", "named", "known", "only", "name", "surnamed"}
    | {"sign", "callsign", "nickname", "pseudonym", "alias", "guerre"}  # "who uses the call sign Tyhr"
)


def chosen_name_opening(doc: Doc, k: int) -> int:
    """Token ``k``, or the quotation mark before it when a chosen name is set in quotation marks
    ('gave his call sign as “Hutsul,”'): where the naming clause before the name ends."""
    return k - 1 if k >= 2 and doc[k - 1].is_quote and doc[k - 2].lower_ in NAMING_CLAUSE_ENDS else k


def named_after_person_noun(ent: Span) -> bool:
    """ "a nurse named Renata", "a retired accountant named Evelyn", with the name read as an
    organisation: "named" right after a noun for a person's role (``role_nouns``) names a person;
    not "a company named Acme"."""
    doc = ent.doc
    if len(ent) > 2 or ent.start < 2 or doc[ent.start - 1].lower_ != "named":
        return False  # the cheap test first: this runs on every entity the model did not call a person
    noun = doc[ent.start - 2]
    return noun.tag_ == "NN" and noun.lower_ in lexicons.role_nouns() and noun.lower_ not in ROLES_FIRMS_HOLD


def has_chosen_name_before(ent: Span) -> bool:
    """ "a neighbor, who identified himself only as Tobias," with the name read as an
    organisation: a name someone gave of their own choosing (``naming.NAMING_CLAUSE``) is a
    person's, when the clause is a person's ("who …", "his", "her", "name") or follows a noun
    for a person ("a man identified only as Tobias"); not "a group known only as the Guild"."""
    doc = ent.doc
    opening = chosen_name_opening(doc, ent.start) if ent.start > 0 else 0
    if len(ent) > 2 or opening == 0 or doc[opening - 1].lower_ not in NAMING_CLAUSE_ENDS:
        return False  # the cheap test first: this runs on every entity the model did not call a person
    words = [t.lower_ for t in doc[max(0, opening - 14) : opening]]
    for k in range(len(words)):
        if naming_clause_length(words[k:]) != len(words) - k:
            continue
        before = doc[opening - len(words) + k - 1] if opening - len(words) + k > 0 else None
        return bool(_PERSONAL_CLAUSE_WORDS.intersection(words[k:])) or (
            before is not None and (before.lower_ == "who" or before.lower_ in lexicons.role_nouns())
        )
    return False


def speaks_after_quotation(ent: Span, text: str) -> bool:
    """ "“…,” Tamara Speaker said" or "“…,” said neighbor Nikki Lakeshore" with the name read as
    an organisation or a work (a surname the census tables lack): two capitalised words, the first
    a census given name (or a rare word before a census surname: "Carletta Temple"), or one word
    not read as an organisation ("“…,” Melania told the crowd"), neither a
    place, a people, a legal form nor the head of an organisation's name, standing as the subject
    of a reporting verb right after a closing quotation mark. A quotation is someone's words, and
    a given name is a person's."""
    words = text[ent.start_char : ent.end_char].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words):
        return False
    if len(words) == 1:
        # One word: a person named by a given name alone ("“…,” Melania told the crowd", read as a
        # place), a census given name or a word rare in English; never an organisation's label,
        # for an organisation speaks too ("“…,” Acme said").
        if ent.label_ == "ORG" or not (lexicons.is_given_name(words[0]) or lexicons.is_rare_word(words[0])):
            return False
    elif not (
        lexicons.is_given_name(words[0])
        # (a rare word before a census surname, or two rare words after a role: "“…,” co-founder
        # Amara Nwachukwu said")
        or rare_name(words[0], words[1])
        and (lexicons.is_surname(words[1]) or _role_before(ent) < ent.start)
    ):
        return False
    if is_known_place(text[ent.start_char : ent.end_char]):
        return False
    if any(is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS for w in words):
        return False
    if any(lexicons.heads_a_name(w) for w in words):
        return False
    doc = ent.doc
    if ent.end < len(doc) and reporting_verb(doc[ent.end]):
        k = _role_before(ent) - 1  # (past a role in lower case: "“…,” co-founder Amara Nwachukwu said")
        return k >= 0 and closes_quotation(doc, k)
    if ent.end < len(doc) and doc[ent.end].tag_.startswith("NN"):
        return False  # "said Myrtle Beach Mayor John Rhodes": the name is a modifier
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 3 and (doc[k].is_lower and doc[k].tag_ in ("NN", "NNP") or _owner(doc, k)):
        k -= 1  # a role, or a relative of someone: "said neighbor", "said Brown's cousin"
    return k > 0 and reporting_verb(doc[k]) and closes_quotation(doc, k - 1)


def _role_before(ent: Span) -> int:
    """Where a role in lower case right before ``ent`` starts ("co-founder", "neighbor"), at most
    four tokens back; ``ent.start`` when there is none."""
    doc, k = ent.doc, ent.start
    while k > 1 and ent.start - k < 4 and (doc[k - 1].text == "-" or doc[k - 1].is_lower and doc[k - 1].tag_ == "NN"):
        k -= 1
    return k


def rare_name(given: str, surname: str) -> bool:
    """Whether two words may be a name the model did not tag: each a census given name (the
    first) or surname (the second), or rare in English, and one of them rare."""
    rare = [lexicons.is_rare_word(w) for w in (given, surname)]
    listed = [lexicons.is_given_name(given), lexicons.is_surname(surname)]
    return any(rare) and all(r or known for r, known in zip(rare, listed, strict=True))


def _owner(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a possessive ending or a proper noun that takes one ("Brown's")."""
    return doc[k].tag_ == "POS" or k + 1 < len(doc) and doc[k].tag_ == "NNP" and doc[k + 1].tag_ == "POS"


def between_quotation_and_cue(doc: Doc, k: int, verb: int) -> bool:
    """Whether token ``k`` stands right after a closing quotation mark (or the comma after one)
    and ``verb`` is a reporting verb: "“…,” Saoirse told the crowd"."""
    return k > 0 and closes_quotation(doc, k - 1) and reporting_verb(doc[verb])


def _according_to_before(doc: Doc, comma: int) -> bool:
    """Whether "according to" opens the phrase that ends at the ``comma`` (", according to the
    local's chairperson,"), at most seven words before it."""
    return any(doc[m].lower_ == "to" and doc[m - 1].lower_ == "according" for m in range(max(1, comma - 8), comma))


def apposed_to_opening_role(doc: Doc, start: int, end: int) -> bool:
    """Whether the two words ``doc[start:end]`` are a person's name set between commas after a
    role phrase opening the sentence ("The minister of defence, Radka Ilieva,", "Its leader,
    Amara Lindqvist,") or after "according to" (", according to the local's chairperson, Rita
    Dufresne."): the phrase's head a role noun (``role_nouns``), the words a listed given
    name and a surname or a name rare in English, neither a known place nor a people; or three
    words, a listed given name and two surnames ("The head of the council, Wilson Muñoz Caicedo,")."""
    if not 2 <= end - start <= 3 or start < 3 or end >= len(doc) or doc[start - 1].text != ",":
        return False
    if doc[end].text != "," and not (doc[end].text == "." and _according_to_before(doc, start - 1)):
        return False
    first, last = doc[start], doc[end - 1]
    if any(is_known_place(t.text) or t.text in DEMONYMS for t in doc[start:end]):
        return False
    if last.lower_ in lexicons.words("organisation_only_heads.txt"):
        return False  # "The publisher, Harlan Books,": a firm
    if end - start == 3:
        surnames = doc[start + 1 : end]
        if not lexicons.is_listed_given_name(first.text) or not all(
            t.is_title and t.is_alpha and (lexicons.is_surname(t.text) or lexicons.is_rare_word(t.text))
            for t in surnames
        ):
            return False
    elif not (
        (lexicons.is_listed_given_name(first.text) and lexicons.is_surname(last.text))
        or rare_name(first.text, last.text)
    ):
        return False
    comma = start - 1
    k = comma
    while k > 0 and comma - k < 7 and doc[k - 1].tag_ in ("DT", "PRP$", "POS", "NN", "NNS", "NNP", "JJ", "IN"):
        k -= 1
    according = k >= 1 and doc[k].lower_ == "to" and doc[k - 1].lower_ == "according"
    k += according  # (the role phrase after "according to")
    opens = according or k == 0 or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?")
    if not opens or doc[k].tag_ not in ("DT", "PRP$"):
        return False
    phrase = doc[k:comma]
    of = next((m for m, t in enumerate(phrase) if t.lower_ == "of"), len(phrase))
    # (or a noun that names a person's role only before "of": "The head of the council,")
    return of > 0 and (
        phrase[of - 1].lower_ in lexicons.role_nouns()
        or (of < len(phrase) and phrase[of - 1].lower_ in lexicons.mapping("roles_before_of.tsv"))
    )
