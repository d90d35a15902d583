"""Batch on Flink: the CLI replays 120 stories with ``--runner FlinkRunner`` (a local Flink
cluster in the job server the product fetches and starts, Python SDK workers LOOPBACK) and gets
the DirectRunner's records, read back with the Apache ``avro`` reader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.avro_files import read_avro_folder
from tests.e2e.test_cli_replay import run_cli
from tests.e2e.test_sliced_replay import write_feed

pytestmark = pytest.mark.slow

REPEATS = 20  # the feed has 6 stories, one of them a retransmission: 120 read, 20 dropped


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    return write_feed(tmp_path_factory.mktemp("feed"), repeats=REPEATS, seed=18, broken_at=17)


def _replay(inbox: Path, out: Path, *args: str) -> tuple[str, list[dict], list[dict]]:
    result = run_cli("run", "--input", str(inbox), "--output", str(out), *args)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    return summary, read_avro_folder(out / "stories"), read_avro_folder(out / "deadletter")


def _records(stories: list[dict]) -> list[tuple]:
    return sorted(
        (
            s["story_id"],
            s["version"],
            s["event_id"],
            s["dedup_status"],
            s["supersedes"],
            len(s["entities"]),
            len(s["quotes"]),
        )
        for s in stories
    )


def test_a_replay_on_flink_gives_the_direct_runners_records(inbox, tmp_path, flink_tools):
    direct = _replay(inbox, tmp_path / "direct", "--replay_slice_stories", "0")
    flink = _replay(inbox, tmp_path / "flink", "--runner", "FlinkRunner")
    assert direct[0] == "stories read: 121, written: 100, dead-lettered: 1, duplicates dropped: 20"
    assert flink[0] == direct[0]
    assert _records(flink[1]) == _records(direct[1])
    assert {s["dedup_status"] for s in flink[1]} == {"new_event", "same_event", "update"}
    assert all(s["entities"] for s in flink[1]), "annotated in the SDK workers"
    assert [d["stage"] for d in flink[2]] == [d["stage"] for d in direct[2]] == ["parse"]
    # The runner decided the files: no slices (Flink is never sliced).
    assert not any(re.search(r"slice\d", p.name) for p in (tmp_path / "flink" / "stories").iterdir())
