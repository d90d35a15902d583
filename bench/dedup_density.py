"""Dedup as the wire gets denser: newsstream-dev folded onto itself and interleaved with other news.

A real wire carries thousands of stories a day; newsstream-dev carries one or two. This replays
newsstream-dev through the dedup core (``KeyedDeduplicator``: the product's decisions, without
Beam) at higher densities and scores it against its labels:

- ``--fold K``: the stream's span cut into K pieces laid over the first one (each shifted by a
  whole number of weeks, so weekdays stay), so K times as many incidents share each day while
  every incident keeps its own gaps: look-alikes (same city, same kind) K times closer;
- ``--filler N``: N other stories a day on top -- the ECB+ dev topics, the CoNLL and PolNeAR dev
  stories, the agency fixtures and the samples, each used many times under fresh ids at random
  times: general news in which a runaway event would swallow stories that are not shootings.

It prints, per setting, BCubed and pairwise scores over the newsstream stories and how far
events spread: the most incidents one predicted event holds, and how many filler stories were
put in an event with a newsstream story. Reads the corpora at run time (nothing is copied).

    python bench/dedup_density.py --eval ../shared/eval --samples ../shared/samples --settings 1:0,4:0,16:0,16:200,64:1000
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import pickle
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from pipeline.dedup.linker import KeyedDeduplicator  # noqa: E402
from pipeline.dedup.matcher import DedupParams  # noqa: E402
from pipeline.dedup.signature import signature_of, story_uid  # noqa: E402
from pipeline.evaluate.events import load_stories, read_labels, scores, timed_by_own_times  # noqa: E402
from pipeline.model import RawDocument, Story  # noqa: E402

DAY_MS = 86_400_000
WEEK_MS = 7 * DAY_MS


def _parse(path: Path) -> list[Story]:
    from pipeline.formats import parse_document

    return [
        r
        for r in parse_document(RawDocument(str(path), path.read_bytes()))
        if isinstance(r, Story) and r.body.strip() and (r.language or "en").startswith("en")
    ]


def filler_stories(eval_dir: Path, samples: Path | None) -> list[Story]:
    paths = [eval_dir / name / "stories.jsonl" for name in ("ecbplus-dev", "conll-dev")]
    paths += sorted((eval_dir / "polnear-dev" / "text").glob("*.txt"))
    paths += sorted((eval_dir / "agency-dev" / "fixtures").iterdir())
    if samples:
        paths += sorted(p for p in samples.iterdir() if p.suffix in {".txt", ".json", ".xml"})
    stories = []
    for path in paths:
        if path.is_file():
            stories += _parse(path)
    return stories


def annotated(eval_dir: Path, samples: Path | None, cache: Path | None, model: str | None):
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator

    stream = timed_by_own_times(load_stories(eval_dir / "newsstream-dev"))
    filler = filler_stories(eval_dir, samples)
    StoryAnnotator(model or DEFAULT_MODEL).annotate(stream + filler)
    if cache:
        cache.write_bytes(pickle.dumps((stream, filler)))
    return stream, filler


def folded(stream: list[Story], fold: int) -> list[Story]:
    """The stream's span in ``fold`` pieces laid over the first (shifted by whole weeks)."""
    start, end = stream[0].event_time, stream[-1].event_time
    piece = max(WEEK_MS, -(-(end - start + 1) // fold // WEEK_MS) * WEEK_MS)
    return [dataclasses.replace(s, event_time=s.event_time - ((s.event_time - start) // piece) * piece) for s in stream]


def run(stream: list[Story], filler: list[Story], gold: dict[str, str], fold: int, per_day: int, seed: int) -> dict:
    rng = random.Random(seed)
    stories = folded(stream, fold)
    span = (max(s.event_time for s in stories) - min(s.event_time for s in stories)) // DAY_MS + 1
    sigs = [signature_of(s) for s in stories]
    # Filler: each story signed once, then re-timed under fresh ids (its days are its first time's).
    filler_sigs = [signature_of(dataclasses.replace(s, event_time=stories[0].event_time)) for s in filler]
    start = stories[0].event_time
    for n in range(per_day * span):
        base = filler_sigs[n % len(filler_sigs)]
        when = start + rng.randrange(span * DAY_MS)
        story_id = f"filler:{n}:{base.story_id}"
        uid = story_uid(Story(story_id=story_id, format="x", body="", content_hash=base.content_hash))
        sigs.append(dataclasses.replace(base, uid=uid, story_id=story_id, event_time=when))
    sigs.sort(key=lambda sig: sig.order_key)
    dedup = KeyedDeduplicator(DedupParams())
    started = time.process_time()
    predicted = {}
    for sig in sigs:
        decision = dedup.process(sig)
        if decision is not None:
            predicted[sig.story_id] = decision.event_id
    cpu = time.process_time() - started
    incidents, fillers = collections.defaultdict(set), collections.Counter()
    for story_id, event_id in predicted.items():
        if story_id in gold:
            incidents[event_id].add(gold[story_id])
    for story_id, event_id in predicted.items():
        if story_id not in gold and event_id in incidents:
            fillers[event_id] += 1
    result = scores(gold, predicted)
    return {
        "fold": fold,
        "filler_per_day": per_day,
        "days": span,
        "stories_per_day": round(len(sigs) / span, 1),
        **{k: result[k] for k in ("bcubed_precision", "bcubed_recall", "bcubed_f1")},
        **{k: result[k] for k in ("pairwise_precision", "pairwise_recall", "pairwise_f1")},
        "most_incidents_in_one_event": max(map(len, incidents.values())),
        "filler_stories_in_newsstream_events": sum(fillers.values()),
        "follow_ups": dedup.linker.follow_ups,
        "ms_per_story": round(1000 * cpu / len(sigs), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, required=True, help="the shared eval folder (newsstream-dev and others)")
    parser.add_argument("--samples", type=Path, default=None, help="folder of sample wire stories")
    parser.add_argument("--settings", default="1:0,4:0,16:0", help="FOLD:FILLER_PER_DAY,... (default %(default)s)")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the annotated stories (made if missing)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spacy-model", default=None)
    args = parser.parse_args(argv)
    settings = [tuple(int(x) for x in item.split(":")) for item in args.settings.split(",")]
    stream, filler = annotated(args.eval, args.samples, args.cache, args.spacy_model)
    gold = read_labels(args.eval / "newsstream-dev" / "labels.tsv")
    for fold, per_day in settings:
        print(json.dumps(run(stream, filler, gold, fold, per_day, args.seed)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
