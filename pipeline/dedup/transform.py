"""Beam layer of the dedup stage.

Foundation version: exact redeliveries (same source id, version and content) are
dropped; every other story is its own event, with an id derived from its story id.
"""

from __future__ import annotations

import hashlib

import apache_beam as beam
from apache_beam.coders import BooleanCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from pipeline.model import Story

NAMESPACE = "wire-ingest"


def exact_key(story: Story) -> str:
    """Same source id, same version, same content: a redelivery."""
    return f"{story.story_id}\x1f{story.version}\x1f{story.content_hash}"


def event_id_for(story_id: str) -> str:
    return "evt-" + hashlib.sha256(story_id.encode("utf-8")).hexdigest()[:16]


class _DropRedeliveries(beam.DoFn):
    SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())

    def __init__(self) -> None:
        self.dropped = Metrics.counter(NAMESPACE, "duplicates_dropped")

    def process(self, element, seen=beam.DoFn.StateParam(SEEN)):
        _, story = element
        if seen.read():
            self.dropped.inc()
            return
        seen.write(True)
        yield story


def _assign_own_event(story: Story) -> Story:
    story.event_id = event_id_for(story.story_id)
    story.dedup_status = "new_event"
    return story


class DeduplicateStories(beam.PTransform):
    """Drop exact redeliveries and give every story an ``event_id``.

    Input and output: ``PCollection[Story]`` (element timestamps = event time)::

        deduped = stories | DeduplicateStories()
    """

    def __init__(self, retention_hours: float = 72.0) -> None:
        super().__init__()
        if retention_hours <= 0:
            raise ValueError(f"retention_hours must be positive, got {retention_hours}")
        self.retention_hours = retention_hours

    def expand(self, stories):
        return (
            stories
            | "KeyByContent" >> beam.Map(lambda s: (exact_key(s), s))
            | "DropRedeliveries" >> beam.ParDo(_DropRedeliveries())
            | "AssignEvent" >> beam.Map(_assign_own_event)
        )
