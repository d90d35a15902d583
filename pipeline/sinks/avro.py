"""Avro output: story and dead-letter records, written by fastavro through Beam."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import apache_beam as beam
import fastavro
from apache_beam.metrics import Metrics

from pipeline.model import DeadLetter, Story, load_schema

NAMESPACE = "wire-ingest"
SchemaName = Literal["story", "deadletter"]


@cache
def parsed_schema(name: SchemaName) -> dict:
    return fastavro.parse_schema(load_schema(name))


class _ToStoryRecord(beam.DoFn):
    """Story -> Avro dict, checked against the schema here so that a bad value
    becomes a dead letter instead of failing the file writer (and the job)."""

    def __init__(self, deadletter_raw_bytes: int) -> None:
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.written = Metrics.counter(NAMESPACE, "written")
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")

    def process(self, story: Story):
        record = story.to_record()
        try:
            fastavro.validation.validate(record, parsed_schema("story"), raise_errors=True)
        except Exception as err:  # ValidationError, or a value fastavro cannot even inspect
            self.dead.inc()
            yield beam.pvalue.TaggedOutput(
                "deadletter",
                DeadLetter.of_story(
                    story,
                    "write",
                    f"record does not match schemas/story.avsc: {err}",
                    max_raw_bytes=self.deadletter_raw_bytes,
                ),
            )
            return
        self.written.inc()
        yield record


class StoryRecords(beam.PTransform):
    """Stories to schema-checked Avro records; ``result.records`` and ``result.deadletter``."""

    def __init__(self, *, deadletter_raw_bytes: int = 64 * 1024) -> None:
        super().__init__()
        self.deadletter_raw_bytes = deadletter_raw_bytes

    def expand(self, stories):
        return stories | "ToRecord" >> beam.ParDo(_ToStoryRecord(self.deadletter_raw_bytes)).with_outputs(
            "deadletter", main="records"
        )


class WriteAvroFiles(beam.PTransform):
    """Write Avro records (dicts, or ``DeadLetter`` objects) under ``folder``::

    records | WriteAvroFiles("out/stories", "story")   # out/stories/story-00000-of-00002.avro ...

    The runner decides the number of files (one per bundle that wrote records; locally one per
    worker): a fixed count would send every record through one more shuffle, and a single file
    through one worker. ``file_tag`` goes into the file names (``story-<tag>-00000-of-00002.avro``):
    a replay run in slices writes each slice's files under its own tag.
    """

    def __init__(self, folder: str, schema: SchemaName, *, file_tag: str = "") -> None:
        super().__init__()
        if schema not in ("story", "deadletter"):
            raise ValueError(f"schema must be 'story' or 'deadletter', got {schema!r}")
        self.folder = folder.rstrip("/")
        self.schema = schema
        self.file_tag = file_tag

    def expand(self, records):
        return (
            records
            | "AsDict" >> beam.Map(lambda r: r.to_record() if isinstance(r, DeadLetter) else r)
            | "Write"
            >> beam.io.WriteToAvro(
                f"{self.folder}/{self.schema}-{self.file_tag}" if self.file_tag else f"{self.folder}/{self.schema}",
                schema=load_schema(self.schema),
                file_name_suffix=".avro",
                num_shards=0,
            )
        )


def output_files(output: str):
    """``(schema, FileMetadata)`` of every Avro file the sinks may have written under ``output``
    (``stories/story-*.avro`` and ``deadletter/deadletter-*.avro``; local or a Beam filesystem)."""
    from apache_beam.io.filesystems import FileSystems

    for folder, schema in (("stories", "story"), ("deadletter", "deadletter")):
        pattern = FileSystems.join(output, folder, f"{schema}-*.avro")
        for metadata in FileSystems.match([pattern])[0].metadata_list:
            yield schema, metadata


# The names ``WriteAvroFiles`` gives, untagged or slice-tagged. Streaming window files carry a
# time range and a pane, and never match.
_REPLAY_FILE = re.compile(r"(story|deadletter)-(slice\d{5}-)?\d{5}-of-\d{5}\.avro")


def replay_files(output: str) -> list[str]:
    """Paths of the files a batch replay (``WriteAvroFiles``) wrote under ``output``."""
    return [m.path for _, m in output_files(output) if _REPLAY_FILE.fullmatch(m.path.rsplit("/", 1)[-1])]


def remove_replay_files(output: str, *, keep: set[str] = frozenset()) -> int:
    """Delete the files a batch replay wrote under ``output``, except ``keep``; how many."""
    from apache_beam.io.filesystems import FileSystems

    doomed = [path for path in replay_files(output) if path not in keep]
    if doomed:
        FileSystems.delete(doomed)
    return len(doomed)
