"""``evaluate events`` on a tiny ECB+-format folder written by the test (invented stories)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))

from dedup_feeds import LEEDS, PORTLAND_OTHER, PORTLAND_V1  # noqa: E402

from pipeline.evaluate.events import bcubed, main  # noqa: E402


def test_bcubed_matches_the_shared_rules():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, {"a": "x", "b": "x", "c": "y"})["bcubed_f1"] == 1.0
    lumped = bcubed(gold, {"a": "x", "b": "x", "c": "x"})
    assert lumped["bcubed_recall"] == 1.0 and lumped["bcubed_precision"] == round((2 / 3 * 2 + 1 / 3) / 3, 4)
    missing = bcubed(gold, {"a": "x"})  # b and c count as their own clusters
    assert missing["bcubed_precision"] == 1.0 and missing["bcubed_recall"] == round((0.5 + 0.5 + 1) / 3, 4)


def test_evaluate_events_on_a_small_folder(tmp_path, capsys):
    rows = []
    labels = ["uri\ttopic\tevent"]
    for story, event in ((PORTLAND_V1, "fire_pdx"), (PORTLAND_OTHER, "fire_pdx"), (LEEDS, "fire_leeds")):
        rows.append({"uri": story.story_id, "headline": story.headline, "body_text": story.body, "language": "en"})
        labels.append(f"{story.story_id}\t1\t{event}")
    (tmp_path / "stories.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    assert main(["--ecbplus", str(tmp_path), "--orders", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["bcubed_f1"] for row in lines[:2]] == [1.0, 1.0]
    assert lines[2]["bcubed_f1_spread"] == 0.0 and lines[2]["orders"] == 2


def test_simulate_engine_gives_the_beam_decisions(tmp_path, capsys):
    """The fast Beam-free engine is only useful for tuning if it decides exactly like the transform."""
    from pipeline.evaluate.events import replay, simulate, timed_order

    stories = timed_order([PORTLAND_V1, LEEDS, PORTLAND_OTHER], seed=3)
    assert simulate(stories) == replay(stories, input_seed=3)
    decisions = simulate(stories)
    assert decisions[PORTLAND_OTHER.story_id][0] == decisions[PORTLAND_V1.story_id][0]
    assert decisions[LEEDS.story_id][0] != decisions[PORTLAND_V1.story_id][0]
