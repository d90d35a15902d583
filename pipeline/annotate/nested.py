"""Who speaks a quotation inside a quotation: “Mr. Pruitt said, ‘Give me your keys,’” said Jordan.

The words inside the outer quotation are its speaker's, so a cue right before the inner one, in
the same sentence of those words, says whom the outer speaker quotes: a person the story names
("Mr. Pruitt said, ‘…’"), or the outer speaker themselves ("I told him, ‘…’", "I was like ‘…’"). Any other subject
("he says", "my brother said", "they just said") is the outer speaker's to resolve, from where
they stood, not the story's, so it names no one here and the inner quotation keeps no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.cues import Attribution, is_cue
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import skips_before_cue

# Words that may stand between a cue and the inner quotation's opening mark.
_BEFORE_MARK = frozenset({",", ":", "-", "—", "–"})
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
    doc: Doc, entity_at: dict, inner: QuoteSpan, outer: QuoteSpan, outer_speaker: str | None
) -> Attribution | None:
    """The speaker of the quotation ``inner`` inside ``outer`` (whose speaker is
    ``outer_speaker``), from a reporting verb right before its opening mark; ``entity_at`` maps
    token index → (entity, …). None when no such cue names someone."""
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
    elif not is_cue(cue) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # (not "came in saying, ‘…’": a participle's subject is further back)
    while k > 0 and (skips_before_cue(tokens[k]) or (tokens[k].tag_ == "RB" and tokens[k].text.islower())):
        k -= 1  # "I just said", "Mr. Pruitt then said"
    subject = tokens[k]
    if subject.lower_ == "i":
        return Attribution(outer_speaker, cue.text) if outer_speaker else None
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
