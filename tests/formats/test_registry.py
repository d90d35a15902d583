"""Detection by content, and every fixture (the shared samples among them) parsing."""

from __future__ import annotations

import pytest

from pipeline.formats import detect, parsers, register
from pipeline.formats.plaintext import PlainTextParser
from tests.formats.helpers import FORMATS, parse_fixture, rejections, stories

EXPECTED = {
    "anpa1312-digest.anpa": ("anpa1312", 2),
    "anpa1312-fed-rates.anpa": ("anpa1312", 1),
    "anpa1312-stream.anpa": ("anpa1312", 2),
    "iptc7901-dpa-style.txt": ("iptc7901", 1),
    "iptc7901-heading-lines.txt": ("iptc7901", 1),
    "iptc7901-stream.txt": ("iptc7901", 2),
    "newsml-g2-bodies.xml": ("newsml_g2", 4),
    "newsml-g2-item-classes.xml": ("newsml_g2", 3, 4),  # and a picture, a video, a package and a concept
    "newsml-g2-listing1-news-item.xml": ("newsml_g2", 1),
    "newsml-g2-listing22-sports-nitf.xml": ("newsml_g2", 1),
    "newsml-g2-message-own.xml": ("newsml_g2", 3, 2),  # and a picture and a package, not stories
    "newsml1-afp-style.xml": ("newsml1", 1),
    "newsml1-roles.xml": ("newsml1", 1),
    "ninjs-1.4-medium-text.json": ("ninjs", 1),
    "ninjs-2.1-dpa-text.json": ("ninjs", 1),
    "ninjs-3.0-own.json": ("ninjs", 1),
    "ninjs-api-envelope.json": ("ninjs", 2, 1),  # and a picture
    "ninjs-kill-notice.json": ("ninjs", 1),
    "nitf-ntb-sample.xml": ("nitf", 1),
    "nitf-own-english.xml": ("nitf", 1),
    "plaintext-ap-style.txt": ("plaintext", 1),
}


def test_every_fixture_is_listed():
    assert sorted(p.name for p in FORMATS.iterdir() if p.suffix != ".md") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_detected_and_parsed_whole(name):
    expected_format, count, *not_stories = EXPECTED[name]
    assert detect((FORMATS / name).read_bytes()).name == expected_format
    results = parse_fixture(name)
    assert len(rejections(results)) == sum(not_stories)
    assert len(stories(results)) == count
    assert all(s.format == expected_format and s.headline for s in stories(results))


def test_plain_text_is_the_last_resort_and_names_are_unique():
    names = [p.name for p in parsers()]
    assert names[-1] == "plaintext" and len(set(names)) == len(names)
    with pytest.raises(ValueError, match="already registered"):
        register(PlainTextParser())
