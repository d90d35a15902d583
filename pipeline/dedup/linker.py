"""The decision core: which event each story belongs to, decided once, in event-time order.

Every path runs this one object: the streaming stateful stage and the batch stage of
``DeduplicateStories`` (``pipeline.dedup.streaming`` and ``pipeline.dedup.bounded``), and the
in-process simulation (``KeyedDeduplicator`` below, which the evaluation and the benchmark use).
They differ only in how the candidate search at the blocking keys is spread out; the search
hands each story's ``Link`` (its best related recent story, if any) to the core together with
the story's ``EventClues``, and the core decides:

1. a story linked to a recent story (an update, or another report) takes that story's event;
2. a story linked to none is matched against the event memory (``pipeline.dedup.memory``):
   a follow-up that names the same specific people, street, place and day joins that event;
3. otherwise it founds an event, whose id is a digest of the story's uid.

A fault on one story (its search failed at a key, or deciding it raised) gives that story a
``Decision`` with a ``failure`` instead of an event: the Beam paths make it a dead letter (stage
``dedup``) and go on. The core forgets such a story, so a later story linked to it founds an
event of its own (the search may still hold its signature at other keys).

The core remembers each decided story's event for the retention (so a later link to it finds
its event) and each event's facts for ``follow_up_ms`` after its latest story. Its state is plain
values (``to_state``), carried by a replay in slices from one slice to the next.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pipeline.dedup.matcher import DedupParams, KeyState, Link, Relation, combine_verdicts
from pipeline.dedup.memory import EventClues, EventMemory, clues_of
from pipeline.dedup.signature import Signature, blocking_keys

__all__ = ["Decision", "EventLinker", "KeyedDeduplicator", "event_id_of"]

STRONG_LINK = 1.0


def event_id_of(uid: str) -> str:
    """The id of an event founded by the story version ``uid``: a digest of it."""
    return "evt-" + hashlib.sha256(uid.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """A story's event and its relation to what came before."""

    uid: str
    event_id: str
    relation: Relation
    supersedes: str | None = None
    supersedes_version: int | None = None
    # Why the story could not be decided (it becomes a dead letter); None when decided.
    failure: str | None = None


SEARCH_FAILED = "dedup could not search the story's matches"
DECIDE_FAILED = "dedup could not decide the story's event"


