"""Shared by the format tests: fixture paths and a parse shortcut."""

from __future__ import annotations

from pathlib import Path

from pipeline.formats import parse_document
from pipeline.formats.base import ParseResult, Rejected
from pipeline.model import RawDocument, Story

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def parse_fixture(name: str, *, source: str | None = None) -> list[ParseResult]:
    return parse_document(RawDocument(source or name, (FORMATS / name).read_bytes()))


def only_story(results: list[ParseResult]) -> Story:
    assert len(results) == 1, results
    assert isinstance(results[0], Story), results[0]
    return results[0]


def stories(results: list[ParseResult]) -> list[Story]:
    return [r for r in results if isinstance(r, Story)]


def rejections(results: list[ParseResult]) -> list[Rejected]:
    return [r for r in results if isinstance(r, Rejected)]


def millis(iso: str) -> int:
    from datetime import datetime

    return int(datetime.fromisoformat(iso).timestamp() * 1000)


def anpa_capture_with_a_broken_message() -> bytes:
    """The ANPA capture fixture (stories at 15:02 and 19:15 UTC on 2024-03-14) with a message of
    neither headline nor text between its two stories: parts story, rejected, story."""
    data = (FORMATS / "anpa1312-stream.anpa").read_bytes()
    cut = data.index(b"\x16\x16\x01a0455")
    return data[:cut] + b"\x01\x02\x03\x04" + data[cut:]
