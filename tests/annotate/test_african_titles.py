"""Honorifics and traditional titles of West, East and Southern African copy before a name
("Alhaji", "Mallam", "Inkosi", "Mzee"): a title, not part of the speaker's name; and a surname
after such a title between a quotation and its cue, which the model reads as a work. Invented
stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize("title", ["Alhaji", "Mallam", "Inkosi"])
def test_an_honorific_is_no_part_of_the_name(annotator, title):
    body = (
        f"The ward head of Gidan Kaura, {title} Haruna Bawa, said the road had been cut for a week. "
        "\u201cThe lorries cannot pass,\u201d Bawa said."
    )
    assert one(quotes(annotator, body), "The lorries").speaker == "Haruna Bawa"


def test_a_rare_surname_after_a_personal_title_between_a_quotation_and_its_cue(annotator):
    body = (
        "Sheikh Themba Mkhize said the land belonged to the community. "
        "\u201cThis land was given to our people,\u201d Sheikh Mkhize said."
    )
    assert one(quotes(annotator, body), "This land").speaker == "Themba Mkhize"
