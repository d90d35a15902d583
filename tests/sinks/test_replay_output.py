"""A replay's output is staged and swapped in: whatever the moment a replay is interrupted, the
folder holds one complete replay (the earlier or the new one), and the next replay finishes or
clears what the interrupted one left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.sinks.replay_output import MARKER, StagedReplay, finish_interrupted


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _contents(output: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(output)): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and not str(p.relative_to(output)).startswith(".")
    }


EARLIER = {
    "stories/story-slice00000-00000-of-00002.avro": b"old-a",
    "stories/story-slice00001-00000-of-00002.avro": b"old-b",
    "deadletter/deadletter-slice00000-00000-of-00002.avro": b"old-d",
}
NEW = {"stories/story-00000-of-00001.avro": b"new-s", "deadletter/deadletter-00000-of-00001.avro": b"new-d"}


def test_commit_swaps_the_new_replay_in_and_keeps_files_a_replay_does_not_write(tmp_path):
    _write(tmp_path, {**EARLIER, "stories/notes-by-hand.avro": b"mine"})
    staged = StagedReplay(str(tmp_path))
    assert Path(staged.folder).parent == tmp_path and Path(staged.folder).name.startswith(".")
    _write(Path(staged.folder), NEW)
    assert _contents(tmp_path) == {**EARLIER, "stories/notes-by-hand.avro": b"mine"}, "nothing changes before commit"
    assert staged.commit() == 3
    assert _contents(tmp_path) == {**NEW, "stories/notes-by-hand.avro": b"mine"}
    assert not Path(staged.folder).exists()


def test_a_replay_interrupted_before_its_commit_leaves_the_earlier_one_and_is_cleared_next_time(tmp_path):
    _write(tmp_path, EARLIER)
    staged = StagedReplay(str(tmp_path))
    _write(Path(staged.folder), {"stories/story-00000-of-00001.avro": b"half"})  # then killed
    assert _contents(tmp_path) == EARLIER
    finish_interrupted(str(tmp_path))
    assert _contents(tmp_path) == EARLIER and not Path(staged.folder).exists()


@pytest.mark.parametrize("moved", [0, 1, 2])
def test_a_replay_interrupted_in_its_swap_is_completed_from_its_marker(tmp_path, moved):
    _write(tmp_path, EARLIER)
    staged = Path(StagedReplay(str(tmp_path)).folder)
    _write(staged, NEW)
    (staged / MARKER).write_text(json.dumps({"files": sorted(NEW)}))
    for name in sorted(NEW)[:moved]:  # killed after moving some files in
        (staged / name).rename(tmp_path / name)
    finish_interrupted(str(tmp_path))
    assert _contents(tmp_path) == NEW and not staged.exists()
