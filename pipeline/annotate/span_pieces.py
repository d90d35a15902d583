"""How one NER span is read before the name rules type it: the names inside it ("Grace Road,
Leicester" is two; "Acme, Inc." and "Lloyd's Bank" one), whether a piece is plausibly an entity of
its label ("State" of "Secretary of State", a shouted "BREAKING", "Clerk" of "Clerk of Court Ann
Roe" are none), an inverted cue opening a person's span ("Said Brennan"), and spans cut at a
reporting verb the model ran into a name. Split from ``name_spans.py``, whose ``raw_mentions``
calls these.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import tags_of, words_of
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.person_evidence import age_at
from pipeline.annotate.person_spans import glued_hyphen
from pipeline.annotate.person_titles import postnominal_alone
from pipeline.annotate.span_repairs import FUNCTION_TAGS, office_of_a_role

# Where one NER span holds two names: a line break, ", ", " or ", " at ", a spaced dash, brackets.
_SEPARATOR = re.compile(r"\s*\n\s*|,\s+|\s+(?:or|at)\s+|\s+[-–—]+\s+|\s*[()]\s*|['’]s\s+(?=[A-Z])")
_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
_COMMON_TAGS = frozenset({"NN", "NNS", "RB", "VB", "VBG", "VBN", "VBZ", "VBD"})
_CABINET_TITLES = lexicons.words("cabinet_titles.txt")


def pieces(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the names inside one NER span: "Grace Road, Leicester" is two, and
    so are "Leeds or Hull", "the Acme Index (ACX" and "Okafor's Varno Front"; "Acme, Inc." and
    "Acme's Bank" stay one."""
    out: list[tuple[int, str]] = []
    pos = 0
    for match in _SEPARATOR.finditer(text):
        rest = text[match.end() :]
        if match.group(0).startswith(",") and rest.rstrip(".").lower() in _COMPANY_FORMS:
            continue
        if match.group(0)[:1] in "'’" and (
            pos != 0 or _names_a_firm(rest) or _peoples_word(text[: match.start()]) or _office_of_a_role(rest)
        ):
            # "Acme's Bancshares", "Lloyd's Bank": the possessive is the firm's name; "Women's
            # Health Research Alliance": a body's name opens with the people it serves; "the Cook
            # County State's Attorney's Office": an office named after the role that heads it
            continue
        out.append((pos, text[pos : match.start()]))
        pos = match.end()
    out.append((pos, text[pos:]))
    return [(offset, piece) for offset, piece in out if piece.strip()]


