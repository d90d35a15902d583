"""Replay of files, folders, globs and archives as ``RawDocument`` elements."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.sources.archives import expand_inputs, read_documents

NAMESPACE = "wire-ingest"


class ReadWireFiles(beam.PTransform):
    """Every document under the given inputs, archives read member by member::

        documents = p | ReadWireFiles(["archive/2017/*.tar.gz", "inbox/"])

    Inputs are expanded when the pipeline is built, so a pattern that matches
    nothing fails at once with ``FileNotFoundError`` naming it.
    """

    def __init__(self, patterns: list[str], *, max_bytes: int = 10 * 1024 * 1024) -> None:
        super().__init__()
        if not patterns:
            raise ValueError("at least one input pattern is needed, got none")
        if max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {max_bytes}")
        self.paths = expand_inputs(list(patterns))
        self.max_bytes = max_bytes

    def expand(self, pbegin):
        files = Metrics.counter(NAMESPACE, "files_read")
        max_bytes = self.max_bytes

        def read(path: str):
            files.inc()
            yield from read_documents(path, max_bytes=max_bytes)

        return (
            pbegin
            | "Paths" >> beam.Create(self.paths)
            # Spread files over workers before the (expensive) per-file work.
            | "Spread" >> beam.Reshuffle()
            | "Read" >> beam.FlatMap(read)
        )
