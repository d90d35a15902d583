"""Streaming on Flink: ``wire-ingest run --runner FlinkRunner --subscription ...`` reads 20 stories
from the real Pub/Sub emulator through Beam's Java Pub/Sub IO (an expansion service the product
starts), dedups them in Flink's state backend and writes window files, within 4 minutes of its
start; republished copies are dropped; SIGTERM stops it cleanly."""

from __future__ import annotations

import signal
import time
from contextlib import ExitStack

import pytest
from streaming_data import WINDOW_FILE, heartbeat, ninjs_story, read_folder, wait_for, window_files

pytestmark = [pytest.mark.emulator, pytest.mark.slow]

STORIES = 20
WINDOW_SECONDS = 5
DEADLINE_SECONDS = 240  # the acceptance bar: 20 stories in window files within 4 minutes


def test_twenty_stories_from_pubsub_into_window_files_on_flink(pubsub_emulator, streaming_run, tmp_path, flink_tools):
    topic = pubsub_emulator.topic("wires-flink")
    subscription = pubsub_emulator.subscription("wires-flink-sub", topic)
    out = tmp_path / "out"
    started = time.monotonic()
    run = streaming_run(
        [
            "--runner",
            "FlinkRunner",
            "--subscription",
            subscription,
            "--output",
            str(out),
            "--window-seconds",
            str(WINDOW_SECONDS),
        ]
    )
    publisher = pubsub_emulator.publisher()
    stories = [ninjs_story(n, tag="flink") for n in range(STORIES)]
    with ExitStack() as cleanup:
        # Beam's Java Pub/Sub reader trusts its watermark estimate only once it sees about ten
        # messages a minute: a message a second keeps windows closing (README, Running on Flink).
        cleanup.enter_context(heartbeat(publisher, topic))
        for n, (_, data) in enumerate(stories):
            publisher.publish(topic, data, seq=str(n)).result(30)
        for _, data in stories[:2]:  # republished copies: the same story, new message ids
            publisher.publish(topic, data, seq="copy").result(30)
        stories_dir = out / "stories"
        wanted = {uri for uri, _ in stories}
        wait_for(
            lambda: wanted <= {r["story_id"] for r in read_folder(stories_dir)},
            DEADLINE_SECONDS - (time.monotonic() - started),
            "20 stories in window files",
            run,
        )
        elapsed = time.monotonic() - started
        time.sleep(WINDOW_SECONDS + 2)  # the copies had every chance to be written, if they were going to be
        run.signal(signal.SIGTERM)
        returncode = run.wait(60)
    print(f"20 stories in window files {elapsed:.0f} s after the start")
    assert returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    records = read_folder(stories_dir)
    ids = [r["story_id"] for r in records]
    assert sorted(ids) == sorted(wanted), "every story once: the copies were dropped by dedup on Flink"
    assert all(r["entities"] and r["event_id"] for r in records)
    assert {r["raw_metadata"]["attr:seq"] for r in records} == {str(n) for n in range(STORIES)}
    assert all(WINDOW_FILE.match(p.name) for p in window_files(stories_dir))
