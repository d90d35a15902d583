"""Names that invented probes (forty-eighth session: US crime copy, Westminster and Latin American
wire copy) found cut or mistyped: a nickname in quotation marks with full stops ("T.J.") or a
lower-case article ("el Colo"), after two given names or a rare one ("Alasdair"), and a title word
the model left on a name it read as an organisation ("Special Agent in Charge Brent Whitcomb").
Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("introduction", "name", "cue"),
    [
        (
            'Deputies identified the driver as Terrence "T.J." Mallory of Council Bluffs.',
            'Terrence "T.J." Mallory',
            "Mallory said",
        ),
        (
            "Rubén Darío “el Negro” Ibáñez, who leads the dockworkers, called a strike.",
            "Rubén Darío “el Negro” Ibáñez",
            "Ibáñez said",
        ),
        (
            'The spokesperson at Holyrood, Alasdair "Ally" Fyfe, said talks had stalled.',
            'Alasdair "Ally" Fyfe',
            "Fyfe said",
        ),
        # (fifty-second session: a mother's surname before the father's, a nickname with a word
        # in lower case, a surname opening with a particle or holding an apostrophe)
        (
            "Trade Secretary Rogelio “Jun” Dimaculangan Salvador extended the price cap on Tuesday.",
            "Rogelio “Jun” Dimaculangan Salvador",
            "Salvador said",
        ),
        (
            "Head coach Bernard “Mzee wa Kazi” Ndegwa named an unchanged side.",
            "Bernard “Mzee wa Kazi” Ndegwa",
            "Ndegwa said",
        ),
        (
            "Council leader Tomás “Tommy” O’Riordan backed the plan.",
            "Tomás “Tommy” O’Riordan",
            "O’Riordan said",
        ),
        (
            "Federation head Luis Miguel “Lucho” Ortega Buenaventura said the strike would end.",
            "Luis Miguel “Lucho” Ortega Buenaventura",
            "Buenaventura said",
        ),
        (
            "Club secretary Dónal “Dinny” Ó Briain read out the motion.",
            "Dónal “Dinny” Ó Briain",
            "Mr Ó Briain said",
        ),
    ],
)
def test_a_nicknamed_name_is_one_persons_whole(annotator, introduction, name, cue):
    story = annotated(annotator, f"{introduction}\n\n“We are not going anywhere,” {cue}.")
    assert one(story.quotes, "We are not going").speaker == name
    people = {e.name for e in story.entities if e.label == "PERSON"}
    assert name in people
    assert not any(e.name != name and ("“" in e.name or '"' in e.name) for e in story.entities)


def test_a_title_word_left_on_a_name_read_as_an_organisation_comes_off(annotator):
    body = (
        "“The pills are everywhere,” said Special Agent in Charge Brent Whitcomb of the drug agency.\n\n"
        "“We seized 4,000 of them,” Whitcomb said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The pills").speaker == "Brent Whitcomb"
    assert one(story.quotes, "We seized").speaker == "Brent Whitcomb"


def test_a_given_name_behind_the_is_a_river_not_whom_he_continues(annotator):
    body = (
        "First Minister Iain Murchison rejected the claim.\n\n"
        'Speaking on a visit to a shipyard on the Clyde, he said: "That is simply not true."'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "That is simply").speaker == "Iain Murchison"
    assert {e.name: e.label for e in story.entities}.get("Clyde") != "PERSON"


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Moira Banks toured the yards on the Tyne on Friday.", "Tyne", "LOC"),
        ("Moira Banks worked on the Okafor campaign in 2019, and Okafor hired her.", "Okafor", "PERSON"),
    ],
)
def test_a_lone_word_behind_a_locative_and_the_is_a_place_when_its_clause_ends(annotator, sentence, name, label):
    found = {e.name: e.label for e in annotated(annotator, sentence).entities}
    assert found.get(name) == label


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("LOUISVILLE, Ky. -- Shane Mulcahy was signed off his couch six weeks ago.", "Shane Mulcahy"),
        ("Quarterback Tre Whitlock threw for 284 yards and two touchdowns.", "Tre Whitlock"),
    ],
)
def test_a_name_the_model_left_after_a_double_hyphen_or_a_role_opens_its_clause(annotator, opening, speaker):
    surname = speaker.split()[-1]
    story = annotated(annotator, f'{opening}\n\n"That one is on me," {surname} said.')
    assert one(story.quotes, "That one is on me").speaker == speaker


def test_a_player_by_position_is_the_one_the_story_opened_on(annotator):
    body = (
        "OMAHA, Neb. — Benny Szymanski did not want a farewell tour.\n\n"
        '"I just want to play the games," the 40-year-old catcher said Tuesday.'
    )
    assert one(annotated(annotator, body).quotes, "I just want").speaker == "Benny Szymanski"


def test_a_word_after_a_nicknamed_surname_that_heads_a_firm_is_not_the_name(annotator):
    body = (
        "Lawyer Marites “Tess” Ocampo Holdings said nothing.\n\n"  # (a firm's head word is no second surname)
        "Developer Ramon “Monching” Lacuesta Properties filed the plans.\n\n"
        "“We will build,” Lacuesta said."
    )
    people = {e.name for e in annotated(annotator, body).entities if e.label == "PERSON"}
    assert "Ramon “Monching” Lacuesta" in people
    assert not any(name.endswith(("Holdings", "Properties")) for name in people)


def test_a_rare_word_before_a_quoted_nickname_and_a_surname_is_a_given_name(annotator):
    body = (
        'Fisherman Rodelio "Boyet" Santos, 52, lost his boat in the storm.\n\n'
        '"The captain told us the boats were safe," Santos said.'
    )
    assert one(annotated(annotator, body).quotes, "The captain told").speaker == 'Rodelio "Boyet" Santos'


def test_a_nickname_after_a_given_name_only_the_world_tables_list(annotator):
    body = (
        'Western Growers Council chair Alistair "Ali" Brenchley said the trade was worth $90 million.\n\n'
        '"Take the buyer out and prices fall," Mr Brenchley said.'
    )
    assert one(annotated(annotator, body).quotes, "Take the buyer").speaker == 'Alistair "Ali" Brenchley'


def test_the_nickname_alone_later_is_the_person_it_was_given_to(annotator):
    body = (
        "Matilda “Tilly” Kearns led a heifer from her family’s stud to the title.\n\n"
        "“I’m still shaking,” Tilly said after the presentation."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "I’m still").speaker == "Matilda “Tilly” Kearns"
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Matilda “Tilly” Kearns"]


def test_a_nickname_after_a_role_and_a_given_name_the_tables_lack(annotator):
    body = (
        'Former West Indies fast bowler Everton "Thunder" Clarke said he had some sympathy for the umpire.\n\n'
        '"In my day we would have a beer and move on," Clarke said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "In my day").speaker == 'Everton "Thunder" Clarke'
    assert [e.name for e in story.entities if e.label == "PERSON"] == ['Everton "Thunder" Clarke']


def test_the_last_word_of_a_two_word_nickname_alone_is_the_person(annotator):
    body = (
        "The veteran calypsonian Desmond “Lord Thunderclap” Baptiste won the crown for a fourth time on "
        "Sunday night.\n\n"
        "An emotional Thunderclap told reporters backstage: “This one is for the vendors and the drivers.”"
    )
    speaker = one(annotated(annotator, body).quotes, "This one").speaker
    assert speaker == "Desmond “Lord Thunderclap” Baptiste"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The group is led by Park Ji-hoon, 23, known mononymously as Hoon, who topped the show's "
            "final vote.\n\n“I still dream about the stage,” Hoon said.",
            "I still dream",
            "Park Ji-hoon",
        ),
        (
            "Afrobeats star Kunle Adebayo-Price, better known as K.A.P., played to 40,000 fans in Accra "
            "on Saturday.\n\n“It’s the same show,” K.A.P. said after the concert.",
            "It’s the same",
            "Kunle Adebayo-Price",
        ),
        (
            "The Lagos singer Ifeoma Chukwu, known as Ify, joined him for two songs. Ify later wrote on "
            "Instagram: “Never again in those heels.”",
            "Never again",
            "Ifeoma Chukwu",
        ),
        (
            # (fifty-first session: "known by his nom de guerre")
            "The rebels' chief delegate, Arley Moncada Rincón, better known by his nom de guerre "
            "“Comandante Yesid,” said the talks would go on.\n\n“We have not come here to surrender,” Yesid said.",
            "We have not come",
            "Arley Moncada Rincón",
        ),
    ],
)
def test_a_name_the_story_says_a_person_is_known_as_is_theirs(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_nickname_after_said_and_a_given_name_the_tables_lack(annotator):
    body = '"She stitched my hand when I near cut my thumb off," said Murdock "Mudge" Gillis, 86, a retired fisherman.'
    assert one(annotated(annotator, body).quotes, "She stitched").speaker == 'Murdock "Mudge" Gillis'
