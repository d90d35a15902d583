"""Bounded input (a batch replay): the dedup phases over grouped keys, no keyed state.

A runner may fire event-time timers of a bounded input as soon as it has seen part of a key's
input (its watermark is already at the end), so every keyed phase here groups the key's whole
input (``GroupByKey``) and runs the same plain-Python logic over it in event-time order:

1. ``_SignForKeys`` (fused with annotation, spread over the workers): the story's signature to
   its blocking keys (or to the shards holding them), its clues to the decision core, the story
   itself to the join.
2. ``_SearchGroup``: the candidate search of a key or a shard of keys (``KeyState.arrive``);
   the related verdicts go to the core (a ``new_event`` verdict changes no link).
3. ``_DecideGroup``: the decision core (``EventLinker``) over every story of the run, in
   event-time order, in one group: a few hundred bytes a story.
4. ``_JoinGroup``: keyed by uid, the story and its decision give the output record (or, if the
   story could not be searched or decided, its dead letter; one that cannot be signed is a dead
   letter from ``_SignForKeys``).

Everything crossing a shuffle is compact bytes (``pipeline.dedup.coder``): the local runner
decodes and holds each grouped value in its own process between stages. With ``key_shards``
(the local runner: one per worker) a signature crosses once per shard instead of once per key.

A replay in slices (``pipeline.replay``) hands each slice the **context** of the slices before
it: each decided story within the retention as its signature (``frame(("sig", order, uid),
compressed signature)``), which the search remembers in its event-time place and never judges
again, and the decision core's state (``frame(("core", order), compressed state)``, the latest
one wins), so the slices decide exactly as one run would (a test compares them).
"""

from __future__ import annotations

import collections
import hashlib
import marshal
import zlib

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.dedup.coder import (
    decode_record,
    decode_signature,
    decode_story,
    encode_record,
    encode_signature,
    encode_story,
    frame,
    pack,
    unframe,
    unpack,
)
from pipeline.dedup.linker import Decision, EventLinker
from pipeline.dedup.matcher import DedupParams, KeyState, Verdict, combine_verdicts
from pipeline.dedup.memory import EventClues
from pipeline.dedup.output import DEADLETTER, NAMESPACE, Deduplicated, SignStories, settled
from pipeline.dedup.signature import Signature, blocking_keys
from pipeline.model import Story

CONTEXT = "context"
_TO_JOIN = "join"
_TO_DECIDE = "decide"
_STORY, _DECISION = "s", "d"
_CLUES, _VERDICT, _CORE = "c", "v", "core"
_SIG = "sig"
_DECIDE_KEY = 0
# The decision core's state in a context entry (marshal's format, as ``pipeline.dedup.coder``).
_MARSHAL_VERSION = 4


def key_shard(key: str, shards: int) -> int:
    """Stable shard of a blocking key (a digest, the same in every process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") % shards


def _arrivals(sig: Signature, sig_data: bytes, shards: int | None, judged: bool = True):
    """A signature's arrivals at its blocking keys, or at the shards holding them:
    ``frame((order, uid, n_keys, keys, judged), compressed signature)``."""
    keys = blocking_keys(sig)
    if shards is None:
        for key in keys:
            yield key, frame((sig.order_key, sig.uid, len(keys), (key,), judged), sig_data)
        return
    by_shard: dict[int, list[str]] = {}
    for key in keys:
        by_shard.setdefault(key_shard(key, shards), []).append(key)
    for shard, shard_keys in by_shard.items():
        yield shard, frame((sig.order_key, sig.uid, len(keys), tuple(shard_keys), judged), sig_data)


class _SignForKeys(SignStories):
    """Story -> its signature to the search, its clues to the core, itself to the join; or, if
    it cannot be signed, its dead letter (tagged ``deadletter``).

    Copies of one version (same uid) have the same keys; the search and the core keep the
    earliest. With ``carry`` the signature also goes to the join, which hands it on with the
    decision as context for the next slice of a replay.
    """

    def __init__(self, shards: int | None, deadletter_raw_bytes: int, carry: bool = False) -> None:
        super().__init__(deadletter_raw_bytes)
        self.shards = shards
        self.carry = carry

    def signed_story(self, story: Story, sig: Signature, clues: EventClues):
        sig_data = zlib.compress(encode_signature(sig), 1)  # ~30% fewer bytes, ~0.1 ms
        yield from _arrivals(sig, sig_data, self.shards)
        packed = pack(_CLUES, sig.order_key, sig.uid, encode_record(clues))
        yield beam.pvalue.TaggedOutput(_TO_DECIDE, (_DECIDE_KEY, packed))
        carried = sig_data if self.carry else b""
        yield beam.pvalue.TaggedOutput(_TO_JOIN, (sig.uid, (_STORY, (encode_story(story), carried, sig.order_key))))


class _FromContext(beam.DoFn):
    """A context entry of an earlier slice: a signature -> its arrivals at the keys (remembered,
    not judged), if within the retention of this slice; the core's state -> the core."""

    def __init__(self, shards: int | None, since_ms: int) -> None:
        self.shards = shards
        self.since_ms = since_ms

    def process(self, data: bytes):
        header, payload = unframe(data)
        if header[0] == _CORE:
            yield beam.pvalue.TaggedOutput(_TO_DECIDE, (_DECIDE_KEY, pack(_CORE, header[1], None, bytes(payload))))
        elif header[1][0] >= self.since_ms:  # else past the retention for every story of this slice
            sig = decode_signature(zlib.decompress(payload))
            yield from _arrivals(sig, bytes(payload), self.shards, judged=False)