@dataclass
class EventLinker:
    """The one place an event id is decided (see the module docstring).

    ``decide`` must see stories in event-time order (ties: the order key); ``recent`` holds, in
    that order, every decided story within the retention with its event id and time.
    """

    params: DedupParams = field(default_factory=DedupParams)
    recent: dict[str, tuple[str, int]] = field(default_factory=dict)
    memory: EventMemory | None = None
    follow_ups: int = 0
    refused: int = 0
    failed: int = 0

    def __post_init__(self) -> None:
        if self.memory is None:
            self.memory = EventMemory(self.params.follow_up_ms)

    def expire(self, now_ms: int) -> None:
        horizon = now_ms - self.params.retention_ms
        while self.recent:
            uid, (_, when) = next(iter(self.recent.items()))
            if when >= horizon:
                break
            del self.recent[uid]
        self.memory.expire(now_ms)

    def decide(self, clues: EventClues, link: Link) -> Decision:
        """The event of the story ``clues`` describes, whose best related recent story is
        ``link``'s target; or, if its search failed or deciding it raises, why not."""
        if link.failure is not None:
            return self._failed(clues, f"{SEARCH_FAILED}: {link.failure}")
        try:
            return self._decide(clues, link)
        except Exception as err:  # any fault of one story: its dead letter says which
            self.recent.pop(clues.uid, None)
            return self._failed(clues, f"{DECIDE_FAILED}: {type(err).__name__}: {err}")

    def _failed(self, clues: EventClues, reason: str) -> Decision:
        self.failed += 1
        return Decision(clues.uid, "", "new_event", failure=reason)

    def _decide(self, clues: EventClues, link: Link) -> Decision:
        self.expire(clues.event_time)
        decision = None
        if link.target is not None:
            known = self.recent.get(link.target)
            # A target is always within the retention, so known; should the caller have lost it,
            # the target's own founder id is the best guess (and no story is dropped).
            event_id = known[0] if known else event_id_of(link.target)
            # A new version of the same story stays with its event whatever it now says; any other
            # link is refused if the story names another street and day than the event did.
            if link.supersedes == clues.story_id or self._holds(clues, link, event_id):
                decision = Decision(clues.uid, event_id, link.relation, link.supersedes, link.supersedes_version)
            else:
                self.refused += 1
        if decision is None:
            found = self.memory.match(clues)
            if found is not None:
                self.follow_ups += 1
                decision = Decision(clues.uid, found[0], "same_event")
            else:
                decision = Decision(clues.uid, event_id_of(clues.uid), "new_event")
        self.remember(clues, decision.event_id)
        return decision

    def _holds(self, clues: EventClues, link: Link, event_id: str) -> bool:
        if link.relation == "update" or link.rank >= STRONG_LINK:
            return True
        return self.memory.supports(clues, event_id)

    def remember(self, clues: EventClues, event_id: str) -> None:
        """Record a decided story (``decide`` does; a caller restoring decisions may too)."""
        self.recent.pop(clues.uid, None)
        self.recent[clues.uid] = (event_id, clues.event_time)
        self.memory.remember(clues, event_id)

    @property
    def state_entries(self) -> int:
        return len(self.recent) + len(self.memory)

    def to_state(self) -> tuple:
        """Plain values (str, int, float, tuples) for ``marshal``: what a later run needs."""
        recent = tuple((uid, event_id, when) for uid, (event_id, when) in self.recent.items())
        return (recent, self.memory.to_state())

    @classmethod
    def from_state(cls, params: DedupParams, state: tuple | None) -> EventLinker:
        if state is None:
            return cls(params)
        recent, memory = state
        return cls(
            params,
            recent={uid: (event_id, when) for uid, event_id, when in recent},
            memory=EventMemory.from_state(params.follow_up_ms, memory),
        )


@dataclass
class KeyedDeduplicator:
    """The whole dedup in one process, one story at a time in event-time order: the candidate
    search at each blocking key (``KeyState``, as the Beam stages hold it) and the decision core.

    It gives the same decisions as ``DeduplicateStories`` (the tests compare them), in a fraction
    of the time: the evaluation's ``--engine simulate`` and the benchmark run it.
    """

    params: DedupParams = field(default_factory=DedupParams)
    search: dict[str, KeyState] = field(default_factory=dict)
    linker: EventLinker | None = None
    seen_uids: dict[str, int] = field(default_factory=dict)
    redeliveries: int = 0

    def __post_init__(self) -> None:
        if self.linker is None:
            self.linker = EventLinker(self.params)

    def process(self, sig: Signature) -> Decision | None:
        """The decision for ``sig``, or None if it is an exact redelivery."""
        if sig.uid in self.seen_uids:
            self.redeliveries += 1
            return None
        self.seen_uids[sig.uid] = sig.event_time
        keys = blocking_keys(sig)
        verdicts = []
        cache: dict = {}
        for key in keys:
            verdict, _ = self.search.setdefault(key, KeyState()).arrive(sig, key, len(keys), self.params, cache=cache)
            verdicts.append(verdict)
        return self.linker.decide(clues_of(sig), combine_verdicts(sig.uid, sig.order_key, verdicts))

    def expire(self, now_ms: int) -> None:
        """What the Beam timers do: forget what is past retention, drop empty keys."""
        for key in list(self.search):
            self.search[key].expire(now_ms, self.params)
            if not self.search[key].entries:
                del self.search[key]
        self.linker.expire(now_ms)
        horizon = now_ms - self.params.retention_ms
        self.seen_uids = {u: t for u, t in self.seen_uids.items() if t >= horizon}

    @property
    def state_entries(self) -> int:
        """Signatures at the keys, stories and events the core remembers, uids seen."""
        searched = sum(len(s.entries) for s in self.search.values())
        return searched + self.linker.state_entries + len(self.seen_uids)
