"""The real Pub/Sub emulator for streaming tests, and helpers to drive the CLI.

``gcloud beta emulators pubsub start`` on a free port, in its own process group
(gcloud starts a java child that would outlive a plain kill), stopped as a group
after the session. Where gcloud is absent the tests skip with that reason,
unless ``WIRE_INGEST_REQUIRE_EMULATOR=1`` (set by ``.ci/run``): then they fail.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROJECT = "wire-test"
READY_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PubSubEmulator:
    """One emulator process group; ``restart()`` keeps the port (state is lost)."""

    def __init__(self, gcloud: str, log_dir: Path) -> None:
        self.gcloud = gcloud
        self.port = _free_port()
        self.host = f"127.0.0.1:{self.port}"
        self.log_dir = log_dir
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        log = open(self.log_dir / f"emulator-{self.starts}.log", "wb")  # noqa: SIM115 (lives as long as the process)
        self.process = subprocess.Popen(
            [self.gcloud, "beta", "emulators", "pubsub", "start", f"--host-port={self.host}", f"--project={PROJECT}"],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Pub/Sub emulator exited with {self.process.returncode}: {self.log_tail()}")
            try:
                self.publisher().list_topics(request={"project": f"projects/{PROJECT}"}, timeout=2)
                return
            except Exception:  # not listening yet
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"Pub/Sub emulator not ready after {READY_SECONDS} s: {self.log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for signum, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.process.pid, signum)
            except ProcessLookupError:
                break
            try:
                self.process.wait(wait)
                # the group's java child may still be exiting: make sure of it
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue
            break

    def restart(self) -> None:
        self.stop()
        time.sleep(1)
        self.start()

    def log_tail(self) -> str:
        path = self.log_dir / f"emulator-{self.starts}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    # Clients: PUBSUB_EMULATOR_HOST is set for the whole session (see the fixture).
    def publisher(self):
        from google.cloud import pubsub_v1

        return pubsub_v1.PublisherClient()

    def subscriber(self):
        from google.cloud import pubsub_v1

        return pubsub_v1.SubscriberClient()

    def topic(self, name: str) -> str:
        path = f"projects/{PROJECT}/topics/{name}"
        self.publisher().create_topic(name=path)
        return path

    def subscription(self, name: str, topic: str) -> str:
        path = f"projects/{PROJECT}/subscriptions/{name}"
        with self.subscriber() as client:
            client.create_subscription(name=path, topic=topic, ack_deadline_seconds=60)
        return path


@pytest.fixture(scope="session")
def pubsub_emulator(tmp_path_factory) -> Iterator[PubSubEmulator]:
    gcloud = shutil.which("gcloud")
    required = os.environ.get("WIRE_INGEST_REQUIRE_EMULATOR") == "1"
    if gcloud is None:
        reason = "gcloud not on PATH: the Pub/Sub emulator (google-cloud-cli-pubsub-emulator) is needed"
        if required:
            pytest.fail(f"{reason} (WIRE_INGEST_REQUIRE_EMULATOR=1)")
        pytest.skip(reason)
    emulator = PubSubEmulator(gcloud, tmp_path_factory.mktemp("emulator"))
    previous = os.environ.get("PUBSUB_EMULATOR_HOST")
    os.environ["PUBSUB_EMULATOR_HOST"] = emulator.host
    try:
        try:
            emulator.start()
        except RuntimeError as err:
            if required:
                pytest.fail(f"{err} (WIRE_INGEST_REQUIRE_EMULATOR=1)")
            pytest.skip(str(err))
        yield emulator
    finally:
        emulator.stop()
        if previous is None:
            os.environ.pop("PUBSUB_EMULATOR_HOST", None)
        else:
            os.environ["PUBSUB_EMULATOR_HOST"] = previous


class StreamingRun:
    """``wire-ingest run`` in streaming mode as a subprocess in its own group."""

    def __init__(self, args: list[str], log_dir: Path, *, emulator_host: str | None = None) -> None:
        self.args = args
        self.stdout_path = log_dir / "stdout.txt"
        self.stderr_path = log_dir / "stderr.txt"
        env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
        if emulator_host:  # e.g. through a proxy that can be cut
            env["PUBSUB_EMULATOR_HOST"] = emulator_host
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "run", *args],
            stdout=open(self.stdout_path, "wb"),  # noqa: SIM115
            stderr=open(self.stderr_path, "wb"),  # noqa: SIM115
            cwd=REPO,
            env=env,
            start_new_session=True,
        )

    @property
    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace")

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def signal(self, signum: int) -> None:
        if self.alive():
            os.killpg(self.process.pid, signum)

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout)

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)


@pytest.fixture
def streaming_run(tmp_path) -> Iterator:
    """Start CLI runs with ``streaming_run(args)``; every run is killed at teardown.
    Logs go to ``tmp_path/run-N``, beside (not inside) an output folder the test picks."""
    runs: list[StreamingRun] = []

    def start(args: list[str], *, emulator_host: str | None = None) -> StreamingRun:
        log_dir = tmp_path / f"run-{len(runs)}"
        log_dir.mkdir()
        run = StreamingRun(args, log_dir, emulator_host=emulator_host)
        runs.append(run)
        return run

    yield start
    for run in runs:
        run.kill()
