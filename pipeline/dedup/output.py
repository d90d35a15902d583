"""The dedup stage's outputs: each story with its decision, stamped at its event time, and the
dead letters of stories the stage could not sign or decide (stage ``dedup``, with the reason)."""

from __future__ import annotations

import dataclasses
import logging
from typing import NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.timestamp import Timestamp

from pipeline.dedup.linker import Decision
from pipeline.dedup.memory import EventClues, clues_of
from pipeline.dedup.signature import Signature, signature_of, warm_up
from pipeline.model import DeadLetter, Story

NAMESPACE = "wire-ingest"
DEADLETTER = "deadletter"
SIGN_FAILED = "dedup could not sign the story"


class Deduplicated(NamedTuple):
    """What ``DeduplicateStories`` returns: the decided stories, the dead letters, and (a replay
    in slices with ``emit_context``) the context for the next slice, else None."""

    stories: beam.PCollection
    deadletter: beam.PCollection
    context: beam.PCollection | None = None


def ts(ms: int) -> Timestamp:
    """A Beam timestamp of epoch milliseconds."""
    return Timestamp(micros=int(ms) * 1000)


class SignStories(beam.DoFn):
    """The first step of both dedup graphs: a story's signature and event clues, handed to
    ``signed_story`` (which a subclass defines); a story they cannot be made for becomes a dead
    letter (tagged ``deadletter``): one story's fault must not fail the job."""

    def __init__(self, deadletter_raw_bytes: int) -> None:
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")

    def setup(self) -> None:
        warm_up()

    def process(self, story: Story):
        try:
            sig = signature_of(story)
            clues = clues_of(sig)
        except Exception as err:  # any fault of one story: its dead letter says which
            self.dead.inc()
            reason = f"{SIGN_FAILED}: {type(err).__name__}: {err}"
            yield beam.pvalue.TaggedOutput(DEADLETTER, dead_letter(story, reason, self.deadletter_raw_bytes))
            return
        yield from self.signed_story(story, sig, clues)

    def signed_story(self, story: Story, sig: Signature, clues: EventClues):
        raise NotImplementedError


def dead_letter(story: Story, reason: str, max_raw_bytes: int) -> beam.window.TimestampedValue:
    """The dead letter of a story the stage could not handle, at the story's event time."""
    logging.getLogger(__name__).warning("dedup of %s (%s) failed: %s", story.story_id, story.source, reason)
    dead = DeadLetter.of_story(story, "dedup", reason, max_raw_bytes=max_raw_bytes)
    return beam.window.TimestampedValue(dead, ts(story.event_time))


def decided(story: Story, decision: Decision) -> beam.window.TimestampedValue:
    """The output record: the story with its event id and relation, at its event time."""
    return beam.window.TimestampedValue(
        dataclasses.replace(
            story,
            event_id=decision.event_id,
            dedup_status=decision.relation,
            supersedes=decision.supersedes,
            supersedes_version=decision.supersedes_version,
        ),
        ts(story.event_time),
    )


def settled(story: Story, decision: Decision, max_raw_bytes: int):
    """What the join emits for a story and its decision: the decided story, or (tagged
    ``deadletter``) its dead letter if the decision carries a failure."""
    if decision.failure is not None:
        return beam.pvalue.TaggedOutput(DEADLETTER, dead_letter(story, decision.failure, max_raw_bytes))
    return decided(story, decision)
