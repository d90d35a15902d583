"""Apache Flink through Beam's portable Flink runner, with no Docker.

What a run on Flink needs, all set up here for the length of one run (``flink_services``):

- **A Flink job server** (Java): it translates the Beam pipeline into a Flink job and runs it on
  a local Flink cluster inside its own JVM (``--flink_master [auto]``, the default) or submits
  it to an existing cluster (``--flink_master host:port``). Beam's Python ``FlinkRunner`` would
  download ``beam-runners-flink-<flink>-job-server-<beam>.jar``; Maven Central as served here has
  no job-server jar for any Beam release (2.77.0 included) and no Beam Java artifact newer than
  2.62.0 whose dependencies all resolve, so the job server is assembled by Maven from its parts,
  the Flink 1.19 runner of Beam Java 2.62.0 (``ARTIFACTS``), and run from that classpath.
  ``--flink_job_server_jar JAR`` runs a job-server jar instead (e.g. Beam's own, where served).
- **SDK workers without containers**: the Python code runs in ``LOOPBACK`` workers inside this
  process unless ``--environment_type`` says otherwise (e.g. ``EXTERNAL`` for a worker pool
  beside a remote cluster's task managers); the Java parts of a cross-language transform run
  ``EMBEDDED`` in the job server's JVM.
- **Pub/Sub for streaming**: Beam's Python SDK reads Pub/Sub natively only on Dataflow and the
  DirectRunner, so a streaming run uses the Java Pub/Sub IO through an expansion service, started
  here from the same classpath (unless ``--pubsub_expansion_service`` names one) with the read
  as an unbounded source (``use_deprecated_read``): Flink runs that natively, acknowledges
  messages when a checkpoint completes and moves the watermark; the splittable-DoFn form it
  otherwise expands to left the watermark at its minimum on this runner (measured 2026-12-01).
  ``PUBSUB_EMULATOR_HOST`` becomes the Java reader's root URL.
- **Checkpoints** (streaming): every ``--checkpointing_interval`` ms (default 10 s) into a
  file-system state backend in a temporary folder of the run; Flink's default in-memory
  backend refused the read stage's state (over 5 MB).

The artifacts are fetched once by Maven (``mvn``, into its local repository ``~/.m2``) and the
resolved classpath is cached under ``~/.apache_beam/cache/wire-ingest/``; later runs reuse both.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from apache_beam.options.pipeline_options import FlinkRunnerOptions, PipelineOptions, PortableOptions

from pipeline.runners.errors import RunnerUnavailable

__all__ = ["ARTIFACTS", "FlinkJavaOptions", "JavaService", "flink_services", "job_server_classpath"]

log = logging.getLogger(__name__)

FLINK_VERSION = "1.19"
BEAM_JAVA_VERSION = "2.62.0"
#: Maven coordinates of the Java side: the Flink runner (with Beam's job service and Flink),
#: the GCP IO for the Pub/Sub expansion, the Java SDK harness for EMBEDDED environments and
#: what Maven does not bring along (jamm is a provided dependency of the harness; a logger
#: binding for the slf4j 1.7 API the runner resolves to).
ARTIFACTS = (
    f"org.apache.beam:beam-runners-flink-{FLINK_VERSION}:{BEAM_JAVA_VERSION}",
    f"org.apache.beam:beam-sdks-java-io-google-cloud-platform:{BEAM_JAVA_VERSION}",
    f"org.apache.beam:beam-sdks-java-harness:{BEAM_JAVA_VERSION}",
    "com.github.jbellis:jamm:0.4.0",
    "org.slf4j:slf4j-simple:1.7.30",
)
JOB_SERVER_MAIN = "org.apache.beam.runners.flink.FlinkJobServerDriver"
EXPANSION_SERVICE_MAIN = "org.apache.beam.sdk.expansion.service.ExpansionService"
CACHE_DIR = Path.home() / ".apache_beam" / "cache" / "wire-ingest"
DEFAULT_CHECKPOINTING_MS = 10_000
READY_SECONDS = 180
# Flink 1.19 on Java 17 serialises JDK classes by reflection (Kryo): without these it fails on
# the first checkpoint ("module java.base does not open java.util").
_JAVA_OPENS = (
    "java.lang",
    "java.lang.reflect",
    "java.io",
    "java.net",
    "java.nio",
    "sun.nio.ch",
    "java.text",
    "java.time",
    "java.util",
    "java.util.concurrent",
    "java.util.concurrent.atomic",
    "java.util.concurrent.locks",
)


class FlinkJavaOptions(PipelineOptions):
    """Options read by the Java side (Flink runner, Java Pub/Sub IO), which Beam's Python SDK does
    not declare: declared here so that they travel with the job. The hidden ones are set by
    ``flink_services``, not by users."""

    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument(
            "--checkpointing_interval",
            "--checkpointing-interval",
            dest="checkpointing_interval",
            type=int,
            default=None,
            help="Flink streaming: milliseconds between checkpoints; Pub/Sub messages are acknowledged when a "
            f"checkpoint completes (default: {DEFAULT_CHECKPOINTING_MS}).",
        )
        hidden = argparse.SUPPRESS
        parser.add_argument("--java_pubsub_root_url", dest="pubsub_root_url", default=None, help=hidden)
        parser.add_argument(
            "--java_default_environment_type", dest="default_environment_type", default=None, help=hidden
        )
        parser.add_argument("--java_state_backend", dest="state_backend", default=None, help=hidden)
        parser.add_argument(
            "--java_state_backend_storage_path", dest="state_backend_storage_path", default=None, help=hidden
        )


def _pom(artifacts: tuple[str, ...]) -> str:
    deps = []
    for coordinates in artifacts:
        group, artifact, version = coordinates.split(":")
        deps.append(
            f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{version}</version></dependency>"
        )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <groupId>local.wire-ingest</groupId><artifactId>flink-job-server</artifactId><version>1</version>\n"
        "  <dependencies>\n" + "\n".join(deps) + "\n  </dependencies>\n</project>\n"
    )


def job_server_classpath(*, cache_dir: Path = CACHE_DIR, artifacts: tuple[str, ...] = ARTIFACTS) -> str:
    """The Java classpath of the job server and the expansion service, fetched from Maven Central
    on first use (a few minutes, ~220 MB) and cached: the classpath file is reused while every
    jar it names is still in Maven's local repository."""
    folder = cache_dir / f"flink-{FLINK_VERSION}-beam-{BEAM_JAVA_VERSION}"
    pom, listing = folder / "pom.xml", folder / "classpath.txt"
    wanted = _pom(artifacts)
    if listing.exists() and pom.exists() and pom.read_text() == wanted:
        classpath = listing.read_text().strip()
        if classpath and all(os.path.exists(jar) for jar in classpath.split(os.pathsep)):
            return classpath
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RunnerUnavailable(
            "the Flink runner is fetched from Maven Central with Maven, and 'mvn' is not on PATH "
            "(install Maven, or pass --flink_job_server_jar JAR)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    pom.write_text(wanted)
    log.warning("fetching the Flink job server (%s) from Maven Central, once", ", ".join(artifacts))
    result = subprocess.run(
        [mvn, "-B", "-q", "-f", str(pom), "dependency:build-classpath", f"-Dmdep.outputFile={listing}"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0 or not listing.exists():
        listing.unlink(missing_ok=True)
        errors = [line for line in result.stdout.splitlines() if "ERROR" in line][:3]
        raise RunnerUnavailable(
            f"Maven could not fetch the Flink job server: {' '.join(errors) or result.stderr[-500:]}"
        )
    return listing.read_text().strip()


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.path.exists(java):
        raise RunnerUnavailable("the Flink runner needs Java 11 or later, and 'java' is not on PATH (nor in JAVA_HOME)")
    return java


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: no orphaned JVM after a kill -9
    except (OSError, AttributeError):
        pass


class JavaService:
    """One JVM (job server or expansion service) in its own process group, killed with it.

    ``start`` launches it, ``wait_ready`` waits until ``port`` accepts connections, ``stop`` ends
    the group. The JVM also
    dies when this process dies (Linux), so a ``kill -9`` of the run leaves no JVM behind.
    """

    def __init__(self, name: str, command: list[str], port: int, log_path: Path) -> None:
        self.name, self.command, self.port, self.log_path = name, command, port, log_path
        self.process: subprocess.Popen | None = None

    def start(self) -> JavaService:
        """Launch the JVM (``wait_ready`` waits for its port)."""
        with open(self.log_path, "ab") as out:
            self.process = subprocess.Popen(
                self.command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent if os.name == "posix" else None,
            )
        return self

    def wait_ready(self, timeout: float = READY_SECONDS) -> JavaService:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RunnerUnavailable(f"{self.name} exited with {self.process.returncode}: {self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RunnerUnavailable(
            f"{self.name} not listening on port {self.port} after {timeout:.0f} s: {self.log_tail()}"
        )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for signum, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signum)
            try:
                self.process.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def log_tail(self, chars: int = 1500) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return text[-chars:]


def _jvm(classpath: str | None, jar: str | None, main: str) -> list[str]:
    command = [_java(), *(f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in _JAVA_OPENS)]
    command.append("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    return [*command, "-jar", jar] if jar else [*command, "-cp", classpath, main]


def start_job_server(
    work: Path, *, flink_master: str = "[auto]", jar: str | None = None, classpath: str | None = None
) -> JavaService:
    """A Flink job server starting on localhost (its job endpoint: ``localhost:PORT``)."""
    if jar is None and classpath is None:
        classpath = job_server_classpath()
    port, artifact_port, expansion_port = _free_port(), _free_port(), _free_port()
    command = _jvm(classpath, jar, JOB_SERVER_MAIN) + [
        "--job-host=localhost",
        f"--job-port={port}",
        f"--artifact-port={artifact_port}",
        f"--expansion-port={expansion_port}",
        f"--flink-master={flink_master}",
        f"--artifacts-dir={work / 'artifacts'}",
    ]
    return JavaService("Flink job server", command, port, work / "job-server.log").start()


def start_expansion_service(work: Path, *, classpath: str | None = None) -> JavaService:
    """Beam's Java expansion service with the GCP IO (Pub/Sub), its transforms run EMBEDDED and
    its reads as unbounded sources (see the module docstring)."""
    classpath = classpath or job_server_classpath()
    port = _free_port()
    command = _jvm(classpath, None, EXPANSION_SERVICE_MAIN) + [
        str(port),
        "--experiments=use_deprecated_read",
        "--defaultEnvironmentType=EMBEDDED",
    ]
    return JavaService("expansion service", command, port, work / "expansion-service.log").start()


class _BrokenWorkerStreams(logging.Filter):
    """Drops a worker log record about a broken stream: a gRPC error, or an instruction cut off
    by its channel closing (``Channel closed prematurely``, logged with the traceback as text)."""

    MARKS = ("Channel closed prematurely", "StatusCode.UNAVAILABLE", "StatusCode.CANCELLED")

    def filter(self, record: logging.LogRecord) -> bool:
        import grpc

        if record.exc_info and isinstance(record.exc_info[1], grpc.RpcError):
            return False
        text = record.getMessage()
        return not any(mark in text for mark in self.MARKS)


@contextlib.contextmanager
def _quiet_loopback_streams() -> Iterator[None]:
    """Keep the LOOPBACK SDK workers' broken gRPC streams out of the output.

    The workers run as threads of this process. When Flink releases a finished job's environment,
    or the job server stops at the end of a run, their control, data and state streams break,
    and each thread prints a traceback (measured: at the end of a batch run that had written all
    its records, and after a cancelled streaming job). Whether the job succeeded is what its
    state says; those streams add nothing. Other thread errors and worker logs pass through.
    """
    import threading

    import grpc

    previous = threading.excepthook

    def hook(args) -> None:
        if not isinstance(args.exc_value, grpc.RpcError):
            previous(args)

    quiet = _BrokenWorkerStreams()
    loggers = [logging.getLogger(f"apache_beam.runners.worker.{name}") for name in ("data_plane", "sdk_worker")]
    threading.excepthook = hook
    for logger in loggers:
        logger.addFilter(quiet)
    try:
        yield
    finally:
        # The streams break once more when the services stop, after this block: the hook stays.
        for logger in loggers:
            logger.removeFilter(quiet)
        logging.getLogger("apache_beam.runners.worker").setLevel(logging.CRITICAL)


@contextlib.contextmanager
def flink_services(options: PipelineOptions, *, streaming: bool, uses_pubsub: bool) -> Iterator[None]:
    """Start what a run on Flink needs and point ``options`` at it; stop it all afterwards.

    A ``--job_endpoint`` given by the user (a job server already running) is used as it is.
    """
    from pipeline.options import WireIngestOptions

    portable = options.view_as(PortableOptions)
    flink = options.view_as(FlinkRunnerOptions)
    java = options.view_as(FlinkJavaOptions)
    opts = options.view_as(WireIngestOptions)
    if not portable.environment_type:
        portable.environment_type = "LOOPBACK"
    work = Path(tempfile.mkdtemp(prefix="wire-ingest-flink-"))
    services: list[JavaService] = []
    try:
        if not portable.job_endpoint:
            jar = flink.flink_job_server_jar
            classpath = None if jar else job_server_classpath()
            services.append(start_job_server(work, flink_master=flink.flink_master, jar=jar, classpath=classpath))
            portable.job_endpoint = f"localhost:{services[-1].port}"  # once ready, below
        if streaming:
            if flink.parallelism is None or flink.parallelism < 1:
                # One reader: Beam's Pub/Sub reader estimates its watermark from the messages it
                # sees, and a second reader seeing few would hold every window back.
                flink.parallelism = 1
            if java.checkpointing_interval is None:
                java.checkpointing_interval = DEFAULT_CHECKPOINTING_MS
            java.state_backend = java.state_backend or "filesystem"
            java.state_backend_storage_path = java.state_backend_storage_path or (work / "checkpoints").as_uri()
        if uses_pubsub:
            emulator = os.environ.get("PUBSUB_EMULATOR_HOST")
            if emulator and not java.pubsub_root_url:
                java.pubsub_root_url = f"http://{emulator}"
            java.default_environment_type = java.default_environment_type or "EMBEDDED"
            if not opts.pubsub_expansion_service:
                services.append(start_expansion_service(work))  # the JVMs start side by side
                opts.pubsub_expansion_service = f"localhost:{services[-1].port}"
        for service in services:
            service.wait_ready()
        if portable.environment_type == "LOOPBACK":
            with _quiet_loopback_streams():
                yield
        else:
            yield
    finally:
        for service in reversed(services):
            service.stop()
        shutil.rmtree(work, ignore_errors=True)
