"""Warm workers: SDK worker processes started before Beam asks for them, handed over to the
runner's worker command, and never in the way (a dead or silent one is replaced by Beam's own
worker, an unclaimed one ends with the run)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions

from pipeline.annotate import DEFAULT_MODEL
from pipeline.runners import configure_batch, warm_workers
from pipeline.runners.local_plan import BIG_REPLAY_BYTES, plan_from_command_line, subprocess_count
from pipeline.runners.warm_workers import WarmPool
from tests.avro_files import read_avro_folder


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def big_input(tmp_path) -> Path:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * BIG_REPLAY_BYTES)
    return big


@pytest.mark.parametrize(
    "args",
    [
        ["--direct_num_workers", "1", "--direct_running_mode", "multi_processing"],
        ["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
        ["--direct_num_workers", "0", "--direct_running_mode", "multi_processing"],
        ["--direct_num_workers", "2"],  # threads in this process: no worker process
        [],  # a big replay: one worker process per core
        ["--runner", "FlinkRunner"],
        ["--streaming"],
    ],
)
def test_the_command_line_foretells_the_worker_processes_the_options_decide(big_input, args):
    argv = ["--input", str(big_input), "--output", "/tmp/unused", *args]
    options = PipelineOptions(argv)
    configure_batch(options, explicit_workers=any(a.startswith("--direct_num_workers") for a in argv))
    direct = options.view_as(DirectOptions)
    decided = subprocess_count(direct.direct_num_workers, direct.direct_running_mode)
    if "--runner" in args or "--streaming" in args:
        decided = 0
    assert plan_from_command_line(argv, default_model="m").worker_processes == decided


def test_a_small_replay_or_unknown_input_starts_no_warm_worker(tmp_path, samples_dir):
    assert plan_from_command_line(["--input", str(samples_dir)], default_model="m").worker_processes == 0
    assert plan_from_command_line(["--input", str(tmp_path / "missing")], default_model="m").worker_processes == 0
    assert plan_from_command_line(["--input", "gs://bucket/x", "--direct_num_workers", "x"], default_model="m") == (
        plan_from_command_line([], default_model="m")
    )


def test_warm_workers_load_the_model_the_run_names(big_input):
    argv = ["--input", str(big_input), "--spacy-model", "other"]
    assert plan_from_command_line(argv, default_model="m").spacy_model == "other"


def test_the_hand_over_command_starts_without_importing_beam():
    # The runner's worker command must start in milliseconds: Beam is imported by the warm worker.
    code = "import sys, pipeline.runners.warm_workers, pipeline.runners.local_plan; print('apache_beam' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def _replay(samples: Path, out: Path) -> tuple[str, list[dict]]:
    from pipeline.replay import run_replay

    options = PipelineOptions(
        [
            "--input",
            str(samples),
            "--output",
            str(out),
            "--direct_num_workers",
            "1",
            "--direct_running_mode",
            "multi_processing",
        ]
    )
    summary = run_replay(options)
    return summary.line(), read_avro_folder(out / "stories")


def test_a_run_hands_its_worker_to_a_warm_worker_and_later_runs_fall_back(tmp_path, samples_dir):
    pool = WarmPool.start(1, DEFAULT_MODEL)
    try:
        assert warm_workers.active() is pool
        [waiting] = pool.waiting()
        warm_pid = pool.processes[0].pid
        first, stories = _replay(samples_dir, tmp_path / "first")
        assert pool.waiting() == []  # claimed
        assert [p.name for p in pool.folder.iterdir()] == [f"{waiting.name}.{_attach_pid_of(pool)}"]
        assert _gone(warm_pid), "the warm worker ran the harness and ended with the run"
        assert stories and all(s["entities"] for s in stories), "annotated in the warm worker"
        # Nothing left to claim: the next run's worker is Beam's own, with the same records.
        second, again = _replay(samples_dir, tmp_path / "second")
        assert second == first and _records(again) == _records(stories)
    finally:
        pool.close()
    assert warm_workers.active() is None and not pool.folder.exists()


def _attach_pid_of(pool: WarmPool) -> str:
    [claimed] = list(pool.folder.iterdir())
    return claimed.name.rsplit(".", 1)[1]


def _records(stories: list[dict]) -> list[tuple]:
    return sorted((s["story_id"], s["headline"], len(s["entities"]), len(s["quotes"])) for s in stories)


def test_a_dead_warm_worker_is_replaced_by_beams_own(tmp_path, samples_dir):
    pool = WarmPool.start(1, DEFAULT_MODEL)
    try:
        pool.processes[0].kill()
        pool.processes[0].wait()
        summary, stories = _replay(samples_dir, tmp_path / "out")
        assert summary.startswith("stories read: ") and stories
        assert all(s["entities"] for s in stories)
    finally:
        pool.close()


def test_a_silent_warm_worker_is_killed_and_the_command_falls_back(tmp_path, monkeypatch):
    # A process that listens but never answers: the hand-over gives up after its deadline and
    # kills it, so it can never start a second harness later.
    path = tmp_path / "warm-0.sock"
    silent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import socket, time
                s = socket.socket(socket.AF_UNIX); s.bind({str(path)!r}); s.listen(1)
                print("listening", flush=True); time.sleep(120)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert silent.stdout.readline().strip() == "listening"
        monkeypatch.setattr(warm_workers, "HAND_OVER_SECONDS", 0.5)
        started = time.monotonic()
        assert warm_workers._hand_over(path) is None
        assert time.monotonic() - started < 10
        assert silent.wait(10) == -signal.SIGKILL
    finally:
        silent.kill()
        silent.wait()


def test_unclaimed_warm_workers_end_when_the_run_wants_fewer_and_when_it_ends():
    pool = WarmPool.start(2, DEFAULT_MODEL)
    try:
        pids = [p.pid for p in pool.processes]
        pool.keep(1)
        assert len(pool.waiting()) == 1
        assert _gone(pids[1]) and _alive(pids[0])
    finally:
        pool.close()
    assert not any(_alive(pid) for pid in pids)
    assert not pool.folder.exists()


def test_warm_workers_die_with_the_process_that_started_them():
    code = textwrap.dedent(
        f"""
        import os
        from pipeline.runners.warm_workers import WarmPool
        pool = WarmPool.start(1, {DEFAULT_MODEL!r})
        print(pool.processes[0].pid, pool.folder, flush=True)
        os._exit(0)  # no close: a crash
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    pid, folder = result.stdout.split()
    assert _gone(int(pid)), "orphaned warm worker"
    assert not Path(folder).exists(), "its socket folder left behind"
