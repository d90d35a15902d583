"""The Flink quiet-wire Pub/Sub read (``pipeline.runners.flink_pubsub``): when it is used, and that
its Java class builds against the job server's classpath. That it moves the watermark on a quiet
wire is shown end to end by tests/streaming/test_flink_streaming.py."""

from __future__ import annotations

import os
import shutil
import zipfile

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.runners import flink as flink_runner
from pipeline.runners import flink_pubsub
from pipeline.runners.flink import FlinkJavaOptions


def _options(*args: str) -> PipelineOptions:
    return PipelineOptions(["--runner", "FlinkRunner", *args])


@pytest.mark.parametrize(
    "args",
    [
        ["--pubsub_idle_watermark_seconds", "0"],  # turned off
        ["--pubsub_expansion_service", "localhost:2"],  # the user's service lacks the class
        ["--job_endpoint", "localhost:1"],  # so does the user's job server
        ["--flink_job_server_jar", "/opt/job-server.jar"],
    ],
)
def test_beams_plain_read_where_the_product_does_not_run_both_jvms(args, monkeypatch):
    monkeypatch.setattr(flink_pubsub, "quiet_wire_jar", lambda *a: pytest.fail("nothing to build"))
    options = _options(*args)
    assert flink_runner._quiet_wire_jar(options, uses_pubsub=True) is None
    assert options.view_as(FlinkJavaOptions).pubsub_idle_watermark_seconds == 0


def test_the_quiet_wire_read_by_default_and_with_the_users_idle_time(monkeypatch, tmp_path):
    jar = tmp_path / "q.jar"
    monkeypatch.setattr(flink_runner, "job_server_classpath", lambda: "cp.jar")
    monkeypatch.setattr(flink_pubsub, "quiet_wire_jar", lambda classpath, cache: jar)
    options = _options()
    assert flink_runner._quiet_wire_jar(options, uses_pubsub=True) == jar
    assert options.view_as(FlinkJavaOptions).pubsub_idle_watermark_seconds == flink_pubsub.DEFAULT_IDLE_SECONDS
    options = _options("--pubsub_idle_watermark_seconds", "2.5")
    assert flink_runner._quiet_wire_jar(options, uses_pubsub=True) == jar
    assert options.view_as(FlinkJavaOptions).pubsub_idle_watermark_seconds == 2.5
    assert flink_runner._quiet_wire_jar(_options(), uses_pubsub=False) is None  # batch
    with pytest.raises(ValueError, match="--pubsub_idle_watermark_seconds must be 0 .* got -1.0"):
        flink_runner._quiet_wire_jar(_options("--pubsub_idle_watermark_seconds", "-1"), uses_pubsub=True)


def test_without_a_jdk_the_run_falls_back_to_beams_read(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(flink_pubsub.shutil, "which", lambda name: None)
    assert flink_pubsub.quiet_wire_jar("cp.jar", tmp_path) is None
    assert "no 'javac'/'jar' on PATH" in caplog.text


def test_the_allowlist_opens_one_class_only(tmp_path):
    text = flink_pubsub.allowlist_file(tmp_path).read_text()
    assert text.count("className:") == 1 and f"className: {flink_pubsub.JAVA_CLASS}" in text


def test_the_java_read_builds_against_the_job_servers_classpath_once(flink_tools, tmp_path, monkeypatch):
    if not (shutil.which("javac") and shutil.which("jar")):
        if os.environ.get("WIRE_INGEST_REQUIRE_FLINK") == "1":
            pytest.fail("no JDK (javac, jar): Flink streaming needs one (WIRE_INGEST_REQUIRE_FLINK=1)")
        pytest.skip("no JDK (javac, jar)")
    classpath = flink_runner.job_server_classpath()
    jar = flink_pubsub.quiet_wire_jar(classpath, tmp_path)
    assert jar is not None and jar.parent == tmp_path
    names = set(zipfile.ZipFile(jar).namelist())
    base = flink_pubsub.JAVA_CLASS.replace(".", "/")
    assert {f"{base}.class", f"{base}$QuietWireSource.class", f"{base}$QuietWireReader.class"} <= names
    monkeypatch.setattr(flink_pubsub.subprocess, "run", lambda *a, **k: pytest.fail("compiled again"))
    assert flink_pubsub.quiet_wire_jar(classpath, tmp_path) == jar
