"""The whole job: sources -> formats -> annotate -> dedup -> sinks."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.annotate.transform import AnnotateStories
from pipeline.dedup.coder import decode_story, encode_story
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
    and ``DeadLetter`` elements from every stage. A slice of a replay (``pipeline.replay``)
    passes the earlier slices' dedup ``context`` and, with ``emit_context``, gets
    ``(stories, deadletter, context)``.
    """

    def __init__(
        self,
        opts: WireIngestOptions,
        *,
        key_shards: int | None = None,
        spread: int = 0,
        context=None,
        context_since_ms: int = 0,
        emit_context: bool = False,
    ) -> None:
        super().__init__()
        self.opts = opts
        self.key_shards = key_shards
        self.spread = spread
        self.context = context
        self.context_since_ms = context_since_ms
        self.emit_context = emit_context

    def expand(self, documents):
        opts = self.opts
        parsed = documents | "Parse" >> ParseStories(
            event_time=opts.event_time, deadletter_raw_bytes=opts.deadletter_raw_bytes
        )
        parsed_stories = parsed.stories
        if self.spread:
            parsed_stories = parsed_stories | "SpreadStories" >> _SpreadStories(self.spread)
        deduped = (
            parsed_stories
            | "Annotate" >> AnnotateStories(opts.spacy_model, batch_size=opts.nlp_batch_size)
            | "Dedup"
            >> DeduplicateStories(
                retention_hours=opts.retention_hours,
                follow_up_days=opts.follow_up_days,
                key_shards=self.key_shards,
                context=self.context,
                context_since_ms=self.context_since_ms,
                emit_context=self.emit_context,
            )
        )
        if self.emit_context:
            stories, context = deduped
            return stories, parsed.deadletter, context
        return deduped, parsed.deadletter


class _SpreadStories(beam.PTransform):
    """Parsed stories dealt out to ``workers`` groups of about equal text length, one group per
    local worker (the local runner hands a stage's groups to its workers in turn).

    Random keys balance the count of stories, not the work: a few long articles more on one
    worker left it 3 CPU s behind on 300 stories. Stories cross as compressed bytes (the
    local runner holds them in its own process until annotation runs).
    """

    def __init__(self, workers: int) -> None:
        super().__init__()
        self.workers = workers

    def expand(self, stories):
        return (
            stories
            | "Deal" >> beam.ParDo(_DealByLength(self.workers))
            | "Group" >> beam.GroupByKey()
            | "Unpack" >> beam.FlatMap(_unpack_stories)
        )


class _DealByLength(beam.DoFn):
    # A story's cost is about proportional to its text; the constant stands for the fixed part.
    PER_STORY_CHARS = 300

    def __init__(self, groups: int) -> None:
        self.groups = groups

    def start_bundle(self) -> None:
        self.load = [0] * self.groups

    def process(self, story):
        group = min(range(self.groups), key=self.load.__getitem__)
        self.load[group] += len(story.body) + len(story.headline or "") + self.PER_STORY_CHARS
        yield group, encode_story(story)


def _unpack_stories(group):
    for data in group[1]:
        story = decode_story(data)
        yield beam.window.TimestampedValue(story, story.event_time / 1000.0)


def build(p: beam.Pipeline, opts: WireIngestOptions, *, documents=None, file_tag: str = "", **context):
    """Batch replay of files into ``OUTPUT/stories`` and ``OUTPUT/deadletter``.

    A slice of a replay (``pipeline.replay``) gives its ``documents``, a ``file_tag`` for its
    output file names, and the dedup ``context`` keywords of ``IngestStories``; it gets back the
    dedup context it emits (None otherwise).
    """
    if documents is None:
        documents = p | "ReadFiles" >> ReadWireFiles(opts.input, max_bytes=opts.max_story_bytes)
    workers = local_workers(p.options)
    # Files are spread over the local workers whole, so one worker can get the long stories or
    # the one archive (measured: 44 vs 38 CPU s on 12 files): the parsed stories are spread
    # again, one by one, before the annotation that costs nearly all the time.
    spread = workers if workers is not None and workers > 1 else 0
    ingested = documents | "Ingest" >> IngestStories(opts, key_shards=workers, spread=spread, **context)
    stories, parse_dead = ingested[:2]
    records = stories | "Records" >> StoryRecords(deadletter_raw_bytes=opts.deadletter_raw_bytes)
    records.records | "WriteStories" >> WriteAvroFiles(f"{opts.output}/stories", "story", file_tag=file_tag)
    (
        (parse_dead, records.deadletter)
        | "AllDeadLetters" >> beam.Flatten()
        | "WriteDeadLetters" >> WriteAvroFiles(f"{opts.output}/deadletter", "deadletter", file_tag=file_tag)
    )
    return ingested[2] if len(ingested) > 2 else None


