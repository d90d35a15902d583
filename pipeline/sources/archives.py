"""Files, folders, globs and archives to ``RawDocument``s, member by member.

Archives are recognised by their first bytes, not their names: gzip, bzip2 and
xz files (a single document, or a tar inside), tar, and zip. What each yields:

- one ``RawDocument`` per file or archive member, ``source`` naming it
  (``inbox/a.xml``, ``2017.tar.gz!ap/0412.anpa``);
- one per line for JSON Lines (``*.jsonl``/``*.ndjson``, compressed or not),
  ``source`` ending in ``:line N``, the same naming the ninjs parser uses;
- a ``RawDocument`` with ``error`` set, never an exception, for whatever could
  not be read: a member or line over ``max_bytes`` (the first bytes kept as
  ``data``, so the dead letter shows what it was), a truncated or corrupt
  archive (the members before the damage still come out), an unreadable file.

``max_bytes`` caps what is decompressed per member or line, so a gzip bomb
costs ``max_bytes`` of memory and a fraction of a second, not gigabytes.
"""

from __future__ import annotations

import bz2
import glob
import gzip
import io
import lzma
import mmap
import os
import re
import struct
import tarfile
import zipfile
import zlib
from calendar import timegm
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.model import RawDocument

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: How much of an oversize input is kept in its dead letter.
KEPT_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_JSON_LINES = (".jsonl", ".ndjson", ".jsonlines")
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".tgz", ".tbz2")
# What a damaged stream raises, across gzip, bz2, lzma, zlib, tarfile and zipfile.
# RuntimeError: an encrypted zip member; NotImplementedError: a zip compression method Python lacks.
_READ_ERRORS = (
    OSError,
    EOFError,
    zlib.error,
    lzma.LZMAError,
    tarfile.TarError,
    zipfile.BadZipFile,
    ValueError,
    RuntimeError,
    NotImplementedError,
)

__all__ = ["DEFAULT_MAX_BYTES", "expand_inputs", "input_bytes", "read_documents"]


def expand_inputs(patterns: list[str]) -> list[str]:
    """Files, folders (recursively, hidden files skipped) and globs to a sorted
    list of files. ``FileNotFoundError`` names the first pattern matching none."""
    paths: set[str] = set()
    for pattern in patterns:
        matches = glob.glob(pattern, recursive=True) if glob.has_magic(pattern) else [pattern]
        found = False
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for child in path.rglob("*"):
                    hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                    if child.is_file() and not hidden:
                        paths.add(str(child))
                        found = True
            elif path.is_file():
                paths.add(str(path))
                found = True
        if not found:
            raise FileNotFoundError(f"input {pattern!r} matches no file")
    return sorted(paths)


def input_bytes(patterns: list[str]) -> int:
    """Bytes on disk of every file the patterns name (archives as stored, not unpacked); raises
    ``FileNotFoundError`` as ``expand_inputs`` does."""
    return sum(os.path.getsize(p) for p in expand_inputs(patterns) if os.path.isfile(p))


def read_documents(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument]:
    """Every document in the file at ``path``; never raises for bad content."""
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    try:
        mtime_ms = int(os.stat(path).st_mtime * 1000)
        with open(path, "rb") as handle:
            magic = handle.read(512)
    except OSError as err:
        yield RawDocument(path, b"", error=f"cannot read file {path!r}: {err.strerror or err}")
        return
    count = 0
    for count, document in enumerate(_documents(path, magic, mtime_ms, max_bytes), start=1):  # noqa: B007
        yield document
    if count == 0:
        # An empty archive or a JSON Lines file of blank lines: seen, so accounted for.
        yield RawDocument(path, b"", mtime_ms, error="empty input: no document in the file")


def _documents(path: str, magic: bytes, mtime_ms: int, max_bytes: int) -> Iterator[RawDocument]:
    opener = _decompressor(magic)
    if magic.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        yield from _read_zip(path, mtime_ms, max_bytes)
    elif opener is not None:
        kind = {gzip.open: "gz", bz2.open: "bz2", lzma.open: "xz"}[opener]
        if _is_tar(_peek(opener, path)):
            yield from _read_tar(path, f"r:{kind}", mtime_ms, max_bytes)
        else:
            yield from _read_stream(path, _inner_name(path), lambda: opener(path, "rb"), mtime_ms, max_bytes)
    elif _is_tar(magic):
        yield from _read_tar(path, "r:", mtime_ms, max_bytes)
    else:
        yield from _read_stream(path, path, lambda: open(path, "rb"), mtime_ms, max_bytes)


def _decompressor(magic: bytes) -> Callable[..., BinaryIO] | None:
    if magic.startswith(b"\x1f\x8b"):
        return gzip.open
    if magic.startswith(b"BZh") and magic[3:4].isdigit():
        return bz2.open
    if magic.startswith(b"\xfd7zXZ\x00"):
        return lzma.open
    return None


