"""The slice index of a big replay: event-time order, copies together, bad input first."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.sources.slices import SliceIndex
from tests.formats.helpers import anpa_capture_with_a_broken_message

T0 = "2026-03-0{day}T{hour:02d}:00:00Z"


def _story(n: int, *, body: str | None = None) -> dict:
    day, hour = 1 + n // 24, n % 24
    return {
        "uri": f"urn:test:{n}",
        "version": 1,
        "headline": f"Story number {n}",
        "body_text": body or f"Body of story {n}. " * 5,
        "language": "en",
        "versioncreated": T0.format(day=day, hour=hour),
    }


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    lines = [json.dumps(_story(n)) for n in range(20)]
    random.Random(3).shuffle(lines)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(4):
        (folder / f"part-{i}.jsonl").write_text("\n".join(lines[i * 5 : i * 5 + 5]) + "\n", encoding="utf-8")
    # A redelivery of story 7 in a file read last, and input that does not parse.
    (folder / "zz-redelivered.jsonl").write_text(json.dumps(_story(7)) + "\n", encoding="utf-8")
    (folder / "broken.json").write_text('{"uri": "x", "headline": ', encoding="utf-8")
    return folder


def _times(index: SliceIndex, number: int) -> list[int]:
    from pipeline.formats.registry import parse_document

    return [
        s.version_created
        for doc in index.documents(number)
        for s in parse_document(doc)
        if hasattr(s, "version_created")
    ]


def test_slices_follow_event_time_and_keep_copies_together(inbox, tmp_path):
    index = SliceIndex.build(str(tmp_path / "index.sqlite"), [str(inbox)], stories_per_slice=6)
    slices = index.slices
    assert [s.number for s in slices] == list(range(len(slices))) and len(slices) == 4
    assert sum(s.parts for s in slices) == 22  # 20 stories, the redelivered copy, the broken file
    assert sum(s.documents for s in slices) == 22
    for earlier, later in zip(slices, slices[1:]):
        assert earlier.last_ms <= later.first_ms
    for piece in slices:
        times = _times(index, piece.number)
        assert min(times) == piece.first_ms and max(times) == piece.last_ms
    # Both copies of story 7 in one slice; the broken file in the first.
    placed = {n: [d.source for d in index.documents(n)] for n in range(len(slices))}
    holding_7 = [n for n in placed for d in index.documents(n) if b"urn:test:7" in d.data]
    assert len(holding_7) == 2 and holding_7[0] == holding_7[1]
    assert any(source.endswith("broken.json") for source in placed[0])


def test_documents_are_split_into_parts(inbox, tmp_path):
    index = SliceIndex.build(str(tmp_path / "index.sqlite"), [str(inbox)], stories_per_slice=100)
    assert len(index.slices) == 1
    whole = sorted(d.source for d in index.documents(0))
    parts = [sorted(d.source for d in index.documents(0, part, 3)) for part in range(3)]
    assert all(parts) and sorted(sum(parts, [])) == whole and len(whole) == 22


def test_index_build_is_validated(inbox, tmp_path):
    with pytest.raises(ValueError, match="stories_per_slice"):
        SliceIndex.build(str(tmp_path / "a.sqlite"), [str(inbox)], stories_per_slice=0)
    SliceIndex.build(str(tmp_path / "b.sqlite"), [str(inbox)], stories_per_slice=5)
    with pytest.raises(FileExistsError, match="b.sqlite"):
        SliceIndex.build(str(tmp_path / "b.sqlite"), [str(inbox)], stories_per_slice=5)
    with pytest.raises(FileNotFoundError):
        SliceIndex.build(str(tmp_path / "c.sqlite"), [str(tmp_path / "nothing-*.json")], stories_per_slice=5)


def _parsed(index: SliceIndex, number: int) -> list:
    """What the parse stage makes of a slice: each reading keeps only its own parts."""
    from pipeline.formats.registry import parse_document

    return [result for doc in index.documents(number) for result in parse_document(doc)]


def test_a_capture_of_several_stories_is_read_in_each_slice_its_stories_fall_into(tmp_path):
    """An ANPA capture holds stories at 15:02 and 19:15 UTC with a broken message between them;
    single ninjs stories come every hour from 14:00 to 21:00. Slices of 3 stories must follow
    event time across the capture: its second story is not judged before the 16:00-19:00 ones."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "capture.anpa").write_bytes(anpa_capture_with_a_broken_message())
    lines = [
        json.dumps(
            {
                "uri": f"urn:h{h}",
                "headline": f"Hour {h}",
                "body_text": f"Story of hour {h}.",
                "versioncreated": f"2024-03-14T{h:02d}:00:00Z",
            }
        )
        for h in range(14, 22)
    ]
    (folder / "hours.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index = SliceIndex.build(str(tmp_path / "index.sqlite"), [str(folder)], stories_per_slice=3)
    assert len(index.slices) == 4
    parsed = [_parsed(index, piece.number) for piece in index.slices]
    stories = [[r for r in results if hasattr(r, "version_created")] for results in parsed]
    times = [sorted(s.version_created for s in piece) for piece in stories]
    for earlier, later in zip(times, times[1:]):
        assert earlier[-1] <= later[0]
    assert [piece.first_ms for piece in index.slices] == [t[0] for t in times]
    # The capture is read in two slices, each keeping one story; its broken message goes with the
    # first. Every part is read exactly once over the slices.
    readings = [(n, d.parts) for n in range(4) for d in index.documents(n) if d.source.endswith("capture.anpa")]
    assert readings == [(0, frozenset({0, 1})), (2, frozenset({2}))]
    assert sum(len(results) for results in parsed) == 8 + 3 == sum(piece.parts for piece in index.slices)
    ids = [s.story_id for piece in stories for s in piece]
    assert len(ids) == len(set(ids)) == 10