# A shard forgets keys that have been idle past the retention every this many arrivals (what
# the streaming timers do), so its memory follows the stories within the retention.
_SWEEP_EVERY = 2000


class _SearchGroup(beam.DoFn):
    """The candidate search of one blocking key, or of every key of one shard.

    Arrivals are taken in event-time order; each key takes each in turn (``KeyState.arrive``),
    exactly as with one group per key. Output: to the core, each verdict that found a story
    related to a remembered one (``combine_verdicts`` takes the best related one) or that failed.
    """

    def __init__(self, params: DedupParams) -> None:
        self.params = params
        self.expired = Metrics.counter(NAMESPACE, "dedup_entries_expired")

    def process(self, element):
        _, payloads = element
        arrivals = [unframe(p) for p in payloads]
        # Sorted by order key (event time first): a redelivered copy comes after the earliest.
        arrivals.sort(key=lambda arrival: arrival[0][:2])
        states: dict[str, KeyState] = {}
        seen: set[str] = set()
        expired = 0
        for n, ((order, uid, n_keys, keys, judged), sig_data) in enumerate(arrivals, 1):
            if uid in seen:
                continue
            seen.add(uid)
            sig = decode_signature(zlib.decompress(sig_data))
            for key in keys:
                verdict, dropped = states.setdefault(key, KeyState()).arrive(
                    sig, key, n_keys, self.params, judged=judged
                )
                expired += dropped
                if verdict is not None and (verdict.relation != "new_event" or verdict.failure is not None):
                    yield _DECIDE_KEY, pack(_VERDICT, order, uid, encode_record(verdict))
            if n % _SWEEP_EVERY == 0:
                expired += self._sweep(states, sig.event_time)
        self.expired.inc(expired)

    def _sweep(self, states: dict[str, KeyState], now_ms: int) -> int:
        # Only forgets what the key's next newcomer (no earlier than now) would forget first.
        dropped = 0
        for key in list(states):
            dropped += states[key].expire(now_ms, self.params)
            if not states[key].entries:
                del states[key]
        return dropped


class _DecideGroup(beam.DoFn):
    """The decision core over every story of the run: ``(uid, decision)`` to the join, in
    event-time order; with ``carry`` also the core's final state (tagged ``context``)."""

    def __init__(self, params: DedupParams, carry: bool = False) -> None:
        self.params = params
        self.carry = carry
        self.follow_ups = Metrics.counter(NAMESPACE, "dedup_follow_ups")

    def process(self, element):
        _, values = element
        clues: dict[str, tuple[tuple, bytes]] = {}
        verdicts: dict[str, list[bytes]] = collections.defaultdict(list)
        state: tuple | None = None
        for data in values:
            kind, order, uid, payload = unpack(data)
            if kind == _CLUES:
                # Of redelivered copies the earliest was judged.
                if uid not in clues or order < clues[uid][0]:
                    clues[uid] = (order, payload)
            elif kind == _VERDICT:
                verdicts[uid].append(payload)
            elif state is None or order > state[0]:
                state = (order, payload)  # the latest earlier slice's core
        linker = EventLinker.from_state(self.params, _load(state[1]) if state else None)
        for uid, (order, payload) in sorted(clues.items(), key=lambda item: item[1][0]):
            link = combine_verdicts(uid, order, [decode_record(Verdict, v) for v in verdicts.pop(uid, ())])
            decision = linker.decide(decode_record(EventClues, payload), link)
            yield uid, (_DECISION, encode_record(decision))
        self.follow_ups.inc(linker.follow_ups)
        if self.carry:
            last = max((order for order, _ in clues.values()), default=state[0] if state else (0,))
            data = zlib.compress(marshal.dumps(linker.to_state(), _MARSHAL_VERSION), 1)
            yield beam.pvalue.TaggedOutput(CONTEXT, frame((_CORE, last), data))


