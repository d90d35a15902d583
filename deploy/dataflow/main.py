"""Flex Template entry point: the launcher runs ``python main.py --name=value ...``
with the template's parameters; this builds the wire-ingest pipeline and submits
it to Dataflow (streaming when ``subscription`` or ``topic`` is given)."""

from __future__ import annotations

import sys

from pipeline.cli import main

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a == "--runner" or a.startswith("--runner=") for a in argv):
        argv.append("--runner=DataflowRunner")  # the CLI's own default is the DirectRunner
    sys.exit(main(["run", *argv]))
