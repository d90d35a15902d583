"""Documents a source could not read (``RawDocument.error``: over a size cap or an archive
budget, a damaged archive, an unreadable file) become dead letters of the ``read`` stage here,
before any parsing; the others go on."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.model import DeadLetter, RawDocument

__all__ = ["SeparateUnreadable"]

NAMESPACE = "wire-ingest"
DOCUMENTS = "documents"
DEADLETTER = "deadletter"


class _Separate(beam.DoFn):
    def __init__(self, deadletter_raw_bytes: int) -> None:
        self.deadletter_raw_bytes = deadletter_raw_bytes
        # Each counts once in ``read`` (as each story or part the parse stage finds does) and
        # once in ``deadlettered``, so the summary still adds up.
        self.read = Metrics.counter(NAMESPACE, "read")
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")

    def process(self, doc: RawDocument, timestamp=beam.DoFn.TimestampParam):  # noqa: B008
        if doc.error is None:
            yield doc
            return
        self.read.inc()
        self.dead.inc()
        dead = DeadLetter.of(
            doc.source, "read", doc.error, doc.data, max_raw_bytes=self.deadletter_raw_bytes, attributes=doc.attributes
        )
        yield beam.pvalue.TaggedOutput(DEADLETTER, beam.window.TimestampedValue(dead, timestamp))


class SeparateUnreadable(beam.PTransform):
    """``RawDocument`` in; ``result.documents`` (readable) and ``result.deadletter`` (stage
    ``read``) out::

        read = documents | SeparateUnreadable()
        parsed = read.documents | ParseStories()
    """

    def __init__(self, *, deadletter_raw_bytes: int = 64 * 1024) -> None:
        super().__init__()
        if deadletter_raw_bytes < 0:
            raise ValueError(f"deadletter_raw_bytes must be >= 0, got {deadletter_raw_bytes}")
        self.deadletter_raw_bytes = deadletter_raw_bytes

    def expand(self, documents):
        return documents | "Separate" >> beam.ParDo(_Separate(self.deadletter_raw_bytes)).with_outputs(
            DEADLETTER, main=DOCUMENTS
        )
