"""The windowed Avro sink on the DirectRunner in streaming mode (TestStream):
one file per window and pane, nothing empty, late records in a later pane however late, a run
id in every name so a restart replaces nothing, no temporary names left behind. The same stream
breaks Beam's own writers (see the module docstring of ``pipeline.sinks.windowed``)."""

from __future__ import annotations

import apache_beam as beam
import fastavro
import pytest
from apache_beam.io import fileio
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.transforms.window import TimestampedValue

from pipeline.model import DeadLetter
from pipeline.runners import local_runner
from pipeline.sinks.windowed import WriteWindowedAvro, _WriteWindowFiles

WINDOW = 10
BASE = 1_800_000_000  # 2027-01-15T08:00:00Z, a window boundary for 10 s windows
RUN = "r0000abcd"


def _streaming():
    """A streaming pipeline on the runner ``wire-ingest`` picks (the DirectRunner's, with its
    timer holds)."""
    options = PipelineOptions([], streaming=True)
    return beam.Pipeline(runner=local_runner(options), options=options)


def _record(n: int) -> dict:
    return {
        "story_id": f"s{n}",
        "format": "plaintext",
        "body": f"body {n}",
        "ingested_at": 0,
        "event_id": f"evt-{n}",
        "dedup_status": "new_event",
    }


def _stream() -> BeamTestStream:
    """Window 0: five bundles of ten; window 1: nothing; window 2: five bundles of
    ten; then one record for window 0 after the watermark passed it."""
    ts = BeamTestStream()
    for w in (0, 1, 2):
        for b in range(5 if w != 1 else 0):
            ts = ts.add_elements(
                [TimestampedValue(_record(w * 1000 + b * 10 + i), BASE + w * WINDOW + b + i * 0.01) for i in range(10)]
            )
            ts = ts.advance_processing_time(1)
        ts = ts.advance_watermark_to(BASE + (w + 1) * WINDOW)
    ts = ts.add_elements([TimestampedValue(_record(999), BASE + 5)])
    ts = ts.advance_processing_time(5)
    return ts.advance_watermark_to_infinity()


def _read(path) -> list[dict]:
    with open(path, "rb") as handle:
        return list(fastavro.reader(handle))


def test_one_file_per_window_and_pane_with_every_record(tmp_path):
    with _streaming() as p:
        _ = p | _stream() | WriteWindowedAvro(str(tmp_path), "story", window_seconds=WINDOW, run_id=RUN)
    files = sorted(f.name for f in tmp_path.iterdir())
    assert files == [
        f"story-20270115T080000Z-20270115T080010Z-pane0-{RUN}-00000-of-00001.avro",
        f"story-20270115T080000Z-20270115T080010Z-pane1-{RUN}-00000-of-00001.avro",
        f"story-20270115T080020Z-20270115T080030Z-pane0-{RUN}-00000-of-00001.avro",
    ], "expected one on-time file per non-empty window, one late pane, no temp file"
    on_time, late, third = (_read(tmp_path / f) for f in files)
    assert sorted(r["story_id"] for r in on_time) == sorted(f"s{b * 10 + i}" for b in range(5) for i in range(10))
    assert [r["story_id"] for r in late] == ["s999"]
    assert len(third) == 50 and all(r["story_id"].startswith("s20") for r in third)


def test_dead_letters_are_windowed_the_same_way(tmp_path):
    dead = DeadLetter.of("pubsub:projects/wire-test/subscriptions/s", "parse", "empty input", b"")
    ts = (
        BeamTestStream()
        .add_elements([TimestampedValue(dead, BASE + 1), TimestampedValue(dead, BASE + 12)])
        .advance_watermark_to_infinity()
    )
    with _streaming() as p:
        _ = p | ts | WriteWindowedAvro(str(tmp_path), "deadletter", window_seconds=WINDOW, run_id=RUN)
    files = sorted(f.name for f in tmp_path.iterdir())
    assert files == [
        f"deadletter-20270115T080000Z-20270115T080010Z-pane0-{RUN}-00000-of-00001.avro",
        f"deadletter-20270115T080010Z-20270115T080020Z-pane0-{RUN}-00000-of-00001.avro",
    ]
    assert [r["reason"] for r in _read(tmp_path / files[0])] == ["empty input"]


def test_shards_split_a_window_by_story_id_stably(tmp_path):
    with _streaming() as p:
        _ = p | _stream() | WriteWindowedAvro(str(tmp_path), "story", window_seconds=WINDOW, shards=3)
    window0 = sorted(tmp_path.glob("story-20270115T080000Z-*-pane0-*.avro"))
    assert [f.name[-19:] for f in window0] == ["00000-of-00003.avro", "00001-of-00003.avro", "00002-of-00003.avro"]
    assert sum(len(_read(f)) for f in window0) == 50


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"window_seconds": 0}, "window_seconds"),
        ({"allowed_lateness_seconds": -1}, "allowed_lateness_seconds"),
        ({"shards": 0}, "shards"),
        ({"run_id": "run-1"}, "run_id"),
    ],
)
def test_bad_arguments_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        WriteWindowedAvro("out", "story", **kwargs)


