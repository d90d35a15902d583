"""Reading input files into ``RawDocument``s (minimal version: plain files only;
the wire-formats work extends it to archives)."""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterator

from pipeline.model import RawDocument


def expand_inputs(patterns: list[str]) -> list[str]:
    """Files, folders (recursively) and globs to a sorted list of files."""
    paths: set[str] = set()
    for pattern in patterns:
        matches = glob.glob(pattern, recursive=True) if glob.has_magic(pattern) else [pattern]
        found = False
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for child in path.rglob("*"):
                    if child.is_file():
                        paths.add(str(child))
                        found = True
            elif path.is_file():
                paths.add(str(path))
                found = True
        if not found:
            raise FileNotFoundError(f"input {pattern!r} matches no file")
    return sorted(paths)


def read_documents(path: str, *, max_bytes: int = 10 * 1024 * 1024) -> Iterator[RawDocument]:
    try:
        mtime_ms = int(os.stat(path).st_mtime * 1000)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        yield RawDocument(path, b"", error=f"cannot read file: {err.strerror or err}")
        return
    if len(data) > max_bytes:
        yield RawDocument(path, data[:4096], mtime_ms, error=f"input larger than the {max_bytes}-byte limit")
        return
    yield RawDocument(path, data, mtime_ms)
