"""The batch transform gives KeyedDeduplicator's decisions, with one group per blocking key or
the candidate search in a few shards of keys (what the local runner uses to hold less)."""

from __future__ import annotations

import dataclasses
import random

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from dedup_feeds import FEED, HOUR, timed_feed

from pipeline.dedup import DeduplicateStories, bounded
from pipeline.dedup.linker import KeyedDeduplicator
from pipeline.dedup.matcher import DedupParams, KeyState, combine_verdicts
from pipeline.dedup.signature import blocking_keys, signature_of
from pipeline.dedup.transform import key_shard


def _long_feed() -> list:
    """The feed four times, 30 h apart, under other story ids: reports link across repeats
    within the 72 h retention, the last repeat is past it for the first; each repeat keeps a
    redelivery (a later copy of one version)."""
    out = []
    for rep in range(4):
        for story in timed_feed(FEED, offset_ms=rep * 30 * HOUR):
            out.append(dataclasses.replace(story, story_id=f"{story.story_id}-r{rep}", content_hash=""))
    return out


def _expected(stories, params: DedupParams) -> list[tuple]:
    dedup = KeyedDeduplicator(params=params)
    rows = []
    for sig in sorted((signature_of(s) for s in stories), key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is not None:
            rows.append((sig.story_id, sig.version, sig.event_time, decision.event_id, decision.relation))
    assert dedup.redeliveries == 4
    return rows


@pytest.mark.parametrize(("shards", "sweep_every"), [(None, 2000), (1, 2000), (3, 2000), (2, 3)])
def test_batch_decisions_equal_the_keyed_deduplicator(shards, sweep_every, monkeypatch):
    # A shard forgets idle keys every ``sweep_every`` arrivals: that must not change a decision.
    monkeypatch.setattr(bounded, "_SWEEP_EVERY", sweep_every)
    stories = _long_feed()
    params = DedupParams(max_entries_per_key=3)  # small, so the key cap is exercised too
    expected = _expected(stories, params)
    assert {row[4] for row in expected} == {"new_event", "same_event", "update"}
    handed = list(stories)
    random.Random(5).shuffle(handed)
    p = TestPipeline()
    out = (
        p
        | beam.Create([beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in handed], reshuffle=True)
        | DeduplicateStories(max_entries_per_key=3, key_shards=shards)
    ).stories
    decided = out | beam.Map(lambda s: (s.story_id, s.version, s.event_time, s.event_id, s.dedup_status))
    assert_that(decided, equal_to(expected))
    result = p.run()
    result.wait_until_finish()
    dropped = result.metrics().query(MetricsFilter().with_name("duplicates_dropped"))["counters"]
    assert sum(c.committed for c in dropped) == 4


def test_new_event_verdicts_do_not_change_a_link():
    # The batch search sends only related verdicts to the decision core.
    params = DedupParams(max_entries_per_key=3)
    states: dict[str, KeyState] = {}
    checked = related_seen = 0
    for sig in sorted((signature_of(s) for s in _long_feed()), key=lambda sig: sig.order_key):
        keys = blocking_keys(sig)
        verdicts = []
        for key in keys:
            state = states.setdefault(key, KeyState())
            state.expire(sig.event_time, params)
            verdicts.append(state.judge(sig, key, len(keys), params))
            state.entries.append(sig)
        related = [v for v in verdicts if v.relation != "new_event"]
        related_seen += bool(related)
        assert combine_verdicts(sig.uid, sig.order_key, related) == combine_verdicts(sig.uid, sig.order_key, verdicts)
        checked += 1
    assert checked == len(_long_feed()) and 0 < related_seen < checked


def test_key_shards_are_stable_and_spread():
    keys = [f"term:w{i}" for i in range(400)]
    shards = [key_shard(k, 4) for k in keys]
    assert shards == [key_shard(k, 4) for k in keys]
    assert all(60 < shards.count(s) < 140 for s in range(4))


@pytest.mark.parametrize("bad", [0, -1, 2.5])
def test_key_shards_is_validated(bad):
    with pytest.raises(ValueError, match="key_shards"):
        DeduplicateStories(key_shards=bad)
