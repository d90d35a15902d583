"""End to end, streaming: ``wire-ingest run --subscription`` as a subprocess
against the real Pub/Sub emulator. Stories, republished copies and broken
messages go in; windowed Avro files come out while it runs; SIGTERM stops it
cleanly; the --output-topic messages decode to the same stories."""

from __future__ import annotations

import signal
import time
from contextlib import ExitStack
from datetime import datetime, timedelta

import pytest
from streaming_data import BROKEN, WINDOW_FILE, heartbeat, ninjs_story, read_folder, seed_story, wait_for, window_files

from pipeline.sinks.pubsub import pull_story_records

pytestmark = [pytest.mark.emulator, pytest.mark.slow]

WINDOW_SECONDS = 3
STORIES = 8


@pytest.fixture(scope="module")
def streamed(pubsub_emulator, tmp_path_factory):
    """One streaming run shared by the tests of this module."""
    from conftest import StreamingRun

    topic = pubsub_emulator.topic("wires-e2e")
    subscription = pubsub_emulator.subscription("wires-e2e-sub", topic)
    out_topic = pubsub_emulator.topic("stories-e2e")
    out_subscription = pubsub_emulator.subscription("stories-e2e-sub", out_topic)
    out = tmp_path_factory.mktemp("streamed")
    run = StreamingRun(
        [
            "--subscription",
            subscription,
            "--output",
            str(out),
            "--window-seconds",
            str(WINDOW_SECONDS),
            "--output-topic",
            out_topic,
        ],
        tmp_path_factory.mktemp("run-logs"),
    )
    cleanup = ExitStack()
    try:
        publisher = pubsub_emulator.publisher()
        cleanup.enter_context(heartbeat(publisher, topic))  # windows close on time (README, "Quiet input")
        ids = []
        first_wave = [ninjs_story(n) for n in range(STORIES)]
        for n, (uri, data) in enumerate(first_wave):
            publisher.publish(topic, data, agency="test-wire", seq=str(n)).result(30)
            ids.append(uri)
        publisher.publish(topic, seed_story(), agency="test-wire", seq="seed").result(30)
        # Republished copies (a publisher retry, a feed re-sent): same bytes, new message ids.
        for _, data in first_wave[:3]:
            publisher.publish(topic, data, agency="test-wire", seq="copy").result(30)
        for name, data in BROKEN.items():
            publisher.publish(topic, data, agency="test-wire", broken=name).result(30)

        stories_dir, dead_dir = out / "stories", out / "deadletter"
        wait_for(
            lambda: len({r["story_id"] for r in read_folder(stories_dir)}) >= STORIES + 1,
            90,
            "the first wave of stories in window files",
            run,
        )
        first_files = set(window_files(stories_dir))
        # A later story lands in a later window's file while the pipeline keeps running.
        late_uri, late_data = ninjs_story(0, tag="late")
        publisher.publish(topic, late_data, agency="test-wire", seq="late").result(30)
        wait_for(lambda: any(r["story_id"] == late_uri for r in read_folder(stories_dir)), 60, "the later story", run)
        wait_for(lambda: len(read_folder(dead_dir)) >= len(BROKEN), 30, "dead letters", run)
        alive_before_stop = run.alive()
        time.sleep(WINDOW_SECONDS + 1)  # the copies had every chance to be written, if they were going to be
        run.signal(signal.SIGTERM)
        returncode = run.wait(60)
        out_records = list(pull_story_records(out_subscription, idle_seconds=5))
        yield {
            "out": out,
            "ids": ids,
            "late_uri": late_uri,
            "first_files": first_files,
            "alive_before_stop": alive_before_stop,
            "returncode": returncode,
            "run": run,
            "published": out_records,
        }
    finally:
        cleanup.close()
        run.kill()


def test_sigterm_stops_cleanly(streamed):
    run = streamed["run"]
    assert streamed["alive_before_stop"]
    assert streamed["returncode"] == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert "stopped (SIGTERM)" in run.stdout


