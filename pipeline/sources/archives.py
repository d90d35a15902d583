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

An archive (or a compressed file) also has a budget as a whole (``ArchiveBudget``): members,
bytes unpacked, and bytes unpacked per byte of archive once past a floor. A member past the
budget is not read: it comes out as a ``RawDocument`` with the reason, so every member is still
accounted for; the listing itself stops at twice ``max_members``, or twice ``max_bytes`` unpacked, with
one document saying so. Zip entries whose data overlaps an earlier entry's (the trick of
non-recursive zip bombs) and zip members that would unpack past the ratio on their own are
refused the same way.

Files are found and read through Beam's ``FileSystems``: local paths, ``gs://``, and any
filesystem Beam has registered.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import mmap
import re
import struct
import tarfile
import zipfile
import zlib
from calendar import timegm
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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

__all__ = ["DEFAULT_MAX_BYTES", "ArchiveBudget", "expand_inputs", "input_bytes", "input_files", "read_documents"]


_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class InputFile:
    """One file to read: its path (local or a Beam filesystem URI), size and modification time."""

    path: str
    size: int
    mtime_ms: int | None


def input_files(patterns: list[str]) -> list[InputFile]:
    """Files, folders (recursively, hidden files and folders skipped) and globs to a sorted
    list of files, through Beam's ``FileSystems``. ``FileNotFoundError`` names the first
    pattern matching none."""
    from apache_beam.io.filesystems import FileSystems

    found: dict[str, InputFile] = {}
    for pattern in patterns:
        if _GLOB.search(pattern):
            base, globs = _GLOB.split(pattern, 1)[0].rsplit("/", 1)[0], [pattern]
        else:
            base, globs = pattern.rstrip("/"), [FileSystems.join(pattern.rstrip("/"), "**"), pattern]
        matched = []
        for glob in globs:  # a folder's files, else the file itself
            matched = [
                m for m in _match(glob) if not _hidden(m.path, base) and m.path.rstrip("/") != base or m.path == pattern
            ]
            if matched:
                break
        for metadata in matched:
            when = metadata.last_updated_in_seconds
            found[metadata.path] = InputFile(metadata.path, metadata.size_in_bytes, int(when * 1000) if when else None)
        if not matched:
            raise FileNotFoundError(f"input {pattern!r} matches no file")
    return [found[path] for path in sorted(found)]


def _match(pattern: str) -> list:
    from apache_beam.io.filesystems import FileSystems

    try:
        return [m for m in FileSystems.match([pattern])[0].metadata_list if not _is_local_folder(m.path)]
    except Exception:  # noqa: BLE001  BeamIOError, a bad pattern, an unknown scheme: matches nothing
        return []


def _is_local_folder(path: str) -> bool:
    import os.path

    return "://" not in path and os.path.isdir(path)


def _hidden(path: str, base: str) -> bool:
    relative = path[len(base) :] if path.startswith(base) else path.rsplit("/", 1)[-1]
    return any(part.startswith(".") for part in relative.split("/") if part)


def expand_inputs(patterns: list[str]) -> list[str]:
    """The paths of ``input_files(patterns)``."""
    return [f.path for f in input_files(patterns)]


def input_bytes(patterns: list[str]) -> int:
    """Bytes stored of every file the patterns name (archives as stored, not unpacked); raises
    ``FileNotFoundError`` as ``input_files`` does."""
    return sum(f.size for f in input_files(patterns))


@dataclass(frozen=True)
class ArchiveBudget:
    """What one archive (or compressed file) may cost as a whole; see the module docstring."""

    max_members: int = 100_000
    max_bytes: int = 1 << 30
    max_ratio: float = 50.0
    #: Below this much unpacked, the ratio is not checked (a small, very repetitive file is fine).
    ratio_floor: int = 16 << 20

    def __post_init__(self) -> None:
        if self.max_members < 1 or self.max_bytes < 1 or not self.max_ratio > 1 or self.ratio_floor < 0:
            raise ValueError(f"archive budget must be positive (ratio above 1), got {self}")


