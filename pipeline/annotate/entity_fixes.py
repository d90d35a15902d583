"""Workarounds for entities the small English model misreads, as a pipeline component.

The model sometimes takes a rare surname for a date ("Representative Gideon Farraday" with
"Farraday" a DATE and "Gideon" nothing). A date label on a capitalised word right after a given
name or a title is dropped here, after the NER, together with that word's other date labels in
the story; the name finders then read the name as untagged, as they read any name the model
missed. The "Q" and "A" that label a printed interview's turns before a colon are dropped too (the
model may read "Q" as a person). Every other entity stays as the model made it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.phrases import ANSWER_LABEL, QUESTION_LABEL

COMPONENT = "wire_ingest_entity_fixes"
_CALENDAR = lexicons.words("month_and_day_names.txt")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The labels of a printed interview's question and answer ("Q: …", "A: …"), which the model may
# read as a person's initial.
_INTERVIEW_LABELS = frozenset({QUESTION_LABEL, ANSWER_LABEL})


@Language.component(COMPONENT)
def fix_entities(doc: Doc) -> Doc:
    labels = [e for e in doc.ents if len(e) == 1 and e.text in _INTERVIEW_LABELS and _before_a_colon(doc, e.end)]
    if labels:
        doc.ents = [e for e in doc.ents if e not in labels]
    if any(_verb_inside(e) is not None for e in doc.ents if len(e) > 2):
        doc.ents = [piece for e in doc.ents for piece in _cut_at_verb(e)]
    if any(_person_before_of(e) for e in doc.ents if len(e) > 3):
        doc.ents = [piece for e in doc.ents for piece in _person_and_body(e)]
    dates = [e for e in doc.ents if e.label_ == "DATE" and len(e) == 1 and _name_like(e[0])]
    if not dates:
        return doc
    names = {e.text for e in dates if e.start > 0 and _opens_a_name(doc, e.start - 1)}
    if names:
        doc.ents = [e for e in doc.ents if not (e.label_ == "DATE" and len(e) == 1 and e.text in names)]
    return doc


def _verb_inside(ent: Span) -> int | None:
    """The index of a finite verb in lower case inside ``ent``, past its first word: no name holds
    one ("The Civil Aviation Directorate fined Skyline Commuter" read as one organisation)."""
    return next((t.i for t in ent[1:-1] if t.tag_ in _FINITE_TAGS and t.is_lower), None)


def _cut_at_verb(ent: Span) -> list[Span]:
    """``ent``, or its pieces before and after a finite verb inside it (each kept when it opens
    with a capital), with the label the model gave the whole."""
    k = _verb_inside(ent) if len(ent) > 2 else None
    if k is None:
        return [ent]
    doc = ent.doc
    pieces = [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
    return [p for p in pieces if len(p) and p[0].text[:1].isupper()]


def _person_before_of(ent: Span) -> bool:
    """Whether an organisation's span opens with a person's name before "of": "Beatriz Quiñones of
    the Women" (of "the Women's Refugee Legal Network"), a given name and a capitalised word that
    heads no organisation's name ("Georgia Institute of Technology" stays)."""
    if ent.label_ not in ("ORG", "FAC", "GPE") or len(ent) < 4 or ent[2].lower_ != "of":
        return False
    given, surname = ent[0], ent[1]
    return (
        lexicons.is_given_name(given.text)
        and surname.tag_ in ("NNP", "NNPS")
        and surname.is_alpha
        and surname.is_title
        and not lexicons.heads_a_name(surname.text)
        and not lexicons.is_title_word(surname.text)
    )


def _person_and_body(ent: Span) -> list[Span]:
    """``ent`` cut into the person it opens with and the body after "of" (past "the"), when
    ``_person_before_of``; else ``ent``."""
    if not _person_before_of(ent):
        return [ent]
    doc, body = ent.doc, ent.start + 3
    if body < ent.end and doc[body].lower_ == "the":
        body += 1
    pieces = [Span(doc, ent.start, ent.start + 2, label="PERSON")]
    if body < ent.end and doc[body].text[:1].isupper():
        pieces.append(Span(doc, body, ent.end, label=ent.label_))
    return pieces


def _before_a_colon(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].text in (":", ".:")


def _name_like(token: Token) -> bool:
    return token.tag_ == "NNP" and token.is_alpha and token.is_title and token.lower_ not in _CALENDAR


def _opens_a_name(doc: Doc, k: int) -> bool:
    """Whether token ``k`` stands before a surname: a title ("Representative", "Sen.") or a
    capitalised proper noun the model tagged as nothing that is no calendar word."""
    token = doc[k]
    if token.text == "." and k > 0:
        token = doc[k - 1]  # "Sen." split from its full stop
    if lexicons.is_title_before_name(token.text):
        return True
    return not token.ent_type_ and _name_like(token) and not lexicons.is_title_word(token.text)
