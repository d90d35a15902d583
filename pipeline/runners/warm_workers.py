"""SDK worker processes started before Beam asks for them (a DirectRunner workaround).

With worker processes (``--direct_running_mode multi_processing``, what a big replay gets) Beam's
FnApiRunner starts each SDK worker when it runs the first stage: after the process that runs the
pipeline has imported Beam and built the pipeline (about 1.7 s of CPU), and each worker then
imports Beam, spaCy and the annotator, loads the model and the rules' tables (about 3.4 s), one
after the other while the machine's other core idles. ``wire-ingest run`` reads from its
arguments how many workers the run will get (``local_plan``) and, before importing Beam, starts
that many *warm workers*: each loads all that meanwhile, then waits.

The runner's worker command becomes ``python -m pipeline.runners.warm_workers attach DIR``: it
claims one waiting warm worker (renaming its socket, so two never claim one), hands it its
environment (the runner's control and logging addresses, the pipeline options) and working
folder, and waits for it to end; the warm worker then runs Beam's SDK harness in its own process,
as ``python -m apache_beam.runners.worker.sdk_worker_main`` would. Where no warm worker is left
(a replay's later slices), one died, or one does not answer within ``HAND_OVER_SECONDS``, the
command becomes Beam's own worker (``exec``): a warm worker only ever saves time.

A warm worker dies with the process that started it (``PR_SET_PDEATHSIG``, Linux; it removes the
pool's folder then), and the pool's ``close`` ends the ones never claimed. Nothing here imports Beam at module level: the
``attach`` command must start in milliseconds.
"""

from __future__ import annotations

import json
import logging
import os
import runpy
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: How long ``attach`` waits for a claimed warm worker to take over (it may still be loading).
HAND_OVER_SECONDS = 300.0
_SOCKET = "warm-{index}.sock"
_BEAM_WORKER = "apache_beam.runners.worker.sdk_worker_main"
_MODULE = "pipeline.runners.warm_workers"  # this module, also when it runs as __main__

_active: WarmPool | None = None


def active() -> WarmPool | None:
    """The warm workers this process started and has not closed, if any."""
    return _active


class WarmPool:
    """Warm worker processes waiting on Unix sockets in one private folder."""

    def __init__(self, folder: Path, processes: list[subprocess.Popen]) -> None:
        self.folder = folder
        self.processes = processes

    @classmethod
    def start(cls, count: int, model: str) -> WarmPool:
        """Start ``count`` warm workers loading ``model``; the pool becomes this process's
        ``active()`` one until closed."""
        global _active
        pool = cls(Path(tempfile.mkdtemp(prefix="wire-ingest-warm-")), [])
        try:
            for index in range(count):
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
                    # Bound and listening before the process starts: a claim connects at once,
                    # and waits in the backlog while the worker is still loading.
                    listener.bind(str(pool.folder / _SOCKET.format(index=index)))
                    listener.listen(1)
                    fd = listener.fileno()
                    command = [sys.executable, "-m", _MODULE, "serve", str(fd), model, str(os.getpid())]
                    pool.processes.append(subprocess.Popen(command, stdin=subprocess.DEVNULL, pass_fds=(fd,)))
        except BaseException:
            pool.close()
            raise
        if _active is not None:
            _active.close()
        _active = pool
        return pool

    def command(self) -> str:
        """The worker command line for Beam's subprocess environment."""
        return f"{shlex.quote(sys.executable)} -m {_MODULE} attach {shlex.quote(str(self.folder))}"

    def waiting(self) -> list[Path]:
        """Sockets of the warm workers nobody has claimed."""
        return sorted(self.folder.glob(_SOCKET.format(index="*")))

    def keep(self, count: int) -> None:
        """End the warm workers beyond the first ``count`` unclaimed ones (the run turned out to
        want fewer than its arguments said)."""
        for path in self.waiting()[count:]:
            try:
                path.unlink()  # unclaimable from now on
            except FileNotFoundError:
                continue  # claimed meanwhile
            index = int(path.stem.split("-")[1])
            self.processes[index].kill()

    def close(self) -> None:
        """End every warm worker still running (a claimed one has ended with its run) and remove
        the folder."""
        global _active
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
        if _active is self:
            _active = None


# --- the warm worker -------------------------------------------------------------------------