def local_workers(options: PipelineOptions) -> int | None:
    """The DirectRunner's worker count, or None for another runner.

    Dedup's candidate search then runs in one group of keys per local worker: the local
    runner holds every stage's output in its own process until the next stage runs, and one
    group per blocking key would hold each signature ~27 times. A distributed runner
    shuffles on disk and gains from one group per key (None).
    """
    from apache_beam.options.pipeline_options import DirectOptions, StandardOptions

    runner = options.view_as(StandardOptions).runner
    if runner not in (None, "DirectRunner", "direct", "BundleBasedDirectRunner", "FnApiRunner"):
        return None
    workers = options.view_as(DirectOptions).direct_num_workers
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


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

    def plus(self, other: Summary) -> Summary:
        return Summary(*(getattr(self, n) + getattr(other, n) for n in SUMMARY_COUNTERS))

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
    if _runs_workers_in_subprocesses(options):
        _return_large_freed_blocks()
    p = beam.Pipeline(runner=local_runner(options), options=options)
    build(p, opts)
    result = p.run()
    result.wait_until_finish()
    return summarize(result)


def _runs_workers_in_subprocesses(options: PipelineOptions) -> bool:
    from apache_beam.options.pipeline_options import DirectOptions

    return (
        local_workers(options) is not None and options.view_as(DirectOptions).direct_running_mode == "multi_processing"
    )


# glibc's M_MMAP_THRESHOLD: blocks at least this big are mmap'ed, so freeing one returns it to the OS.
_MMAP_THRESHOLD = 128 * 1024


def _return_large_freed_blocks() -> bool:
    """Keep the local runner's freed stage buffers from piling up in this process (glibc only).

    With workers in subprocesses this process only moves data: it holds each stage's output
    (MBs of encoded elements, gRPC messages) until the next stage has it. glibc raises its mmap
    threshold each time such a block is freed, so later ones come from the heap and stay
    mapped: the peak grew ~110 KB a story (600 -> 2,400 stories: 223 -> 429 MB). With the
    threshold fixed at glibc's initial 128 KB it grew ~34 KB a story (196 -> 258 MB), at no cost
    in speed. Not for the in-process runner: spaCy's arrays then churn through mmap (measured
    ~10% slower).
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(-3, _MMAP_THRESHOLD))  # -3: M_MMAP_THRESHOLD (malloc.h)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


def local_runner(options: PipelineOptions):
    """The runner the DirectRunner would fall back to, without its detour through Prism; None
    for any other runner (the one the options name).

    The DirectRunner of Beam 2.77 first tries its Prism runner, which it downloads from GitHub
    on every run (batch and streaming): offline that fails and it falls back, online it would
    fetch a binary at run time and run the job on a runner it is not tuned or tested on. So a
    batch job gets the FnApiRunner, built as the DirectRunner builds it (pipeline options for
    the workers in the provision info), and a streaming job the BundleBasedDirectRunner, which
    is what the DirectRunner picks for a pipeline reading Pub/Sub.
    """
    from apache_beam.options.pipeline_options import StandardOptions

    standard = options.view_as(StandardOptions)
    if standard.runner not in (None, "DirectRunner", "direct"):
        return None
    if standard.streaming:
        from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner

        return BundleBasedDirectRunner()
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    info = beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
    return fn_runner.FnApiRunner(provision_info=fn_runner.ExtendedProvisionInfo(info))


def build_streaming(p: beam.Pipeline, opts: WireIngestOptions) -> None:
    """Pub/Sub into windowed ``OUTPUT/stories`` and ``OUTPUT/deadletter`` files
    (and ``--output-topic``), through the same stages as the batch job.

    Dedup runs before windowing, in the global window, so a redelivery is
    dropped whatever window it arrives in (for as long as the run lasts).
    """
    documents = p | "ReadPubSub" >> ReadWireMessages(
        subscription=opts.subscription,
        topic=opts.topic,
        timestamp_attribute=opts.timestamp_attribute,
        expansion_service=opts.pubsub_expansion_service,
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
        records.records | "PublishStories" >> PublishStoryRecords(
            opts.output_topic, expansion_service=opts.pubsub_expansion_service
        )


def run_streaming(options: PipelineOptions, stop: threading.Event) -> None:
    """Run until ``stop`` is set (the CLI sets it on SIGINT/SIGTERM); files of
    windows already closed are complete on disk.

    When Pub/Sub stays unreachable longer than the runner retries a read
    (DirectRunner: 4 attempts of a 60 s pull retry), the pipeline fails; it is
    then started again on the same subscription after a back-off, so the process
    keeps running through an outage and catches up. A restart loses what a stop
    loses (see README, "Faults and limits"). Any other failure is raised.

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
    log = logging.getLogger(__name__)
    if opts.replay_unwritten:
        _replay_unwritten(opts, log)
    _quiet_pubsub_retries()
    failures = 0
    while not stop.is_set():
        p = beam.Pipeline(runner=local_runner(options), options=options)
        build_streaming(p, opts)
        started = time.monotonic()
        result = p.run()
        failure = _wait_or_stop(result, stop)
        if failure is None:
            _cancel_briefly(result)
            return
        if not _is_pubsub_trouble(failure):
            raise failure
        failures = 1 if time.monotonic() - started > RESTART_RESET_SECONDS else failures + 1
        delay = min(RESTART_MAX_DELAY_SECONDS, 2.0**failures)
        first_line = (str(failure).strip().splitlines() or [""])[0][:300]
        log.warning(
            "Pub/Sub unreachable (%s: %s); starting the pipeline again on the same subscription in %.0f s",
            type(failure).__name__,
            first_line,
            delay,
        )
        stop.wait(delay)


