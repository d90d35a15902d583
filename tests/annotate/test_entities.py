"""Story-level entities on hand-written stories: grouping, labels, names, headline and captions."""

from __future__ import annotations

import time

import pytest

from pipeline.annotate.acronyms import bracketed_acronyms
from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.entities import story_entities
from pipeline.model import Entity, Mention, Story
from tests.annotate.helpers import annotated, one, quotes


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


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the model's one span over the portfolio and the name ("State Lydia Harlan", an ORG)
        ("Secretary of State Lydia Harlan spoke in Denver. Harlan took questions.", "Lydia Harlan"),
        # the portfolio tagged alone and the name left untagged, or nothing tagged at all
        ("Secretary of Labor Ana Ruiz visited the plant on Monday.", "Ana Ruiz"),
        ("Minister of Health Ana Pires said the clinics would reopen.", "Ana Pires"),
        ("Secretary of the Interior Helen Marsh toured the park.", "Helen Marsh"),
        # an officeholder's body after "of", as a minister's portfolio
        ("Speaker of the House Dennis Marlow said the vote would go ahead.", "Dennis Marlow"),
        ("President of the Council Maria Ostrova opened the summit on Monday.", "Maria Ostrova"),
    ],
)
def test_name_after_a_ministers_portfolio_is_a_person(annotator, body, name):
    found = entities(annotator, body)
    person = by_name(found, name)
    assert person.label == "PERSON"
    assert not [e for e in found if name in e.name and e.name != name]


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


def test_a_given_name_and_a_surname_read_as_an_organisation_is_a_person(annotator):
    # The small model tags this invented woman ORG in both sentences.
    body = "The council met on Monday. Helena Marsh told the meeting the gates would stay shut. Marsh left early."
    marsh = by_name(entities(annotator, body), "Helena Marsh")
    assert marsh.label == "PERSON"
    assert [m.text for m in marsh.mentions] == ["Helena Marsh", "Marsh"]


def test_a_street_named_like_a_person_stays_what_the_model_says(annotator):
    body = "Residents of Betty Court called the police. Betty Court lies near the river."
    assert by_name(entities(annotator, body), "Betty Court").label != "PERSON"


def test_a_title_word_that_begins_a_company_name_is_not_a_title(annotator):
    body = (
        "General Turbines said on Monday it would cut 400 jobs. Shares in General Turbines fell 3 percent. "
        "King Holdings agreed to buy Prince Foods for $40 million."
    )
    found = entities(annotator, body)
    assert by_name(found, "General Turbines").label == "ORG"
    assert by_name(found, "Prince Foods").label == "ORG"
    assert not [e for e in found if e.name in ("Turbines", "Foods", "Holdings")]


def test_a_given_name_the_model_left_out_joins_the_surname(annotator):
    # The small model tags only "Reyes" here (as an organisation).
    body = "Dean Brandt economist Ana Reyes said rates would rise. Reyes expects two cuts next year."
    reyes = by_name(entities(annotator, body), "Ana Reyes")
    assert reyes.label == "PERSON"
    assert [m.text for m in reyes.mentions] == ["Ana Reyes", "Reyes"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Nephew Zeke Gebrell heard the news late Thursday and drove through the night.", "Zeke Gebrell"),
        ("Grandmother Ella Stokes said she had raised the boy.", "Ella Stokes"),
        ("Cousin Darnell Price said the family was devastated.", "Darnell Price"),
    ],
)
def test_a_relative_opening_the_sentence_is_not_part_of_the_name(annotator, body, name):
    # The noun is capitalised only because it opens the sentence; the model takes it into the name.
    found = entities(annotator, body)
    assert by_name(found, name).label == "PERSON"
    assert not [e for e in found if e.name != name and name in e.name]


