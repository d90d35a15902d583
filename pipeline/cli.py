"""The ``wire-ingest`` command.

wire-ingest run --input PATTERN [--input PATTERN ...] --output DIR [Beam options]
wire-ingest run --subscription projects/P/subscriptions/S | --topic projects/P/topics/T --output DIR
wire-ingest inspect PATH [PATH ...]
wire-ingest consume --subscription projects/P/subscriptions/S [--max-messages N]
wire-ingest evaluate quotes --polnear DIR
wire-ingest evaluate events --corpus DIR
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

USAGE = "usage:\n" + __doc__.split("\n", 1)[1].strip("\n")


def _fail(message: str) -> int:
    print(f"wire-ingest: error: {message}", file=sys.stderr)
    return 2


def _check_output(output: str) -> str | None:
    """A problem with the output folder, or None. Only local paths are checked."""
    if "://" in output:
        return None
    path = Path(output)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return f"cannot create output folder {output!r}: {err.strerror or err}"
    if not os.access(path, os.W_OK):
        return f"output folder {output!r} is not writable"
    return None


def cmd_run(argv: list[str]) -> int:
    # Before Beam is imported (~1 s): the worker processes the run will get start loading now.
    pool = _start_warm_workers(argv)
    try:
        return _cmd_run(argv, pool)
    finally:
        if pool is not None:
            pool.close()


def _start_warm_workers(argv: list[str]):
    """The warm workers (``pipeline.runners.warm_workers``) of a run whose arguments say it gets
    worker processes; None otherwise, off Linux, with ``WIRE_INGEST_WARM_WORKERS=0`` in the
    environment, or when they cannot start (they only ever save time)."""
    if os.environ.get("WIRE_INGEST_WARM_WORKERS", "1") == "0" or any(a in ("-h", "--help") for a in argv):
        return None
    if not sys.platform.startswith("linux"):  # PR_SET_PDEATHSIG, SO_PEERCRED
        return None
    from pipeline.annotate import DEFAULT_MODEL
    from pipeline.runners.local_plan import plan_from_command_line

    plan = plan_from_command_line(argv, default_model=DEFAULT_MODEL)
    if plan.worker_processes == 0:
        return None
    from pipeline.runners.warm_workers import WarmPool

    try:
        return WarmPool.start(plan.worker_processes, plan.spacy_model)
    except OSError as err:  # no writable temporary folder, a socket path too long, no fork
        logging.getLogger(__name__).info("warm workers not started: %s", err)
        return None


def _cmd_run(argv: list[str], pool) -> int:
    from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

    from pipeline.options import BUNDLED_SAMPLES, WireIngestOptions
    from pipeline.runners import RunnerUnavailable, configure_batch
    from pipeline.runners.direct import worker_processes
    from pipeline.runners.flink import FlinkJavaOptions

    if any(a in ("-h", "--help") for a in argv):
        parser = argparse.ArgumentParser(
            prog="wire-ingest run",
            epilog="Any Beam pipeline option (--runner, --direct_num_workers, ...) passes through.",
        )
        WireIngestOptions._add_argparse_args(parser)
        FlinkJavaOptions._add_argparse_args(parser.add_argument_group("Flink (--runner FlinkRunner)"))
        parser.print_help()
        return 0
    unknown = _unknown_options(argv)
    if unknown:
        return _fail(
            f"unknown option(s) {', '.join(unknown)}; see `wire-ingest run --help` and Beam's pipeline options"
        )
    options = PipelineOptions(argv)
    opts = options.view_as(WireIngestOptions)
    standard = options.view_as(StandardOptions)
    if standard.runner is None:
        standard.runner = "DirectRunner"
    if not opts.input and not (opts.subscription or opts.topic):
        opts.input = [BUNDLED_SAMPLES]
    problem = _check_output(opts.output)
    if problem:
        return _fail(problem)
    if opts.subscription or opts.topic:
        return _run_streaming(options)
    from pipeline.replay import run_replay

    configure_batch(options, explicit_workers=any(a.startswith("--direct_num_workers") for a in argv))
    if pool is not None:  # the options decide; the arguments only foretold it
        pool.keep(worker_processes(options))
    try:
        summary = run_replay(options)
    except (FileNotFoundError, RunnerUnavailable) as err:
        return _fail(str(err))
    except ValueError as err:
        return _fail(str(err))
    print(summary.line())
    return 0


def _unknown_options(argv: list[str]) -> list[str]:
    """Flags no registered PipelineOptions class knows (typos such as --ouput).
    Beam itself only logs and drops them, which hides the mistake."""
    from apache_beam.options.pipeline_options import PipelineOptions

    parser = argparse.ArgumentParser(allow_abbrev=False, add_help=False)
    seen: set[type] = set()
    todo = [PipelineOptions]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                try:
                    sub._add_argparse_args(parser)
                except argparse.ArgumentError:
                    pass  # the same flag declared by two option classes
    _, rest = parser.parse_known_args(argv)
    return [a.split("=")[0] for a in rest if a.startswith("--")]


def _run_streaming(options) -> int:
    """Streaming until SIGINT/SIGTERM, which stop it without a traceback."""
    import signal
    import threading

    from pipeline.options import WireIngestOptions

    opts = options.view_as(WireIngestOptions)
    if opts.input:
        return _fail("--input replays files in batch; it cannot be combined with --subscription/--topic")
    if opts.subscription and opts.topic:
        return _fail("give --subscription or --topic, not both")
    stop = threading.Event()
    stopped_by: list[str] = []

    def on_signal(signum, _frame) -> None:
        stopped_by.append(signal.Signals(signum).name)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    from pipeline.pipeline import run_streaming
    from pipeline.sinks.windowed import PROGRESS, tally_window_files

    progress = logging.StreamHandler(sys.stdout)
    progress.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    PROGRESS.addHandler(progress)
    PROGRESS.setLevel(logging.INFO)
    PROGRESS.propagate = False
    source = opts.subscription or opts.topic
    print(f"streaming from {source} into {opts.output} ({opts.window_seconds} s windows); Ctrl-C stops", flush=True)
    started = time.time() - 1.0  # file times have one-second resolution on some filesystems
    from pipeline.runners import RunnerUnavailable

    try:
        run_streaming(options, stop)
    except (ValueError, RunnerUnavailable) as err:
        return _fail(str(err))
    except Exception as err:  # the runner failed: one line, not a traceback
        return _fail(f"streaming pipeline failed: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}")
    print(f"stopped ({', '.join(stopped_by) or 'pipeline ended'}); closed windows are in {opts.output}", flush=True)
    tally = tally_window_files(opts.output, since_s=started)
    (story_files, stories), (dead_files, dead) = tally["story"], tally["deadletter"]
    print(
        f"this run wrote {stories} story record(s) in {story_files} file(s) "
        f"and {dead} dead letter(s) in {dead_files} file(s)",
        flush=True,
    )
    return 0


def cmd_consume(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="wire-ingest consume",
        description="Decode story records published with --output-topic and print each as one JSON line.",
    )
    parser.add_argument("--subscription", required=True, help="projects/P/subscriptions/S on the output topic")
    parser.add_argument("--max-messages", type=int, default=None, help="stop after this many messages")
    parser.add_argument("--idle-seconds", type=float, default=None, help="stop when nothing arrived for this long")
    args = parser.parse_args(argv)
    from pipeline.sinks.pubsub import pull_story_records

    def on_error(message_id: str, err: Exception) -> None:
        print(f"wire-ingest: message {message_id} not decoded (acknowledged): {err}", file=sys.stderr)

    try:
        for record in pull_story_records(
            args.subscription, max_messages=args.max_messages, idle_seconds=args.idle_seconds, on_error=on_error
        ):
            print(json.dumps(_jsonable(record), ensure_ascii=False), flush=True)
    except ValueError as err:
        return _fail(str(err))
    except BrokenPipeError:
        sys.stderr.close()
    return 0


def _avro_files(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            # Hidden folders hold a replay's staged output or a sink's temporary files, not output.
            visible = (p for p in path.rglob("*.avro") if not any(x.startswith(".") for x in p.relative_to(path).parts))
            yield from sorted(p for p in visible if p.is_file())
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {name!r}")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return "base64:" + base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def cmd_inspect(argv: list[str]) -> int:
    import fastavro

    parser = argparse.ArgumentParser(
        prog="wire-ingest inspect", description="Print each record of Avro files or folders as one JSON line."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    args = parser.parse_args(argv)
    try:
        files = list(_avro_files(args.paths))
    except FileNotFoundError as err:
        return _fail(str(err))
    try:
        for path in files:
            with open(path, "rb") as handle:
                for record in fastavro.reader(handle):
                    print(json.dumps(_jsonable(record), ensure_ascii=False))
    except BrokenPipeError:
        sys.stderr.close()  # `inspect | head` is fine
        return 0
    except (ValueError, OSError) as err:
        return _fail(f"cannot read {str(path)!r} as Avro: {err}")
    return 0


def cmd_evaluate(argv: list[str]) -> int:
    if not argv or argv[0] not in ("quotes", "events"):
        return _fail("usage: wire-ingest evaluate {quotes --polnear DIR | events --corpus DIR}")
    if argv[0] == "quotes":
        from pipeline.evaluate.quotes import main
    else:
        from pipeline.evaluate.events import main
    return main(argv[1:])


COMMANDS = {"run": cmd_run, "inspect": cmd_inspect, "evaluate": cmd_evaluate, "consume": cmd_consume}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE.strip())
        return 0 if argv else 2
    command = COMMANDS.get(argv[0])
    if command is None:
        return _fail(f"unknown command {argv[0]!r}\n{USAGE.strip()}")
    logging.basicConfig(level=logging.WARNING)
    # Beam's own warnings (worker start-up chatter, "discarding unparseable args"
    # in subprocess workers) drown the summary; WIRE_INGEST_BEAM_LOG=INFO shows them.
    logging.getLogger("apache_beam").setLevel(os.environ.get("WIRE_INGEST_BEAM_LOG", "ERROR").upper())
    try:
        return command(argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
