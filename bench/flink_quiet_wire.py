"""Quiet-wire latency of a streaming run on Flink: N stories published, then silence.

    python bench/flink_quiet_wire.py --repeats 3 --pace 0        # all at once, at the start
    python bench/flink_quiet_wire.py --repeats 3 --pace 1        # one a second
    python bench/flink_quiet_wire.py --publish-after 90          # a burst on a running job
    python bench/flink_quiet_wire.py -- --pubsub_idle_watermark_seconds 0   # Beam's plain reader

Each repeat starts ``wire-ingest run --runner FlinkRunner --subscription ...`` on a fresh topic
and subscription of the Pub/Sub emulator, publishes ``--stories`` distinct stories (all at once,
or ``--pace`` a second) ``--publish-after`` seconds after the command's start (0: at once, before
Flink is up, as the CI test does), publishes nothing more, and reports, from the command's
start: when the first and the last story were in window files (polled every 0.5 s), the last
story's delay after its publication, and how many files were late panes (``pane1``...: records
that reached the sink after the watermark had passed their window). Arguments after ``--`` go
to ``wire-ingest run``. The one-minute load average is printed beside each run: the machine is
shared, so wall times are only comparable within one invocation. ``--timeout`` bounds a run (a
run that never writes the last story says so).

Starts its own emulator (gcloud) unless ``--emulator-host`` names a running one.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from streaming_bench import PROJECT, REPO, start_emulator, story, written  # noqa: E402


def one_run(args: argparse.Namespace, work: Path, n: int) -> dict:
    from google.cloud import pubsub_v1

    tag = f"q{n}-{int(time.time())}"
    topic = f"projects/{PROJECT}/topics/{tag}"
    subscription = f"projects/{PROJECT}/subscriptions/{tag}-sub"
    publisher = pubsub_v1.PublisherClient()
    publisher.create_topic(name=topic)
    with pubsub_v1.SubscriberClient() as client:
        client.create_subscription(name=subscription, topic=topic, ack_deadline_seconds=60)
    out = work / tag
    logs = work / f"{tag}.log"
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    run = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--runner",
            "FlinkRunner",
            "--subscription",
            subscription,
            "--output",
            str(out),
            "--window-seconds",
            str(args.window_seconds),
            *args.extra,
        ],
        stdout=open(logs, "wb"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        start_new_session=True,
    )
    stories = [story(i, tag) for i in range(args.stories)]
    published: dict[str, float] = {}
    seen_at: dict[str, float] = {}
    read_files: set[Path] = set()
    loads = [load_before]
    next_story = 0
    try:
        while time.monotonic() - started < args.timeout and run.poll() is None:
            now = time.monotonic() - started
            while next_story < len(stories) and now >= args.publish_after + (
                next_story / args.pace if args.pace else 0
            ):
                uri, data = stories[next_story]
                publisher.publish(topic, data, seq=str(next_story)).result(30)
                published[uri] = time.monotonic() - started
                next_story += 1
            found: dict[str, float] = {}
            written(out / "stories", found, read_files)
            for uri in found:
                seen_at.setdefault(uri, time.monotonic() - started)
            if len(seen_at) >= len(stories):
                break
            if int(now) % 30 == 0:
                loads.append(os.getloadavg()[0])
            time.sleep(0.5)
    finally:
        loads.append(os.getloadavg()[0])
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGTERM)
            try:
                run.wait(90)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait(10)
    last_uri = max(seen_at, key=seen_at.get) if seen_at else None
    return {
        "run": n,
        "pace": args.pace,
        "publish_after": args.publish_after,
        "stories": len(stories),
        "written": len(seen_at),
        "first_s": round(min(seen_at.values()), 1) if seen_at else None,
        "last_s": round(max(seen_at.values()), 1) if len(seen_at) == len(stories) else None,
        "last_publish_s": round(max(published.values()), 1) if published else None,
        "last_delay_s": round(max(seen_at[u] - published[u] for u in seen_at), 1) if seen_at else None,
        "late_pane_files": sum(1 for path in read_files if "-pane0-" not in path.name),
        "load_1min": [round(x, 1) for x in (min(loads), max(loads))],
        "log": str(logs),
        "last": last_uri,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--pace", type=float, default=0.0, help="stories a second (0: all at once)")
    parser.add_argument("--publish-after", type=float, default=0.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--window-seconds", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=420.0)
    parser.add_argument("--emulator-host", default=None)
    parser.add_argument("extra", nargs="*", help="more arguments for wire-ingest run (after --)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="flink-quiet-"))
    emulator = None
    if args.emulator_host:
        os.environ["PUBSUB_EMULATOR_HOST"] = args.emulator_host
    else:
        emulator, _ = start_emulator(work / "emulator.log")
    try:
        for n in range(args.repeats):
            print(json.dumps(one_run(args, work, n)), flush=True)
    finally:
        if emulator is not None:
            os.killpg(emulator.pid, signal.SIGKILL)
            emulator.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