def _peek(opener: Callable[..., BinaryIO], path: str) -> bytes:
    try:
        with opener(path, "rb") as stream:
            return stream.read(512)
    except _READ_ERRORS:
        return b""  # the full read reports the damage


def _decompressed_member(stream: BinaryIO, name: str) -> tuple[BinaryIO, str]:
    """A compressed member (``day.tar!feed.jsonl.gz``) read through its
    decompressor, one level deep; anything else as it is."""
    peek = getattr(stream, "peek", None)
    try:
        magic = peek(8)[:8] if peek else b""
    except _READ_ERRORS:
        return stream, name
    if magic.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=stream, mode="rb"), _inner_name(name)
    if magic.startswith(b"BZh") and magic[3:4].isdigit():
        return bz2.BZ2File(stream), _inner_name(name)  # type: ignore[return-value]
    if magic.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(stream), _inner_name(name)  # type: ignore[return-value]
    return stream, name


def _is_tar(block: bytes) -> bool:
    return len(block) >= 262 and block[257:262] == b"ustar"


def _inner_name(path: str) -> str:
    """'x.jsonl.gz' -> 'x.jsonl': the name that says what the bytes inside are."""
    for suffix in (".gz", ".bz2", ".xz"):
        if path.lower().endswith(suffix):
            return path[: -len(suffix)]
    return path


def _is_json_lines(name: str) -> bool:
    lowered = name.lower()
    for suffix in _COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            lowered = lowered[: -len(suffix)]
    return lowered.endswith(_JSON_LINES)


def _read_capped(stream: BinaryIO, max_bytes: int) -> tuple[bytes, str | None]:
    """Up to ``max_bytes + 1`` bytes, and an error message if reading failed
    part way (what was read before is kept)."""
    parts: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
    except _READ_ERRORS as err:
        return b"".join(parts), f"truncated or corrupt data: {type(err).__name__}: {err}"
    return b"".join(parts), None


def _oversize(source: str, data: bytes, mtime_ms: int | None, max_bytes: int, what: str = "input") -> RawDocument:
    return RawDocument(
        source, data[:KEPT_BYTES], mtime_ms, error=f"{what} larger than the {max_bytes}-byte limit (not read further)"
    )


def _read_stream(
    source: str,
    name: str,
    open_stream: Callable[[], BinaryIO],
    mtime_ms: int | None,
    max_bytes: int,
    *,
    nested: bool = False,
) -> Iterator[RawDocument]:
    """One document, or one per line for JSON Lines, from a (decompressing) stream.
    ``nested``: an archive member, which may itself be gzip/bzip2/xz compressed."""
    try:
        stream = open_stream()
    except _READ_ERRORS as err:
        yield RawDocument(source, b"", mtime_ms, error=f"cannot open {source!r}: {type(err).__name__}: {err}")
        return
    if nested:
        stream, name = _decompressed_member(stream, name)
    with stream:
        if _is_json_lines(name):
            yield from _json_lines(source, stream, mtime_ms, max_bytes)
            return
        data, error = _read_capped(stream, max_bytes)
    if error:
        yield RawDocument(source, data[:KEPT_BYTES], mtime_ms, error=error)
    elif len(data) > max_bytes:
        yield _oversize(source, data, mtime_ms, max_bytes)
    else:
        yield RawDocument(source, data, mtime_ms)


def _json_lines(source: str, stream: BinaryIO, mtime_ms: int | None, max_bytes: int) -> Iterator[RawDocument]:
    number = 0
    while True:
        number += 1
        line_source = f"{source}:line {number}"
        try:
            line = stream.readline(max_bytes + 1)
        except _READ_ERRORS as err:
            yield RawDocument(
                line_source, b"", mtime_ms, error=f"truncated or corrupt data: {type(err).__name__}: {err}"
            )
            return
        if not line:
            return
        if len(line) > max_bytes:
            # Skipping to the next newline could mean decompressing a bomb: stop here, and say so.
            yield _oversize(line_source, line, mtime_ms, max_bytes, what="line (rest of the file not read)")
            return
        if line.strip():
            yield RawDocument(line_source, line.rstrip(b"\r\n"), mtime_ms)


def _read_tar(path: str, mode: str, mtime_ms: int, max_bytes: int) -> Iterator[RawDocument]:
    last = "the first member"
    try:
        archive = tarfile.open(path, mode)  # type: ignore[call-overload]
    except _READ_ERRORS as err:
        yield RawDocument(path, b"", mtime_ms, error=f"corrupt tar archive: {type(err).__name__}: {err}")
        return
    with archive:
        while True:
            try:
                member = archive.next()
            except _READ_ERRORS as err:
                yield RawDocument(
                    f"{path}!",
                    b"",
                    mtime_ms,
                    error=f"truncated or corrupt archive after {last}: {type(err).__name__}: {err}",
                )
                return
            if member is None:
                break
            if not member.isfile():
                continue  # folders, links, devices: not documents
            last = f"member {member.name!r}"
            source = f"{path}!{member.name}"
            member_mtime = int(member.mtime * 1000) if member.mtime else mtime_ms
            try:
                extracted = archive.extractfile(member)
            except _READ_ERRORS as err:
                yield RawDocument(source, b"", member_mtime, error=f"cannot read member: {type(err).__name__}: {err}")
                continue
            if extracted is None:
                continue
            yield from _read_stream(
                source, member.name, lambda extracted=extracted: extracted, member_mtime, max_bytes, nested=True
            )
        if mode == "r:":
            trailing = _trailing_data(path, archive.offset)
            if trailing:
                yield RawDocument(
                    f"{path}!", trailing[:KEPT_BYTES], mtime_ms, error=f"truncated or corrupt tar after {last}"
                )