def test_a_given_name_the_model_left_out_joins_a_surname_not_in_title_case(annotator):
    # The small model tags only "McCarthy" after the title; "McCarthy" is no title-case word but
    # is written as a name.
    body = "“This violence has to stop,” Police Superintendent Garry McCarthy said after the funeral."
    assert by_name(entities(annotator, body), "Garry McCarthy").label == "PERSON"
    assert one(quotes(annotator, body), "This violence").speaker == "Garry McCarthy"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Reporter April Dunmore asked the press secretary about the memo on Tuesday.", "April Dunmore"),
        ("“We are done talking about this,” said May Holcomb, the board chair, on Friday.", "May Holcomb"),
        ("Councilman August Pfeffer voted against the budget on Monday.", "August Pfeffer"),
        ("The budget office economist August Pfeffer voted against it.", "August Pfeffer"),
        ("The couple married in 1951. June Talbot died in 2010, her husband a year later.", "June Talbot"),
    ],
)
def test_a_month_that_is_a_given_name_stays_in_the_name(annotator, body, name):
    # The calendar word at the start of a span is cut for "the August Chicago index"; April, May,
    # June and August are given names too.
    assert by_name(entities(annotator, body), name).label == "PERSON"


def test_a_month_before_a_surname_is_still_a_date_after_in(annotator):
    found = entities(annotator, "The vote slipped to the summer. In June Talbot said she would vote no.")
    assert "June Talbot" not in [e.name for e in found]


def test_a_name_right_after_a_persons_role_is_a_person(annotator):
    # The small model tags "Ama Owusu" ORG, and only "Lindqvist" of "Per Lindqvist" ("Per" as a preposition).
    found = entities(annotator, "The ministry spokeswoman Ama Owusu said talks would resume.")
    assert by_name(found, "Ama Owusu").label == "PERSON"
    found = entities(annotator, "Port spokesman Per Lindqvist told reporters the cranes were idle.")
    assert by_name(found, "Per Lindqvist").label == "PERSON"


def test_a_name_ending_in_an_industry_word_is_an_organisation(annotator):
    # The small model tags "Acme Freight" PERSON; a speaker described as "its spokeswoman" then
    # speaks for a person.
    found = entities(annotator, "Acme Freight lost two supermarket contracts this week.")
    assert by_name(found, "Acme Freight").label == "ORG"


def test_a_nickname_in_quotation_marks_stays_inside_the_name(annotator):
    # The small model reads 'Ramon "Hands of Granite' as a person and misses "Ortiz", and tags
    # "Victor" alone.
    body = (
        'Veteran boxer Ramon "Hands of Granite" Ortiz climbs into the ring on Saturday. '
        'Boxing legend Victor "The Wall" Santana returns too.'
    )
    found = entities(annotator, body)
    assert by_name(found, 'Ramon "Hands of Granite" Ortiz').label == "PERSON"
    assert by_name(found, 'Victor "The Wall" Santana').label == "PERSON"
    assert not [e for e in found if e.name in ('Ramon "Hands of Granite', "Victor")]


def test_places_the_model_missed_come_from_the_gazetteers(annotator):
    # The model tags neither "Cayman Islands" nor "Chiapas" a place (the second a person).
    found = entities(annotator, "Slovenia drew with the Cayman Islands 1-1 on Sunday.")
    assert by_name(found, "Cayman Islands").label == "GPE"
    found = entities(annotator, "Storms hit Tabasco and Chiapas on Tuesday. The weather was nice in Reading.")
    assert by_name(found, "Chiapas").label == "GPE"
    assert not [e for e in found if e.name.lower() == "nice"]  # lower case: a word, not the city


def test_a_place_is_typed_by_the_place_noun_beside_it(annotator):
    # The model tags "Vestoya" and "Andorra" as organisations, and retyping made a city with a
    # market after it a company.
    assert by_name(entities(annotator, "The plane came down on the island of Vestoya."), "Vestoya").label == "GPE"
    assert by_name(entities(annotator, "The coach named his squad to face Andorra."), "Andorra").label == "GPE"
    found = entities(annotator, "Tokyo stocks rose on Friday while Milan shares fell.")
    assert [by_name(found, name).label for name in ("Tokyo", "Milan")] == ["GPE", "GPE"]


def test_a_club_named_like_a_person_plays_as_a_team(annotator):
    # The model reads "Deportivo Marsk" as a person; the plural verb says it is a body of people.
    body = (
        "Varnholm beat Dorsk 2-1 in the league on Saturday. Deportivo Marsk drew 0-0 with Elmvale. "
        "Deportivo Marsk were fined after the match."
    )
    assert by_name(entities(annotator, body), "Deportivo Marsk").label == "ORG"


