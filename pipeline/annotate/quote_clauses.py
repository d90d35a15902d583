"""Which clause of its sentence a quotation stands in, when the frames find a cue on both sides
of it: whether the sentence so far introduces it with a cue ("paused and said, “…”"), reports it
in a clause of its own ("Lockwood said broadband was “…”"), or holds it inside an opening or a
"that" clause with that clause's own cue ("When Kolb promised to “…,”", "…, who noted that Hale
had called such limits “…,”"). Then the verb of the sentence after the quotation, or of the main
clause after it, is not its cue (``attribution.Attributor._from_frames`` asks these). Read from
the tagged tokens before the opening mark; no parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate.cues import is_cue
from pipeline.annotate.phrases import SUBORDINATORS


def introduced_by_cue(before: list[Token]) -> bool:
    """Whether the sentence before a quotation ends with a cue verb introducing it ("and said,",
    "told reporters:" is not: only the verb itself, then a comma or colon, or nothing)."""
    words = [t for t in before if not t.is_space]
    if words and words[-1].text in (",", ":"):
        words = words[:-1]
    return bool(words) and is_cue(words[-1]) and words[-1].tag_ in ("VBD", "VBZ", "VBP")


def inside_opening_clause(before: list[Token]) -> bool:
    """Whether the quotation stands inside an adverbial clause opening its sentence ("When Roe
    promised to “…,”", "After Roe called it “…,”"): the sentence so far opens with a
    subordinator, holds a cue verb and no comma that would have closed the clause."""
    words = [t for t in before if not t.is_space]
    return (
        len(words) > 2
        and words[0].lower_ in SUBORDINATORS
        and not any(t.text in (",", ";", ":") for t in words)
        and any(is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP") for t in words)
    )


def reported_before(before: list[Token]) -> bool:
    """Whether the sentence before a quotation set in it holds a finite cue verb before a word
    of its own ("Lockwood said rural broadband was “…”"): the quotation is part of what the
    cue reports."""
    words = [t for t in before if not t.is_space]
    cues = [k for k, t in enumerate(words) if is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP")]
    return bool(cues) and cues[0] > 0 and len(words) - cues[0] > 2


def reported_in_last_clause(before: list[Token]) -> bool:
    """Whether the quotation stands inside a "that" clause of the sentence so far whose finite cue
    verb follows its own subject ("…, who noted that Sen. Ruth Hale had once called such limits
    “…”"): no comma between that cue and the quotation, and the clause opened by "that"."""
    words = [t for t in before if not t.is_space]
    if not words or words[-1].text in (",", ":"):
        return False
    last_comma = max((k for k, t in enumerate(words) if t.text == ","), default=-1)
    clause = words[last_comma + 1 :]
    that = next((k for k, t in enumerate(clause) if t.lower_ == "that"), None)
    if that is None:
        return False
    cues = [k for k, t in enumerate(clause) if k > that + 1 and is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBN")]
    return bool(cues)
