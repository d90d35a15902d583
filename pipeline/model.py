"""The story model: what every stage passes on, and its Avro form.

This module imports nothing of the pipeline: sources, parsers, annotators, dedup
and sinks all speak in these types. Times are integers of epoch milliseconds
(UTC) so that records pickle cheaply and map 1:1 onto Avro ``timestamp-millis``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"

QuoteKind = Literal["full", "partial", "scare"]
DedupStatus = Literal["new_event", "same_event", "update"]
Stage = Literal["read", "parse", "annotate", "dedup", "write"]


def now_millis() -> int:
    return int(time.time() * 1000)


@dataclass
class RawDocument:
    """Bytes as a source delivered them, before any format is known.

    ``source`` names where they came from (a file path, ``archive.tar.gz!member``,
    ``pubsub:projects/p/subscriptions/s``) and travels into every record.
    """

    source: str
    data: bytes
    mtime_ms: int | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    # Set when the source had to stop reading (size cap, truncated archive):
    # the document goes straight to dead-letter with this reason.
    error: str | None = None
    # Only these parts (positions in what the parse gives: stories and rejected parts) are this
    # reading's, and ``parse_document`` returns only them; None: all. A replay in slices reads a
    # capture of several stories once per slice its stories fall into (``pipeline.sources.slices``).
    parts: frozenset[int] | None = None


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    name: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: QuoteKind = "full"
    speaker: str | None = None
    cue: str | None = None


@dataclass
class Story:
    """One version of one wire story, in every format's common shape."""

    story_id: str
    format: str
    body: str
    source: str = ""
    version: int | None = None
    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    language: str | None = None
    first_created: int | None = None
    version_created: int | None = None
    ingested_at: int = 0
    urgency: int | None = None
    subjects: list[str] = field(default_factory=list)
    pub_status: str | None = None
    located: str | None = None
    flags: list[str] = field(default_factory=list)
    raw_metadata: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    content_hash: str = ""
    event_id: str = ""
    dedup_status: DedupStatus = "new_event"
    supersedes: str | None = None
    supersedes_version: int | None = None
    # Event time used for windowing and dedup order (epoch ms); not an Avro field
    # of its own: it is one of version_created / first_created / mtime / ingest.
    event_time: int = 0

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.headline, self.body)

    def to_record(self) -> dict[str, Any]:
        """The Avro record (``schemas/story.avsc``)."""
        record = dataclasses.asdict(self)
        record.pop("event_time")
        return record


@dataclass
class DeadLetter:
    """Input that could not become a story, with where and why."""

    source: str
    stage: Stage
    reason: str
    raw: bytes = b""
    raw_size: int = 0
    failed_at: int = 0
    story_id: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        source: str,
        stage: Stage,
        reason: str,
        raw: bytes,
        *,
        max_raw_bytes: int = 65536,
        story_id: str | None = None,
        attributes: dict[str, str] | None = None,
    ) -> DeadLetter:
        return cls(
            source=source,
            stage=stage,
            reason=reason,
            raw=raw[:max_raw_bytes],
            raw_size=len(raw),
            failed_at=now_millis(),
            story_id=story_id,
            attributes=dict(attributes or {}),
        )

    @classmethod
    def of_story(cls, story: Story, stage: Stage, reason: str, *, max_raw_bytes: int = 65536) -> DeadLetter:
        """A parsed story that a later stage could not handle: its headline and body as the raw
        bytes, its id, and the source attributes it carried (``raw_metadata`` ``attr:*``)."""
        raw = f"{story.headline or ''}\n\n{story.body}".encode("utf-8", errors="replace")
        attributes = {k[5:]: v for k, v in story.raw_metadata.items() if k.startswith("attr:")}
        return cls.of(
            story.source,
            stage,
            reason,
            raw,
            max_raw_bytes=max_raw_bytes,
            story_id=story.story_id,
            attributes=attributes,
        )

    def to_record(self) -> dict[str, Any]:
        record = dataclasses.asdict(self)
        record["raw_truncated"] = len(self.raw) < self.raw_size
        return record


_SPACE = re.compile(r"\s+")


def content_hash(headline: str | None, body: str) -> str:
    """A stable digest of what a reader sees (whitespace-insensitive)."""
    text = _SPACE.sub(" ", f"{headline or ''}\n{body}").strip().lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_schema(name: Literal["story", "deadletter"]) -> dict[str, Any]:
    """The Avro schema as JSON, from ``schemas/`` at the repository top (or the
    copy installed inside the package)."""
    for folder in (Path(__file__).resolve().parent.parent / "schemas", SCHEMA_DIR):
        path = folder / f"{name}.avsc"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"schema {name!r} not found")