def _peoples_word(text: str) -> bool:
    """Whether ``text`` (before a possessive, after any "the") is a plural noun for people
    ("Women", "Veterans"), or capitalised words before one ("the Oklahoma Cattlemen")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    opening = 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    return opening and lexicons.is_plural_person_noun(words[-1].lower())


def _office_of_a_role(rest: str) -> bool:
    """Whether ``rest`` is a role's possessive and the word that heads a body's name after it
    ("Attorney's Office", "Sheriff’s Department")."""
    words = rest.split()
    return len(words) == 2 and words[0][-2:] in ("'s", "’s") and office_of_a_role(words[0][:-2], words[1])


def _names_a_firm(rest: str) -> bool:
    first = rest.split(" ", 1)[0].rstrip(".").lower()
    return first in _COMPANY_FORMS or first in _NAME_HEADS


def plausible(span: Span, label: str, text: str) -> bool:
    """False for mentions that are plainly not entities of their label."""
    if label == "PERSON":
        if any(ch.isdigit() for ch in text) or len(text) < 2:
            return False
        # A person's name has a proper noun in it; "Breakthrough" in a title-cased line does not.
        # (The tagger may read a rare name's words as a noun and a participle, "Ravi Sayed, 26,":
        # two or three title-case words with an age after them are a name.)
        if not any(t.tag_ in ("NNP", "NNPS") for t in span if t.text[:1].isupper()) and not (
            2 <= len(span) <= 3 and all(t.is_alpha and t.is_title for t in span) and age_at(span.doc, span.end)
        ):
            return False
        if text.isupper() and len(text) > 4 and " " not in text:
            return False  # "BREAKING", a shouted word
        doc = span.doc
        if len(span) == 1 and span.end + 1 < len(doc) and glued_hyphen(doc[span.end]) and doc[span.end + 1].is_lower:
            return False  # "Runner-up Dana Whitfield": the first half of a hyphened role, no name
        if len(span) == 1 and _role_of_before_name(span):
            return False  # "Clerk of Court Tanisha Mullings": the role's first word, no name
    if label in ("ORG", "GPE", "NORP", "LOC") and text.lower() in {"he", "she", "they", "it", "we"}:
        return False
    if label != "PERSON" and postnominal_alone(span):
        return False  # "Valentine Grizzle, KC,": the letters after the name
    if label == "ORG" and len(span) == 1 and span.end < len(span.doc) and _portfolio_before(span.doc[span.end]):
        return False  # "Education Minister Ana Reyes": the portfolio is part of the title
    if label in ("ORG", "GPE", "LOC", "FAC") and len(span) == 1 and span[0].tag_ in _COMMON_TAGS and _opens(span[0]):
        return False  # "Prices of bonds fell", "Descriptions of the car": a common word opening a sentence
    if (
        label == "ORG"
        and len(span) == 1
        and span[0].lower_ in lexicons.words("organisation_nouns")
        and _opens(span[0])
        and span.end < len(span.doc)
        and span.doc[span.end].is_lower
    ):
        return False  # "Party sources said", "Council members voted": a body's noun opening a sentence
    if span[-1].tag_ in FUNCTION_TAGS and span[-1].text[:1].islower():
        return False  # "Trump accused Holt of being a": a name does not end on "a" or "of"
    return True


def _role_of_before_name(span: Span) -> bool:
    """Whether a one-word span is a role noun opening an "of" title right before a person's name
    ("Clerk of Court Tanisha Mullings", "Registrar of Deeds Ana Reyes"): up to three capitalised
    words after "of", then a name the model tagged as a person."""
    doc = span.doc
    if span[0].lower_ not in lexicons.role_nouns() or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    k = span.end + 1
    while k < len(doc) and k - span.end <= 3 and doc[k].is_title and doc[k].ent_type_ != "PERSON":
        k += 1
    return k < len(doc) and k > span.end + 1 and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


def _portfolio_before(token: Token) -> bool:
    return token.is_title and token.lower_ in _CABINET_TITLES


def inverted_cue(ent: Span) -> bool:
    """ "Said Brennan: “…”", "Added Marsh, …": a capitalised reporting verb that opens the
    sentence, read by the model as part of the name after it (a colon or comma, then the
    quotation, follows; "Said Hamdan, a professor," is a name)."""
    first, doc = ent[0], ent.doc
    return (
        len(ent) >= 2
        and first.text[:1].isupper()
        and is_cue_word(first.lower_)
        and _opens(first)
        and ent.end + 1 < len(doc)
        and doc[ent.end].text in (":", ",")
        and doc[ent.end + 1].text in ('"', "“", "‘", "'", "«")
    )


def _opens(token: Token) -> bool:
    """Whether ``token`` opens a sentence, a line or a clause after a dash or colon, where any
    word is capitalised (the parser is off: a full stop before it says so)."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.text in (".", "?", "!", "-", "--", ":", '"', "“") or "\n" in before.text_with_ws


def split_at_cues(ents):
    """The NER's spans, each cut in two at a reporting verb in lower case inside it: "“…,” Valcourt
    told Vogue." read as one work of art is a name, the verb and an outlet; and at a comma before a
    name an age follows: "outside Bentiu, Nyaluak, 41, said" read as one organisation is a place
    and a person, each read on its own."""
    words = tags = None
    for ent in ents:
        k = None
        if ent.end - ent.start >= 3 and age_at(ent.doc, ent.end):
            comma = max((i for i in range(ent.start + 1, ent.end - 1) if ent.doc[i].text == ","), default=None)
            if comma is not None:
                yield Span(ent.doc, ent.start, comma, label=ent.label_)
                yield Span(ent.doc, comma + 1, ent.end, label=ent.label_)
                continue
        if ent.end - ent.start >= 3:
            if words is None:
                words, tags = words_of(ent.doc), tags_of(ent.doc)
            k = next(
                (
                    i
                    for i in range(ent.start + 1, ent.end - 1)
                    if tags[i] in ("VBD", "VBZ") and words[i].islower() and is_cue_word(words[i])
                ),
                None,
            )
        if k is None:
            yield ent
            continue
        yield Span(ent.doc, ent.start, k, label=ent.label_)
        yield Span(ent.doc, k + 1, ent.end, label=ent.label_)
