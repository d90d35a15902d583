"""Beam layer of the dedup stage: one event id per real-world event, with bounded keyed state.

Design (the plain-Python logic is in ``pipeline.dedup.matcher``; ``KeyedDeduplicator`` there runs
the same phases in one process and is what the tests compare this transform against):

1. **Redeliveries** -- keyed by the story version's uid (source id, version, content digest):
   the first copy passes, later copies are dropped and counted (``duplicates_dropped``). A
   timer frees the key ``retention`` after the story's event time.
2. **Candidate search** -- every story goes to each of its blocking keys: its own story id
   (versions meet there), its 16 MinHash-LSH bands (re-filings, corrections) and its most
   salient entities and rarest terms (other reports of the event). Each key buffers arrivals
   and releases them on an event-time timer in event-time order (ties: story id, version,
   content digest), so a batch replay gives the same result however the runner orders input.
   (For bounded input a runner may fire timers before a key's input is complete, so there
   each keyed phase instead groups the key's input and runs the same logic over it sorted.)
   A key judges a newcomer against the signatures it remembers (at most
   ``max_entries_per_key``, none older than the retention; a timer frees an idle key).
3. **One link per story** -- keyed by uid, the verdicts of all its keys (the count travels with
   the story) give one link: the best related earlier story over all keys (or none: the story
   founds an event), with the relation (``update`` / ``same_event``) and what it supersedes.
4. **Event ids by pointer jumping** -- a key that found the match cannot know the matched story's
   event id: that was decided after the matched story's own keys had spoken, and a Beam graph
   cannot feed a decision back into an earlier stage. So event ids are resolved by pointer
   jumping over the links, in ``resolution_rounds`` stages keyed by story uid: in each round
   every story registers its current status at its own uid, and an unresolved story asks the
   story it points to, taking over that story's event id or its pointer. After r rounds every
   chain of up to 2**r links is resolved (default 6 rounds: 64 links). Asks and registrations
   are also released in event-time order, so a story's status is registered before any later
   story asks it. An event id is therefore a pure function of the links, which are a pure
   function of the event-time-ordered stream: it is decided once, when the record is emitted,
   and never changes.
5. **Join** -- keyed by uid: the story, its link and its final status give the output record.

Limits, honestly:
- A story is compared only with stories that share a blocking key with it and are within the
  retention; very common keys keep only their newest ``max_entries_per_key`` signatures.
- A chain longer than 2**rounds links, or one that reaches a story already forgotten, is not
  resolved: the story gets the id the farthest story reached would found (counted as
  ``event_ids_unresolved``), so one event can then carry two ids.
- Linking to the single best earlier story is single-link clustering: one wrong link between
  two look-alike events can merge them from there on (the score is tuned to make that rare).
- Streaming on the DirectRunner: when the watermark jumps far ahead at once (end of a
  TestStream) a story's registration can be forgotten before a follower's ask arrives, and a
  timer set behind the watermark may then never fire: that follower is not emitted. With a
  watermark that follows the feed this does not happen; a processing-time fallback is to do.
- Every story crosses 3 + ``resolution_rounds`` shuffles; state per key is bounded, but the
  number of keys grows with the stream's rate times the retention.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
from apache_beam.coders import BooleanCoder, PickleCoder, VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, ReadModifyWriteStateSpec, TimerSpec
from apache_beam.utils.timestamp import Timestamp

from pipeline.dedup.matcher import (
    HOUR_MS,
    DedupParams,
    KeyState,
    Link,
    Status,
    Verdict,
    can_ask,
    combine_verdicts,
    fallback_event_id,
    initial_status,
    jump,
)
from pipeline.dedup.signature import Signature, blocking_keys, signature_of, story_uid
from pipeline.model import Story

__all__ = ["DeduplicateStories"]

NAMESPACE = "wire-ingest"


def _ts(ms: int) -> Timestamp:
    return Timestamp(micros=int(ms) * 1000)


def _ms(ts: Timestamp) -> int:
    return int(ts.micros // 1000)


def exact_key(story: Story) -> str:
    """Same source id, same version, same content: a redelivery."""
    return story_uid(story)


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
            flush_timer.set(_ts(due))

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
            flush_timer.set(_ts(rest[0][0][0]))
        else:
            next_flush.clear()
        return due


class _DropRedeliveries(beam.DoFn):
    SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())
    FORGET = TimerSpec("forget", TimeDomain.WATERMARK)

    def __init__(self, retention_ms: int) -> None:
        self.retention_ms = retention_ms
        self.dropped = Metrics.counter(NAMESPACE, "duplicates_dropped")

    def process(
        self,
        element,
        timestamp=beam.DoFn.TimestampParam,  # noqa: B008
        seen=beam.DoFn.StateParam(SEEN),  # noqa: B008
        forget=beam.DoFn.TimerParam(FORGET),  # noqa: B008
    ):
        _, story = element
        if seen.read():
            self.dropped.inc()
            return
        seen.write(True)
        forget.set(_ts(_ms(timestamp) + self.retention_ms))
        yield story

    @beam.transforms.userstate.on_timer(FORGET)
    def _forget(self, seen=beam.DoFn.StateParam(SEEN)):  # noqa: B008
        seen.clear()


class _SearchAtKey(beam.DoFn, _EventTimeBuffer):
    """Candidate search at one blocking key: (key, (n_keys, sig)) -> (uid, verdict)."""

    PENDING = BagStateSpec("pending", PickleCoder())
    NEXT = ReadModifyWriteStateSpec("next", VarIntCoder())
    ENTRIES = BagStateSpec("entries", PickleCoder())
    LATEST = ReadModifyWriteStateSpec("latest", VarIntCoder())
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, params: DedupParams) -> None:
        self.params = params
        self.expired = Metrics.counter(NAMESPACE, "dedup_entries_expired")
        self.remembered = Metrics.counter(NAMESPACE, "dedup_entries_added")

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
            dropped += state.expire(sig.event_time, self.params)
            verdict = state.judge(sig, key, n_keys, self.params)
            state.entries.append(sig)
            yield beam.window.TimestampedValue((sig.uid, (sig.order_key, verdict)), _ts(sig.event_time))
        if dropped:
            entries.clear()
            for sig in state.entries:
                entries.add(sig)
        else:
            for sig in state.entries[before:]:
                entries.add(sig)
        self.expired.inc(dropped)
        self.remembered.inc(len(due))
        newest = max(latest.read() or 0, max(s.event_time for s in state.entries))
        latest.write(newest)
        # Idle key: everything it remembers is past retention one millisecond after this.
        expire.set(_ts(newest + self.params.retention_ms + 1))

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


class _LinkStory(beam.DoFn):
    """All verdicts on one story -> its link (keyed by uid; waits for one verdict per key)."""

    VERDICTS = BagStateSpec("verdicts", PickleCoder())
    COUNT = ReadModifyWriteStateSpec("count", VarIntCoder())

    def process(
        self,
        element,
        timestamp=beam.DoFn.TimestampParam,  # noqa: B008
        verdicts=beam.DoFn.StateParam(VERDICTS),  # noqa: B008
        count=beam.DoFn.StateParam(COUNT),  # noqa: B008
    ):
        uid, (order, verdict) = element
        seen = (count.read() or 0) + 1
        if seen < verdict.n_keys:
            verdicts.add(verdict)
            count.write(seen)
            return
        every: list[Verdict] = [*verdicts.read(), verdict]
        verdicts.clear()
        count.clear()
        yield beam.window.TimestampedValue((uid, combine_verdicts(uid, order, every)), timestamp)


class _JumpRound(beam.DoFn):
    """One pointer-jumping round, keyed by story uid.

    ``(uid, ("reg", status))`` registers a story's status (after the previous round) at its own
    uid; ``(target_uid, ("ask", status))`` asks the story pointed to; ``("pass", status)`` goes
    through unchanged. Output: ``(uid, status)``, exactly one per story and round. The answer
    to an ask is the registered status whichever arrives first, so this stage needs no ordering.
    """

    REGISTERED = ReadModifyWriteStateSpec("registered", PickleCoder())
    ASKS = BagStateSpec("asks", PickleCoder())
    FORGET = TimerSpec("forget", TimeDomain.WATERMARK)
    GIVE_UP = TimerSpec("give_up", TimeDomain.WATERMARK)

    def __init__(self, keep_ms: int) -> None:
        self.keep_ms = keep_ms

    def process(
        self,
        element,
        registered=beam.DoFn.StateParam(REGISTERED),  # noqa: B008
        asks=beam.DoFn.StateParam(ASKS),  # noqa: B008
        forget=beam.DoFn.TimerParam(FORGET),  # noqa: B008
        give_up=beam.DoFn.TimerParam(GIVE_UP),  # noqa: B008
    ):
        _, (kind, status) = element
        if kind == "pass":
            yield _stamped(status.uid, status)
        elif kind == "reg":
            registered.write(status)
            # Asks come from later stories pointing here, at most ``keep_ms`` later (can_ask).
            forget.set(_ts(status.order[0] + self.keep_ms + 1))
            if status.event_id is not None:
                yield _stamped(status.uid, status)
            for waiting in asks.read():
                yield _stamped(waiting.uid, jump(waiting, status))
            asks.clear()
        else:
            target = registered.read()
            if target is None:
                # Not registered yet, or already forgotten (a runner that lets the watermark
                # jump, e.g. at the end of a stream, may fire FORGET first): wait, but never
                # past the time the target would have been forgotten anyway.
                asks.add(status)
                give_up.set(_ts(status.order[0]))
            else:
                yield _stamped(status.uid, jump(status, target))

    @beam.transforms.userstate.on_timer(FORGET)
    def _forget(self, registered=beam.DoFn.StateParam(REGISTERED)):  # noqa: B008
        registered.clear()

    @beam.transforms.userstate.on_timer(GIVE_UP)
    def _give_up(
        self,
        registered=beam.DoFn.StateParam(REGISTERED),  # noqa: B008
        asks=beam.DoFn.StateParam(ASKS),  # noqa: B008
    ):
        # Unanswered asks leave with what is known (None: the fallback id of the pointer).
        target = registered.read()
        for waiting in asks.read():
            yield _stamped(waiting.uid, jump(waiting, target))
        asks.clear()


def _stamped(uid: str, status: Status):
    return beam.window.TimestampedValue((uid, status), _ts(status.order[0]))


def _round_messages(keep_ms: int):
    def messages(element: tuple[str, Status]) -> Iterable[tuple[str, tuple[str, Status]]]:
        uid, status = element
        yield uid, ("reg", status)
        if can_ask(status, keep_ms):
            yield status.pointer, ("ask", status)
        elif status.event_id is None:
            yield uid, ("pass", status)

    return messages


class _Join(beam.DoFn):
    """(uid, story | link | status) -> the story with its event fields set."""

    STORY = ReadModifyWriteStateSpec("story", PickleCoder())
    LINK = ReadModifyWriteStateSpec("link", PickleCoder())
    STATUS = ReadModifyWriteStateSpec("status", PickleCoder())

    def __init__(self) -> None:
        self.unresolved = Metrics.counter(NAMESPACE, "event_ids_unresolved")
        self.by_status = {
            name: Metrics.counter(NAMESPACE, f"dedup_{name}") for name in ("new_event", "same_event", "update")
        }

    def process(
        self,
        element,
        story_state=beam.DoFn.StateParam(STORY),  # noqa: B008
        link_state=beam.DoFn.StateParam(LINK),  # noqa: B008
        status_state=beam.DoFn.StateParam(STATUS),  # noqa: B008
    ):
        _, (kind, value) = element
        {"story": story_state, "link": link_state, "status": status_state}[kind].write(value)
        story: Story | None = story_state.read()
        link: Link | None = link_state.read()
        status: Status | None = status_state.read()
        if story is None or link is None or status is None:
            return
        story_state.clear()
        link_state.clear()
        status_state.clear()
        if status.event_id is None:
            self.unresolved.inc()
        self.by_status[link.relation].inc()
        yield beam.window.TimestampedValue(
            dataclasses.replace(
                story,
                event_id=fallback_event_id(status),
                dedup_status=link.relation,
                supersedes=link.supersedes,
                supersedes_version=link.supersedes_version,
            ),
            _ts(story.event_time),
        )


# --- bounded input: the same phases over grouped keys -----------------------------------------
# A runner may fire event-time timers of a bounded input as soon as it has seen part of a key's
# input (its watermark is already at the end), so for bounded input every keyed phase groups
# the key's whole input and runs the same plain-Python logic over it in event-time order.


class _FirstDelivery(beam.DoFn):
    def __init__(self) -> None:
        self.dropped = Metrics.counter(NAMESPACE, "duplicates_dropped")

    def process(self, element):
        _, copies = element
        copies = list(copies)
        self.dropped.inc(len(copies) - 1)
        yield beam.window.TimestampedValue(copies[0], _ts(copies[0].event_time))


class _SearchGroup(beam.DoFn):
    def __init__(self, params: DedupParams) -> None:
        self.params = params
        self.expired = Metrics.counter(NAMESPACE, "dedup_entries_expired")

    def process(self, element):
        key, arrivals = element
        state = KeyState()
        for n_keys, sig in sorted(arrivals, key=lambda ns: ns[1].order_key):
            self.expired.inc(state.expire(sig.event_time, self.params))
            verdict = state.judge(sig, key, n_keys, self.params)
            state.entries.append(sig)
            yield beam.window.TimestampedValue((sig.uid, (sig.order_key, verdict)), _ts(sig.event_time))


def _jump_group(element) -> Iterable:
    _, messages = element
    messages = list(messages)
    registered = next((status for kind, status in messages if kind == "reg"), None)
    for kind, status in messages:
        if kind == "pass" or (kind == "reg" and status.event_id is not None):
            yield _stamped(status.uid, status)
        elif kind == "ask":
            yield _stamped(status.uid, jump(status, registered))


class DeduplicateStories(beam.PTransform):
    """Drop exact redeliveries and give every story an ``event_id`` and a ``dedup_status``.

    Input and output: ``PCollection[Story]`` whose element timestamps are the stories' event
    times (``story.event_time``, epoch ms). The same transform serves batch and streaming::

        deduped = stories | DeduplicateStories(retention_hours=72.0)

    See the module docstring for the keyed-state design and its limits.
    """

    def __init__(
        self,
        retention_hours: float = 72.0,
        *,
        same_event_threshold: float = DedupParams.same_event_threshold,
        update_jaccard: float = DedupParams.update_jaccard,
        max_entries_per_key: int = DedupParams.max_entries_per_key,
        resolution_rounds: int = 6,
    ) -> None:
        super().__init__()
        if not isinstance(retention_hours, (int, float)) or not retention_hours > 0:
            raise ValueError(f"retention_hours must be a positive number of hours, got {retention_hours!r}")
        if not isinstance(resolution_rounds, int) or not 1 <= resolution_rounds <= 16:
            raise ValueError(f"resolution_rounds must be an integer from 1 to 16, got {resolution_rounds!r}")
        self.params = DedupParams(
            same_event_threshold=same_event_threshold,
            update_jaccard=update_jaccard,
            retention_ms=int(retention_hours * HOUR_MS),
            max_entries_per_key=max_entries_per_key,
        )
        self.rounds = resolution_rounds

    def expand(self, stories):
        retention = self.params.retention_ms
        keep = 2 * retention  # how long a story's status stays askable (see matcher.can_ask)
        bounded = getattr(stories, "is_bounded", True)
        keyed = stories | "KeyByVersion" >> beam.Map(lambda s: (exact_key(s), s))
        if bounded:
            fresh = keyed | "GroupCopies" >> beam.GroupByKey() | "FirstDelivery" >> beam.ParDo(_FirstDelivery())
        else:
            fresh = keyed | "DropRedeliveries" >> beam.ParDo(_DropRedeliveries(retention))
        signed = fresh | "Sign" >> beam.Map(lambda s: (s, signature_of(s)))
        at_keys = signed | "ToBlockingKeys" >> beam.FlatMap(_to_blocking_keys)
        if bounded:
            verdicts = (
                at_keys | "GroupAtKeys" >> beam.GroupByKey() | "SearchAtKeys" >> beam.ParDo(_SearchGroup(self.params))
            )
        else:
            verdicts = at_keys | "SearchAtKeys" >> beam.ParDo(_SearchAtKey(self.params))
        links = verdicts | "LinkStories" >> beam.ParDo(_LinkStory())
        statuses = links | "InitialStatus" >> beam.Map(lambda kv: (kv[0], initial_status(kv[1])))
        for r in range(1, self.rounds + 1):
            messages = statuses | f"Round{r}Messages" >> beam.FlatMap(_round_messages(keep))
            if bounded:
                statuses = (
                    messages | f"Round{r}Group" >> beam.GroupByKey() | f"Round{r}Jump" >> beam.FlatMap(_jump_group)
                )
            else:
                statuses = messages | f"Round{r}Jump" >> beam.ParDo(_JumpRound(keep))
        parts = (
            signed | "TagStory" >> beam.Map(lambda ss: (ss[1].uid, ("story", ss[0]))),
            links | "TagLink" >> beam.Map(lambda kv: (kv[0], ("link", kv[1]))),
            statuses | "TagStatus" >> beam.Map(lambda kv: (kv[0], ("status", kv[1]))),
        )
        return parts | "Gather" >> beam.Flatten() | "Join" >> beam.ParDo(_Join())


def _to_blocking_keys(story_sig: tuple[Story, Signature]) -> Iterable[tuple[str, tuple[int, Signature]]]:
    _, sig = story_sig
    keys = blocking_keys(sig)
    for key in keys:
        yield beam.window.TimestampedValue((key, (len(keys), sig)), _ts(sig.event_time))
