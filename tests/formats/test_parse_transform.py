"""The parse stage as a Beam transform (TestPipeline + assert_that)."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.formats.transform import ParseStories, choose_event_time
from pipeline.model import RawDocument, Story
from tests.formats.helpers import anpa_capture_with_a_broken_message


def test_stories_and_dead_letters_are_split_with_reasons(seed_story_path):
    docs = [
        RawDocument("seed.txt", seed_story_path.read_bytes(), mtime_ms=1_000),
        RawDocument("bad.json", b'{"headline": ', mtime_ms=1_000),
        RawDocument("empty", b"   \n", mtime_ms=1_000),
        RawDocument(
            "feed.jsonl",
            b'{"uri": "a", "headline": "A", "body_text": "Alpha."}\nnot json\n{"uri": "b", "headline": "B"}\n',
            attributes={"feed": "x"},
        ),
    ]
    with TestPipeline() as p:
        parsed = p | beam.Create(docs) | ParseStories(event_time="file")
        assert_that(
            parsed.stories | "Ids" >> beam.Map(lambda s: (s.source, s.headline)),
            equal_to(
                [
                    ("seed.txt", "U.S., Russia at ‘Low Point’ After No Breakthrough in Moscow"),
                    ("feed.jsonl:line 1", "A"),
                    ("feed.jsonl:line 3", "B"),
                ]
            ),
            label="stories",
        )
        assert_that(
            parsed.deadletter | "Why" >> beam.Map(lambda d: (d.source, d.stage, d.reason.split(":")[0])),
            equal_to(
                [
                    ("bad.json", "parse", "ninjs"),
                    ("empty", "parse", "empty input"),
                    ("feed.jsonl:line 2", "parse", "ninjs"),
                ]
            ),
            label="deadletter",
        )
        assert_that(
            parsed.stories | "Attrs" >> beam.Map(lambda s: s.raw_metadata.get("attr:feed")),
            equal_to([None, "x", "x"]),
            label="attributes",
        )


def test_element_timestamps_follow_the_chosen_event_time():
    doc = RawDocument(
        "item.json",
        b'{"uri": "u", "headline": "H", "body_text": "B.", "versioncreated": "2017-04-12T10:00:00Z"}',
        mtime_ms=5_000,
    )

    class _Stamp(beam.DoFn):
        def process(self, story, ts=beam.DoFn.TimestampParam):
            yield (story.event_time, int(ts.micros // 1000))

    with TestPipeline() as p:
        stamps = p | beam.Create([doc]) | ParseStories(event_time="story")
        assert_that(stamps.stories | beam.ParDo(_Stamp()), equal_to([(1491991200000, 1491991200000)]))


def test_choose_event_time_falls_back_in_order():
    story = Story(story_id="s", format="plaintext", body="b")
    assert choose_event_time(story, 7, 9, "story") == 7
    assert choose_event_time(story, None, 9, "story") == 9
    story.first_created = 3
    assert choose_event_time(story, 7, 9, "story") == 3
    story.version_created = 4
    assert choose_event_time(story, 7, 9, "story") == 4
    assert choose_event_time(story, 7, 9, "file") == 7
    assert choose_event_time(story, 7, 9, "ingest") == 9


def test_a_reading_of_some_parts_keeps_only_those():
    """A replay in slices reads a capture once per slice with ``parts`` set: each reading yields
    (and counts) only its own stories and rejected parts."""
    capture = anpa_capture_with_a_broken_message()
    docs = [
        RawDocument("capture.anpa", capture, mtime_ms=1_000, parts=frozenset({0, 1})),
        RawDocument("capture.anpa", capture, mtime_ms=1_000, parts=frozenset({2})),
        RawDocument("whole.anpa", capture, mtime_ms=1_000),
    ]
    with TestPipeline() as p:
        parsed = p | beam.Create(docs) | ParseStories()
        assert_that(
            parsed.stories | "Ids" >> beam.Map(lambda s: (s.source, s.story_id)),
            equal_to(
                [
                    ("capture.anpa#msg 1", "anpa:BC-Storm-Flash:2024-03-14"),
                    ("capture.anpa#msg 3", "anpa:BC-Mayor-Arrest:2024-03-14"),
                ]
                + [
                    ("whole.anpa#msg 1", "anpa:BC-Storm-Flash:2024-03-14"),
                    ("whole.anpa#msg 3", "anpa:BC-Mayor-Arrest:2024-03-14"),
                ]
            ),
            label="stories",
        )
        assert_that(
            parsed.deadletter | "Where" >> beam.Map(lambda d: d.source),
            equal_to(["capture.anpa#msg 2", "whole.anpa#msg 2"]),
            label="deadletter",
        )
