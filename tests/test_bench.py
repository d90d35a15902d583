"""The benchmark refuses to measure a corpus it cannot read, rather than replicate one story."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_pipeline_bench_refuses_when_no_corpus_exists(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "pipeline_bench.py"),
            "--jsonl",
            str(tmp_path / "missing.jsonl"),
            "--texts",
            str(tmp_path / "missing-texts"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert "no corpus to replicate" in run.stderr
    assert "corpus: " not in run.stdout  # it did not go on to build one from the bundled sample
