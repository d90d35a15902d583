"""People the model typed as organisations or places, found by a first-person quotation
attributed to them by name (``annotate/first_person.py``). Entities and quotes are built by hand:
the model's mistyping of a given name is not reproducible on demand, so the rule is tested alone."""

from __future__ import annotations

import pytest

from pipeline.annotate.first_person import retype_speaking_persons, speakers_named_in_full
from pipeline.model import Entity, Mention, Quote


def _story(body: str, speaker: str, label: str) -> tuple[list[Quote], list[Entity]]:
    start = body.index("“") + 1
    end = body.index("”")
    quote = Quote(text=body[start:end], start=start, end=end, speaker=speaker, cue="said")
    at = body.index(speaker, end)
    entity = Entity(name=speaker, label=label, mentions=[Mention(text=speaker, start=at, end=at + len(speaker))])
    return [quote], [entity]


def test_a_name_that_says_i_beside_its_cue_is_a_person():
    body = "Shots rang out.\n\n“I was standing right there when it started,” Brandvold said."
    quotes, entities = _story(body, "Brandvold", "GPE")
    retype_speaking_persons(body, quotes, entities)
    assert entities[0].label == "PERSON"


def test_said_before_the_name_counts_too():
    body = "Shots rang out.\n\n“My sister called me at midnight,” said Brandvold."
    quotes, entities = _story(body, "Brandvold", "ORG")
    retype_speaking_persons(body, quotes, entities)
    assert entities[0].label == "PERSON"


def test_an_organisation_a_spokesman_speaks_for_a_third_person_quote_or_a_body_stays():
    spokesman = "Shots rang out.\n\n“I can confirm the store is closed,” a spokesman for Brandvold said."
    quotes, entities = _story(spokesman, "Brandvold", "ORG")
    retype_speaking_persons(spokesman, quotes, entities)
    assert entities[0].label == "ORG"
    third = "Shots rang out.\n\n“The store is closed until Monday,” Brandvold said."
    quotes, entities = _story(third, "Brandvold", "ORG")
    retype_speaking_persons(third, quotes, entities)
    assert entities[0].label == "ORG"
    hospital = "Shots rang out.\n\n“I just got a man with a wound to the leg,” Harbor Hospital said."
    quotes, entities = _story(hospital, "Harbor Hospital", "ORG")
    retype_speaking_persons(hospital, quotes, entities)
    assert entities[0].label == "ORG"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Chad Vessey", "PERSON"),  # a census given name (also a country's name) opens it
        ("Harbour Council", "WORK_OF_ART"),  # no given name: the quotation alone does not decide
        ("Chad Basin Authority", "WORK_OF_ART"),  # a body's word in it
    ],
)
def test_a_name_opening_on_a_given_name_speaking_beside_a_cue_is_a_person_whatever_it_says(name, label):
    body = (
        f"The boy was hurt at a friend's house.\n\n“Everyone should pay attention to where guns are kept,” {name} said."
    )
    quotes, entities = _story(body, name, "WORK_OF_ART")
    retype_speaking_persons(body, quotes, entities)
    assert entities[0].label == label


def test_a_surname_made_a_speaker_by_its_cue_is_the_full_name_typed_as_an_organisation():
    from pipeline.annotate.annotator import StoryAnnotator
    from tests.annotate.helpers import annotated, one

    # The model types "LeBron Jaymes" as an organisation and leaves the later "Jaymes" untagged;
    # the cue makes "Jaymes" a speaker, and the speaker is the full name, a person.
    body = (
        "The Lakers beat the Celtics 112-104 on Sunday. LeBron Jaymes scored 31 points.\n\n"
        "“We just kept grinding until the shots fell,” Jaymes said."
    )
    story = annotated(StoryAnnotator(), body)
    assert one(story.quotes, "We just kept").speaker == "LeBron Jaymes"
    assert [e.label for e in story.entities if e.name == "LeBron Jaymes"] == ["PERSON"]
    assert not [e for e in story.entities if e.name == "Jaymes"]


@pytest.mark.parametrize(
    ("full", "full_label", "lone", "lone_label"),
    [
        ("Sun Sentinel", "ORG", "Sentinel", "ORG"),  # (a newspaper: no given name first)
        ("Morning Ledger", "ORG", "Ledger", "GPE"),
    ],
)
def test_a_lone_speaker_is_not_joined_to_a_name_that_is_no_persons(full, full_label, lone, lone_label):
    body = f"{full} was there. “We will not stop,” {lone} said."
    quotes, entities = _story(body, lone, lone_label)
    entities.append(Entity(name=full, label=full_label, mentions=[Mention(text=full, start=0, end=len(full))]))
    speakers_named_in_full(quotes, entities, [])
    assert quotes[0].speaker == lone
    assert [e.label for e in entities] == [lone_label, full_label]
