"""Story records as Pub/Sub messages: Avro binary without a header, decodable
by the independent Apache ``avro`` reader, with the attributes a consumer needs."""

from __future__ import annotations

import io
import json

import avro.io
import avro.schema
import pytest
from fastavro.schema import to_parsing_canonical_form

from pipeline.model import Entity, Mention, Quote, Story, load_schema
from pipeline.sinks.pubsub import STORY_SCHEMA_NAME, decode_story_message, encode_story_message, schema_fingerprint


def _story() -> Story:
    body = 'The minister said on Monday: "We will not give up."'
    return Story(
        story_id="urn:test:1",
        format="ninjs",
        body=body,
        source="pubsub:projects/wire-test/subscriptions/s",
        version=2,
        headline="Minister vows to go on",
        ingested_at=1_790_000_000_123,
        version_created=1_790_000_000_000,
        raw_metadata={"attr:agency": "test"},
        entities=[Entity("Monday", "DATE", [Mention("Monday", 21, 27)], 1.5)],
        quotes=[Quote("We will not give up.", 30, 50, "full", None, "said")],
        event_id="evt-0123456789abcdef",
    )


def _crc64_avro(text: str) -> int:
    """The 64-bit Rabin fingerprint exactly as the Avro specification gives it."""
    empty = 0xC15D213AA4D7A795
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (empty & -(fp & 1))
        table.append(fp)
    fp = empty
    for byte in text.encode("utf-8"):
        fp = (fp >> 8) ^ table[(fp ^ byte) & 0xFF]
    return fp


def test_message_round_trips_and_apache_avro_reads_it():
    record = _story().to_record()
    data, attributes = encode_story_message(record)
    assert not data.startswith(b"Obj\x01"), "one record, no container header"
    assert decode_story_message(data, attributes)["quotes"][0]["cue"] == "said"
    reader = avro.io.DatumReader(avro.schema.parse(json.dumps(load_schema("story"))))
    decoded = reader.read(avro.io.BinaryDecoder(io.BytesIO(data)))
    assert decoded["story_id"] == "urn:test:1"
    assert decoded["version"] == 2
    assert decoded["entities"][0]["mentions"][0] == {"text": "Monday", "start": 21, "end": 27}
    assert decoded["raw_metadata"] == {"attr:agency": "test"}
    assert int(decoded["ingested_at"].timestamp() * 1000) == 1_790_000_000_123


def test_attributes_name_the_schema_and_its_spec_fingerprint():
    _, attributes = encode_story_message(_story().to_record())
    assert attributes["avro.schema"] == STORY_SCHEMA_NAME == "io.wireingest.Story"
    assert attributes["avro.encoding"] == "binary"
    assert attributes["story_id"] == "urn:test:1" and attributes["event_id"] == "evt-0123456789abcdef"
    canonical = to_parsing_canonical_form(load_schema("story"))
    # Parsing Canonical Form drops logical types and docs: {"type":"long"} is "long".
    assert '"logicalType"' not in canonical and '{"type":"long"}' not in canonical and '"doc"' not in canonical
    # The 8 bytes little-endian, as in Avro's single-object encoding header.
    expected = _crc64_avro(canonical).to_bytes(8, "little").hex()
    assert attributes["avro.fingerprint"] == f"CRC-64-AVRO:{expected}" == schema_fingerprint()


@pytest.mark.parametrize(
    "change, message",
    [
        ({"avro.fingerprint": "CRC-64-AVRO:0000000000000000"}, "avro.fingerprint"),
        ({"avro.schema": "io.other.Thing"}, "avro.schema"),
    ],
)
def test_a_message_of_another_schema_is_refused_by_name(change, message):
    data, attributes = encode_story_message(_story().to_record())
    with pytest.raises(ValueError, match=message):
        decode_story_message(data, {**attributes, **change})


def test_an_oversized_story_id_is_not_put_in_an_attribute():
    record = _story().to_record()
    record["story_id"] = "x" * 2000
    _, attributes = encode_story_message(record)
    assert "story_id" not in attributes
