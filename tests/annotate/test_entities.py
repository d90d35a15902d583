"""Story-level entities on hand-written stories: grouping, labels, names, headline and captions."""

from __future__ import annotations

import time

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.entities import story_entities
from pipeline.model import Entity, Story


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


def entities(annotator: StoryAnnotator, body: str, **kw) -> list[Entity]:
    story = Story(story_id="e", format="test", body=body, **kw)
    annotator.annotate([story])
    for entity in story.entities:
        for mention in entity.mentions:
            assert body[mention.start : mention.end] == mention.text
    return story.entities


def by_name(found: list[Entity], name: str) -> Entity:
    matches = [e for e in found if e.name == name]
    assert len(matches) == 1, (name, [(e.name, e.label) for e in found])
    return matches[0]


def test_surname_and_possessive_join_the_full_name(annotator):
    body = (
        "Senator Elizabeth Warren questioned the bank's chief on Tuesday. "
        "Warren's questions were sharp, and Warren did not let up."
    )
    warren = by_name(entities(annotator, body), "Elizabeth Warren")
    assert warren.label == "PERSON"
    assert [m.text for m in warren.mentions] == ["Elizabeth Warren", "Warren", "Warren"]


def test_title_is_not_part_of_the_name(annotator):
    body = "Secretary of State John Kerry arrived in Geneva. Kerry met his Russian counterpart."
    found = entities(annotator, body)
    kerry = by_name(found, "John Kerry")
    assert kerry.mentions[0].text == "John Kerry"
    assert not [e for e in found if e.name in ("State", "Secretary of State")]


def test_acronym_and_long_form_are_one_organisation(annotator):
    body = (
        "The Federal Bureau of Investigation opened an inquiry on Monday. The FBI said the inquiry would take months."
    )
    fbi = by_name(entities(annotator, body), "Federal Bureau of Investigation")
    assert {m.text for m in fbi.mentions} == {"Federal Bureau of Investigation", "FBI"}


def test_country_aliases_are_one_entity(annotator):
    body = "The United States and Britain signed the pact. U.S. officials said the U.K. would ratify it soon."
    found = entities(annotator, body)
    us = by_name(found, "United States")
    assert {m.text for m in us.mentions} == {"United States", "U.S."}
    assert len([e for e in found if e.name in ("Britain", "U.K.", "United Kingdom")]) == 1


def test_title_cased_headline_lends_no_false_name(annotator):
    found = entities(
        annotator,
        "President Barack Obama spoke at the opening. Obama said the museum tells the truth.",
        headline="Obama Says Museum Tells the Truth",
    )
    assert "Barack Obama" in {e.name for e in found}
    assert not [e for e in found if "Says" in e.name]


def test_caption_lends_the_full_name_and_the_photographer_is_not_an_entity(annotator):
    found = entities(
        annotator,
        "Tillerson told reporters the talks were frank. Tillerson left Moscow on Thursday.",
        captions=["Secretary of State Rex Tillerson arrives in Moscow. (Photo: AP/Alexander Zemlianichenko)"],
    )
    names = {e.name for e in found}
    assert "Rex Tillerson" in names
    assert not [n for n in names if "Zemlianichenko" in n]


def test_place_tag_on_a_surname_goes_to_the_person_but_a_place_stays_a_place(annotator):
    body = (
        "Former beauty queen Alicia Machado spoke on Friday. Machado said the remarks hurt. "
        "She now lives in Los Angeles."
    )
    found = entities(annotator, body)
    machado = by_name(found, "Alicia Machado")
    assert machado.label == "PERSON" and len(machado.mentions) == 2
    assert by_name(found, "Los Angeles").label == "GPE"


def test_salience_puts_the_story_subject_first(annotator):
    body = (
        "Angela Merkel won a fourth term on Sunday. Merkel thanked voters in Berlin. "
        "Merkel said she would form a coalition quickly. Critics in Bavaria were unconvinced."
    )
    found = entities(annotator, body, headline="Merkel Wins Fourth Term")
    assert found[0].name == "Angela Merkel"
    assert all(0 < e.salience <= 1 for e in found)


def _roster(lines: int) -> str:
    """A squad list of ``lines`` made-up names, one a line: one long run of capitalised words,
    after a paragraph that names an organisation by acronym only (so its spelled-out form is
    searched for through the whole run)."""
    given = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Kofi"]
    family = ["Halvorsen", "Okafor", "Lindqvist", "Marchetti", "Brennan", "Novak", "Castellanos", "Tanaka"]
    family += ["Duarte", "Kowalczyk", "Ferreira", "Abernathy", "Sorensen", "Whitcombe", "Petrakis", "Valdez"]
    names = [
        f"{given[i % len(given)]} {family[(i * 7) % len(family)]} {family[(i * 3 + 1) % len(family)]}"
        for i in range(lines)
    ]
    return "The FSC approved the squad on Friday, the FSC said.\n\n" + "\n".join(names)


