"""Unbounded input (streaming): the dedup phases as stateful DoFns with event-time timers.

1. ``_DropRedeliveries``: keyed by a bucket of story-version uids, the first copy passes.
2. ``_SearchAtKey``: keyed by blocking key, the candidate search (``KeyState.arrive``), taking
   arrivals in event-time order on a watermark timer; a timer also frees an idle key.
3. ``_GatherLink``: keyed by uid, a story's verdicts (one per key) and its clues give its link.
4. ``_Decide``: the decision core (``EventLinker``) under one key, taking stories in event-time
   order on a watermark timer; its state is the core's (bounded by the retentions).
5. ``_Join``: keyed by uid, the story and its decision give the output record (or, if the
   story could not be searched or decided, its dead letter; one that cannot be signed is a dead
   letter from ``_Sign``).

A story waits at its keys and at the core until the watermark passes its event time (with
Pub/Sub the watermark follows the wall clock). A story behind the watermark (late data) is still
decided, when its timer fires, possibly after later stories.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import apache_beam as beam
from apache_beam.coders import PickleCoder, VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, ReadModifyWriteStateSpec, TimerSpec
from apache_beam.utils.timestamp import Timestamp

from pipeline.dedup.linker import Decision, EventLinker
from pipeline.dedup.matcher import DedupParams, KeyState, Verdict, combine_verdicts
from pipeline.dedup.memory import EventClues
from pipeline.dedup.output import DEADLETTER, NAMESPACE, Deduplicated, SignStories, settled, ts
from pipeline.dedup.signature import Signature, blocking_keys, story_uid
from pipeline.model import Story

UID_BUCKETS = 1 << 14
_DECIDE_KEY = 0


def _ms(timestamp: Timestamp) -> int:
    return int(timestamp.micros // 1000)


def uid_bucket(uid: str) -> int:
    """Stable bucket of a story uid (a hex digest)."""
    return int(uid[:8], 16) % UID_BUCKETS


class _EventTimeBuffer:
    """Per-key buffering that releases elements in event-time order on a watermark timer.

    Subclasses hold ``PENDING`` (bag of ``(order, item)``) and ``NEXT`` (the time the flush timer
    is set to); ``_buffer`` adds an element and keeps the timer at the earliest pending time,
    ``_release`` returns everything due at ``now`` in order and re-arms the timer for the rest.
    """

    @staticmethod
    def _buffer(order: tuple, item: Any, pending, next_flush, flush_timer) -> None:
        pending.add((order, item))
        due = order[0]
        current = next_flush.read()
        if current is None or due < current:
            next_flush.write(due)
            flush_timer.set(ts(due))

    @staticmethod
    def _release(now_ms: int, pending, next_flush, flush_timer) -> list:
        items = sorted(pending.read(), key=lambda oi: oi[0])
        due = [oi for oi in items if oi[0][0] <= now_ms]
        rest = [oi for oi in items if oi[0][0] > now_ms]
        pending.clear()
        for oi in rest:
            pending.add(oi)
        if rest:
            next_flush.write(rest[0][0][0])
            flush_timer.set(ts(rest[0][0][0]))
        else:
            next_flush.clear()
        return due


class _DropRedeliveries(beam.DoFn):
    """Keyed by a bucket of version uids, the first copy passes.

    A bucket remembers the uids it passed for ``retention`` of event time after the newest
    story it saw, forgetting older ones as stories arrive (no timer: a watermark jump cannot
    let a copy through early).
    """

    SEEN = ReadModifyWriteStateSpec("seen", PickleCoder())

    def __init__(self, retention_ms: int) -> None:
        self.retention_ms = retention_ms
        self.dropped = Metrics.counter(NAMESPACE, "duplicates_dropped")

    def process(self, element, seen=beam.DoFn.StateParam(SEEN)):  # noqa: B008
        _, (uid, story) = element
        passed, latest = seen.read() or ({}, 0)
        latest = max(latest, story.event_time)
        horizon = latest - self.retention_ms
        passed = {u: t for u, t in passed.items() if t >= horizon}
        if uid in passed:
            self.dropped.inc()
            seen.write((passed, latest))
            return
        passed[uid] = story.event_time
        seen.write((passed, latest))
        yield story


class _SearchAtKey(beam.DoFn, _EventTimeBuffer):
    """Candidate search at one blocking key: (key, (n_keys, sig)) -> (uid, ("verdict", verdict))."""

    PENDING = BagStateSpec("pending", PickleCoder())
    NEXT = ReadModifyWriteStateSpec("next", VarIntCoder())
    ENTRIES = BagStateSpec("entries", PickleCoder())
    LATEST = ReadModifyWriteStateSpec("latest", VarIntCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, params: DedupParams) -> None:
        self.params = params
        self.expired = Metrics.counter(NAMESPACE, "dedup_entries_expired")

    def process(
        self,
        element,
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        next_flush=beam.DoFn.StateParam(NEXT),  # noqa: B008
        flush=beam.DoFn.TimerParam(FLUSH),  # noqa: B008
    ):
        key, (n_keys, sig) = element
        self._buffer(sig.order_key, (key, n_keys, sig), pending, next_flush, flush)

    @beam.transforms.userstate.on_timer(FLUSH)
    def _flush(
        self,
        fire=beam.DoFn.TimestampParam,  # noqa: B008
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        next_flush=beam.DoFn.StateParam(NEXT),  # noqa: B008
        flush=beam.DoFn.TimerParam(FLUSH),  # noqa: B008
        entries=beam.DoFn.StateParam(ENTRIES),  # noqa: B008
        latest=beam.DoFn.StateParam(LATEST),  # noqa: B008
        expire=beam.DoFn.TimerParam(EXPIRE),  # noqa: B008
    ):
        due = self._release(_ms(fire), pending, next_flush, flush)
        if not due:
            return
        state = KeyState(list(entries.read()))
        before = len(state.entries)
        dropped = 0
        for _, (key, n_keys, sig) in due:
            verdict, expired = state.arrive(sig, key, n_keys, self.params)
            dropped += expired
            yield beam.window.TimestampedValue((sig.uid, ("verdict", verdict)), ts(sig.event_time))
        if dropped:
            entries.clear()
            for sig in state.entries:
                entries.add(sig)
        else:
            for sig in state.entries[before:]:
                entries.add(sig)
        self.expired.inc(dropped)
        newest = max(latest.read() or 0, max(s.event_time for s in state.entries))
        latest.write(newest)
        # Idle key: everything it remembers is past retention one millisecond after this.
        expire.set(ts(newest + self.params.retention_ms + 1))

    @beam.transforms.userstate.on_timer(EXPIRE)
    def _expire(
        self,
        fire=beam.DoFn.TimestampParam,  # noqa: B008
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        entries=beam.DoFn.StateParam(ENTRIES),  # noqa: B008
        latest=beam.DoFn.StateParam(LATEST),  # noqa: B008
    ):
        if list(pending.read()):
            # Stories still wait for their turn here (a runner may fire this timer first once
            # the watermark has jumped ahead): their flush re-arms this timer.
            return
        horizon = _ms(fire) - self.params.retention_ms
        remembered = list(entries.read())
        kept = [s for s in remembered if s.event_time >= horizon]
        self.expired.inc(len(remembered) - len(kept))
        entries.clear()
        for sig in kept:
            entries.add(sig)
        if not kept:
            latest.clear()


class _GatherLink(beam.DoFn):
    """Keyed by uid: a story's clues and its verdicts (one per blocking key; the count travels
    with each) -> ``(core key, (order, (clues, link)))`` for the decision core."""

    VERDICTS = BagStateSpec("verdicts", PickleCoder())
    CLUES = ReadModifyWriteStateSpec("clues", PickleCoder())

    def process(
        self,
        element,
        timestamp=beam.DoFn.TimestampParam,  # noqa: B008
        verdicts=beam.DoFn.StateParam(VERDICTS),  # noqa: B008
        clues_state=beam.DoFn.StateParam(CLUES),  # noqa: B008
    ):
        uid, (kind, value) = element
        if kind == "clues":
            clues_state.write(value)
        else:
            verdicts.add(value)
        clues: EventClues | None = clues_state.read()
        every: list[Verdict] = list(verdicts.read())
        if clues is None or not every or len(every) < every[0].n_keys:
            return
        verdicts.clear()
        clues_state.clear()
        link = combine_verdicts(uid, clues.order, every)
        yield beam.window.TimestampedValue((_DECIDE_KEY, (clues, link)), ts(clues.event_time))


class _Decide(beam.DoFn, _EventTimeBuffer):
    """The decision core under one key: stories released in event-time order on a watermark
    timer, each decided by ``EventLinker`` -> ``(uid, decision)``. Its state is the core's
    (``EventLinker.to_state``): the stories of the retention and the events of the follow-up
    memory, both bounded; an idle stream's memory is cleared by a timer."""

    PENDING = BagStateSpec("pending", PickleCoder())
    NEXT = ReadModifyWriteStateSpec("next", VarIntCoder())
    CORE = ReadModifyWriteStateSpec("core", PickleCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, params: DedupParams) -> None:
        self.params = params
        self.follow_ups = Metrics.counter(NAMESPACE, "dedup_follow_ups")

    def process(
        self,
        element,
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        next_flush=beam.DoFn.StateParam(NEXT),  # noqa: B008
        flush=beam.DoFn.TimerParam(FLUSH),  # noqa: B008
    ):
        _, (clues, link) = element
        self._buffer(clues.order, (clues, link), pending, next_flush, flush)

    @beam.transforms.userstate.on_timer(FLUSH)
    def _flush(
        self,
        fire=beam.DoFn.TimestampParam,  # noqa: B008
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        next_flush=beam.DoFn.StateParam(NEXT),  # noqa: B008
        flush=beam.DoFn.TimerParam(FLUSH),  # noqa: B008
        core=beam.DoFn.StateParam(CORE),  # noqa: B008
        expire=beam.DoFn.TimerParam(EXPIRE),  # noqa: B008
    ):
        due = self._release(_ms(fire), pending, next_flush, flush)
        if not due:
            return
        linker = EventLinker.from_state(self.params, core.read())
        follow_ups = linker.follow_ups
        newest = 0
        for _, (clues, link) in due:
            decision = linker.decide(clues, link)
            newest = max(newest, clues.event_time)
            yield beam.window.TimestampedValue((clues.uid, ("decision", decision)), ts(clues.event_time))
        self.follow_ups.inc(linker.follow_ups - follow_ups)
        core.write(linker.to_state())
        expire.set(ts(newest + self.params.follow_up_ms + 1))

    @beam.transforms.userstate.on_timer(EXPIRE)
    def _expire(
        self,
        fire=beam.DoFn.TimestampParam,  # noqa: B008
        pending=beam.DoFn.StateParam(PENDING),  # noqa: B008
        core=beam.DoFn.StateParam(CORE),  # noqa: B008
    ):
        if list(pending.read()):
            return  # stories still wait; their flush re-arms this timer
        linker = EventLinker.from_state(self.params, core.read())
        linker.expire(_ms(fire))
        if linker.state_entries:
            core.write(linker.to_state())
        else:
            core.clear()


