"""Who speaks a quotation inside a quotation: “Mr. Pruitt said, ‘Give me your keys,’” said Jordan.

The words inside the outer quotation are its speaker's, so a cue right before the inner one, in
the same sentence of those words, says whom the outer speaker quotes: a person the story names
("Mr. Pruitt said, ‘…’", or the subject of the sentence whose second verb the cue is: "Felix sat
down next to me and said, ‘…’"), or the outer speaker themselves ("I told him, ‘…’", "I was like
‘…’"). Any other subject ("he says", "my brother said", "they just said") is the outer speaker's
to resolve, from where they stood, not the story's, so it names no one here and the inner
quotation keeps no speaker; unless the story says whom the outer quotation is about: "“He used
to say, ‘…’” Cole said of her father, Felix." makes "he" Felix.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import Attribution, is_cue
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import skips_before_cue

# Words that may stand between a cue and the inner quotation's opening mark.
_BEFORE_MARK = frozenset({",", ":", "-", "—", "–"})
_QUOTE_MARKS = frozenset("\"“”‘’'")
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
# Forms of "be" before the quotative "like" ("I was like, ‘…’", "I'm like ‘…’").
_QUOTATIVE_BE = frozenset({"was", "am", "'m", "’m", "is", "'s", "’s"})


def enclosing(spans: list[QuoteSpan], i: int) -> int | None:
    """The index of the top-level span whose marks enclose the nested span ``i``."""
    inner = spans[i]
    for k in range(i - 1, -1, -1):
        outer = spans[k]
        if not outer.nested and outer.start <= inner.open_mark and inner.end <= outer.end:
            return k
    return None


def nested_attribution(
    doc: Doc,
    entity_at: dict,
    inner: QuoteSpan,
    outer: QuoteSpan,
    outer_speaker: str | None,
    gender_of: Callable[[str], str | None] = lambda name: None,
) -> Attribution | None:
    """The speaker of the quotation ``inner`` inside ``outer`` (whose speaker is
    ``outer_speaker``), from a reporting verb right before its opening mark; ``entity_at`` maps
    token index → (entity, …), ``gender_of`` a person's name to 'm', 'f' or None. None when no
    such cue names someone."""
    span = doc.char_span(outer.start, inner.open_mark, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[-1].text in _BEFORE_MARK:
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[-1].lower_ in _OBJECT_PRONOUNS and is_cue(tokens[-2]):
        tokens = tokens[:-1]  # "I told her, ‘…’"
    if len(tokens) < 2:
        return None
    cue = tokens[-1]
    k = len(tokens) - 2
    if cue.lower_ == "like" and tokens[k].lower_ in _QUOTATIVE_BE:
        k -= 1  # the quotative "I was like, ‘…’": what I said, or thought
    elif is_cue(cue) and cue.tag_ == "VB" and k >= 2 and tokens[k].lower_ == "to" and tokens[k - 1].lower_ == "used":
        k -= 2  # "He used to say, ‘…’"
    elif not is_cue(cue) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # (not "came in saying, ‘…’": a participle's subject is further back)
    while k > 0 and (skips_before_cue(tokens[k]) or (tokens[k].tag_ == "RB" and tokens[k].text.islower())):
        k -= 1  # "I just said", "Mr. Pruitt then said"
    subject = tokens[k]
    if subject.lower_ == "and":
        subject = _subject_of_first_verb(tokens, k, entity_at) or subject  # "Felix sat down … and said"
    if subject.lower_ == "i":
        return Attribution(outer_speaker, cue.text) if outer_speaker else None
    if subject.lower_ in ("he", "she"):
        about = _spoken_of(doc, entity_at, outer, outer_speaker)
        if about is not None and gender_of(about.name) in (None, "m" if subject.lower_ == "he" else "f"):
            return Attribution(about.name, cue.text)
        return None
    hit = entity_at.get(subject.i)
    if hit is None or hit[0].label != "PERSON":
        return None
    start = k
    while start > 0 and entity_at.get(tokens[start - 1].i, (None,))[0] is hit[0]:
        start -= 1
    while start > 0 and lexicons.is_title_word(tokens[start - 1].text):
        start -= 1  # "Mr.", "Officer"
    if start > 0 and tokens[start - 1].tag_ in ("IN", "TO", "POS"):
        return None  # "the wife of Mr. Pruitt said": not the name's own words
    return Attribution(hit[0].name, cue.text)


def _can_be_subject(token: Token, entity_at: dict) -> bool:
    """Whether ``token`` may be the cue's subject: "I", "he", "she" or a person's name."""
    hit = entity_at.get(token.i)
    return token.lower_ in ("i", "he", "she") or (hit is not None and hit[0].label == "PERSON")


def _subject_of_first_verb(tokens: list[Token], k: int, entity_at: dict) -> Token | None:
    """The subject of the sentence (inside the quotation) whose second verb is the cue right after
    the "and" at token ``k``: "Felix sat down next to me and said", "The captain, Roy Buckner, got
    on the intercom and said": the sentence opens with "I", "he", "she" or a person's name (a
    title or a role set beside it may come first), then one verb and its words, no comma after
    them, no second verb ("I came in and it was like, no, my cousin came in and said" is not
    mine)."""
    start = k
    while start > 0 and tokens[start - 1].text not in (".", "!", "?", ";"):
        start -= 1
    subject = next((t for t in tokens[start:k] if _can_be_subject(t, entity_at)), None)
    if subject is None or any(
        t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens[start : subject.i - tokens[0].i]
    ):
        return None
    end = subject.i - tokens[0].i + 1
    while end < k and entity_at.get(tokens[end].i, (None,))[0] is entity_at.get(subject.i, (None,))[0] is not None:
        end += 1
    first = subject.i - tokens[0].i
    while (
        first > start
        and entity_at.get(tokens[first - 1].i, (None,))[0] is entity_at.get(subject.i, (None,))[0] is not None
    ):
        first -= 1
    if end < k and tokens[end].text == ",":
        if first == start or tokens[first - 1].text != ",":
            return None  # ("Roe, who …,": no verb of hers right after the name)
        end += 1  # "The captain, Roy Buckner, got …": the name set beside the subject
    verbs = [t for t in tokens[end:k] if t.tag_.startswith("VB") or t.tag_ == "MD"]
    if not verbs or verbs[0] is not tokens[end] or len(verbs) > 1 or any(t.text == "," for t in tokens[end:k]):
        return None
    return subject


def _spoken_of(doc: Doc, entity_at: dict, outer: QuoteSpan, outer_speaker: str | None):
    """The person the quotation ``outer`` is about, when the cue of its paragraph says so: "“…,”
    Cole said of her father, Felix. “…”" (the first person named after "of" in that sentence)."""
    text = doc.text
    lo = text.rfind("\n", 0, outer.open_mark) + 1
    hi = text.find("\n", outer.end)
    span = doc.char_span(lo, hi if hi >= 0 else len(text), alignment_mode="contract")
    if span is None:
        return None
    tokens = list(span)
    for j, token in enumerate(tokens):
        if token.lower_ != "of" or j == 0 or not is_cue(tokens[j - 1]) or outer.open_mark <= token.idx < outer.end:
            continue
        for other in tokens[j + 1 : j + 12]:
            if other.text in (".", "!", "?", ";") or other.text in _QUOTE_MARKS:
                return None
            hit = entity_at.get(other.i)
            if hit is not None and hit[0].label == "PERSON" and hit[0].name != outer_speaker:
                return hit[0]
        return None
    return None