def _load(data: bytes) -> tuple:
    return marshal.loads(zlib.decompress(data))


class _JoinGroup(beam.DoFn):
    """(uid, [story copies, decision]) -> the story with its event fields set, or its dead letter
    (tagged ``deadletter``); with ``carry`` also its signature as context for the next slice of
    the replay (tagged ``context``)."""

    def __init__(self, deadletter_raw_bytes: int, carry: bool = False) -> None:
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.carry = carry
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")
        self.dropped = Metrics.counter(NAMESPACE, "duplicates_dropped")
        self.by_status = {
            name: Metrics.counter(NAMESPACE, f"dedup_{name}") for name in ("new_event", "same_event", "update")
        }

    def process(self, element):
        uid, values = element
        copies: list[tuple[bytes, bytes, tuple]] = []
        decision: Decision | None = None
        for tag, data in values:
            if tag == _STORY:
                copies.append(data)
            else:
                decision = decode_record(Decision, data)
        if not copies or decision is None:
            raise RuntimeError(
                f"dedup join for story uid {uid!r} is incomplete: {len(copies)} copies, "
                f"decision {'found' if decision else 'missing'}"
            )
        # The copy the keys judged: the earliest (ties: any equal copy, chosen by its bytes).
        stories = [(order, data, sig_data) for data, sig_data, order in copies]
        order, data, sig_data = min(stories, key=lambda copy: copy[:2])
        story = decode_story(data)
        self.dropped.inc(len(copies) - 1)
        yield settled(story, decision, self.deadletter_raw_bytes)
        if decision.failure is not None:
            self.dead.inc()
            return
        self.by_status[decision.relation].inc()
        if self.carry:
            yield beam.pvalue.TaggedOutput(CONTEXT, frame((_SIG, order, uid), sig_data))


def expand_bounded(
    stories,
    params: DedupParams,
    *,
    shards: int | None,
    context,
    since_ms: int,
    carry: bool,
    deadletter_raw_bytes: int,
) -> Deduplicated:
    """The batch graph of ``DeduplicateStories`` (see the module docstring)."""
    signing = _SignForKeys(shards, deadletter_raw_bytes, carry=carry)
    signed = stories | "SignForKeys" >> beam.ParDo(signing).with_outputs(_TO_JOIN, _TO_DECIDE, DEADLETTER, main="keys")
    arrivals, to_decide = signed.keys, [signed[_TO_DECIDE]]
    if context is not None:
        remembered = context | "FromContext" >> beam.ParDo(_FromContext(shards, since_ms)).with_outputs(
            _TO_DECIDE, main="keys"
        )
        arrivals = (arrivals, remembered.keys) | "WithContext" >> beam.Flatten()
        to_decide.append(remembered[_TO_DECIDE])
    verdicts = arrivals | "GroupAtKeys" >> beam.GroupByKey() | "SearchAtKeys" >> beam.ParDo(_SearchGroup(params))
    decided_ = (
        (verdicts, *to_decide)
        | "ForCore" >> beam.Flatten()
        | "GroupForCore" >> beam.GroupByKey()
        | "Decide" >> beam.ParDo(_DecideGroup(params, carry=carry)).with_outputs(CONTEXT, main="decisions")
    )
    joined = (
        (signed[_TO_JOIN], decided_.decisions)
        | "Gather" >> beam.Flatten()
        | "GroupForJoin" >> beam.GroupByKey()
        | "Join"
        >> beam.ParDo(_JoinGroup(deadletter_raw_bytes, carry=carry)).with_outputs(CONTEXT, DEADLETTER, main="stories")
    )
    deadletter = (signed[DEADLETTER], joined[DEADLETTER]) | "DeadLetters" >> beam.Flatten()
    if carry:
        context_out = (joined[CONTEXT], decided_[CONTEXT]) | "Context" >> beam.Flatten()
        return Deduplicated(joined.stories, deadletter, context_out)
    return Deduplicated(joined.stories, deadletter)
