"""The Avro schemas are a public contract: every field documented, timestamps as logical types,
and every change readable both ways against each released version (``tests/fixtures/schemas``):
files written with the current schema by the pipeline's writer (fastavro) are read by the
independent Apache ``avro`` reader with the released schema as reader schema, and the other way
round. Negative controls show the check refuses the changes the contract forbids."""

from __future__ import annotations

import copy
import datetime
import io
import json
from pathlib import Path

import avro.errors
import avro.schema
import fastavro
import pytest
from avro.datafile import DataFileReader
from avro.io import DatumReader

from pipeline.model import DeadLetter, Entity, Mention, Quote, Story, load_schema

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
NAMES = ("story", "deadletter")


def _released(name: str) -> list[tuple[str, dict]]:
    return [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(RELEASED.glob(f"{name}-*.avsc"))]


def _records(name: str) -> list[dict]:
    """Records the pipeline itself makes, with optional parts both filled and empty."""
    if name == "story":
        body = "Rex Tillerson said “trust is low” in Moscow."
        full = Story(
            story_id="urn:1",
            format="ninjs",
            body=body,
            source="feeds/ap.jsonl",
            version=2,
            headline="H",
            byline="Josh Lederman",
            dateline="MOSCOW",
            captions=["A caption."],
            language="en",
            first_created=1_599_000_000_000,
            version_created=1_600_000_000_000,
            ingested_at=1_700_000_000_000,
            urgency=3,
            subjects=["politics"],
            pub_status="usable",
            located="Moscow",
            flags=["embargoed"],
            raw_metadata={"slugline": "US-Russia"},
            content_hash="abc",
            entities=[Entity("Rex Tillerson", "PERSON", [Mention("Rex Tillerson", 0, 13)], 1.5)],
            quotes=[Quote("trust is low", 20, 32, "partial", "Rex Tillerson", "said")],
            event_id="evt-1",
            dedup_status="update",
            supersedes="urn:1",
            supersedes_version=1,
        )
        bare = Story(story_id="sha256:x", format="plaintext", body="b", ingested_at=1, event_id="evt-2")
        return [full.to_record(), bare.to_record()]
    return [
        DeadLetter.of("in.xml", "parse", "not XML", b"<a", story_id="urn:9", attributes={"k": "v"}).to_record(),
        DeadLetter.of("in.txt", "read", "too big", b"x" * 100, max_raw_bytes=10).to_record(),
    ]


def _write(schema: dict, records: list[dict]) -> bytes:
    buffer = io.BytesIO()
    fastavro.writer(buffer, fastavro.parse_schema(copy.deepcopy(schema)), records)
    return buffer.getvalue()


def _read_as(data: bytes, reader_schema: dict) -> list[dict]:
    """Apache avro's schema resolution: the file's (writer's) schema resolved to ``reader_schema``."""
    reader = DataFileReader(io.BytesIO(data), DatumReader(readers_schema=avro.schema.parse(json.dumps(reader_schema))))
    try:
        return list(reader)
    finally:
        reader.close()


def _millis(value):
    """The reader gives timestamp-millis as datetimes; the pipeline writes epoch milliseconds."""
    return round(value.timestamp() * 1000) if isinstance(value, datetime.datetime) else value


def _types(field: dict) -> list:
    """A field's type, or the branches of its union."""
    return field["type"] if isinstance(field["type"], list) else [field["type"]]


def _fields(schema: dict, path: str = ""):
    """(dotted name, field) of every field, nested records included."""
    for field in schema["fields"]:
        yield path + field["name"], field
        for t in _types(field):
            if isinstance(t, dict) and t.get("type") == "array":
                t = t["items"]
            if isinstance(t, dict) and t.get("type") == "record":
                yield from _fields(t, f"{path}{field['name']}.")


def _plain(record: dict, schema: dict) -> dict:
    """The values a reader of ``schema`` should see: the record's top-level fields ``schema`` has."""
    return {f["name"]: record[f["name"]] for f in schema["fields"] if f["name"] in record}


@pytest.mark.parametrize("name", NAMES)
def test_every_field_is_documented(name):
    undocumented = [dotted for dotted, field in _fields(load_schema(name)) if not field.get("doc", "").strip()]
    assert not undocumented


@pytest.mark.parametrize("name", NAMES)
def test_timestamps_are_logical_timestamp_types(name):
    stamps = [(d, f) for d, f in _fields(load_schema(name)) if d.endswith(("_at", "_created"))]
    assert stamps
    for dotted, field in stamps:
        logical = [t for t in _types(field) if isinstance(t, dict) and t.get("logicalType") == "timestamp-millis"]
        assert logical and logical[0]["type"] == "long", dotted


def test_there_is_a_released_version_of_each_schema():
    assert all(_released(name) for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_no_released_field_is_removed_or_renamed(name):
    """Avro would resolve a renamed optional field to its default on both sides, silently: the
    contract is stricter (fields are only added), so every released field keeps its name."""
    current = {dotted for dotted, _ in _fields(load_schema(name))}
    for version, released in _released(name):
        assert {dotted for dotted, _ in _fields(released)} <= current, version


@pytest.mark.parametrize("name", NAMES)
def test_a_reader_of_a_released_schema_reads_new_files(name):
    records = _records(name)
    data = _write(load_schema(name), records)
    for version, released in _released(name):
        read = _read_as(data, released)
        assert len(read) == len(records), version
        for got, written in zip(read, records, strict=True):
            assert got.keys() == _plain(written, released).keys(), version
            assert {k: _millis(v) for k, v in got.items()} == _plain(written, released), version


@pytest.mark.parametrize("name", NAMES)
def test_the_current_schema_reads_released_files(name):
    current = load_schema(name)
    for version, released in _released(name):
        records = [_plain(r, released) for r in _records(name)]
        read = _read_as(_write(released, records), current)
        assert [set(r) for r in read] == [{f["name"] for f in current["fields"]}] * len(records), version


def _with_field(schema: dict, field: dict) -> dict:
    changed = copy.deepcopy(schema)
    changed["fields"].append(field)
    return changed


def test_the_check_refuses_a_field_added_without_a_default():
    released = _released("story")[0][1]
    changed = _with_field(released, {"name": "desk", "type": "string", "doc": "x"})
    records = [_plain(r, released) for r in _records("story")]
    with pytest.raises(avro.errors.SchemaResolutionException):
        _read_as(_write(released, records), changed)
    # With a default the same addition is fine.
    ok = _with_field(released, {"name": "desk", "type": "string", "default": "", "doc": "x"})
    assert [r["desk"] for r in _read_as(_write(released, records), ok)] == ["", ""]


def test_the_check_refuses_a_changed_field_type():
    released = _released("deadletter")[0][1]
    changed = copy.deepcopy(released)
    for field in changed["fields"]:
        if field["name"] == "raw_size":
            field["type"] = "string"
    with pytest.raises(avro.errors.SchemaResolutionException):
        _read_as(_write(changed, [_plain(r, changed) | {"raw_size": "7"} for r in _records("deadletter")]), released)
