"""Batch replay on each runner against plain spaCy, measured side by side in one run.

    python bench/runner_bench.py --stories 120 --runners direct flink prism

Builds the corpus ``bench/pipeline_bench.py`` builds, then runs, one after the other and each in
a fresh process: plain spaCy ``nlp.pipe`` (the baseline), and ``wire-ingest run`` with each runner
asked for (``direct``: the DirectRunner as the command picks it; ``flink``: ``--runner
FlinkRunner``, its job server started for the run; ``prism``: ``--runner PrismRunner``). Each is
run on one story too, for its start-up. Prints wall time, the ratio to the baseline, the peak
RSS of the largest process (the Python process, or the job server's JVM for Flink) and the CPU
seconds of all processes. Only ratios are comparable between runs: the
machine is shared.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from pipeline_bench import (  # noqa: E402
    DEFAULT_JSONL,
    DEFAULT_TEXT_DIRS,
    build_corpus,
    run_baseline,
    source_stories,
    timed,
)

RUNNER_ARGS = {
    "direct": [],
    "flink": ["--runner", "FlinkRunner"],
    "prism": ["--runner", "PrismRunner"],
}


def run(corpus: Path, out: Path, runner: str) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "run", "--input", str(corpus), "--output", str(out)]
    wall, usage, stdout = timed(cmd + ["--replay_slice_stories", "0", *RUNNER_ARGS[runner]])
    summary = next((line for line in stdout.splitlines() if line.startswith("stories read")), "")
    return {"wall_s": wall, **usage, "summary": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=120)
    parser.add_argument("--runners", nargs="+", choices=sorted(RUNNER_ARGS), default=["direct", "flink"])
    args = parser.parse_args(argv)
    sources = source_stories([d for d in DEFAULT_TEXT_DIRS if d.exists()], [f for f in DEFAULT_JSONL if f.exists()])
    with tempfile.TemporaryDirectory(prefix="runner-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus, one = tmp / "corpus", tmp / "one"
        build_corpus(corpus, sources, args.stories, seed=18)
        build_corpus(one, sources, 1, seed=18)
        texts = [
            t
            for path in sorted(corpus.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            for t in (json.loads(line)["headline"], json.loads(line)["body_text"])
        ]
        (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        base = run_baseline(tmp / "texts.json")
        print(f"plain spaCy: {base['wall_s']:.1f} s for {args.stories} stories ({base['tokens']} tokens)")
        print(
            f"{'runner':<8} {'start-up s':>10} {'wall s':>7} {'vs spaCy':>8} {'stories/s':>9} "
            f"{'largest RSS MB':>14} {'CPU s':>6}  summary"
        )
        for runner in args.runners:
            start = run(one, tmp / f"one-{runner}", runner)
            r = run(corpus, tmp / f"out-{runner}", runner)
            cpu = r["control_cpu_s"] + sum(r["worker_cpu_s"])
            print(
                f"{runner:<8} {start['wall_s']:>10.1f} {r['wall_s']:>7.1f} {base['wall_s'] / r['wall_s']:>7.2f}x "
                f"{args.stories / r['wall_s']:>9.1f} {r['control_rss_mb']:>14} {cpu:>6.0f}  "
                f"{r['summary']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
