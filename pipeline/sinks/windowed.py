"""Windowed Avro files for streaming runs: one file per fixed event-time window and pane (and
shard), named by the window's UTC time range and the run, written atomically.

    records | WriteWindowedAvro("out/stories", "story", window_seconds=60, run_id="r3fa2b1c4")
    # out/stories/story-20261127T174000Z-20261127T174100Z-pane0-r3fa2b1c4-00000-of-00001.avro

How it decides (a stateful ``DoFn`` keyed by window and shard, in the global window):

- A window's records wait in state until the watermark passes the window's end; then they are
  written as ``pane0``: every record of the window that reached the sink in time. A record that
  reaches the sink after that (late data: a backlog the local runner reads behind its watermark,
  a lagging ``--timestamp-attribute``) is written in the next pane of its window (``pane1``...),
  as soon as the watermark lets the pane's timer fire, with the other late records of that
  moment: a backlog gives a file per pull, not a file per story. Nothing is ever dropped,
  however late.
- ``allowed_lateness_seconds`` bounds the state, not what is written: a window's pane count is
  forgotten that long after its end. A record even later still gets a file, under the first pane
  number no file of this run has taken.
- Names carry the run id: a restart (whose pane numbers start again at 0) never replaces a file
  another run wrote. Within one run a name is taken by one set of records only: a retried bundle
  writes the same records under the same name (the file's header keeps a digest of its records),
  replacing it in one atomic rename; other records never overwrite it.
- Each file is written under a hidden temporary name in the same folder and renamed into place
  (Beam ``FileSystems``: local, ``gs://``...), so a consumer listing ``*.avro`` never sees a partial
  file; no file is ever empty.

Why not Beam's writers, or a ``WindowInto`` + ``GroupByKey`` before writing (measured on the
DirectRunner in streaming mode, Beam 2.77; see ``tests/streaming/test_windowed_sink.py``):

- ``WriteToAvro`` on windowed input wrote one correct file per window when every
  element was on time, but a late pane (allowed lateness > 0) failed the whole
  pipeline: its finalize step reads the window's temp directory as a singleton
  side input and got two values ("PCollection of size 2 ... accessed as a
  singleton view"). It also needs three GroupByKeys per window, and names files
  ``[0.0, 10.0)``.
- ``fileio.WriteToFiles`` with a fastavro sink and ``shards=1`` wrote a file per
  bundle (5 files of 10 records for one window), and a late pane's files take the
  same ``-00000-of-0000N`` names as the on-time pane's, so a late pane can
  overwrite records already written.
- A ``GroupByKey`` under a watermark trigger drops records later than the allowed lateness
  without a trace (a backlog of 40 stories with the lateness at 0: all 40 gone), and fires a
  late pane per record (40 files).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import re
import uuid
from datetime import datetime, timezone

import apache_beam as beam
import fastavro
from apache_beam.coders import PickleCoder, VarIntCoder
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, ReadModifyWriteStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import TIME_GRANULARITY, Timestamp

from pipeline.model import DeadLetter
from pipeline.sinks.avro import SchemaName, output_files, parsed_schema

__all__ = ["WriteWindowedAvro", "last_window_end", "new_run_id", "tally_window_files", "window_file_name"]

NAMESPACE = "wire-ingest"
# One line per window file written: the streaming run's progress (the CLI shows it; the
# DirectRunner's streaming counters are per bundle, so they cannot give a running total).
PROGRESS = logging.getLogger("pipeline.progress")
#: Avro header key holding the digest of a window file's records (what makes a rewrite a retry).
RECORDS_DIGEST_KEY = "wire-ingest.records-sha256"


def new_run_id() -> str:
    """A fresh id for one streaming run, part of every file name it writes: ``r`` and 8 hex digits."""
    return "r" + uuid.uuid4().hex[:8]


def _utc(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def window_file_name(prefix: str, start_ms: int, end_ms: int, pane: int, run_id: str, shard: int, shards: int) -> str:
    """``story-20261127T174000Z-20261127T174100Z-pane0-r3fa2b1c4-00000-of-00001.avro``"""
    return f"{prefix}-{_utc(start_ms)}-{_utc(end_ms)}-pane{pane}-{run_id}-{shard:05d}-of-{shards:05d}.avro"


# Files of earlier releases have no run id; they are still window files.
_WINDOW_NAME = re.compile(
    r"^(?:story|deadletter)-(\d{8}T\d{6}Z)-(\d{8}T\d{6}Z)-pane\d+-(?:r[0-9a-f]{8}-)?\d{5}-of-\d{5}\.avro$"
)


def window_files(output: str) -> list[str]:
    """Paths of the window files (what a streaming run writes) under ``output``."""
    return [m.path for _, m in output_files(output) if _WINDOW_NAME.match(m.path.rsplit("/", 1)[-1])]


def last_window_end(output: str) -> int | None:
    """End (epoch ms) of the latest window with a file under ``output``/stories or
    ``output``/deadletter, or None when there is none."""
    ends = []
    for path in window_files(output):
        match = _WINDOW_NAME.match(path.rsplit("/", 1)[-1])
        if match:
            end = datetime.strptime(match.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            ends.append(int(end.timestamp() * 1000))
    return max(ends, default=None)


def tally_window_files(output: str, since_s: float = 0.0) -> dict[str, tuple[int, int]]:
    """``{"story": (files, records), "deadletter": (files, records)}`` over the window files
    under ``output`` written at or after ``since_s`` (epoch seconds): what a streaming run
    wrote, counted from the files themselves (Avro block headers, no record is decoded)."""
    tally = {"story": [0, 0], "deadletter": [0, 0]}
    for prefix, metadata in output_files(output):
        if metadata.last_updated_in_seconds < since_s:
            continue
        with FileSystems.open(metadata.path) as handle:
            tally[prefix][1] += sum(block.num_records for block in fastavro.block_reader(handle))
        tally[prefix][0] += 1
    return {prefix: (files, records) for prefix, (files, records) in tally.items()}


def _shard_of(record: dict, shards: int) -> int:
    if shards == 1:
        return 0
    # A stable digest, not hash(): the shard must agree across worker processes.
    key = str(record.get("story_id") or record.get("source") or "").encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") % shards


class _KeyByWindow(beam.DoFn):
    """Record -> ("<window start ms>/<shard>", record): the sink's state is per window and shard."""

    def __init__(self, window_ms: int, shards: int) -> None:
        self.window_ms = window_ms
        self.shards = shards

    def process(self, record, timestamp=beam.DoFn.TimestampParam):  # noqa: B008
        millis = int(timestamp.micros // 1000)
        yield f"{millis - millis % self.window_ms}/{_shard_of(record, self.shards)}", record


def _ordered(records: list[dict]) -> tuple[list[dict], str]:
    """The records in a fixed order (bag state has none) and the digest of that list."""
    keyed = sorted((json.dumps(r, sort_keys=True, default=str), n) for n, r in enumerate(records))
    digest = hashlib.sha256("\n".join(text for text, _ in keyed).encode("utf-8")).hexdigest()
    return [records[n] for _, n in keyed], digest


def _digest_of(path: str) -> str | None:
    """The records digest in an existing window file's header (None for a file without one)."""
    try:
        with FileSystems.open(path) as handle:
            value = fastavro.reader(handle).metadata.get(RECORDS_DIGEST_KEY)
    except (OSError, ValueError):
        return None
    return value.decode("ascii") if isinstance(value, bytes) else value


class _WriteWindowFiles(beam.DoFn):
    """Keyed by window and shard: holds the window's records until the watermark passes its end,
    then writes them as one pane file; later records go to later panes (see the module docstring)."""

    RECORDS = BagStateSpec("records", PickleCoder())
    PANES = ReadModifyWriteStateSpec("panes", VarIntCoder())  # panes written so far
    ARMED = ReadModifyWriteStateSpec("armed", VarIntCoder())  # 1: the flush timer is set
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)
    FORGET = TimerSpec("forget", TimeDomain.WATERMARK)

    def __init__(self, folder: str, schema: SchemaName, window_ms: int, lateness_ms: int, shards: int, run_id: str):
        self.folder = folder
        self.schema = schema
        self.window_ms = window_ms
        self.lateness_ms = lateness_ms
        self.shards = shards
        self.run_id = run_id
        self.files = Metrics.counter(NAMESPACE, f"{schema}_files_written")

    def process(
        self,
        element,
        records=beam.DoFn.StateParam(RECORDS),  # noqa: B008
        armed=beam.DoFn.StateParam(ARMED),  # noqa: B008
        flush=beam.DoFn.TimerParam(FLUSH),  # noqa: B008
        forget=beam.DoFn.TimerParam(FORGET),  # noqa: B008
    ):
        key, record = element
        records.add(record)
        if not armed.read():
            end_ms = int(key.split("/")[0]) + self.window_ms
            # The window's last instant: fires once the watermark has passed the whole window
            # (at once when it already has: a late record).
            flush.set(Timestamp(micros=end_ms * 1000) - TIME_GRANULARITY)
            forget.set(Timestamp(micros=(end_ms + self.lateness_ms) * 1000))
            armed.write(1)

    @on_timer(FLUSH)
    def _flush(
        self,
        key=beam.DoFn.KeyParam,  # noqa: B008
        records=beam.DoFn.StateParam(RECORDS),  # noqa: B008
        panes=beam.DoFn.StateParam(PANES),  # noqa: B008
        armed=beam.DoFn.StateParam(ARMED),  # noqa: B008
    ):
        armed.clear()
        path = self._write_pending(key, records, panes)
        if path:
            yield path

    @on_timer(FORGET)
    def _forget(
        self,
        key=beam.DoFn.KeyParam,  # noqa: B008
        records=beam.DoFn.StateParam(RECORDS),  # noqa: B008
        panes=beam.DoFn.StateParam(PANES),  # noqa: B008
        armed=beam.DoFn.StateParam(ARMED),  # noqa: B008
    ):
        # A record that came just now is written here (its flush, if still set, then finds nothing).
        path = self._write_pending(key, records, panes)
        panes.clear()
        armed.clear()
        if path:
            yield path

    def _write_pending(self, key: str, records, panes) -> str | None:
        """Write the records waiting in state as the window's next pane; its path, or None."""
        pending = list(records.read())
        records.clear()
        if not pending:
            return None
        written, path = self._write(key, pending, panes.read() or 0)
        panes.write(written + 1)
        return path

    def _write(self, key: str, pending: list[dict], pane: int) -> tuple[int, str]:
        """Write ``pending`` as the first pane from ``pane`` on whose name is free in this run (or
        holds these same records: a retry); the pane number and the path."""
        start_text, shard_text = key.split("/")
        start_ms, shard = int(start_text), int(shard_text)
        ordered, digest = _ordered(pending)
        for index in itertools.count(pane):
            name = window_file_name(
                self.schema, start_ms, start_ms + self.window_ms, index, self.run_id, shard, self.shards
            )
            final = FileSystems.join(self.folder, name)
            if not FileSystems.exists(final) or _digest_of(final) == digest:
                break
        # Hidden name in the same folder: a consumer globbing *.avro never sees it, and the
        # rename stays within one filesystem. The rename replaces a retry's file atomically.
        temp = FileSystems.join(self.folder, f".{name}.{uuid.uuid4().hex}.tmp")
        with FileSystems.create(temp) as handle:
            fastavro.writer(
                handle, parsed_schema(self.schema), ordered, codec="deflate", metadata={RECORDS_DIGEST_KEY: digest}
            )
        FileSystems.rename([temp], [final])
        self.files.inc()
        PROGRESS.info(
            "%s window %s-%s pane %d: %d record(s) -> %s",
            self.schema,
            _utc(start_ms),
            _utc(start_ms + self.window_ms),
            index,
            len(ordered),
            final,
        )
        return index, final


