"""Command-line options of the pipeline, as a Beam ``PipelineOptions`` subclass.

Every Beam option (``--runner``, ``--direct_num_workers``...) passes through
unchanged; these are the product's own.
"""

from __future__ import annotations

from pathlib import Path

from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate.budget import DEFAULT_MAX_CHARS, DEFAULT_RULE_SECONDS
from pipeline.sources.archives import ArchiveBudget

MB = 1024 * 1024
# Real wire stories shipped with the package, so `wire-ingest run` works out of the box.
BUNDLED_SAMPLES = str(Path(__file__).resolve().parent / "samples" / "stories")
DEFAULT_OUTPUT = "wire-ingest-out"


class WireIngestOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        group = parser.add_argument_group("wire-ingest")
        group.add_argument(
            "--input",
            action="append",
            default=None,  # None means the bundled samples (an append default would be extended, not replaced)
            help="File, folder (read recursively), glob or archive (.gz .bz2 .zip .tar .tar.gz) to replay. "
            "Repeatable. Default: the sample stories bundled with the package.",
        )
        group.add_argument(
            "--output",
            default=DEFAULT_OUTPUT,
            help="Output folder, local or a Beam filesystem URI such as gs:// (default: %(default)s).",
        )
        group.add_argument(
            "--spacy_model",
            "--spacy-model",
            dest="spacy_model",
            default=DEFAULT_MODEL,
            help="spaCy pipeline to load: an installed package name or a path (default: %(default)s).",
        )
        group.add_argument(
            "--event_time",
            "--event-time",
            dest="event_time",
            choices=["story", "file", "ingest"],
            default="story",
            help="Element timestamps for replay: 'story' uses the story's own versionCreated, else firstCreated, "
            "falling back to the file's modification time and then the ingest time; 'file' starts from the file's "
            "modification time; 'ingest' uses the time of ingestion (default: %(default)s).",
        )
        group.add_argument(
            "--max_story_bytes",
            "--max-story-bytes",
            dest="max_story_bytes",
            type=int,
            default=10 * MB,
            help="Largest input document (or archive member) read; bigger ones are dead-lettered (default: 10 MB).",
        )
        group.add_argument(
            "--archive_max_members",
            "--archive-max-members",
            dest="archive_max_members",
            type=int,
            default=ArchiveBudget.max_members,
            help="Most members (or JSON lines) read from one archive (default: %(default)s); the rest are "
            "dead-lettered, each with the reason.",
        )
        group.add_argument(
            "--archive_max_bytes",
            "--archive-max-bytes",
            dest="archive_max_bytes",
            type=int,
            default=ArchiveBudget.max_bytes,
            help="Most bytes unpacked from one archive or compressed file (default: 1 GiB).",
        )
        group.add_argument(
            "--archive_max_ratio",
            "--archive-max-ratio",
            dest="archive_max_ratio",
            type=float,
            default=ArchiveBudget.max_ratio,
            help="Most bytes unpacked per byte of archive, once 16 MiB are unpacked (default: %(default)s): "
            "what a compression bomb exceeds and real feeds (about 3-15) do not.",
        )
        group.add_argument(
            "--deadletter_raw_bytes",
            "--deadletter-raw-bytes",
            dest="deadletter_raw_bytes",
            type=int,
            default=64 * 1024,
            help="Bytes of the raw input kept in a dead-letter record (default: %(default)s); the full size is noted.",
        )
        group.add_argument(
            "--nlp_batch_size",
            "--nlp-batch-size",
            dest="nlp_batch_size",
            type=int,
            default=32,
            help="Most stories per spaCy nlp.pipe batch (default: %(default)s).",
        )
        group.add_argument(
            "--annotate_max_chars",
            "--annotate-max-chars",
            dest="annotate_max_chars",
            type=int,
            default=DEFAULT_MAX_CHARS,
            help="Characters of a story's body the spaCy model reads (default: %(default)s, about 18,000 tokens); "
            "the rest is written but not annotated, and the story flagged annotations_truncated:body_after=N.",
        )
        group.add_argument(
            "--annotate_seconds",
            "--annotate-seconds",
            dest="annotate_seconds",
            type=float,
            default=DEFAULT_RULE_SECONDS,
            help="CPU seconds the entity and quote rules may spend on one story, together (default: %(default)s); "
            "past it the story is written flagged annotations_skipped:quotes=time_budget (or entities=...).",
        )
        group.add_argument(
            "--retention_hours",
            "--retention-hours",
            dest="retention_hours",
            type=float,
            default=72.0,
            help="How long (event time) dedup compares whole stories with newcomers (default: %(default)s hours).",
        )
        group.add_argument(
            "--follow_up_days",
            "--follow-up-days",
            dest="follow_up_days",
            type=float,
            default=180.0,
            help="How long (event time) dedup remembers an event's facts after its latest story, so that a "
            "follow-up joins it (default: %(default)s days; at least the retention).",
        )
        group.add_argument(
            "--replay_slice_stories",
            "--replay-slice-stories",
            dest="replay_slice_stories",
            type=int,
            default=None,
            help="Local batch replay: run it in event-time-ordered slices of about this many stories, one pipeline "
            "run each, so memory stays flat however big the replay (dedup decides as in one run). 0: one run. "
            "Default: 2000 for 1 MB of input or more, else one run. Ignored on a distributed runner.",
        )
        streaming = parser.add_argument_group("wire-ingest streaming (Pub/Sub)")
        streaming.add_argument(
            "--subscription",
            default=None,
            help="Read stories from this Pub/Sub subscription (projects/P/subscriptions/S) and run in streaming mode.",
        )
        streaming.add_argument(
            "--topic",
            default=None,
            help="Read stories from this Pub/Sub topic (projects/P/topics/T) through a subscription the runner "
            "creates for the run; streaming mode. Prefer --subscription to resume after a restart.",
        )
        streaming.add_argument(
            "--timestamp_attribute",
            "--timestamp-attribute",
            dest="timestamp_attribute",
            default=None,
            help="Message attribute holding the story's event time (epoch millis or RFC 3339); default: the "
            "message's publish time.",
        )
        streaming.add_argument(
            "--window_seconds",
            "--window-seconds",
            dest="window_seconds",
            type=int,
            default=60,
            help="Length of the fixed event-time windows of the streaming output files (default: %(default)s).",
        )
        streaming.add_argument(
            "--allowed_lateness_seconds",
            "--allowed-lateness-seconds",
            dest="allowed_lateness_seconds",
            type=int,
            default=86400,
            help="How long after a window's end the window sink keeps the window's pane count (default: %(default)s, "
            "a day). A story arriving later is still written, in the next free pane of its window: nothing is dropped.",
        )
        streaming.add_argument(
            "--output_topic",
            "--output-topic",
            dest="output_topic",
            default=None,
            help="Also publish every story record, Avro-encoded, to this Pub/Sub topic (projects/P/topics/T).",
        )
        streaming.add_argument(
            "--output_shards",
            "--output-shards",
            dest="output_shards",
            type=int,
            default=1,
            help="Files per window (and pane) in streaming mode (default: %(default)s).",
        )
        streaming.add_argument(
            "--pubsub_expansion_service",
            "--pubsub-expansion-service",
            dest="pubsub_expansion_service",
            default=None,
            help="Read and publish Pub/Sub through Beam's cross-language (Java) transforms served by this expansion "
            "service (host:port): needed on portable runners, whose Python SDK has no native Pub/Sub IO. "
            "--runner FlinkRunner starts one itself when this is unset. Leave unset on Dataflow and locally.",
        )
        streaming.add_argument(
            "--replay_unwritten",
            "--replay-unwritten",
            dest="replay_unwritten",
            action="store_true",
            default=False,
            help="On start, seek the subscription back to the end of the last window written under --output, so "
            "that stories a crash or stop lost (acknowledged but not yet written) are read again. Needs a "
            "subscription that retains acknowledged messages, and event time = publish time (no "
            "--timestamp-attribute).",
        )
