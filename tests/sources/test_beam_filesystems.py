"""Inputs and outputs on a non-local Beam filesystem: ``gs://`` through Beam's own GCS
filesystem and the Google Cloud Storage client, served by a local GCS emulator
(``gcp-storage-emulator``, in its own process group). A replay reads a folder and an archive
from ``gs://`` and writes its Avro files there, staged and swapped in like a local replay."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import fastavro
import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "fixtures" / "samples"
FORMATS = REPO / "tests" / "fixtures" / "formats"
BUCKET = "wire-test-bucket"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def gcs(tmp_path_factory):
    pytest.importorskip("gcp_storage_emulator")
    port = _free_port()
    log = open(tmp_path_factory.mktemp("gcs") / "emulator.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "gcp_storage_emulator", "start", "--host", "127.0.0.1", "--port", str(port)]
        + ["--in-memory", "--default-bucket", BUCKET],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    host = f"http://127.0.0.1:{port}"
    previous = {name: os.environ.get(name) for name in ("STORAGE_EMULATOR_HOST", "NO_GCE_CHECK")}
    os.environ["STORAGE_EMULATOR_HOST"] = host
    os.environ["NO_GCE_CHECK"] = "True"  # no credentials here: do not wait for a metadata server
    # The emulator needs no credentials, and Beam looks for them with 4 retries (about 20 s)
    # before going on anonymously: start anonymous, as it ends up anyway.
    from apache_beam.internal.gcp import auth

    was = (auth._Credentials._credentials_init, auth._Credentials._credentials)
    auth._Credentials._credentials_init, auth._Credentials._credentials = True, None
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield host
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        auth._Credentials._credentials_init, auth._Credentials._credentials = was
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _put(path: str, data: bytes) -> None:
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    # As stored: FileSystems.create would gzip a name ending in .gz once more.
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(data)


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_inputs_are_listed_and_read_through_beam_filesystems(gcs):
    from pipeline.sources.archives import input_files, read_documents

    root = f"gs://{BUCKET}/listing"
    _put(f"{root}/in/a.txt", b"Headline\n\nBody of a.")
    _put(f"{root}/in/deeper/b.json", b"{}")
    _put(f"{root}/in/.hidden/c.txt", b"skipped")
    _put(f"{root}/day.tar.gz", _tar_gz({"x.txt": b"X\n\nBody x.", "y.txt": b"Y\n\nBody y."}))
    files = input_files([f"{root}/in", f"{root}/*.tar.gz"])
    assert [f.path for f in files] == [f"{root}/day.tar.gz", f"{root}/in/a.txt", f"{root}/in/deeper/b.json"]
    assert all(f.size > 0 and f.mtime_ms for f in files)
    docs = [d for f in files for d in read_documents(f.path, mtime_ms=f.mtime_ms, size=f.size)]
    assert [d.source for d in docs] == [
        f"{root}/day.tar.gz!x.txt",
        f"{root}/day.tar.gz!y.txt",
        f"{root}/in/a.txt",
        f"{root}/in/deeper/b.json",
    ]
    assert docs[0].data == b"X\n\nBody x." and docs[2].data == b"Headline\n\nBody of a."
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        input_files([f"{root}/nothing-here/*.xml"])


def test_a_replay_from_gs_to_gs(gcs, tmp_path):
    """Before, ``--input gs://...`` failed: input expansion was local-only."""
    from apache_beam.io.filesystems import FileSystems

    root = f"gs://{BUCKET}/replay"
    _put(f"{root}/in/seed.txt", (SAMPLES / "000_02bc4e5f07f762cb.txt").read_bytes())
    _put(f"{root}/in/wire.tar.gz", _tar_gz({"item.json": (SAMPLES / "ninjs-1.4-medium-text.json").read_bytes()}))
    _put(f"{root}/in/broken.json", b'{"uri": ')
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.replay import run_replay

    # In this process (the model is loaded once per test session); the CLI adds only its options.
    options = PipelineOptions(["--input", f"{root}/in", "--output", f"{root}/out", "--direct_num_workers", "1"])
    summary = run_replay(options, progress=io.StringIO())
    assert summary.line() == "stories read: 3, written: 2, dead-lettered: 1, duplicates dropped: 0"

    def records(folder: str) -> list[dict]:
        out = []
        for metadata in FileSystems.match([f"{root}/out/{folder}/*.avro"])[0].metadata_list:
            with FileSystems.open(metadata.path) as handle:
                out.extend(fastavro.reader(io.BytesIO(handle.read())))
        return out

    stories = records("stories")
    assert sorted(s["source"] for s in stories) == [f"{root}/in/seed.txt", f"{root}/in/wire.tar.gz!item.json"]
    assert any(e["name"] == "Rex Tillerson" for s in stories for e in s["entities"])
    (dead,) = records("deadletter")
    assert dead["source"] == f"{root}/in/broken.json" and dead["stage"] == "parse"
    leftovers = FileSystems.match([f"{root}/out/.replay-staging-*/**"])[0].metadata_list
    assert not leftovers, "the staging folder is gone after the swap"
