"""``evaluate events`` on tiny labelled folders written by the test (invented stories)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))

from dedup_feeds import (  # noqa: E402
    DAY_MINUTES,
    LEEDS,
    MINUTE,
    PORTLAND_CHARGED,
    PORTLAND_DOCK_FIRE,
    PORTLAND_OTHER,
    PORTLAND_V1,
    T0,
)

from pipeline.evaluate.events import bcubed, main, pairwise, timed_by_own_times  # noqa: E402
from pipeline.model import Story  # noqa: E402


def test_bcubed_matches_the_shared_rules():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, {"a": "x", "b": "x", "c": "y"})["bcubed_f1"] == 1.0
    lumped = bcubed(gold, {"a": "x", "b": "x", "c": "x"})
    assert lumped["bcubed_recall"] == 1.0 and lumped["bcubed_precision"] == round((2 / 3 * 2 + 1 / 3) / 3, 4)
    missing = bcubed(gold, {"a": "x"})  # b and c count as their own clusters
    assert missing["bcubed_precision"] == 1.0 and missing["bcubed_recall"] == round((0.5 + 0.5 + 1) / 3, 4)


def test_pairwise_matches_the_shared_rules():
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    # Predicted pairs: (a, b), (c, d); gold pairs: (a, b), (a, c), (b, c).
    scored = pairwise(gold, {"a": "x", "b": "x", "c": "y", "d": "y"})
    assert scored == {"pairwise_precision": 0.5, "pairwise_recall": round(1 / 3, 4), "pairwise_f1": 0.4}
    assert pairwise(gold, {})["pairwise_f1"] == 0.0  # every story alone: no pair


def _story(story_id: str, version_created: int | None, first_created: int | None = None) -> Story:
    return Story(
        story_id=story_id, format="ninjs", body="x", version_created=version_created, first_created=first_created
    )


def test_own_times_in_time_order_ties_in_the_given_order():
    stories = [
        _story("late", 5_000),
        _story("tie-1", 1_000),
        _story("first-created", None, 500),
        _story("tie-2", 1_000),
    ]
    timed = timed_by_own_times(stories)
    assert [s.story_id for s in timed] == ["first-created", "tie-1", "tie-2", "late"]
    assert [s.event_time for s in timed] == [500, 1_000, 1_001, 5_000]
    assert timed_by_own_times([*stories, _story("no time", None)]) is None


def _folder(tmp_path: Path, rows: list[tuple[Story, str, int | None]]) -> Path:
    lines, labels = [], ["uri\ttopic\tevent"]
    for story, event, when in rows:
        row = {"uri": story.story_id, "headline": story.headline, "body_text": story.body, "language": "en"}
        if when is not None:
            row["versioncreated"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when / 1000))
        lines.append(json.dumps(row))
        labels.append(f"{story.story_id}\t-\t{event}")
    (tmp_path / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return tmp_path


def test_evaluate_events_on_a_folder_without_times(tmp_path, capsys):
    rows = [(PORTLAND_V1, "fire_pdx", None), (PORTLAND_OTHER, "fire_pdx", None), (LEEDS, "fire_leeds", None)]
    assert main(["--corpus", str(_folder(tmp_path, rows)), "--orders", "2", "--engine", "simulate"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["bcubed_f1"] for row in lines[:2]] == [1.0, 1.0]
    assert [row["pairwise_f1"] for row in lines[:2]] == [1.0, 1.0]
    assert lines[0]["order"] == "shuffled, seed 0"
    assert lines[2]["bcubed_f1_spread"] == 0.0 and lines[2]["orders"] == 2


TIMED = [
    (PORTLAND_V1, "fire_pdx", T0),
    (LEEDS, "fire_leeds", T0 + 10 * MINUTE),
    (PORTLAND_OTHER, "fire_pdx", T0 + 30 * MINUTE),
    (PORTLAND_DOCK_FIRE, "fire_dock", T0 + 20 * DAY_MINUTES * MINUTE),
    (PORTLAND_CHARGED, "fire_pdx", T0 + 21 * DAY_MINUTES * MINUTE),
]


def test_evaluate_events_replays_own_times_and_scores_a_span(tmp_path, capsys):
    folder = _folder(tmp_path, TIMED)
    assert main(["--corpus", str(folder), "--engine", "simulate"]) == 0
    whole = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(whole) == 2 and whole[0]["order"] == "own times"
    # The charge three weeks on joins the fire through the event memory: every pair is right.
    assert whole[0]["bcubed_f1"] == whole[0]["pairwise_f1"] == 1.0
    assert whole[0]["statuses"] == {"new_event": 3, "same_event": 2}
    # Only the stories from day 15 on are scored; the whole stream is still replayed.
    assert main(["--corpus", str(folder), "--engine", "simulate", "--score-from", "2026-03-18"]) == 0
    span = json.loads(capsys.readouterr().out.splitlines()[0])
    assert span["stories"] == 2 and span["bcubed_f1"] == 1.0
    # Without an event memory beyond the retention the charge founds its own event.
    assert main(["--corpus", str(folder), "--engine", "simulate", "--follow-up-days", "3"]) == 0
    forgetful = json.loads(capsys.readouterr().out.splitlines()[0])
    assert forgetful["pairwise_recall"] == round(1 / 3, 4)


def test_a_timed_corpus_has_one_order(tmp_path):
    with pytest.raises(SystemExit):
        main(["--corpus", str(_folder(tmp_path, TIMED)), "--orders", "3"])


def test_simulate_engine_gives_the_beam_decisions():
    """The fast Beam-free engine is only useful for tuning if it decides exactly like the transform."""
    from pipeline.evaluate.events import replay, simulate

    stories = timed_by_own_times([_annotated(story, when) for story, _, when in TIMED])
    decisions = simulate(stories)
    assert decisions == replay(stories, input_seed=3)
    assert decisions[PORTLAND_CHARGED.story_id] == (decisions[PORTLAND_V1.story_id][0], "same_event")
    assert decisions[PORTLAND_DOCK_FIRE.story_id][0] != decisions[PORTLAND_V1.story_id][0]


def _annotated(story: Story, when: int) -> Story:
    import dataclasses

    from dedup_feeds import annotated

    return dataclasses.replace(annotated()[(story.story_id, story.version)], version_created=when)
