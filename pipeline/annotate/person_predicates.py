"""Names a sentence says are a person's by what it predicates of them: "Imogen Blackwood was a
public defender", "Ambrose Kettleworth is not a politician", "Hal Oduya has been a firefighter".

Profiles and analysis introduce people so, with nothing else around the name (no title, no
apposition, no quotation of theirs yet), and the small model reads many such names as an
organisation or a place, or tags neither word. A copula and a noun for a person (a role, an
occupation, a relative, an everyday noun: ``person_spans.ROLES_OF_PERSONS``) is evidence no
organisation gives, except for the roles a firm may hold too ("Acme is a partner", "the owner").
The other evidence read around a span is in ``person_evidence.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.organisations import DEMONYMS, is_known_place, org_cue
from pipeline.annotate.person_spans import ROLES_FIRMS_HOLD, ROLES_OF_PERSONS
from pipeline.annotate.untagged_persons import untagged_subject_pairs

# The verbs that say what someone is ("is", "was", "has been", "became"), in the singular: "are"
# and "were" take a plural subject, which no one person's name is.
_COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained"})
_PERFECT = frozenset({"has", "had"})
# Words between the copula and the noun phrase: "is not", "was also", "is now", "had long been".
_BETWEEN = frozenset({"not", "also", "now", "still", "once", "already", "long", "never"})
_DETERMINERS = frozenset({"a", "an", "the"})
_COMPANY_FORMS = lexicons.company_forms()


def role_predicate_at(doc: Doc, j: int) -> bool:
    """Whether the words from token ``j`` say that the subject before them is a person: a
    singular copula ("is", "was", "has been", "became"), a determiner, at most three modifiers
    and a noun for a person no firm is ("a public defender", "the retired firefighter"), the
    phrase ending there; or, with no determiner, a title ("is deputy governor")."""
    return _predicate(doc, j) is not None


def role_predicate(doc: Doc, j: int) -> list[Token] | None:
    """The words of such a predicate's noun phrase (its modifiers and head), or None; and None
    when the copula is negated ("is not a politician" says what he is not, though he is a person:
    ``role_predicate_at`` reads that too)."""
    found = _predicate(doc, j)
    return found[0] if found is not None and not found[1] else None


def _predicate(doc: Doc, j: int) -> tuple[list[Token], bool] | None:
    """(the noun phrase's words, whether the copula is negated) of a role predicate from ``j``."""
    n = len(doc)
    k = j
    if k < n and doc[k].lower_ in _PERFECT:
        k += 1
        while k < n and doc[k].lower_ in _BETWEEN:
            k += 1
        if k >= n or doc[k].lower_ != "been":
            return None
    elif k >= n or doc[k].lower_ not in _COPULAS:
        return None
    k += 1
    between = k
    while k < n and doc[k].lower_ in _BETWEEN:
        k += 1
    negated = any(t.lower_ in ("not", "never") for t in doc[between:k])
    determined = k < n and doc[k].lower_ in _DETERMINERS
    if determined:
        k += 1
    start = k
    while k < n and k - start < 4 and doc[k].tag_ in ("JJ", "NN", "VBN", "HYPH") and doc[k].is_lower:
        k += 1
    if k == start:
        return None
    head = doc[k - 1].lower_
    if k < n and doc[k].tag_ in ("NN", "NNS", "NNP", "POS"):
        return None  # "is a defender of …" ends here; "is a teacher union" does not
    if head not in ROLES_OF_PERSONS or head in ROLES_FIRMS_HOLD:
        return None
    if not determined and not lexicons.is_title_word(head):
        return None  # (no determiner: only a title, "is deputy governor"; not "is nurse-led")
    return list(doc[start:k]), negated


def has_role_predicate(ent: Span, text: str) -> bool:
    """Whether a span of two or three capitalised words the model read as something else is the
    subject of a predicate that makes it a person ("Imogen Blackwood was a public defender"),
    none of its words a place, a people, a legal form or the head of an organisation's name, and
    no organisation cue around it."""
    words = text[ent.start_char : ent.end_char].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(
        is_known_place(w) or w in DEMONYMS or w.lower() in _COMPANY_FORMS or lexicons.heads_a_name(w) for w in words
    ):
        return False
    if org_cue(text, ent.start_char, ent.end_char, sports=False):
        return False
    return role_predicate_at(ent.doc, ent.end)


def persons_with_role_predicates(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of two capitalised words no entity covers that open a sentence as
    the subject of such a predicate: "Ambrose Kettleworth is not a politician." with the model's
    tags on neither word (``untagged_persons.untagged_subject_pairs``)."""
    return [
        (first.idx, last.idx + len(last)) for i, first, last in untagged_subject_pairs(doc) if role_predicate_at(doc, i)
    ]
