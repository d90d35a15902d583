"""A big local replay runs in event-time-ordered slices, one pipeline run each, and decides as
one run over everything would: the CLI with small slices against the same replay in one run,
read back with the Apache ``avro`` reader."""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest

from tests.avro_files import read_avro_folder
from tests.dedup.dedup_feeds import FEED, HOUR, MINUTE, T0
from tests.e2e.test_cli_replay import run_cli


def _ninjs(story, when_ms: int, suffix: str) -> str:
    obj = {
        "uri": f"{story.story_id}-{suffix}",
        "headline": story.headline,
        "body_text": story.body,
        "language": "en",
        "versioncreated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when_ms / 1000)),
    }
    if story.version is not None:
        obj["version"] = story.version
    return json.dumps(obj)


def write_feed(folder: Path, *, repeats: int, seed: int, broken_at: int) -> Path:
    """The dedup test feed (two look-alike fires, a version 2, a partner re-filing, another
    agency, a retransmission) ``repeats`` times over, 30 h apart under other ids, so reports link
    across repeats within the 72 h retention; shuffled over JSON Lines files of 8 stories, plus a
    broken line at ``broken_at``."""
    lines = []
    for rep in range(repeats):
        for story, minutes in FEED:
            lines.append(_ninjs(story, T0 + rep * 30 * HOUR + minutes * MINUTE, f"r{rep}"))
    random.Random(seed).shuffle(lines)
    lines.insert(broken_at, '{"uri": "urn:broken", "headline": ')
    for i in range(0, len(lines), 8):
        (folder / f"part-{i // 8}.jsonl").write_text("\n".join(lines[i : i + 8]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    return write_feed(tmp_path_factory.mktemp("feed"), repeats=4, seed=11, broken_at=9)


def _replay(inbox: Path, out: Path, *args: str):
    result = run_cli("run", "--input", str(inbox), "--output", str(out), *args)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return result


def _decisions(out: Path) -> dict[tuple, tuple]:
    return {
        (r["story_id"], r["version"]): (r["event_id"], r["dedup_status"], r["supersedes"])
        for r in read_avro_folder(out / "stories")
    }


@pytest.fixture(scope="module")
def one_run(inbox, tmp_path_factory):
    out = tmp_path_factory.mktemp("one")
    return _replay(inbox, out, "--replay_slice_stories", "0"), out


@pytest.mark.parametrize(
    ("slice_stories", "workers"),
    [(6, []), (10, ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"])],
)
def test_slices_decide_as_one_run(inbox, one_run, tmp_path, slice_stories, workers):
    whole, whole_out = one_run
    expected = _decisions(whole_out)
    statuses = {status for _, status, _ in expected.values()}
    assert statuses == {"new_event", "same_event", "update"}
    assert "slice" not in whole.stderr

    sliced = _replay(inbox, tmp_path, "--replay_slice_stories", str(slice_stories), *workers)
    announced = re.findall(r"^slice (\d+)/(\d+): stories read: (\d+)", sliced.stderr, re.M)
    n_slices = int(announced[0][1])
    assert n_slices == -(-20 // slice_stories) and len(announced) == n_slices  # 20 versions, none split
    assert sum(int(read) for *_, read in announced) == 25
    # The same totals (every story read accounted for) and the same decisions.
    assert sliced.stdout.strip().splitlines()[-1] == whole.stdout.strip().splitlines()[-1]
    assert whole.stdout.strip().endswith("stories read: 25, written: 20, dead-lettered: 1, duplicates dropped: 4")
    assert _decisions(tmp_path) == expected
    # Story files per slice; the first slice's events reach into later slices (the context).
    files = [p.name for p in (tmp_path / "stories").glob("*.avro")]
    assert {re.match(r"story-slice(\d{5})-\d{5}-of-\d{5}\.avro$", f).group(1) for f in files} == {
        f"{n:05d}" for n in range(n_slices)
    }
    first = {r["event_id"] for r in read_avro_folder(tmp_path / "stories", "story-slice00000-*.avro")}
    later = [r for r in read_avro_folder(tmp_path / "stories") if r["event_id"] in first]
    assert len(later) > len(read_avro_folder(tmp_path / "stories", "story-slice00000-*.avro"))
    dead = read_avro_folder(tmp_path / "deadletter")
    assert len(dead) == 1 and dead[0]["stage"] == "parse"


def test_a_replay_replaces_an_earlier_replays_files_only(inbox, tmp_path):
    _replay(inbox, tmp_path, "--replay_slice_stories", "6")
    sliced = sorted(p.name for p in (tmp_path / "stories").glob("*.avro"))
    assert len(sliced) == 4 and all(name.startswith("story-slice") for name in sliced)
    # A file a replay does not write stays.
    kept = tmp_path / "stories" / "story-kept-by-hand.avro"
    kept.write_bytes((tmp_path / "stories" / sliced[0]).read_bytes())
    again = _replay(inbox, tmp_path, "--replay_slice_stories", "0")
    assert "replaced the 8 output file(s) of an earlier replay" in again.stderr  # 4 story, 4 dead-letter files
    names = sorted(p.name for p in (tmp_path / "stories").glob("*.avro"))
    assert names == ["story-00000-of-00001.avro", kept.name]
    assert len(read_avro_folder(tmp_path / "stories", "story-0*.avro")) == 20


def test_a_replay_with_a_wrong_input_leaves_the_earlier_files(inbox, tmp_path):
    _replay(inbox, tmp_path, "--replay_slice_stories", "0")
    before = sorted(p.name for p in tmp_path.rglob("*.avro"))
    result = run_cli("run", "--input", str(tmp_path / "no-such-*.jsonl"), "--output", str(tmp_path))
    assert result.returncode != 0 and "no-such-" in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*.avro")) == before and before


def test_a_replay_refuses_a_folder_a_streaming_run_wrote_to(inbox, one_run, tmp_path):
    """Beam's file sink would delete a window file matching its ``story-*-of-00001.avro`` glob
    (shown by hand before the guard): the replay stops first and the folder is untouched."""
    produced = next((one_run[1] / "stories").glob("story-*.avro"))
    window = tmp_path / "stories" / "story-20261127T174000Z-20261127T174100Z-pane0-00000-of-00001.avro"
    window.parent.mkdir()
    window.write_bytes(produced.read_bytes())
    result = run_cli("run", "--input", str(inbox), "--output", str(tmp_path), "--replay_slice_stories", "0")
    assert result.returncode == 2, result.stderr[-3000:]
    assert "streaming run" in result.stderr and window.name in result.stderr
    assert [p.name for p in tmp_path.rglob("*.avro")] == [window.name]
    assert window.read_bytes() == produced.read_bytes()
