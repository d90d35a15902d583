"""Replies: a reply ("“…,” the senator responded", "she shot back") right after another quotation
answers that quotation's speaker, so a description or pronoun resolved to that same speaker is a
misreading (the speaker would be answering themselves). ``quotes.find_quotes`` runs this after
the speakers are found and carried over; such a speaker is left empty. And an answer with no cue
of its own after a question put to someone named ("“Did you approve it?” Varga asked Deborah
Klein.¶“I did not.”") is the one asked (``answer_to_question``); a turn with no cue in an
exchange of questions and answers, or one that speaks back to the other party ("You implied
it."), is the other party's (``turn_in_exchange``); and a turn with no cue right after a paragraph
where one party put a question to another is the other's (``turn_after_one_party``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.attribution import Attribution, Attributor
from pipeline.annotate.cues import is_cue, reply_forms
from pipeline.annotate.focus_questions import QUESTION_FORMS
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import past_titles


def no_reply_to_oneself(
    spans: list[QuoteSpan],
    found: list[Attribution | None],
    paragraphs: list[tuple[int, int]],
    attributor: Attributor,
    furniture: set[int],
) -> None:
    """A reply ("“…,” the senator responded", "she shot back") right after another quotation
    answers that quotation's speaker: when a description or pronoun was resolved to that same
    speaker, the speaker is left empty (the words of the reply's own sentence do not name them)."""
    previous: int | None = None
    for i, span in enumerate(spans):
        if span.nested or i in furniture:
            continue
        mine, before = found[i], found[previous] if previous is not None else None
        if (
            mine is not None
            and mine.how == "cue"
            and mine.speaker is not None
            and mine.cue is not None
            and before is not None
            and before.speaker == mine.speaker
            and span.continues is None
            and spans[previous].paragraph >= span.paragraph - 1
        ):
            if mine.cue.lower() in reply_forms() and _answers(
                spans[previous], span, mine.speaker, paragraphs, attributor
            ):
                found[i] = Attribution(None, mine.cue, how="unnamed subject")
        previous = i


def _answers(
    before: QuoteSpan, span: QuoteSpan, speaker: str, paragraphs: list[tuple[int, int]], attributor: Attributor
) -> bool:
    """Whether the reply around ``span`` answers the quotation ``before``: its sentence comes right
    after the one holding ``before`` (no question in between: "We asked her … She answered"), its
    only cue is the reply's ("When Roe asked why, he replied" answers Roe), and it does not name the
    speaker the two quotations were given."""
    lo, hi = paragraphs[span.paragraph]
    start = attributor.sentence_start(span.open_mark, lo)
    if start <= before.start:
        return False  # “…,” she responded, “…”: the two halves of one reply, around its cue
    text = attributor.text
    b_lo, b_hi = paragraphs[before.paragraph]
    end = attributor.sentence_end(before.outer_end, b_hi)
    following = text[before.outer_end : before.outer_end + 40].lstrip()
    if text[before.start : before.end].rstrip()[-1:] in (".", "?", "!") and not following[:1].islower():
        end = before.outer_end  # “… not mine.” We asked …: the quotation closed its own sentence
    if text[end:start].strip():
        return False
    sentence = attributor.tokens_between(start, attributor.sentence_end(span.outer_end, hi))
    if sum(1 for t in sentence if is_cue(t)) > 1:
        return False
    return not any(t.i in attributor.entity_at and attributor.entity_at[t.i][0].name == speaker for t in sentence)


def answer_to_question(tokens: list[Token], asker: Attribution, attributor: Attributor) -> str | None:
    """The person asked in ``tokens``, a sentence that closes a question with its asker's cue
    ("“Did you approve it?” Paul Varga asked Deborah Klein."): the named person right after the
    question verb (past a title), whom a quotation with no cue of its own after it answers; None
    when the sentence puts no question to anyone named."""
    k = next((m for m, t in enumerate(tokens) if t.text == asker.cue and t.lower_ in QUESTION_FORMS), None)
    if k is None:
        return None
    # (the question may be a sentence of its own before the cue's: "“Did you …?” Varga asked")
    before = attributor.text[max(0, tokens[0].idx - 4) : tokens[0].idx].rstrip()
    if not any(t.text == "?" for t in tokens[:k]) and not before.endswith(("?”", '?"')):
        return None
    k = past_titles(tokens, k + 1, attributor.entity_at)
    hit = attributor.entity_at.get(tokens[k].i) if k < len(tokens) else None
    if hit is None or hit[0].label != "PERSON" or hit[0].name == asker.speaker:
        return None
    return hit[0].name


def turn_in_exchange(
    span: QuoteSpan,
    previous: QuoteSpan,
    earlier: QuoteSpan,
    found_previous: Attribution | None,
    found_earlier: Attribution | None,
    text: str,
    paragraphs: list[tuple[int, int]],
) -> Attribution | None:
    """In an exchange of questions and answers (a hearing, an interview, a briefing), a paragraph
    that is a quotation and nothing else, right after a turn of B that followed a turn of A in
    the paragraph before, is A's when it changes what B's turn was: a question after B's answer,
    an answer after B's question. "“Do you still believe that?” Delahunt asked.¶“I believe the
    law changed,” Thorsby responded.¶“So you concede you were wrong?”¶“No, Senator.”": the third
    is Delahunt's, the fourth Thorsby's. A's turn may name no one ("a reporter asked"): then
    no one. None when the turns do not alternate so (a speaker goes on: the caller inherits)."""
    if found_previous is None or found_earlier is None or found_previous.speaker is None:
        return None
    if found_earlier.speaker == found_previous.speaker or (found_earlier.speaker is None and found_earlier.cue is None):
        return None
    if earlier.paragraph != previous.paragraph - 1 or previous.paragraph != span.paragraph - 1:
        return None
    if text[span.outer_end : paragraphs[span.paragraph][1]].strip():
        return None  # more than the quotation in its paragraph
    asks, previous_asks, earlier_asks = (_asks(text, s) for s in (span, previous, earlier))
    if found_previous.how == "exchange" or _retorts(text, span, earlier, found_previous):
        # (a turn after a turn this found goes on alternating: "“You had a report in
        # October!”¶“An unverified report, which we investigated.”")
        return Attribution(found_earlier.speaker, None, how="exchange")
    if asks == previous_asks or earlier_asks == previous_asks:
        return None
    return Attribution(found_earlier.speaker, None, how="exchange")


def _asks(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation ends on a question mark."""
    return text[span.start : span.end].rstrip().rstrip("”’\"'").endswith("?")


# The words a turn in an exchange opens with when it speaks to the other party ("You implied it.",
# "But you had a report in October!").
_ADDRESS = re.compile(r"^(?:(?:And|But|So|Well),? )?[Yy]ou(?:r|'ve|’ve|'re|’re)?\b")


def _retorts(text: str, span: QuoteSpan, earlier: QuoteSpan, found_previous: Attribution) -> bool:
    """Whether ``span`` speaks back to the party who answered in the turn before: it opens by
    addressing them ("You implied it."), and the exchange is one of address (A's turn spoke to B,
    "You knew, and you did nothing", or B's turn was a reply: "replied Dr. Varga"). A witness
    after a witness ("“It was terrible,” said Ann Roe.¶“You never forget a night like that,” said
    Ben Hale.¶“You just don't.”") goes on."""
    if _ADDRESS.match(text[span.start : span.end]) is None:
        return False
    replied = found_previous.cue is not None and found_previous.cue.lower() in reply_forms()
    return replied or re.search(r"\b[Yy]ou\b", text[earlier.start : earlier.end]) is not None


def turn_after_one_party(
    span: QuoteSpan,
    previous: QuoteSpan,
    found_previous: Attribution | None,
    text: str,
    paragraphs: list[tuple[int, int]],
    attributor: Attributor,
) -> Attribution | None:
    """A paragraph that is a quotation and nothing else, right after a paragraph where one party
    put a question to another, is the other party's turn: an answer after the question ("Gerda
    Ost said she had forgone her bonus. “How much was it?” asked Rep. Mary Tidd.¶“About four
    million dollars.”": Ost's), a question after the answer ("Sen. Ada Moritz asked the secretary
    whether … “I can't commit to that,” Hal Brandt said.¶“Why not?”": Moritz's). The other
    party is the one person the paragraph names besides the previous speaker; None when it names
    no one else or several (the caller then lets the speaker go on)."""
    if found_previous is None or found_previous.speaker is None or previous.paragraph != span.paragraph - 1:
        return None
    lo, hi = paragraphs[span.paragraph]
    if text[lo : span.open_mark].strip() or text[span.outer_end : hi].strip():
        return None  # more than the quotation in its paragraph
    asks, previous_asks = _asks(text, span), _asks(text, previous)
    if asks == previous_asks:
        return None
    p_lo, p_hi = paragraphs[previous.paragraph]
    tokens = attributor.tokens_between(p_lo, p_hi)
    if not previous_asks and not any(t.lower_ in QUESTION_FORMS for t in tokens):
        return None  # (a question after an answer only where the paragraph tells of a question)
    if previous_asks and (found_previous.cue is None or found_previous.cue.lower() not in QUESTION_FORMS):
        return None
    others = _parties(tokens, attributor) - {found_previous.speaker}
    return Attribution(others.pop(), None, how="exchange") if len(others) == 1 else None


def answers_question_before(
    span: QuoteSpan, previous: QuoteSpan, found_previous: Attribution | None, text: str
) -> bool:
    """Whether ``span``, a paragraph of quotation with no cue, answers the question the quotation
    before put to someone with a question's cue ("“You are facing 20 years, aren't you?” Dupree
    asked.¶“Yes.”"): the answer is someone else's, whoever the story does not say. Not after a
    question that addresses no one ("“What has he done for this state?” she asked.¶“Nothing.”":
    the asker answers it)."""
    return (
        found_previous is not None
        and found_previous.cue is not None
        and found_previous.cue.lower() in QUESTION_FORMS
        and _asks(text, previous)
        and not _asks(text, span)
        and _YOU.search(text[previous.start : previous.end]) is not None
    )


_YOU = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")  # a question put to someone addresses them


def _parties(tokens: list[Token], attributor: Attributor) -> set[str]:
    """The people ``tokens`` show taking part in an exchange: the subject of a reporting verb
    ("Gerda Ost said"), the one a question is put to ("asked Bart Keane"), not someone only spoken
    of ("Sanders mocked Clinton. “What has she done?” he asked.")."""
    names = set()
    for k, token in enumerate(tokens):
        hit = attributor.entity_at.get(token.i)
        if hit is None or hit[0].label != "PERSON":
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        ends = nxt is None or attributor.entity_at.get(nxt.i, (None,))[0] is not hit[0]
        starts = k == 0 or attributor.entity_at.get(tokens[k - 1].i, (None,))[0] is not hit[0]
        speaks = ends and nxt is not None and is_cue(nxt) and nxt.tag_ in ("VBD", "VBZ")
        asked = starts and k > 0 and tokens[_before_titles(tokens, k)].lower_ in QUESTION_FORMS
        if speaks or asked:
            names.add(hit[0].name)
    return names


def _before_titles(tokens: list[Token], k: int) -> int:
    """The index of the word before the titles that open the name at ``k`` ("asked Rep. Mary
    Tidd": the "asked")."""
    j = k - 1
    while j > 0 and (tokens[j].text == "." or lexicons.is_title_word(tokens[j].text)):
        j -= 1
    return j
