"""NITF on NTB's real sample (Norwegian) and our own namespaced English item."""

from __future__ import annotations

from tests.formats.helpers import millis, only_story, parse_fixture


def test_ntb_sample():
    story = only_story(parse_fixture("nitf-ntb-sample.xml", source="ntb.bin"))
    assert story.format == "nitf"
    assert story.story_id == "NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00"
    assert story.version == 1
    assert story.headline == "Pandemien herjer på den legeløse indiske landsbygda"
    assert story.byline == "NTB-AFP-DPA"
    assert story.dateline == "Unnao"
    assert story.body.startswith("Koronapandemien herjer også i landsbyer rundt omkring i India.")
    assert "– Det skjulte India" not in story.body and "- Det skjulte India" in story.body  # hl2 kept as a subhead
    assert story.captions == [
        "Kremasjonsbål for koronaofre brenner i Indias hovedstad New Delhi. Foto: Amit Sharma / AP / NTB"
    ]
    assert "Kremasjonsbål" not in story.body
    assert story.language == "nb" and story.raw_metadata["language_tag"] == "nb-NO"
    assert story.urgency == 5
    assert story.version_created == millis("2021-05-16T09:00:04+00:00")
    assert story.subjects == ["subj:07001000", "subj:07000000"]
    assert story.raw_metadata["meta:NTBStikkord"] == "india-korona-bygd"
    assert story.raw_metadata["keywords"] == "india-korona-bygd"


def test_namespaced_nitf_with_doctype_person_byline_and_structured_dateline():
    story = only_story(parse_fixture("nitf-own-english.xml"))
    assert story.story_id == "EXW-2024-0311-budget"
    assert story.version == 2
    assert story.headline == "Lawmakers pass budget after late-night session"
    assert story.raw_metadata["subheadline"] == "Spending plan heads to governor"
    assert story.byline == "Sam Okafor"
    assert story.raw_metadata["byline_title"] == "Example Wire Staff"
    assert story.dateline == "ALBANY, N.Y."
    assert story.body.split("\n\n")[-1] == "Opponents said the plan spends too much and does too little to lower taxes."
    assert story.captions == ["Lawmakers debate the budget in the Assembly chamber on Monday."]
    assert story.version_created == millis("2024-03-12T03:30:00+00:00")
    assert story.pub_status == "usable"
    assert story.language == "en" and story.raw_metadata["language_detected"] == "true"