class _Sign(SignStories):
    """Story -> ``(story, signature, clues)``, or its dead letter (tagged ``deadletter``)."""

    def signed_story(self, story: Story, sig: Signature, clues: EventClues):
        yield story, sig, clues


class _Join(beam.DoFn):
    """(uid, story | decision) -> the story with its event fields set, or its dead letter."""

    STORY = ReadModifyWriteStateSpec("story", PickleCoder())
    DECISION = ReadModifyWriteStateSpec("decision", PickleCoder())

    def __init__(self, deadletter_raw_bytes: int) -> None:
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")
        self.by_status = {
            name: Metrics.counter(NAMESPACE, f"dedup_{name}") for name in ("new_event", "same_event", "update")
        }

    def process(
        self,
        element,
        story_state=beam.DoFn.StateParam(STORY),  # noqa: B008
        decision_state=beam.DoFn.StateParam(DECISION),  # noqa: B008
    ):
        _, (kind, value) = element
        (story_state if kind == "story" else decision_state).write(value)
        story: Story | None = story_state.read()
        decision: Decision | None = decision_state.read()
        if story is None or decision is None:
            return
        story_state.clear()
        decision_state.clear()
        if decision.failure is not None:
            self.dead.inc()
        else:
            self.by_status[decision.relation].inc()
        yield settled(story, decision, self.deadletter_raw_bytes)


