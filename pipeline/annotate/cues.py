"""Reporting cues: the verbs and fixed phrases that introduce someone's words.

A cue is a reporting verb from ``lexicons/cue_verbs.txt`` in any of its inflected forms
("said", "tells", "tweeting"). Where the form is also a noun ("report", "calls", "note",
"claim"), it counts only where the tagger reads it as a verb. Beside the verbs, news copy
attributes with "according to X", "as X put it" and a dash before a name on the quote's line.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.referents import NP_TAGS

DASHES = frozenset({"—", "–", "―", "--", "-"})


@functools.cache
def _noun_forms() -> frozenset[str]:
    """Cue forms that are also nouns ("report", "reports", "call", "note", "claims")."""
    return frozenset(form for form, lemma in lexicons.cue_forms().items() if form in lexicons.noun_inflections(lemma))


def also_a_noun(word: str) -> bool:
    """Whether ``word`` (any case) is a cue form that is also a noun ("state", "report", "calls")."""
    return word.lower() in _noun_forms()


def is_cue_word(word: str) -> bool:
    """Whether ``word`` (any case) is a form of a reporting verb, whatever its tag."""
    return word.lower() in lexicons.cue_forms()


# Verbs of perceiving ("he heard shouting: “…”", "she heard a man yell “…”"): the words after one
# are whom the subject heard, not the subject's (``perception_verbs.txt``).
PERCEPTION_FORMS = lexicons.verb_forms("perception_verbs")


@functools.cache
def phrasal_particles() -> dict[str, frozenset[str]]:
    """The forms of the verbs of ``phrasal_cue_verbs.txt`` -> the particles that make them cues
    ("shot" -> {"back"})."""
    out: dict[str, set[str]] = {}
    for phrase in lexicons.words("phrasal_cue_verbs"):
        verb, particle = phrase.split()
        for form in lexicons.inflections(verb):
            out.setdefault(form, set()).add(particle)
    return {form: frozenset(particles) for form, particles in out.items()}


def phrasal_cue(token: Token) -> bool:
    """Whether ``token`` is the verb of a phrasal reporting verb here: "shot back", "chimed in"
    (the particle right after it, the verb tagged as one)."""
    particles = phrasal_particles().get(token.lower_)
    if particles is None or not token.tag_.startswith("VB") or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ in particles


def _compound_tail(token: Token) -> bool:
    """Whether ``token`` ends a hyphenated word ("self-described", "so-called", "much-quoted")."""
    i = token.i
    if i < 2:
        return False
    hyphen = token.doc[i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not token.doc[i - 2].whitespace_


def _before_its_noun(token: Token) -> bool:
    """Whether the participle ``token`` modifies the noun after it, after an article, a possessive
    or a preposition and at most one adverb ("a widely shared op-ed", "the released statement",
    "his recently published memo", "used for alleged espionage")."""
    doc, i = token.doc, token.i
    if token.tag_ not in ("VBN", "JJ") or i + 1 >= len(doc) or doc[i + 1].tag_ not in ("NN", "NNS") or i == 0:
        return False
    k = i - 1 if doc[i - 1].tag_ != "RB" else i - 2
    return k >= 0 and doc[k].tag_ in ("DT", "PRP$", "IN")


def is_cue(token: Token) -> bool:
    """Whether ``token`` is a reporting verb here (a noun-like form needs a verb tag; a phrasal
    one, its particle: ``phrasal_cue``)."""
    low = token.lower_
    if low not in lexicons.cue_forms():
        return phrasal_cue(token)
    if _compound_tail(token) or _before_its_noun(token):
        return False  # "the self-described socialist", "so-called", "a widely shared op-ed": adjectives
    if low in _noun_forms() or token.text[:1].isupper() and token.i > 0 and not token.is_sent_start:
        return token.tag_.startswith("VB")
    return True


def noun_read_cue(doc, token: Token, k: int) -> bool:
    """Whether a cue form the tagger read as a plural noun is the verb after all: after a quotation,
    a noun phrase and then "states", "notes" or "reports" closing the clause ("“…,” McCarthy's
    email states.") is subject and verb; ``k`` counts the words since the quotation. Not when that
    noun phrase is a preposition's object ("“…,” on Monday in three swing states."): it is then
    no subject, and the plural is the phrase's noun."""
    low = token.lower_
    if k == 0 or token.tag_ != "NNS" or not low.endswith("s") or low not in lexicons.cue_forms():
        return False
    previous = doc[token.i - 1]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    closes = following is None or following.text in (".", ",", ";")
    if not (closes and previous.tag_ in ("NN", "NNP", "NNS")):
        return False
    start = token.i - 1
    while start > 0 and doc[start - 1].tag_ in NP_TAGS:
        start -= 1
    return start == 0 or doc[start - 1].tag_ not in ("IN", "TO")


def cue_lemma(token: Token) -> str | None:
    return lexicons.cue_forms().get(token.lower_)


@functools.cache
def _catenatives() -> tuple[tuple[frozenset[str], ...], ...]:
    """The phrases of ``catenative_verbs.txt`` as the words each position matches (the verb in
    any inflected form), longest first."""
    out = []
    for phrase in lexicons.words("catenative_verbs"):
        words = phrase.split()
        verb = next(w for w in words if w != "never")
        out.append(tuple(lexicons.inflections(verb) if w == verb else frozenset({w}) for w in words))
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def _catenative_ends() -> frozenset[str]:
    return frozenset(word for phrase in _catenatives() for word in phrase[-1])


def catenative_start(tokens: Sequence[Token], k: int) -> int:
    """Where a phrase leading to the cue at ``k`` starts ("used to | say", "is fond of | saying",
    "likes to | say"); ``k`` itself when there is none. Its subject stands before that start."""
    if k == 0 or tokens[k - 1].lower_ not in _catenative_ends():
        return k  # (every phrase ends in "to", "of" or a form of "keep": most cues are done here)
    for phrase in _catenatives():
        n = len(phrase)
        if k - n >= 0 and all(tokens[k - n + m].lower_ in phrase[m] for m in range(n)):
            return k - n
    return k


def leads_to_cue(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` opens such a phrase before a cue ("used" of "used to say")."""
    return any(is_cue(tokens[j]) and catenative_start(tokens, j) <= i for j in range(i + 1, min(len(tokens), i + 5)))


# Forms of "be"; they (and "get") before a past participle make it passive: "was described",
# "got called".
BE_FORMS = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re"})
_PASSIVE_AUXILIARIES = BE_FORMS | {"get", "gets", "got"}


# Passive cues whose subject still speaks: "Roe was quoted (heard, recorded) saying “…”".
SPEAKING_PASSIVES = frozenset({"quoted", "heard", "overheard", "recorded", "caught", "filmed", "seen"})


def spoken_of(tokens: Sequence[Token], k: int) -> bool:
    """Whether the cue at ``tokens[k]`` is passive with a subject that is spoken of, not speaking
    ("Roe was described as “…”", not "Roe was quoted saying"): the words are the agent's."""
    return is_passive(tokens, k) and tokens[k].lower_ not in SPEAKING_PASSIVES


def is_passive(tokens: Sequence[Token], k: int) -> bool:
    """Whether the past participle at ``tokens[k]`` is passive ("was described", "had been
    considered", "is widely called"): its subject is who is spoken of, not who speaks."""
    if tokens[k].tag_ != "VBN":
        return False
    j = k - 1
    while j >= 0 and tokens[j].tag_ in ("RB", "RBR", "RBS"):
        j -= 1
    return j >= 0 and tokens[j].lower_ in _PASSIVE_AUXILIARIES


def passive_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether the first verb after the name at ``tokens[index]`` is passive ("Roe, 31, was
    later indicted", "Roe had been considered"): the name is what the sentence speaks of."""
    k = index + 1
    while k < len(tokens) and not tokens[k].tag_.startswith(("VB", "MD")):
        if tokens[k].tag_ in ("IN", "WRB", "-LRB-"):
            return False  # "Roe, in response to whether he had been told": another clause's verb
        k += 1
    while k < len(tokens) and tokens[k].tag_.startswith(("VB", "MD", "RB")):
        if is_passive(tokens, k):
            return True
        k += 1
    return False


# What the attribution frames (``cue_after``, ``attribution``) find for a quotation.
@dataclass
class Attribution:
    speaker: str | None
    cue: str | None
    # How it was found: "cue" (a reporting verb next to the quote), "shared subject" (a participle
    # joined to a clause: its subject, which may name no one), "owner" (the possessor of words
    # right before it, who may be unnamed: "a reader's post that “…”"), "passive" (the agent of a
    # passive cue, who may be unnamed: "was described as “…”"), "unnamed subject" (a cue whose
    # subject names no one: "police said"), "anonymous" (a cue whose subject the story says it
    # does not name: "said a man who would not give his name"), "relayed" (an outlet relays someone
    # it does not name: "CNN quoted one attendee as saying"), "perceived" (what the subject heard
    # or saw someone say, who may be unnamed: "he heard shouting: “…”"), "inherited", "exchange"
    # (the other party's turn in questions and answers, ``replies.turn_in_exchange``), "subject",
    # "none".
    how: str = "cue"


@functools.cache
def reply_forms() -> frozenset[str]:
    """The forms of the reply verbs ("responded", "retorts") and of the phrasal ones with "back"
    whose verb is no cue alone ("shot back", "fired back": the verb's forms; not "wrote back")."""
    forms: set[str] = set()
    for lemma in lexicons.words("reply_verbs"):
        forms |= lexicons.inflections(lemma)
    for phrase in lexicons.words("phrasal_cue_verbs"):
        verb, particle = phrase.split()
        if particle == "back" and verb not in lexicons.cue_forms():
            forms |= lexicons.inflections(verb)  # "shot" is a cue only as "shot back"; "wrote" is one alone
    return frozenset(forms)
