"""Datelines in every agency style: split off into ``dateline`` and out of the body, by every
parser; headlines and page labels are not datelines."""

from __future__ import annotations

import json

import pytest

from pipeline.formats import parse_document
from pipeline.formats.dateline import split_dateline, split_lead
from pipeline.model import RawDocument
from tests.formats.helpers import only_story


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP)", "The Senate voted."),
        ("LONDON (Reuters) - Shares fell.", "LONDON (Reuters)", "Shares fell."),
        ("BEIRUT, Lebanon (AP) -- A blast shook the port.", "BEIRUT, Lebanon (AP)", "A blast shook the port."),
        ("KABUL, Afghanistan (AP) — A quake struck.", "KABUL, Afghanistan (AP)", "A quake struck."),
        ("MOSCOW, April 12 (Reuters) - Talks resumed.", "MOSCOW, April 12 (Reuters)", "Talks resumed."),
        ("OSLO, Aug 3, 2021 (AFP) - Ferries stopped.", "OSLO, Aug 3, 2021 (AFP)", "Ferries stopped."),
        ("LYON, 5 mars 2024 (AFP) - Les trains roulent.", "LYON, 5 mars 2024 (AFP)", "Les trains roulent."),
        ("HAMBURG, 12. März (Reuters) - Der Hafen ruht.", "HAMBURG, 12. März (Reuters)", "Der Hafen ruht."),
        ("MOSCOW – The talks ended.", "MOSCOW", "The talks ended."),
        ("Bremen (dpa) - Der Senat hat beschlossen.", "Bremen (dpa)", "Der Senat hat beschlossen."),
        ("Leeds (dpa) - The council met.", "Leeds (dpa)", "The council met."),
        ("Frankfurt/Main (Reuters) Die Börse schloss fester.", "Frankfurt/Main (Reuters)", "Die Börse schloss fester."),
        ("Managua, Ene 2 (EFE).- El gobierno anunció.", "Managua, Ene 2 (EFE)", "El gobierno anunció."),
        ("Rio de Janeiro (AFP) - O porto fechou.", "Rio de Janeiro (AFP)", "O porto fechou."),
        ("Tampere (STT) – Kaupunki päätti.", "Tampere (STT)", "Kaupunki päätti."),
        ("DENVER (AP) _ Snow fell.", "DENVER (AP)", "Snow fell."),
        ("BOSTON, Feb 19 AP - The team won.", "BOSTON, Feb 19 AP", "The team won."),
        ("Mar 2 (Reuters) - Copper slipped.", "Mar 2 (Reuters)", "Copper slipped."),
        ("ST. PAUL, Minn. (AP) — A bridge closed.", "ST. PAUL, Minn. (AP)", "A bridge closed."),
        ("NEW DELHI: The ministry said so.", "NEW DELHI", "The ministry said so."),
        # Not datelines: a ticker, page labels, headlines, prose.
        ("Apple (AAPL) shares rose on Monday.", None, None),
        ("PUBLISHED: 22:07 GMT, 7 July 2012", None, None),
        ("POSTED: 11/03/19, 8:15 AM EST |", None, None),
        ("BREAKING: A fire broke out downtown.", None, None),
        ("UPDATED: 10:15 EST, 3 March 2015", None, None),
        ("PORT STRIKE ENDS - UNIONS CLAIM VICTORY", None, None),
        ("Ferry strike ends - unions claim victory", None, None),
        ("The talks ended without a deal.", None, None),
        ("Update 1 - Gold rises", None, None),
    ],
)
def test_dateline_styles(paragraph, dateline, rest):
    found, remainder = split_dateline(paragraph)
    assert found == dateline
    assert remainder == (rest if dateline else paragraph)


@pytest.mark.parametrize(
    "paragraph",
    ["LONDON 1996-08-30", "ANN ARBOR, Mich. 1996-08-30", "LEEDS, England 1996-08-30", "ST. LOUIS 1996-08-31"],
)
def test_a_dateline_paragraph_of_its_own(paragraph):
    assert split_dateline(paragraph) == (paragraph, "")
    dateline, paras = split_lead([paragraph, "The match ended level."])
    assert dateline == paragraph and paras == ["The match ended level."]


