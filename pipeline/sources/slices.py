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

- stories are placed one by one in their order key (event time, story id, version, content
  digest), the order dedup judges in;
- a story version already placed (a redelivered copy) goes to that version's slice;
- a slice is closed once it holds ``stories_per_slice`` story versions;
- a document with several stories (a wire capture of ANPA or IPTC 7901 stories, a NewsML
  envelope) whose stories fall into several slices is read in each of them, and each reading
  keeps only its own stories (``RawDocument.parts``); its parts that do not parse go with its
  first slice;
- a document none of whose parts parses (it will be dead-lettered) goes to the first slice.
"""

from __future__ import annotations

import dataclasses
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
from pipeline.sources.archives import DEFAULT_MAX_BYTES, ArchiveBudget, input_files, read_documents

__all__ = ["ReadSliceDocuments", "Slice", "SliceIndex"]

_SCHEMA = """
CREATE TABLE docs (
    seq INTEGER PRIMARY KEY,  -- reading order
    parts INTEGER,            -- stories and rejected parts (what the parse stage reads)
    rejected TEXT,            -- positions of the parts that do not parse, space-separated
    data BLOB                 -- the RawDocument, pickled and compressed
);
CREATE TABLE stories (        -- one row per story of a document, with its order key
    seq INTEGER, part INTEGER,
    t INTEGER, story_id TEXT, version INTEGER, content_hash TEXT, uid TEXT
);
CREATE TABLE uids (uid TEXT PRIMARY KEY, slice INTEGER);
CREATE TABLE assigned (seq INTEGER, part INTEGER, slice INTEGER);
CREATE TABLE placed (seq INTEGER, slice INTEGER, parts TEXT);  -- parts NULL: the whole document
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
        budget: ArchiveBudget | None = None,
    ) -> SliceIndex:
        if stories_per_slice < 1:
            raise ValueError(f"stories_per_slice must be a positive integer, got {stories_per_slice!r}")
        if os.path.exists(path):
            raise FileExistsError(f"slice index {path} already exists")
        conn = sqlite3.connect(path)
        try:
            conn.executescript(_SCHEMA)
            _index(conn, input_files(list(inputs)), max_bytes, event_time, budget or ArchiveBudget())
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
                "SELECT d.data, p.parts FROM placed p JOIN docs d ON d.seq = p.seq "
                "WHERE p.slice = ? AND p.seq % ? = ? ORDER BY p.seq",
                (number, parts, part),
            )
            for data, kept in rows:
                doc = pickle.loads(zlib.decompress(data))
                if kept is not None:
                    doc = dataclasses.replace(doc, parts=frozenset(int(p) for p in kept.split()))
                yield doc
        finally:
            conn.close()


def _index(
    conn: sqlite3.Connection, files: list, max_bytes: int, policy: EventTimePolicy, budget: ArchiveBudget
) -> None:
    """Store every document with its stories' order keys, one document in memory at a time."""
    documents = (
        d
        for f in files
        for d in read_documents(f.path, max_bytes=max_bytes, budget=budget, mtime_ms=f.mtime_ms, size=f.size)
    )
    for doc in documents:
        stories, rejected, parts = _stories_of(doc, policy)
        data = zlib.compress(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL), 1)
        seq = conn.execute(
            "INSERT INTO docs (parts, rejected, data) VALUES (?, ?, ?)", (parts, " ".join(map(str, rejected)), data)
        ).lastrowid
        conn.executemany(
            "INSERT INTO stories (seq, part, t, story_id, version, content_hash, uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(seq, *story) for story in stories],
        )


def _stories_of(doc: RawDocument, policy: EventTimePolicy) -> tuple[list[tuple], list[int], int]:
    """((position, *order key, uid) of each story, positions of rejected parts, parts) of one
    document, parsed as the parse stage parses it (event time by the same rules)."""
    results = parse_document(doc, detect_languages=False)  # the language plays no part here
    now = now_millis()
    stories, rejected = [], []
    for position, result in enumerate(results):
        if isinstance(result, Rejected):
            rejected.append(position)
            continue
        t = choose_event_time(result, doc.mtime_ms, now, policy)
        version = result.version if result.version is not None else -1
        stories.append((position, t, result.story_id, version, result.content_hash, story_uid(result)))
    return stories, rejected, len(results)


def _place(conn: sqlite3.Connection, stories_per_slice: int) -> list[Slice]:
    """Place every story in event-time order, then each document where its stories went (see
    the module docstring)."""
    stats: list[list] = [[0, 0, None, None]]  # per slice: documents, parts, first, last
    current, filled = 0, 0
    placing = conn.cursor()
    ordered = conn.execute(
        "SELECT seq, part, t, uid FROM stories ORDER BY t, story_id, version, content_hash, seq, part"
    )
    for seq, part, t, uid in ordered:
        row = placing.execute("SELECT slice FROM uids WHERE uid = ?", (uid,)).fetchone()
        if row is not None:
            number = row[0]
        else:
            if filled >= stories_per_slice:
                current, filled = current + 1, 0
                stats.append([0, 0, None, None])
            number = current
            filled += 1
            placing.execute("INSERT INTO uids (uid, slice) VALUES (?, ?)", (uid, number))
        placing.execute("INSERT INTO assigned (seq, part, slice) VALUES (?, ?, ?)", (seq, part, number))
        entry = stats[number]
        entry[2] = t if entry[2] is None else min(entry[2], t)
        entry[3] = t if entry[3] is None else max(entry[3], t)
    conn.execute("CREATE INDEX assigned_by_doc ON assigned (seq, slice)")
    # A document with no story: the first slice, whole.
    for seq, parts in conn.execute("SELECT seq, parts FROM docs WHERE seq NOT IN (SELECT seq FROM assigned)"):
        placing.execute("INSERT INTO placed (seq, slice, parts) VALUES (?, 0, NULL)", (seq,))
        stats[0][0] += 1
        stats[0][1] += parts
    # Every other document: each slice its stories went to, with its own parts (all if one slice).
    readings = conn.execute(
        "SELECT a.seq, a.slice, group_concat(a.part, ' '), d.parts, d.rejected, "
        "(SELECT COUNT(DISTINCT b.slice) FROM assigned b WHERE b.seq = a.seq) "
        "FROM assigned a JOIN docs d ON d.seq = a.seq GROUP BY a.seq, a.slice ORDER BY a.seq, a.slice"
    )
    previous = None
    for seq, number, own, parts, rejected, slices_of_doc in readings:
        first_reading = seq != previous
        previous = seq
        if slices_of_doc == 1:
            kept, count = None, parts
        else:
            positions = own.split() + (rejected.split() if first_reading else [])
            kept, count = " ".join(positions), len(positions)
        placing.execute("INSERT INTO placed (seq, slice, parts) VALUES (?, ?, ?)", (seq, number, kept))
        stats[number][0] += 1
        stats[number][1] += count
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
