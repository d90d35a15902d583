"""End to end: the CLI replays a folder of files and the Avro output is read back
with the Apache ``avro`` reader (independent of the fastavro writer)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.avro_files import read_avro_folder

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO
    )


@pytest.fixture(scope="module")
def replay(tmp_path_factory, samples_dir):
    inbox = tmp_path_factory.mktemp("inbox")
    shutil.copy(samples_dir / "000_02bc4e5f07f762cb.txt", inbox / "seed.txt")
    # The same file delivered twice: an exact redelivery.
    shutil.copy(samples_dir / "000_02bc4e5f07f762cb.txt", inbox / "seed-again.txt")
    shutil.copy(samples_dir / "ninjs-1.4-medium-text.json", inbox / "item.json")
    (inbox / "broken.json").write_text('{"uri": "x", "headline": ', encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "garbage.bin").write_bytes(bytes(range(256)) * 4)
    (inbox / "wrong-type.json").write_text("[1, 2, 3]", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = run_cli("run", "--input", str(inbox), "--output", str(out))
    return result, out


def test_run_exits_zero_and_prints_a_balanced_summary(replay):
    result, _ = replay
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary == "stories read: 7, written: 2, dead-lettered: 4, duplicates dropped: 1", result.stdout


def test_seed_story_fields_read_back_with_apache_avro(replay):
    _, out = replay
    stories = read_avro_folder(out / "stories")
    seed = [s for s in stories if s["format"] == "plaintext"]
    assert len(seed) == 1
    story = seed[0]
    assert story["headline"] == "U.S., Russia at ‘Low Point’ After No Breakthrough in Moscow"
    assert story["dateline"] == "MOSCOW"
    assert story["byline"] == "Josh Lederman"
    assert len(story["captions"]) == 2
    assert all("Zemlianichenko" in c for c in story["captions"])
    body = story["body"]
    assert body.startswith("The United States and Russia laid bare")
    assert "Zemlianichenko" not in body and "LEDERMAN" not in body and "Lederman" not in body
    assert "\n\n" in body
    assert story["story_id"].startswith("sha256:")
    assert story["ingested_at"].year >= 2024  # a timestamp-millis logical type, read back as a datetime
    assert story["event_id"] and story["dedup_status"] == "new_event"
    # Entities point into the body.
    assert story["entities"], "no entities"
    for entity in story["entities"]:
        for mention in entity["mentions"]:
            assert body[mention["start"] : mention["end"]] == mention["text"]
    names = {e["name"] for e in story["entities"]}
    assert "Rex Tillerson" in names
    for quote in story["quotes"]:
        assert body[quote["start"] : quote["end"]] == quote["text"]


def test_ninjs_fields_read_back(replay):
    _, out = replay
    (item,) = [s for s in read_avro_folder(out / "stories") if s["format"] == "ninjs"]
    assert item["story_id"] == "http://ninjs.example.com/newsitems/20130709med123"
    assert item["headline"] == "Captain of wrecked cruise ship on trial in Italy"
    assert item["language"] == "en"
    assert item["version_created"].isoformat().startswith("2013-07-09T10:37:00")
    assert item["byline"] == "Paulo Santalucia and Frances d'Emilio"


def test_broken_inputs_are_dead_lettered_with_stage_and_reason(replay):
    _, out = replay
    dead = read_avro_folder(out / "deadletter")
    by_file = {Path(d["source"]).name: d for d in dead}
    assert set(by_file) == {"broken.json", "empty.txt", "garbage.bin", "wrong-type.json"}
    assert all(d["stage"] == "parse" for d in dead)
    assert "malformed JSON" in by_file["broken.json"]["reason"]
    assert "empty" in by_file["empty.txt"]["reason"]
    assert "binary" in by_file["garbage.bin"]["reason"]
    assert "list" in by_file["wrong-type.json"]["reason"]
    assert by_file["garbage.bin"]["raw_size"] == 1024
    assert by_file["broken.json"]["raw"] == b'{"uri": "x", "headline": '


def test_inspect_prints_one_json_line_per_record(replay):
    _, out = replay
    result = run_cli("inspect", str(out / "stories"))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    seed = next(r for r in lines if r["format"] == "plaintext")
    assert seed["ingested_at"].endswith("Z") and "T" in seed["ingested_at"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "--input", "/nonexistent/nowhere/*.txt", "--output", "{tmp}/o"], "/nonexistent/nowhere"),
        (["run", "--input", "{tmp}", "--output", "/proc/forbidden/out"], "output"),
        (["inspect", "/nonexistent.avro"], "/nonexistent.avro"),
        (["run", "--input", "{tmp}", "--output", "{tmp}/o", "--ouput", "x"], "--ouput"),
    ],
)
def test_broken_invocation_exits_nonzero_without_traceback(tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run_cli(*args, timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr


def test_run_without_input_replays_the_bundled_samples(tmp_path):
    result = run_cli("run", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    stories = read_avro_folder(tmp_path / "stories")
    assert any(s["headline"] == "U.S., Russia at ‘Low Point’ After No Breakthrough in Moscow" for s in stories)
    assert "stories read:" in result.stdout


def in_process_replay(inbox: Path, out: Path) -> None:
    """A replay in this process (the model is loaded once per test session)."""
    import io

    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.replay import run_replay

    options = PipelineOptions(["--input", str(inbox), "--output", str(out), "--direct_num_workers", "1"])
    assert run_replay(options, progress=io.StringIO()).balanced


def test_a_replay_killed_half_way_leaves_one_complete_replay(tmp_path, samples_dir):
    """Before staging, a replay deleted the earlier replay's files first: killed, it left none."""
    import signal
    import time

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for sample in samples_dir.iterdir():
        if sample.suffix in (".txt", ".json"):
            shutil.copy(sample, inbox / sample.name)
    out = tmp_path / "out"
    in_process_replay(inbox, out)
    earlier = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.avro")}
    assert earlier
    shutil.copytree(out / "stories", tmp_path / "inbox-first-stories")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    second = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--input", str(inbox), "--output", str(out)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not list(out.glob(".replay-staging-*")) and time.monotonic() < deadline and second.poll() is None:
        time.sleep(0.2)
    os.killpg(second.pid, signal.SIGKILL)  # the new replay is being written
    second.wait(30)
    visible = {
        p.relative_to(out): p.read_bytes()
        for p in out.rglob("*.avro")
        if not p.relative_to(out).parts[0].startswith(".")
    }
    assert visible == earlier, "the earlier replay, whole and alone"
    in_process_replay(inbox, out)
    assert not list(out.glob(".replay-staging-*")), "the next replay clears what was left"
    assert sorted(r["story_id"] for r in read_avro_folder(out / "stories")) == sorted(
        r["story_id"] for r in read_avro_folder(tmp_path / "inbox-first-stories")
    )
