"""Constructions that invented copy of round eleven (Scottish and Welsh news, motorsport and cycling,
climate protest, Chinese state media, war wire, crypto, magazine features; fifty-third session) found
read wrong: "the force said" after a police force, a firm named by its trade ("Glen Marrow
Distillers"), a rider's nationality before his name, Welsh "ap" names and Kikuyu apostrophes.
Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    "force",
    ["Harrow Valley Police", "Police Glenmoor"],
)
def test_the_force_is_the_police_force_named_before(annotator, force):
    body = (
        f"{force} said the driver of the tractor was not injured.\n\n"
        'In a statement, the force said: "We are keeping the farmer\'s family in our thoughts tonight."'
    )
    assert one(annotated(annotator, body).quotes, "We are keeping").speaker == force


def test_the_force_of_a_blast_is_no_speaker(annotator):
    body = (
        "Harrow Valley Police said the blast shattered windows on Mill Street.\n\n"
        'The force of it knocked residents over. "I was thrown against the door," said one neighbour.'
    )
    assert one(annotated(annotator, body).quotes, "I was thrown").speaker is None


def test_a_firm_named_by_its_trade_is_the_company(annotator):
    body = (
        "A distillery is to double its capacity in an expansion that its owner, Glen Marrow "
        "Distillers, says will secure its future.\n\n"
        'The company said a new road would be built "before a single new still is installed".'
    )
    story = annotated(annotator, body)
    assert ("Glen Marrow Distillers", "ORG") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "before a single").speaker == "Glen Marrow Distillers"


@pytest.mark.parametrize("cue", ["the Japanese rider said", "the Japanese said"])
def test_a_rider_described_by_his_people_is_the_one_the_story_set_it_before(annotator, cue):
    # "rider" was no role noun, and the tagger reads a lone "Japanese" as a plural
    body = (
        "Spanish rider Alex Moragues was penalised after a collision with Japanese rookie Haruto "
        "Kameda at Jerez.\n\nKameda, who was taken to the medical centre, was less forgiving.\n\n"
        f'"He was never going to make that corner," {cue} through an interpreter.'
    )
    assert one(annotated(annotator, body).quotes, "He was never").speaker == "Haruto Kameda"


def test_a_name_after_a_portfolio_with_for_is_a_person(annotator):
    # British and Commonwealth style joins a minister to the portfolio with "for"
    body = (
        '"Today the union showed it stands with us," Deputy Prime Minister for European Integration '
        'Iryna Marchenko told reporters in Brussels. "This money will keep us going," she said.'
    )
    assert [q.speaker for q in annotated(annotator, body).quotes] == ["Iryna Marchenko"] * 2


def test_the_head_of_a_body_before_a_name_is_his_role(annotator):
    body = (
        "Harlow district administration head Yevhen Ostapchuk said the shelling went on.\n\n"
        '"People here live between two dangers," Ostapchuk told reporters.'
    )
    assert one(annotated(annotator, body).quotes, "People here").speaker == "Yevhen Ostapchuk"


def test_a_call_sign_in_quotation_marks_is_the_soldiers_name_and_no_quotation(annotator):
    body = (
        'A gunner from the brigade, who gave his call sign as "Marten," told a newspaper that his boots '
        '"fell apart after a week."\n\n"We joked that they were made of paper," he said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Marten").kind == "scare"
    assert [q.speaker for q in story.quotes if q.kind != "scare"] == ["Marten", "Marten"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The winner was named on Friday under the pseudonym "Gwennol" at a packed ceremony.',
        'A blogger, who writes under the name "Orlan," criticised the governor.',
        'He asked to be identified by his call sign, "Jmil," which means "beetle." He walked away.',
        'A man who goes by "Fiddler" told a station he owned the truck.',
    ],
)
def test_a_chosen_name_or_its_gloss_is_no_ones_speech(annotator, sentence):
    assert {q.kind for q in annotated(annotator, sentence).quotes} == {"scare"}


def test_a_wife_named_by_her_given_name_is_the_wife_of_the_man_just_named(annotator):
    # The model left the last "Hale-Shaw" untagged, so "His wife, Harriet," took the surname of
    # the last tagged man (Ashby); and "Mr Hale-Shaw" then gave every bare "Hale-Shaw" to her.
    body = (
        "Giles Hale-Shaw, 41, is accused of fraud. He denies the charges.\n\n"
        '"Mr Hale-Shaw was the public face of the firm," his barrister said.\n\n'
        "The firm's finance chief, Conor Ashby, gave evidence for the prosecution. "
        '"I told Giles the numbers did not add up," Ashby said at the time.\n\n'
        "Hale-Shaw, who did not give evidence, sat impassively as his barrister spoke. His wife, "
        "Harriet, watched from the gallery."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "I told Giles").speaker == "Conor Ashby"
    persons = {e.name: len(e.mentions) for e in story.entities if e.label == "PERSON"}
    assert "Harriet Ashby" not in persons
    assert persons.get("Harriet Hale-Shaw") == 1


@pytest.mark.parametrize("aside", [", 71,", ", 71, from Colwick,"])
def test_who_after_a_name_and_its_age_is_that_person(annotator, aside):
    body = f'Among them was retired teacher Marjorie Cattell{aside} who told the court she had "no regrets at all".'
    assert one(annotated(annotator, body).quotes, "no regrets").speaker == "Marjorie Cattell"


def test_a_police_spokesperson_speaks_for_the_force_named_before(annotator):
    body = (
        "Harrowgate Police said 23 people had been arrested on suspicion of trespass.\n\n"
        '"Officers were on scene quickly," a police spokesperson said.'
    )
    assert one(annotated(annotator, body).quotes, "Officers were").speaker == "Harrowgate Police"


@pytest.mark.parametrize("noun_phrase", ["His team", "The team"])
def test_a_team_named_beside_its_noun_is_the_team_that_speaks(annotator, noun_phrase):
    body = (
        f"Kasper Thygesen crashed on the descent. {noun_phrase}, Vandermolen-Sotelo, withdrew him from the race.\n\n"
        '"Kasper is stable and in good spirits," the team said in a statement.'
    )
    assert one(annotated(annotator, body).quotes, "Kasper is stable").speaker == "Vandermolen-Sotelo"


def test_a_name_whose_possessive_opens_a_sentence_is_the_focus_of_the_next(annotator):
    body = (
        "Yuki Tanabe scored his first points in Formula 1 on Sunday.\n\n"
        "Tanabe's father, Hiroshi, watched from the grandstand and told a broadcaster he had cried. "
        '"When he crossed the line I could not see anything," he said.\n\n'
        "Tanabe's previous best finish was 12th in Canada. Asked whether he felt the weight of it, he paused.\n\n"
        '"There is pressure, of course," he said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "When he crossed").speaker == "Hiroshi Tanabe"
    assert one(story.quotes, "There is pressure").speaker == "Yuki Tanabe"


def test_a_body_named_without_the_word_heading_its_name_is_the_body(annotator):
    body = (
        "Corvid Digital Exchange, the city's third-largest crypto platform, was fined on Monday.\n\n"
        'Corvid Digital said in a statement it would "put compliance before speed".'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "put compliance").speaker == "Corvid Digital Exchange"
    assert [e.name for e in story.entities if e.label == "ORG"] == ["Corvid Digital Exchange"]


def test_a_name_set_beside_a_firms_noun_before_it_is_the_firm(annotator):
    body = (
        "Power was cut across the Dnipro region after the strike.\n\n"
        "The national grid operator, Energovia, said repair crews were working around the clock.\n\n"
        '"We ask consumers to use electricity sparingly," the company said.'
    )
    story = annotated(annotator, body)
    assert ("Energovia", "ORG") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "We ask consumers").speaker == "Energovia"


def test_asking_someone_to_do_something_puts_no_question_to_answer(annotator):
    body = (
        "The father of the family, Ruslan, 38, a soldier, was given leave to attend the funeral.\n\n"
        "Ruslan said his wife had sent him a message an hour before the attack, asking him to call "
        'when he could.\n\n"I didn\'t call. I was on duty," he said.'
    )
    assert one(annotated(annotator, body).quotes, "I didn't call").speaker == "Ruslan"


def test_a_body_whose_name_ends_in_organization_speaks_though_read_as_a_region(annotator):
    body = 'In a message, the Asia-Pacific Ocean Survey Organization said: "This marks a milestone for the region."'
    story = annotated(annotator, body)
    assert one(story.quotes, "This marks").speaker == "Asia-Pacific Ocean Survey Organization"


def test_any_athlete_is_no_one_a_later_he_can_mean(annotator):
    body = (
        "Benjamin Kiprono Chebet stands at the 200m mark with a stopwatch.\n\n"
        "Chebet, for his part, has a simpler rule. Any athlete in his group who is caught doping is "
        "gone, permanently. 'I tell them on the first day,' he says."
    )
    assert one(annotated(annotator, body).quotes, "I tell them").speaker == "Benjamin Kiprono Chebet"


def test_a_possessive_of_someones_family_leaves_the_focus_where_it_was(annotator):
    body = (
        "The twins were kicking a ball in the yard when the shots rang out. Marcus was killed.\n\n"
        "The Rev. Maurice Trenton organised a vigil for Friday evening. Marcus's family will attend "
        'too.\n\n"We are bringing the families of the street together," he said.'
    )
    assert one(annotated(annotator, body).quotes, "We are bringing").speaker == "Maurice Trenton"


def test_a_team_set_before_a_person_at_a_clauses_end_is_no_apposition_to_them(annotator):
    body = (
        "Gregory Fulham approached the podium. After thanking the judge and the prosecution team, "
        'Fulham also thanked "everyone who stood by us for two long years."'
    )
    assert one(annotated(annotator, body).quotes, "everyone who stood").speaker == "Gregory Fulham"


def test_who_after_a_team_a_man_claimed_to_be_from_is_no_one_named(annotator):
    body = (
        "Margaret Holloway received a call in March from a man claiming to be from her bank's fraud "
        'team, who told her that her account had been "compromised".\n\n'
        "Her son said the family had complained to Tasmar Mutual Bank."
    )
    assert one(annotated(annotator, body).quotes, "compromised").speaker is None


def test_the_head_of_an_administration_named_beside_it_is_the_head(annotator):
    body = (
        'A war correspondent, Yevgeny Pozdeyev, wrote that drones made it "almost impossible" to bring '
        'supplies forward.\n\n"Any movement on the road in daylight is suicide," he wrote.\n\n'
        "In Kostivka, the head of the city military administration, Serhiy Horban, said about 7,000 "
        'residents remained. "The city is being destroyed street by street," he told reporters.'
    )
    assert one(annotated(annotator, body).quotes, "The city is being").speaker == "Serhiy Horban"


def test_a_person_and_a_fund_named_after_them_stay_apart(annotator):
    body = (
        "Police issued a warrant for Tavorin Vell on Monday. Friends set up the Tavorin Vell Memorial "
        "Fund for the victims.\n\nTavorin Vell, 23, is wanted for the shooting."
    )
    labels = {(e.name, e.label) for e in annotated(annotator, body).entities}
    assert ("Tavorin Vell", "PERSON") in labels
