"""Direct quotations in a story body: their span, kind, cue and speaker.

Marks are found in ``marks.py``, speakers in ``attribution.py``, what each quoted span is
(speech, or a scare quote, a title, an inscription) in ``quote_kinds.py``; this module carries a
speaker over to the quotes that continue one: the second half of a split quote and the next
paragraph of a multi-paragraph quote. A reply's speaker resolved to the speaker it answers
is undone in ``replies.py``; which quotations make one attribution (for evaluation) is
``quote_groups.py``.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from pipeline.annotate.attribution import Attribution, Attributor
from pipeline.annotate.budget import PARSE_TOKENS_PER_STORY
from pipeline.annotate.columns import text_of
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.first_person import retype_speaking_persons, speakers_named_in_full
from pipeline.annotate.marks import QuoteSpan, find_spans, paragraph_ranges
from pipeline.annotate.nested import enclosing, nested_attribution
from pipeline.annotate.parse import Parser
from pipeline.annotate.phrases import QUESTION_LABEL
from pipeline.annotate.quote_kinds import quote_kind
from pipeline.annotate.replies import (
    answer_to_question,
    answers_question_before,
    no_reply_to_oneself,
    turn_after_one_party,
    turn_in_exchange,
)
from pipeline.annotate.speaker_entities import add_speaking_forces
from pipeline.model import Entity, Quote


def find_quotes(
    doc: Doc, entities: list[Entity], parser: Parser | None = None, flags: list[str] | None = None
) -> list[Quote]:
    """Every quotation in ``doc.text`` with its kind, cue and speaker (None when unsaid).

    ``parser``: the model's dependency parser, run only on the sentences of quotations whose
    speaker the tag-based frames could not name; without it the frames alone decide. When the
    story's parse budget ran out before a quotation that wanted the parse, ``flags`` gets
    ``annotations_truncated:parse_after_tokens=N`` (those speakers came from the frames alone)."""
    text = text_of(doc)
    spans = find_spans(text)
    if not spans:
        return []
    paragraphs = paragraph_ranges(text)
    attributor = Attributor(doc, entities, spans)
    attributor.use_parser(parser, paragraphs)

    # A quotation in page furniture (another story's headline in a related-stories list, a
    # caption's credit) is no speech of this story: a title with no speaker.
    furniture = {i for i, span in enumerate(spans) if attributor.in_furniture(span.open_mark)}
    own = [i for i, span in enumerate(spans) if not span.nested and i not in furniture]
    # The frames read every quotation first; the sentences they leave to the parse are parsed
    # in one batch (one parser call a story rather than one a quotation: a third of its cost).
    frames = {i: attributor.frames(spans[i], paragraphs[spans[i].paragraph]) for i in own}
    attributor.parse_ahead([spans[i] for i in own if attributor.wants_parse(frames[i])])
    found: list[Attribution | None] = [
        attributor.settle(spans[i], frames[i]) if i in frames else None for i in range(len(spans))
    ]

    _carry_over(spans, found, text, paragraphs, attributor, furniture)
    _one_speaker_for_repeats(spans, found, text, furniture)
    no_reply_to_oneself(spans, found, paragraphs, attributor, furniture)
    # Speakers the NER missed become entities of the story.
    entities.extend(attributor.new_people.values())
    if attributor.parses_skipped and flags is not None:
        flags.append(f"annotations_truncated:parse_after_tokens={PARSE_TOKENS_PER_STORY}")

    # (whom a "he" or "she" opening a quotation inside a quotation may mean: ``nested.py``)
    story_subject = attributor.first_person_named() if any(span.nested for span in spans) else None
    quotes = []
    for i, (span, attribution) in enumerate(zip(spans, found)):
        if i in furniture:
            quotes.append(Quote(text=text[span.start : span.end], start=span.start, end=span.end, kind="scare"))
            continue
        kind = quote_kind(span, attribution, text, paragraphs[span.paragraph])
        speaker = attribution.speaker if attribution else None
        cue = attribution.cue if attribution else None
        unnamed_subject = attribution is not None and attribution.how in _UNNAMED_HOW
        if kind == "partial" and speaker is None and not unnamed_subject and not span.nested:
            nxt = paragraphs[span.paragraph + 1] if span.paragraph + 1 < len(paragraphs) else None
            later = attributor.assessment_after(span, nxt)
            speaker = later.speaker if later else attributor.subject_of_sentence(span, paragraphs[span.paragraph])
        elif kind == "full" and attribution is None and not span.nested and _alone(span, text, paragraphs):
            # A quotation lede: “…”¶That was Brandt's message to …
            nxt = paragraphs[span.paragraph + 1] if span.paragraph + 1 < len(paragraphs) else None
            later = attributor.owner_in_next(nxt)
            speaker = later.speaker if later else None
        inner = None
        if span.nested and (outer := enclosing(spans, i)) is not None:
            # “Mr. Pruitt said, ‘…’”: whom the outer speaker quotes (``nested.py``); a cue makes
            # even three words speech ("I said, ‘Then teach me,’")
            inner = nested_attribution(
                doc,
                attributor.entity_at,
                span,
                spans[outer],
                quotes[outer].speaker,
                attributor.gender.get,
                story_subject,
            )
            if inner is not None and not (kind == "scare" and _a_title(text[span.start : span.end])):
                speaker, cue = inner.speaker, inner.cue
                kind = "full" if kind == "scare" else kind
        if kind == "scare":
            nxt = paragraphs[span.paragraph + 1] if span.paragraph + 1 < len(paragraphs) else None
            later = attributor.assessment_after(span, nxt)
            if later:
                kind, speaker = "partial", later.speaker
            else:
                speaker, cue = None, None
        quotes.append(
            Quote(text=text[span.start : span.end], start=span.start, end=span.end, kind=kind, speaker=speaker, cue=cue)
        )
    speakers_named_in_full(quotes, entities, attributor.new_people.values())
    retype_speaking_persons(text, quotes, entities)
    add_speaking_forces(text, quotes, entities)
    return quotes


def _carry_over(
    spans: list[QuoteSpan],
    found: list[Attribution | None],
    text: str,
    paragraphs: list[tuple[int, int]],
    attributor: Attributor,
    furniture: set[int],
) -> None:
    """Give quotes with no cue of their own the speaker of the speech they continue (quotes in
    page furniture, ``furniture``, neither take nor give one)."""
    tops = [i for i, s in enumerate(spans) if not s.nested and i not in furniture]
    # Multi-paragraph quotes: one speaker for the whole chain, wherever its cue is.
    chains: dict[int, list[int]] = {}
    root: dict[int, int] = {}
    for i in tops:
        head = root.get(spans[i].continues, i) if spans[i].continues is not None else i
        root[i] = head
        chains.setdefault(head, []).append(i)
    for members in chains.values():
        known = next((found[i] for i in members if found[i] and found[i].speaker), None)
        known = known or next((found[i] for i in members if found[i]), None)
        if known:
            for i in members:
                if found[i] is None or (found[i].speaker is None and known.speaker is not None):
                    found[i] = Attribution(known.speaker, known.cue, how="inherited")

    previous: int | None = None
    earlier: int | None = None  # the last quotation of a paragraph before the previous one's
    for i in tops:
        span = spans[i]
        if found[i] is None and previous is not None and earlier is not None:
            # a turn in an exchange of questions and answers: the other party's
            found[i] = turn_in_exchange(
                span, spans[previous], spans[earlier], found[previous], found[earlier], text, paragraphs
            )
        if found[i] is None and previous is not None:
            prev = spans[previous]
            lo, hi = paragraphs[span.paragraph]
            starts_paragraph = text[lo : span.open_mark].strip() == ""
            if prev.paragraph == span.paragraph:
                # “…,” he said. “…” — the second half of a split quote; unless a sentence about
                # someone else stands between: "“…,” Dunn said. Her neighbor, Walt Hines,
                # disagreed. “…”" is his.
                other = (
                    _from_previous_sentence(span, text, paragraphs, attributor)
                    if _sentence_between(prev, span, text, lo, attributor)
                    else None
                )
                before = found[previous].speaker if found[previous] else None
                if other is not None and other.speaker is not None and other.speaker != before:
                    found[i] = other
                else:
                    found[i] = _inherit(found[previous])
            elif starts_paragraph and (
                turn := turn_after_one_party(span, prev, found[previous], text, paragraphs, attributor)
            ):
                found[i] = turn  # an answer to the question the paragraph before put to someone
            elif starts_paragraph and prev.paragraph == span.paragraph - 1:
                # A paragraph of quotation right after one: the same voice, unless the previous
                # paragraph ended on someone new.
                prev_lo, prev_hi = paragraphs[prev.paragraph]
                tail = attributor.tokens_between(prev.outer_end, prev_hi)
                speaker = found[previous].speaker if found[previous] else None
                someone_new = any(
                    t.i in attributor.entity_at
                    and attributor.entity_at[t.i][0].label == "PERSON"
                    and attributor.entity_at[t.i][0].name != speaker
                    for t in tail
                )
                if answers_question_before(span, prev, found[previous], text):
                    found[i] = Attribution(None, None, how="exchange")  # the answer: not the asker's
                elif not someone_new:
                    found[i] = _inherit(found[previous])
        if found[i] is None:
            found[i] = _from_previous_sentence(span, text, paragraphs, attributor)
        if previous is not None and spans[previous].paragraph < span.paragraph:
            earlier = previous
        previous = i


# A quotation printed again (a pull quote, a summary repeating the body) is matched on its words
# only from this length on: short phrases recur as different people's words.
MIN_REPEAT_WORDS = 6
_WORDS = re.compile(r"\w+")
_CUED = frozenset({"cue", "shared subject"})  # speakers read from a cue of the quote's own
# Attributions whose speaker may be someone the story does not name: no other name replaces them.
_UNNAMED_HOW = frozenset({"shared subject", "owner", "passive", "unnamed subject", "anonymous", "relayed", "perceived"})


def _one_speaker_for_repeats(
    spans: list[QuoteSpan], found: list[Attribution | None], text: str, furniture: set[int]
) -> None:
    """A quotation printed twice with the same words (a pull quote, a lead repeating a later
    quote) is one speech: the copies with no cue of their own take the speaker a cue gives
    another copy; when no copy has a cue of its own and their speakers differ, none keeps one.
    Copies are grouped by their words in one pass (linear in the quotes)."""
    copies: dict[str, list[int]] = {}
    for i, span in enumerate(spans):
        if span.nested or i in furniture:
            continue
        words = _WORDS.findall(text[span.start : span.end].lower())
        if len(words) >= MIN_REPEAT_WORDS:
            copies.setdefault(" ".join(words), []).append(i)
    for members in copies.values():
        if len(members) < 2:
            continue
        cued = [i for i in members if found[i] is not None and found[i].how in _CUED and found[i].speaker]
        if len({found[i].speaker for i in cued}) == 1:
            source = found[cued[0]]
            for i in members:
                if i not in cued:
                    found[i] = Attribution(source.speaker, source.cue, how="inherited")
        elif not cued and len({found[i].speaker for i in members if found[i] and found[i].speaker}) > 1:
            for i in members:
                found[i] = None  # two guesses for one speech: neither is sure


def _sentence_between(prev: QuoteSpan, span: QuoteSpan, text: str, lo: int, attributor: Attributor) -> bool:
    """Whether a whole sentence stands between quotation ``prev`` (with its cue) and ``span``,
    which opens a sentence of the same paragraph (``lo``: the paragraph's start)."""
    before = _sentence_before(span, text, lo, attributor)
    return before is not None and before[0] > prev.outer_end


def _sentence_before(span: QuoteSpan, text: str, lo: int, attributor: Attributor) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one ``span`` opens, within its paragraph (``lo``:
    the paragraph's start); None when the quotation opens no sentence, or the paragraph's first."""
    start = attributor.sentence_start(span.open_mark, lo)
    if text[start : span.open_mark].strip():
        return None
    return _sentence_ending_at(start, text, lo, attributor)


def _sentence_ending_at(start: int, text: str, lo: int, attributor: Attributor) -> tuple[int, int] | None:
    """(start, end) of the sentence of the paragraph (``lo``: its start) that ends right before
    the sentence starting at ``start``; None when that one is the paragraph's first."""
    if start <= lo:
        return None
    end = start
    while end > lo and text[end - 1].isspace():
        end -= 1
    # end - 1 is the previous sentence's final mark (which may close a token such as "a.m.");
    # search for its start before that token.
    starts = attributor.token_starts
    final = starts[max(0, bisect.bisect_right(starts, end - 1) - 1)] if starts else end - 1
    return attributor.sentence_start(max(lo, min(end - 1, final)), lo), start


# A topic an interview's answer is given under: "On the pension:", "Asked about the strike:".
_TOPIC_LABEL = re.compile(r"(?:On|About|As for|As to|Asked about|Regarding)\b[^.!?“”\"]{1,60}:")


def _from_previous_sentence(
    span: QuoteSpan, text: str, paragraphs: list[tuple[int, int]], attributor: Attributor
) -> Attribution | None:
    """A quotation opening a sentence with no cue of its own belongs to the sentence before
    it when that one attributes speech: "…, Hale said. “The other thing …”", "He said
    flatly:¶“No.”". A quotation ending its paragraph after a sentence about one person with
    no cue at all is that person's."""
    lo, hi = paragraphs[span.paragraph]
    start = attributor.sentence_start(span.open_mark, lo)
    lead = text[start : span.open_mark].strip()
    if lead and not _TOPIC_LABEL.fullmatch(lead):
        return None  # (but "On the pension: “…”": an interview's topic before the answer)
    if start > lo:
        # (from the sentence's start: "It came Monday. On the back: “…”" is after a topic label)
        prev_lo, prev_hi = _sentence_ending_at(start, text, lo, attributor)
    elif span.paragraph > 0:
        p_lo, prev_hi = paragraphs[span.paragraph - 1]
        prev_lo = attributor.sentence_start(max(p_lo, prev_hi - 1), p_lo)
    else:
        return None
    tokens = attributor.tokens_between(prev_lo, prev_hi)
    if len(tokens) > 2 and tokens[0].text == QUESTION_LABEL and tokens[1].text == ":":
        # "Q: Is it true you wrote it in a cabin?¶“A very small cabin.”": the answer to a printed
        # interview's question is the one interviewed, the person the story names first
        answered = attributor.first_person_named()
        return Attribution(answered, None, how="inherited") if answered else None
    found = (
        attributor.cue_before(tokens)
        or attributor.introduced_by_colon(tokens)
        or attributor.interviewee(tokens)
        or attributor.questioned(tokens)
    )
    if found is not None and found.speaker is None:
        # "Roe added that the victims agreed to the plea.¶“…”": the reporting clause's speaker
        # goes on, not the unnamed subject of what was reported.
        that = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].lower_ == "that"), None)
        if that is not None and is_cue_word(tokens[that - 1].lower_):
            found = attributor.cue_before(tokens[:that]) or found
    if found is not None and found.speaker is not None:
        asked = answer_to_question(tokens, found, attributor)
        if asked is not None:
            return Attribution(asked, None, how="inherited")  # “Did you …?” Varga asked Klein.¶“No.”
        found = _main_report(tokens, found, attributor) or found
        return Attribution(found.speaker, found.cue, how="inherited")
    if found is None and start == lo and span.paragraph > 0:
        account = _account_of(text, paragraphs[span.paragraph - 1][0], prev_lo, tokens, attributor)
        if account is not None:
            return account
    ends_paragraph = text[span.outer_end : hi].strip() == ""
    if ends_paragraph and tokens:
        # "Marsh criticized engineer Paul Dorsey for closing the gates.¶“How many …”":
        # the sentence's subject, not the last name in it.
        speaker = attributor.sentence_subject(tokens) or attributor.subject_before(tokens)[0]
        person = speaker in attributor.person_names
        return Attribution(speaker, None, how="subject") if person else None
    return None


