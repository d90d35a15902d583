"""Beam layer of the parse stage: ``RawDocument`` in, stories and dead letters out."""

from __future__ import annotations

from typing import Literal

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import TimestampedValue

from pipeline.formats.base import Rejected
from pipeline.formats.registry import parse_document
from pipeline.model import DeadLetter, RawDocument, Story, now_millis

NAMESPACE = "wire-ingest"
STORIES = "stories"
DEADLETTER = "deadletter"
EventTimePolicy = Literal["story", "file", "ingest"]


def choose_event_time(story: Story, mtime_ms: int | None, ingested_at: int, policy: EventTimePolicy) -> int:
    """The story's own times first, then the file's, then the ingest time."""
    if policy == "ingest":
        return ingested_at
    candidates = [mtime_ms, ingested_at]
    if policy == "story":
        candidates = [story.version_created, story.first_created, *candidates]
    return next(t for t in candidates if t is not None)


class _ParseDocument(beam.DoFn):
    def __init__(self, event_time: EventTimePolicy, deadletter_raw_bytes: int) -> None:
        self.event_time = event_time
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.read = Metrics.counter(NAMESPACE, "read")
        self.parsed = Metrics.counter(NAMESPACE, "parsed")
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")

    def process(self, doc: RawDocument):
        ingested_at = now_millis()
        for result in parse_document(doc):
            self.read.inc()
            if isinstance(result, Rejected):
                self.dead.inc()
                yield beam.pvalue.TaggedOutput(
                    DEADLETTER,
                    DeadLetter.of(
                        result.source,
                        "parse",
                        result.reason,
                        result.raw,
                        max_raw_bytes=self.deadletter_raw_bytes,
                        attributes=doc.attributes,
                    ),
                )
                continue
            self.parsed.inc()
            result.ingested_at = ingested_at
            for name, value in doc.attributes.items():
                result.raw_metadata.setdefault(f"attr:{name}", value)
            result.event_time = choose_event_time(result, doc.mtime_ms, ingested_at, self.event_time)
            yield TimestampedValue(result, result.event_time / 1000.0)


class ParseStories(beam.PTransform):
    """Detect each document's format and parse it into stories.

    Returns a tagged result: ``result.stories`` (``Story``, timestamped with the
    story's event time) and ``result.deadletter`` (``DeadLetter`` with stage
    ``parse``). Every story or part of a document read counts once in the
    ``read`` counter and once in ``parsed`` or ``deadlettered``::

        parsed = documents | ParseStories()
        parsed.stories | ...
    """

    def __init__(self, *, event_time: EventTimePolicy = "story", deadletter_raw_bytes: int = 64 * 1024) -> None:
        super().__init__()
        if event_time not in ("story", "file", "ingest"):
            raise ValueError(f"event_time must be 'story', 'file' or 'ingest', got {event_time!r}")
        if deadletter_raw_bytes < 0:
            raise ValueError(f"deadletter_raw_bytes must be >= 0, got {deadletter_raw_bytes}")
        self.event_time = event_time
        self.deadletter_raw_bytes = deadletter_raw_bytes

    def expand(self, documents):
        return documents | "Parse" >> beam.ParDo(
            _ParseDocument(self.event_time, self.deadletter_raw_bytes)
        ).with_outputs(DEADLETTER, main=STORIES)
