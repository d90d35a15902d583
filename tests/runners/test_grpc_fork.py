"""Launching the Flink job server and expansion service from a process where gRPC is busy.

``JavaService`` starts each JVM with a ``preexec_fn`` (so that it dies with wire-ingest), which
makes Python fork and run code in the child before ``exec``. With gRPC's fork handlers on
(grpcio 1.80 and later, grpc/grpc#43055) the child then crashes now and then (SIGABRT, or an
"epoll_wait error: Bad file descriptor" line before its own output): measured 35 of 150 launches
crashed next to a busy gRPC channel. Importing ``pipeline`` turns the handlers off
(``pipeline/__init__.py``); this test launches 60 services next to a busy channel in a fresh
interpreter that imports ``pipeline`` before anything else, and expects every one to run cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = r"""
import pipeline  # first, as the command line and the tests import it
import sys, tempfile, threading
from concurrent import futures
from pathlib import Path

import grpc

from pipeline.runners.flink import JavaService

server = grpc.server(futures.ThreadPoolExecutor(2))
port = server.add_insecure_port("127.0.0.1:0")
server.start()
channel = grpc.insecure_channel(f"127.0.0.1:{port}")


def busy():
    call = channel.unary_unary("/none/Nothing")
    while True:
        try:
            grpc.channel_ready_future(channel).result(timeout=1)
            call(b"", timeout=0.05)
        except (grpc.RpcError, grpc.FutureTimeoutError):
            pass


threading.Thread(target=busy, daemon=True).start()
bad = []
with tempfile.TemporaryDirectory() as work:
    for n in range(60):
        log = Path(work) / f"{n}.log"
        service = JavaService("demo", [sys.executable, "-c", "print('up')"], 9, log).start()
        code = service.process.wait(30)
        text = log.read_text(errors="replace")
        if code != 0 or text != "up\n":
            bad.append((code, text[:200]))
print(len(bad), bad[:3])
"""


def test_services_launched_next_to_a_busy_grpc_channel_all_start():
    env = {k: v for k, v in os.environ.items() if k != "GRPC_ENABLE_FORK_SUPPORT"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("0 "), done.stdout
