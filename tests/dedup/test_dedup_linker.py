"""The decision core: links to recent stories, follow-ups through the event memory, its bounds and state."""

from __future__ import annotations

import marshal

from dedup_feeds import FEED, FOLLOW_UPS, PORTLAND_CHARGED, PORTLAND_DOCK_FIRE, PORTLAND_V1, timed_feed

from pipeline.dedup.linker import EventLinker, KeyedDeduplicator
from pipeline.dedup.matcher import HOUR_MS, DedupParams, Link
from pipeline.dedup.memory import MAX_PERSONS, EventClues, EventMemory
from pipeline.dedup.signature import signature_of

DAY_MS = 24 * HOUR_MS


def _decide(stories, params: DedupParams) -> dict[str, tuple[str, str]]:
    dedup = KeyedDeduplicator(params)
    out = {}
    for sig in sorted((signature_of(s) for s in stories), key=lambda sig: sig.order_key):
        decision = dedup.process(sig)
        if decision is not None:
            out[sig.story_id] = (decision.event_id, decision.relation)
    return out


def test_a_follow_up_weeks_later_joins_its_event_and_a_lookalike_does_not():
    stories = timed_feed(FEED + FOLLOW_UPS)
    decided = _decide(stories, DedupParams())
    portland = decided[PORTLAND_V1.story_id][0]
    # Three weeks on, past the 72 h of the candidate search: the charge names the fire's owner,
    # street, town and day, so the event memory ties it to the fire.
    assert decided[PORTLAND_CHARGED.story_id] == (portland, "same_event")
    # Another warehouse fire in Portland with the same fire chief is another event.
    assert decided[PORTLAND_DOCK_FIRE.story_id][1] == "new_event"
    # The control: with no memory beyond the retention, the charge founds an event of its own.
    forgetful = _decide(stories, DedupParams(follow_up_ms=DedupParams().retention_ms))
    assert forgetful[PORTLAND_CHARGED.story_id][1] == "new_event"


def _clues(uid: str, day: int, **facts) -> EventClues:
    return EventClues(uid=uid, order=(day * DAY_MS, uid, 1, uid), **facts)


def test_a_name_several_events_give_does_not_carry_a_link_alone():
    memory = EventMemory(keep_ms=90 * DAY_MS)
    spokesman = "dana reyes"
    for n, victim in enumerate(("ava lind", "omar pike", "jon kell")):
        memory.remember(
            _clues(
                f"u{n}", n, persons=frozenset({spokesman, victim}), places=frozenset({"riverton"}), days=frozenset({n})
            ),
            f"evt-{n}",
        )
    # A later story quoting the spokesman in the same town: a name three events give counts 1/3.
    quote = _clues("q", 30, persons=frozenset({spokesman}), places=frozenset({"riverton"}))
    assert memory.match(quote) is None
    # Naming a victim (a name only one event gives), the town and the day is enough ...
    arrest = _clues(
        "a", 30, persons=frozenset({spokesman, "omar pike"}), places=frozenset({"riverton"}), days=frozenset({1})
    )
    assert memory.match(arrest)[0] == "evt-1"
    # ... but not if the story says it happened on another day.
    other_day = _clues("o", 30, persons=frozenset({"omar pike"}), places=frozenset({"riverton"}), days=frozenset({9}))
    assert memory.match(other_day) is None
    # Past the memory the event is gone.
    memory.expire(200 * DAY_MS)
    assert len(memory) == 0 and memory.match(arrest) is None and not memory.index


def test_an_event_keeps_a_bounded_number_of_facts():
    memory = EventMemory(keep_ms=90 * DAY_MS)
    for n in range(5 * MAX_PERSONS):
        memory.remember(_clues(f"u{n}", 1, persons=frozenset({f"person {n:03d}"})), "evt-roundup")
    facts = memory.events["evt-roundup"]
    assert len(facts.persons) == MAX_PERSONS
    assert "person 000" in facts.persons  # the first facts stay
    assert sum(len(holders) for holders in memory.index.values()) == MAX_PERSONS


def test_a_link_to_a_recent_story_takes_that_storys_event():
    linker = EventLinker(DedupParams())
    first = linker.decide(_clues("a", 1, persons=frozenset({"ava lind"})), Link("a", (DAY_MS,), "new_event"))
    second = linker.decide(_clues("b", 1), Link("b", (DAY_MS + 1,), "same_event", "a", (DAY_MS,)))
    assert second.event_id == first.event_id and second.relation == "same_event"


def test_the_core_state_carries_over_exactly():
    """Deciding half the stream, carrying the core's state (as a replay in slices does, through
    marshal) and deciding the rest gives the uninterrupted decisions."""
    stories = sorted((signature_of(s) for s in timed_feed(FEED + FOLLOW_UPS)), key=lambda sig: sig.order_key)
    params = DedupParams()
    whole = KeyedDeduplicator(params)
    expected = [whole.process(sig) for sig in stories]
    split = KeyedDeduplicator(params)
    got = [split.process(sig) for sig in stories[:4]]
    state = marshal.loads(marshal.dumps(split.linker.to_state()))
    split.linker = EventLinker.from_state(params, state)
    got += [split.process(sig) for sig in stories[4:]]
    assert got == expected
    assert whole.linker.follow_ups == split.linker.follow_ups == 1
