"""How many SDK worker processes a local batch replay gets: one decision, made without Beam.

``configure_batch`` applies it to a run's pipeline options; ``warm_workers`` reads the same
decision from the command line before Beam is imported, to start that many workers early.
This module and the package's ``__init__`` import nothing of Beam (~1 s to import).
"""

from __future__ import annotations

import argparse
import glob
import os
from dataclasses import dataclass

#: A big replay: from this much input on, the local runner gets worker processes and the replay
#: runs in slices (unless the options say otherwise). Below it, a worker process's start-up and
#: model load cost more than they save, and there is little to hold.
BIG_REPLAY_BYTES = 1024 * 1024

#: The names under which ``--runner`` means the local runner.
DIRECT_NAMES = (None, "DirectRunner", "direct", "BundleBasedDirectRunner", "FnApiRunner")


def batch_workers(
    workers: int | None, running_mode: str, *, explicit_workers: bool, input_bytes: int
) -> tuple[int | None, str]:
    """``(direct_num_workers, direct_running_mode)`` of a batch replay on the DirectRunner.

    As given when the user named the workers; else a big replay (``input_bytes`` at least
    ``BIG_REPLAY_BYTES``) runs one worker process per core (spaCy is CPU-bound and holds the
    GIL, so threads would not help) and a small one in this process. Worker processes also keep
    memory flat on a big replay: each holds the model and one bundle at a time, while the process
    that runs the pipeline holds the shuffles between stages (it grows ~0.1 MB a story when the
    worker runs inside it, ~0.04-0.06 MB in a process of its own; see README, Performance). So
    even one core gets a worker process.
    """
    if explicit_workers or input_bytes < BIG_REPLAY_BYTES:
        return workers, running_mode
    return os.cpu_count() or 1, "multi_processing"


def worker_count(workers: int | None) -> int:
    """``--direct_num_workers`` as the FnApiRunner reads it: 0 (or none) means one per core."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def subprocess_count(workers: int | None, running_mode: str) -> int:
    """SDK worker processes the FnApiRunner starts for these DirectOptions (0: it runs in process)."""
    return worker_count(workers) if running_mode == "multi_processing" else 0


def local_input_bytes(patterns: list[str]) -> int | None:
    """Bytes of the local files ``patterns`` name (files, folders, globs), as ``os`` sees them;
    None for a pattern with a scheme (``gs://``), a pattern matching nothing, or an unreadable
    folder. An estimate made without Beam's ``FileSystems`` (``archives.input_bytes`` counts what
    the run reads): the run's own options decide, and the warm workers follow them."""
    total = 0
    for pattern in patterns:
        if "://" in pattern:
            return None
        if glob.has_magic(pattern):
            paths = [p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p)]
        elif os.path.isdir(pattern):
            paths = []
            for root, folders, names in os.walk(pattern):
                folders[:] = [f for f in folders if not f.startswith(".")]  # hidden ones are skipped
                paths += [os.path.join(root, name) for name in names if not name.startswith(".")]
        else:
            paths = [pattern] if os.path.isfile(pattern) else []
        if not paths:
            return None
        try:
            total += sum(os.path.getsize(p) for p in paths)
        except OSError:
            return None
    return total


@dataclass(frozen=True)
class CommandLinePlan:
    """What ``wire-ingest run ARGS`` will start, read from ARGS alone."""

    worker_processes: int
    spacy_model: str


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # never print or exit: the real parse reports it
        raise ValueError(message)


def plan_from_command_line(argv: list[str], *, default_model: str) -> CommandLinePlan:
    """The worker processes a ``run`` with these arguments gets (``batch_workers`` on what the
    arguments say), or 0 when it cannot tell: streaming, another runner, no or missing input,
    arguments the real parse will reject."""
    parser = _Parser(add_help=False, allow_abbrev=False)
    parser.add_argument("--runner")
    parser.add_argument("--streaming", action="store_true")
    parser.add_argument("--subscription")
    parser.add_argument("--topic")
    parser.add_argument("--input", action="append")
    parser.add_argument("--direct_num_workers", type=int)
    parser.add_argument("--direct_running_mode", default="in_memory")
    parser.add_argument("--spacy_model", "--spacy-model", dest="spacy_model", default=default_model)
    none = CommandLinePlan(0, default_model)
    try:
        args, _ = parser.parse_known_args(argv)
    except ValueError:
        return none
    if args.runner not in DIRECT_NAMES or args.streaming or args.subscription or args.topic or not args.input:
        return none
    size = local_input_bytes(args.input)
    if size is None:
        return none
    explicit = args.direct_num_workers is not None
    workers, mode = batch_workers(
        args.direct_num_workers if explicit else 1,
        args.direct_running_mode,
        explicit_workers=explicit,
        input_bytes=size,
    )
    return CommandLinePlan(subprocess_count(workers, mode), args.spacy_model)
