"""Names a story goes on to call "he" or "she": a person's, whatever label the model gave them.

"Pramila Jayapal spoke at the rally on Saturday. “…,” she said.": the model may read a
sentence-opening name the census tables do not know as an organisation ("Aditi Menavar"), or tag
neither word ("Tanvi Rakhal"). No organisation is a "she": when the next "he" or "she" outside
quotation marks comes before anyone else, and the words are rare in English or census names (not
"Heavy Rain fell"), the name is a person's. So for one rare word a story names someone by
("On Monday, Ilinca stepped up to the podium. “…,” she said."), when no one named just before
could be the "she". The other evidence read around a span (an age, a role, a "who" clause) is in
``person_evidence.py``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import tags_of
from pipeline.annotate.organisations import DEMONYMS, is_known_place, is_locative, org_cue
from pipeline.annotate.person_evidence import between_quotation_and_cue, rare_name
from pipeline.annotate.untagged_persons import name_word, organisation_word, proper_noun, untagged_subject_pairs

_COMPANY_FORMS = lexicons.company_forms()

# How many tokens after a name its "he" or "she" is looked for: the sentence and the next few.
_PRONOUN_REACH = 60
_PERSON_NOUNS = lexicons.person_nouns()


def called_he_or_she_after(ent: Span, text: str) -> bool:
    """ "Pramila Jayapal spoke at the rally on Saturday. “…,” she said." with the name read as an
    organisation (neither word in the census tables): two or three capitalised words, none a
    place, a people, a legal form or the head of an organisation's name, the first and last each
    a census name or rare in English and one of them rare (``_rare_name``: not "Heavy Rain
    fell"), opening a sentence as the subject of a verb, and the next "he" or "she" outside
    quotation marks, within a few sentences, comes before any other person (a name the model
    typed as one, or a noun for a person: "a spokesman"). No organisation is a "she"; the one
    person who could be is the name."""
    words = text[ent.start_char : ent.end_char].split()
    if len(words) == 1:
        return _lone_name_called_he_or_she(ent.doc, ent.start, ent.end)
    if ent.label_ in ("GPE", "NORP"):
        return False  # (two or three words read as a place: a town's name as often as a person's)
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words
    ):
        return False
    # (a given name that is also a place, before a census surname, is a name: "Georgia Pennock")
    given_place = lexicons.is_given_name(words[0]) and lexicons.is_surname(words[-1])
    if is_known_place(text[ent.start_char : ent.end_char]) or any(
        (is_known_place(w) and not (given_place and n == 0)) or w in DEMONYMS or w.lower() in _COMPANY_FORMS
        for n, w in enumerate(words)
    ):
        return False
    if any(lexicons.heads_a_name(w) for w in words):
        return False
    if org_cue(text, ent.start_char, ent.end_char, sports=False) or is_locative(text, ent.start_char, ent.end_char):
        return False
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].tag_ not in ("VBD", "VBZ") or not rare_name(words[0], words[-1]):
        return False
    if not (ent.start == 0 or doc[ent.start].is_sent_start or doc[ent.start - 1].is_space):
        return False
    return _he_or_she_first(doc, ent.end) is not None


def persons_called_he_or_she(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence as
    the subject of a verb, with the next "he" or "she" theirs as ``called_he_or_she_after`` reads
    it: "Tanvi Rakhal spoke at the rally. “…,” she said." with the model's tags on neither word.
    Neither word is a title, a role, a month or day, a place or a people."""
    out = []
    for i, first, last in untagged_subject_pairs(doc):
        if rare_name(first.text, last.text) and _he_or_she_first(doc, i) is not None:
            out.append((first.idx, last.idx + len(last)))
    return out


def lone_persons_called_he_or_she(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of one capitalised word no entity covers that opens a clause as
    the subject of a verb and that the story goes on to call "he" or "she"
    (``_lone_name_called_he_or_she``): "Mirela later wrote that she …" with the model's tags on
    nothing."""
    out = []
    tags = tags_of(doc)
    for i in range(1, len(doc)):
        if tags[i] not in ("VBD", "VBZ"):
            continue  # the cheap test first: this runs on every token
        k = (
            i - 1
            if _proper(doc, tags, i - 1)
            else i - 2
            if i >= 2 and tags[i - 1] == "RB" and _proper(doc, tags, i - 2)
            else -1
        )
        if k < 0 and i >= 4 and tags[i - 1] == ",":
            # past an aside: "Tolossa, who finished second, was less happy"
            k = next((j for j in range(i - 2, max(0, i - 14), -1) if doc[j].text == ","), 0) - 1
            k = k if k >= 0 and _proper(doc, tags, k) and _past_aside(doc, k + 1) == i else -1
        if k < 0 or _tagged_otherwise(doc[k]) or (k > 0 and tags[k - 1] in ("NNP", "NNPS")):
            continue
        if _lone_name_called_he_or_she(doc, k):
            out.append((doc[k].idx, doc[k].idx + len(doc[k])))
    return out


def _proper(doc: Doc, tags: list[str], k: int) -> bool:
    """Whether token ``k`` is tagged a proper noun, or is a given name the tagger read as a plural
    for its accent or ending ("Lucía", "Dolores"; ``untagged_persons.proper_noun``). The tag
    columns first: this runs before every past or present tense."""
    return tags[k] == "NNP" or (tags[k] == "NNS" and proper_noun(doc[k]))


def _tagged_otherwise(token: Token) -> bool:
    """Whether the model tagged ``token`` as an entity, other than a given name it took alone for
    an organisation ("Lucía has been here": ORG)."""
    if not token.ent_type_:
        return False
    return not (
        token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and lexicons.is_given_name(token.text)
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


# How far back a named person of the pronoun's gender makes the "he" or "she" theirs, not a lone
# word's: the last few sentences.
_RIVAL_REACH = 80


def _lone_name_called_he_or_she(doc: Doc, k: int, end: int | None = None) -> bool:
    """Whether token ``k``, one capitalised word, is a person's name the story calls "he" or "she":
    "On Monday, Ilinca stepped up to the podium. “…,” she said." (a person named by a given name
    alone, which the model read as an organisation or a place, or did not tag). The word is rare
    in English (wordfreq: not "Chelsea", which is also a club), no place, people, title or legal
    form; it opens a clause (the sentence, or after an opening phrase) before its verb ("later
    wrote" too), stands between a quotation and its reporting verb ("“…,” Saoirse told") or is
    the source of "According to Hrytsenko,"; the next "he" or "she" outside quotation marks is
    its (``_he_or_she_first``; past an aside after the name: "Tolossa, who finished second, was
    less happy. “…,” he said."); and no person named in the sentences before could be that
    pronoun (a town's name in "Ana Reyes lives there. Wexmouth reopened its pool. She said …" is
    no "she"), unless such an aside says the word is a person's. A double-barrelled surname
    is one word of three tokens ("“…,” Lindgren-Asare said. “…,” she said."; ``end``: the token
    after the name), each piece a name's word and one of them rare."""
    end = k + 1 if end is None else end
    pieces = [doc[k]] if end == k + 1 else _double_barrelled(doc, k, end)
    if not pieces or end >= len(doc) or not all(t.tag_ in ("NNP", "NNS") and proper_noun(t) for t in pieces):
        return False
    past = _past_aside(doc, end)
    verb = past + 1 if doc[past].tag_ == "RB" and past + 1 < len(doc) else past
    if (doc[verb].tag_ not in ("VBD", "VBZ") and not _after_according_to(doc, k, end)) or not all(
        t.is_alpha and t.is_title for t in pieces
    ):
        return False  # (the cheap tests first: this runs on every one-word name the model did not call a person)
    if not (_opens_clause(doc, k) or between_quotation_and_cue(doc, k, verb) or _after_according_to(doc, k, end)):
        return False
    if not all(name_word(t) for t in pieces) or organisation_word(tuple(pieces)) or doc[k].lower_ in _PERSON_NOUNS:
        return False
    if not any(lexicons.is_rare_word(t.text) for t in pieces) and not _given_name_read_as_organisation(pieces):
        return False
    gender = _he_or_she_first(doc, verb)
    # (a "who" clause or an age after the word is a person's, whoever was named before)
    return gender is not None and (past != end or not _named_person_before(doc, k, gender))


def _given_name_read_as_organisation(pieces: list[Token]) -> bool:
    """Whether ``pieces`` is one census given name the model took alone for an organisation
    ("Marcus has used drugs for years": ORG), no place ("Chelsea", "Austin"): a common word in
    English, but no organisation that the story then calls "he" or "she"."""
    if len(pieces) != 1:
        return False
    token = pieces[0]
    # (the given name the model took alone for an organisation, as ``_tagged_otherwise`` reads it)
    return token.ent_type_ == "ORG" and not _tagged_otherwise(token) and not is_known_place(token.text)


def _past_aside(doc: Doc, end: int) -> int:
    """The token after an aside set off by commas right after a name ("Tolossa, who finished
    second, was", "Takeda, 27, appeared"): a "who" clause or an age; else ``end``."""
    if end + 2 >= len(doc) or doc[end].text != "," or not (doc[end + 1].lower_ == "who" or doc[end + 1].like_num):
        return end
    for j in range(end + 2, min(len(doc) - 1, end + 14)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].text in (".", ";", "“", '"') or doc[j].is_space:
            break
    return end


def _after_according_to(doc: Doc, k: int, end: int) -> bool:
    """Whether the name at tokens ``k:end`` is the source of "According to Hrytsenko, crews …"
    (set off by a comma after it)."""
    return k >= 2 and doc[k - 1].lower_ == "to" and doc[k - 2].lower_ == "according" and doc[end].text == ","


def _double_barrelled(doc: Doc, k: int, end: int) -> list[Token]:
    """The two pieces of a surname joined by a hyphen with no space ("Lindgren-Asare") when tokens
    ``k:end`` are one; else none."""
    if end - k != 3 or doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_:
        return []
    return [doc[k], doc[k + 2]]


def _opens_clause(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens its sentence, or follows an opening phrase of a few words with no
    verb and a comma ("On Monday, Ilinca stepped"). (The parser is off: a full stop or a line
    break before a word says a sentence starts there.)"""
    if _starts_sentence(doc, k):
        return True
    if doc[k - 1].text != ",":
        return False
    for j in range(k - 2, max(-1, k - 8), -1):
        if doc[j].tag_.startswith("VB") or doc[j].ent_type_ == "PERSON" or doc[j].text in ',;:"“”':
            return False
        if _starts_sentence(doc, j):
            return True
    return False


def _starts_sentence(doc: Doc, k: int) -> bool:
    """Whether token ``k`` follows a sentence's end or a line break (or opens the text)."""
    return k == 0 or doc[k - 1].text in (".", "!", "?") or "\n" in doc[k - 1].text_with_ws


def _named_person_before(doc: Doc, k: int, gender: str) -> bool:
    """Whether someone is named in the few sentences before token ``k`` who could be the pronoun
    of ``gender``: a name the model typed as a person's, or a census given name before another
    capitalised word (the model reads "Ana Reyes" as an organisation at times), whose given name's
    census gender is ``gender`` or unknown."""
    for token in doc[max(0, k - _RIVAL_REACH) : k]:
        named = token.ent_type_ == "PERSON" and token.ent_iob_ == "B"
        if not named and token.is_title and token.i + 1 < k and lexicons.is_given_name(token.text):
            named = doc[token.i + 1].tag_ == "NNP" and doc[token.i + 1].is_title
        if named and lexicons.given_name_gender(token.text) in (gender, None):
            return True
    return False


def _he_or_she_first(doc: Doc, k: int) -> str | None:
    """The gender ('m' or 'f') of a "he" or "she" outside quotation marks that comes, from token
    ``k`` on, within a few sentences and before any other person who could be it: a name the
    model typed as a person's, or a noun for a person ("a spokesman") not of the other gender
    ("her father" is no "she"); else None."""
    quoted = False
    others: set[str | None] = set()
    for token in doc[k : k + _PRONOUN_REACH]:
        if token.text in ("“", "”", '"'):
            quoted = token.text == "“" or (token.text == '"' and not quoted)  # (inside: someone's words)
            continue
        if quoted:
            continue
        if token.ent_type_ == "PERSON":
            if token.ent_iob_ == "B":
                others.add(lexicons.given_name_gender(token.text))
        elif token.lower_ in _PERSON_NOUNS and token.tag_ != "NNS":  # (no plural is a "she")
            others.add(lexicons.noun_gender(token.lower_))
        if token.tag_ == "PRP" and token.lower_ in ("he", "she"):
            gender = "m" if token.lower_ == "he" else "f"
            return gender if not others & {gender, None} else None
    return None


# Forms of address before a surname, with or without the full stop of US style ("Ms. Denning",
# "Ms Denning"): ``honorifics.txt``, capitalised as before a name.
_HONORIFIC = "|".join(sorted((re.escape(w.title()) for w in lexicons.pairs("honorifics")), key=len, reverse=True))
_ADDRESSED = re.compile(rf"\b(?:{_HONORIFIC})\.? ([^\W\d_][\w-]*(?:['’][A-Z][\w-]*)?)")  # (O'Neill; not Roe's)


def addressed_by_surname(ent: Span, text: str) -> bool:
    """Whether the story calls the last word of a two- or three-word span, read as an organisation
    or a place, by a form of address ("the Business Secretary, Clare Denning, … Ms Denning said"):
    no organisation is "Ms Denning". The words are capitalised, none a people, a legal form or the
    head of an organisation's name, and neither the span nor its last word a place."""
    words = text[ent.start_char : ent.end_char].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w in DEMONYMS or w.lower() in _COMPANY_FORMS or lexicons.heads_a_name(w) for w in words):
        return False
    if is_known_place(" ".join(words)) or is_known_place(words[-1]):
        return False  # (a given name may be a place's too: "Clare", "Florence")
    return words[-1] in _addressed_surnames(text)


@functools.lru_cache(maxsize=4)
def _addressed_surnames(text: str) -> frozenset[str]:
    """The words the story writes right after a form of address ("Ms Denning", "Mr. Obi"): read
    once a story, not once a span."""
    return frozenset(m.group(1) for m in _ADDRESSED.finditer(text))
