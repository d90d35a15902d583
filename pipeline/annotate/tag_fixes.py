"""Workarounds for tags the small English model misreads, as a pipeline component.

The attribution rules read the tagger's fine-grained tags. Where the model reliably mistags a
construction that the rules depend on, the tag is set right here, after the tagger, rather than
each rule learning the model's mistake. Only ``Token.tag_`` changes; the text, the tokens and
the entities stay as the model made them.

- A curly apostrophe after a word ending in "s" ("Myers’ mother", "the Smiths’ house") is
  tagged as a closing quotation mark (``''``) where the straight one is a possessive (``POS``):
  the rules then read "Myers’ mother, Glenna Hobart said" as Myers speaking. It is set to
  ``POS`` unless a single quotation opened before it in the paragraph is still open (then it
  closes that quotation: "called it ‘a waste of dollars’ and left").
- A surname with an apostrophe ("O’Neill", "D'Amato") is tagged as an adverb or a plural
  noun; it is set to ``NNP``.
- "May" before a verb in the past or present tense ("“…,” May explained.", the surname of
  District Attorney Ellis May) is tagged as a modal, which only a verb's base form follows; it is
  set to ``NNP``.
- "read" closing a clause after a noun phrase about a document ("“…,” the campaign's statement
  read.", "the statement from Clinton's campaign read.") is tagged as a noun (as in "a good
  read"); it is set to ``VBD``, so the document reads the quotation as it would "said" it.
- The verb of a phrasal reporting verb after a party word ("The Republican shot back: “…”") is
  tagged as a noun ("a Republican shot"); before its particle and the clause's end it is set to
  ``VBD``.
- "managing" before "director", "editor" or "partner" ("Greyfinch's managing director, Tobias
  Wren") is tagged as a verb, which ends the noun phrase before the role; it is set to ``JJ``.
- A role noun between a team's or body's capitalised name and a person's name ("Lumberjacks
  quarterback Jalen Whitcombe") is tagged as a verb ("quarterback" as in "to quarterback"); it is
  set to ``NN``; a firm's name opening the sentence before such a role ("Parkline vice president
  Dominic Russo said") is tagged as a verb; it is set to ``NNP``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, text_of
from pipeline.annotate.cues import phrasal_particles

COMPONENT = "wire_ingest_tag_fixes"
_SURNAME = r"[OD]['’][A-Z][a-z]+"  # "O’Neill", "D'Amato"
_APOSTROPHE_SURNAME = re.compile(_SURNAME)
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
# How far back a still-open single quotation is looked for: a paragraph of news copy.
_LOOK_BACK = 600
_DOCUMENT_NOUNS = lexicons.words("document_nouns")
# How far before a clause-closing "read" the document's noun may be: "the statement from
# Clinton's campaign read" (the noun, then a preposition and an owner's name).
_DOCUMENT_REACH = 6
_PHRASAL_PARTICLES = phrasal_particles()
# (jobs only: the role nouns hold nameparser's titles too, "met" among them)
_ROLE_NOUNS = lexicons.words("occupations") | lexicons.words("person_roles")
# The roles "managing" ranks ("managing director", "managing editor", "managing partner").
_MANAGED_ROLES = frozenset({"director", "directors", "editor", "editors", "partner", "partners", "member", "agent"})


@Language.component(COMPONENT)
def fix_tags(doc: Doc) -> Doc:
    # Only "read", "may", a phrasal cue's verb and a token with an apostrophe can need a fix. Its
    # words are read from the list the rules read later (``lowers_of``): building the Doc's text
    # here would cost more than the fixes.
    lowers = lowers_of(doc)
    for i, word in enumerate(lowers):
        if word == "read":
            _document_read(doc, lowers, i)
            continue
        if word in _PHRASAL_PARTICLES:
            _phrasal_verb(doc, lowers, i)
            continue
        if word in _ROLE_NOUNS:
            _role_before_name(doc, i)
            _body_before_role(doc, i)
            continue
        if word == "managing":
            token = doc[i]
            if token.tag_ == "VBG" and i + 1 < len(doc) and lowers[i + 1] in _MANAGED_ROLES:
                token.tag_ = "JJ"  # "Greyfinch's managing director": a rank, no verb
            continue
        if word == "may":
            token = doc[i]
            if token.tag_ == "MD" and token.text == "May" and i + 1 < len(doc) and doc[i + 1].tag_ in ("VBD", "VBZ"):
                token.tag_ = "NNP"  # "“…,” May explained": a surname; a modal takes a verb's base form
            continue
        if "’" not in word and "'" not in word:
            continue
        token = doc[i]
        if token.text != "’":
            if _APOSTROPHE_SURNAME.fullmatch(token.text):
                token.tag_ = "NNP"
            continue
        if token.tag_ != "''" or i == 0 or i + 1 >= len(doc):
            continue
        owner, after = doc[i - 1], doc[i + 1]
        if owner.whitespace_ or not token.whitespace_ or not after.is_alpha:
            continue
        if owner.tag_ not in _NOUN_TAGS or owner.text[-1:] not in ("s", "S"):
            continue
        if _single_quotation_open(text_of(doc), token.idx):
            continue
        token.tag_ = "POS"
    return doc


def _role_before_name(doc: Doc, i: int) -> None:
    """Set a role noun at ``i`` the tagger read as a verb to ``NN`` when a capitalised name stands
    right before it and a two-word proper name right after it: "Lumberjacks quarterback Jalen
    Whitcombe" (not "Voters judge Hale harshly")."""
    token = doc[i]
    if not token.tag_.startswith("VB") or not token.is_lower or i == 0 or i + 2 >= len(doc):
        return
    before, name = doc[i - 1], doc[i + 1 : i + 3]
    if (
        before.text[:1].isupper()
        and before.tag_ in ("NNP", "NNPS", "NNS")
        and all(t.tag_ == "NNP" and t.is_title for t in name)
    ):
        token.tag_ = "NN"


