"""Avro sinks: records written by the pipeline are read back by the Apache avro reader."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.model import DeadLetter, Entity, Mention, Quote, Story
from pipeline.sinks.avro import StoryRecords, WriteAvroFiles
from tests.avro_files import read_avro_folder as _read


def _story(**kw) -> Story:
    body = "Rex Tillerson said “trust is low” in Moscow."
    defaults = dict(
        story_id="urn:1",
        format="ninjs",
        body=body,
        version=2,
        headline="H",
        ingested_at=1_700_000_000_000,
        version_created=1_600_000_000_000,
        entities=[Entity("Rex Tillerson", "PERSON", [Mention("Rex Tillerson", 0, 13)], 1.5)],
        quotes=[Quote("trust is low", 20, 32, "partial", "Rex Tillerson", "said")],
        event_id="evt-1",
    )
    defaults.update(kw)
    return Story(**defaults)


def test_story_records_round_trip_through_avro(tmp_path):
    with TestPipeline() as p:
        records = p | beam.Create([_story()]) | StoryRecords()
        records.records | WriteAvroFiles(str(tmp_path / "stories"), "story")
    (record,) = _read(tmp_path / "stories")
    assert record["story_id"] == "urn:1" and record["version"] == 2
    assert record["version_created"].year == 2020
    assert record["entities"][0]["mentions"][0] == {"text": "Rex Tillerson", "start": 0, "end": 13}
    assert record["quotes"][0]["speaker"] == "Rex Tillerson"
    assert record["body"][record["quotes"][0]["start"] : record["quotes"][0]["end"]] == "trust is low"


def test_a_record_the_schema_refuses_becomes_a_write_dead_letter(tmp_path):
    bad = _story(story_id="urn:bad", version=2**40)  # does not fit Avro int
    with TestPipeline() as p:
        records = p | beam.Create([_story(), bad]) | StoryRecords()
        assert_that(records.records | beam.Map(lambda r: r["story_id"]), equal_to(["urn:1"]), label="good")
        assert_that(
            records.deadletter | beam.Map(lambda d: (d.stage, d.story_id, "story.avsc" in d.reason)),
            equal_to([("write", "urn:bad", True)]),
            label="bad",
        )


def test_dead_letters_are_written_with_size_and_truncation(tmp_path):
    dead = DeadLetter.of("in/x.bin", "parse", "binary data", b"\x00" * 100, max_raw_bytes=10)
    with TestPipeline() as p:
        p | beam.Create([dead]) | WriteAvroFiles(str(tmp_path / "deadletter"), "deadletter")
    (record,) = _read(tmp_path / "deadletter")
    assert record["raw"] == b"\x00" * 10
    assert record["raw_size"] == 100 and record["raw_truncated"] is True
    assert record["stage"] == "parse" and record["reason"] == "binary data"
    assert record["failed_at"].year >= 2024
