"""The DirectRunner, Beam's local runner, and what this pipeline does around it.

Beam 2.77's DirectRunner first tries its Prism runner, which it downloads from GitHub on every
run (batch and streaming): offline that fails and it falls back, online it would fetch a binary at
run time and run the job on a runner it is not tuned or tested on. So a batch job gets the
FnApiRunner, built as the DirectRunner builds it, and a streaming job the BundleBasedDirectRunner,
which is what the DirectRunner picks for a pipeline reading Pub/Sub (``local_runner``).

A batch replay of 1 MB or more gets one SDK worker process per core (``choose_workers``), and
with worker processes the runner process pins glibc's mmap threshold
(``return_large_freed_blocks``). A big replay also runs in slices (``pipeline.replay``).
"""

from __future__ import annotations

import os
import sys

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

__all__ = [
    "DIRECT_NAMES",
    "choose_workers",
    "is_direct",
    "local_runner",
    "local_workers",
    "return_large_freed_blocks",
    "runs_workers_in_subprocesses",
]

#: The names under which ``--runner`` means the local runner.
DIRECT_NAMES = (None, "DirectRunner", "direct", "BundleBasedDirectRunner", "FnApiRunner")

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
    workers = options.view_as(DirectOptions).direct_num_workers
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def choose_workers(options: PipelineOptions, *, input_bytes: int, big_bytes: int) -> None:
    """Batch replay on the DirectRunner: a big replay (``input_bytes >= big_bytes``) runs one
    worker process per core (spaCy is CPU-bound and holds the GIL, so threads would not help),
    a small one in this process.

    Worker processes also keep memory flat on a big replay: each holds the model and one
    bundle at a time, while the process that runs the pipeline holds the shuffles between
    stages (it grows ~0.1 MB a story when the worker runs inside it, ~0.04-0.06 MB in a
    process of its own; see README, Performance). So even one core gets a worker process.
    """
    if input_bytes >= big_bytes:
        direct = options.view_as(DirectOptions)
        direct.direct_num_workers = os.cpu_count() or 1
        direct.direct_running_mode = "multi_processing"


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

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    info = beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
    return fn_runner.FnApiRunner(provision_info=fn_runner.ExtendedProvisionInfo(info))
