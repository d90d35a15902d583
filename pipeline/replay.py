"""A big batch replay on the local runner, run as event-time-ordered slices.

The local runner (FnApiRunner, what the DirectRunner runs a batch job on) holds every stage's
output in its own process until the next stage has read it: one run over a whole archive makes
that process grow with the archive, tens of kB a story (README, Performance). A distributed
runner shuffles on its own workers and disks and needs none of this.

So a big local replay runs in slices (``pipeline.sources.slices``): the documents are indexed
on disk once, cut into slices of about ``--replay_slice_stories`` stories in event-time order,
and each slice runs as one pipeline, the same job as an ordinary replay. Each slice's dedup
remembers the stories decided in the slices before it that are still within the retention (its
context: their signatures and event ids, handed on through files in the work folder), so the
slices give the decisions of one run over the whole replay: same event ids, same relations,
redeliveries dropped. The runner process then holds one slice and the context, which is bounded
by the retention window as dedup's own state is.

Costs: one extra parse of every document for the index (about 0.3 ms a story), its bytes once
more on disk (under ``TMPDIR``), and per slice a pipeline start (worker processes, model load)
and a dedup tail, about 3 s. Output files get a slice tag: ``story-slice00001-00000-of-00001.avro``.
"""

from __future__ import annotations

import base64
import os
import shutil
import sys
import tempfile

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.dedup.matcher import HOUR_MS
from pipeline.options import WireIngestOptions
from pipeline.pipeline import Summary, archive_budget, build, run_batch, summarize
from pipeline.runners import local_workers, prepared
from pipeline.runners.local_plan import BIG_REPLAY_BYTES
from pipeline.sinks.replay_output import StagedReplay
from pipeline.sinks.windowed import window_files
from pipeline.sources.archives import expand_inputs, input_bytes
from pipeline.sources.slices import ReadSliceDocuments, Slice, SliceIndex

#: Stories a slice holds when ``--replay_slice_stories`` is not given and the input is big.
DEFAULT_SLICE_STORIES = 2000


def slice_stories(options: PipelineOptions) -> int:
    """Stories a slice holds for this replay, 0 for one run over everything.

    Only the local runner is sliced. ``--replay_slice_stories`` decides when given (0: never);
    by default a replay of ``BIG_REPLAY_BYTES`` or more of input is.
    """
    opts = options.view_as(WireIngestOptions)
    if local_workers(options) is None:
        return 0
    if opts.replay_slice_stories is not None:
        return max(0, opts.replay_slice_stories)
    try:
        size = input_bytes(list(opts.input))
    except FileNotFoundError:
        return 0  # reported by the run itself
    return DEFAULT_SLICE_STORIES if size >= BIG_REPLAY_BYTES else 0


def run_replay(options: PipelineOptions, *, progress=sys.stderr) -> Summary:
    """The batch job: in slices on the local runner when ``slice_stories`` says so, else one run.

    The replay is written to a staging folder and swapped in at the end (``StagedReplay``): it
    then replaces the files an earlier replay left in the same folder (their number and names
    depend on the workers and slices, so new files would not overwrite them all), and a replay
    that fails or is killed leaves the earlier one as it was.
    """
    opts = options.view_as(WireIngestOptions)
    expand_inputs(list(opts.input))  # an input that matches nothing fails before anything is written
    _refuse_streaming_output(opts.output)
    output = opts.output
    staged = StagedReplay(output)
    opts.output = staged.folder
    try:
        per_slice = slice_stories(options)
        summary = run_sliced(options, per_slice, progress=progress) if per_slice else run_batch(options)
    except BaseException:
        staged.abort()
        raise
    finally:
        opts.output = output
    replaced = staged.commit()
    if replaced:
        print(f"replaced the {replaced} output file(s) of an earlier replay", file=progress, flush=True)
    return summary


def _refuse_streaming_output(output: str) -> None:
    """A replay into a folder a streaming run wrote to would delete some of its window files:
    Beam's file sink clears every file matching its own glob (``story-*-of-00002.avro``) before it
    moves its new files into place, and window files match it. So such a folder is refused."""
    streamed = window_files(output)
    if streamed:
        raise ValueError(
            f"--output {output!r} holds {len(streamed)} file(s) of a streaming run (e.g. "
            f"{streamed[0].rsplit('/', 1)[-1]}), which a batch replay there could delete; "
            "replay to another folder"
        )


def run_sliced(options: PipelineOptions, per_slice: int, *, progress=sys.stderr) -> Summary:
    opts = options.view_as(WireIngestOptions)
    work = tempfile.mkdtemp(prefix="wire-ingest-replay-")
    try:
        index = SliceIndex.build(
            os.path.join(work, "index.sqlite"),
            opts.input,
            stories_per_slice=per_slice,
            max_bytes=opts.max_story_bytes,
            event_time=opts.event_time,
            budget=archive_budget(opts),
        )
        retention_ms = int(opts.retention_hours * HOUR_MS)
        total = Summary()
        carried: list[tuple[Slice, str]] = []  # earlier slices and their context files
        for piece in index.slices:
            since = (piece.first_ms or 0) - retention_ms
            carried = _still_needed(carried, since)
            last = piece.number == len(index.slices) - 1
            summary = _run_slice(options, index, piece, carried, since, work, emit=not last)
            if not last:
                carried.append((piece, _context_prefix(work, piece)))
            total = total.plus(summary)
            print(f"slice {piece.number + 1}/{len(index.slices)}: {summary.line()}", file=progress, flush=True)
        return total
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_slice(options, index: SliceIndex, piece: Slice, carried, since: int, work: str, *, emit: bool) -> Summary:
    opts = options.view_as(WireIngestOptions)
    with prepared(options, streaming=False) as new_runner:
        p = beam.Pipeline(runner=new_runner(), options=options)
        documents = p | "ReadSlice" >> ReadSliceDocuments(index.path, piece.number, parts=local_workers(options) or 1)
        context = None
        if carried:
            context = (
                p
                | "ContextFiles" >> beam.Create([f"{prefix}*" for _, prefix in carried])
                | "ReadContext" >> beam.io.ReadAllFromText()
                | "DecodeContext" >> beam.Map(base64.b64decode)
            )
        tag = f"slice{piece.number:05d}" if len(index.slices) > 1 else ""
        emitted = build(
            p, opts, documents=documents, file_tag=tag, context=context, context_since_ms=since, emit_context=emit
        )
        if emit:
            (
                emitted
                | "EncodeContext" >> beam.Map(lambda entry: base64.b64encode(entry).decode("ascii"))
                | "WriteContext" >> beam.io.WriteToText(_context_prefix(work, piece), file_name_suffix=".b64")
            )
        result = p.run()
        result.wait_until_finish()
        return summarize(result)  # a job server answers the metrics query: before it stops


def _context_prefix(work: str, piece: Slice) -> str:
    return os.path.join(work, f"context-{piece.number:05d}")


def _still_needed(carried: list[tuple[Slice, str]], since: int) -> list[tuple[Slice, str]]:
    """The earlier slices with a story at or after ``since``; the others' files are deleted
    (later slices start later, so they will not need them either)."""
    kept = []
    for piece, prefix in carried:
        if piece.last_ms is not None and piece.last_ms >= since:
            kept.append((piece, prefix))
            continue
        folder, name = os.path.split(prefix)
        for file in os.listdir(folder):
            if file.startswith(name):
                os.remove(os.path.join(folder, file))
    return kept
