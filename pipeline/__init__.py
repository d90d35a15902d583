"""wire-ingest: news wire stories to annotated, event-deduplicated Avro records."""

import os as _os

__version__ = "0.1.0"

# gRPC workaround, set before anything imports grpc (it reads this once, at import): with gRPC's
# fork handlers on, grpcio 1.80 and later can crash a child between fork and exec while other
# threads use gRPC (grpc/grpc#43055). The Flink job server and expansion service are launched
# that way (a ``preexec_fn`` so that they die with wire-ingest: pipeline/runners/flink.py), and 35
# of 150 such launches next to a busy channel crashed (tests/runners/test_grpc_fork.py). Beam's own
# tests of its subprocess servers turn the handlers off the same way; wire-ingest never forks a
# process that goes on using gRPC. An explicit setting in the environment wins.
_os.environ.setdefault("GRPC_ENABLE_FORK_SUPPORT", "false")
