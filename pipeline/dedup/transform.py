"""Beam layer of the dedup stage: one event id per real-world event, with bounded keyed state.

Design (the decisions are plain Python: ``pipeline.dedup.matcher`` compares stories,
``pipeline.dedup.linker.EventLinker`` decides events, and ``KeyedDeduplicator`` there runs both
in one process, which the tests compare this transform against):

1. **Redeliveries** -- by the story version's uid (source id, version, content digest): the
   first copy passes, later copies are dropped and counted (``duplicates_dropped``).
2. **Candidate search** -- every story goes to each of its blocking keys: its own story id
   (versions meet there), its 16 MinHash-LSH bands (re-filings, corrections) and its most
   salient entities and rarest terms (other reports of the event). Each key takes arrivals in
   event-time order (ties: story id, version, content digest), judges a newcomer against the
   signatures it remembers (at most ``max_entries_per_key``, none older than the retention) and
   names its best related one. This is where the comparing is done, spread over many keys.
3. **One link per story** -- the verdicts of all its keys give its best related earlier story,
   the relation (``update`` / ``same_event``) and what it supersedes (``combine_verdicts``).
4. **The decision core** -- every story's link and its clues (a few hundred bytes: its people,
   streets, places, days, top terms) reach ``EventLinker`` under one key, in event-time order:
   a linked story takes its target's event; an unlinked one is matched against the memory of
   events (their facts, kept ``follow_up_days`` after their latest story), so a follow-up
   weeks later joins its event; else it founds one. The id is decided when the record is
   emitted and never changes; it depends only on the event-time-ordered stream, so a batch
   replay gives the same ids however the runner orders its input.
5. **Join** -- keyed by uid: the story and its decision give the output record.

A fault on one story (signing it, searching its matches, deciding its event) makes that story a
dead letter (stage ``dedup``, the reason naming the phase and the error); the job goes on.

Streaming (``pipeline.dedup.streaming``) runs these as stateful DoFns with event-time timers;
bounded input (``pipeline.dedup.bounded``) runs the same logic over grouped keys, since a
runner may fire a bounded input's timers before a key's input is complete.

Limits, honestly:
- A story is compared with recent stories only through shared blocking keys within the
  retention; very common keys keep only their newest ``max_entries_per_key`` signatures.
- Linking to the single best earlier story is single-link clustering: one wrong link between
  two look-alike events merges them from there on. The event memory only links stories that
  found no recent story, by facts that are specific in the memory (a name several events give
  counts less), and an event keeps a bounded number of facts, so it cannot grow to swallow a
  city's news.
- The decision core runs under one key: every story's clues and link pass through one worker
  (cheap: a few dict lookups and set intersections a story), and its state is the core's:
  per story of the retention an id and a time, per event of the follow-up memory its facts
  (see the README for the bytes per day of retention). A batch run groups all of a run's
  clues in one place (a few hundred bytes a story).
- Streaming latency: a story waits at its keys and at the core until the watermark passes its
  event time (with Pub/Sub the watermark follows the wall clock). A story arriving behind the
  watermark is judged when its timer fires, possibly after later stories.
- Quality figures (ECB+, newsstream-dev): README "Accuracy" and docs/dedup-newsstream.md.
"""

from __future__ import annotations

import apache_beam as beam

from pipeline.dedup.bounded import CONTEXT, expand_bounded, key_shard
from pipeline.dedup.matcher import HOUR_MS, DedupParams
from pipeline.dedup.output import Deduplicated
from pipeline.dedup.signature import story_uid
from pipeline.dedup.streaming import expand_unbounded
from pipeline.model import Story

__all__ = ["CONTEXT", "DeduplicateStories", "Deduplicated", "exact_key", "key_shard"]

DAY_HOURS = 24.0


def exact_key(story: Story) -> str:
    """Same source id, same version, same content: a redelivery."""
    return story_uid(story)


class DeduplicateStories(beam.PTransform):
    """Drop exact redeliveries and give every story an ``event_id`` and a ``dedup_status``.

    Input: ``PCollection[Story]`` whose element timestamps are the stories' event times
    (``story.event_time``, epoch ms). The same transform serves batch and streaming::

        deduped = stories | DeduplicateStories(retention_hours=72.0, follow_up_days=90.0)
        deduped.stories | ...      # Story, with event_id and dedup_status set
        deduped.deadletter | ...   # DeadLetter (stage "dedup") for a story the stage failed on

    ``retention_hours``: how long whole story signatures are compared with newcomers;
    ``follow_up_days``: how long an event's facts are remembered after its latest story, for
    follow-ups (at least the retention).

    ``key_shards`` (bounded input only): run the candidate search in this many groups of
    blocking keys instead of one group per key. Same decisions; each signature crosses the
    shuffle once per shard it has keys in instead of once per key (~27), which is what the
    local runner holds in memory between stages; but the search then runs on at most
    ``key_shards`` workers. ``None`` (one group per key) suits a distributed runner.

    ``context`` / ``context_since_ms`` / ``emit_context`` (bounded input only): a replay in
    slices hands each slice what the slices before it decided (``pipeline.dedup.bounded``);
    with ``emit_context`` the result's ``context`` holds what this slice hands on.

    See the module docstring for the design and its limits.
    """

    def __init__(
        self,
        retention_hours: float = 72.0,
        *,
        follow_up_days: float = DedupParams.follow_up_ms / (DAY_HOURS * HOUR_MS),
        same_event_threshold: float = DedupParams.same_event_threshold,
        update_jaccard: float = DedupParams.update_jaccard,
        max_entries_per_key: int = DedupParams.max_entries_per_key,
        key_shards: int | None = None,
        context=None,
        context_since_ms: int = 0,
        emit_context: bool = False,
        deadletter_raw_bytes: int = 64 * 1024,
    ) -> None:
        super().__init__()
        if not isinstance(retention_hours, (int, float)) or not retention_hours > 0:
            raise ValueError(f"retention_hours must be a positive number of hours, got {retention_hours!r}")
        if not isinstance(follow_up_days, (int, float)) or not follow_up_days * DAY_HOURS >= retention_hours:
            raise ValueError(
                f"follow_up_days must be a number of days covering retention_hours ({retention_hours}), "
                f"got {follow_up_days!r}"
            )
        if key_shards is not None and (not isinstance(key_shards, int) or key_shards < 1):
            raise ValueError(f"key_shards must be None or a positive integer, got {key_shards!r}")
        self.params = DedupParams(
            same_event_threshold=same_event_threshold,
            update_jaccard=update_jaccard,
            retention_ms=int(retention_hours * HOUR_MS),
            max_entries_per_key=max_entries_per_key,
            follow_up_ms=int(follow_up_days * DAY_HOURS * HOUR_MS),
        )
        self.key_shards = key_shards
        self.context = context
        self.context_since_ms = context_since_ms
        self.emit_context = emit_context
        self.deadletter_raw_bytes = deadletter_raw_bytes

    def expand(self, stories) -> Deduplicated:
        if getattr(stories, "is_bounded", True):
            return expand_bounded(
                stories,
                self.params,
                shards=self.key_shards,
                context=self.context,
                since_ms=self.context_since_ms,
                carry=self.emit_context,
                deadletter_raw_bytes=self.deadletter_raw_bytes,
            )
        if self.context is not None or self.emit_context:
            raise ValueError("dedup context (a replay in slices) is for bounded input only")
        return expand_unbounded(stories, self.params, deadletter_raw_bytes=self.deadletter_raw_bytes)
