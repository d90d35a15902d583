"""The plain-Python dedup core: signatures, scores, keyed decisions, pointer jumping."""

from __future__ import annotations

import pytest
from dedup_feeds import LEEDS, PORTLAND_OTHER, PORTLAND_REFILE, PORTLAND_V1, PORTLAND_V2, timed_feed

from pipeline.dedup.matcher import (
    DedupParams,
    KeyedDeduplicator,
    Link,
    event_score,
    initial_status,
    jump,
)
from pipeline.dedup.signature import blocking_keys, jaccard, signature_of


def _sigs():
    return {(s.story_id, s.version): signature_of(s) for s in timed_feed()}


def test_signature_is_reproducible():
    a, b = _sigs(), _sigs()
    key = (PORTLAND_V1.story_id, 1)
    assert a[key].minhash == b[key].minhash
    assert blocking_keys(a[key]) == blocking_keys(b[key])
    assert blocking_keys(a[key])[0] == f"id:{PORTLAND_V1.story_id}"
    assert sum(k.startswith("lsh") for k in blocking_keys(a[key])) == 16


def test_one_word_refiling_is_near_identical_and_lookalike_is_not():
    sigs = _sigs()
    v1 = sigs[(PORTLAND_V1.story_id, 1)]
    refile = sigs[(PORTLAND_REFILE.story_id, None)]
    leeds = sigs[(LEEDS.story_id, 1)]
    assert jaccard(v1.minhash, refile.minhash) > 0.8
    assert jaccard(v1.minhash, leeds.minhash) < 0.2


def test_same_event_scores_above_lookalike():
    sigs = _sigs()
    v1 = sigs[(PORTLAND_V1.story_id, 1)]
    other = sigs[(PORTLAND_OTHER.story_id, 1)]
    leeds = sigs[(LEEDS.story_id, 1)]
    params = DedupParams()
    assert event_score(v1, other) >= params.same_event_threshold
    assert event_score(v1, leeds) < params.same_event_threshold
    assert event_score(v1, other) > event_score(v1, leeds) + 0.3


def test_keyed_deduplicator_decisions():
    dedup = KeyedDeduplicator()
    decisions = {}
    for story in timed_feed():
        decision = dedup.process(signature_of(story))
        if decision is not None:
            decisions[(story.story_id, story.version)] = decision
    assert dedup.redeliveries == 1
    v1 = decisions[(PORTLAND_V1.story_id, 1)]
    assert v1.relation == "new_event"
    leeds = decisions[(LEEDS.story_id, 1)]
    assert leeds.relation == "new_event" and leeds.event_id != v1.event_id
    refile = decisions[(PORTLAND_REFILE.story_id, None)]
    assert (refile.relation, refile.event_id, refile.supersedes) == ("update", v1.event_id, PORTLAND_V1.story_id)
    other = decisions[(PORTLAND_OTHER.story_id, 1)]
    assert (other.relation, other.event_id) == ("same_event", v1.event_id)
    v2 = decisions[(PORTLAND_V2.story_id, 2)]
    assert (v2.relation, v2.event_id) == ("update", v1.event_id)
    assert (v2.supersedes, v2.supersedes_version) == (PORTLAND_V1.story_id, 1)
    assert dedup.unresolved == 0


def test_expiry_frees_state():
    dedup = KeyedDeduplicator(DedupParams(retention_ms=3_600_000))
    for story in timed_feed():
        dedup.process(signature_of(story))
    assert dedup.state_entries > 0
    dedup.expire(timed_feed()[-1].event_time + 3 * 3_600_000)
    assert dedup.state_entries == 0 and not dedup.search


def test_pointer_jumping_resolves_a_chain_in_log_rounds():
    # a <- b <- c <- d <- e: each links to the one before.
    names = "abcde"
    links = [
        Link(n, (i, n), "new_event" if i == 0 else "same_event", None if i == 0 else names[i - 1], (i - 1, ""))
        for i, n in enumerate(names)
    ]
    statuses = {link.uid: initial_status(link) for link in links}
    for _ in range(3):  # 2**3 >= 4 links
        statuses = {u: jump(s, statuses.get(s.pointer) if s.pointer else None) for u, s in statuses.items()}
    assert {s.event_id for s in statuses.values()} == {statuses["a"].event_id}


@pytest.mark.parametrize(
    "kwargs",
    [{"update_jaccard": 0.0}, {"same_event_threshold": -1.0}, {"retention_ms": 0}, {"max_entries_per_key": 0}],
)
def test_params_are_validated(kwargs):
    with pytest.raises(ValueError):
        DedupParams(**kwargs)
