"""People a story describes instead of naming them: by age ("the 34-year-old said") or by party
or people ("the Republican said", "the Texan told reporters").

News copy names a person once and then refers back by such a description. These helpers read
the tags only: whether a token heads such a description, and which ages the story states for its
people ("Kevin Moss, 34," or "34-year-old Kevin Moss"). The focus pass resolves an age to the one
person the story gave it, a party or people word to the person the story tied it to or the one in
clear focus (``focus_descriptions.py``); either stays unresolved rather than guessed, and a party
or people word is never a speaker's name itself. So are the people around someone named ("the
family of Ann Roe", ``someones_people``): unnamed, never the person named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import text_of, words_of
from pipeline.annotate.cues import is_cue
from pipeline.annotate.organisations import PEOPLES_NOUNS, is_known_place
from pipeline.model import Entity

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Demonyms and party words that are adjectives, or plural, when used as nouns: "the British said"
# means a government or a people, not one person ("the Briton said").
_PLURAL_ENDINGS = ("ese", "ish", "ch", "sh", "s")


def _heads_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends its noun phrase: no noun follows it, except a reporting verb the
    tagger read as a noun ("the 34-year-old shouted")."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.tag_ not in _NOUN_TAGS or is_cue(nxt)


def age_before(doc: Doc, i: int) -> str | None:
    """The N of "N-year-old" when it ends at token ``i`` ("old"), else None."""
    if i < 4 or doc[i].lower_ != "old":
        return None
    number, hyphen, year, hyphen2 = doc[i - 4], doc[i - 3], doc[i - 2], doc[i - 1]
    if hyphen.text != "-" or hyphen2.text != "-" or year.lower_ not in ("year", "years") or not number.like_num:
        return None
    return number.lower_


def described_age(doc: Doc, i: int) -> str | None:
    """The age N when token ``i`` is the "old" of "the N-year-old" used as a noun ("the
    34-year-old said"); None for anything else ("the 34-year-old mother" is headed by "mother")."""
    age = age_before(doc, i)
    if age is None or i < 5 or doc[i - 5].lower_ != "the" or not _heads_phrase(doc, i):
        return None
    return age


def described_age_before_noun(doc: Doc, i: int, is_description: Callable[[str], bool]) -> str | None:
    """The age N when token ``i`` is the "old" of "the N-year-old defender": a singular common
    noun heads the phrase right after it that no description rule reads (``is_description``: not
    "the 34-year-old mother"), nor one copy uses for anyone or that tells a gender ("the
    19-year-old man", "the 40-year-old batsman"); None for anything else."""
    age = age_before(doc, i)
    if age is None or i < 5 or doc[i - 5].lower_ != "the" or i + 1 >= len(doc):
        return None
    noun = doc[i + 1]
    word = noun.lower_
    if noun.tag_ != "NN" or not noun.is_lower or not _heads_phrase(doc, i + 1) or is_description(word):
        return None
    if word in lexicons.words("everyday_person_nouns") or lexicons.noun_gender(word) is not None:
        return None
    return age


def age_given_elsewhere(doc: Doc, i: int, age: str) -> bool:
    """Whether the story gives the age N to anyone but through the description ending at token
    ``i``: "a 19-year-old passenger", "19 years old", "a man, 19,". Crime copy mentions people it
    does not name by their age; "the 19-year-old" is then likelier that person than a name."""
    own = doc[i - 4].idx if i >= 4 else -1
    text = text_of(doc)  # (cached on the doc, not rebuilt from its tokens)
    for match in re.finditer(rf"\b{re.escape(age)}[- ]years?[- ]old\b", text):
        if match.start() != own:
            return True
    return re.search(rf"\b[a-z]+, {re.escape(age)},", text) is not None


def person_by_group_head(
    doc: Doc, i: int, entity: Entity, mention_start: int, persons_words: frozenset[str] = frozenset()
) -> int | None:
    """The last token of the NORP mention opening at token ``i`` when that mention is one person
    described by party or people: a singular proper noun (or two: "South Carolinian", "New
    Yorker") after "the" and at most two adjectives or a place, heading its phrase ("the
    Republican said", "the Texas Republican", "the Texan"); else None. "The Republicans" (a
    group), "the British" (a people) and "the Republican nominee" (a modifier) are not. A word
    that names a people as a whole too ("Czech", "Swiss", "Japanese") is one person when the story
    set it before a person's name (``persons_words``, lower case: "Czech Hana Dvorak … said the
    Czech")."""
    token: Token = doc[i]
    end = next((m.end for m in entity.mentions if m.start == mention_start), token.idx + len(token.text))
    # (or a role noun alone that the model reads as an organisation: "the former Marine"; not
    # "the Sheriff's Office")
    by_role = entity.label == "ORG" and token.lower_ in lexicons.role_nouns() and end == token.idx + len(token.text)
    # (the tagger may read a people's word that is one person here as a plural: "said the Japanese")
    if (
        (entity.label != "NORP" and not by_role)
        or token.idx != mention_start
        or not _singular_name(token, persons_words)
    ):
        return None
    j = i
    while j + 1 < len(doc) and doc[j + 1].idx < end and j - i < 2:
        j += 1
    if not _singular_name(doc[j], persons_words) or (
        doc[j].lower_.endswith(_PLURAL_ENDINGS) and doc[j].lower_ not in persons_words
    ):
        return None
    k = i - 1
    while k > 0 and i - k <= 5 and _modifies_group_head(doc, k):
        # "the Texas Republican", "the moderate Democrat", "the first-term Democrat", "the
        # Knoxville Republican", "the 58-year-old Republican" (five tokens)
        k -= 1
    if k < 0 or doc[k].lower_ != "the":
        return None
    return j if _heads_phrase(doc, j) else None


def _singular_name(token: Token, persons_words: frozenset[str]) -> bool:
    """Whether ``token`` is tagged a singular proper noun, or a plural one that the story tied to
    a person by name ("Japanese" of "Japanese rookie Haruto Kameda")."""
    return token.tag_ == "NNP" or (token.tag_ == "NNPS" and token.lower_ in persons_words)


def _after_the(doc: Doc, k: int) -> bool:
    """Whether token ``k`` follows "the", or a capitalised word right after "the" ("North" of "the
    North Tamsin Democrat")."""
    if k > 0 and doc[k - 1].lower_ == "the":
        return True
    return k > 1 and doc[k - 1].tag_ == "NNP" and doc[k - 1].is_title and doc[k - 2].lower_ == "the"


def _modifies_group_head(doc: Doc, k: int) -> bool:
    """Whether token ``k`` may stand between "the" and a party or people word as its modifier: an
    adjective, a place ("Texas", "Knoxville"), a common noun ("freshman", "veteran"), or a
    hyphenated term ("first-term", "two-term")."""
    token = doc[k]
    if token.tag_ in ("JJ", "NN", "HYPH") or token.ent_type_ == "GPE":
        return True
    if token.tag_ == "NNP" and is_known_place(token.text):
        return True  # a city the model read as an organisation
    if token.tag_ == "NNP" and token.is_title and doc[k + 1].tag_ == "NNP" and _after_the(doc, k):
        return True  # "the Ravenna Democrat", "the North Tamsin Democrat": a place the gazetteer lacks
    return token.tag_ == "CD" and doc[k + 1].tag_ == "HYPH"


def epithets_of_peoples(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of a noun for one person of a people after "the" and its modifiers
    ("the Scot", "the former Dutchman", "the 34-year-old Pole"; ``demonym_nouns.txt``) that heads
    its phrase: the model reads it as a person's name or a body, or misses it. It is a
    description of someone the story named (``person_by_group_head`` reads it as one), no name."""
    words, out = words_of(doc), []
    for i, word in enumerate(words):
        if word not in PEOPLES_NOUNS or i == 0:
            continue
        k = i - 1
        while k > 0 and i - k <= 5 and _modifies_group_head(doc, k):
            k -= 1
        if doc[k].lower_ == "the" and _heads_phrase(doc, i):
            out.append((doc[i].idx, doc[i].idx + len(word)))
    return out


def one_of_a_group(doc: Doc, i: int) -> int | None:
    """Where "one of the waitresses", "another of his sisters" starts, when the plural at ``i``
    ends it (up to two adjectives between: "one of the other waitresses"); else None. One member
    of a group is someone a later "she" or "he" can mean; the bare plural ("women voters") is not."""
    k = i - 1
    while k > i - 3 and k > 0 and doc[k].tag_ in ("JJ", "VBN"):
        k -= 1
    if k < 2 or doc[k].tag_ not in ("DT", "PRP$") or doc[k - 1].lower_ != "of":
        return None
    return k - 2 if doc[k - 2].lower_ in ("one", "another") else None


def stated_ages(doc: Doc, entities: Sequence[Entity]) -> dict[str, set[str]]:
    """The ages the story gives each person: "Kevin Moss, 34," (a number alone in commas after a
    mention), "34-year-old Kevin Moss" (right before one) and "Kevin Moss, a 34-year-old
    mechanic," (an apposition that opens with the age)."""
    ages: dict[str, set[str]] = {}
    n = len(doc)
    for entity in entities:
        if entity.label != "PERSON":
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            before = age_before(doc, span.start - 1) if span.start > 0 else None
            if before is not None:
                ages.setdefault(entity.name, set()).add(before)
            k = span.end
            if k + 1 < n and doc[k].text == "," and doc[k + 1].tag_ == "CD" and doc[k + 1].text.isdigit():
                after = doc[k + 2] if k + 2 < n else None
                if after is None or after.text in (",", ".", ";", ")") or after.lower_ in ("and", "of"):
                    ages.setdefault(entity.name, set()).add(doc[k + 1].text)
            if k + 6 < n and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the"):
                apposed = age_before(doc, k + 6)
                if apposed is not None:
                    ages.setdefault(entity.name, set()).add(apposed)
    return ages


def someones_people(tokens: list[Token], cut: int, entity_at: dict) -> bool:
    """Whether ``tokens`` are people around someone the story names, cut at the "of" or "for"
    after them: "the family of Darnell Reese", "relatives of Ann Roe", "friends of" (a kin noun
    or a plural noun for people, a determiner or possessive at most before it; not those who
    speak for someone, "lawyers for Roe", whose words are their principal's), then the person's
    name (role words at most before it: not "aunt of a victim Lynn Carver", who is the aunt)."""
    if tokens[cut].lower_ not in ("for", "of") or cut > 2 or (cut == 2 and tokens[0].tag_ not in ("DT", "PRP$")):
        return False
    noun = tokens[cut - 1].lower_
    spokes = lexicons.words("spokes_nouns")
    if noun in spokes or lexicons.person_singular(noun) in spokes:
        return False
    if not (noun in lexicons.words("kin_nouns") or (noun.endswith("s") and lexicons.is_plural_person_noun(noun))):
        return False
    hit = entity_at.get(tokens[-1].i)
    return (
        hit is not None
        and hit[0].label == "PERSON"
        and all(t.i in entity_at or (t.is_lower and t.tag_ in ("JJ", "NN")) for t in tokens[cut + 1 :])
    )


# The oldest age copy gives a person (a figure above is no age).
_MAX_AGE = 119


def age_at(doc: Doc, comma: int) -> bool:
    """Whether an age stands between commas (or a comma and a full stop) from ``doc[comma]``: in
    figures (", 19,"), or spelled out as features copy writes it (", nineteen,", ", twenty-three,":
    a number word spaCy reads as one, not "one", "hundred" or larger)."""
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return False
    age = doc[comma + 1]
    if age.text.isdigit():
        return 0 < int(age.text) <= _MAX_AGE and doc[comma + 2].text in (",", ".")
    if not _age_word(age):
        return False
    if doc[comma + 2].text in (",", "."):
        return True
    # ("twenty-three", which the tokenizer splits at its hyphen)
    return (
        comma + 4 < len(doc)
        and doc[comma + 2].text == "-"
        and _age_word(doc[comma + 3])
        and doc[comma + 4].text in (",", ".")
    )


# Number words no one's age is written as.
_NO_AGE_WORDS = frozenset({"zero", "one", "hundred", "thousand", "million", "billion", "trillion"})


def _age_word(token: Token) -> bool:
    """Whether ``token`` is a number word that may be an age ("nineteen", "forty")."""
    return token.is_alpha and token.like_num and token.lower_ not in _NO_AGE_WORDS
