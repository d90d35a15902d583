"""No runaway event as the wire gets denser: a generated wire of local incidents (``synthetic_incidents``)
at about 20 and about 700 stories a day, through the decision core and its search."""

from __future__ import annotations

import collections
from dataclasses import dataclass

import pytest
from synthetic_incidents import wire

from pipeline.dedup import linker
from pipeline.dedup.linker import KeyedDeduplicator
from pipeline.dedup.signature import signature_of
from pipeline.evaluate.events import scores


@dataclass
class Outcome:
    precision: float
    recall: float
    worst: int  # the most incidents one predicted event holds


def _run(stories) -> Outcome:
    dedup = KeyedDeduplicator()
    predicted, gold = {}, {}
    for story, incident in stories:
        decision = dedup.process(signature_of(story))
        predicted[story.story_id] = decision.event_id
        gold[story.story_id] = str(incident)
    held = collections.defaultdict(set)
    for story_id, event_id in predicted.items():
        held[event_id].add(gold[story_id])
    result = scores(gold, predicted)
    return Outcome(result["bcubed_precision"], result["bcubed_recall"], max(map(len, held.values())))


@pytest.fixture(scope="module")
def dense():
    return wire(days=1, per_day=300, seed=3)  # ~700 stories in one day


def test_no_runaway_event_as_density_grows(dense):
    sparse = _run(wire(days=20, per_day=10, seed=3))  # ~23 stories a day
    crowded = _run(dense)
    assert sparse.worst <= 3 and sparse.precision >= 0.97 and sparse.recall >= 0.97
    # Thirty times denser: events stay small, precision holds, reports still find their incident.
    assert crowded.worst <= 8
    assert crowded.precision >= 0.85 and crowded.recall >= 0.97


def test_without_a_specific_shared_fact_look_alikes_chain(dense, monkeypatch):
    # The control: when every link counts as strong, no link needs a fact specific in the memory,
    # and the same dense wire chains look-alike incidents (same town, kind, day) into big events.
    monkeypatch.setattr(linker, "STRONG_LINK", 0.0)
    crowded = _run(dense)
    assert crowded.worst > 12 and crowded.precision < 0.6
