"""Fixed costs of a local batch run: what the control process imports, which runner a batch
replay gets, and how an SDK worker process exits (see bench/pipeline_bench.py for the time)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions
from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner
from apache_beam.runners.portability.fn_api_runner.fn_runner import FnApiRunner

from pipeline.runners import local_runner


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def test_the_control_process_does_not_import_the_nlp_libraries(tmp_path, samples_dir):
    # spaCy, datasketch (scipy) and wordfreq cost ~1 s of start-up; only the workers use them.
    # Nor does the index of a replay in slices, which parses every document in this process.
    result = _python(
        f"""
        import sys
        import pipeline.cli, pipeline.pipeline, pipeline.replay
        from pipeline.sources.slices import SliceIndex
        index = SliceIndex.build({str(tmp_path / "index.sqlite")!r}, [{str(samples_dir)!r}], stories_per_slice=2)
        assert len(index.slices) > 1, index.slices
        print(sorted(m for m in ("spacy", "datasketch", "scipy", "wordfreq", "thinc") if m in sys.modules))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_direct_batch_replay_runs_on_the_fn_api_runner_without_trying_prism():
    runner = local_runner(PipelineOptions(["--spacy_model", "my_model"]))
    assert isinstance(runner, FnApiRunner)
    # The workers get the pipeline options, as the DirectRunner would give them.
    assert "my_model" in str(runner._provision_info.provision_info.pipeline_options)
    assert isinstance(local_runner(PipelineOptions(["--runner", "DirectRunner"])), FnApiRunner)


def test_a_direct_streaming_run_gets_the_bundle_based_runner_without_trying_prism():
    assert isinstance(local_runner(PipelineOptions(["--streaming"])), BundleBasedDirectRunner)


def test_other_runners_are_the_ones_the_options_name():
    assert local_runner(PipelineOptions(["--runner", "PortableRunner"])) is None
    assert local_runner(PipelineOptions(["--runner", "DataflowRunner"])) is None


_AS_SDK_WORKER = """
    import atexit, sys, types
    atexit.register(print, "teardown ran")  # registered first: runs only if the exit is not cut short
    sys.modules["__main__"].__spec__ = types.SimpleNamespace(name="apache_beam.runners.worker.sdk_worker_main")
    from pipeline.annotate.transform import _exit_fast_when_worker_stops
    _exit_fast_when_worker_stops()
    _exit_fast_when_worker_stops()  # once per process, however many DoFns set up
    print("harness done")
"""


def test_an_sdk_worker_process_skips_its_teardown_at_exit():
    result = _python(_AS_SDK_WORKER)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["harness", "done"]  # flushed, and the teardown skipped


def test_a_failed_sdk_worker_still_exits_with_a_failure_status():
    result = _python(_AS_SDK_WORKER + "    raise RuntimeError('harness failed')\n")
    assert result.returncode == 1
    assert "RuntimeError: harness failed" in result.stderr and "teardown ran" not in result.stdout


def test_other_processes_exit_normally():
    result = _python(
        """
        import atexit
        atexit.register(print, "teardown ran")
        from pipeline.annotate.transform import _exit_fast_when_worker_stops
        _exit_fast_when_worker_stops()
        """
    )
    assert result.returncode == 0 and result.stdout.strip() == "teardown ran"


def test_the_runner_process_returns_freed_stage_buffers_only_when_workers_are_subprocesses():
    from pipeline.runners.direct import runs_workers_in_subprocesses

    two = PipelineOptions(["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"])
    assert runs_workers_in_subprocesses(two)
    assert not runs_workers_in_subprocesses(PipelineOptions(["--direct_running_mode", "in_memory"]))
    assert not runs_workers_in_subprocesses(PipelineOptions(["--runner", "DataflowRunner"]))
    # In a fresh process: the setting lasts for the process's life.
    result = _python(
        """
        import platform
        from pipeline.runners.direct import return_large_freed_blocks
        print(return_large_freed_blocks(), platform.libc_ver()[0])
        """
    )
    assert result.returncode == 0, result.stderr
    applied, libc = result.stdout.split()
    assert applied == str(libc == "glibc")


def test_a_big_replay_gets_worker_processes_and_a_small_one_runs_in_process(tmp_path, samples_dir):
    import os

    from pipeline.replay import BIG_REPLAY_BYTES
    from pipeline.runners import configure_batch

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * BIG_REPLAY_BYTES)
    options = PipelineOptions(["--input", str(big)])
    configure_batch(options, explicit_workers=False)
    direct = options.view_as(DirectOptions)
    assert direct.direct_running_mode == "multi_processing"
    assert direct.direct_num_workers == (os.cpu_count() or 1)

    small = PipelineOptions(["--input", str(samples_dir / "000_02bc4e5f07f762cb.txt")])
    configure_batch(small, explicit_workers=False)
    assert small.view_as(DirectOptions).direct_running_mode == "in_memory"
    explicit = PipelineOptions(["--input", str(big), "--direct_num_workers", "1"])
    configure_batch(explicit, explicit_workers=True)
    assert explicit.view_as(DirectOptions).direct_running_mode == "in_memory"
    flink = PipelineOptions(["--input", str(big), "--runner", "FlinkRunner"])
    configure_batch(flink, explicit_workers=False)
    assert flink.view_as(DirectOptions).direct_running_mode == "in_memory"


def test_a_big_local_replay_runs_in_slices_unless_told_otherwise(tmp_path, samples_dir):
    from pipeline.replay import BIG_REPLAY_BYTES, DEFAULT_SLICE_STORIES, slice_stories

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * BIG_REPLAY_BYTES)
    assert slice_stories(PipelineOptions(["--input", str(big)])) == DEFAULT_SLICE_STORIES
    assert slice_stories(PipelineOptions(["--input", str(big), "--replay_slice_stories", "0"])) == 0
    small = str(samples_dir / "000_02bc4e5f07f762cb.txt")
    assert slice_stories(PipelineOptions(["--input", small])) == 0
    assert slice_stories(PipelineOptions(["--input", small, "--replay-slice-stories", "5"])) == 5
    # A distributed runner shuffles on its own workers: never sliced.
    other = PipelineOptions(["--input", str(big), "--runner", "DataflowRunner", "--replay_slice_stories", "5"])
    assert slice_stories(other) == 0