def _trailing_data(path: str, offset: int) -> bytes:
    """Non-zero bytes after the last header tarfile could read: a cut or damaged
    header, which tarfile itself treats as a quiet end of the archive."""
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            rest = handle.read(KEPT_BYTES)
    except OSError:
        return b""
    return rest if rest.strip(b"\x00") else b""


def _zip_mtime(date_time: tuple[int, ...], fallback: int) -> int:
    try:
        return timegm(tuple(date_time) + (0, 0, 0)) * 1000  # zip times carry no zone: taken as UTC
    except (TypeError, ValueError, OverflowError):
        return fallback


def _read_zip(path: str, mtime_ms: int, max_bytes: int) -> Iterator[RawDocument]:
    try:
        archive = zipfile.ZipFile(path)
    except _READ_ERRORS as err:
        # No central directory (a cut download): recover the members whose local headers survive.
        yield from _salvage_zip(path, mtime_ms, max_bytes, reason=f"{type(err).__name__}: {err}")
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            source = f"{path}!{info.filename}"
            member_mtime = _zip_mtime(info.date_time, mtime_ms)
            yield from _read_stream(
                source, info.filename, lambda info=info: archive.open(info), member_mtime, max_bytes, nested=True
            )


_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


def _salvage_zip(path: str, mtime_ms: int, max_bytes: int, *, reason: str) -> Iterator[RawDocument]:
    recovered = 0
    try:
        with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for match in re.finditer(rb"PK\x03\x04", data):
                start = match.start()
                if start + _LOCAL_HEADER.size > len(data):
                    break
                _, _, flags, method, mod_time, mod_date, _, size, _, name_len, extra_len = _LOCAL_HEADER.unpack_from(
                    data, start
                )
                name = bytes(data[start + 30 : start + 30 + name_len]).decode("utf-8", errors="replace")
                if not name or name.endswith("/"):
                    continue
                begin = start + 30 + name_len + extra_len
                source = f"{path}!{name}"
                member_mtime = _zip_mtime(
                    (
                        (mod_date >> 9) + 1980,
                        (mod_date >> 5) & 15,
                        mod_date & 31,
                        mod_time >> 11,
                        (mod_time >> 5) & 63,
                        0,
                    ),
                    mtime_ms,
                )
                document = _salvage_member(data, begin, method, flags, size, source, member_mtime, max_bytes)
                recovered += document.error is None
                yield document
    except (OSError, ValueError) as err:
        reason = f"{reason}; {type(err).__name__}: {err}"
    yield RawDocument(
        f"{path}!",
        b"",
        mtime_ms,
        error=f"truncated or corrupt zip archive ({reason}); {recovered} member(s) recovered from local headers",
    )


def _salvage_member(
    data: mmap.mmap, begin: int, method: int, flags: int, size: int, source: str, mtime_ms: int, max_bytes: int
) -> RawDocument:
    sized = not flags & 0x08  # bit 3: sizes come after the data, not in the header
    if method == 0 and sized:
        content = bytes(data[begin : begin + min(size, max_bytes + 1)])
        if len(content) < min(size, max_bytes + 1):
            return RawDocument(source, content[:KEPT_BYTES], mtime_ms, error="member cut short (truncated zip)")
    elif method == 8:
        inflater = zlib.decompressobj(-15)
        try:
            content = inflater.decompress(bytes(data[begin : begin + 4 * max_bytes + 65536]), max_bytes + 1)
        except zlib.error as err:
            return RawDocument(source, b"", mtime_ms, error=f"corrupt zip member: {err}")
        if not inflater.eof and len(content) <= max_bytes:
            return RawDocument(source, content[:KEPT_BYTES], mtime_ms, error="member cut short (truncated zip)")
    else:
        return RawDocument(source, b"", mtime_ms, error=f"zip member with unsupported compression method {method}")
    if len(content) > max_bytes:
        return _oversize(source, content, mtime_ms, max_bytes)
    return RawDocument(source, content, mtime_ms)


def read_bytes(source: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument]:
    """The documents in an in-memory blob (a Pub/Sub payload), capped the same way."""
    if len(data) > max_bytes:
        yield _oversize(source, data, None, max_bytes)
        return
    yield from _read_stream(source, source, lambda: io.BytesIO(data), None, max_bytes)
