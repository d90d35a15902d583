"""Other occurrences of a name the story found once (``repeats.spread_forms``)."""

from __future__ import annotations

import re

from pipeline.annotate.groups import Coverage, EntityGroup
from pipeline.annotate.repeats import spread_forms, word_starts

BODY = "Varnholm police said so. Officers in Varnholm agreed. Varnholm is quiet."


def spread(first: str, second: str) -> list[str]:
    group = EntityGroup(key="name:varnholm")
    group.add("Varnholm", 0, 8, first)
    group.add("Varnholm", 37, 45, second)
    covered = Coverage(len(BODY))
    covered.add(0, 8)
    covered.add(37, 45)
    spread_forms(BODY, {group.key: group}, covered)
    return [label for _, label in group.mentions]


def test_a_repeated_form_takes_the_label_met_first_on_a_tie():
    # With a set of labels the tie went to whichever the per-process string hash put first.
    assert spread("NORP", "GPE") == ["NORP", "GPE", "NORP"]
    assert spread("GPE", "NORP") == ["GPE", "NORP", "GPE"]


def test_a_repeated_form_takes_the_most_common_label():
    group = EntityGroup(key="name:varnholm")
    for start, label in ((0, "NORP"), (37, "GPE")):
        group.add("Varnholm", start, start + 8, label)
    group.mentions.append((group.mentions[1][0], "GPE"))
    covered = Coverage(len(BODY))
    covered.add(0, 45)
    spread_forms(BODY, {group.key: group}, covered)
    assert group.mentions[-1][1] == "GPE"


def test_a_word_is_found_where_a_regular_expression_reads_it_whole():
    text = (
        "Varnholm, Varnholm_east, Varnholmé, éVarnholm, Varnholm-Ost, 2Varnholm, Varnholm2, "
        "(Varnholm) Varnholm's VarnholmVarnholm Varnholm"
    )
    whole = [m.start() for m in re.finditer(r"\w+", text) if m.group(0) == "Varnholm"]
    assert word_starts(text, "Varnholm") == whole
    assert len(whole) == 5  # first, "-Ost", "(…)", "'s" and last
    assert word_starts("Varnholm", "Varnholm") == [0]
    assert word_starts("Varnholms", "Varnholm") == []