def _die_with(parent: int, folder: str) -> None:
    """End when ``parent`` (the process that started this one) dies, however it dies, removing
    the pool's folder it would have removed (the kernel sends SIGTERM: ``PR_SET_PDEATHSIG``)."""
    import ctypes
    import ctypes.util

    def end(_signum, _frame) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(143)

    signal.signal(signal.SIGTERM, end)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's close still ends it
        pass
    if os.getppid() != parent:  # died before the request was in place
        end(signal.SIGTERM, None)


def _warm_up(model: str) -> None:
    """Import and load now what a worker's stages import and load on first use."""
    # What the harness's module imports (not the module itself: it runs as __main__ later).
    import apache_beam.runners.worker.log_handler  # noqa: F401
    import apache_beam.runners.worker.sdk_worker  # noqa: F401
    import apache_beam.utils.profiler  # noqa: F401

    import pipeline.pipeline  # noqa: F401  (the stages' modules: their DoFns are unpickled from them)
    from pipeline.annotate.annotator import StoryAnnotator
    from pipeline.dedup import signature

    StoryAnnotator(model)  # the model (cached per process) and the rules' tables
    signature.warm_up()


def serve(listener_fd: int, model: str, parent: int) -> int:
    """A warm worker: load, wait to be claimed, then run Beam's SDK harness with the claimer's
    environment. Loading is best effort: whatever fails here fails again, and is reported, where
    the harness loads it."""
    listener = socket.socket(fileno=listener_fd)
    _die_with(parent, os.path.dirname(listener.getsockname()))
    try:
        _warm_up(model)
    except Exception:  # noqa: BLE001
        logging.getLogger(__name__).debug("warm-up failed", exc_info=True)
    connection, _ = listener.accept()
    listener.close()
    request = json.loads(connection.makefile("rb").readline() or b"null")
    if not isinstance(request, dict):
        return 1
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    connection.sendall(b"started\n")
    try:
        # As ``python -m``: the harness runs as ``__main__`` (the annotate stage tells an SDK
        # worker process by that), its imports already done.
        runpy.run_module(_BEAM_WORKER, run_name="__main__", alter_sys=True)
    except BaseException:
        _tell(connection, b"exit 1\n")
        raise
    _tell(connection, b"exit 0\n")
    return 0


def _tell(connection: socket.socket, message: bytes) -> None:
    """Tell the hand-over command how the harness ended, if it is still there to hear it."""
    try:
        connection.sendall(message)
    except OSError:
        pass


# --- the worker command ----------------------------------------------------------------------


def attach(folder: str) -> int:
    """Hand this worker over to a waiting warm worker and wait for it to end; else become Beam's
    own worker."""
    for path in sorted(Path(folder).glob(_SOCKET.format(index="*"))):
        claimed = path.with_name(f"{path.name}.{os.getpid()}")
        try:
            os.rename(path, claimed)  # atomic: one claimer wins
        except OSError:
            continue
        status = _hand_over(claimed)
        if status is not None:
            return status
    os.execv(sys.executable, [sys.executable, "-m", _BEAM_WORKER])
    return 1  # not reached


def _hand_over(path: Path) -> int | None:
    """The warm worker's exit status once it has run the harness, or None if it never took over
    (dead, or silent for ``HAND_OVER_SECONDS``: then killed)."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        return None
    pid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[0]
    request = json.dumps({"cwd": os.getcwd(), "env": dict(os.environ)})
    connection.settimeout(HAND_OVER_SECONDS)
    replies = connection.makefile("rb")
    try:
        connection.sendall(request.encode("utf-8") + b"\n")
        started = replies.readline() == b"started\n"
    except OSError:  # includes the timeout
        started = False
    if not started:
        _kill(pid)
        return None

    def forward(signum, _frame) -> None:
        _kill(pid, signum)
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    connection.settimeout(None)
    last = b""
    for line in replies:  # until the warm worker's end closes the connection
        last = line
    return int(last.split()[1]) if last.startswith(b"exit ") else 1


def _kill(pid: int, signum: int = signal.SIGKILL) -> None:
    try:
        os.kill(pid, signum)
    except OSError:
        pass


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        sys.exit(serve(int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
    if sys.argv[1:2] == ["attach"]:
        sys.exit(attach(sys.argv[2]))
    sys.exit(f"usage: python -m {_MODULE} serve FD MODEL PARENT_PID | attach FOLDER")