def _replay_unwritten(opts: WireIngestOptions, log: logging.Logger) -> None:
    """Everything published since the end of the last written window is read
    again: the DirectRunner acknowledged it on pull, so a crash or stop lost it.
    Nothing already written comes back (window files only exist for closed
    windows, and event time is the publish time)."""
    from datetime import datetime, timezone

    from pipeline.sinks.windowed import last_window_end
    from pipeline.sources.pubsub import replay_since

    if not opts.subscription or opts.timestamp_attribute:
        raise ValueError("--replay-unwritten needs --subscription and no --timestamp-attribute")
    since = last_window_end(opts.output)
    if since is None:
        log.warning("--replay-unwritten: no window file under %s yet, nothing to replay", opts.output)
        return
    replay_since(opts.subscription, since)
    when = datetime.fromtimestamp(since / 1000, tz=timezone.utc).isoformat()
    log.warning("--replay-unwritten: reading again what %s received since %s", opts.subscription, when)


CANCEL_WAIT_SECONDS = 3.0
RESTART_MAX_DELAY_SECONDS = 30.0
RESTART_RESET_SECONDS = 120.0


def _wait_or_stop(result, stop: threading.Event) -> BaseException | None:
    """The pipeline's failure, or None once ``stop`` is set."""
    done = threading.Event()
    failure: list[BaseException] = []

    def wait() -> None:
        try:
            result.wait_until_finish()
        except BaseException as err:  # handed to the caller
            failure.append(err)
        finally:
            done.set()

    threading.Thread(target=wait, name="wire-ingest-wait", daemon=True).start()
    while not (stop.is_set() or done.is_set()):
        stop.wait(0.5)
    if failure and not stop.is_set():
        return failure[0]
    if done.is_set() and not failure and not stop.is_set():
        return RuntimeError("the streaming pipeline ended by itself")
    return None


class _OneLinePubSubErrors(logging.Filter):
    """The DirectRunner logs a full traceback for every failed attempt of a bundle;
    for a Pub/Sub outage (retried, then restarted) one line says all of it."""

    def filter(self, record: logging.LogRecord) -> bool:
        # The executor formats the traceback into the message while handling the
        # error, so the error itself is the one being handled in this thread.
        error = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if error is not None and _is_pubsub_trouble(error):
            first_line = (str(error).strip().splitlines() or [""])[0][:300]
            record.msg, record.args = "Pub/Sub read failed, retrying: %s: %s", (type(error).__name__, first_line)
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


def _quiet_pubsub_retries() -> None:
    executor_log = logging.getLogger("apache_beam.runners.direct.executor")
    if not any(isinstance(f, _OneLinePubSubErrors) for f in executor_log.filters):
        executor_log.addFilter(_OneLinePubSubErrors())


def _is_pubsub_trouble(error: BaseException) -> bool:
    """A Google API / gRPC error anywhere in the chain (unreachable, timed out,
    subscription gone while an emulator restarts)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        module = type(error).__module__
        if module.startswith(("google.api_core", "grpc")):
            return True
        error = error.__cause__ or error.__context__
    return False


def _cancel_briefly(result) -> None:
    # The DirectRunner's cancel waits for its worker thread, which may sit in a
    # Pub/Sub pull for up to 30 s; its threads are daemons, so do not wait long.
    # A window file being written then is left under its hidden temporary name.
    canceller = threading.Thread(target=_cancel, args=(result,), name="wire-ingest-cancel", daemon=True)
    canceller.start()
    canceller.join(CANCEL_WAIT_SECONDS)


def _cancel(result) -> None:
    try:
        result.cancel()
    except Exception as err:  # already finished or failed while stopping
        logging.getLogger(__name__).warning("cancelling the streaming pipeline: %s", err)
