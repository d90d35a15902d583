"""Which runner runs a job, and everything a runner needs around it, in one place.

- ``direct``: Beam's DirectRunner (the default), with this pipeline's local workarounds
  (``pipeline.runners.direct``; a big replay also runs in slices, ``pipeline.replay``); how many
  worker processes a batch replay gets (``pipeline.runners.local_plan``, no Beam import) and
  those workers started before Beam is imported (``pipeline.runners.warm_workers``).
- ``flink``: Flink through Beam's portable runner, its Java job server and Pub/Sub expansion
  service started for the run (``pipeline.runners.flink``), and a workaround for Beam's Java
  Pub/Sub watermark on a quiet wire (``pipeline.runners.flink_pubsub``).
- ``prism``: Beam's Go local runner, from a binary built with ``go install``
  (``pipeline.runners.prism``).
- any other runner (Dataflow, a ``PortableRunner`` with its own job endpoint) as Beam runs it.

The stages know nothing of this: ``pipeline.pipeline`` asks ``prepared`` for the runner of a run.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Literal

from pipeline.runners.errors import RunnerUnavailable

if TYPE_CHECKING:
    from apache_beam.options.pipeline_options import PipelineOptions

# Nothing here imports Beam until it is used: ``wire-ingest run`` starts its warm workers
# (``pipeline.runners.warm_workers``) before it imports Beam, and their hand-over command runs
# without it.
_LAZY = {"direct": "pipeline.runners.direct", "flink": "pipeline.runners.flink", "prism": "pipeline.runners.prism"}
_FROM_DIRECT = ("local_runner", "local_workers")


def __getattr__(name: str):
    import importlib

    if name in _LAZY:
        return importlib.import_module(_LAZY[name])
    if name in _FROM_DIRECT:
        return getattr(importlib.import_module(_LAZY["direct"]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RunnerKind",
    "RunnerUnavailable",
    "configure_batch",
    "local_runner",
    "local_workers",
    "prepared",
    "runner_kind",
    "stop_job",
]

RunnerKind = Literal["direct", "flink", "prism", "other"]

_KINDS: dict[str, RunnerKind] = {
    "flinkrunner": "flink",
    "flink": "flink",
    "prismrunner": "prism",
    "prism": "prism",
}


def runner_kind(options: PipelineOptions) -> RunnerKind:
    from apache_beam.options.pipeline_options import StandardOptions

    from pipeline.runners import direct

    if direct.is_direct(options):
        return "direct"
    name = str(options.view_as(StandardOptions).runner)
    return _KINDS.get(name.rsplit(".", 1)[-1].lower(), "other")


def configure_batch(options: PipelineOptions, *, explicit_workers: bool) -> None:
    """Runner choices of a batch replay made before it runs: the DirectRunner's worker processes
    for a big replay (unless the user gave ``--direct_num_workers``)."""
    from pipeline.options import WireIngestOptions
    from pipeline.runners import direct
    from pipeline.sources.archives import input_bytes

    if runner_kind(options) != "direct" or explicit_workers:
        return
    try:
        size = input_bytes(list(options.view_as(WireIngestOptions).input))
    except FileNotFoundError:
        return  # reported by the run itself
    direct.choose_workers(options, input_bytes=size, explicit_workers=explicit_workers)


def stop_job(result, options: PipelineOptions) -> None:
    """Cancel a streaming job that is being stopped, and let it end.

    The DirectRunner's cancel waits for its worker thread, which may sit in a Pub/Sub pull for
    up to 30 s, and its threads are daemons: it gets 3 s. A portable runner's (Flink's) job is
    cancelled through its job service and given up to a minute to end before this process's
    LOOPBACK workers stop: Beam's own ``cancel`` stops them at once, so the job lost its workers
    before it saw the cancel, failed and restarted from its last checkpoint (measured).
    A window file being written meanwhile is left under its hidden temporary name.
    """
    if runner_kind(options) == "direct" or not hasattr(result, "_job_service"):
        canceller = threading.Thread(target=_cancel, args=(result,), name="wire-ingest-cancel", daemon=True)
        canceller.start()
        canceller.join(3.0)
        return
    from apache_beam.portability.api import beam_job_api_pb2
    from apache_beam.runners.runner import PipelineState

    deadline = time.monotonic() + 60.0
    try:
        result._job_service.Cancel(beam_job_api_pb2.CancelJobRequest(job_id=result._job_id))
        while time.monotonic() < deadline and not PipelineState.is_terminal(result.state):
            time.sleep(0.5)
    except Exception as err:  # the job ended or its service went away meanwhile
        logging.getLogger(__name__).warning("cancelling the streaming pipeline: %s", err)
    finally:
        result._cleanup()


def _cancel(result) -> None:
    try:
        result.cancel()
    except Exception as err:  # already finished or failed while stopping
        logging.getLogger(__name__).warning("cancelling the streaming pipeline: %s", err)


@contextlib.contextmanager
def prepared(options: PipelineOptions, *, streaming: bool) -> Iterator[Callable[[], object | None]]:
    """Whatever the chosen runner needs, running for the length of the ``with`` block; gives a
    function making the runner object of one pipeline run, for ``beam.Pipeline(runner=...)``
    (None: the runner ``--runner`` names)."""
    from pipeline.runners import direct, flink, prism

    kind = runner_kind(options)
    if kind == "direct":
        if not streaming and direct.runs_workers_in_subprocesses(options):
            direct.return_large_freed_blocks()
        yield lambda: direct.local_runner(options)
    elif kind == "flink":
        with flink.flink_services(options, streaming=streaming, uses_pubsub=streaming):
            yield lambda: None
    elif kind == "prism":
        prism.prepare(options, streaming=streaming)
        yield lambda: None
    else:
        yield lambda: None
