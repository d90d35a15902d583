"""A replay's documents cut into event-time-ordered slices, kept on disk until each slice runs.

Why: the local runner holds every stage's output in its own process until the next stage has
read it, so one run over a whole archive grows with the archive (tens of kB a story). Run in
slices, it holds one slice at a time. For the slices to decide as one run would
(``DeduplicateStories`` with a context), they must follow event time, and every copy of one
story version must be in the same slice: the redelivered copy is dropped where the first is.

So a first pass reads every document once, parses it (under 1 ms a story: no NLP, no language
detection) for its stories' event times and version uids, and stores the raw bytes in an SQLite
file with them; the slices are then cut in event-time order. The index lives on disk, so this pass holds one
document at a time however big the replay. Each slice's pipeline reads its documents back
from the file (``ReadSliceDocuments``) and parses them again, as any replay does.

Placement rules:

- documents are ordered by the earliest order key of their stories (event time, story id,
  version, content digest), the order dedup judges in; a document with several stories goes
  where its earliest one does;
- a document none of whose parts parses (it will be dead-lettered) goes to the first slice;
- a document with a story version already placed goes to that version's slice;
- a slice is closed once it holds ``stories_per_slice`` stories.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import apache_beam as beam

from pipeline.dedup.signature import story_uid
from pipeline.formats.base import Rejected
from pipeline.formats.registry import parse_document
from pipeline.formats.transform import EventTimePolicy, choose_event_time
from pipeline.model import RawDocument, now_millis
from pipeline.sources.archives import DEFAULT_MAX_BYTES, expand_inputs, read_documents

__all__ = ["ReadSliceDocuments", "Slice", "SliceIndex"]

_SCHEMA = """
CREATE TABLE docs (
    seq INTEGER PRIMARY KEY,  -- reading order
    t INTEGER,                -- earliest story's event time (NULL: nothing parses)
    story_id TEXT, version INTEGER, content_hash TEXT,  -- the rest of its order key
    t_last INTEGER,           -- latest story's event time
    parts INTEGER,            -- stories and rejected parts (what the parse stage reads)
    uids TEXT,                -- its story versions' uids, space-separated
    data BLOB                 -- the RawDocument, pickled and compressed
);
CREATE TABLE uids (uid TEXT PRIMARY KEY, slice INTEGER);
CREATE TABLE placed (seq INTEGER PRIMARY KEY, slice INTEGER);
"""


@dataclass(frozen=True)
class Slice:
    """One slice of a replay: its number (from 0), what it holds and its event-time span."""

    number: int
    documents: int
    parts: int
    first_ms: int | None  # None: only documents that do not parse
    last_ms: int | None


class SliceIndex:
    """The documents of a replay in an SQLite file, each placed in one slice::

    index = SliceIndex.build("work/replay.sqlite", ["archive/*.tar.gz"], stories_per_slice=2000)
    for piece in index.slices:
        docs = p | ReadSliceDocuments(index.path, piece.number, parts=2)
    """

    def __init__(self, path: str, slices: list[Slice]) -> None:
        self.path = path
        self.slices = slices

    @classmethod
    def build(
        cls,
        path: str,
        inputs: list[str],
        *,
        stories_per_slice: int,
        max_bytes: int = DEFAULT_MAX_BYTES,
        event_time: EventTimePolicy = "story",
    ) -> SliceIndex:
        if stories_per_slice < 1:
            raise ValueError(f"stories_per_slice must be a positive integer, got {stories_per_slice!r}")
        if os.path.exists(path):
            raise FileExistsError(f"slice index {path} already exists")
        conn = sqlite3.connect(path)
        try:
            conn.executescript(_SCHEMA)
            conn.executemany(
                "INSERT INTO docs (t, story_id, version, content_hash, t_last, parts, uids, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _indexed(expand_inputs(list(inputs)), max_bytes, event_time),
            )
            slices = _place(conn, stories_per_slice)
            conn.execute("CREATE INDEX placed_by_slice ON placed (slice, seq)")
            conn.commit()
        finally:
            conn.close()
        return cls(path, slices)

    def documents(self, number: int, part: int = 0, parts: int = 1) -> Iterator[RawDocument]:
        """The documents of slice ``number`` (those of ``part`` of ``parts``), in reading order."""
        conn = sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT d.data FROM placed p JOIN docs d ON d.seq = p.seq "
                "WHERE p.slice = ? AND p.seq % ? = ? ORDER BY p.seq",
                (number, parts, part),
            )
            for (data,) in rows:
                yield pickle.loads(zlib.decompress(data))
        finally:
            conn.close()


def _indexed(paths: list[str], max_bytes: int, policy: EventTimePolicy) -> Iterator[tuple]:
    for path in paths:
        for doc in read_documents(path, max_bytes=max_bytes):
            yield (*_placement_fields(doc, policy), zlib.compress(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL), 1))


def _placement_fields(doc: RawDocument, policy: EventTimePolicy) -> tuple:
    """(t, story_id, version, content_hash, t_last, parts, uids) of one document, parsed as the
    parse stage parses it (event time by the same rules)."""
    results = parse_document(doc, detect_languages=False)  # the language plays no part here
    now = now_millis()
    keys, uids = [], []
    for result in results:
        if isinstance(result, Rejected):
            continue
        t = choose_event_time(result, doc.mtime_ms, now, policy)
        keys.append((t, result.story_id, result.version if result.version is not None else -1, result.content_hash))
        uids.append(story_uid(result))
    if not keys:
        return (None, None, None, None, None, len(results), "")
    first = min(keys)
    return (*first, max(k[0] for k in keys), len(results), " ".join(uids))


def _place(conn: sqlite3.Connection, stories_per_slice: int) -> list[Slice]:
    """Walk the documents in event-time order, filling slices (see the module docstring)."""
    stats: list[list] = [[0, 0, None, None]]  # per slice: documents, parts, first, last
    current, filled = 0, 0
    placing = conn.cursor()
    ordered = conn.execute(
        "SELECT seq, t, t_last, parts, uids FROM docs ORDER BY t, story_id, version, content_hash, seq"
    )
    for seq, t, t_last, parts, uids in ordered:
        versions = uids.split() if uids else []
        earlier = [
            row[0]
            for uid in versions
            for row in placing.execute("SELECT slice FROM uids WHERE uid = ?", (uid,)).fetchall()
        ]
        if earlier:
            number = min(earlier)
        else:
            if filled >= stories_per_slice and t is not None:
                current, filled = current + 1, 0
                stats.append([0, 0, None, None])
            number = current
            filled += len(versions)
        placing.execute("INSERT INTO placed (seq, slice) VALUES (?, ?)", (seq, number))
        placing.executemany("INSERT OR IGNORE INTO uids (uid, slice) VALUES (?, ?)", [(u, number) for u in versions])
        entry = stats[number]
        entry[0] += 1
        entry[1] += parts
        if t is not None:
            entry[2] = t if entry[2] is None else min(entry[2], t)
            entry[3] = t_last if entry[3] is None else max(entry[3], t_last)
    return [Slice(n, *entry) for n, entry in enumerate(stats)]


class ReadSliceDocuments(beam.PTransform):
    """The documents of one slice of a ``SliceIndex``, read in ``parts`` pieces spread over the
    workers (the parse stage after it is cheap; the annotation is spread again after that)."""

    def __init__(self, index_path: str, number: int, *, parts: int = 1) -> None:
        super().__init__()
        self.index_path = index_path
        self.number = number
        self.parts = max(1, parts)

    def expand(self, pbegin):
        index = SliceIndex(self.index_path, [])
        number, parts = self.number, self.parts
        return (
            pbegin
            | "Parts" >> beam.Create(list(range(parts)))
            | "Spread" >> beam.Reshuffle()
            | "Read" >> beam.FlatMap(lambda part: index.documents(number, part, parts))
        )