class _Tally:
    """What one archive has cost so far, against its budget."""

    def __init__(self, budget: ArchiveBudget, packed: int) -> None:
        self.budget = budget
        self.packed = max(1, packed)
        self.members = 0
        self.unpacked = 0
        self.exceeded: str | None = None

    def limit(self) -> int:
        by_ratio = max(self.budget.ratio_floor, int(self.budget.max_ratio * self.packed))
        return min(self.budget.max_bytes, by_ratio)

    def room(self) -> int:
        return max(0, self.limit() - self.unpacked)

    def admit(self) -> str | None:
        """Count one more member: the reason it may not be read, or None."""
        self.members += 1
        if self.exceeded is None and self.members > self.budget.max_members:
            self.exceeded = f"archive budget exceeded: more than {self.budget.max_members} members"
        return f"{self.exceeded}: member not read" if self.exceeded else None

    def spend(self, size: int) -> None:
        self.unpacked += size

    def overrun(self) -> str:
        """The budget just ran out inside a member: say which one."""
        if self.limit() < self.budget.max_bytes:
            self.exceeded = (
                f"archive budget exceeded: over {self.limit()} bytes unpacked from a {self.packed}-byte archive "
                f"(more than {self.budget.max_ratio:g} times its size)"
            )
        else:
            self.exceeded = f"archive budget exceeded: over {self.budget.max_bytes} bytes unpacked"
        return f"{self.exceeded}: member not read further"

    def stop_listing(self, unpacked_offset: int) -> bool:
        """Past the budget, members are still listed (each gets its dead letter), within a bound:
        listing a tar means unpacking it."""
        return self.members > 2 * self.budget.max_members or unpacked_offset > 2 * self.budget.max_bytes + (64 << 20)


def read_documents(
    path: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    budget: ArchiveBudget | None = None,
    mtime_ms: int | None = None,
    size: int | None = None,
) -> Iterator[RawDocument]:
    """Every document in the file at ``path`` (local or a Beam filesystem URI); never raises for
    bad content. ``mtime_ms`` and ``size`` come from the listing when known."""
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    budget = budget or ArchiveBudget()
    try:
        if mtime_ms is None or size is None:
            mtime_ms, size = _metadata(path)
        with _open(path) as handle:
            magic = handle.read(512)
    except OSError as err:
        yield RawDocument(path, b"", error=f"cannot read file {path!r}: {err.strerror or err}")
        return
    count = 0
    tally = _Tally(budget, size or 0)
    for count, document in enumerate(_documents(path, magic, mtime_ms, max_bytes, tally), start=1):  # noqa: B007
        yield document
    if count == 0:
        # An empty archive or a JSON Lines file of blank lines: seen, so accounted for.
        yield RawDocument(path, b"", mtime_ms, error="empty input: no document in the file")


def _metadata(path: str) -> tuple[int | None, int]:
    """(modification time in ms, size) of one file; ``FileNotFoundError`` when there is none."""
    from apache_beam.io.filesystems import FileSystems

    try:
        listed = FileSystems.match([path])[0].metadata_list
    except Exception as err:  # noqa: BLE001  BeamIOError and friends
        raise FileNotFoundError(f"no such file: {err}") from err
    for metadata in listed:
        if metadata.path == path and not _is_local_folder(path):
            when = metadata.last_updated_in_seconds
            return (int(when * 1000) if when else None), metadata.size_in_bytes
    raise FileNotFoundError("no such file")


def _open(path: str) -> BinaryIO:
    """The file's bytes as stored (no decompression by file name: content decides)."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def _documents(path: str, magic: bytes, mtime_ms: int | None, max_bytes: int, tally: _Tally) -> Iterator[RawDocument]:
    opener = _decompressor(magic)
    if magic.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        yield from _read_zip(path, mtime_ms, max_bytes, tally)
    elif opener is not None:
        if _is_tar(_peek(opener, path)):
            yield from _read_tar(path, opener, mtime_ms, max_bytes, tally)
        else:
            yield from _read_stream(
                path, _inner_name(path), lambda: opener(_open(path)), mtime_ms, max_bytes, tally=tally
            )
    elif _is_tar(magic):
        yield from _read_tar(path, None, mtime_ms, max_bytes, tally)
    else:
        yield from _read_stream(path, path, lambda: _open(path), mtime_ms, max_bytes)


def _decompressor(magic: bytes) -> Callable[[BinaryIO], BinaryIO] | None:
    """A decompressing reader over a file object, chosen by the first bytes."""
    if magic.startswith(b"\x1f\x8b"):
        return lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")
    if magic.startswith(b"BZh") and magic[3:4].isdigit():
        return lambda raw: bz2.BZ2File(raw)  # type: ignore[return-value]
    if magic.startswith(b"\xfd7zXZ\x00"):
        return lambda raw: lzma.LZMAFile(raw)  # type: ignore[return-value]
    return None


def _peek(opener: Callable[[BinaryIO], BinaryIO], path: str) -> bytes:
    try:
        with _open(path) as raw, opener(raw) as stream:
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
    tally: _Tally | None = None,
) -> Iterator[RawDocument]:
    """One document, or one per line for JSON Lines, from a (decompressing) stream.
    ``nested``: an archive member, which may itself be gzip/bzip2/xz compressed. ``tally``: the
    archive's budget, which the bytes read count against."""
    try:
        stream = open_stream()
    except _READ_ERRORS as err:
        yield RawDocument(source, b"", mtime_ms, error=f"cannot open {source!r}: {type(err).__name__}: {err}")
        return
    if nested:
        stream, name = _decompressed_member(stream, name)
    with stream:
        if _is_json_lines(name):
            yield from _json_lines(source, stream, mtime_ms, max_bytes, tally)
            return
        room = tally.room() if tally is not None else max_bytes
        data, error = _read_capped(stream, min(max_bytes, room))
    if tally is not None:
        tally.spend(len(data))
    if error:
        yield RawDocument(source, data[:KEPT_BYTES], mtime_ms, error=error)
    elif len(data) > max_bytes:
        yield _oversize(source, data, mtime_ms, max_bytes)
    elif tally is not None and len(data) > room:
        yield RawDocument(source, data[:KEPT_BYTES], mtime_ms, error=tally.overrun())
    else:
        yield RawDocument(source, data, mtime_ms)