@pytest.mark.parametrize("club", ["AS Morvan", "Harbour United", "Dinamo Orlovac"])
def test_a_club_by_the_word_its_name_opens_or_ends_with_is_the_club_that_speaks(annotator, club):
    # The model reads such names as persons, so "the club said" found no club to mean.
    body = f"{club} condemned the abuse. “{club} condemns the racist chants,” the club said."
    story = annotated(annotator, body)
    assert by_name(story.entities, club).label == "ORG"
    assert one(story.quotes, f"{club} condemns").speaker == club


def test_a_name_before_a_buildings_noun_is_that_building(annotator):
    found = entities(annotator, "Pilgrims gathered at the al-Varqa mosque on Friday.")
    assert by_name(found, "al-Varqa").label == "FAC"


def test_a_town_and_a_plural_nickname_are_one_team(annotator):
    body = (
        "Juan Ortega homered twice as the Texas Rangers beat the Cleveland Indians 7-3 on Friday. "
        "Ortega hit a two-run homer in the third inning off Indians starter Dan Reed.\n\n"
        "In Miami, Kevin Brown pitched a four-hitter as the Marlins won 5-1. "
        "Brown struck out eight batters and the Marlins scored three runs in the sixth inning."
    )
    found = entities(annotator, body)
    indians = by_name(found, "Cleveland Indians")
    assert (indians.label, [m.text for m in indians.mentions]) == ("ORG", ["Cleveland Indians", "Indians"])
    assert by_name(found, "Marlins").label == "ORG"  # the model reads "the Marlins" as a person


def test_an_event_adjective_and_a_lone_given_name_are_typed_as_such(annotator):
    # The model reads "Olympic" as a building and "Marcus" as a place.
    found = entities(annotator, "Watched by former Olympic sprint champions, Reyes won the 100 metres in Oslo.")
    assert by_name(found, "Olympic").label == "EVENT"
    found = entities(annotator, '"When I called Marcus he said yes," the manager said of the striker.')
    assert by_name(found, "Marcus").label == "PERSON"


def test_a_firm_always_written_with_a_possessive_keeps_it(annotator):
    body = "Varga's agreed to sell its branches. Shares of Varga's rose 3 percent. Analysts said Varga's was a bargain."
    assert [m.text for m in by_name(entities(annotator, body), "Varga's").mentions] == ["Varga's"] * 3


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_department_named_with_a_possessive_is_one_organisation(annotator, mark):
    # "Harlow County Sheriff's Department" was cut at the possessive into "Harlow County Sheriff"
    # and "Department", and "the department said" then spoke as "Department".
    body = f"Two men were shot on Sunday, the Harlow County Sheriff{mark}s Department said.\n\n“Both were taken to a hospital,” the department said."
    story = annotated(annotator, body)
    name = f"Harlow County Sheriff{mark}s Department"
    assert (name, "ORG") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "Both were taken").speaker == name


def test_an_event_named_after_a_country_is_the_event(annotator):
    found = entities(annotator, "She won her third successive U.S. Amateur Championship last year.")
    assert by_name(found, "U.S. Amateur Championship").label == "EVENT"


def test_an_acronym_in_brackets_after_the_full_name_is_a_mention(annotator):
    # The model tags the full name but not "(VNLF)" in brackets right after it.
    body = "The Varno National Liberation Front (VNLF) signed the accord on Monday."
    front = by_name(entities(annotator, body), "Varno National Liberation Front")
    assert [m.text for m in front.mentions] == ["Varno National Liberation Front", "VNLF"]


def test_an_acronym_before_the_full_name_in_brackets_is_a_mention():
    body = "The VNLF (Varno National Liberation Front) signed the accord on Monday."
    name = ("Varno National Liberation Front", 10, 41, "ORG")
    assert bracketed_acronyms(body, [name]) == [("VNLF", 4, 8, "ORG"), name]


