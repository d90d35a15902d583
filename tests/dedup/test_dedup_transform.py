"""The Beam dedup transform on synthetic wire feeds: batch (TestPipeline) and streaming (TestStream)."""

from __future__ import annotations

import random

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.utils.timestamp import Timestamp
from dedup_feeds import HOUR, LEEDS, PORTLAND_OTHER, PORTLAND_REFILE, PORTLAND_V1, PORTLAND_V2, timed_feed

from pipeline.dedup import DeduplicateStories
from pipeline.dedup.linker import event_id_of
from pipeline.dedup.signature import story_uid


def _decisions(stories):
    """(story_id, version, status, supersedes, supersedes_version, event label) with event ids
    replaced by the story id of the first story seen with them, so expectations can name them."""
    first: dict[str, str] = {}
    out = []
    for s in sorted(stories, key=lambda s: s.event_time):
        first.setdefault(s.event_id, s.story_id)
        out.append((s.story_id, s.version, s.dedup_status, s.supersedes, s.supersedes_version, first[s.event_id]))
    return sorted(out, key=str)


EXPECTED = sorted(
    [
        (PORTLAND_V1.story_id, 1, "new_event", None, None, PORTLAND_V1.story_id),
        (LEEDS.story_id, 1, "new_event", None, None, LEEDS.story_id),
        (PORTLAND_REFILE.story_id, None, "update", PORTLAND_V1.story_id, 1, PORTLAND_V1.story_id),
        (PORTLAND_OTHER.story_id, 1, "same_event", None, None, PORTLAND_V1.story_id),
        (PORTLAND_V2.story_id, 2, "update", PORTLAND_V1.story_id, 1, PORTLAND_V1.story_id),
    ],
    key=str,
)


def _timestamped(stories):
    return [beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in stories]


def _counter(result, name: str) -> int:
    found = result.metrics().query(MetricsFilter().with_name(name))["counters"]
    # The streaming DirectRunner reports attempted values only.
    return sum(max(c.committed or 0, c.attempted or 0) for c in found)


def test_batch_feed_decisions_and_redelivery_counted():
    stories = timed_feed()
    p = TestPipeline()
    out = (p | beam.Create(_timestamped(stories)) | DeduplicateStories()).stories
    decided = out | beam.combiners.ToList() | beam.Map(_decisions)
    assert_that(decided, equal_to([EXPECTED]))
    result = p.run()
    result.wait_until_finish()
    assert _counter(result, "duplicates_dropped") == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_batch_event_ids_do_not_depend_on_input_order(seed):
    stories = timed_feed()
    random.Random(seed).shuffle(stories)
    founder = event_id_of(story_uid(stories_by_id(stories)[PORTLAND_V1.story_id]))
    leeds = event_id_of(story_uid(stories_by_id(stories)[LEEDS.story_id]))
    expected = [
        (PORTLAND_V1.story_id, founder),
        (LEEDS.story_id, leeds),
        (PORTLAND_REFILE.story_id, founder),
        (PORTLAND_OTHER.story_id, founder),
        (PORTLAND_V2.story_id, founder),
    ]
    with TestPipeline() as p:
        out = (p | beam.Create(_timestamped(stories), reshuffle=True) | DeduplicateStories()).stories
        assert_that(out | beam.Map(lambda s: (s.story_id, s.event_id)), equal_to(expected))


def stories_by_id(stories):
    return {s.story_id: s for s in stories if s.version in (1, None)}


def _streaming_options() -> PipelineOptions:
    options = PipelineOptions()
    options.view_as(StandardOptions).streaming = True
    return options


def _stream(stories, *, advance_after: dict[int, int] | None = None) -> BeamTestStream:
    """Each story at its event time, with the watermark advanced as given (index -> ms)."""
    stream = BeamTestStream()
    for i, story in enumerate(stories):
        stream = stream.add_elements([beam.window.TimestampedValue(story, story.event_time / 1000.0)])
        if advance_after and i in advance_after:
            stream = stream.advance_watermark_to(Timestamp(micros=advance_after[i] * 1000))
    return stream.advance_watermark_to_infinity()


def test_streaming_feed_gives_the_same_decisions():
    stories = timed_feed()
    # The watermark follows the feed, so stories are decided as they come.
    advance = {i: s.event_time + 1 for i, s in enumerate(stories)}
    p = TestPipeline(options=_streaming_options())
    out = (p | _stream(stories, advance_after=advance) | DeduplicateStories()).stories
    founder = event_id_of(story_uid(stories[0]))
    by_label = {PORTLAND_V1.story_id: founder, LEEDS.story_id: event_id_of(story_uid(stories[2]))}
    expected = [(*row[:5], by_label[row[5]]) for row in EXPECTED]
    decided = out | beam.Map(
        lambda s: (s.story_id, s.version, s.dedup_status, s.supersedes, s.supersedes_version, s.event_id)
    )
    assert_that(decided, equal_to(expected))
    # (The streaming DirectRunner reports no counters: the drop is shown by the output.)
    p.run().wait_until_finish()


def test_streaming_expiry_frees_state():
    # v1 at T0, then the watermark moves 3 h on; the re-filing arrives 2.5 h after v1. With a
    # 1 h retention and event memory the timers have dropped v1 by then: the re-filing founds
    # its own event.
    v1, refile = timed_feed([(PORTLAND_V1, 0), (PORTLAND_REFILE, 150)])
    p = TestPipeline(options=_streaming_options())
    out = (
        p
        | _stream([v1, refile], advance_after={0: v1.event_time + 3 * HOUR})
        | DeduplicateStories(retention_hours=1.0, follow_up_days=1 / 24)
    ).stories
    statuses = out | beam.Map(lambda s: (s.story_id, s.dedup_status))
    assert_that(statuses, equal_to([(v1.story_id, "new_event"), (refile.story_id, "new_event")]))
    p.run().wait_until_finish()


def test_within_retention_the_refiling_is_an_update():
    v1, refile = timed_feed([(PORTLAND_V1, 0), (PORTLAND_REFILE, 150)])
    p = TestPipeline(options=_streaming_options())
    # The watermark follows the feed: assert_that collects when the watermark reaches the end
    # of the global window, so records made only at that point would come too late for it.
    follow = {0: v1.event_time + 1, 1: refile.event_time + 1}
    out = (p | _stream([v1, refile], advance_after=follow) | DeduplicateStories(retention_hours=72.0)).stories
    statuses = out | beam.Map(lambda s: (s.story_id, s.dedup_status))
    assert_that(statuses, equal_to([(v1.story_id, "new_event"), (refile.story_id, "update")]))
    p.run().wait_until_finish()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"retention_hours": 0},
        {"retention_hours": -3},
        {"retention_hours": "72"},
        {"follow_up_days": 1.0},
        {"update_jaccard": 1.5},
    ],
)
def test_constructor_arguments_are_validated(kwargs):
    with pytest.raises(ValueError):
        DeduplicateStories(**kwargs)
