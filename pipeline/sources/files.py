"""Replay of files, folders, globs and archives as ``RawDocument`` elements, found and read
through Beam's ``FileSystems`` (local paths, ``gs://``...)."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.sources.archives import DEFAULT_MAX_BYTES, ArchiveBudget, input_files, read_documents

NAMESPACE = "wire-ingest"


class ReadWireFiles(beam.PTransform):
    """Every document under the given inputs, archives read member by member::

        documents = p | ReadWireFiles(["gs://bucket/archive/2017/*.tar.gz", "inbox/"])

    Inputs are listed when the pipeline is built (Beam ``FileSystems.match``), so a pattern that
    matches nothing fails at once with ``FileNotFoundError`` naming it; each file is then read
    on a worker through ``FileSystems.open``. Each archive gets ``budget`` (``ArchiveBudget``).
    """

    def __init__(
        self, patterns: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, budget: ArchiveBudget | None = None
    ) -> None:
        super().__init__()
        if not patterns:
            raise ValueError("at least one input pattern is needed, got none")
        if max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {max_bytes}")
        self.files = [(f.path, f.size, f.mtime_ms) for f in input_files(list(patterns))]
        self.max_bytes = max_bytes
        self.budget = budget or ArchiveBudget()

    def expand(self, pbegin):
        files = Metrics.counter(NAMESPACE, "files_read")
        max_bytes, budget = self.max_bytes, self.budget

        def read(listed: tuple[str, int, int | None]):
            path, size, mtime_ms = listed
            files.inc()
            yield from read_documents(path, max_bytes=max_bytes, budget=budget, mtime_ms=mtime_ms, size=size)

        return (
            pbegin
            | "Files" >> beam.Create(self.files)
            # Spread files over workers before the (expensive) per-file work.
            | "Spread" >> beam.Reshuffle()
            | "Read" >> beam.FlatMap(read)
        )
