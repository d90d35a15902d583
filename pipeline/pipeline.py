"""The whole job: sources -> formats -> annotate -> dedup -> sinks."""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.annotate.transform import AnnotateStories
from pipeline.dedup.coder import decode_story, encode_story
from pipeline.dedup.event_times import REPLAY, STREAMING, CheckEventTimes
from pipeline.dedup.transform import DeduplicateStories
from pipeline.formats.transform import ParseStories
from pipeline.options import WireIngestOptions
from pipeline.runners import local_workers, prepared, stop_job
from pipeline.runners.flink import FlinkJavaOptions
from pipeline.sinks.avro import StoryRecords, WriteAvroFiles
from pipeline.sinks.pubsub import PublishStoryRecords
from pipeline.sinks.windowed import WriteWindowedAvro, new_run_id
from pipeline.sources.archives import ArchiveBudget
from pipeline.sources.files import ReadWireFiles
from pipeline.sources.pubsub import ReadWireMessages
from pipeline.sources.unreadable import SeparateUnreadable

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
        readable = documents | "SeparateUnreadable" >> SeparateUnreadable(
            deadletter_raw_bytes=opts.deadletter_raw_bytes
        )
        parsed = readable.documents | "Parse" >> ParseStories(
            event_time=opts.event_time, deadletter_raw_bytes=opts.deadletter_raw_bytes
        )
        accepted = REPLAY if getattr(parsed.stories, "is_bounded", True) else STREAMING
        checked = parsed.stories | "CheckEventTimes" >> CheckEventTimes(
            accepted, deadletter_raw_bytes=opts.deadletter_raw_bytes
        )
        parsed_stories = checked.stories
        if self.spread:
            parsed_stories = parsed_stories | "SpreadStories" >> _SpreadStories(self.spread)
        annotated = parsed_stories | "Annotate" >> AnnotateStories(
            opts.spacy_model,
            batch_size=opts.nlp_batch_size,
            max_chars=opts.annotate_max_chars,
            rule_seconds=opts.annotate_seconds,
            deadletter_raw_bytes=opts.deadletter_raw_bytes,
        )
        deduped = annotated.stories | "Dedup" >> DeduplicateStories(
            retention_hours=opts.retention_hours,
            follow_up_days=opts.follow_up_days,
            key_shards=self.key_shards,
            context=self.context,
            context_since_ms=self.context_since_ms,
            emit_context=self.emit_context,
            deadletter_raw_bytes=opts.deadletter_raw_bytes,
        )
        deadletter = (
            readable.deadletter,
            parsed.deadletter,
            checked.deadletter,
            annotated.deadletter,
            deduped.deadletter,
        ) | "StageDeadLetters" >> beam.Flatten()
        if self.emit_context:
            return deduped.stories, deadletter, deduped.context
        return deduped.stories, deadletter


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
        documents = p | "ReadFiles" >> ReadWireFiles(
            opts.input, max_bytes=opts.max_story_bytes, budget=archive_budget(opts)
        )
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


def archive_budget(opts: WireIngestOptions) -> ArchiveBudget:
    """The budget every archive of a replay gets (``--archive-max-*``)."""
    return ArchiveBudget(
        max_members=opts.archive_max_members, max_bytes=opts.archive_max_bytes, max_ratio=opts.archive_max_ratio
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
    with prepared(options, streaming=False) as new_runner:
        p = beam.Pipeline(runner=new_runner(), options=options)
        build(p, opts)
        result = p.run()
        result.wait_until_finish()
        return summarize(result)  # a job server answers the metrics query: before it stops


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
        idle_watermark_seconds=opts.view_as(FlinkJavaOptions).pubsub_idle_watermark_seconds,
        max_bytes=opts.max_story_bytes,
    )
    stories, parse_dead = documents | "Ingest" >> IngestStories(opts)
    records = stories | "Records" >> StoryRecords(deadletter_raw_bytes=opts.deadletter_raw_bytes)
    windowing = {
        "window_seconds": opts.window_seconds,
        "allowed_lateness_seconds": opts.allowed_lateness_seconds,
        "shards": opts.output_shards,
        "run_id": new_run_id(),  # in every file name: a restart never replaces this run's files
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
    loses (see README, "Faults and limits"). A subscription or topic that does not exist or
    may not be used is not an outage: it raises ``PubSubUnusable`` at the start, or when the
    pipeline failed and the path stays missing or forbidden for ``UNUSABLE_GRACE_SECONDS``. Any other failure is raised.

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
    _check_pubsub_access(opts, log)  # a missing or forbidden path stops here, in one line
    if opts.replay_unwritten:
        _replay_unwritten(opts, log)
    _quiet_pubsub_retries()
    with prepared(options, streaming=True) as new_runner:
        _run_until_stopped(options, opts, new_runner, stop, log)


def _run_until_stopped(options: PipelineOptions, opts: WireIngestOptions, new_runner, stop, log) -> None:
    failures = 0
    unusable_since: float | None = None
    while not stop.is_set():
        if failures:
            unusable_since = _check_after_failure(opts, log, unusable_since, time.monotonic())
            if unusable_since is not None:
                failures += 1
                stop.wait(min(RESTART_MAX_DELAY_SECONDS, 2.0**failures))
                continue
        p = beam.Pipeline(runner=new_runner(), options=options)
        build_streaming(p, opts)
        started = time.monotonic()
        result = p.run()
        failure = _wait_or_stop(result, stop)
        if failure is None:
            stop_job(result, options)
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


def _check_after_failure(
    opts: WireIngestOptions, log: logging.Logger, unusable_since: float | None, now: float
) -> float | None:
    """After a failed run, whether the paths are usable again: ``None`` when they are (or
    Pub/Sub is merely unreachable), else since when they have been missing or forbidden.

    A path that vanished while the run was reading is given ``UNUSABLE_GRACE_SECONDS`` to come
    back before ``PubSubUnusable`` stops the run: a subscription deleted and made again by a
    deployment's infrastructure, or an emulator restarted, is a gap, not a misconfiguration.
    At the start there is no grace (``run_streaming`` checks once and stops in one line).
    """
    from pipeline.sources.pubsub import PubSubUnusable

    try:
        _check_pubsub_access(opts, log)
        return None
    except PubSubUnusable as err:
        since = now if unusable_since is None else unusable_since
        if now - since >= UNUSABLE_GRACE_SECONDS:
            raise
        log.warning(
            "%s; checking again, for up to %.0f s more, before the run stops",
            err,
            UNUSABLE_GRACE_SECONDS - (now - since),
        )
        return since


def _check_pubsub_access(opts: WireIngestOptions, log: logging.Logger) -> None:
    """Raise ``PubSubUnusable`` (a ``ValueError``: one line, exit 2) for a subscription or topic
    that is missing or forbidden; an unreachable Pub/Sub is only logged, and ridden out."""
    from pipeline.sources.pubsub import check_access

    for problem in check_access(subscription=opts.subscription, topic=opts.topic, output_topic=opts.output_topic):
        log.warning("Pub/Sub not reachable yet (%s); starting anyway, the read retries", problem)


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


RESTART_MAX_DELAY_SECONDS = 30.0
RESTART_RESET_SECONDS = 120.0
#: How long a subscription or topic that vanished during a run may stay missing or forbidden.
UNUSABLE_GRACE_SECONDS = 300.0


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
