"""Runner independence: the full batch pipeline through Beam's portable path gives
the same records as the DirectRunner.

- ``multi_processing``: the FnApiRunner with two SDK worker processes, so every
  DoFn, coder and the dedup stage's state cross a process boundary.
- ``portable``: ``--runner=PortableRunner --job_endpoint=embed`` with an
  ``EXTERNAL`` environment served by Beam's SDK worker pool in its own process:
  the shape of a Flink deployment (job server + Python worker pool), minus Flink.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_cli_replay import read_avro_folder, run_cli

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, samples_dir) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copy(samples_dir / "000_02bc4e5f07f762cb.txt", folder / "seed.txt")
    shutil.copy(samples_dir / "000_02bc4e5f07f762cb.txt", folder / "seed-again.txt")  # exact redelivery: state
    shutil.copy(samples_dir / "ninjs-1.4-medium-text.json", folder / "item.json")
    (folder / "broken.json").write_text('{"uri": "x", "headline": ', encoding="utf-8")
    (folder / "garbage.bin").write_bytes(bytes(range(256)) * 4)
    return folder


@pytest.fixture(scope="module")
def worker_pool():
    """Beam's Python SDK worker pool (what runs beside a Flink task manager)."""
    port = _free_port()
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    process = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.worker.worker_pool_main", f"--service_port={port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    yield f"localhost:{port}"
    os.killpg(process.pid, signal.SIGKILL)  # the pool and the SDK workers it started
    process.wait(10)


def _run(inbox: Path, out: Path, *beam_args: str) -> tuple[str, list[dict], list[dict]]:
    result = run_cli("run", "--input", str(inbox), "--output", str(out), *beam_args)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return (
        result.stdout.strip().splitlines()[-1],
        read_avro_folder(out / "stories"),
        read_avro_folder(out / "deadletter"),
    )


def _comparable(stories: list[dict]) -> list[dict]:
    keep = ("story_id", "format", "headline", "body", "entities", "quotes", "event_id", "dedup_status", "content_hash")
    return sorted(({k: s[k] for k in keep} for s in stories), key=lambda s: s["story_id"])


@pytest.fixture(scope="module")
def direct(inbox, tmp_path_factory):
    return _run(inbox, tmp_path_factory.mktemp("direct"))


@pytest.mark.parametrize("mode", ["multi_processing", "portable"])
def test_portable_path_gives_the_direct_runners_records(mode, inbox, direct, worker_pool, tmp_path):
    if mode == "multi_processing":
        args = ("--direct_running_mode=multi_processing", "--direct_num_workers=2")
    else:
        args = (
            "--runner=PortableRunner",
            "--job_endpoint=embed",
            "--environment_type=EXTERNAL",
            f"--environment_config={worker_pool}",
        )
    summary, stories, dead = _run(inbox, tmp_path, *args)
    direct_summary, direct_stories, direct_dead = direct
    assert direct_summary == "stories read: 5, written: 2, dead-lettered: 2, duplicates dropped: 1"
    assert summary == direct_summary
    assert len(stories) == 2 and _comparable(stories) == _comparable(direct_stories)
    assert sorted(Path(d["source"]).name for d in dead) == sorted(Path(d["source"]).name for d in direct_dead)
    assert all(s["entities"] for s in stories), "annotated in the SDK worker processes"
