"""Finding quotes and speakers is linear in the story: a long story dense with quotations, in
one paragraph with no full stop (so no sentence ends to stop a search), annotates in seconds.

The story is generated (the same on every run): some 16,000 tokens and 1,250 quotations, each
said by "the mayor" or "he", so that every speaker is resolved by looking back."""

from __future__ import annotations

import time

from pipeline.annotate.entities import story_entities
from pipeline.annotate.quotes import find_quotes
from pipeline.model import Story


def dense_story(units: int) -> str:
    """``units`` quotations with their cue, all in one paragraph, with no sentence end."""
    pieces = ["Mayor Ben Hale spoke at the pier"]
    for i in range(units):
        who = "the mayor of the town" if i % 2 else "he"
        pieces.append(f"and “we will mend wall {i} soon” said {who}")
    return " ".join(pieces)


def test_a_16k_token_story_dense_with_quotes_annotates_in_linear_time(annotator):
    body = dense_story(1250)
    doc = annotator.nlp(body)
    assert len(doc) >= 16_000
    entities = story_entities(doc)
    started = time.process_time()
    quotes = find_quotes(doc, entities)
    quote_cpu = time.process_time() - started
    assert len(quotes) == 1250
    # Linear work is well under a second here; the quadratic search took over a minute.
    assert quote_cpu < 5, f"quotes and speakers took {quote_cpu:.1f} s of CPU for {len(doc)} tokens"

    story = Story(story_id="long", format="test", body=body)
    started = time.process_time()
    annotator.annotate([story])
    assert time.process_time() - started < 60
    # The parse budget ran out before the last quotations: the story says so (their speakers
    # came from the tag frames alone), and nothing else was cut.
    assert story.flags == ["annotations_truncated:parse_after_tokens=5000"]


def test_the_parser_reads_at_most_its_budget_of_a_story(annotator):
    from pipeline.annotate.budget import PARSE_TOKENS_PER_STORY

    doc = annotator.nlp(dense_story(1250))
    parsed = []

    def counting_parser(region):
        parsed.append(len(region))
        return annotator.parser(region)

    flags: list[str] = []
    quotes = find_quotes(doc, story_entities(doc), counting_parser, flags)
    assert len(quotes) == 1250 and all(q.speaker for q in quotes)
    # Without the budget the parser read some 300,000 tokens of this story (a region per quote).
    assert 0 < sum(parsed) <= PARSE_TOKENS_PER_STORY
    assert flags == [f"annotations_truncated:parse_after_tokens={PARSE_TOKENS_PER_STORY}"]


def test_a_story_within_the_parse_budget_is_not_flagged(annotator):
    doc = annotator.nlp(dense_story(20))
    flags: list[str] = []
    assert len(find_quotes(doc, story_entities(doc), annotator.parser, flags)) == 20
    assert flags == []