class WriteWindowedAvro(beam.PTransform):
    """Records (Avro dicts or ``DeadLetter``) to fixed-window Avro files under ``folder``,
    named with ``run_id`` (a fresh one when not given); returns the PCollection of written paths.

    Records are windowed by their element timestamps. A window's first file (``pane0``) is
    written when the watermark passes the window's end; records arriving later go to later panes,
    however late (``allowed_lateness_seconds`` only says how long a window's pane count is kept).
    """

    def __init__(
        self,
        folder: str,
        schema: SchemaName,
        *,
        window_seconds: int = 60,
        allowed_lateness_seconds: int = 86400,
        shards: int = 1,
        run_id: str | None = None,
    ) -> None:
        super().__init__()
        if schema not in ("story", "deadletter"):
            raise ValueError(f"schema must be 'story' or 'deadletter', got {schema!r}")
        if window_seconds < 1:
            raise ValueError(f"window_seconds must be a positive number of seconds, got {window_seconds!r}")
        if allowed_lateness_seconds < 0:
            raise ValueError(f"allowed_lateness_seconds must be >= 0, got {allowed_lateness_seconds!r}")
        if shards < 1:
            raise ValueError(f"shards must be a positive integer, got {shards!r}")
        if run_id is not None and not re.fullmatch(r"r[0-9a-f]{8}", run_id):
            raise ValueError(f"run_id must be 'r' and 8 hex digits (see new_run_id), got {run_id!r}")
        self.folder = folder.rstrip("/")
        self.schema = schema
        self.window_seconds = window_seconds
        self.allowed_lateness_seconds = allowed_lateness_seconds
        self.shards = shards
        self.run_id = run_id or new_run_id()

    def expand(self, records):
        window_ms = self.window_seconds * 1000
        return (
            records
            | "AsDict" >> beam.Map(lambda r: r.to_record() if isinstance(r, DeadLetter) else r)
            | "KeyByWindow" >> beam.ParDo(_KeyByWindow(window_ms, self.shards)).with_output_types(tuple[str, dict])
            | "WriteFiles"
            >> beam.ParDo(
                _WriteWindowFiles(
                    self.folder,
                    self.schema,
                    window_ms,
                    self.allowed_lateness_seconds * 1000,
                    self.shards,
                    self.run_id,
                )
            )
        )
