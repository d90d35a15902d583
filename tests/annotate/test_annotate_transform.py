"""The annotate stage as a Beam transform, with the real spaCy model."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.annotate.transform import AnnotateStories
from pipeline.formats import parse_document
from pipeline.model import RawDocument, Story


def test_batches_are_annotated_and_keep_their_event_times(seed_story_path):
    (seed,) = parse_document(RawDocument("seed.txt", seed_story_path.read_bytes()))
    seed.event_time = 1_000
    german = Story(story_id="de", format="ninjs", body="Die Regierung hat am Mittwoch beschlossen.", language="de")
    german.event_time = 2_000

    class _Check(beam.DoFn):
        def process(self, story, ts=beam.DoFn.TimestampParam):
            names = {e.name for e in story.entities}
            offsets_ok = all(story.body[m.start : m.end] == m.text for e in story.entities for m in e.mentions)
            yield (story.story_id == "de", int(ts.micros // 1000), "Rex Tillerson" in names, offsets_ok, story.flags)

    with TestPipeline() as p:
        out = (p | beam.Create([seed, german]) | AnnotateStories(batch_size=2)).stories | beam.ParDo(_Check())
        assert_that(
            out,
            equal_to([(False, 1_000, True, True, []), (True, 2_000, False, True, ["annotations_skipped:language=de"])]),
        )
