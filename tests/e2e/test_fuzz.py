"""Time-boxed fuzzing with fixed seeds: mutants of every format's fixtures through every parser,
and a whole replay of a folder and an archive of mutants. Nothing may raise out of the parse
stage, hang, or vanish: every input is accounted for. Same seeds, same mutants, every run."""

from __future__ import annotations

import io
import random
import re
import signal
import tarfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.formats.base import ParseError, Rejected
from pipeline.formats.registry import parse_document, parsers
from pipeline.model import RawDocument, Story

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
FIXTURES = sorted(p for p in FORMATS.iterdir() if p.suffix != ".md")
# Bytes that mean something to some format: markup, entities, JSON, wire framing, encodings.
TOKENS = [
    b"<",
    b"</",
    b">",
    b"&",
    b"&amp;",
    b"]]>",
    b"<![CDATA[",
    b'"',
    b"{",
    b"}",
    b"[",
    b"\\u00",
    b"\x01",
    b"\x02",
    b"\x03",
    b"\x04",
    b"\x16",
    b"\x1e",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\n\n",
    b"\r\n",
    b"\x00",
    b"ZCZC",
    b"NNNN",
    b'<!DOCTYPE a [<!ENTITY b "cccccccc">]>',
    b'"said,"',
    b"\xe2\x80\x9c",
]
PER_DOCUMENT_SECONDS = 5


def mutant(data: bytes, rng: random.Random) -> bytes:
    """One to four edits of ``data``: a flipped byte, a cut, a duplicated span, a token, a truncation."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(max(1, len(out)))
        kind = rng.randrange(5)
        if kind == 0 and out:
            out[at] = rng.randrange(256)
        elif kind == 1:
            del out[at : at + rng.randint(1, 64)]
        elif kind == 2:
            out[at:at] = out[at : at + rng.randint(1, 256)] * rng.randint(1, 8)
        elif kind == 3:
            out[at:at] = rng.choice(TOKENS) * rng.randint(1, 3)
        else:
            del out[at:]
    return bytes(out)


@contextmanager
def time_box(seconds: int, what: str):
    """Fail (instead of hanging) when the block runs past ``seconds`` (main thread, POSIX)."""

    def expired(signum, frame):
        raise TimeoutError(f"{what} ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("parser", parsers(), ids=lambda p: p.name)
def test_every_parser_on_mutants_of_every_fixture(parser):
    rng = random.Random(f"fuzz-{parser.name}")  # a fixed seed per parser
    for fixture in FIXTURES:
        original = fixture.read_bytes()
        for n in range(12):
            data = mutant(original, rng)
            doc = RawDocument(f"{fixture.name}#{n}", data)
            with time_box(PER_DOCUMENT_SECONDS, f"{parser.name} on mutant {n} of {fixture.name}"):
                try:
                    results = list(parser.parse(doc))
                except (ParseError, RecursionError):
                    continue
                except Exception as err:  # noqa: BLE001  reported by parse_document, but a parser bug all the same
                    pytest.fail(f"{parser.name} raised {type(err).__name__}: {err} on mutant {n} of {fixture.name}")
            assert all(isinstance(r, (Story, Rejected)) for r in results)


def test_parse_document_accounts_for_every_mutant():
    rng = random.Random("fuzz-detect")
    for fixture in FIXTURES:
        for n in range(25):
            doc = RawDocument(f"{fixture.name}#{n}", mutant(fixture.read_bytes(), rng))
            with time_box(PER_DOCUMENT_SECONDS, f"parse_document on mutant {n} of {fixture.name}"):
                results = parse_document(doc)
            assert results, f"mutant {n} of {fixture.name} vanished"
            for story in (r for r in results if isinstance(r, Story)):
                assert isinstance(story.body, str) and story.story_id


def test_a_whole_replay_of_mutants_accounts_for_every_input(tmp_path):
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.replay import run_replay
    from tests.avro_files import read_avro_folder

    rng = random.Random("fuzz-replay")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    expected: set[str] = set()
    for fixture in FIXTURES:
        path = inbox / f"{fixture.stem}-mutant{fixture.suffix}"
        path.write_bytes(mutant(fixture.read_bytes(), rng))
        expected.add(str(path))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for n, fixture in enumerate(FIXTURES[:6]):
            data = mutant(fixture.read_bytes(), rng)
            info = tarfile.TarInfo(f"m{n}-{fixture.name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            expected.add(f"{inbox / 'mutants.tar.gz'}!{info.name}")
    (inbox / "mutants.tar.gz").write_bytes(buffer.getvalue())
    out = tmp_path / "out"
    options = PipelineOptions(["--input", str(inbox), "--output", str(out), "--direct_num_workers", "1"])
    started = time.monotonic()
    with time_box(300, "the replay of mutants"):
        summary = run_replay(options, progress=io.StringIO())
    assert summary.balanced and summary.read >= len(expected), summary.line()
    records = read_avro_folder(out / "stories") + read_avro_folder(out / "deadletter")
    # A story's source is its file or member, with ":line N" (JSON Lines) or "#..." (one message
    # of a wire capture) after it; a damaged archive's own dead letter ends in "!".
    sources = {re.sub(r"(:line \d+|#.*)$", "", r["source"]) for r in records}
    whole_archive = any(s.endswith("mutants.tar.gz!") for s in sources)
    missing = {e for e in expected - sources if not (whole_archive and "mutants.tar.gz!" in e)}
    assert not missing, sorted(missing)
    assert time.monotonic() - started < 300
