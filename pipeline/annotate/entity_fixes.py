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
from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.phrases import ANSWER_LABEL, QUESTION_LABEL

COMPONENT = "wire_ingest_entity_fixes"
_CALENDAR = lexicons.words("month_and_day_names.txt")
# The labels of a printed interview's question and answer ("Q: …", "A: …"), which the model may
# read as a person's initial.
_INTERVIEW_LABELS = frozenset({QUESTION_LABEL, ANSWER_LABEL})


@Language.component(COMPONENT)
def fix_entities(doc: Doc) -> Doc:
    labels = [e for e in doc.ents if len(e) == 1 and e.text in _INTERVIEW_LABELS and _before_a_colon(doc, e.end)]
    if labels:
        doc.ents = [e for e in doc.ents if e not in labels]
    dates = [e for e in doc.ents if e.label_ == "DATE" and len(e) == 1 and _name_like(e[0])]
    if not dates:
        return doc
    names = {e.text for e in dates if e.start > 0 and _opens_a_name(doc, e.start - 1)}
    if names:
        doc.ents = [e for e in doc.ents if not (e.label_ == "DATE" and len(e) == 1 and e.text in names)]
    return doc


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
