"""Plain text: the seed story and the byline styles (datelines: test_dateline.py)."""

from __future__ import annotations

import pytest

from pipeline.formats import parse_document
from pipeline.model import RawDocument, Story
from tests.conftest import SEED_STORY
from tests.formats.helpers import only_story, parse_fixture


def test_seed_story():
    story = only_story(parse_document(RawDocument("seed", SEED_STORY.read_bytes())))
    assert story.headline == "U.S., Russia at ‘Low Point’ After No Breakthrough in Moscow"
    assert story.dateline == "MOSCOW"
    assert story.byline == "Josh Lederman"
    assert len(story.captions) == 2
    assert story.body.startswith("The United States and Russia laid bare")
    assert story.language == "en" and story.raw_metadata["publication"] == "The News"


def test_ap_style_leading_byline_and_dateline():
    story = only_story(parse_fixture("plaintext-ap-style.txt"))
    assert story.headline == "Storm knocks out power to thousands across Texas"
    assert story.byline == "Maria Gonzalez and Tom Baker"
    assert story.dateline == "HOUSTON, Texas (AP)"
    assert story.body.startswith("A line of severe thunderstorms")
    assert story.language == "en"


@pytest.mark.parametrize("data", [b"null", b"42", b"-1.5e3", b'"just a string"', b"true"])
def test_a_bare_json_value_is_not_a_story(data):
    (result,) = parse_document(RawDocument("value.json", data))
    assert not isinstance(result, Story)
    assert "bare JSON value" in result.reason
