"""Archives read member by member, capped, and damaged ones reported, not raised."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import random
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from pipeline.formats import parse_document
from pipeline.model import Story
from pipeline.sources.archives import ArchiveBudget, expand_inputs, read_bytes, read_documents

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
MEMBERS = ["nitf-own-english.xml", "ninjs-3.0-own.json", "anpa1312-fed-rates.anpa", "newsml1-afp-style.xml"]
MTIME = 1_700_000_000  # seconds


def _tar(path: Path, mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:
        for name in MEMBERS:
            data = (FORMATS / name).read_bytes()
            info = tarfile.TarInfo(f"wire/{name}")
            info.size, info.mtime = len(data), MTIME
            archive.addfile(info, io.BytesIO(data))
    return path


def _jsonl() -> bytes:
    return b'{"uri": "a", "headline": "Alpha", "body_text": "First story."}\n\n{"uri": "b", "headline": "Beta"}\n'


def test_plain_file_with_mtime(tmp_path):
    path = tmp_path / "story.xml"
    path.write_bytes((FORMATS / "nitf-own-english.xml").read_bytes())
    os.utime(path, (MTIME, MTIME))
    (doc,) = read_documents(str(path))
    assert doc.source == str(path) and doc.error is None and doc.mtime_ms == MTIME * 1000
    assert doc.data == path.read_bytes()


@pytest.mark.parametrize("mode", ["w:gz", "w:bz2", "w:xz", "w:"])
def test_tar_members_come_out_named_with_their_mtime(tmp_path, mode):
    path = _tar(tmp_path / "replay.archive", mode)  # no telling extension: detected by content
    docs = list(read_documents(str(path)))
    assert [d.source for d in docs] == [f"{path}!wire/{name}" for name in MEMBERS]
    assert all(d.error is None and d.mtime_ms == MTIME * 1000 for d in docs)
    stories = [r for d in docs for r in parse_document(d)]
    assert [s.format for s in stories] == ["nitf", "ninjs", "anpa1312", "newsml1"]


def test_zip_members(tmp_path):
    path = tmp_path / "replay.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in MEMBERS:
            archive.writestr(zipfile.ZipInfo(f"in/{name}", (2024, 3, 5, 10, 0, 0)), (FORMATS / name).read_bytes())
        archive.writestr("in/folder/", b"")
    docs = list(read_documents(str(path)))
    assert [d.source for d in docs] == [f"{path}!in/{name}" for name in MEMBERS]
    assert docs[0].mtime_ms == 1709632800000 and docs[0].data == (FORMATS / MEMBERS[0]).read_bytes()


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_compressed_json_lines_one_document_a_line(tmp_path, compress):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(compress(_jsonl()))
    docs = list(read_documents(str(path)))
    assert [d.source for d in docs] == [f"{path}:line 1", f"{path}:line 3"]
    (story,) = parse_document(docs[0])
    assert isinstance(story, Story) and story.source == f"{path}:line 1" and story.story_id == "a"


def test_json_lines_inside_a_tar(tmp_path):
    path = tmp_path / "a.tar"
    with tarfile.open(path, "w") as archive:
        info = tarfile.TarInfo("day/feed.ndjson")
        info.size = len(_jsonl())
        archive.addfile(info, io.BytesIO(_jsonl()))
    assert [d.source for d in read_documents(str(path))] == [f"{path}!day/feed.ndjson:line 1", f"{path}!day/feed.ndjson:line 3"]  # fmt: skip


def test_gzip_bomb_is_capped_and_rejected_quickly(tmp_path):
    path = tmp_path / "bomb.xml.gz"
    with gzip.open(path, "wb", compresslevel=9) as out:
        chunk = bytes(1 << 20)
        for _ in range(200):  # 200 MB of zeros, ~200 KB on disk
            out.write(chunk)
    started = time.perf_counter()
    (doc,) = read_documents(str(path), max_bytes=1 << 20)
    assert time.perf_counter() - started < 2.0
    assert doc.error and "larger than the 1048576-byte limit" in doc.error
    assert 0 < len(doc.data) <= 64 * 1024  # the first bytes, for the dead letter
    (rejected,) = parse_document(doc)
    assert rejected.reason == doc.error


def test_oversize_member_is_dead_lettered_and_the_others_still_read(tmp_path):
    path = tmp_path / "mixed.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in [("big.txt", b"x" * 5000), ("small.txt", b"Small story\n\nBody text.")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    big, small = read_documents(str(path), max_bytes=4096)
    assert big.error and "4096-byte limit" in big.error and big.source.endswith("!big.txt")
    assert small.error is None and small.data == b"Small story\n\nBody text."


def test_oversize_json_line_stops_that_file_with_a_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b'{"uri": "a", "headline": "A"}\n' + b'{"x": "' + b"y" * 5000 + b'"}\n{"uri": "c", "headline": "C"}\n'
    )
    first, second = read_documents(str(path), max_bytes=1024)
    assert first.error is None and second.source == f"{path}:line 2" and "rest of the file not read" in second.error


def test_truncated_tar_gz_keeps_the_good_members_and_reports_the_rest(tmp_path):
    whole = _tar(tmp_path / "whole.tar.gz").read_bytes()
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    docs = list(read_documents(str(path)))
    good = [d for d in docs if d.error is None]
    bad = [d for d in docs if d.error]
    assert good and [d.source for d in good] == [f"{path}!wire/{name}" for name in MEMBERS[: len(good)]]
    assert bad and all("truncated or corrupt" in d.error for d in bad)
    assert all(isinstance(r, Story) for d in good for r in parse_document(d))


def test_truncated_plain_tar(tmp_path):
    whole = _tar(tmp_path / "whole.tar", "w").read_bytes()
    path = tmp_path / "cut.tar"
    path.write_bytes(whole[:2500])  # inside the second member's data
    docs = list(read_documents(str(path)))
    assert docs[0].error is None and docs[0].source.endswith("!wire/nitf-own-english.xml")
    assert any(d.error and "truncated or corrupt" in d.error for d in docs[1:])


def test_truncated_zip_salvages_members_from_local_headers(tmp_path):
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in MEMBERS:
            archive.writestr(name, (FORMATS / name).read_bytes())
    data = whole.read_bytes()
    path = tmp_path / "cut.zip"
    path.write_bytes(data[: len(data) - 600])  # central directory and part of the last member gone
    docs = list(read_documents(str(path)))
    good = [d for d in docs if d.error is None]
    assert [d.source for d in good] == [f"{path}!{name}" for name in MEMBERS[:3]]
    assert good[0].data == (FORMATS / MEMBERS[0]).read_bytes()
    assert docs[-1].error and "truncated or corrupt zip" in docs[-1].error and "3 member(s) recovered" in docs[-1].error


def test_corrupt_gzip_and_unreadable_file_become_error_documents(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"Headline\n\nBody of the story.")[:-12])
    (doc,) = read_documents(str(path))
    assert doc.error and "truncated or corrupt" in doc.error
    (missing,) = read_documents(str(tmp_path / "gone.xml"))
    assert missing.error and "cannot read file" in missing.error


def test_in_memory_payload_is_capped_too():
    (doc,) = read_bytes("pubsub:m1", b"x" * 2000, max_bytes=1000)
    assert doc.error and doc.source == "pubsub:m1"
    assert [d.source for d in read_bytes("m.jsonl", _jsonl())] == ["m.jsonl:line 1", "m.jsonl:line 3"]


def test_expand_inputs_files_folders_globs(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ["a/one.xml", "a/b/two.json", "a/.hidden", "three.txt", "four.txt"]:
        (tmp_path / name).write_text("x")
    found = expand_inputs([str(tmp_path / "a"), str(tmp_path / "*.txt"), str(tmp_path / "three.txt")])
    assert found == sorted(str(tmp_path / n) for n in ["a/one.xml", "a/b/two.json", "three.txt", "four.txt"])
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        expand_inputs([str(tmp_path / "a"), str(tmp_path / "nothing-here*")])


def test_replaying_a_mixed_folder_accounts_for_every_input(tmp_path):
    """Every format, a .tar.gz, a .jsonl.gz and hostile files: each document read
    ends as stories or rejections, and the expected ones are there."""
    inbox = tmp_path / "inbox"
    (inbox / "nested").mkdir(parents=True)
    fixtures = sorted(p for p in FORMATS.iterdir() if p.suffix != ".md")
    for fixture in fixtures:
        (inbox / "nested" / fixture.name).write_bytes(fixture.read_bytes())
    _tar(inbox / "day.tar.gz")
    (inbox / "feed.jsonl.gz").write_bytes(gzip.compress(_jsonl() + b"[1,2,3]\n"))
    hostile = {
        "empty.txt": b"",
        "list.json": b"[1,2,3]",
        "broken.xml": b"<nitf><body>",
        "garbage.bin": random.Random(7).randbytes(512).replace(b"\x00", b"\x01") + b"\x00" * 64,
        "xxe.xml": b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf>&x;</nitf>',
        "bomb.txt.gz": gzip.compress(bytes(3 << 20)),
    }
    for name, data in hostile.items():
        (inbox / name).write_bytes(data)
    cut = _tar(tmp_path / "whole.tar.gz").read_bytes()
    (inbox / "cut.tar.gz").write_bytes(cut[: len(cut) // 2])

    docs = [doc for path in expand_inputs([str(inbox)]) for doc in read_documents(path, max_bytes=1 << 20)]
    results = [(doc, parse_document(doc)) for doc in docs]
    assert all(outcome for _, outcome in results)  # nothing vanished
    stories = [r for _, outcome in results for r in outcome if isinstance(r, Story)]
    rejected = [r for _, outcome in results for r in outcome if not isinstance(r, Story)]
    by_source = {r.source.rsplit("/", 1)[-1]: r for r in rejected}
    for name in [
        "empty.txt",
        "list.json",
        "broken.xml",
        "garbage.bin",
        "xxe.xml",
        "bomb.txt.gz",
        "feed.jsonl.gz:line 4",
    ]:
        assert name in by_source, (name, sorted(by_source))
    assert "larger than" in by_source["bomb.txt.gz"].reason and "unsafe XML" in by_source["xxe.xml"].reason
    assert any("truncated or corrupt" in r.reason for r in rejected if "cut.tar.gz" in r.source)
    formats = {s.format for s in stories}
    assert formats == {"nitf", "ninjs", "newsml_g2", "newsml1", "anpa1312", "iptc7901", "plaintext"}
    assert sum(1 for s in stories if s.source.endswith("feed.jsonl.gz:line 1") or s.source.endswith(":line 3")) == 2
    assert sum(1 for s in stories if "day.tar.gz!" in s.source) == len(MEMBERS)
    assert not any("root:" in s.body for s in stories)  # /etc/passwd never read


def test_compressed_members_are_read_through_one_level(tmp_path):
    path = tmp_path / "day.tar"
    with tarfile.open(path, "w") as archive:
        for name, data in [("feed.jsonl.gz", gzip.compress(_jsonl())), ("story.xml.bz2", bz2.compress(b"<nitf>"))]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    docs = list(read_documents(str(path)))
    assert [d.source for d in docs] == [f"{path}!feed.jsonl.gz:line 1", f"{path}!feed.jsonl.gz:line 3", f"{path}!story.xml.bz2"]  # fmt: skip
    assert docs[2].data == b"<nitf>"


def test_encrypted_zip_member_is_an_error_document(tmp_path):
    path = tmp_path / "locked.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("secret.txt", b"not really encrypted")
        archive.writestr("open.txt", b"Headline\n\nBody.")
    # Mark the first member encrypted (flag bit 0, local and central headers): no password, no read.
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[6] |= 0x1
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    locked, open_member = read_documents(str(path))
    assert locked.error and "encrypted" in locked.error
    assert open_member.error is None and open_member.data == b"Headline\n\nBody."


def test_an_empty_archive_or_blank_json_lines_is_still_accounted_for(tmp_path):
    empty_zip = tmp_path / "empty.zip"
    zipfile.ZipFile(empty_zip, "w").close()
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n  \n")
    for path in (empty_zip, blank):
        (doc,) = read_documents(str(path))
        assert doc.source == str(path) and "no document" in doc.error


def _mutations():
    from hypothesis import strategies as st

    return st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 1 << 16), st.binary(min_size=1, max_size=8)), max_size=4
    )


@pytest.fixture(scope="module")
def archive_blobs(tmp_path_factory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("blobs")
    zipped = folder / "a.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in MEMBERS:
            archive.writestr(name, (FORMATS / name).read_bytes())
    return [
        _tar(folder / "a.tar.gz").read_bytes(),
        _tar(folder / "a.tar", "w").read_bytes(),
        zipped.read_bytes(),
        gzip.compress(_jsonl()),
        bz2.compress((FORMATS / MEMBERS[0]).read_bytes()),
    ]


def test_damaged_archives_never_raise_and_every_file_is_accounted_for(tmp_path, archive_blobs):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(index=st.integers(0, len(archive_blobs) - 1), cut=st.floats(0, 1), ops=_mutations())
    def check(index, cut, ops):
        data = bytearray(archive_blobs[index][: max(1, int(len(archive_blobs[index]) * cut))])
        for kind, position, payload in ops:
            at = position % max(1, len(data))
            if kind == 0:
                data[at : at + len(payload)] = payload
            elif kind == 1:
                data[at:at] = payload
            else:
                del data[at : at + len(payload)]
        path = tmp_path / "damaged"
        path.write_bytes(bytes(data))
        docs = list(read_documents(str(path), max_bytes=1 << 16))
        assert docs
        for doc in docs:
            assert doc.source.startswith(str(path)) and len(doc.data) <= (1 << 16)
            assert parse_document(doc)

    check()


# --- budgets per archive ---------------------------------------------------------------------

PARAGRAPH = b"The harbour board met on Monday and voted to repair the north pier before the winter storms.\n\n"


def _bomb_like(path: Path, members: int, member_bytes: int) -> Path:
    """A tar.gz of very repetitive text members: tiny on disk, large unpacked."""
    body = (PARAGRAPH * (member_bytes // len(PARAGRAPH) + 1))[:member_bytes]
    with tarfile.open(path, "w:gz") as archive:
        for n in range(members):
            info = tarfile.TarInfo(f"feed/{n:04d}.txt")
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))
    return path


def test_an_archive_unpacking_far_beyond_its_size_is_cut_and_every_member_accounted_for(tmp_path):
    """Before the budget, the byte cap was per member only: this archive unpacked whole."""
    path = _bomb_like(tmp_path / "bomb.tar.gz", members=120, member_bytes=64 * 1024)  # 7.5 MiB from ~30 KB
    budget = ArchiveBudget(max_ratio=50, ratio_floor=1 << 20)
    started = time.perf_counter()
    docs = list(read_documents(str(path), budget=budget))
    assert time.perf_counter() - started < 10
    assert [d.source for d in docs] == [f"{path}!feed/{n:04d}.txt" for n in range(120)], "one document a member"
    read = [d for d in docs if d.error is None]
    refused = [d for d in docs if d.error]
    assert 10 <= len(read) <= 40 and sum(len(d.data) for d in read) <= max(1 << 20, 50 * path.stat().st_size)
    assert refused and all("archive budget exceeded" in d.error and "times its size" in d.error for d in refused)


def test_members_past_the_member_budget_are_listed_not_read(tmp_path):
    path = _bomb_like(tmp_path / "many.tar.gz", members=8, member_bytes=200)
    docs = list(read_documents(str(path), budget=ArchiveBudget(max_members=5)))
    assert [d.error is None for d in docs] == [True] * 5 + [False] * 3
    assert all("more than 5 members: member not read" in d.error for d in docs[5:])
    lines = tmp_path / "feed.jsonl.gz"
    lines.write_bytes(gzip.compress(b'{"uri": "a"}\n' * 4))
    docs = list(read_documents(str(lines), budget=ArchiveBudget(max_members=2)))
    assert [d.error is None for d in docs] == [True, True, False] and "rest of the file not read" in docs[2].error


def test_the_byte_budget_stops_inside_a_member(tmp_path):
    path = _bomb_like(tmp_path / "big.tar.gz", members=4, member_bytes=3000)
    docs = list(read_documents(str(path), budget=ArchiveBudget(max_bytes=7000)))
    assert [d.error is None for d in docs] == [True, True, False, False]
    assert "over 7000 bytes unpacked: member not read further" in docs[2].error
    assert "member not read" in docs[3].error


def test_overlapping_zip_entries_and_a_zip_member_over_the_ratio_are_refused(tmp_path):
    path = tmp_path / "overlap.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", PARAGRAPH * 40)
        archive.writestr("b.txt", b"Headline\n\nBody.")
    data = bytearray(path.read_bytes())
    # Point the second central-directory entry at the first entry's local header, as a zip bomb
    # that reuses one compressed block for every member does.
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)
    data[second + 42 : second + 46] = (0).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    first, overlapping = read_documents(str(path))
    assert first.error is None and first.data == PARAGRAPH * 40
    assert overlapping.source.endswith("!b.txt") and "overlaps entry 'a.txt'" in overlapping.error
    dense = tmp_path / "dense.zip"
    with zipfile.ZipFile(dense, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", bytes(400_000))
    (doc,) = read_documents(str(dense), budget=ArchiveBudget(ratio_floor=10_000))
    assert "would unpack 400000 bytes" in doc.error and doc.data == b""
