"""Story records on Pub/Sub: one record a message, Avro binary without a header
(fastavro ``schemaless_writer``), and the attributes a consumer needs to decode it.

Attributes of every message:

- ``avro.schema``: the record's full name, ``io.wireingest.Story``
- ``avro.fingerprint``: ``CRC-64-AVRO:<16 hex>``, the Avro spec's 64-bit Rabin
  fingerprint of the schema's Parsing Canonical Form, its 8 bytes in
  little-endian order as in Avro's single-object encoding header (what
  ``fastavro.schema.fingerprint`` prints), so a consumer can pick the writer
  schema from a registry or refuse one it does not know. Note: Apache ``avro``
  1.12 for Python keeps ``{"type":"long"}`` of logical types in its canonical
  form and so prints another value; the spec (and fastavro) reduce it to ``"long"``
- ``avro.encoding``: ``binary``
- ``story_id``, ``event_id``, ``dedup_status``: for filtering without decoding

Consumer side: ``decode_story_message`` (and ``wire-ingest consume``)::

    record = decode_story_message(message.data, dict(message.attributes))
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from functools import cache

import apache_beam as beam
import fastavro
from apache_beam.metrics import Metrics
from fastavro.schema import fingerprint, to_parsing_canonical_form

from pipeline.model import load_schema
from pipeline.sinks.avro import parsed_schema

__all__ = [
    "PublishStoryRecords",
    "decode_story_message",
    "encode_story_message",
    "pull_story_records",
    "schema_fingerprint",
]

NAMESPACE = "wire-ingest"
STORY_SCHEMA_NAME = "io.wireingest.Story"
FINGERPRINT_ALGORITHM = "CRC-64-AVRO"
# Pub/Sub refuses attribute values above 1024 bytes.
MAX_ATTRIBUTE_BYTES = 1024


@cache
def schema_fingerprint() -> str:
    """``CRC-64-AVRO:<hex>`` of the story schema's Parsing Canonical Form."""
    canonical = to_parsing_canonical_form(load_schema("story"))
    return f"{FINGERPRINT_ALGORITHM}:{fingerprint(canonical, FINGERPRINT_ALGORITHM)}"


def encode_story_message(record: dict) -> tuple[bytes, dict[str, str]]:
    """A story record as (Avro binary body, attributes)."""
    buffer = io.BytesIO()
    fastavro.schemaless_writer(buffer, parsed_schema("story"), record)
    attributes = {
        "avro.schema": STORY_SCHEMA_NAME,
        "avro.fingerprint": schema_fingerprint(),
        "avro.encoding": "binary",
    }
    for name in ("story_id", "event_id", "dedup_status"):
        value = record.get(name)
        if value and len(str(value).encode("utf-8")) <= MAX_ATTRIBUTE_BYTES:
            attributes[name] = str(value)
    return buffer.getvalue(), attributes


def decode_story_message(data: bytes, attributes: dict[str, str]) -> dict:
    """The story record of a message published by ``PublishStoryRecords``.

    Raises ``ValueError`` naming the attribute when the message was not written
    with this story schema (a consumer must not guess a writer schema).
    """
    name = attributes.get("avro.schema")
    if name != STORY_SCHEMA_NAME:
        raise ValueError(f"message attribute avro.schema is {name!r}, expected {STORY_SCHEMA_NAME!r}")
    got = attributes.get("avro.fingerprint")
    if got != schema_fingerprint():
        raise ValueError(
            f"message attribute avro.fingerprint is {got!r}, this reader knows {schema_fingerprint()!r} "
            "(schemas/story.avsc); fetch the writer's schema for that fingerprint"
        )
    return fastavro.schemaless_reader(io.BytesIO(data), parsed_schema("story"))


class _ToMessage(beam.DoFn):
    def __init__(self) -> None:
        self.published = Metrics.counter(NAMESPACE, "published")

    def process(self, record: dict):
        from apache_beam.io.gcp.pubsub import PubsubMessage

        data, attributes = encode_story_message(record)
        self.published.inc()
        yield PubsubMessage(data, attributes)


class PublishStoryRecords(beam.PTransform):
    """Publish story records (schema-checked dicts, e.g. ``StoryRecords().records``)::

    records | PublishStoryRecords("projects/p/topics/stories")
    """

    def __init__(self, topic: str, *, expansion_service: str | None = None) -> None:
        super().__init__()
        from pipeline.sources.pubsub import check_topic

        self.topic = check_topic(topic)
        self.expansion_service = expansion_service

    def expand(self, records):
        messages = records | "Encode" >> beam.ParDo(_ToMessage())
        if self.expansion_service:  # portable runners (Flink): the Java SDK's Pub/Sub write; untested here
            from apache_beam.io.external.gcp.pubsub import WriteToPubSub as ExternalWriteToPubSub

            return messages | "Publish" >> ExternalWriteToPubSub(
                self.topic, with_attributes=True, expansion_service=self.expansion_service
            )
        return messages | "Publish" >> beam.io.WriteToPubSub(self.topic, with_attributes=True)


def pull_story_records(
    subscription: str,
    *,
    max_messages: int | None = None,
    idle_seconds: float | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
) -> Iterator[dict]:
    """Decoded story records pulled from ``subscription`` (synchronous pull, each
    message acknowledged once decoded, or once reported to ``on_error``).

    Stops after ``max_messages`` messages, or when nothing arrived for
    ``idle_seconds``; otherwise runs until interrupted.
    """
    import time

    from google.api_core import exceptions
    from google.cloud import pubsub_v1

    from pipeline.sources.pubsub import check_subscription

    check_subscription(subscription)
    client = pubsub_v1.SubscriberClient()
    seen = 0
    last = time.monotonic()
    try:
        while max_messages is None or seen < max_messages:
            want = 100 if max_messages is None else min(100, max_messages - seen)
            try:
                response = client.pull(subscription=subscription, max_messages=want, timeout=10)
            except exceptions.DeadlineExceeded:
                response = None
            received = response.received_messages if response else []
            if not received:
                if idle_seconds is not None and time.monotonic() - last > idle_seconds:
                    return
                continue
            last = time.monotonic()
            for item in received:
                seen += 1
                try:
                    record = decode_story_message(item.message.data, dict(item.message.attributes))
                except (ValueError, EOFError, StopIteration) as err:
                    if on_error is None:
                        raise
                    on_error(item.message.message_id, err)
                    continue
                yield record
            client.acknowledge(subscription=subscription, ack_ids=[item.ack_id for item in received])
    finally:
        client.close()
