"""Event times out of range are dead letters before dedup, and leave its state untouched."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.testing.util import assert_that, equal_to

from pipeline.dedup.event_times import REPLAY, STREAMING, CheckEventTimes
from pipeline.dedup.transform import DeduplicateStories
from pipeline.model import Story
from pipeline.runners import local_runner

NOW = 1_800_000_000_000  # 2027-01-15T08:00:00Z
YEAR_2099 = 4_070_908_800_000
HOUR = 3_600_000


def _story(story_id: str, event_time: int, body: str = "The ferry to Arlen Island resumed service on Monday.") -> Story:
    story = Story(story_id=story_id, format="plaintext", body=body, language="en")
    story.event_time = event_time
    return story


@pytest.mark.parametrize(
    "accepted, event_time, refused",
    [
        (STREAMING, NOW, False),
        (STREAMING, NOW + 9 * 60_000, False),
        (STREAMING, NOW + 11 * 60_000, True),
        (STREAMING, NOW - 30 * 24 * HOUR, False),
        (STREAMING, NOW - 32 * 24 * HOUR, True),
        (STREAMING, YEAR_2099, True),
        (STREAMING, 0, True),
        (REPLAY, 0, True),
        (REPLAY, 200_000_000_000, False),  # 1976
        (REPLAY, NOW + 20 * HOUR, False),
        (REPLAY, YEAR_2099, True),
    ],
)
def test_the_ranges(accepted, event_time, refused):
    problem = accepted.problem(event_time, NOW)
    assert (problem is not None) == refused
    if refused:
        assert accepted.name in problem and "out of the" in problem


def test_refused_stories_are_dead_letters_of_the_dedup_stage():
    with TestPipeline() as p:
        checked = (
            p
            | beam.Create([_story("ok", NOW), _story("future", YEAR_2099)])
            | CheckEventTimes(REPLAY, clock=lambda: NOW)
        )
        assert_that(checked.stories | "Ids" >> beam.Map(lambda s: s.story_id), equal_to(["ok"]), label="stories")
        dead = checked.deadletter | beam.Map(lambda d: (d.stage, d.story_id, "2099-01-01T00:00:00Z" in d.reason))
        assert_that(dead, equal_to([("dedup", "future", True)]), label="dead")


def test_a_story_stamped_2099_leaves_the_dedup_state_as_it_was():
    """Unchecked, the 2099 story moved its bucket's horizon 72 years on, so the redelivered copy
    after it was no longer recognised and came out a second time."""
    from pipeline.dedup.signature import story_uid
    from pipeline.dedup.streaming import uid_bucket as jump_bucket

    first, copy = _story("a", NOW), _story("a", NOW + 1_000)
    bucket = jump_bucket(story_uid(first))
    # The first story id (enumerated) whose version falls in the same redelivery bucket as "a".
    stamped = next(
        s
        for n in range(1_000_000)
        for s in [_story(f"z{n}", YEAR_2099, body="Nothing.")]
        if jump_bucket(story_uid(s)) == bucket
    )
    stream = BeamTestStream()
    for n, story in enumerate((first, stamped, copy)):
        stream = stream.add_elements([beam.window.TimestampedValue(story, story.event_time / 1000)])
        stream = stream.advance_watermark_to((NOW + 2_000 + n) / 1000)
    stream = stream.advance_watermark_to_infinity()
    options = PipelineOptions([], streaming=True)
    with beam.Pipeline(runner=local_runner(options), options=options) as p:
        checked = p | stream | CheckEventTimes(STREAMING, clock=lambda: NOW)
        ids = (checked.stories | DeduplicateStories()).stories | beam.Map(lambda s: s.story_id)
        assert_that(ids, equal_to(["a"]))
