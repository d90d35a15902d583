"""``wire-ingest evaluate events``: the real dedup transform scored on an ECB+-format folder.

The folder holds ``stories.jsonl`` (ninjs, one story a line) and ``labels.tsv`` (``uri``,
``topic``, ``event``). Stories are parsed with the product's parser and annotated once with
the product's annotator, then replayed through ``DeduplicateStories`` on the DirectRunner in
``--orders`` shuffled arrival orders. The corpus has no timestamps: each order gives the stories
event times one minute apart in that order (all well within the retention), so what changes
between orders is which story of an event comes first -- the thing a streaming dedup is
sensitive to. (The same times with only the runner's input order shuffled would test batch
determinism instead; the tests check that the result does not depend on it.)

``--engine simulate`` replays the same orders through ``KeyedDeduplicator`` instead (the
Beam-free copy of the same keyed design, which gives the same decisions; the tests check it):
seconds instead of minutes per order, for trying many orders or parameter changes.

Scoring follows the shared ``score_events.py``: BCubed precision/recall/F1 over the gold uris,
a gold uri missing from the predictions counts as its own cluster.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.model import RawDocument, Story

BASE_TIME_MS = 1_700_000_000_000
SPACING_MS = 60_000


def read_labels(path: Path) -> dict[str, str]:
    """``uri -> event`` from labels.tsv (header line skipped)."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not cols or cols[0] == "uri" or len(cols) < 3:
            continue
        labels[cols[0]] = cols[2]
    return labels


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """BCubed precision, recall and F1 of ``predicted`` (uri -> event id) against ``gold``."""
    if not gold:
        raise ValueError("bcubed needs at least one gold label")
    pred = {uri: predicted.get(uri, f"\x00missing:{uri}") for uri in gold}
    by_gold, by_pred = collections.defaultdict(set), collections.defaultdict(set)
    for uri in gold:
        by_gold[gold[uri]].add(uri)
        by_pred[pred[uri]].add(uri)
    p = sum(len(by_pred[pred[u]] & by_gold[gold[u]]) / len(by_pred[pred[u]]) for u in gold) / len(gold)
    r = sum(len(by_pred[pred[u]] & by_gold[gold[u]]) / len(by_gold[gold[u]]) for u in gold) / len(gold)
    return {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "stories": len(gold),
        "gold_events": len(by_gold),
        "predicted_events": len(by_pred),
    }


def load_stories(folder: Path) -> list[Story]:
    from pipeline.formats import parse_document

    path = folder / "stories.jsonl"
    if not path.is_file():
        raise ValueError(f"no stories.jsonl in --ecbplus folder {str(folder)!r}")
    results = parse_document(RawDocument(source=str(path), data=path.read_bytes()))
    stories = [r for r in results if isinstance(r, Story)]
    if not stories:
        raise ValueError(f"no story parsed from {str(path)!r}")
    return stories


def timed_order(stories: list[Story], seed: int) -> list[Story]:
    """The stories in one shuffled arrival order, with event times one minute apart."""
    order = list(stories)
    random.Random(seed).shuffle(order)
    out = []
    for i, story in enumerate(order):
        out.append(dataclasses.replace(story, event_time=BASE_TIME_MS + i * SPACING_MS))
    return out


def replay(stories: list[Story], *, input_seed: int = 0, **dedup_options) -> dict[str, tuple[str, str]]:
    """Run the real Beam transform over ``stories``; ``story_id -> (event_id, dedup_status)``.

    ``input_seed`` shuffles the order the runner is handed the elements in (event times stay).
    """
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline.dedup import DeduplicateStories
    from pipeline.runners import local_runner

    handed = list(stories)
    random.Random(input_seed).shuffle(handed)
    with tempfile.TemporaryDirectory(prefix="wire-ingest-events-") as tmp:
        out = Path(tmp) / "decisions"
        options = PipelineOptions(flags=[], runner="DirectRunner")
        with beam.Pipeline(runner=local_runner(options), options=options) as p:
            _ = (
                p
                | "Stories" >> beam.Create(handed, reshuffle=False)
                | "EventTime" >> beam.Map(lambda s: beam.window.TimestampedValue(s, s.event_time / 1000.0))
                | "Dedup" >> DeduplicateStories(**dedup_options)
                | "Decision" >> beam.Map(lambda s: json.dumps([s.story_id, s.event_id, s.dedup_status]))
                | "Write" >> beam.io.WriteToText(str(out), shard_name_template="")
            )
        decisions = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            story_id, event_id, status = json.loads(line)
            decisions[story_id] = (event_id, status)
    return decisions


def simulate(stories: list[Story], **dedup_options) -> dict[str, tuple[str, str]]:
    """``replay`` without Beam: ``KeyedDeduplicator`` over the stories in event-time order."""
    from pipeline.dedup.matcher import DedupParams, KeyedDeduplicator
    from pipeline.dedup.signature import signature_of

    dedup = KeyedDeduplicator(params=DedupParams(**dedup_options))
    decisions = {}
    for sig in sorted((signature_of(s) for s in stories), key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is not None:
            decisions[sig.story_id] = (decision.event_id, decision.relation)
    return decisions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wire-ingest evaluate events",
        description="Replay an ECB+-format folder through the dedup transform in shuffled orders; BCubed scores.",
    )
    parser.add_argument("--ecbplus", required=True, type=Path, help="folder with stories.jsonl and labels.tsv")
    parser.add_argument("--orders", type=int, default=3, help="number of shuffled arrival orders (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first order (then seed+1, ...)")
    parser.add_argument(
        "--engine",
        choices=("beam", "simulate"),
        default="beam",
        help="beam: the real transform on the DirectRunner (default); simulate: its Beam-free copy, much faster",
    )
    parser.add_argument("--spacy-model", default=None, help="spaCy model package name or path")
    args = parser.parse_args(argv)
    if args.orders < 1:
        parser.error(f"--orders must be at least 1, got {args.orders}")
    labels_path = args.ecbplus / "labels.tsv"
    if not labels_path.is_file():
        parser.error(f"no labels.tsv in --ecbplus {str(args.ecbplus)!r}")

    from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator

    gold = read_labels(labels_path)
    try:
        stories = load_stories(args.ecbplus)
    except ValueError as exc:
        parser.error(str(exc))
    started = time.perf_counter()
    StoryAnnotator(args.spacy_model or DEFAULT_MODEL).annotate(stories)  # once, shared by every order
    annotate_s = time.perf_counter() - started

    rows = []
    for i in range(args.orders):
        seed = args.seed + i
        started = time.perf_counter()
        ordered = timed_order(stories, seed)
        decisions = simulate(ordered) if args.engine == "simulate" else replay(ordered, input_seed=seed)
        result = bcubed(gold, {sid: event for sid, (event, _) in decisions.items()})
        result["order_seed"] = seed
        result["engine"] = args.engine
        result["dedup_seconds"] = round(time.perf_counter() - started, 2)
        result["statuses"] = dict(collections.Counter(status for _, status in decisions.values()))
        rows.append(result)
        print(json.dumps(result), flush=True)
    f1s = [r["bcubed_f1"] for r in rows]
    summary = {
        "orders": len(rows),
        "bcubed_f1_min": min(f1s),
        "bcubed_f1_max": max(f1s),
        "bcubed_f1_mean": round(sum(f1s) / len(f1s), 4),
        "bcubed_f1_spread": round(max(f1s) - min(f1s), 4),
        "annotate_seconds": round(annotate_s, 2),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
