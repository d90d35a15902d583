"""The whole job: sources -> formats -> annotate -> dedup -> sinks."""

from __future__ import annotations

from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.annotate.transform import AnnotateStories
from pipeline.dedup.transform import DeduplicateStories
from pipeline.formats.transform import ParseStories
from pipeline.options import WireIngestOptions
from pipeline.sinks.avro import StoryRecords, WriteAvroFiles
from pipeline.sources.files import ReadWireFiles

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
