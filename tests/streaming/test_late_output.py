"""The dedup stage's output reaches the window sink on time (TestStream, the streaming runner
``wire-ingest`` picks): dedup releases stories from event-time timers, and without a watermark
hold for them (the DirectRunner's own behaviour) every story here came late to the sink, as a
late pane file each, or with the allowed lateness at 0, not at all."""

from __future__ import annotations

import apache_beam as beam
import fastavro
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_stream import TestStream as BeamTestStream

from pipeline.dedup.transform import DeduplicateStories
from pipeline.model import Story
from pipeline.runners import local_runner
from pipeline.sinks.avro import StoryRecords
from pipeline.sinks.windowed import WriteWindowedAvro

BASE = 1_800_000_000  # a window boundary for 10 s windows


def _stories() -> list[Story]:
    towns = ["Arlen", "Brisk", "Coldwater", "Dunmore", "Eastvale", "Fairholt"]
    stories = []
    for n, town in enumerate(towns):
        story = Story(
            story_id=f"urn:test:late-{n}",
            format="plaintext",
            body=f"The council of {town} voted on Monday to close the old ferry landing after {n + 3} years of repairs.",
            language="en",
        )
        story.event_time = (BASE + 2 + n) * 1000
        stories.append(story)
    return stories


def test_every_story_of_a_window_is_in_its_first_file_with_no_allowed_lateness(tmp_path):
    stories = _stories()
    stream = (
        BeamTestStream()
        .add_elements([beam.window.TimestampedValue(s, s.event_time / 1000) for s in stories])
        # One jump well past the window's end, as the local runner's Pub/Sub watermark makes.
        .advance_watermark_to(BASE + 25)
        .advance_watermark_to_infinity()
    )
    options = PipelineOptions([], streaming=True)
    with beam.Pipeline(runner=local_runner(options), options=options) as p:
        records = (p | stream | DeduplicateStories()).stories | StoryRecords()
        _ = records.records | WriteWindowedAvro(
            str(tmp_path), "story", window_seconds=10, allowed_lateness_seconds=0, run_id="r00000001"
        )
    files = sorted(tmp_path.glob("*.avro"))
    assert [f.name for f in files] == ["story-20270115T080000Z-20270115T080010Z-pane0-r00000001-00000-of-00001.avro"]
    with open(files[0], "rb") as handle:
        assert sorted(r["story_id"] for r in fastavro.reader(handle)) == sorted(s.story_id for s in stories)