def _to_blocking_keys(story_sig: tuple[Story, Signature, EventClues]) -> Iterable[tuple[str, tuple[int, Signature]]]:
    sig = story_sig[1]
    keys = blocking_keys(sig)
    for key in keys:
        yield beam.window.TimestampedValue((key, (len(keys), sig)), ts(sig.event_time))


def expand_unbounded(stories, params: DedupParams, *, deadletter_raw_bytes: int) -> Deduplicated:
    """The streaming graph of ``DeduplicateStories`` (see the module docstring)."""
    fresh = (
        stories
        | "KeyByVersion" >> beam.Map(lambda s: (story_uid(s), s))
        | "ToBuckets" >> beam.Map(lambda kv: (uid_bucket(kv[0]), kv))
        | "DropRedeliveries" >> beam.ParDo(_DropRedeliveries(params.retention_ms))
    )
    signing = fresh | "Sign" >> beam.ParDo(_Sign(deadletter_raw_bytes)).with_outputs(DEADLETTER, main="signed")
    signed = signing.signed
    verdicts = (
        signed
        | "ToBlockingKeys" >> beam.FlatMap(_to_blocking_keys)
        | "SearchAtKeys" >> beam.ParDo(_SearchAtKey(params))
    )
    clues = signed | "Clues" >> beam.Map(lambda ssc: (ssc[1].uid, ("clues", ssc[2])))
    decisions = (
        (verdicts, clues)
        | "ForLinks" >> beam.Flatten()
        | "GatherLinks" >> beam.ParDo(_GatherLink())
        | "Decide" >> beam.ParDo(_Decide(params))
    )
    stories_by_uid = signed | "TagStory" >> beam.Map(lambda ssc: (ssc[1].uid, ("story", ssc[0])))
    joined = (
        (stories_by_uid, decisions)
        | "Gather" >> beam.Flatten()
        | "Join" >> beam.ParDo(_Join(deadletter_raw_bytes)).with_outputs(DEADLETTER, main="stories")
    )
    deadletter = (signing[DEADLETTER], joined[DEADLETTER]) | "DeadLetters" >> beam.Flatten()
    return Deduplicated(joined.stories, deadletter)
