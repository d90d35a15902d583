"""Runner choice and each runner's set-up, without starting a JVM (the Flink end-to-end tests
are tests/e2e/test_flink_runner.py and tests/streaming/test_flink_streaming.py)."""

from __future__ import annotations

import sys

import pytest
from apache_beam.options.pipeline_options import FlinkRunnerOptions, PipelineOptions, PortableOptions

from pipeline.options import WireIngestOptions
from pipeline.runners import RunnerUnavailable, prepared, runner_kind
from pipeline.runners import flink as flink_runner
from pipeline.runners import prism as prism_runner
from pipeline.runners.flink import FlinkJavaOptions, JavaService, flink_services, job_server_classpath


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        ([], "direct"),
        (["--runner", "DirectRunner"], "direct"),
        (["--runner", "FlinkRunner"], "flink"),
        (["--runner", "apache_beam.runners.portability.flink_runner.FlinkRunner"], "flink"),
        (["--runner", "PrismRunner"], "prism"),
        (["--runner", "DataflowRunner"], "other"),
        (["--runner", "PortableRunner"], "other"),
    ],
)
def test_runner_kind(args, kind):
    assert runner_kind(PipelineOptions(args)) == kind


def test_flink_streaming_is_set_up_for_the_java_pubsub_read(monkeypatch):
    """With a job endpoint and an expansion service given, nothing is started: only the options."""
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", "127.0.0.1:8555")
    options = PipelineOptions(
        ["--runner", "FlinkRunner", "--job_endpoint", "localhost:1", "--pubsub_expansion_service", "localhost:2"]
    )
    with flink_services(options, streaming=True, uses_pubsub=True):
        java = options.view_as(FlinkJavaOptions)
        assert options.view_as(PortableOptions).environment_type == "LOOPBACK"
        assert options.view_as(FlinkRunnerOptions).parallelism == 1
        assert java.checkpointing_interval == flink_runner.DEFAULT_CHECKPOINTING_MS
        assert java.state_backend == "filesystem" and java.state_backend_storage_path.startswith("file://")
        assert java.pubsub_root_url == "http://127.0.0.1:8555"
        assert java.default_environment_type == "EMBEDDED"
        assert options.view_as(WireIngestOptions).pubsub_expansion_service == "localhost:2"
        encoded = options.to_runner_api().fields  # what travels with the job, in Java's names
        assert encoded["beam:option:pubsub_root_url:v1"].string_value == "http://127.0.0.1:8555"
        assert encoded["beam:option:checkpointing_interval:v1"].number_value == 10000


def test_flink_keeps_what_the_user_chose():
    options = PipelineOptions(
        ["--runner", "FlinkRunner", "--job_endpoint", "localhost:1", "--pubsub_expansion_service", "localhost:2"]
        + ["--environment_type", "EXTERNAL", "--parallelism", "4", "--checkpointing_interval", "60000"]
    )
    with flink_services(options, streaming=True, uses_pubsub=True):
        assert options.view_as(PortableOptions).environment_type == "EXTERNAL"
        assert options.view_as(FlinkRunnerOptions).parallelism == 4
        assert options.view_as(FlinkJavaOptions).checkpointing_interval == 60000


def test_flink_batch_gets_no_streaming_settings():
    options = PipelineOptions(["--runner", "FlinkRunner", "--job_endpoint", "localhost:1"])
    with prepared(options, streaming=False) as new_runner:
        assert new_runner() is None  # Beam's FlinkRunner, from --runner
        assert options.view_as(FlinkJavaOptions).checkpointing_interval is None
        assert options.view_as(FlinkRunnerOptions).parallelism == -1  # Beam's default: Flink decides


def test_the_cached_classpath_is_reused_without_maven(tmp_path, monkeypatch):
    jar = tmp_path / "a.jar"
    jar.write_bytes(b"")
    folder = tmp_path / f"flink-{flink_runner.FLINK_VERSION}-beam-{flink_runner.BEAM_JAVA_VERSION}"
    folder.mkdir()
    (folder / "pom.xml").write_text(flink_runner._pom(flink_runner.ARTIFACTS))
    (folder / "classpath.txt").write_text(str(jar))
    monkeypatch.setattr(flink_runner.shutil, "which", lambda name: None)  # no mvn
    assert job_server_classpath(cache_dir=tmp_path) == str(jar)
    jar.unlink()  # a jar gone from ~/.m2: fetched again, which needs Maven
    with pytest.raises(RunnerUnavailable, match="'mvn' is not on PATH"):
        job_server_classpath(cache_dir=tmp_path)


def test_a_java_service_that_exits_is_reported_with_its_log(tmp_path):
    command = [sys.executable, "-c", "import sys; print('no such main class: demo'); sys.exit(3)"]
    service = JavaService("demo service", command, 9, tmp_path / "demo.log").start()
    with pytest.raises(RunnerUnavailable, match=r"(?s)demo service exited with 3: .*no such main class"):
        service.wait_ready(timeout=30)


def test_prism_needs_its_binary_and_does_not_stream(monkeypatch):
    monkeypatch.setattr(prism_runner, "find_prism", lambda: None)
    with pytest.raises(RunnerUnavailable, match="go install github.com/apache/beam/sdks/v2/go/cmd/prism@v2.77.0"):
        with prepared(PipelineOptions(["--runner", "PrismRunner"]), streaming=False):
            pass
    with pytest.raises(ValueError, match="streaming from Pub/Sub is not supported"):
        with prepared(PipelineOptions(["--runner", "PrismRunner"]), streaming=True):
            pass
    monkeypatch.setattr(prism_runner, "find_prism", lambda: "/opt/prism")
    options = PipelineOptions(["--runner", "PrismRunner"])
    with prepared(options, streaming=False):
        assert options.get_all_options()["prism_location"] == "/opt/prism"


def test_only_broken_worker_streams_are_kept_out_of_the_output():
    import logging

    from pipeline.runners.flink import _BrokenWorkerStreams

    def record(text: str) -> logging.LogRecord:
        message = "Error processing instruction %s. Original traceback is\n%s\n"
        return logging.LogRecord(
            "apache_beam.runners.worker.sdk_worker", logging.ERROR, "f", 1, message, ("7", text), None
        )

    quiet = _BrokenWorkerStreams()
    assert not quiet.filter(record("Traceback ...\nRuntimeError: Channel closed prematurely."))
    assert quiet.filter(record("Traceback ...\nValueError: a DoFn failed"))
