"""Names a story goes on to call "he" or "she": a person's, whatever label the model gave them.

"Pramila Jayapal spoke at the rally on Saturday. “…,” she said.": the model may read a
sentence-opening name the census tables do not know as an organisation ("Aditi Menavar"), or tag
neither word ("Tanvi Rakhal"). No organisation is a "she": when the next "he" or "she" outside
quotation marks comes before anyone else, and the words are rare in English or census names (not
"Heavy Rain fell"), the name is a person's. The other evidence read around a span (an age, a
role, a "who" clause) is in ``person_evidence.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.columns import tags_of
from pipeline.annotate.organisations import DEMONYMS, is_known_place, is_locative, org_cue
from pipeline.annotate.person_evidence import rare_name, untagged_opening_pair

_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")

# How many tokens after a name its "he" or "she" is looked for: the sentence and the next few.
_PRONOUN_REACH = 60
_PERSON_NOUNS = lexicons.role_nouns() | lexicons.words("kin_nouns")


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
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words
    ):
        return False
    if is_known_place(text[ent.start_char : ent.end_char]) or any(
        is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS for w in words
    ):
        return False
    if any(w.lower() in _NAME_HEADS or w.lower() in _ORGANISATION_ONLY_HEADS for w in words):
        return False
    if org_cue(text, ent.start_char, ent.end_char, sports=False) or is_locative(text, ent.start_char, ent.end_char):
        return False
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].tag_ not in ("VBD", "VBZ") or not rare_name(words[0], words[-1]):
        return False
    if not (ent.start == 0 or doc[ent.start].is_sent_start or doc[ent.start - 1].is_space):
        return False
    return _he_or_she_first(doc, ent.end)


def persons_called_he_or_she(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence as
    the subject of a verb, with the next "he" or "she" theirs as ``called_he_or_she_after`` reads
    it: "Tanvi Rakhal spoke at the rally. “…,” she said." with the model's tags on neither word.
    Neither word is a title, a role, a month or day, a place or a people."""
    out = []
    tags = tags_of(doc)
    for i in range(2, len(doc)):
        if tags[i] not in ("VBD", "VBZ") or tags[i - 1] != "NNP" or tags[i - 2] != "NNP":
            continue  # the cheap test first: this runs on every token
        pair = untagged_opening_pair(doc, i)
        if pair is None or any(
            t.lower_ in _COMPANY_FORMS or t.lower_ in _NAME_HEADS or t.lower_ in _ORGANISATION_ONLY_HEADS for t in pair
        ):
            continue
        first, last = pair
        if rare_name(first.text, last.text) and _he_or_she_first(doc, i):
            out.append((first.idx, last.idx + len(last)))
    return out


def _he_or_she_first(doc: Doc, k: int) -> bool:
    """Whether, from token ``k`` on, a "he" or "she" outside quotation marks comes within a few
    sentences and before any other person: a name the model typed as one, or a noun for a person
    ("a spokesman", "her husband")."""
    quoted = False
    for token in doc[k : k + _PRONOUN_REACH]:
        if token.text in ("“", "”", '"'):
            quoted = token.text == "“" or (token.text == '"' and not quoted)  # (inside: someone's words)
            continue
        if quoted:
            continue
        if token.ent_type_ == "PERSON" or token.lower_ in _PERSON_NOUNS:
            return False
        if token.tag_ == "PRP" and token.lower_ in ("he", "she"):
            return True
    return False
