"""Streaming benchmark: sustained throughput and publish-to-file latency of the
local streaming run (DirectRunner) against the Pub/Sub emulator.

    python bench/streaming_bench.py --rates 1 2 4 8 --seconds 60 --window-seconds 5

For each rate (stories per second, in increasing order) the bench publishes
distinct real stories (the bundled ninjs sample, each with its own id) at a
steady pace for ``--seconds``, then waits until they are all in window files.
Latency of a story = the modification time of the window file that holds it
(the file is renamed into place right after it is written) minus the time its
message was published; it includes waiting for the window to close, so it is at
least about half a window plus the watermark's lag. Publishing goes on for two
more windows after the measured stories, unmeasured: when input stops, the
DirectRunner's watermark waits for an idle 30 s pull, which would otherwise add
up to 30 s to the last window of each step. Throughput = stories written
/ (last file time - first publish time) of that step. A rate is sustained when
throughput keeps up with it and the latency does not grow during the step (p50 of
the last third of the step within 1.5x that of the first third, +2 s).

Starts its own emulator (gcloud) unless ``--emulator-host`` names a running one.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import fastavro

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "pipeline" / "samples" / "stories" / "ninjs-1.4-medium-text.json"
PROJECT = "wire-test"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_emulator(log: Path) -> tuple[subprocess.Popen, str]:
    host = f"127.0.0.1:{_free_port()}"
    process = subprocess.Popen(
        ["gcloud", "beta", "emulators", "pubsub", "start", f"--host-port={host}", f"--project={PROJECT}"],
        stdout=open(log, "wb"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
        start_new_session=True,  # gcloud starts java: stop the whole group
    )
    os.environ["PUBSUB_EMULATOR_HOST"] = host
    from google.cloud import pubsub_v1

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            pubsub_v1.PublisherClient().list_topics(request={"project": f"projects/{PROJECT}"}, timeout=2)
            return process, host
        except Exception:  # not up yet
            time.sleep(0.5)
    os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError(f"emulator not ready: {log.read_text(errors='replace')[-1000:]}")


def story(n: int, run_tag: str) -> tuple[str, bytes]:
    item = json.loads(SAMPLE.read_text(encoding="utf-8"))
    uri = f"http://bench.example.com/{run_tag}/{n:07d}"
    item["uri"] = uri
    item["headline"] = f"{item['headline']} ({n})"
    item["body_text"] = f"{item['body_text']}\n\nBench item {n}."
    return uri, json.dumps(item).encode("utf-8")


def written(folder: Path, seen: dict[str, float], read_files: set[Path]) -> None:
    """story id -> time its window file appeared (file mtime), for files not read yet."""
    for path in folder.glob("*.avro"):
        if path in read_files:
            continue
        read_files.add(path)
        mtime = path.stat().st_mtime
        with open(path, "rb") as handle:
            for record in fastavro.reader(handle):
                seen.setdefault(record["story_id"], mtime)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rates", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--seconds", type=float, default=60, help="publishing time per rate")
    parser.add_argument("--window-seconds", type=int, default=5)
    parser.add_argument("--drain-seconds", type=float, default=180, help="most time to wait for a step's stories")
    parser.add_argument("--emulator-host", default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="wire-ingest-bench-"))
    emulator = None
    if args.emulator_host:
        os.environ["PUBSUB_EMULATOR_HOST"] = args.emulator_host
    else:
        emulator, _ = start_emulator(work / "emulator.log")
    from google.cloud import pubsub_v1

    run_tag = f"b{int(time.time())}"
    publisher = pubsub_v1.PublisherClient(
        batch_settings=pubsub_v1.types.BatchSettings(max_messages=1, max_latency=0.001)
    )
    topic = publisher.create_topic(name=f"projects/{PROJECT}/topics/bench-{run_tag}").name
    with pubsub_v1.SubscriberClient() as subscriber:
        subscription = subscriber.create_subscription(
            name=f"projects/{PROJECT}/subscriptions/bench-{run_tag}", topic=topic, ack_deadline_seconds=60
        ).name
    out = work / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    pipeline = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--subscription", subscription, "--output", str(out)]
        + ["--window-seconds", str(args.window_seconds)],
        stdout=open(work / "pipeline.out", "wb"),  # noqa: SIM115
        stderr=open(work / "pipeline.err", "wb"),  # noqa: SIM115
        env=env,
        cwd=REPO,
        start_new_session=True,
    )
    seen: dict[str, float] = {}
    read_files: set[Path] = set()
    results = []
    n = 0
    try:
        # Warm-up: the first bundle loads spaCy.
        uri, data = story(n, run_tag)
        n += 1
        publisher.publish(topic, data).result(30)
        deadline = time.monotonic() + 120
        while uri not in seen and time.monotonic() < deadline:
            time.sleep(0.5)
            written(out / "stories", seen, read_files)
        if uri not in seen:
            raise RuntimeError(f"warm-up story not written: {(work / 'pipeline.err').read_text()[-2000:]}")
        for rate in args.rates:
            sent: dict[str, float] = {}
            start = time.time()
            count = int(rate * args.seconds)
            # Publishing goes on (unmeasured) for two more windows: the DirectRunner's
            # watermark only moves when a pull returns, and an idle pull waits 30 s.
            cooldown = int(rate * (2 * args.window_seconds + 5))
            for i in range(count + cooldown):
                due = start + i / rate
                time.sleep(max(0.0, due - time.time()))
                uri, data = story(n, run_tag)
                n += 1
                publisher.publish(topic, data)
                if i < count:
                    sent[uri] = time.time()
            deadline = time.monotonic() + args.drain_seconds
            while time.monotonic() < deadline and not set(sent) <= set(seen):
                if pipeline.poll() is not None:
                    raise RuntimeError(f"pipeline exited: {(work / 'pipeline.err').read_text()[-2000:]}")
                time.sleep(0.5)
                written(out / "stories", seen, read_files)
            done = [u for u in sent if u in seen]
            latencies = [seen[u] - sent[u] for u in done]
            order = sorted(done, key=lambda u: sent[u])
            third = max(1, len(order) // 3)
            early = statistics.median(seen[u] - sent[u] for u in order[:third]) if order else float("nan")
            late = statistics.median(seen[u] - sent[u] for u in order[-third:]) if order else float("nan")
            span = (max(seen[u] for u in done) - min(sent.values())) if done else float("nan")
            row = {
                "rate": rate,
                "published": count,
                "written": len(done),
                "throughput": round(len(done) / span, 2) if done else 0.0,
                "p50_s": round(percentile(latencies, 0.5), 2) if latencies else None,
                "p95_s": round(percentile(latencies, 0.95), 2) if latencies else None,
                "max_s": round(max(latencies), 2) if latencies else None,
                "p50_first_third_s": round(early, 2),
                "p50_last_third_s": round(late, 2),
            }
            row["sustained"] = len(done) == count and late <= 1.5 * early + 2.0
            results.append(row)
            print(json.dumps(row), flush=True)
            if not row["sustained"]:
                break
    finally:
        if pipeline.poll() is None:
            os.killpg(pipeline.pid, signal.SIGTERM)
            try:
                pipeline.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(pipeline.pid, signal.SIGKILL)
        if emulator is not None:
            os.killpg(emulator.pid, signal.SIGKILL)
            emulator.wait(10)
    sustained = [r["rate"] for r in results if r["sustained"]]
    print(
        f"window {args.window_seconds} s, {args.seconds:.0f} s per rate: highest sustained rate "
        f"{max(sustained) if sustained else 'none'} stories/s (cpus: {os.cpu_count()})"
    )
    if args.json:
        args.json.write_text(json.dumps({"window_seconds": args.window_seconds, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