def test_an_honorific_tells_which_of_two_who_share_a_surname(annotator):
    # The wife is named first; "Mr. Varga" is her husband, not the first Varga named.
    body = (
        "Helen Varga campaigned in Ohio on Monday while her husband, former Governor Paul Varga, "
        "raised money in California.\n\n"
        "“We are going to win this state,” Mrs. Varga told a crowd in Toledo.\n\n"
        "In Los Angeles, Mr. Varga struck a more cautious tone. “Nothing is certain in this business,” "
        "Mr. Varga said. “We have to keep working until the last vote is counted,” he added."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We are going to win").speaker == "Helen Varga"
    assert one(story.quotes, "Nothing is certain").speaker == "Paul Varga"
    assert one(story.quotes, "We have to keep").speaker == "Paul Varga"


def test_the_bare_surname_is_the_one_of_two_the_story_gives_no_honorific(annotator):
    # AP style: the spouse is "Mrs. Ashe", the candidate plain "Ashe".
    body = (
        "Vela Ashe, the wife of Republican nominee Gordon Ashe, gave her first campaign speech on Thursday.\n\n"
        "“I want to talk about the children of this country,” Mrs. Ashe said.\n\n"
        "Her husband watched from the front row. Ashe later told reporters that his wife had done "
        "“a fantastic job out there today.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "I want to talk").speaker == "Vela Ashe"
    assert one(story.quotes, "a fantastic job").speaker == "Gordon Ashe"


def test_given_names_joined_by_and_share_the_surname(annotator):
    body = (
        "Bill and Hillary Clinton arrived in Tulsa on Friday. Bill shook hands for an hour.\n\n"
        "My parents, Walter and Ruth Kessler, ran the diner across the street."
    )
    found = entities(annotator, body)
    assert by_name(found, "Bill Clinton").mentions[0].text == "Bill"
    assert len(by_name(found, "Bill Clinton").mentions) == 2
    assert by_name(found, "Walter Kessler").label == "PERSON"
    assert by_name(found, "Ruth Kessler").label == "PERSON"
    # guard (passes without the rule too): a surname the story gave someone else stays theirs
    body = "Elizabeth Warren spoke first. Warren and Hillary Clinton then took questions."
    found = entities(annotator, body)
    assert "Warren Clinton" not in {e.name for e in found}
    assert [m.text for m in by_name(found, "Elizabeth Warren").mentions] == ["Elizabeth Warren", "Warren"]


def test_a_misspelt_surname_is_the_person_spelt_right_elsewhere(annotator):
    body = (
        "Two voters, Tyresha McClenney and Bryan Oduya, came to hear the senator speak.\n\n"
        "McLenney said the speech changed nothing for her. McLenny left before the end."
    )
    found = entities(annotator, body)
    assert [m.text for m in by_name(found, "Tyresha McClenney").mentions] == [
        "Tyresha McClenney",
        "McLenney",
        "McLenny",
    ]
    # guard: a surname of its own near another's stays apart ("Johnston" is no misspelt "Johnson")
    body = "Mayor Gary Johnson opened the fair. Johnston, the fire chief, spoke after him."
    assert "Gary Johnson" in {e.name for e in entities(annotator, body)} and "Johnston" in {
        e.name for e in entities(annotator, body)
    }


_LIVE_BLOG = (
    "Saturday 11:40 a.m. UPDATE\n\nThe road near the clinic reopened to traffic.\n\n"
    "Saturday 10:05 a.m. UPDATE\n\nMayor Ruth Ellery visited the families of the injured.\n\n"
    "Saturday 9:20 a.m. UPDATE\n\nOfficers finished searching the parking garage.\n\n"
    "Friday 8 P.M. PRESS CONFERENCE UPDATE:\n\nLt. Omar Field confirmed that two people died.\n\n"
    "Friday 4:30 p.m. UPDATE\n\nRadio traffic from officers starting at 4:20 p.m.:\n\n"
    '* "He is walking toward the door with his hands raised."\n\n'
    '* 4:24 p.m.: "We have the man in custody now. He is alone and unarmed."'
)


def test_a_live_blogs_time_stamped_headings_name_no_one(annotator):
    # The headings read as table rows; "P.M. PRESS …" looked like initials and a surname, and a
    # clock time before a colon looked like a transcript's speaker label.
    story = Story(story_id="e", format="test", body=_LIVE_BLOG)
    annotator.annotate([story])
    names = {e.name for e in story.entities}
    assert not any("UPDATE" in n or "P.M." in n for n in names), names
    assert {"Ruth Ellery", "Omar Field"} <= names
    assert [q.speaker for q in story.quotes if q.text.startswith("We have the man")] == [None]


def test_a_surname_the_model_reads_as_a_law_is_the_persons(annotator):
    # The model tags the lone "Delaney" as a law (LAW); a story's surname is its person's.
    body = (
        "Marcus Delaney, a real estate developer and former reality TV star from New York, spoke in "
        "Ohio on Monday. Senator Ellen Brandt, a Democrat from Vermont, answered him hours later.\n\n"
        "Delaney told the crowd that trade deals had hurt the state for decades."
    )
    found = entities(annotator, body)
    assert [e.label for e in found if "Delaney" in e.name] == ["PERSON"]
    assert len(by_name(found, "Marcus Delaney").mentions) == 2


def test_a_surname_alone_is_the_person_whose_name_ends_in_a_suffix_not_a_relative(annotator):
    # "Hughes" is Darnell Hughes Jr.'s surname (the "Jr." is a suffix, nameparser's), not only
    # the surname of the wife the story names last.
    body = (
        "Darnell Hughes Jr., 41, was charged on Monday with setting the warehouse fire.\n\n"
        "Hughes had worked at the warehouse for ten years. Hughes was arrested at his home.\n\n"
        "His lawyer said Hughes would plead not guilty. Records list his wife, Tamika Hughes, as the "
        "owner of the house."
    )
    found = entities(annotator, body)
    assert len(by_name(found, "Darnell Hughes Jr.").mentions) == 4
    assert len(by_name(found, "Tamika Hughes").mentions) == 1


def test_a_name_with_and_without_its_middle_name_is_one_person(annotator):
    body = (
        "Dorian Elliott Vesk, 22, was charged on Friday with arson.\n\n"
        "Dorian Vesk had been questioned twice before. Vesk was held on $50,000 bail, and Dorian Vesk's "
        "lawyer said he would plead not guilty."
    )
    people = [e for e in entities(annotator, body) if e.label == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions) == 4


def test_a_surname_alone_is_the_relative_the_story_named_first(annotator):
    # The father is named first and is the story's subject; the son's name is longer only by
    # its "Jr.", the mother's by a middle name: neither is whom "Marsh" means.
    body = (
        "Julian Marsh, 47, shot his two sons, Julian Marsh Jr., 12, and Ian Marsh, 10, at their home on "
        "Friday, police said.\n\n"
        "Police said Marsh left a note. Marsh had lost his job at the port in March, and his girlfriend "
        "said Marsh struggled to provide for his family.\n\n"
        "The boys’ mother, Roberta Wheeler Marsh, said she was not doing well."
    )
    found = entities(annotator, body)
    assert len(by_name(found, "Julian Marsh").mentions) == 4
    assert len(by_name(found, "Julian Marsh Jr.").mentions) == 1


def test_one_name_with_two_different_nicknames_is_two_people(annotator):
    body = (
        "Luis “Red” Ortega, 31, and his brother Luis “Tiny” Ortega, 27, were arrested on Friday.\n\n"
        "Luis “Red” Ortega was held on $1 million bail. Luis “Tiny” Ortega was released."
    )
    people = [e for e in entities(annotator, body) if e.label == "PERSON"]
    assert len(people) == 2


def test_a_plural_title_left_on_a_name_read_as_an_organisation_comes_off(annotator):
    # The model reads "Detectives Dean Morrow" (of "Chief of Detectives") as an organisation; it
    # becomes a person because "Morrow" is one, and the title word is no part of the name.
    body = (
        "No arrests have been made, Chief of Detectives Dean Morrow said late Sunday.\n\n"
        '"We are talking to everyone on that block," Morrow said.'
    )
    people = [e.name for e in entities(annotator, body) if e.label == "PERSON"]
    assert people == ["Dean Morrow"]


@pytest.mark.parametrize(
    "body",
    [
        # The model reads the same name as a building and as an organisation.
        "The shooting happened at Wellington Village Apartments.\n\nWellington Village Apartments said it would "
        "add security.",
        "The fire started at the Pinewood Village Apartments late Sunday.\n\nResidents of Pinewood Village "
        "Apartments were moved to a school. Pinewood Village Apartments management said the building was insured.",
    ],
)
def test_one_name_the_model_labels_two_ways_is_one_entity(annotator, body):
    found = entities(annotator, body)
    names = [e.name for e in found]
    assert len(names) == len(set(names)), [(e.name, e.label) for e in found]


def _groups(*specs: tuple[str, str, int]):
    """Fake entity groups, (key, label, mentions) each, for the same-name merge."""
    from pipeline.annotate.groups import EntityGroup

    groups, labels, start = {}, {}, 0
    for key, label, count in specs:
        group = EntityGroup(key=key)
        name = key.split(":", 1)[1]
        for _ in range(count):
            group.add(name, start, start + len(name), label)
            start += 100
        groups[key], labels[key] = group, label
    return groups, labels


@pytest.mark.parametrize(
    ("specs", "kept"),
    [
        # a census given name and surname, a person in most of its mentions: one person
        ((("person:Darnell Fisk", "PERSON", 3), ("name:Darnell Fisk", "ORG", 1)), {"person:Darnell Fisk": "PERSON"}),
        # a county is no person, however the model labelled one mention
        ((("person:Harlan County", "PERSON", 1), ("name:Harlan County", "GPE", 2)), {"name:Harlan County": "GPE"}),
        # a town named like a person, once each way: left apart for the person layer
        (
            (("person:Holly Hill", "PERSON", 1), ("name:Holly Hill", "LOC", 1)),
            {"person:Holly Hill": "PERSON", "name:Holly Hill": "LOC"},
        ),
    ],
)
def test_a_persons_group_joins_a_same_name_group_only_where_the_name_decides(specs, kept):
    from pipeline.annotate.same_names import merge_same_names as _merge_same_names

    groups, labels = _groups(*specs)
    total = sum(len(g.mentions) for g in groups.values())
    _merge_same_names(groups, labels)
    assert labels == kept
    assert sum(len(g.mentions) for g in groups.values()) == total


def _entity(name: str, label: str, *starts: int) -> Entity:
    return Entity(name=name, label=label, mentions=[Mention(text=name, start=s, end=s + len(name)) for s in starts])


@pytest.mark.parametrize(
    ("parts", "labels"),
    [
        # a census given name and surname, most mentions a person's: the person
        ([("Darnell Fisk", "ORG", (0,)), ("Darnell Fisk", "PERSON", (40, 80))], ["PERSON"]),
        # ... but read as often a place as a person: undecided, two entities
        ([("Darnell Fisk", "GPE", (0,)), ("Darnell Fisk", "PERSON", (40,))], ["GPE", "PERSON"]),
        # a known place: the place
        ([("San Antonio", "GPE", (0, 40)), ("San Antonio", "PERSON", (80,))], ["GPE"]),
        # a name that says neither: a clear majority decides ...
        ([("Velmor Quist", "PERSON", (0, 40, 60)), ("Velmor Quist", "ORG", (80,))], ["PERSON"]),
        # ... two to one does not
        ([("Velmor Quist", "PERSON", (0, 40)), ("Velmor Quist", "ORG", (80,))], ["ORG", "PERSON"]),
        # one label twice: one entity
        ([("Velmor Quist", "PERSON", (0,)), ("Velmor Quist", "PERSON", (80,))], ["PERSON"]),
    ],
)
def test_one_name_is_one_entity(parts, labels):
    from pipeline.annotate.same_names import one_entity_per_name as _one_entity_per_name

    merged = _one_entity_per_name([_entity(name, label, *starts) for name, label, starts in parts])
    assert sorted(e.label for e in merged) == labels
    if len(merged) == 1:
        assert [m.start for m in merged[0].mentions] == sorted(s for _, _, starts in parts for s in starts)


@pytest.mark.parametrize(
    "body",
    [
        "Two people were shot outside a bar on Friday night, NBC station KJRH reported.",
        "Officers told WHAM-TV that the suspect fled on foot before dawn on Sunday.",
    ],
)
def test_a_us_broadcasters_call_sign_is_an_organisation(annotator, body):
    # The model reads call letters as a person or a place; the outlet is an organisation.
    found = entities(annotator, body)
    sign = next(e for e in found if e.name.startswith(("KJRH", "WHAM")))
    assert sign.label == "ORG"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("KENT, Ohio (AP) -- Police said two people were hurt in a fight on Friday.", "KENT"),
        ("Her grandfather landed in Normandy in WWII and never spoke of it afterwards.", "WWII"),
    ],
)
def test_a_place_or_a_war_in_capitals_that_looks_like_a_call_sign_is_no_broadcaster(annotator, body, name):
    found = entities(annotator, body)
    assert all(e.label != "ORG" for e in found if e.name.upper() == name)


