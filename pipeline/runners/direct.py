"""The DirectRunner, Beam's local runner, and what this pipeline does around it.

Beam 2.77's DirectRunner first tries its Prism runner, which it downloads from GitHub on every
run (batch and streaming): offline that fails and it falls back, online it would fetch a binary at
run time and run the job on a runner it is not tuned or tested on. So a batch job gets the
FnApiRunner, built as the DirectRunner builds it, and a streaming job the BundleBasedDirectRunner,
which is what the DirectRunner picks for a pipeline reading Pub/Sub (``local_runner``).

A batch replay of 1 MB or more gets one SDK worker process per core (``choose_workers``, deciding
with ``local_plan.batch_workers``), started before Beam asks for them when ``wire-ingest run`` could
tell (``warm_workers``); with worker processes the runner process pins glibc's mmap threshold
(``return_large_freed_blocks``). A big replay also runs in slices (``pipeline.replay``).
"""

from __future__ import annotations

import sys

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from pipeline.runners import warm_workers
from pipeline.runners.local_plan import DIRECT_NAMES, batch_workers, subprocess_count, worker_count

__all__ = [
    "DIRECT_NAMES",
    "choose_workers",
    "is_direct",
    "local_runner",
    "local_workers",
    "return_large_freed_blocks",
    "runs_workers_in_subprocesses",
    "worker_processes",
]


# glibc's M_MMAP_THRESHOLD: blocks at least this big are mmap'ed, so freeing one returns it to the OS.
_MMAP_THRESHOLD = 128 * 1024


def is_direct(options: PipelineOptions) -> bool:
    return options.view_as(StandardOptions).runner in DIRECT_NAMES


def local_workers(options: PipelineOptions) -> int | None:
    """The DirectRunner's worker count, or None for another runner.

    Dedup's candidate search then runs in one group of keys per local worker: the local
    runner holds every stage's output in its own process until the next stage runs, and one
    group per blocking key would hold each signature ~27 times. A distributed runner
    shuffles on disk and gains from one group per key (None).
    """
    if not is_direct(options):
        return None
    return worker_count(options.view_as(DirectOptions).direct_num_workers)


def choose_workers(options: PipelineOptions, *, input_bytes: int, explicit_workers: bool) -> None:
    """Batch replay on the DirectRunner: worker processes as ``local_plan.batch_workers`` decides
    (one per core for a big replay, none for a small one, what the user said if they did)."""
    direct = options.view_as(DirectOptions)
    direct.direct_num_workers, direct.direct_running_mode = batch_workers(
        direct.direct_num_workers,
        direct.direct_running_mode,
        explicit_workers=explicit_workers,
        input_bytes=input_bytes,
    )


def worker_processes(options: PipelineOptions) -> int:
    """SDK worker processes a batch run on these options starts (0: none, or another runner)."""
    direct = options.view_as(DirectOptions)
    return subprocess_count(direct.direct_num_workers, direct.direct_running_mode) if is_direct(options) else 0


def runs_workers_in_subprocesses(options: PipelineOptions) -> bool:
    return (
        local_workers(options) is not None and options.view_as(DirectOptions).direct_running_mode == "multi_processing"
    )


def return_large_freed_blocks() -> bool:
    """Keep the local runner's freed stage buffers from piling up in this process (glibc only).

    With workers in subprocesses this process only moves data: it holds each stage's output
    (MBs of encoded elements, gRPC messages) until the next stage has it. glibc raises its mmap
    threshold each time such a block is freed, so later ones come from the heap and stay
    mapped: the peak grew ~110 KB a story (600 -> 2,400 stories: 223 -> 429 MB). With the
    threshold fixed at glibc's initial 128 KB it grew ~34 KB a story (196 -> 258 MB), at no cost
    in speed. Not for the in-process runner: spaCy's arrays then churn through mmap (measured
    ~10% slower).
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(-3, _MMAP_THRESHOLD))  # -3: M_MMAP_THRESHOLD (malloc.h)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


def local_runner(options: PipelineOptions):
    """The runner the DirectRunner would fall back to, without its detour through Prism; None
    for any other runner (the one the options name).

    A batch job gets the FnApiRunner with the pipeline options in the workers' provision info
    (as the DirectRunner builds it); a streaming job the BundleBasedDirectRunner, with the watermark
    held for pending event-time timers (``direct_timer_holds``).
    """
    standard = options.view_as(StandardOptions)
    if standard.runner not in (None, "DirectRunner", "direct"):
        return None
    if standard.streaming:
        from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner

        from pipeline.runners import direct_timer_holds

        direct_timer_holds.install()  # dedup's timers must hold the watermark for the window sink
        return BundleBasedDirectRunner()
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    import pipeline.options  # noqa: F401  (registers the product's options: the workers must get them)

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    provision_info = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    pool = warm_workers.active()
    if pool is not None and runs_workers_in_subprocesses(options):
        return _warm_worker_runner(pool.command(), provision_info)
    return fn_runner.FnApiRunner(provision_info=provision_info)


def _warm_worker_runner(command: str, provision_info):
    """An FnApiRunner whose worker processes are started with ``command`` (``warm_workers``).

    ``FnApiRunner.run_pipeline`` sets its default environment to ``python -m
    apache_beam.runners.worker.sdk_worker_main`` when the options ask for worker processes,
    whatever the constructor was given: a subprocess environment set there is replaced by ours.
    """
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.transforms import environments

    class WarmWorkerFnApiRunner(fn_runner.FnApiRunner):
        @property
        def _default_environment(self):
            return self._environment

        @_default_environment.setter
        def _default_environment(self, environment) -> None:
            if isinstance(environment, environments.SubprocessSDKEnvironment):
                environment = environments.SubprocessSDKEnvironment.from_command_string(command)
            self._environment = environment

    return WarmWorkerFnApiRunner(provision_info=provision_info)
