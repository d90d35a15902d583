"""Messages for streaming tests: distinct real stories, copies and broken input,
and readers of the windowed output."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import fastavro
import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
WINDOW_FILE = re.compile(
    r"^(story|deadletter)-(\d{8}T\d{6}Z)-(\d{8}T\d{6}Z)-pane(\d+)-(r[0-9a-f]{8})-(\d{5})-of-(\d{5})\.avro$"
)

BROKEN = {
    "malformed-json": b'{"uri": "x", "headline": ',
    "binary": bytes(range(256)) * 4,
    "json-list": b"[1, 2, 3]",
}


def ninjs_story(n: int, tag: str = "") -> tuple[str, bytes]:
    """The bundled ninjs sample as story ``n``: its own uri, headline and a last paragraph."""
    item = json.loads((SAMPLES / "ninjs-1.4-medium-text.json").read_text(encoding="utf-8"))
    uri = f"http://ninjs.example.com/newsitems/stream{tag}-{n:05d}"
    item["uri"] = uri
    item["headline"] = f"{item['headline']} (update {tag}{n})"
    item["body_text"] = f"{item['body_text']}\n\nThis is item {tag}{n} of the stream test."
    return uri, json.dumps(item).encode("utf-8")


def seed_story() -> bytes:
    return (SAMPLES / "000_02bc4e5f07f762cb.txt").read_bytes()


def read_folder(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.glob("*.avro")):
        with open(path, "rb") as handle:
            records.extend(fastavro.reader(handle))
    return records


def window_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.avro")) if folder.exists() else []


def wait_for(predicate, timeout: float, what: str, run=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if run is not None and not run.alive():
            pytest.fail(f"pipeline exited ({run.process.returncode}) while waiting for {what}:\n{run.stderr[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout} s waiting for {what}" + (f"\n{run.stderr[-3000:]}" if run else ""))


@contextmanager
def heartbeat(publisher, topic: str, every: float = 1.0) -> Iterator[None]:
    """A small binary message every second (each one a dead letter): the
    DirectRunner's watermark only moves when a pull returns, and a pull on an
    empty subscription waits 30 s, so without traffic a window closes up to 30 s
    late (see README, "Quiet input"). This keeps fault tests short."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            try:
                publisher.publish(topic, b"\x00\x01", heartbeat="1").result(10)
            except Exception:  # the emulator is down or forgot the topic on purpose in some tests
                continue

    thread = threading.Thread(target=beat, name="heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(15)