def test_a_social_platform_read_as_a_person_is_an_organisation(annotator):
    # A short line ending in a colon is read cell by cell, and the model tags "Twitter" there as a
    # person; the "she" after it then went to the platform.
    story = annotated(
        annotator,
        "Whitby responded on Twitter:\n\nThe deal is a disaster for working families. “We will fight it,” she wrote.\n",
    )
    assert ("Twitter", "ORG") in {(e.name, e.label) for e in story.entities}
    assert story.quotes[0].speaker != "Twitter"


@pytest.mark.parametrize(
    ("body", "make"),
    [
        ("Police are looking for a gray 2013 Toyota Camry that struck a woman on Main Street.", "Toyota"),
        ("Officers later recovered a Toyota pickup near the park.", "Toyota"),
        ("A black Lincoln sedan was seen leaving the scene.", "Lincoln"),
    ],
)
def test_a_vehicle_make_that_is_also_a_city_is_the_maker(annotator, body, make):
    # (the place lists hold Toyota and Lincoln; a colour, a model year or a vehicle noun beside the
    # name says it is the make)
    labels = {e.label for e in entities(annotator, body) if e.name == make}
    assert labels == {"ORG"}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The plant in Toyota, Japan, will close.", "Toyota"),
        ("The mayor of Toyota said the plant would reopen.", "Toyota"),
        # (a surname that is a colour, before a bracketed country in a results table)
        ("2. Colin Green (Jamaica) 10.09 seconds", "Jamaica"),
        ("“I swear on God's green Earth I never saw the gun,” he said.", "Earth"),
        ("Crowds filled the stadium for the 1996 Atlanta Olympics.", "Atlanta"),
    ],
)
def test_a_place_beside_a_colour_or_a_city_that_is_also_a_make_stays_a_place(annotator, body, place):
    assert "ORG" not in {e.label for e in entities(annotator, body) if e.name == place}


