"""Ranked titles: a "vice president" is not "the president", nor is a "former president" or a
"lieutenant governor" "the governor"; each is tied to its holder as the compound
(`lexicons/rank_modifiers.txt`). Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize(
    ("lede", "description", "speaker"),
    [
        (
            "President Ada Kell met with Vice President Tom Brisk at the residence on Monday.",
            "the president",
            "Ada Kell",
        ),
        (
            "Vice President Tom Brisk met with President Ada Kell at the residence on Monday.",
            "the vice president",
            "Tom Brisk",
        ),
        (
            "President Ada Kell spoke in Ohio. Former President Ray Dunmore campaigned in Florida.",
            "the president",
            "Ada Kell",
        ),
        ("Former President Ray Dunmore campaigned in Florida on Monday.", "the former president", "Ray Dunmore"),
        (
            "Senator Ann Roe, the party's vice presidential nominee, toured Ohio in October.",
            "the former vice presidential nominee",
            "Ann Roe",
        ),
        (
            "Former Vice President Tom Brisk and former President Ray Dunmore spoke on Monday.",
            "the former vice president",
            "Tom Brisk",
        ),
        ("Lt. Gov. Dan Kerr met Gov. Ann Roe in the capital.", "the governor", "Ann Roe"),
        ("Lt. Gov. Dan Kerr met Gov. Ann Roe in the capital.", "the lieutenant governor", "Dan Kerr"),
        ("Deputy Director Lena Ford briefed Director Sam Ouellet on the raid.", "the director", "Sam Ouellet"),
        (
            "House Speaker Paul Rand spoke on Monday. Former House Speaker Newt Gaskin appeared on television.",
            "the speaker",
            "Paul Rand",
        ),
    ],
)
def test_a_ranked_title_is_its_own_office(annotator, lede, description, speaker):
    body = f"{lede}\n\n“We have a great deal of work left to finish before January,” {description} said."
    assert one(quotes(annotator, body), "We have").speaker == speaker


def test_the_president_is_not_the_vice_president_alone_in_focus(annotator):
    body = (
        "Vice President Tom Brisk toured the flooded towns on Monday.\n\n“We have a great deal of work left "
        "to finish before January,” the president said."
    )
    assert one(quotes(annotator, body), "We have").speaker is None


def test_a_description_naming_another_office_is_not_the_person_in_focus(annotator):
    # Sen. Ruiz is the one in focus, but "the governor" is the story's other person (lexicons/
    # offices.txt: a senator is not a governor).
    body = (
        "Tom Hale signed the state budget on Friday, ending a week of talks at the capitol.\n\n"
        "Sen. Amy Ruiz, who chairs the finance committee, said the deal was fair. “We gave up a lot, "
        "but the schools got what they needed,” Ruiz said.\n\n"
        "Ruiz spent Thursday in meetings with both parties and left before the signing.\n\n"
        "“This budget keeps every promise we made to teachers,” the governor said."
    )
    found = quotes(annotator, body)
    assert one(found, "We gave up").speaker == "Amy Ruiz"
    assert one(found, "This budget keeps").speaker == "Tom Hale"


@pytest.mark.parametrize(
    ("title", "description", "speaker"),
    [
        ("Rep.", "the congresswoman", "Carla Mendes"),
        ("Sen.", "the senator", "Carla Mendes"),
        ("Sen.", "the governor", None),
        ("Mayor", "the sheriff", None),
        ("First lady", "the governor", None),
        ("First lady", "the president", None),
    ],
)
def test_the_same_office_in_other_words_is_the_same_person(annotator, title, description, speaker):
    body = (
        f"{title} Carla Mendes spent the morning at a school on the east side. Mendes toured the new "
        "science wing with parents.\n\n"
        f"“We are not going to let these kids down this year,” {description} said."
    )
    assert one(quotes(annotator, body), "We are not going").speaker == speaker


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Sen. Carla Mendes toured the flooded towns on Monday. Gov. Walt Hines joined her later.", "Carla Mendes"),
        ("Rep. Carla Mendes toured the flooded towns on Monday. Gov. Walt Hines joined her later.", "Carla Mendes"),
        ("Gov. Walt Hines toured the flooded towns on Monday.", None),  # (a governor makes no laws)
        # two subjects named together both act and share the focus, whichever comes first
        ("Sen. Carla Mendes and Gov. Walt Hines toured the flooded towns on Monday.", "Carla Mendes"),
        ("Gov. Walt Hines and Rep. Carla Mendes toured the flooded towns on Monday.", "Carla Mendes"),
    ],
)
def test_the_lawmaker_is_a_legislator_not_a_governor(annotator, lede, speaker):
    body = f"{lede}\n\n“We are not going to let these towns down this year,” the lawmaker said."
    assert one(quotes(annotator, body), "We are not going").speaker == speaker


@pytest.mark.parametrize(
    ("lede", "description"),
    [
        ("Campaign manager Joel Fenwick flew to Denver with the candidate on Monday.", "the campaign"),
        ("State Rep. Nadia Berrios filed the measure on Monday.", "the state"),
        ("Oversight committee chairman Evan Stroud opened the hearing on Monday.", "the committee"),
        ("Ridley's campaign manager, Joel Fenwick, flew to Denver on Monday.", "the campaign"),
    ],
)
def test_a_body_before_a_title_is_not_the_titled_person(annotator, lede, description):
    body = (
        f'{lede} Later that day a statement went out. "Nothing about this plan was ever agreed to," {description} said.'
    )
    assert one(quotes(annotator, body), "Nothing about").speaker is None


def test_the_title_after_a_body_word_still_names_its_holder(annotator):
    body = (
        "Campaign manager Joel Fenwick flew to Denver on Monday. "
        '"We are ahead in every county that matters," the manager said.'
    )
    assert one(quotes(annotator, body), "We are ahead").speaker == "Joel Fenwick"
