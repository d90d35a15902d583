"""The whole job: sources -> formats -> annotate -> dedup -> sinks."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.annotate.transform import AnnotateStories
from pipeline.dedup.transform import DeduplicateStories
from pipeline.formats.transform import ParseStories
from pipeline.options import WireIngestOptions
from pipeline.sinks.avro import StoryRecords, WriteAvroFiles
from pipeline.sinks.pubsub import PublishStoryRecords
from pipeline.sinks.windowed import WriteWindowedAvro
from pipeline.sources.files import ReadWireFiles
from pipeline.sources.pubsub import ReadWireMessages

NAMESPACE = "wire-ingest"
SUMMARY_COUNTERS = ("read", "written", "deadlettered", "duplicates_dropped")


class IngestStories(beam.PTransform):
    """Raw documents to deduplicated, annotated stories and dead letters.

    Returns ``(stories, deadletter)``: ``Story`` elements (event-time stamped)
    and ``DeadLetter`` elements from every stage.
    """

    def __init__(self, opts: WireIngestOptions) -> None:
        super().__init__()
        self.opts = opts

    def expand(self, documents):
        opts = self.opts
        parsed = documents | "Parse" >> ParseStories(
            event_time=opts.event_time, deadletter_raw_bytes=opts.deadletter_raw_bytes
        )
        stories = (
            parsed.stories
            | "Annotate" >> AnnotateStories(opts.spacy_model, batch_size=opts.nlp_batch_size)
            | "Dedup" >> DeduplicateStories(retention_hours=opts.retention_hours)
        )
        return stories, parsed.deadletter


def build(p: beam.Pipeline, opts: WireIngestOptions) -> None:
    """Batch replay of files into ``OUTPUT/stories`` and ``OUTPUT/deadletter``."""
    documents = p | "ReadFiles" >> ReadWireFiles(opts.input, max_bytes=opts.max_story_bytes)
    stories, parse_dead = documents | "Ingest" >> IngestStories(opts)
    records = stories | "Records" >> StoryRecords(deadletter_raw_bytes=opts.deadletter_raw_bytes)
    records.records | "WriteStories" >> WriteAvroFiles(f"{opts.output}/stories", "story")
    (
        (parse_dead, records.deadletter)
        | "AllDeadLetters" >> beam.Flatten()
        | "WriteDeadLetters" >> WriteAvroFiles(f"{opts.output}/deadletter", "deadletter")
    )


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    deadlettered: int = 0
    duplicates_dropped: int = 0

    def line(self) -> str:
        return (
            f"stories read: {self.read}, written: {self.written}, "
            f"dead-lettered: {self.deadlettered}, duplicates dropped: {self.duplicates_dropped}"
        )

    @property
    def balanced(self) -> bool:
        return self.read == self.written + self.deadlettered + self.duplicates_dropped


def summarize(result) -> Summary:
    counters = result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]
    summary = Summary()
    for counter in counters:
        name = counter.key.metric.name
        if name in SUMMARY_COUNTERS:
            value = counter.committed if counter.committed is not None else counter.attempted
            setattr(summary, name, getattr(summary, name) + int(value or 0))
    return summary


def run_batch(options: PipelineOptions) -> Summary:
    opts = options.view_as(WireIngestOptions)
    p = beam.Pipeline(options=options)
    build(p, opts)
    result = p.run()
    result.wait_until_finish()
    return summarize(result)


def build_streaming(p: beam.Pipeline, opts: WireIngestOptions) -> None:
    """Pub/Sub into windowed ``OUTPUT/stories`` and ``OUTPUT/deadletter`` files
    (and ``--output-topic``), through the same stages as the batch job.

    Dedup runs before windowing, in the global window, so a redelivery is
    dropped whatever window it arrives in (for as long as the run lasts).
    """
    documents = p | "ReadPubSub" >> ReadWireMessages(
        subscription=opts.subscription, topic=opts.topic, timestamp_attribute=opts.timestamp_attribute
    )
    stories, parse_dead = documents | "Ingest" >> IngestStories(opts)
    records = stories | "Records" >> StoryRecords(deadletter_raw_bytes=opts.deadletter_raw_bytes)
    windowing = {
        "window_seconds": opts.window_seconds,
        "allowed_lateness_seconds": opts.allowed_lateness_seconds,
        "shards": opts.output_shards,
    }
    records.records | "WriteStories" >> WriteWindowedAvro(f"{opts.output}/stories", "story", **windowing)
    (
        (parse_dead, records.deadletter)
        | "AllDeadLetters" >> beam.Flatten()
        | "WriteDeadLetters" >> WriteWindowedAvro(f"{opts.output}/deadletter", "deadletter", **windowing)
    )
    if opts.output_topic:
        records.records | "PublishStories" >> PublishStoryRecords(opts.output_topic)


def run_streaming(options: PipelineOptions, stop: threading.Event) -> None:
    """Run until ``stop`` is set (the CLI sets it on SIGINT/SIGTERM) or the
    pipeline fails; files of windows already closed are complete on disk.

    No summary line: the DirectRunner's streaming counters report per-bundle
    values, not totals (measured), so the Beam metrics would mislead here.
    """
    from apache_beam.options.pipeline_options import StandardOptions

    opts = options.view_as(WireIngestOptions)
    options.view_as(StandardOptions).streaming = True
    if opts.event_time == "story":
        # A story's own time (often hours or years old) would be late data behind
        # a wall-clock watermark: in streaming the message's time is the event time.
        opts.event_time = "file"
    p = beam.Pipeline(options=options)
    build_streaming(p, opts)
    result = p.run()
    failure: list[BaseException] = []

    def wait() -> None:
        try:
            result.wait_until_finish()
        except BaseException as err:  # reported to the caller below
            failure.append(err)
        finally:
            stop.set()

    threading.Thread(target=wait, name="wire-ingest-wait", daemon=True).start()
    stop.wait()
    if failure:
        raise failure[0]
    # The DirectRunner's cancel waits for its worker thread, which may sit in a
    # Pub/Sub pull for up to 30 s; its threads are daemons, so do not wait long.
    # A window file being written then is left under its hidden temporary name.
    canceller = threading.Thread(target=_cancel, args=(result,), name="wire-ingest-cancel", daemon=True)
    canceller.start()
    canceller.join(CANCEL_WAIT_SECONDS)


CANCEL_WAIT_SECONDS = 10.0


def _cancel(result) -> None:
    try:
        result.cancel()
    except Exception as err:  # already finished or failed while stopping
        logging.getLogger(__name__).warning("cancelling the streaming pipeline: %s", err)
