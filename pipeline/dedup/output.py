"""The dedup stage's output: each story with its decision, stamped at its event time."""

from __future__ import annotations

import dataclasses

import apache_beam as beam
from apache_beam.utils.timestamp import Timestamp

from pipeline.dedup.linker import Decision
from pipeline.model import Story

NAMESPACE = "wire-ingest"


def ts(ms: int) -> Timestamp:
    """A Beam timestamp of epoch milliseconds."""
    return Timestamp(micros=int(ms) * 1000)


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