def test_a_long_roster_annotates_in_time_linear_in_its_length(annotator):
    # A run of capitalised words used to cost its length cubed (acronym spelling-out) and
    # surnames times mentions: a 300-line roster took 12 s, a 1,500-line one far beyond a minute.
    body = _roster(1500)
    doc = annotator.nlp(body)
    started = time.process_time()
    found = story_entities(doc)
    rules = time.process_time() - started
    assert rules < 5.0, f"entity rules took {rules:.1f} CPU s on a 1,500-line roster"
    assert sum(1 for e in found if e.label == "PERSON") >= 50
    started = time.process_time()
    entities(annotator, body)
    assert time.process_time() - started < 60.0


def labels_of(found: list[Entity]) -> dict[str, str]:
    return {m.text: e.label for e in found for m in e.mentions}


def test_a_results_table_is_read_row_by_row(annotator):
    body = (
        "Results of Ruritanian league matches played on Saturday:\n\n"
        "Gravenholm 3 Ostrava Vale 1\n\n"
        "Marsk 2 Gravenholm Athletic 2\n\n"
        "Scorers: B. Okafor 2, T. Lindqvist\n\n"
        "1. Anna Halvorsen (Norway) 12.71\n\n"
        "2. Greta Marchetti (Italy) 12.80"
    )
    found = labels_of(entities(annotator, body, headline="SOCCER - RURITANIAN LEAGUE RESULTS"))
    assert found.get("B. Okafor") == found.get("T. Lindqvist") == "PERSON"
    assert found.get("Anna Halvorsen") == found.get("Greta Marchetti") == "PERSON"
    assert found.get("Norway") == found.get("Italy") == "GPE"
    assert found.get("Gravenholm") == found.get("Marsk") == "ORG"
    assert not [text for text in found if any(ch.isdigit() for ch in text)], found


def test_clubs_named_after_places_are_teams_in_a_sports_story(annotator):
    body = (
        "Gravenholm beat Marsk 2-1 in the league on Saturday to go top of the standings. "
        "Gravenholm captain Jonas Brennan scored both goals, and Marsk coach Ines Novak said her "
        "side had lost to a better team. The match was played in Oslo."
    )
    found = entities(annotator, body)
    expected = {"Gravenholm": "ORG", "Marsk": "ORG", "Oslo": "GPE", "Jonas Brennan": "PERSON"}
    assert {name: by_name(found, name).label for name in expected} == expected


def test_a_company_named_once_in_full_keeps_its_type_and_its_dot(annotator):
    body = (
        "Halvorsen Industries Inc. said on Monday it would buy a rival for $40 million. "
        "Halvorsen shares rose 3 percent, and Halvorsen chairman Boris Lindqvist said the deal "
        "would close in March. The rival is Okafor Corp.\n\nIt declined to comment."
    )
    found = entities(annotator, body)
    halvorsen = [e for e in found if e.name.startswith("Halvorsen")]
    assert [e.label for e in halvorsen] == ["ORG"], [(e.name, e.label) for e in found]
    assert "Halvorsen Industries Inc." in {m.text for m in halvorsen[0].mentions}
    assert "Okafor Corp" in {m.text for e in found for m in e.mentions}  # the paragraph's full stop is not Corp.'s
    assert all(e.name != "Halvorsen" or e.label != "PERSON" for e in found)


def test_one_ner_span_holding_two_names_is_split(annotator):
    body = (
        "The talks at Grace Hall, Gravenholm ended on Friday without a deal.\n\n"
        "Delegates from Marsk or Ostrava may return next week."
    )
    found = {m.text for e in entities(annotator, body) for m in e.mentions}
    assert not [t for t in found if "," in t or " or " in t or "\n" in t], found


def test_the_headline_subject_ranks_first_and_an_agency_credit_last(annotator):
    body = (
        "Anna Halvorsen, the Ruritanian finance minister, resigned on Friday, Reuters reported. "
        "Reuters said the resignation followed a dispute over the budget. A spokesman told Reuters "
        "that Prime Minister Jonas Brennan had accepted it. Halvorsen had held the post since 2019. "
        "Brennan will name a successor next week, Reuters said."
    )
    found = entities(annotator, body, headline="RURITANIAN MINISTER HALVORSEN QUITS")
    assert found[0].name == "Anna Halvorsen"
    assert found[-1].name == "Reuters", [(e.name, e.salience) for e in found]
