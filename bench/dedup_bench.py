"""Dedup benchmark: a long synthetic wire stream through the dedup core, and a smaller Beam run.

The stream is built from real stories (an ECB+-format folder and the wire samples): each
record is one of
- a *new event*: a base story with its named entities renamed (names drawn from a fixed list)
  and numbers changed, plus word edits -- a look-alike of the base, not the same event;
- *another report*: a base story already used in the last hours, with word edits and its
  paragraphs partly reordered;
- a *version 2*: the previous story again with a paragraph added and the version raised;
- a *retransmission*: the previous record byte for byte.
Event times advance by ``--spacing-seconds`` per record, so the retention window holds a fixed
number of stories. Every ``--report-every`` records the benchmark prints throughput over the
last stretch and the state size: signatures at the blocking keys, and the decision core's state
(the stories of the retention and the events of the follow-up memory), in entries and in bytes
as the streaming state holds it (pickled), and the CPU time of reading and writing that state
back, which the streaming core does at each timer firing; expiry runs at each report, as the
timers would.
Both must stay flat once the follow-up memory (``--follow-up-days``, 180 by default) is full:
the memory holds the events of the last 180 days, so it fills after 180 days of event time
(with 1,200 s spacing, 72 stories a day, at about 13,000 stories; with the default 30 s,
2,880 a day, only after 518,000).

    python bench/dedup_bench.py --ecbplus ../shared/eval/ecbplus-dev --samples ../shared/samples \
        --stories 100000 --spacing-seconds 1200 --report-every 5000 --beam-stories 0
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from pipeline.dedup.linker import EventLinker, KeyedDeduplicator  # noqa: E402
from pipeline.dedup.matcher import HOUR_MS, DedupParams  # noqa: E402
from pipeline.dedup.signature import signature_of  # noqa: E402
from pipeline.model import Entity, RawDocument, Story  # noqa: E402

T0 = 1_780_000_000_000
NAMES = [
    "Abara",
    "Bellweather",
    "Castellano",
    "Dunmore",
    "Eklund",
    "Fairbanks",
    "Galloway",
    "Halvorsen",
    "Ibarra",
    "Jankowski",
    "Kavanagh",
    "Lindqvist",
    "Marchetti",
    "Nakagawa",
    "Okonkwo",
    "Pemberton",
    "Quintero",
    "Rasmussen",
    "Sandoval",
    "Thornbury",
    "Umberto",
    "Valdivia",
    "Whitcombe",
    "Xavier",
    "Yablonski",
    "Zeller",
]


def base_stories(ecbplus: Path | None, samples: Path | None, spacy_model: str) -> list[Story]:
    from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator
    from pipeline.formats import parse_document

    paths = []
    if ecbplus:
        paths.append(ecbplus / "stories.jsonl")
    if samples:
        paths += sorted(p for p in samples.iterdir() if p.suffix in {".txt", ".json", ".xml"})
    stories = []
    for path in paths:
        for result in parse_document(RawDocument(str(path), path.read_bytes())):
            if isinstance(result, Story) and result.body.strip() and (result.language or "en").startswith("en"):
                stories.append(result)
    if not stories:
        raise SystemExit("no English story with a body found: give --ecbplus and/or --samples")
    StoryAnnotator(spacy_model or DEFAULT_MODEL).annotate(stories)
    return stories


def _edit_words(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    for i in range(len(words)):
        if rng.random() < rate:
            words[i] = rng.choice(["reportedly", "also", "later", "officials", "on", "said"])
    return " ".join(words)


def _reword(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """Two words in five replaced from a shared vocabulary: another writer, another event."""
    words = text.split(" ")
    for i in range(len(words)):
        if rng.random() < 0.4:
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def new_event(base: Story, rng: random.Random, n: int, vocabulary: list[str]) -> Story:
    """A look-alike of ``base``: same kind of happening, other names, numbers and wording."""
    renames = {}
    for entity in base.entities:
        if entity.label in {"PERSON", "ORG", "GPE", "FAC", "LOC"} and len(entity.name) > 2:
            renames[entity.name] = f"{rng.choice(NAMES)} {rng.choice(NAMES)}"

    def rename(text: str) -> str:
        for old, new in renames.items():
            text = text.replace(old, new)
        return re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), text)

    entities = [Entity(name=renames.get(e.name, e.name), label=e.label, salience=e.salience) for e in base.entities]
    return dataclasses.replace(
        base,
        story_id=f"urn:bench:{n}",
        version=1,
        headline=rename(base.headline or ""),
        body=_reword(rename(base.body), rng, vocabulary),
        entities=entities,
        content_hash="",
    )


def another_report(base: Story, rng: random.Random, n: int) -> Story:
    paragraphs = base.body.split("\n\n")
    if len(paragraphs) > 2:
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        paragraphs = head + rest
    return dataclasses.replace(
        base,
        story_id=f"urn:bench:{n}",
        version=1,
        body=_edit_words("\n\n".join(paragraphs), rng, 0.05),
        content_hash="",
    )


def stream(bases: list[Story], count: int, spacing_ms: int, seed: int):
    rng = random.Random(seed)
    vocabulary = sorted({w for b in bases for w in b.body.split() if w.isalpha() and len(w) > 3})
    recent: list[Story] = []
    previous: Story | None = None
    for n in range(count):
        roll = rng.random()
        if previous is not None and roll < 0.05:
            story = previous  # retransmission
        elif previous is not None and roll < 0.15:
            story = dataclasses.replace(
                previous,
                version=(previous.version or 1) + 1,
                body=previous.body + "\n\nThe story was updated with more details.",
                content_hash="",
            )
        elif recent and roll < 0.40:
            story = another_report(rng.choice(recent), rng, n)
        else:
            story = new_event(rng.choice(bases), rng, n, vocabulary)
            recent = (recent + [story])[-50:]
        story = dataclasses.replace(story, event_time=T0 + n * spacing_ms)
        previous = story
        yield story


def run_core(args, bases: list[Story]) -> None:
    params = DedupParams(
        retention_ms=int(args.retention_hours * HOUR_MS), follow_up_ms=int(args.follow_up_days * 24 * HOUR_MS)
    )
    dedup = KeyedDeduplicator(params)
    started = last = time.perf_counter()
    sign_s = match_s = 0.0
    statuses: dict[str, int] = {}
    for n, story in enumerate(stream(bases, args.stories, args.spacing_seconds * 1000, args.seed), start=1):
        t = time.perf_counter()
        sig = signature_of(story)
        t2 = time.perf_counter()
        decision = dedup.process(sig)
        match_s += time.perf_counter() - t2
        sign_s += t2 - t
        key = decision.relation if decision else "dropped"
        statuses[key] = statuses.get(key, 0) + 1
        if n % args.report_every == 0:
            now = time.perf_counter()  # the rate is of deciding; expiry and the round trip apart
            dedup.expire(story.event_time)
            # What the streaming core does at each timer firing: read its state, write it back.
            t = time.process_time()
            data = pickle.dumps(dedup.linker.to_state(), pickle.HIGHEST_PROTOCOL)
            EventLinker.from_state(params, pickle.loads(data)).to_state()
            roundtrip_ms = 1000 * (time.process_time() - t)
            core = len(data)
            memory = len(pickle.dumps(dedup.linker.memory.to_state(), pickle.HIGHEST_PROTOCOL))
            events = len(dedup.linker.memory)
            print(
                json.dumps(
                    {
                        "stories": n,
                        "stories_per_second": round(args.report_every / (now - last), 1),
                        "signature_ms": round(1000 * sign_s / args.report_every, 3),
                        "match_ms": round(1000 * match_s / args.report_every, 3),
                        "state_entries": dedup.state_entries,
                        "search_keys": len(dedup.search),
                        "core_stories": len(dedup.linker.recent),
                        "memory_events": events,
                        "core_state_bytes": core,
                        "core_state_roundtrip_cpu_ms": round(roundtrip_ms, 1),
                        "memory_bytes_per_event": round(memory / max(events, 1)),
                        "event_time_hours": round((story.event_time - T0) / HOUR_MS, 1),
                        "statuses": statuses,
                    }
                ),
                flush=True,
            )
            last, sign_s, match_s, statuses = time.perf_counter(), 0.0, 0.0, {}
    print(json.dumps({"core_total_seconds": round(time.perf_counter() - started, 1), "stories": args.stories}))


def run_beam(args, bases: list[Story]) -> None:
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.dedup import DeduplicateStories
    from pipeline.runners import local_runner

    stories = list(stream(bases, args.beam_stories, args.spacing_seconds * 1000, args.seed))
    started = time.perf_counter()
    options = PipelineOptions(flags=[], runner="DirectRunner")
    with beam.Pipeline(runner=local_runner(options), options=options) as p:
        deduped = (
            p
            | beam.Create(stories)
            | beam.Map(lambda s: beam.window.TimestampedValue(s, s.event_time / 1000.0))
            | DeduplicateStories(retention_hours=args.retention_hours, follow_up_days=args.follow_up_days)
        )
        _ = deduped.stories | beam.combiners.Count.Globally()
    elapsed = time.perf_counter() - started
    print(
        json.dumps(
            {
                "beam_stories": len(stories),
                "beam_seconds": round(elapsed, 1),
                "beam_stories_per_second": round(len(stories) / elapsed, 1),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecbplus", type=Path, default=None, help="ECB+-format folder (stories.jsonl)")
    parser.add_argument("--samples", type=Path, default=None, help="folder of sample wire stories")
    parser.add_argument("--stories", type=int, default=100_000, help="records in the core stream (default 100000)")
    parser.add_argument("--beam-stories", type=int, default=2_000, help="records in the Beam run (0: skip)")
    parser.add_argument("--spacing-seconds", type=int, default=30, help="event time between records")
    parser.add_argument("--retention-hours", type=float, default=72.0)
    parser.add_argument(
        "--follow-up-days", type=float, default=DedupParams.follow_up_ms / (24 * HOUR_MS), help="event memory"
    )
    parser.add_argument("--report-every", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spacy-model", default=None)
    args = parser.parse_args(argv)
    if args.stories < 1 or args.report_every < 1:
        parser.error("--stories and --report-every must be positive")
    bases = base_stories(args.ecbplus, args.samples, args.spacy_model)
    run_core(args, bases)
    if args.beam_stories > 0:
        run_beam(args, bases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
