"""``wire-ingest evaluate events``: the real dedup transform scored on a labelled folder of stories.

The folder holds ``stories.jsonl`` (ninjs, one story a line) and ``labels.tsv`` (``uri``,
``topic``, ``event``): the ECB+ dev topics, or newsstream-dev (``../shared/eval/NOTICE.md``).
Stories are parsed with the product's parser and annotated once with the product's annotator,
then replayed through ``DeduplicateStories`` on the DirectRunner.

Time: when every story has its own time (``versioncreated``, else ``firstcreated``), the stories
are replayed at those times, in time order, ties in the order of the file (each tied story a
millisecond after the one before, so the product's own tie-break does not reorder them): one
order, the real one. A corpus without times (ECB+) is replayed in ``--orders`` shuffled orders,
its stories a minute apart in each (all well within the retention), so what changes between
orders is which story of an event comes first -- the thing a streaming dedup is sensitive to.

``--engine simulate`` replays the same stream through ``KeyedDeduplicator`` instead (the same
decision core and search in one process, which gives the same decisions; the tests check it):
seconds instead of minutes, for exploring. ``--engine both`` runs the two and prints how many
stories they put in different events (it should be none). ``--score-from`` / ``--score-until``
score only the stories of a time span while the whole stream is replayed; ``--split-at DAY``
scores the whole stream and its parts before and from that day (a tuning part and a check part).
``--predictions FILE`` writes ``uri<TAB>event_id`` lines, the shared scorer's input.

Scoring follows the shared ``score_events.py``: BCubed and pairwise precision/recall/F1 over
the gold uris; a gold uri missing from the predictions counts as its own cluster.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime
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
DAY_MS = 86_400_000


def read_labels(path: Path) -> dict[str, str]:
    """``uri -> event`` from labels.tsv (header line skipped)."""
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not cols or cols[0] == "uri" or len(cols) < 3:
            continue
        labels[cols[0]] = cols[2]
    return labels


def _filled(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, str]:
    return {uri: predicted.get(uri, f"\x00missing:{uri}") for uri in gold}


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """BCubed precision, recall and F1 of ``predicted`` (uri -> event id) against ``gold``."""
    if not gold:
        raise ValueError("bcubed needs at least one gold label")
    pred = _filled(gold, predicted)
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


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1: of the pairs of stories put in one event."""
    pred = _filled(gold, predicted)

    def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
        groups = collections.defaultdict(list)
        for uri in sorted(labels):
            groups[labels[uri]].append(uri)
        return {(a, b) for g in groups.values() for k, a in enumerate(g) for b in g[k + 1 :]}

    gold_pairs, pred_pairs = pairs(gold), pairs(pred)
    hits = len(gold_pairs & pred_pairs)
    p = hits / len(pred_pairs) if pred_pairs else 0.0
    r = hits / len(gold_pairs) if gold_pairs else 0.0
    return {
        "pairwise_precision": round(p, 4),
        "pairwise_recall": round(r, 4),
        "pairwise_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """BCubed and pairwise scores (what ``score_events.py`` prints)."""
    return {**bcubed(gold, predicted), **pairwise(gold, predicted)}


def load_stories(folder: Path) -> list[Story]:
    from pipeline.formats import parse_document

    path = folder / "stories.jsonl"
    if not path.is_file():
        raise ValueError(f"no stories.jsonl in the corpus folder {str(folder)!r}")
    results = parse_document(RawDocument(source=str(path), data=path.read_bytes()))
    stories = [r for r in results if isinstance(r, Story)]
    if not stories:
        raise ValueError(f"no story parsed from {str(path)!r}")
    return stories


def own_time(story: Story) -> int | None:
    """A story's own time: ``versioncreated``, else ``firstcreated`` (None if it has neither)."""
    return story.version_created if story.version_created is not None else story.first_created


def timed_by_own_times(stories: list[Story]) -> list[Story] | None:
    """The stories at their own times, in time order, ties in the given order (each tied story a
    millisecond after the one before); None unless every story has a time."""
    times = [own_time(s) for s in stories]
    if any(t is None for t in times):
        return None
    ranked = sorted(range(len(stories)), key=lambda i: (times[i], i))
    out, previous = [], None
    for i in ranked:
        when = times[i] if previous is None or times[i] > previous else previous + 1
        out.append(dataclasses.replace(stories[i], event_time=when))
        previous = when
    return out


def timed_order(stories: list[Story], seed: int) -> list[Story]:
    """The stories in one shuffled arrival order, with event times one minute apart."""
    order = list(stories)
    random.Random(seed).shuffle(order)
    return [dataclasses.replace(story, event_time=BASE_TIME_MS + i * SPACING_MS) for i, story in enumerate(order)]


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
            deduped = (
                p
                | "Stories" >> beam.Create(handed, reshuffle=False)
                | "EventTime" >> beam.Map(lambda s: beam.window.TimestampedValue(s, s.event_time / 1000.0))
                | "Dedup" >> DeduplicateStories(**dedup_options)
            ).stories
            _ = (
                deduped
                | "Decision" >> beam.Map(lambda s: json.dumps([s.story_id, s.event_id, s.dedup_status]))
                | "Write" >> beam.io.WriteToText(str(out), shard_name_template="")
            )
        decisions = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            story_id, event_id, status = json.loads(line)
            decisions[story_id] = (event_id, status)
    return decisions


def simulate(stories: list[Story], **dedup_options) -> dict[str, tuple[str, str]]:
    """``replay`` without Beam: ``KeyedDeduplicator`` over the stories in event-time order.
    Takes the same options as ``DeduplicateStories`` (``retention_hours``, ``follow_up_days``, ...)."""
    from pipeline.dedup.linker import KeyedDeduplicator
    from pipeline.dedup.signature import signature_of
    from pipeline.dedup.transform import DeduplicateStories

    dedup = KeyedDeduplicator(params=DeduplicateStories(**dedup_options).params)
    decisions = {}
    for sig in sorted((signature_of(s) for s in stories), key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is not None and decision.failure is None:  # a failure is the Beam path's dead letter
            decisions[sig.story_id] = (decision.event_id, decision.relation)
    return decisions


def _day(value: str) -> int:
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from exc
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp() * 1000)


def _parts(gold: dict[str, str], ordered: list[Story], timed: bool, args: argparse.Namespace):
    """``(name, gold of the stories scored)``: the span asked for (``scored``), and with
    ``--split-at`` also the parts before and from that day."""
    if not timed:
        yield "scored", gold
        return
    when = {s.story_id: s.event_time for s in ordered}

    def span(low: int | None, high: int | None) -> dict[str, str]:
        low, high = -(2**62) if low is None else low, 2**62 if high is None else high
        return {uri: event for uri, event in gold.items() if low <= when.get(uri, low) < high}

    yield "scored", span(args.score_from, args.score_until)
    if args.split_at is not None:
        yield "before split", span(None, args.split_at)
        yield "from split", span(args.split_at, None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wire-ingest evaluate events",
        description="Replay a labelled folder of stories through the dedup transform; BCubed and pairwise scores.",
    )
    parser.add_argument(
        "--corpus",
        "--ecbplus",
        dest="corpus",
        required=True,
        type=Path,
        help="folder with stories.jsonl and labels.tsv (ECB+ dev, newsstream-dev)",
    )
    parser.add_argument(
        "--orders", type=int, default=None, help="shuffled arrival orders of a corpus without times (default 3)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the first order (then seed+1, ...)")
    parser.add_argument(
        "--engine",
        choices=("beam", "simulate", "both"),
        default="beam",
        help="beam: the real transform on the DirectRunner (default); simulate: the same decisions without Beam; "
        "both: the two, with the count of stories they put in different events",
    )
    parser.add_argument("--retention-hours", type=float, default=72.0, help="dedup retention (default 72)")
    parser.add_argument(
        "--follow-up-days", type=float, default=None, help="dedup event memory (default: the product's)"
    )
    parser.add_argument("--score-from", type=_day, default=None, help="score only stories from this day (YYYY-MM-DD)")
    parser.add_argument("--score-until", type=_day, default=None, help="... and before this day (YYYY-MM-DD)")
    parser.add_argument(
        "--split-at", type=_day, default=None, help="also score the parts before and from this day (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--predictions", type=Path, default=None, help="write uri<TAB>event_id lines (of the last order) here"
    )
    parser.add_argument("--spacy-model", default=None, help="spaCy model package name or path")
    args = parser.parse_args(argv)
    labels_path = args.corpus / "labels.tsv"
    if not labels_path.is_file():
        parser.error(f"no labels.tsv in the corpus folder {str(args.corpus)!r}")

    from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator

    gold = read_labels(labels_path)
    try:
        stories = load_stories(args.corpus)
    except ValueError as exc:
        parser.error(str(exc))
    timed = timed_by_own_times(stories)
    if timed is not None and args.orders not in (None, 1):
        parser.error(f"the stories have their own times, so there is one order; got --orders {args.orders}")
    if (args.score_from or args.score_until or args.split_at) and timed is None:
        parser.error("--score-from/--score-until/--split-at need stories with their own times")
    orders = 1 if timed is not None else (3 if args.orders is None else args.orders)
    if orders < 1:
        parser.error(f"--orders must be at least 1, got {orders}")
    options = {"retention_hours": args.retention_hours}
    if args.follow_up_days is not None:
        options["follow_up_days"] = args.follow_up_days

    started = time.perf_counter()
    StoryAnnotator(args.spacy_model or DEFAULT_MODEL).annotate(stories)  # once, shared by every order
    annotate_s = time.perf_counter() - started
    if timed is not None:
        timed = timed_by_own_times(stories)

    engines = ("beam", "simulate") if args.engine == "both" else (args.engine,)
    rows = []
    for i in range(orders):
        seed = args.seed + i
        ordered = timed if timed is not None else timed_order(stories, seed)
        by_engine = {}
        for engine in engines:
            started = time.perf_counter()
            if engine == "simulate":
                decisions = simulate(ordered, **options)
            else:
                decisions = replay(ordered, input_seed=seed, **options)
            by_engine[engine] = decisions
            predicted = {sid: event for sid, (event, _) in decisions.items()}
            base = {
                "order": "own times" if timed is not None else f"shuffled, seed {seed}",
                "engine": engine,
                "dedup_seconds": round(time.perf_counter() - started, 2),
                "statuses": dict(collections.Counter(status for _, status in decisions.values())),
            }
            for part, scored in _parts(gold, ordered, timed is not None, args):
                result = {**scores(scored, predicted), "part": part, **base}
                if part == "scored" and engine == engines[0]:
                    rows.append(result)
                print(json.dumps(result), flush=True)
        if len(by_engine) == 2:
            beam_ids, sim_ids = ({sid: e for sid, (e, _) in d.items()} for d in by_engine.values())
            differ = sorted(sid for sid in beam_ids.keys() | sim_ids.keys() if beam_ids.get(sid) != sim_ids.get(sid))
            print(
                json.dumps({"engines_compared": engines, "stories": len(beam_ids), "different_event_ids": len(differ)})
            )
        if args.predictions is not None:
            first = by_engine[engines[0]]
            lines = ["uri\tevent_id"] + [f"{sid}\t{event}" for sid, (event, _) in sorted(first.items())]
            args.predictions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = {"orders": orders, "annotate_seconds": round(annotate_s, 2)}
    for name in ("bcubed_f1", "pairwise_f1"):
        values = [r[name] for r in rows]
        summary.update(
            {
                f"{name}_min": min(values),
                f"{name}_max": max(values),
                f"{name}_mean": round(sum(values) / len(values), 4),
                f"{name}_spread": round(max(values) - min(values), 4),
            }
        )
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
