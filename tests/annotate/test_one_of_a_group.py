"""Genders of names the census tables leave open (rare given names). "One of the waitresses …
she" introduces an unnamed woman: her "she" must not settle a named man's gender, or his later
"he said" finds no one, or goes to a man named in a caption. "Fell's mother, Munah Pike," tells
that Pike is a woman, and the subject of her sentence. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import one, quotes


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


BOUNCER = (
    "Tavon Pryce, a bouncer at the club, told reporters that someone in the crowd started shooting.\n\n"
    "{caption}"
    '"Everybody just started running in every direction," Pryce said.\n\n'
    "Pryce said one of the {group} was heading home when she was caught in the crossfire.\n\n"
    '"I took off my belt and tied it around her leg to stop the bleeding," he said.'
)
CAPTION = (
    "Two Hurt in Shooting Outside Riverside Club\nTwo people were hurt in a shooting outside a club "
    "in Riverside. Channel 5's Michael Dent reports the gunman is still at large. (Published Friday, "
    "June 12, 2015)\n\n"
)


@pytest.mark.parametrize("caption", ["", CAPTION])
@pytest.mark.parametrize("group", ["waitresses", "women", "girls"])
def test_a_she_for_one_of_a_group_of_women_leaves_the_named_man_a_he(annotator, caption, group):
    body = BOUNCER.format(caption=caption, group=group)
    assert one(quotes(annotator, body), "I took").speaker == "Tavon Pryce"


def test_a_she_about_the_only_person_still_tells_her_gender(annotator):
    body = (
        "Tavon Pryce, a bouncer at the club, said she saw the shooter run toward the parking lot.\n\n"
        "Officer Dale Hurst arrived minutes later.\n\n"
        '"I told everyone to get down on the floor," she said.'
    )
    assert one(quotes(annotator, body), "I told").speaker == "Tavon Pryce"


def test_one_of_a_group_without_a_gender_adds_no_one(annotator):
    body = (
        "Harbour Police Chief Dan Ferris said one of the officers was hurt when he was struck by a car.\n\n"
        '"He is a fighter and he will be back," he said.'
    )
    assert one(quotes(annotator, body), "He is").speaker == "Dan Ferris"


@pytest.mark.parametrize(("kin", "pronoun"), [("mother", "she"), ("father", "he")])
def test_a_kin_description_set_before_a_name_tells_its_gender(annotator, kin, pronoun):
    body = (
        "Jaquon Fell, 15, was shot near the park on Saturday. Friends placed flowers and lit candles "
        'there Monday.\n\n"He was a very loving boy who was in the wrong place at the wrong time," said '
        f"Fell's cousin, Wanda Pike.\n\nWhen Fell's {kin}, Munah Pike, returned to the memorial Tuesday, "
        f"{pronoun} found burned remains of several items.\n\n\"It's a racial issue that's going on right "
        f'now," {pronoun} said.'
    )
    assert one(quotes(annotator, body), "It's a").speaker == "Munah Pike"