def test_a_name_the_tagger_reads_as_common_words_is_a_person_with_an_age(annotator):
    # The tagger reads "Ravi" as a noun and "Sayed" as a participle; the model still calls the
    # span a person, and the age after it says so too.
    body = "Ravi Sayed, 26, was arrested after a string of carjackings in Orange County."
    assert by_name(entities(annotator, body), "Ravi Sayed").label == "PERSON"


def test_a_full_name_the_model_missed_joins_its_surname_tagged_later(annotator):
    # The model tags nothing in "beat Naomi Okada 6-3" and only "Okada" (as a place) before the age.
    body = (
        "Serena Whitfield beat Naomi Okada 6-3, 6-4 in the semifinals. “She played really well today,” "
        "Whitfield said of her opponent. Okada, 21, was gracious in defeat."
    )
    okada = by_name(entities(annotator, body), "Naomi Okada")
    assert okada.label == "PERSON"
    assert [m.text for m in okada.mentions] == ["Naomi Okada", "Okada"]


@pytest.mark.parametrize(
    "body, name",
    [
        # The model cuts the name at the particle ("Marta" a person, "Reis" another) and reads
        # the surname used alone as a name of its own.
        (
            "Finance minister Marta dos Reis said the budget was balanced. “We are ready,” dos Reis told reporters.\n",
            "Marta dos Reis",
        ),
        (
            "Goalkeeper Edwin van der Brink said the team was ready. “We are ready,” van der Brink said.\n",
            "Edwin van der Brink",
        ),
        # Only the surname with its particle is tagged: the capitalised word before is the given name.
        ("The coach picked Thabo van Rooyen at centre. “We are ready,” van Rooyen said.\n", "Thabo van Rooyen"),
        # The surname used twice as often as the full name, its particle capitalised, is no
        # epithet-free form of the name: the full name stays the entity's.
        (
            "Midfielder Ruud Van Aalst returned to the squad on Monday. Van Aalst, 31, has played 50 "
            "times. “I am ready,” Van Aalst said.\n",
            "Ruud Van Aalst",
        ),
    ],
)
def test_a_surname_with_its_particle_is_the_full_names_short_form(annotator, body, name):
    found = entities(annotator, body)
    assert not [e.name for e in found if e.name[0].islower()]  # ("van" alone was a place)
    persons = [e for e in found if e.label == "PERSON"]
    assert [e.name for e in persons] == [name]
    assert len(persons[0].mentions) == 2 + ("Van Aalst," in body)