def _json_lines(
    source: str, stream: BinaryIO, mtime_ms: int | None, max_bytes: int, tally: _Tally | None = None
) -> Iterator[RawDocument]:
    number = 0
    while True:
        number += 1
        line_source = f"{source}:line {number}"
        if tally is not None and tally.exceeded:
            # Listing lines means reading them: one document says where the file was left.
            yield RawDocument(line_source, b"", mtime_ms, error=f"{tally.exceeded}: rest of the file not read")
            return
        room = tally.room() if tally is not None else max_bytes
        try:
            line = stream.readline(min(max_bytes, room) + 1)
        except _READ_ERRORS as err:
            yield RawDocument(
                line_source, b"", mtime_ms, error=f"truncated or corrupt data: {type(err).__name__}: {err}"
            )
            return
        if not line:
            return
        if tally is not None:
            tally.spend(len(line))
        if len(line) > max_bytes:
            # Skipping to the next newline could mean decompressing a bomb: stop here, and say so.
            yield _oversize(line_source, line, mtime_ms, max_bytes, what="line (rest of the file not read)")
            return
        if tally is not None and len(line) > room:
            yield RawDocument(
                line_source, line[:KEPT_BYTES], mtime_ms, error=f"{tally.overrun()}; rest of the file not read"
            )
            return
        if line.strip():
            refusal = tally.admit() if tally is not None else None
            if refusal:
                yield RawDocument(line_source, b"", mtime_ms, error=f"{refusal}; rest of the file not read")
                return
            yield RawDocument(line_source, line.rstrip(b"\r\n"), mtime_ms)


def _read_tar(
    path: str, opener: Callable[[BinaryIO], BinaryIO] | None, mtime_ms: int | None, max_bytes: int, tally: _Tally
) -> Iterator[RawDocument]:
    last = "the first member"
    try:
        raw = _open(path)
        archive = tarfile.open(fileobj=opener(raw) if opener else raw, mode="r:")
    except _READ_ERRORS as err:
        yield RawDocument(path, b"", mtime_ms, error=f"corrupt tar archive: {type(err).__name__}: {err}")
        return
    with raw, archive:
        while True:
            if tally.exceeded and tally.stop_listing(archive.offset):
                yield RawDocument(
                    f"{path}!", b"", mtime_ms, error=f"{tally.exceeded}: the rest of the archive not listed"
                )
                return
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
            refusal = tally.admit()
            if refusal:
                yield RawDocument(source, b"", member_mtime, error=refusal)
                continue
            try:
                extracted = archive.extractfile(member)
            except _READ_ERRORS as err:
                yield RawDocument(source, b"", member_mtime, error=f"cannot read member: {type(err).__name__}: {err}")
                continue
            if extracted is None:
                continue
            yield from _read_stream(
                source,
                member.name,
                lambda extracted=extracted: extracted,
                member_mtime,
                max_bytes,
                nested=True,
                tally=tally,
            )
        if opener is None:
            trailing = _trailing_data(path, archive.offset)
            if trailing:
                yield RawDocument(
                    f"{path}!", trailing[:KEPT_BYTES], mtime_ms, error=f"truncated or corrupt tar after {last}"
                )


