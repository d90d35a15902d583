"""The plain-Python comparison of stories: signatures, scores, keyed decisions."""

from __future__ import annotations

import pytest
from dedup_feeds import LEEDS, PORTLAND_OTHER, PORTLAND_REFILE, PORTLAND_V1, PORTLAND_V2, timed_feed

from pipeline.dedup.linker import KeyedDeduplicator
from pipeline.dedup.matcher import DedupParams, event_score
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


def test_expiry_frees_state():
    hour = 3_600_000
    dedup = KeyedDeduplicator(DedupParams(retention_ms=hour, follow_up_ms=24 * hour))
    for story in timed_feed():
        dedup.process(signature_of(story))
    assert dedup.state_entries > 0
    last = timed_feed()[-1].event_time
    dedup.expire(last + 3 * hour)
    # Past the retention only the two events' facts are left, for follow-ups ...
    assert not dedup.search and not dedup.seen_uids and not dedup.linker.recent
    assert dedup.state_entries == len(dedup.linker.memory) == 2
    # ... and past the follow-up memory nothing.
    dedup.expire(last + 25 * hour)
    assert dedup.state_entries == 0 and not dedup.linker.memory.index


@pytest.mark.parametrize(
    "kwargs",
    [
        {"update_jaccard": 0.0},
        {"same_event_threshold": -1.0},
        {"retention_ms": 0},
        {"max_entries_per_key": 0},
        {"follow_up_ms": 3_600_000},  # shorter than the retention
    ],
)
def test_params_are_validated(kwargs):
    with pytest.raises(ValueError):
        DedupParams(**kwargs)


def _story(story_id: str, headline: str, body: str, entities: list[tuple[str, str, float]]):
    from pipeline.model import Entity, Story

    return Story(
        story_id=story_id,
        format="text",
        headline=headline,
        body=body,
        entities=[Entity(name=n, label=label, salience=s) for n, label, s in entities],
        event_time=1_700_000_000_000,
    )


def test_a_first_name_alone_and_a_mislabelled_full_name_key_on_the_surname():
    from pipeline.dedup.signature import entity_keys_of

    story = _story(
        "s1",
        "Bettie Page dies",
        "Bettie Page died on Thursday. Bettie was 85.",
        [("Bettie", "PERSON", 0.8), ("Bettie Page", "WORK_OF_ART", 0.4), ("Los Angeles", "GPE", 0.2)],
    )
    keys = entity_keys_of(story)
    assert keys[0] == keys[1] == "page"
    assert keys[2] == "los angeles"


def test_a_story_that_never_names_the_others_opponent_scores_lower():
    fight = "Wladimir Klitschko retained his heavyweight titles on Saturday, stopping {opp} in round {rnd} in {town}."
    rahman = _story(
        "a",
        "Klitschko stops Rahman",
        fight.format(opp="Hasim Rahman", rnd="seven", town="Mannheim"),
        [("Wladimir Klitschko", "PERSON", 1.0), ("Hasim Rahman", "PERSON", 0.9), ("Mannheim", "GPE", 0.3)],
    )
    rahman_again = _story(
        "b",
        "Rahman stopped by Klitschko",
        fight.format(opp="Rahman", rnd="seven", town="Mannheim, Germany"),
        [("Wladimir Klitschko", "PERSON", 1.0), ("Rahman", "PERSON", 0.9), ("Germany", "GPE", 0.3)],
    )
    thompson = _story(
        "c",
        "Klitschko stops Thompson",
        fight.format(opp="Tony Thompson", rnd="six", town="Bern"),
        [("Wladimir Klitschko", "PERSON", 1.0), ("Tony Thompson", "PERSON", 0.9), ("Bern", "GPE", 0.3)],
    )
    a, b, c = (signature_of(s) for s in (rahman, rahman_again, thompson))
    assert event_score(a, b) > event_score(a, c) + 0.2
    # The Bloom lexicon really finds the other story's names (no false negatives).
    from pipeline.dedup.signature import mentions, phrase_probes

    assert mentions(b.lexicon, phrase_probes("rahman"))
    assert not mentions(c.lexicon, phrase_probes("rahman"))


def test_the_dateline_place_is_a_signal():
    import dataclasses

    from pipeline.dedup.signature import filing_place

    body = "Rescue teams searched the rubble on Tuesday after the quake, officials said."
    quake = _story("a", "Quake hits city", body, [("Rescue", "ORG", 0.2)])
    assert filing_place(dataclasses.replace(quake, dateline="KABUL, Afghanistan (AP)")) == "kabul"
    assert filing_place(dataclasses.replace(quake, located="Kabul")) == "kabul"
    assert filing_place(quake) == ""
    kabul = signature_of(dataclasses.replace(quake, dateline="KABUL (AP)"))
    kabul_too = signature_of(dataclasses.replace(quake, story_id="b", dateline="KABUL, Afghanistan (Reuters)"))
    lima = signature_of(dataclasses.replace(quake, story_id="c", dateline="LIMA, Peru (AP)"))
    unplaced = signature_of(dataclasses.replace(quake, story_id="d"))
    assert event_score(kabul, kabul_too) > event_score(kabul, lima)
    assert event_score(kabul, kabul_too) > event_score(kabul, unplaced)


def test_two_happenings_that_share_only_their_town_are_two_events():
    crash = _story(
        "crash",
        "Woman killed by hit-and-run driver in Harwick",
        "A woman of 62 was struck and killed by a driver who did not stop in Harwick on Friday evening. "
        "The driver was arrested two hours later and charged with leaving the scene.",
        [("Harwick", "GPE", 1.0)],
    )
    shooting = _story(
        "shooting",
        "Teenager shot at a party in Harwick",
        "A boy of 15 was wounded by gunfire at a birthday party in Harwick on Friday night. "
        "Officers recovered three shell casings and are looking for two men seen running away.",
        [("Harwick", "GPE", 1.0)],
    )
    crash_again = _story(
        "crash-2",
        "Harwick hit-and-run driver charged",
        "The driver who struck and killed a woman of 62 in Harwick on Friday evening and did not stop "
        "was charged with leaving the scene, police said.",
        [("Harwick", "GPE", 1.0)],
    )
    a, b, c = (signature_of(s) for s in (crash, shooting, crash_again))
    assert event_score(a, b) < DedupParams().same_event_threshold
    assert event_score(a, c) >= DedupParams().same_event_threshold
