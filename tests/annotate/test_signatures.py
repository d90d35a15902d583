"""A quotation signed with a dash: the speaker is the name after the dash, on the quote's own
line ("“…” — Jane Roe") or on a short line of its own after it ("“…”¶— Jane Roe, The Planet"),
as pull quotes, letters and statements are printed. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes

LEAD = "The council voted on the library budget late on Tuesday.\n\n"


@pytest.mark.parametrize(
    "signature",
    [
        " — Mara Linde, council member",  # on the quote's line
        "\n— Mara Linde, council member",  # the next line
        "\n\n— Mara Linde, The Westbrook Courier",  # a paragraph of its own
        "\n\n-- Mara Linde",  # two hyphens for the dash
        "\n— Sen. Mara Linde (D-Ore.)",  # a title before the signed name
        "\n\n— Rep. Mara Linde",
        " pic.twitter.com/a1b2c3\n— Mara Linde (@MaraLinde) October 5, 2016",  # an embedded post's link
    ],
)
def test_a_dash_signature_names_the_speaker(annotator, signature):
    body = LEAD + "“Nobody in this room wanted to close the library on weekends.”" + signature
    assert one(quotes(annotator, body), "Nobody in this room").speaker == "Mara Linde"


def test_a_line_with_a_verb_after_a_dash_is_no_signature(annotator):
    body = (
        "Piet Olsen runs the ferry company.\n\n"
        "Oren Daly spoke at the meeting.\n\n"
        "“Nobody in this room wanted to close the library on weekends.”\n\n"
        "— Piet Olsen voted against the plan, as did two others."
    )
    assert one(quotes(annotator, body), "Nobody in this room").speaker != "Piet Olsen"


def test_a_dash_line_after_a_quote_that_goes_on_is_no_signature(annotator):
    body = (
        "Oren Daly spoke at the meeting.\n\n"
        "“Nobody in this room wanted to close the library on weekends,” Daly said, and sat down.\n\n"
        "— Piet Olsen, ferry operator"
    )
    assert one(quotes(annotator, body), "Nobody in this room").speaker == "Oren Daly"


def test_a_credit_line_after_a_quote_with_its_own_cue_changes_nothing(annotator):
    body = (
        "Asked about the closure, Oren Daly said, “Nobody in this room wanted to close the library.”\n\n"
        "--additional reporting by Piet Olsen."
    )
    assert one(quotes(annotator, body), "Nobody in this room").speaker == "Oren Daly"


def test_each_of_two_signed_quotations_is_its_own_signer_s(annotator):
    # (the second had gone to the first signer, read as the sentence before it)
    body = (
        "Several members criticized the vote on Sunday.\n\n"
        "“This is not who we are as a city.”\n— Sen. Carl Mott (R-Ohio)\n\n"
        "“I have never been more embarrassed by this council.”\n— Rep. Ann Boyle (R-Pa.)"
    )
    found = quotes(annotator, body)
    assert one(found, "This is not who").speaker == "Carl Mott"
    assert one(found, "I have never been").speaker == "Ann Boyle"