def _trailing_data(path: str, offset: int) -> bytes:
    """Non-zero bytes after the last header tarfile could read: a cut or damaged
    header, which tarfile itself treats as a quiet end of the archive."""
    try:
        with _open(path) as handle:
            handle.seek(offset)
            rest = handle.read(KEPT_BYTES)
    except OSError:
        return b""
    return rest if rest.strip(b"\x00") else b""


def _zip_mtime(date_time: tuple[int, ...], fallback: int | None) -> int | None:
    try:
        return timegm(tuple(date_time) + (0, 0, 0)) * 1000  # zip times carry no zone: taken as UTC
    except (TypeError, ValueError, OverflowError):
        return fallback


def _read_zip(path: str, mtime_ms: int | None, max_bytes: int, tally: _Tally) -> Iterator[RawDocument]:
    try:
        raw = _open(path)
        archive = zipfile.ZipFile(raw)
    except _READ_ERRORS as err:
        # No central directory (a cut download): recover the members whose local headers survive.
        yield from _salvage_zip(path, mtime_ms, max_bytes, tally, reason=f"{type(err).__name__}: {err}")
        return
    with raw, archive:
        overlapping = _overlapping_entries(archive.infolist())
        for info in archive.infolist():
            if info.is_dir():
                continue
            source = f"{path}!{info.filename}"
            member_mtime = _zip_mtime(info.date_time, mtime_ms)
            if tally.exceeded and tally.stop_listing(0):
                yield RawDocument(
                    f"{path}!", b"", mtime_ms, error=f"{tally.exceeded}: the rest of the archive not listed"
                )
                return
            refusal = tally.admit() or overlapping.get(info.filename) or _bomb_member(info, tally.budget)
            if refusal:
                yield RawDocument(source, b"", member_mtime, error=refusal)
                continue
            yield from _read_stream(
                source,
                info.filename,
                lambda info=info: archive.open(info),
                member_mtime,
                max_bytes,
                nested=True,
                tally=tally,
            )


def _overlapping_entries(infos: list[zipfile.ZipInfo]) -> dict[str, str]:
    """Entries whose data starts inside an earlier entry's (how a zip bomb reuses one compressed
    block for many members), each with the reason it is not read."""
    refused: dict[str, str] = {}
    previous: zipfile.ZipInfo | None = None
    for info in sorted(infos, key=lambda i: i.header_offset):
        if previous is not None and info.header_offset < previous.header_offset + 30 + previous.compress_size:
            refused[info.filename] = (
                f"zip entry overlaps entry {previous.filename!r} (a zip bomb's trick): member not read"
            )
            continue
        previous = info
    return refused


def _bomb_member(info: zipfile.ZipInfo, budget: ArchiveBudget) -> str | None:
    if info.file_size > budget.ratio_floor and info.file_size > budget.max_ratio * max(1, info.compress_size):
        return (
            f"archive budget exceeded: member would unpack {info.file_size} bytes from {info.compress_size} "
            f"(more than {budget.max_ratio:g} times): member not read"
        )
    return None


_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


def _salvage_zip(
    path: str, mtime_ms: int | None, max_bytes: int, tally: _Tally, *, reason: str
) -> Iterator[RawDocument]:
    recovered = 0
    try:
        with _zip_bytes(path, tally.budget.max_bytes) as data:
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
                refusal = tally.admit()
                if refusal:
                    yield RawDocument(source, b"", member_mtime, error=refusal)
                    continue
                if tally.room() < 1:
                    yield RawDocument(source, b"", member_mtime, error=tally.overrun())
                    continue
                document = _salvage_member(
                    data, begin, method, flags, size, source, member_mtime, min(max_bytes, tally.room())
                )
                tally.spend(len(document.data))
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


class _zip_bytes:
    """A damaged zip's bytes: memory-mapped when local, else read (at most ``cap`` bytes)."""

    def __init__(self, path: str, cap: int) -> None:
        self.path, self.cap, self.handle, self.data = path, cap, None, None

    def __enter__(self):
        if "://" not in self.path:
            self.handle = open(self.path, "rb")  # noqa: SIM115
            self.data = mmap.mmap(self.handle.fileno(), 0, access=mmap.ACCESS_READ)
            return self.data
        with _open(self.path) as remote:
            return remote.read(self.cap)

    def __exit__(self, *exc) -> None:
        if self.data is not None:
            self.data.close()
        if self.handle is not None:
            self.handle.close()


def _salvage_member(
    data, begin: int, method: int, flags: int, size: int, source: str, mtime_ms: int, max_bytes: int
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