def test_the_run_reports_its_progress_and_what_it_wrote(streamed):
    """A line per window file while running, and a tally at the end that matches the files."""
    stdout = streamed["run"].stdout
    story_files = window_files(streamed["out"] / "stories")
    dead_files = window_files(streamed["out"] / "deadletter")
    for path in story_files + dead_files:
        assert f"-> {path}" in stdout, f"no progress line for {path.name}"
    stories = len(read_folder(streamed["out"] / "stories"))
    dead = len(read_folder(streamed["out"] / "deadletter"))
    expected = (
        f"this run wrote {stories} story record(s) in {len(story_files)} file(s) "
        f"and {dead} dead letter(s) in {len(dead_files)} file(s)"
    )
    assert expected in stdout, stdout[-2000:]


def test_every_story_once_with_its_attributes(streamed):
    stories = read_folder(streamed["out"] / "stories")
    ids = [s["story_id"] for s in stories]
    expected = set(streamed["ids"]) | {streamed["late_uri"]}
    assert expected <= set(ids)
    assert len(ids) == len(set(ids)), f"duplicates written: {sorted(i for i in ids if ids.count(i) > 1)}"
    assert len([s for s in stories if s["format"] == "plaintext"]) == 1
    by_id = {s["story_id"]: s for s in stories}
    first = by_id[streamed["ids"][0]]
    assert first["raw_metadata"]["attr:agency"] == "test-wire"
    assert first["raw_metadata"]["attr:seq"] == "0"  # the original, not the copy
    assert first["source"] == "pubsub:projects/wire-test/subscriptions/wires-e2e-sub"
    assert first["entities"], "annotated: the story has entities"


def test_every_broken_message_is_dead_lettered(streamed):
    dead = [d for d in read_folder(streamed["out"] / "deadletter") if d["attributes"].get("heartbeat") != "1"]
    by_name = {d["attributes"].get("broken"): d for d in dead}
    assert set(by_name) == set(BROKEN)
    for name, data in BROKEN.items():
        assert by_name[name]["stage"] == "parse"
        assert by_name[name]["raw"] == data
        assert by_name[name]["source"].startswith("pubsub:")


def test_window_files_are_named_by_their_time_range_and_appeared_while_running(streamed):
    files = window_files(streamed["out"] / "stories") + window_files(streamed["out"] / "deadletter")
    assert streamed["first_files"], "no story file existed before the later story was published"
    assert set(window_files(streamed["out"] / "stories")) > streamed["first_files"], "no file for a later window"
    for path in files:
        match = WINDOW_FILE.match(path.name)
        assert match, path.name
        start, end = (datetime.strptime(t, "%Y%m%dT%H%M%SZ") for t in match.group(2, 3))
        assert end - start == timedelta(seconds=WINDOW_SECONDS)
        assert start.timestamp() % WINDOW_SECONDS == 0
        assert read_folder_file(path), f"empty window file {path.name}"


def read_folder_file(path):
    import fastavro

    with open(path, "rb") as handle:
        return list(fastavro.reader(handle))


def test_output_topic_messages_decode_to_the_same_stories(streamed):
    published = streamed["published"]
    written = read_folder(streamed["out"] / "stories")
    assert sorted(r["story_id"] for r in published) == sorted(r["story_id"] for r in written)
    by_id = {r["story_id"]: r for r in written}
    for record in published:
        assert record["body"] == by_id[record["story_id"]]["body"]
        assert record["entities"] == by_id[record["story_id"]]["entities"]


def test_topic_mode_reads_through_its_own_subscription(pubsub_emulator, streaming_run, tmp_path):
    topic = pubsub_emulator.topic("wires-topic-mode")
    out = tmp_path / "out"
    run = streaming_run(["--topic", topic, "--output", str(out), "--window-seconds", str(WINDOW_SECONDS)])
    publisher = pubsub_emulator.publisher()
    # Messages published before the runner has made its subscription are not kept for it.
    wait_for(lambda: list(publisher.list_topic_subscriptions(topic=topic)), 60, "the run's own subscription", run)
    uri, data = ninjs_story(7, tag="topic")
    publisher.publish(topic, data, agency="test-wire").result(30)
    with heartbeat(publisher, topic):
        wait_for(lambda: any(r["story_id"] == uri for r in read_folder(out / "stories")), 90, "the story", run)
    (story,) = [r for r in read_folder(out / "stories") if r["story_id"] == uri]
    assert story["source"] == f"pubsub:{topic}"
    run.signal(signal.SIGTERM)
    assert run.wait(60) == 0 and "Traceback" not in run.stderr, run.stderr[-3000:]
