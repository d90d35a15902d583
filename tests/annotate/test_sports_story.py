"""A story about sport, told by its words (``organisations.is_sports_story``), a score counting as one."""

from __future__ import annotations

import pytest

from pipeline.annotate.organisations import is_sports_story


@pytest.mark.parametrize(
    ("score", "sport"),
    [
        ("won 2-1 on Sunday", True),
        ("2-1 was the final", True),  # at the very start
        ("it ended 10-0 at home", True),
        ("the old 3-4 formation ended", True),
        ("a 1.2-3 ratio", False),  # a decimal figure
        ("the 1234-5 code", False),  # four digits
        ("the 12-3456 code", False),
        ("the -4-5 range", False),
        ("years 2-3-4 passed", False),  # a run of figures, no score
        ("the 5-6,7 entry", False),
    ],
)
def test_a_score_counts_as_one_word_of_sport(score: str, sport: bool):
    # (the same answers as the test written look-behind first, before ``_SCORE`` was reordered)
    # two words of sport ("coach", "squad") and the score make three
    assert is_sports_story(f"{score}. The coach praised the squad on Friday.") is sport
    assert not is_sports_story("The coach praised the squad on Friday.")
