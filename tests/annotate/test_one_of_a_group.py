"""Genders of names the census tables leave open (rare given names). "One of the waitresses …
she" introduces an unnamed woman: her "she" must not settle a named man's gender, or his later
"he said" finds no one, or goes to a man named in a caption. "Fell's mother, Munah Pike," tells
that Pike is a woman, and the subject of her sentence. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes

BOUNCER = (
    "Kesandu Pryce, who works the door at the Delmar lounge, said a fight spilled onto the sidewalk.\n\n"
    "{caption}"
    '"People were diving behind parked cars," Pryce said.\n\n'
    "Pryce said one of the {group} had just finished her shift when she was hit by a stray round.\n\n"
    '"I pressed my jacket on the wound until the medics got there," he said.'
)
CAPTION = (
    "Gunfire Near Delmar Lounge Leaves Two Injured\nA pair of patrons were wounded late Friday near a lounge "
    "in Riverside. Channel 5's Michael Dent reports the gunman is still at large. (Published Friday, "
    "June 12, 2015)\n\n"
)


@pytest.mark.parametrize("caption", ["", CAPTION])
@pytest.mark.parametrize("group", ["waitresses", "women", "girls"])
def test_a_she_for_one_of_a_group_of_women_leaves_the_named_man_a_he(annotator, caption, group):
    body = BOUNCER.format(caption=caption, group=group)
    assert one(quotes(annotator, body), "I pressed").speaker == "Kesandu Pryce"


def test_a_she_about_the_only_person_still_tells_her_gender(annotator):
    body = (
        "Kesandu Pryce, who works the door at the Delmar lounge, said she saw the shooter flee on foot.\n\n"
        "Officer Dale Hurst arrived minutes later.\n\n"
        '"I told everyone to get down on the floor," she said.'
    )
    assert one(quotes(annotator, body), "I told").speaker == "Kesandu Pryce"


def test_one_of_a_group_without_a_gender_adds_no_one(annotator):
    body = (
        "Harbour Police Chief Dan Ferris said one of the officers was hurt when he was struck by a car.\n\n"
        '"He is a fighter and he will be back," he said.'
    )
    assert one(quotes(annotator, body), "He is").speaker == "Dan Ferris"


@pytest.mark.parametrize(("kin", "pronoun"), [("mother", "she"), ("father", "he")])
def test_a_kin_description_set_before_a_name_tells_its_gender(annotator, kin, pronoun):
    body = (
        "Jaquon Fell, 15, was hit by gunfire outside a corner store on Saturday. Classmates left balloons "
        'at the corner on Monday.\n\n"He loved basketball and he never caused anybody trouble," said '
        f"Fell's cousin, Wanda Pike.\n\nWhen Fell's {kin}, Munah Pike, visited the corner on Tuesday, "
        f'{pronoun} saw that someone had set the balloons on fire.\n\n"Somebody did this out of pure '
        f'hate," {pronoun} said.'
    )
    assert one(quotes(annotator, body), "Somebody did").speaker == "Munah Pike"