def test_a_given_name_before_a_full_name_tagged_surname_is_a_second_person(annotator):
    # The model tags "Walter Brenner" but not "Ivy Brenner" opening a sentence: she is not him.
    body = (
        "Walter Brenner is running for governor.\n\n"
        "Ivy Brenner later told a magazine that she was “proud” of her father.\n"
    )
    assert one(quotes(annotator, body), "proud").speaker == "Ivy Brenner"


def test_a_given_name_joined_to_a_full_name_after_a_dateline_is_a_person(annotator):
    # "MADISON, Wis. — Dennis and Janet Olsen": the model tags only "Janet Olsen" after the
    # dateline; "Dennis" shares her surname, and "Mr. Olsen" is he.
    body = (
        "MADISON, Wis. — Dennis and Janet Olsen have been married for 41 years.\n\n"
        "“Our road has not been paved since 1990,” Mr. Olsen said.\n"
    )
    assert {e.name for e in entities(annotator, body) if e.label == "PERSON"} >= {"Dennis Olsen", "Janet Olsen"}
    assert one(quotes(annotator, body), "Our road").speaker == "Dennis Olsen"


@pytest.mark.parametrize(
    "body",
    [
        "Alejandro Ruiz won the election on Sunday. “I will be the president of all,” he told reporters.\n",
        "The opposition candidate, Alejandro Ruiz, won the election on Sunday. “I will be the president of "
        "all,” he told reporters.\n",
    ],
)
def test_an_untagged_census_name_opening_a_clause_is_a_person(annotator, body):
    # The model tags neither word; a census given name and surname opening the sentence before
    # its verb, or set off by commas, is a person.
    assert one(quotes(annotator, body), "I will be").speaker == "Alejandro Ruiz"


