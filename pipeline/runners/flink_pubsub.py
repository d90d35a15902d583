"""Flink workaround: Beam's Java Pub/Sub read with a watermark that moves on a quiet wire.

On Flink the pipeline reads Pub/Sub through Beam's Java ``PubsubIO`` (``pipeline.runners.flink``).
Its source splits into four readers per Flink subtask and Flink takes the minimum of their
watermarks; a reader's watermark moves only with about ten messages a minute, or a minute after
the last message *it* received, and a reader that never received one keeps the minimum for good.
So 20 stories published at once and then nothing (one pull takes them all) held every window,
and every story behind the dedup stage's event-time timers, until other traffic came: none was
written within 4.5 to 7 minutes, in 5 runs (``bench/flink_quiet_wire.py``, README "Running on
Flink"). Nothing in Beam's or Flink's options changes that (the Flink runner emits the readers'
minimum itself, so Flink's idle-source handling does not apply).

``QuietWireReadFromPubSub`` reads through ``QuietWirePubsubRead`` (``java/``, compiled here once
with ``javac`` against the job server's classpath and served by the expansion service that
``flink_services`` starts, through Beam's Java class lookup, allow-listed to that one class): Beam's
own source and readers, each reader's watermark at least ``now - idle`` once it has found nothing
to read for ``idle`` (``--pubsub_idle_watermark_seconds``, default 10; 0 reads through Beam's
plain ``PubsubIO``). Pulling, acknowledging on checkpoints and restoring are Beam's. A message
whose event time is older than that floor when it arrives (a redelivery, a lagging
``--timestamp-attribute``, a delivery slower than ``idle``) is late data: written in a later pane
of its window, never dropped (``pipeline.sinks.windowed``).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

import apache_beam as beam

__all__ = [
    "DEFAULT_IDLE_SECONDS",
    "JAVA_CLASS",
    "QuietWireReadFromPubSub",
    "allowlist_file",
    "quiet_wire_jar",
]

log = logging.getLogger(__name__)

JAVA_SOURCE = Path(__file__).resolve().parent / "java" / "QuietWirePubsubRead.java"
JAVA_CLASS = "org.apache.beam.sdk.io.gcp.pubsub.QuietWirePubsubRead"
DEFAULT_IDLE_SECONDS = 10


def quiet_wire_jar(classpath: str, cache_dir: Path) -> Path | None:
    """The compiled ``QuietWirePubsubRead`` (a jar under ``cache_dir``, named by the digest of its
    source and classpath, so it is compiled once); None, with a warning, where ``javac`` is absent
    or fails: the run then reads through Beam's plain ``PubsubIO``."""
    source = JAVA_SOURCE.read_bytes()
    digest = hashlib.sha256(source + classpath.encode("utf-8")).hexdigest()[:16]
    jar = cache_dir / f"quiet-wire-pubsub-{digest}.jar"
    if jar.exists():
        return jar
    javac, jar_tool = shutil.which("javac"), shutil.which("jar")
    if not javac or not jar_tool:
        log.warning(
            "no 'javac'/'jar' on PATH (a JDK): reading Pub/Sub through Beam's plain PubsubIO, whose "
            "watermark stalls on a quiet wire (README, Running on Flink)"
        )
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quiet-wire-") as build:
        classes = Path(build) / "classes"
        steps = (
            [javac, "-nowarn", "--release", "11", "-cp", classpath, "-d", str(classes), str(JAVA_SOURCE)],
            [jar_tool, "--create", "--file", str(Path(build) / jar.name), "-C", str(classes), "."],
        )
        for step in steps:
            result = subprocess.run(step, capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                log.warning(
                    "could not build %s (%s): reading Pub/Sub through Beam's plain PubsubIO",
                    JAVA_SOURCE.name,
                    (result.stderr or result.stdout)[-500:],
                )
                return None
        shutil.move(str(Path(build) / jar.name), jar)  # whole or not at all
    return jar


def allowlist_file(folder: Path) -> Path:
    """The expansion service's Java class lookup allow-list: this one class, no other."""
    path = folder / "java-class-allowlist.yaml"
    path.write_text(f"version: v1\nallowedClasses:\n- className: {JAVA_CLASS}\n")
    return path


class QuietWireReadFromPubSub(beam.PTransform):
    """Pub/Sub messages (``PubsubMessage``, with attributes) from a subscription or a topic,
    through ``QuietWirePubsubRead`` on the expansion service ``expansion_service``."""

    def __init__(
        self,
        *,
        subscription: str | None,
        topic: str | None,
        timestamp_attribute: str | None,
        idle_seconds: float,
        expansion_service: str,
    ) -> None:
        super().__init__()
        if idle_seconds <= 0:
            raise ValueError(f"idle_seconds must be positive, got {idle_seconds!r}")
        self.subscription, self.topic = subscription, topic
        self.timestamp_attribute = timestamp_attribute
        self.idle_ms = max(1, int(idle_seconds * 1000))
        self.expansion_service = expansion_service

    def expand(self, pbegin):
        from apache_beam.io.gcp.pubsub import PubsubMessage
        from apache_beam.transforms.external import JavaExternalTransform

        # Positional: the Java constructor takes (subscription, topic, timestampAttribute,
        # idleMillis), "" for a value not given (the class lookup cannot send None).
        read = JavaExternalTransform(JAVA_CLASS, expansion_service=self.expansion_service)(
            self.subscription or "", self.topic or "", self.timestamp_attribute or "", self.idle_ms
        )
        return (
            pbegin
            | "ReadQuietWire" >> read
            | "FromProto" >> beam.Map(PubsubMessage._from_proto_str).with_output_types(PubsubMessage)
        )