def _body_before_role(doc: Doc, i: int) -> None:
    """Set a capitalised word opening the sentence that the tagger read as a verb to ``NNP`` when a
    role in lower case and a two-word proper name follow it: "Parkline vice president Dominic
    Russo said" (a firm's name, rare in English; not "Ask vice president Dominic Russo")."""
    if i + 2 >= len(doc) or not all(t.tag_ == "NNP" and t.is_title for t in doc[i + 1 : i + 3]):
        return
    j = i - 1
    while j > 0 and i - j <= 2 and doc[j].is_lower and doc[j].tag_ in ("NN", "JJ"):
        j -= 1
    if j < 0 or j == i - 1 and not doc[j].tag_.startswith("VB"):
        return
    body = doc[j]
    opens = j == 0 or doc[j - 1].is_space or doc[j - 1].text in (".", "!", "?", '"', "”", "’", "—")
    if body.tag_.startswith("VB") and body.is_title and opens and lexicons.is_rare_word(body.text):
        body.tag_ = "NNP"


def _phrasal_verb(doc: Doc, lowers: list[str], i: int) -> None:
    """Set a phrasal reporting verb's verb at ``i`` ("shot" of "shot back") to a past tense when
    the tagger read it as a noun after a party word ("The Republican shot back: “…”", as in "a
    Republican shot"): its particle follows, then the end of the clause."""
    token = doc[i]
    if token.tag_ != "NN" or i == 0 or i + 2 >= len(doc) or lowers[i + 1] not in _PHRASAL_PARTICLES[lowers[i]]:
        return
    if doc[i + 2].text in (":", ",", ".") or doc[i + 2].tag_ in ("``", "''"):
        token.tag_ = "VBD"


def _document_read(doc: Doc, lowers: list[str], i: int) -> None:
    """Set "read" at ``i`` to a past-tense verb when the tagger read it as a noun closing its
    clause right after a noun, with a document's noun (``document_nouns.txt``) shortly before:
    "the campaign's statement read.", "the statement from Acme read,"."""
    token = doc[i]
    if not token.tag_.startswith("NN") or i == 0 or not doc[i - 1].tag_.startswith("NN"):
        return
    if i + 1 < len(doc) and doc[i + 1].text not in (".", ",", ";", ":"):
        return
    if any(lowers[k] in _DOCUMENT_NOUNS for k in range(max(0, i - _DOCUMENT_REACH), i)):
        token.tag_ = "VBD"


def _single_quotation_open(text: str, char: int) -> bool:
    """Whether a ‘ opened before ``char`` in its paragraph with no ’ after it that could close it
    (an apostrophe inside a word, "don’t", closes nothing)."""
    lo = max(text.rfind("\n", 0, char), char - _LOOK_BACK, 0)
    opened = text.rfind("‘", lo, char)
    if opened == -1:
        return False
    for k in range(opened + 1, char):
        if text[k] == "’" and not (text[k - 1].isalpha() and k + 1 < len(text) and text[k + 1].isalpha()):
            return False
    return True
