"""Prism, Beam's portable local runner (Go), built from source with the Go toolchain.

Beam's ``PrismRunner`` would download a release binary from GitHub on first use; here the binary
is built once through the Go module proxy and found on ``PATH`` or in ``$(go env GOPATH)/bin``
(``--prism_location`` names another):

    go install github.com/apache/beam/sdks/v2/go/cmd/prism@v2.77.0

Python SDK workers run ``LOOPBACK`` in this process (Beam's default on Prism). Streaming from
Pub/Sub is not offered on Prism: Beam's Python Pub/Sub read is native only on Dataflow and the
DirectRunner, and the Java one needs a Java SDK harness, which Prism starts only as a container.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from apache_beam.options.pipeline_options import PipelineOptions, PrismRunnerOptions

from pipeline.runners.errors import RunnerUnavailable

__all__ = ["GO_INSTALL", "find_prism", "prepare"]

GO_INSTALL = "go install github.com/apache/beam/sdks/v2/go/cmd/prism@v2.77.0"


def find_prism() -> str | None:
    """The path of a ``prism`` binary on PATH or in Go's bin folder, or None."""
    found = shutil.which("prism")
    if found:
        return found
    gopath = os.environ.get("GOPATH")
    if not gopath and shutil.which("go"):
        try:
            gopath = subprocess.run(["go", "env", "GOPATH"], capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            gopath = None
    candidate = Path(gopath or Path.home() / "go") / "bin" / "prism"
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def prepare(options: PipelineOptions, *, streaming: bool) -> None:
    """Point Beam at a local Prism binary: ``RunnerUnavailable`` when there is none, ``ValueError``
    for a streaming job."""
    if streaming:
        raise ValueError(
            "streaming from Pub/Sub is not supported on --runner PrismRunner (its Pub/Sub read needs a Java SDK "
            "container); use the DirectRunner or --runner FlinkRunner"
        )
    prism = options.view_as(PrismRunnerOptions)
    if prism.prism_location:
        return
    binary = find_prism()
    if binary is None:
        raise RunnerUnavailable(f"--runner PrismRunner needs the prism binary: build it with `{GO_INSTALL}` (Go 1.22+)")
    prism.prism_location = binary