def _backlog(count: int, at: float) -> BeamTestStream:
    """``count`` records of window 0 arriving together after the watermark passed the window by
    ``at`` seconds: what the local runner makes of a backlog."""
    return (
        BeamTestStream()
        .advance_watermark_to(BASE + WINDOW + at)
        .add_elements([TimestampedValue(_record(500 + n), BASE + 1 + n * 0.1) for n in range(count)])
        .advance_watermark_to_infinity()
    )


def test_records_later_than_the_allowed_lateness_are_still_written_in_one_late_file(tmp_path):
    """A GroupByKey under a watermark trigger dropped all of them without a trace (lateness 0)
    and wrote a late pane per record otherwise."""
    with _streaming() as p:
        _ = (
            p
            | _backlog(12, at=30)
            | WriteWindowedAvro(str(tmp_path), "story", window_seconds=WINDOW, allowed_lateness_seconds=0, run_id=RUN)
        )
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [f"story-20270115T080000Z-20270115T080010Z-pane0-{RUN}-00000-of-00001.avro"]
    assert sorted(r["story_id"] for r in _read(files[0])) == sorted(f"s{500 + n}" for n in range(12))


def test_a_restart_writes_beside_the_files_of_the_run_before_never_over_them(tmp_path):
    for run_id, first in (("r00000001", 0), ("r00000002", 100)):
        stream = (
            BeamTestStream()
            .add_elements([TimestampedValue(_record(first + n), BASE + 1 + n) for n in range(3)])
            .advance_watermark_to_infinity()
        )
        with _streaming() as p:
            _ = p | stream | WriteWindowedAvro(str(tmp_path), "story", window_seconds=WINDOW, run_id=run_id)
    files = sorted(tmp_path.iterdir())
    assert [f.name.split("-pane0-")[1] for f in files] == [
        "r00000001-00000-of-00001.avro",
        "r00000002-00000-of-00001.avro",
    ]
    assert sorted(r["story_id"] for f in files for r in _read(f)) == ["s0", "s1", "s100", "s101", "s102", "s2"]


def test_a_retried_write_replaces_its_own_file_and_other_records_take_the_next_pane(tmp_path, monkeypatch):
    """Within one run a name belongs to one set of records; replacing is one atomic rename
    (never delete, then rename)."""
    from apache_beam.io.filesystems import FileSystems

    def no_delete(paths):
        raise AssertionError(f"deleted {paths}: delete-then-rename is not atomic")

    monkeypatch.setattr(FileSystems, "delete", no_delete)
    writer = _WriteWindowFiles(str(tmp_path), "story", WINDOW * 1000, 0, 1, RUN)
    key = f"{BASE * 1000}/0"
    first = [_record(1), _record(2)]
    assert writer._write(key, first, 0)[0] == 0
    assert writer._write(key, list(reversed(first)), 0)[0] == 0, "a retry (same records) keeps its name"
    assert writer._write(key, [_record(3)], 0)[0] == 1, "other records never overwrite pane 0"
    files = sorted(tmp_path.iterdir())
    assert [f.name.split("-")[3] for f in files] == ["pane0", "pane1"]
    assert [r["story_id"] for r in _read(files[0])] == ["s1", "s2"]


class _FastavroSink(fileio.FileSink):
    def open(self, handle) -> None:
        self.handle, self.records = handle, []

    def write(self, record) -> None:
        self.records.append(record)

    def flush(self) -> None:
        from pipeline.sinks.avro import parsed_schema

        fastavro.writer(self.handle, parsed_schema("story"), self.records)


def _windowed(records):
    from apache_beam.transforms import trigger
    from apache_beam.transforms.window import FixedWindows

    return records | beam.WindowInto(
        FixedWindows(WINDOW),
        trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
        allowed_lateness=300,
        accumulation_mode=trigger.AccumulationMode.DISCARDING,
    )


def test_the_measurement_behind_the_choice_beams_writers_on_the_same_stream(tmp_path):
    """Why ``WriteWindowedAvro`` exists (Beam 2.77). If this fails after a Beam
    upgrade, measure again: one of Beam's writers may now do the job."""
    from pipeline.model import load_schema

    with pytest.raises(Exception, match="singleton"):
        with beam.Pipeline(options=PipelineOptions([], streaming=True)) as p:
            _ = _windowed(p | _stream()) | beam.io.WriteToAvro(
                str(tmp_path / "avro" / "story"), schema=load_schema("story"), num_shards=1
            )
    with beam.Pipeline(options=PipelineOptions([], streaming=True)) as p:
        _ = _windowed(p | _stream()) | fileio.WriteToFiles(
            path=str(tmp_path / "fileio"), sink=lambda _: _FastavroSink(), shards=1
        )
    window0 = [f for f in (tmp_path / "fileio").iterdir() if "2027-01-15T08:00:00-2027-01-15T08:00:10" in f.name]
    assert len(window0) > 2, f"fileio wrote {[f.name for f in window0]} for window 0 (expected a file per bundle)"