# The tags of a noun phrase that ends a sentence as a verb's object ("admitted his guilt").
_OBJECT_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "."})


def _main_report(tokens: list[Token], found: Attribution, attributor: Attributor) -> Attribution | None:
    """ "Celeste Fulcher said Bennett had finally admitted his guilt. “That video …”": when the
    last cue of the sentence before takes only a noun phrase ("admitted his guilt", no words
    reported) and sits in what an earlier reporting verb reports, the quotation goes on with that
    earlier report, its subject's."""
    last = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text == found.cue), None)
    if last is None or not all(t.tag_ in _OBJECT_TAGS for t in tokens[last + 1 :]) or last + 1 >= len(tokens) - 1:
        return None
    main = next((k for k in range(last) if is_cue_word(tokens[k].lower_) and tokens[k].tag_ in ("VBD", "VBZ")), None)
    if main is None:
        return None
    earlier = attributor.cue_before(tokens[: main + 1])
    return earlier if earlier is not None and earlier.speaker is not None else None


# How many sentences back a paragraph is searched for the account a cue-less quotation continues.
ACCOUNT_SENTENCES = 3


def _account_of(text: str, p_lo: int, last_lo: int, last: list[Token], attributor: Attributor) -> Attribution | None:
    """ "Feld said the rifle fired as he wrestled it away … The round lodged in a cabinet.¶“I had
    both hands on the barrel …”":
    a paragraph reporting one person's account, whose later sentences name no one and report no
    one else, hands that person to a quotation with no cue of its own opening the next paragraph
    (news style quotes the source of the account it has just paraphrased). ``last`` is the
    paragraph's last sentence (its tokens, from ``last_lo``); at most ``ACCOUNT_SENTENCES``
    sentences are read."""

    def about_someone(tokens: list[Token]) -> bool:
        return any(
            is_cue_word(t.lower_) or (t.i in attributor.entity_at and attributor.entity_at[t.i][0].label == "PERSON")
            for t in tokens
        )

    if about_someone(last):
        return None
    hi = last_lo
    for _ in range(ACCOUNT_SENTENCES - 1):
        end = hi
        while end > p_lo and text[end - 1].isspace():
            end -= 1
        if end <= p_lo:
            return None
        s_lo = attributor.sentence_start(end - 1, p_lo)
        tokens = attributor.tokens_between(s_lo, hi)
        found = attributor.cue_before(tokens)
        if found is not None:
            named = found.speaker is not None and found.speaker in attributor.person_names
            return Attribution(found.speaker, found.cue, how="inherited") if named else None
        if about_someone(tokens):
            return None
        hi = s_lo
    return None


def _inherit(attribution: Attribution | None) -> Attribution | None:
    if attribution is None:
        return None
    return Attribution(attribution.speaker, attribution.cue, how="inherited")


def _alone(span: QuoteSpan, text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether the quotation is the whole of its paragraph, marks and all."""
    lo, hi = paragraphs[span.paragraph]
    close = span.close_mark if span.close_mark is not None else span.end
    return not text[lo : span.open_mark].strip() and not text[close + 1 : hi].strip()


def _a_title(inner: str) -> bool:
    """Whether a quotation's text is a title rather than words said: a few capitalised words with
    no sentence's punctuation ("sang ‘Ellan Vannin’ and all the lads went quiet")."""
    words = inner.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not any(c in inner for c in ",.!?;:")
