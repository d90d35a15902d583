"""Text assembly: element edges are word boundaries, bylines lose their "By" the same way in every
format, every editorial note is kept, and what a file says has a field or a raw_metadata key."""

from __future__ import annotations

import json

import pytest

from pipeline.formats import parse_document
from pipeline.formats.bodytext import html_paragraphs
from pipeline.model import RawDocument
from tests.formats.helpers import only_story


def _story(data: str | bytes, name: str = "story"):
    return only_story(parse_document(RawDocument(name, data.encode() if isinstance(data, str) else data)))


@pytest.mark.parametrize(
    ("markup", "paragraphs"),
    [
        ("<p>By<b>Staff</b> Reporter</p>", ["By Staff Reporter"]),
        ("<p>Talks in<location>Oslo</location>ended.</p>", ["Talks in Oslo ended."]),
        ("<p><b>T</b>he mayor spoke.</p>", ["The mayor spoke."]),  # a drop capital stays glued
        ("<p>H<sub>2</sub>O and 10<sup>3</sup></p>", ["H2O and 103"]),
        ("<p>one, <i>two</i>, three</p>", ["one, two, three"]),
        ("<table><tr><td>Oslo</td><td>12</td></tr><tr><td>Bergen</td><td>9</td></tr></table>", ["Oslo 12", "Bergen 9"]),
    ],
)
def test_element_edges_are_word_boundaries(markup, paragraphs):
    assert html_paragraphs(markup) == paragraphs
    nitf = f"<nitf><body><body.content>{markup}</body.content></body></nitf>"
    assert _story(nitf).body.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    "data",
    [
        "<nitf><body><body.head><hedline><hl1>H</hl1></hedline><byline>By<person>Ana Silva</person></byline>"
        "</body.head><body.content><p>Text.</p></body.content></body></nitf>",
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><contentMeta><headline>H</headline>'
        "<by>BY ANA SILVA</by></contentMeta></newsItem>",
        '{"uri": "u", "headline": "H", "byline": "By Ana Silva", "body_text": "Text."}',
        '{"uri": "u", "headline": "H", "bylines": [{"by": "by Ana Silva"}], "body_text": "Text."}',
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>H</HeadLine><ByLine>By Ana Silva</ByLine>"
        "</NewsLines></NewsComponent></NewsItem></NewsML>",
        "\x01abc001 3 pl 10\r\nkey/\r\n\x02H=\r\nBy Ana Silva=\r\n   Text.\r\n\x03",
        "\x16\x16\x01a0001 r a BC-X 01-02 0010\r\n\x02^H<\r\n^By Ana Silva=<\r\n\t   Text.\r\n\x03\x04",
    ],
    ids=["nitf", "newsml-g2", "ninjs-byline", "ninjs-bylines", "newsml1", "iptc7901", "anpa1312"],
)
def test_bylines_lose_a_leading_by_in_every_format(data):
    assert _story(data).byline.casefold() == "ana silva"


def test_every_editorial_note_is_kept():
    g2 = _story(
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><itemMeta>'
        "<edNote>Corrects the date.</edNote><edNote>Adds a quote.</edNote>"
        '<edNote role="enr:private">Do not name the witness.</edNote></itemMeta>'
        "<contentMeta><headline>H</headline></contentMeta></newsItem>"
    )
    assert g2.raw_metadata["ed_note"] == "Corrects the date. | Adds a quote."
    assert g2.raw_metadata["ed_note:private"] == "Do not name the witness."
    nitf = _story(
        '<nitf><head><docdata><ed-msg info="Embargoed until noon."/></docdata></head><body><body.head>'
        "<hedline><hl1>H</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>"
    )
    assert nitf.raw_metadata["ed-msg"] == "Embargoed until noon."
    ninjs = _story(json.dumps({"uri": "u", "headline": "H", "body_text": "Text.", "ednote": "Adds photos."}))
    assert ninjs.raw_metadata["ednote"] == "Adds photos."


def test_nothing_the_file_says_is_dropped():
    nitf = _story(
        '<nitf><head><pubdata type="web" position.section="Culture"/><docdata>'
        '<doc.copyright year="2024" holder="Example Wire"/><doc.rights owner="Example Wire" geography="Europe"/>'
        '<date.expire norm="20241231T000000"/><identified-content><location>Lisbon</location></identified-content>'
        "</docdata></head><body><body.head><hedline><hl1>H</hl1></hedline></body.head>"
        "<body.content><p>Text.</p></body.content></body></nitf>"
    )
    meta = nitf.raw_metadata
    assert meta["doc.copyright:holder"] == "Example Wire" and meta["doc.copyright:year"] == "2024"
    assert meta["doc.rights:geography"] == "Europe" and meta["date.expire:norm"] == "20241231T000000"
    assert meta["identified-content/location"] == "Lisbon" and meta["pubdata:position.section"] == "Culture"


def test_captions_of_embedded_pictures_are_not_body_text():
    body_html = (
        "<p>The harbour reopened on Monday.</p><p><!-- EMBED START Image --><figure><img src='x.jpg' alt='Boats'>"
        "<figcaption>Boats leave the harbour on Monday.</figcaption></figure><!-- EMBED END Image --></p>"
        "<p>Ferries run again from Tuesday.</p>"
    )
    story = _story(json.dumps({"uri": "u", "headline": "Harbour reopens", "body_html": body_html}))
    assert story.body == "The harbour reopened on Monday.\n\nFerries run again from Tuesday."
    assert story.captions == ["Boats leave the harbour on Monday."]
