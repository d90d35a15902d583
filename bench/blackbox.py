"""The batch black-box checks of issue 15, each a ``wire-ingest run`` in its own process group:
wall time, the peak RSS summed over the whole group (sampled every 0.2 s) and the CPU seconds of
the processes seen.

    python bench/blackbox.py [--work DIR] [--only long24 bomb roster quotes]

Inputs, invented and built here with fixed seeds:

- ``long24``: 24 plain-text stories of 256 KiB of ordinary news-like text (6 MiB);
- ``bomb``: a ``.tar.gz`` of 300 members, each the same 1 MiB of repeated text (about 1 MiB stored);
- ``roster``: a 1,500-line roster of capitalised names under a story naming an acronym (one long
  run of capitalised words: what makes acronym spelling-out slow);
- ``quotes``: a story of about 19,000 tokens dense with quotes and pronoun attributions.

Wall times on a shared machine are noisy: read them with the CPU seconds and the load average
printed beside them.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

FIRST = ["Maria", "Tomas", "Ines", "Peter", "Aisha", "Olu", "Karin", "Diego", "Hana", "Viktor", "Lena", "Samuel"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Brennan", "Castillo", "Novak", "Ferreira", "Haddad", "Kowalski"]
PLACES = ["Riverton", "Port Alder", "Greymouth", "Lakeside", "Northbridge", "Santa Veda", "Kessler County"]
ORGS = ["the Harbour Authority", "Northbridge Council", "the Ministry of Transport", "Alder Freight Ltd"]


def _sentence(rng: random.Random) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(4)
    if kind == 0:
        return f'"We expect the {rng.choice(["bridge", "port", "line"])} to reopen by {rng.choice(["March", "June"])}," {person} said.'
    if kind == 1:
        return f"Officials in {rng.choice(PLACES)} met {rng.choice(ORGS)} on Monday to discuss {rng.randrange(2, 90)} proposals."
    if kind == 2:
        return (
            f"{person}, a spokesperson for {rng.choice(ORGS)}, said the review would take {rng.randrange(2, 12)} weeks."
        )
    return f"The plan, which costs about {rng.randrange(3, 400)} million, drew criticism from residents of {rng.choice(PLACES)}."


def make_long24(folder: Path) -> None:
    rng = random.Random(7)
    for n in range(24):
        paragraphs, size = [], 0
        while size < 256 * 1024:
            paragraph = " ".join(_sentence(rng) for _ in range(rng.randrange(2, 6)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        text = f"Long report number {n} on the harbour works\n\n" + "\n\n".join(paragraphs)
        (folder / f"long-{n:03d}.txt").write_text(text[: 256 * 1024], encoding="utf-8")


def make_bomb(folder: Path) -> None:
    paragraph = b"The harbour board met on Monday and voted to repair the north pier before the winter storms.\n\n"
    body = (paragraph * (1048576 // len(paragraph) + 1))[:1048576]
    with tarfile.open(folder / "bomb.tar.gz", "w:gz") as archive:
        for n in range(300):
            info = tarfile.TarInfo(f"feed/{n:04d}.txt")
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))


def make_roster(folder: Path) -> None:
    rng = random.Random(5)
    lines = [f"{rng.choice(FIRST)} {rng.choice(LAST)} Riverton" for _ in range(1500)]
    text = (
        "Squads named for the games\n\nThe RGSA said on Monday that the RGSA list below is final. "
        "Officials of the RGSA in Riverton confirmed it.\n\n" + "\n".join(lines) + "\n"
    )
    (folder / "roster.txt").write_text(text, encoding="utf-8")


def make_quotes(folder: Path) -> None:
    rng = random.Random(3)
    words = ["harbour", "council", "budget", "ferry", "repairs", "bridge", "vote", "plan", "residents", "traffic"]
    paragraphs: list[str] = []
    while sum(len(p) for p in paragraphs) < 80_000:
        said = " ".join(rng.choice(words) for _ in range(rng.randrange(8, 20)))
        paragraphs.append(
            f'"The {said} will not wait," he said. "We have asked for {rng.randrange(2, 50)} more days," '
            'she added, "and the answer was no."'
        )
    (folder / "quotes.txt").write_text("Talks stall\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


INPUTS = {"long24": make_long24, "bomb": make_bomb, "roster": make_roster, "quotes": make_quotes}


def _group(pgid: int) -> tuple[int, dict[str, float]]:
    """RSS (kB) summed over the process group, and CPU seconds per pid."""
    rss, cpu = 0, {}
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
            with open(f"/proc/{pid}/status") as handle:
                rss += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))
        except (OSError, ValueError, StopIteration):
            continue
    return rss, cpu


def measure(args: list[str], log: Path, limit_s: float) -> dict:
    started = time.monotonic()
    with open(log, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        peak, cpu = 0, {}
        while process.poll() is None and time.monotonic() - started < limit_s:
            rss, seen = _group(process.pid)
            peak, cpu = max(peak, rss), {**cpu, **seen}
            time.sleep(0.2)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
    return {
        "exit": process.returncode,
        "wall_s": round(time.monotonic() - started, 1),
        "peak_group_rss_mb": peak // 1024,
        "cpu_s": round(sum(cpu.values())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default=None, help="folder for inputs and outputs (default: a new temp folder)")
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), default=sorted(INPUTS))
    parser.add_argument("--limit-seconds", type=float, default=900)
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="wire-ingest-blackbox-"))
    for name in args.only:
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        INPUTS[name](folder)
        out = work / f"out-{name}"
        command = [sys.executable, "-m", "pipeline", "run", "--input", str(folder), "--output", str(out)]
        result = measure(command, work / f"{name}.log", args.limit_seconds)
        summary = (work / f"{name}.log").read_text(errors="replace").strip().splitlines()[-1:]
        print(f"{name}: {result} load {os.getloadavg()[0]:.1f} | {summary[0] if summary else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
