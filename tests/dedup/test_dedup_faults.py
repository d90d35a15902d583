"""A fault inside the dedup stage on one story makes that story a dead letter (stage ``dedup``,
with the reason); the job goes on, and the other stories are decided as every path decides them.

Faults are injected where each phase does its work: the signature (signing the story), the
candidate search at the keys (scoring two stories) and the decision core (remembering an event).
"""

from __future__ import annotations

import random

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.testing.util import assert_that, equal_to
from dedup_feeds import FEED, FOLLOW_UPS, LEEDS, PORTLAND_CHARGED, PORTLAND_OTHER, timed_feed

import pipeline.dedup.matcher as matcher
import pipeline.dedup.signature as signature
from pipeline.dedup import DeduplicateStories
from pipeline.dedup.linker import KeyedDeduplicator
from pipeline.dedup.memory import EventMemory
from pipeline.runners import local_runner


def _stories():
    return sorted(timed_feed(FEED + FOLLOW_UPS), key=lambda s: s.event_time)


def _fail_to_sign(monkeypatch, story_id: str) -> None:
    real = signature.term_vector

    def failing(story):
        if story.story_id == story_id:
            raise ValueError(f"cannot weigh the terms of {story_id}")
        return real(story)

    monkeypatch.setattr(signature, "term_vector", failing)


def _fail_to_compare(monkeypatch, story_id: str) -> None:
    real = matcher.event_score

    def failing(a, b, **kwargs):
        if a.story_id == story_id:
            raise ZeroDivisionError("a score divided by zero")
        return real(a, b, **kwargs)

    monkeypatch.setattr(matcher, "event_score", failing)


def _fail_to_remember(monkeypatch, story_id: str) -> None:
    real = EventMemory.remember

    def failing(self, clues, event_id):
        if clues.story_id == story_id:
            raise KeyError("no such fact")
        return real(self, clues, event_id)

    monkeypatch.setattr(EventMemory, "remember", failing)


def _simulated(stories, unsigned: str) -> tuple[list[tuple], list[str]]:
    """The decisions of the in-process simulation with the same faults (the story that cannot be
    signed never reaches it): decided rows, and the story ids it failed."""
    dedup = KeyedDeduplicator()
    rows, failed = [], []
    signed = [signature.signature_of(s) for s in stories if s.story_id != unsigned]
    for sig in sorted(signed, key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is None:
            continue
        if decision.failure is not None:
            failed.append(sig.story_id)
        else:
            rows.append((sig.story_id, sig.version, decision.event_id, decision.relation))
    return rows, failed


def _rows(stories):
    return stories | "Rows" >> beam.Map(lambda s: (s.story_id, s.version, s.event_id, s.dedup_status))


def _dead(deadletter):
    return deadletter | "Dead" >> beam.Map(lambda d: (d.stage, d.story_id, d.reason.split(": ", 1)[0], bool(d.raw)))


def test_batch_dead_letters_a_story_that_fails_to_sign_or_to_be_decided(monkeypatch):
    _fail_to_sign(monkeypatch, LEEDS.story_id)
    _fail_to_remember(monkeypatch, PORTLAND_OTHER.story_id)
    stories = _stories()
    expected, failed = _simulated(stories, unsigned=LEEDS.story_id)
    assert failed == [PORTLAND_OTHER.story_id]
    # The follow-up three weeks on still joins its fire through the event memory.
    charged = next(row for row in expected if row[0] == PORTLAND_CHARGED.story_id)
    assert charged[3] == "same_event"
    handed = list(stories)
    random.Random(3).shuffle(handed)
    with TestPipeline() as p:
        timed = [beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in handed]
        out = p | beam.Create(timed, reshuffle=True) | DeduplicateStories(key_shards=2)
        assert_that(_rows(out.stories), equal_to(expected), label="stories")
        dead = [
            ("dedup", LEEDS.story_id, "dedup could not sign the story", True),
            ("dedup", PORTLAND_OTHER.story_id, "dedup could not decide the story's event", True),
        ]
        assert_that(_dead(out.deadletter), equal_to(dead), label="dead")
        reasons = out.deadletter | "Reasons" >> beam.Map(lambda d: d.reason.split(": ", 1)[1])
        assert_that(
            reasons,
            equal_to([f"ValueError: cannot weigh the terms of {LEEDS.story_id}", "KeyError: 'no such fact'"]),
            label="reasons",
        )


def test_streaming_dead_letters_a_story_whose_search_fails(monkeypatch):
    _fail_to_compare(monkeypatch, PORTLAND_OTHER.story_id)
    stories = _stories()
    expected, failed = _simulated(stories, unsigned="")
    assert failed == [PORTLAND_OTHER.story_id]
    stream = BeamTestStream()
    for story in stories:
        stream = stream.add_elements([beam.window.TimestampedValue(story, story.event_time / 1000.0)])
    options = PipelineOptions()
    options.view_as(StandardOptions).streaming = True
    p = TestPipeline(runner=local_runner(options), options=options)
    out = p | stream.advance_watermark_to_infinity() | DeduplicateStories()
    assert_that(_rows(out.stories), equal_to(expected), label="stories")
    dead = [("dedup", PORTLAND_OTHER.story_id, "dedup could not search the story's matches", True)]
    assert_that(_dead(out.deadletter), equal_to(dead), label="dead")
    p.run().wait_until_finish()


def test_the_job_writes_the_dedup_stage_dead_letters_and_balances(monkeypatch, tmp_path):
    """``wire-ingest run`` in-process (small input: the local runner runs it in this process, so
    the injected fault applies): a story stamped 2099 and one that cannot be signed are dead
    letters of stage ``dedup`` in the output, and read = written + dead-lettered + dropped."""
    import json

    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.replay import run_replay
    from tests.avro_files import read_avro_folder

    def row(uri: str, when: str, headline: str) -> str:
        body = f"{headline}. The county council met on Monday to hear the matter, a spokesman said."
        return json.dumps({"uri": uri, "versioncreated": when, "headline": headline, "body_text": body})

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                row("urn:t:fine", "2026-03-03T10:00:00Z", "Ferry timetable changes for the spring"),
                row("urn:t:unsigned", "2026-03-03T11:00:00Z", "Library extends its opening hours"),
                row("urn:t:future", "2099-01-01T00:00:00Z", "Stamped far in the future"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    _fail_to_sign(monkeypatch, "urn:t:unsigned")
    out = tmp_path / "out"
    options = PipelineOptions(["--input", str(feed), "--output", str(out), "--direct_num_workers", "1"])
    summary = run_replay(options, progress=open(tmp_path / "progress.txt", "w"))
    dead = {d["story_id"]: d for d in read_avro_folder(out / "deadletter")}
    assert sorted(dead) == ["urn:t:future", "urn:t:unsigned"]
    assert all(d["stage"] == "dedup" for d in dead.values())
    assert dead["urn:t:unsigned"]["reason"].startswith("dedup could not sign the story: ValueError")
    assert dead["urn:t:unsigned"]["raw"].startswith(b"Library extends")
    assert [s["story_id"] for s in read_avro_folder(out / "stories")] == ["urn:t:fine"]
    assert (summary.read, summary.written, summary.deadlettered) == (3, 1, 2) and summary.balanced