def test_a_short_headline_paragraph_is_not_a_dateline():
    assert split_lead(["PORT REOPENS", "Ships sailed again on Monday."]) == (
        None,
        ["PORT REOPENS", "Ships sailed again on Monday."],
    )


def test_dateline_after_a_note_bullets_and_byline():
    paras = ["(Adds detail)", "* Copper falls", "By Ann Example", "Mar 2 (Reuters) - Copper slipped.", "More."]
    dateline, body = split_lead(paras)
    assert dateline == "Mar 2 (Reuters)"
    assert body == ["(Adds detail)", "* Copper falls", "By Ann Example", "Copper slipped.", "More."]
    # Prose first: nothing further down is looked at.
    assert split_lead(["Copper slipped.", "LONDON (Reuters) - More."])[0] is None


def test_a_given_dateline_stays_and_the_body_loses_its_copy():
    meta: dict[str, str] = {}
    assert split_lead(["DENVER (AP) — Snow fell."], given="Denver", metadata=meta) == ("Denver", ["Snow fell."])
    assert meta == {"dateline_in_body": "DENVER (AP)"}
    meta = {}
    assert split_lead(["DENVER — Snow fell."], given="DENVER", metadata=meta) == ("DENVER", ["Snow fell."])
    assert meta == {}
    # A "dateline" field holding only a time is kept apart; the body's place is the dateline.
    meta = {}
    dateline, body = split_lead(["DENVER (AP) — Snow fell."], given="2021-01-02 10:00:00 GMT+00:00", metadata=meta)
    assert (dateline, body) == ("DENVER (AP)", ["Snow fell."])
    assert meta == {"dateline_time": "2021-01-02 10:00:00 GMT+00:00"}
    # A given dateline loses the dash it was written with.
    assert split_lead(["Snow fell."], given="DENVER, Jan 2 (AP) -")[0] == "DENVER, Jan 2 (AP)"


def test_ninjs_body_keeps_an_exact_suffix_when_the_dateline_is_its_own_paragraph():
    body_text = (
        "LEEDS 1996-08-30\n\nHosts Leeds drew 1-1 with visitors Hull on Friday.\n\nThe return game is next week."
    )
    story = only_story(parse_document(RawDocument("x.json", json.dumps({"uri": "u", "body_text": body_text}).encode())))
    assert story.dateline == "LEEDS 1996-08-30"
    assert body_text.endswith(story.body) and story.body.startswith("Hosts Leeds drew")


def _nitf(first_paragraph: str, dateline_element: str = "") -> bytes:
    return (
        "<nitf><body><body.head><hedline><hl1>Snow closes roads</hl1></hedline>"
        f"{dateline_element}</body.head><body.content><p>{first_paragraph}</p><p>Schools shut.</p>"
        "</body.content></body></nitf>"
    ).encode()


@pytest.mark.parametrize(
    ("data", "dateline", "body_start"),
    [
        (_nitf("DENVER (AP) — Snow fell."), "DENVER (AP)", "Snow fell."),
        (_nitf("DENVER (AP) — Snow fell.", "<dateline>Denver</dateline>"), "Denver", "Snow fell."),
        (b"Snow closes roads\n\nDENVER (AP) - Snow fell.\n\nSchools shut.\n", "DENVER (AP)", "Snow fell."),
        (
            json.dumps({"headline": "Snow", "body_html": "<p>Bremen (dpa) - Schnee fiel.</p>"}).encode(),
            "Bremen (dpa)",
            "Schnee fiel.",
        ),
        (
            b"\x01eca001 4 i 20 dpa\nsnow/\n\x02Snow closes roads=\n   Leeds (dpa) - Snow fell.\n\x03",
            "Leeds (dpa)",
            "Snow fell.",
        ),
        (
            b"\x16\x16\x01a0001 r a BC-Snow 01-02 0020\r\n\x02^Snow closes roads<\r\n   DENVER (AP) _ Snow fell.<\r\n\x03\x04",
            "DENVER (AP)",
            "Snow fell.",
        ),
    ],
    ids=["nitf", "nitf-with-dateline-element", "plaintext", "ninjs-html", "iptc7901", "anpa1312"],
)
def test_every_format_splits_the_dateline_off_the_body(data, dateline, body_start):
    story = only_story(parse_document(RawDocument("input", data)))
    assert story.dateline == dateline
    assert story.body.startswith(body_start)