def test_a_bare_surname_before_the_first_honorific_is_the_one_named_first(annotator):
    # "Julia Framingham, the wife of … Peter Framingham": "Framingham said" before the story
    # writes "Mrs. Framingham" is she; only the bare surnames after it are the other.
    body = (
        "Julia Framingham, the wife of nominee Peter Framingham, sat for an interview on Wednesday.\n\n"
        "“They're teenagers now,” Framingham said.\n\n"
        "Mrs. Framingham has campaigned in 19 states.\n"
    )
    assert one(quotes(annotator, body), "They're teenagers").speaker == "Julia Framingham"


def test_a_firms_short_name_read_as_a_people_is_the_firm_its_full_name_read_as_a_work_names(annotator):
    # (fifty-second session, pharmaceutical trade copy: "Orrin Biosciences" as a work, "Orrin" as a
    # people, so "Orrin said" was no speaker's name)
    body = "The FDA declined to approve Pellin Biosciences' gene therapy. Pellin said it disputes the finding."
    doc = annotator.nlp(body)
    marks = [("FDA", "ORG"), ("Pellin Biosciences", "WORK_OF_ART"), ("Pellin", "NORP")]
    spans, at = [], 0
    for words, label in marks:
        start = body.index(words, at)
        spans.append(doc.char_span(start, start + len(words), label=label))
        at = start + len(words)
    doc.ents = spans
    found = {e.name: e for e in story_entities(doc)}
    assert found["Pellin Biosciences"].label == "ORG"
    assert "Pellin" not in found
    assert len(found["Pellin Biosciences"].mentions) == 2
