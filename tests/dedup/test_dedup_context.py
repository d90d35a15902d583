"""A replay in slices: each slice's dedup remembers the stories an earlier slice decided (its
context) and gives the decisions of one run over the whole replay."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.runners.portability.fn_api_runner import fn_runner
from test_dedup_transform_shards import _expected, _long_feed

from pipeline.dedup import DeduplicateStories
from pipeline.dedup.coder import unframe
from pipeline.dedup.matcher import DedupParams
from pipeline.dedup.signature import signature_of

RETENTION_HOURS = 72.0
RETENTION_MS = int(RETENTION_HOURS * 3600 * 1000)


def _slices(stories, n: int) -> list[list]:
    """Event-time-ordered slices of about equal size, every copy of a version in one slice."""
    ordered = sorted(stories, key=lambda s: signature_of(s).order_key)
    size = -(-len(ordered) // n)
    slices: list[list] = [[] for _ in range(n)]
    placed: dict[str, int] = {}
    count = 0
    for story in ordered:
        uid = signature_of(story).uid
        if uid not in placed:
            placed[uid] = min(count // size, n - 1)
            count += 1
        slices[placed[uid]].append(story)
    return slices


# What a slice's pipeline gave (the in-process runner calls these module functions, by name).
_DECIDED: list = []
_EMITTED: list = []


def _keep_decision(story) -> None:
    _DECIDED.append((story.story_id, story.version, story.event_time, story.event_id, story.dedup_status))


def _keep_context(entry: bytes) -> None:
    _EMITTED.append(entry)


def _run_slice(stories, context: list[bytes], since_ms: int, carry: bool, shards):
    _DECIDED.clear()
    _EMITTED.clear()
    p = beam.Pipeline(runner=fn_runner.FnApiRunner())
    given = p | "Stories" >> beam.Create([beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in stories])
    remembered = p | "Context" >> beam.Create(context) if carry else None
    out, _, ctx = given | DeduplicateStories(
        RETENTION_HOURS,
        max_entries_per_key=3,
        key_shards=shards,
        context=remembered,
        context_since_ms=since_ms,
        emit_context=True,
    )
    _ = out | beam.Map(_keep_decision)
    _ = ctx | beam.Map(_keep_context)
    result = p.run()
    result.wait_until_finish()
    dropped = result.metrics().query(MetricsFilter().with_name("duplicates_dropped"))["counters"]
    return list(_DECIDED), list(_EMITTED), sum(c.committed for c in dropped)


def _replay(slices, carry: bool, shards):
    decided, dropped = [], 0
    context: list[bytes] = []
    for stories in slices:
        since = min(s.event_time for s in stories) - RETENTION_MS
        rows, emitted, n_dropped = _run_slice(stories, context, since, carry, shards)
        decided += rows
        dropped += n_dropped
        # What the replay keeps: entries of a story (or of the core's state) within the retention.
        context = [c for c in context + emitted if unframe(c)[0][1][0] >= since]
    return decided, dropped


@pytest.mark.parametrize("shards", [None, 2])
def test_slices_with_context_decide_as_one_run(shards):
    stories = _long_feed()
    expected = _expected(stories, DedupParams(max_entries_per_key=3))
    slices = _slices(stories, 4)
    assert all(slices) and sum(map(len, slices)) == len(stories)
    decided, dropped = _replay(slices, carry=True, shards=shards)
    assert sorted(decided) == sorted(expected)
    assert dropped == 4
    # The context mattered: some story of a later slice joined an event founded in an earlier one.
    first_slice_events = {
        row[3]
        for row in decided
        if (row[0], row[1], row[2]) in {(s.story_id, s.version, s.event_time) for s in slices[0]}
    }
    later = [
        row
        for row in decided
        if (row[0], row[1], row[2]) not in {(s.story_id, s.version, s.event_time) for s in slices[0]}
    ]
    assert any(row[3] in first_slice_events for row in later)


def test_slices_without_context_decide_differently():
    # The control: the same slices with no context start every slice afresh.
    stories = _long_feed()
    expected = _expected(stories, DedupParams(max_entries_per_key=3))
    decided, _ = _replay(_slices(stories, 4), carry=False, shards=2)
    assert sorted(decided) != sorted(expected)


def test_context_is_for_bounded_input_only():
    from apache_beam.testing.test_stream import TestStream

    p = beam.Pipeline(runner=fn_runner.FnApiRunner())
    stream = p | TestStream().advance_watermark_to_infinity()
    with pytest.raises(ValueError, match="bounded input only"):
        stream | DeduplicateStories(emit_context=True)
