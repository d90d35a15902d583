"""The event memory: a compact record of every recent event, so that a follow-up finds its event.

The candidate search compares whole story signatures, for the retention (72 hours by default).
An incident's later coverage (an arrest, charges, a trial) comes weeks or months on, written
differently, but naming the same specifics: the people, the street, the town, the day it
happened. So every event is remembered, for ``follow_up_ms`` after its latest story, by those
facts only (``EventFacts``: a few hundred bytes, no text) plus its first story's most weighty
terms; and a story that links to no recent story is matched against it (``EventMemory.match``).

A shared name is weighed by how specific it is in the memory: a name that several remembered
events give (a police spokesman, a mayor, a reporter whose byline sits in the text) counts
1/n, so only a name of this one event (a victim, a suspect) carries a link on its own.

Everything here is deterministic (sets are iterated sorted, ties broken by event id), so every
path that runs the decision core (``pipeline.dedup.linker``) gets the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.dedup.signature import Signature

# How a story's facts count towards an event. A full name or a street both give counts 1 divided
# by the number of remembered events that give it; a shared place (town) and a met day count a
# half; days that do not meet count against; then the cosine of the story's terms with the
# event's. A match needs ``threshold``. Set on the earlier half of newsstream-dev (2013 to March
# 2015) and checked on the later half (docs/dedup-newsstream.md).
FOLLOW_UP_WEIGHTS = {
    "person": 1.0,
    "street": 1.0,
    "place": 0.5,
    "day_match": 0.5,
    "day_clash": -0.5,
    "terms": 2.0,
    "threshold": 2.0,
}
# Bounds on what one event keeps, so that a long-running event cannot grow without limit (nor
# gather the names of a whole city's news and swallow unrelated stories).
MAX_PERSONS = 16
MAX_STREETS = 8
MAX_PLACES = 8
MAX_DAYS = 8
EVENT_TERMS = 24
EVENT_NAMES = 12
MAX_NAMES = 16
SPECIFIC_DF = 2


@dataclass(frozen=True)
class EventClues:
    """What the decision core needs of one story: its order, its specific facts and its most
    weighty terms (a few hundred bytes; the signature itself stays at the blocking keys)."""

    uid: str
    order: tuple
    story_id: str = ""
    persons: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    days: frozenset[int] = frozenset()
    terms: tuple[tuple[str, float], ...] = ()
    names: frozenset[str] = frozenset()

    @property
    def event_time(self) -> int:
        return self.order[0]


def clues_of(sig: Signature) -> EventClues:
    top = sorted(sig.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:EVENT_TERMS]
    return EventClues(
        uid=sig.uid,
        order=sig.order_key,
        story_id=sig.story_id,
        persons=sig.persons,
        streets=sig.streets,
        places=sig.places,
        days=sig.days,
        terms=tuple((term, round(weight, 4)) for term, weight in top),
        names=frozenset(sorted(sig.entities, key=lambda k: (-sig.entities[k], k))[:EVENT_NAMES]) - sig.places,
    )


@dataclass
class EventFacts:
    """What the memory keeps of one event."""

    event_id: str
    last_ms: int
    persons: frozenset[str]
    streets: frozenset[str]
    places: frozenset[str]
    days: frozenset[int]
    terms: dict[str, float]
    # Its other names (organisations, buildings, surnames), each with the number of its stories
    # that gave it: the most given are kept.
    names: dict[str, int] = field(default_factory=dict)

    def keys(self) -> Iterable[str]:
        yield from (f"p:{name}" for name in self.persons)
        yield from (f"s:{street}" for street in self.streets)
        yield from (f"n:{name}" for name in self.names)
        yield from (f"g:{place}" for place in self.places)


def _tally(kept: dict[str, int], more: frozenset, limit: int) -> dict[str, int]:
    """``kept`` with each of ``more`` counted once more; the ``limit`` most counted (ties: by name)."""
    counts = dict(kept)
    for name in more:
        counts[name] = counts.get(name, 0) + 1
    if len(counts) <= limit:
        return counts
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])


def _bounded(kept: frozenset, more: frozenset, limit: int) -> frozenset:
    """``kept`` plus the first (sorted) of ``more`` up to ``limit`` in all: the first facts stay."""
    if len(kept) >= limit:
        return kept
    return kept | frozenset(sorted(more - kept)[: limit - len(kept)])


@dataclass
class EventMemory:
    """The events seen within ``keep_ms`` of event time, by their facts (see the module doc).

    ``events`` is kept in the order of the events' latest stories (a renewed event moves to the
    end: stories come in event-time order), so expiry only looks at its front.
    """

    keep_ms: int
    events: dict[str, EventFacts] = field(default_factory=dict)
    index: dict[str, set[str]] = field(default_factory=dict)  # "p:name" / "s:street" -> event ids

    def __len__(self) -> int:
        return len(self.events)

    def expire(self, now_ms: int) -> int:
        """Forget events whose latest story is more than ``keep_ms`` before ``now_ms``."""
        horizon = now_ms - self.keep_ms
        dropped = 0
        while self.events:
            event_id, facts = next(iter(self.events.items()))
            if facts.last_ms >= horizon:
                break
            del self.events[event_id]
            for key in facts.keys():
                self._unindex(key, event_id)
            dropped += 1
        return dropped

    def match(self, clues: EventClues) -> tuple[str, float] | None:
        """The remembered event the story's facts point to (and the score), if any reaches the
        threshold. Call ``expire`` with the story's time first."""
        keys = [f"p:{name}" for name in sorted(clues.persons)] + [f"s:{street}" for street in sorted(clues.streets)]
        candidates = sorted({event_id for key in keys for event_id in self.index.get(key, ())})
        if not candidates:
            return None
        w = FOLLOW_UP_WEIGHTS
        terms = dict(clues.terms)
        best: tuple[float, str] | None = None
        for event_id in candidates:
            facts = self.events[event_id]
            score = sum(w["person"] / len(self.index[f"p:{n}"]) for n in sorted(clues.persons & facts.persons))
            score += sum(w["street"] / len(self.index[f"s:{s}"]) for s in sorted(clues.streets & facts.streets))
            if clues.places & facts.places:
                score += w["place"]
            if clues.days and facts.days:
                score += w["day_match"] if clues.days & facts.days else w["day_clash"]
            score += w["terms"] * sum(
                weight * facts.terms[t] for t, weight in sorted(terms.items()) if t in facts.terms
            )
            if score >= w["threshold"] and (best is None or (score, event_id) > best):
                best = (score, event_id)
        return None if best is None else (best[1], best[0])

    def supports(self, clues: EventClues, event_id: str) -> bool:
        """Whether the story shares with the event a fact that is specific in the memory: a
        person, a street, a place or another name that at most ``SPECIFIC_DF`` remembered events
        give. On a sparse wire a town is specific; on a dense one only a street or a name is."""
        facts = self.events.get(event_id)
        if facts is None:
            return True
        shared = [f"p:{n}" for n in clues.persons & facts.persons] + [f"s:{s}" for s in clues.streets & facts.streets]
        shared += [f"n:{n}" for n in sorted(clues.names) if n in facts.names]
        shared += [f"g:{g}" for g in clues.places & facts.places]
        if not shared:
            return True  # nothing to judge by: the link rests on its text
        return any(len(self.index[key]) <= SPECIFIC_DF for key in shared)

    def remember(self, clues: EventClues, event_id: str) -> None:
        """Add the story's facts to its event (the event's first story gives its terms)."""
        facts = self.events.get(event_id)
        if facts is None:
            facts = EventFacts(
                event_id,
                clues.event_time,
                _bounded(frozenset(), clues.persons, MAX_PERSONS),
                _bounded(frozenset(), clues.streets, MAX_STREETS),
                _bounded(frozenset(), clues.places, MAX_PLACES),
                _bounded(frozenset(), clues.days, MAX_DAYS),
                dict(clues.terms),
                _tally({}, clues.names, MAX_NAMES),
            )
            self.events[event_id] = facts
        else:
            before = set(facts.keys())
            facts.last_ms = max(facts.last_ms, clues.event_time)
            self.events[event_id] = self.events.pop(event_id)  # now the latest
            facts.persons = _bounded(facts.persons, clues.persons, MAX_PERSONS)
            facts.streets = _bounded(facts.streets, clues.streets, MAX_STREETS)
            facts.places = _bounded(facts.places, clues.places, MAX_PLACES)
            facts.days = _bounded(facts.days, clues.days, MAX_DAYS)
            facts.names = _tally(facts.names, clues.names, MAX_NAMES)
            for key in before - set(facts.keys()):  # a name outcounted by others
                self._unindex(key, event_id)
        for key in facts.keys():
            self.index.setdefault(key, set()).add(event_id)

    def _unindex(self, key: str, event_id: str) -> None:
        holders = self.index[key]
        holders.discard(event_id)
        if not holders:
            del self.index[key]

    def to_state(self) -> tuple:
        """Plain values (for ``marshal``): the events in the order they expire."""
        ordered = sorted(self.events.values(), key=lambda f: (f.last_ms, f.event_id))
        return tuple(
            (
                f.event_id,
                f.last_ms,
                tuple(sorted(f.persons)),
                tuple(sorted(f.streets)),
                tuple(sorted(f.places)),
                tuple(sorted(f.days)),
                tuple(f.terms.items()),
                tuple(sorted(f.names.items())),
            )
            for f in ordered
        )

    @classmethod
    def from_state(cls, keep_ms: int, state: tuple) -> EventMemory:
        memory = cls(keep_ms)
        for event_id, last, persons, streets, places, days, terms, names in state:
            facts = EventFacts(
                event_id,
                last,
                frozenset(persons),
                frozenset(streets),
                frozenset(places),
                frozenset(days),
                dict(terms),
                dict(names),
            )
            memory.events[event_id] = facts
            for key in facts.keys():
                memory.index.setdefault(key, set()).add(event_id)
        return memory
