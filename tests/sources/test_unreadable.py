"""What a source could not read is a dead letter of stage ``read``; Pub/Sub payloads obey the
same size cap as files."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.utils.timestamp import Timestamp

from pipeline.model import RawDocument
from pipeline.sources.pubsub import _ToRawDocument
from pipeline.sources.unreadable import SeparateUnreadable


def test_a_pubsub_payload_over_the_cap_becomes_an_error_document_with_its_first_bytes():
    """Before, a message of any size went to the parser whole."""
    to_doc = _ToRawDocument("pubsub:projects/wire-test/subscriptions/s", max_bytes=1000)
    (big,) = to_doc.process(PubsubMessage(b"x" * 200_000, {"agency": "a"}), timestamp=Timestamp(1_800_000_000))
    assert big.error == "message larger than the 1000-byte limit (200000 bytes)"
    assert big.data == b"x" * 65536 and big.attributes == {"agency": "a"}
    (small,) = to_doc.process(PubsubMessage(b"Headline\n\nBody.", {}), timestamp=Timestamp(1_800_000_000))
    assert small.error is None and small.data == b"Headline\n\nBody." and small.mtime_ms == 1_800_000_000_000


def test_unreadable_documents_are_dead_letters_of_the_read_stage():
    docs = [
        RawDocument("a.txt", b"Headline\n\nBody."),
        RawDocument("day.tar.gz!big.txt", b"xxxx", error="input larger than the 4-byte limit (not read further)"),
    ]
    with TestPipeline() as p:
        result = p | beam.Create(docs) | SeparateUnreadable()
        assert_that(result.documents | "Sources" >> beam.Map(lambda d: d.source), equal_to(["a.txt"]), label="docs")
        dead = result.deadletter | beam.Map(lambda d: (d.stage, d.source, d.reason.startswith("input larger"), d.raw))
        assert_that(dead, equal_to([("read", "day.tar.gz!big.txt", True, b"xxxx")]), label="dead")
