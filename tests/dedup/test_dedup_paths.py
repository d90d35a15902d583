"""One decision core, three paths: the batch transform, the streaming transform and the in-process
simulation give the same event ids and relations, follow-ups through the event memory included."""

from __future__ import annotations

import random

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.utils.timestamp import Timestamp
from dedup_feeds import FEED, FOLLOW_UPS, PORTLAND_CHARGED, timed_feed

from pipeline.dedup import DeduplicateStories
from pipeline.dedup.linker import KeyedDeduplicator
from pipeline.dedup.signature import signature_of
from pipeline.runners import local_runner


def _row(story_id, version, event_id, relation) -> tuple:
    return (story_id, version, event_id, relation)


def _simulated(stories) -> list[tuple]:
    dedup = KeyedDeduplicator()
    rows = []
    for sig in sorted((signature_of(s) for s in stories), key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is not None:
            rows.append(_row(sig.story_id, sig.version, decision.event_id, decision.relation))
    return rows


def _stories():
    return sorted(timed_feed(FEED + FOLLOW_UPS), key=lambda s: s.event_time)


def _expected():
    rows = _simulated(_stories())
    # The feed exercises every kind of decision, a follow-up through the event memory included.
    assert {row[3] for row in rows} == {"new_event", "same_event", "update"}
    charged = next(row for row in rows if row[0] == PORTLAND_CHARGED.story_id)
    assert charged[3] == "same_event" and sum(row[2] == charged[2] for row in rows) == 5
    return rows


def _decided(out):
    return out | beam.Map(lambda s: _row(s.story_id, s.version, s.event_id, s.dedup_status))


def test_batch_gives_the_simulated_decisions():
    handed = _stories()
    random.Random(7).shuffle(handed)
    with TestPipeline() as p:
        timed = [beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in handed]
        out = (p | beam.Create(timed, reshuffle=True) | DeduplicateStories(key_shards=2)).stories
        assert_that(_decided(out), equal_to(_expected()))


@pytest.mark.parametrize("watermark", ["follows", "jumps"])
def test_streaming_gives_the_simulated_decisions(watermark):
    stories = _stories()
    stream = BeamTestStream()
    for story in stories:
        stream = stream.add_elements([beam.window.TimestampedValue(story, story.event_time / 1000.0)])
        if watermark == "follows":  # as with a live wire; else a backlog read at once
            stream = stream.advance_watermark_to(Timestamp(micros=(story.event_time + 1) * 1000))
    options = PipelineOptions()
    options.view_as(StandardOptions).streaming = True
    # The streaming runner wire-ingest picks: its timers hold the watermark, so what the core
    # decides at the end of the stream is still on time for assert_that's global window.
    p = TestPipeline(runner=local_runner(options), options=options)
    out = (p | stream.advance_watermark_to_infinity() | DeduplicateStories()).stories
    assert_that(_decided(out), equal_to(_expected()))
    p.run().wait_until_finish()
