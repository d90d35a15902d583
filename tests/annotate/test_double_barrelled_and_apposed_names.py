"""Publishing, sports and Eastern European copy that invented probes (forty-third session) showed
the annotator getting wrong: a double-barrelled surname standing alone ("“…,” Lindgren-Asare said")
read as an organisation, so every "she said" after it went to no one; a name set beside a
description after a role in lower case ("The founder, retired schoolteacher Dorothy Kite,", "His
wife, the sculptor Ingeborg Whitley,"), which left the description unnamed and took the pronoun's
focus; "the broadcaster Ophelia Grey" read as a broadcasting company; a given name read as a place
before a person's span ("Ophelia" + "Nakamura-Grey"); a given name and surname read as a facility.
Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"I wasn\'t blocked, exactly," Lindgren-Asare said. "I got very good at gardening," she said.',
            "I got very good",
            "Lindgren-Asare",
        ),
        (
            "Okonjo-Marsh is wary of the attention the prize brings. "
            '"The last time, it was like wearing a heavy coat," she said.',
            "The last time",
            "Okonjo-Marsh",
        ),
        (
            # (passes on the old code too: the model tags this one a person)
            "Petrenko-Hora said the bridge had been shelled twice overnight. "
            '"The crews cannot reach the far bank," he said.',
            "The crews cannot",
            "Petrenko-Hora",
        ),
    ],
)
def test_a_double_barrelled_surname_the_story_calls_she_or_he_is_a_person(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert speaker in {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The founder, retired schoolteacher Dorothy Kite, started the festival in 2009.\n\n"
            '"We had eleven people at the first event," she said.',
            "We had eleven",
            "Dorothy Kite",
        ),
        (
            "Its founder, the former literary agent Ignatius Fairbrother, said the system was broken.\n\n"
            '"Agents do wonderful work," he said.',
            "Agents do wonderful",
            "Ignatius Fairbrother",
        ),
        (
            'His wife, the sculptor Ingeborg Whitley, rolls her eyes. "He fell in the pond once," she said.',
            "He fell in the pond",
            "Ingeborg Whitley",
        ),
    ],
)
def test_a_name_set_beside_a_description_after_a_lower_case_role_is_its_referent(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_description_after_a_comma_then_a_list_is_no_apposition(annotator):
    # guard: passes on the old code too; "the mayor, the sheriff and Ann Roe" names three people
    body = (
        "The mayor, the sheriff and Ann Roe met on Friday to discuss the flooding. "
        '"We have sandbags for two more days," the mayor said.'
    )
    assert one(annotated(annotator, body).quotes, "We have sandbags").speaker is None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"It wasn\'t deliberate," said the chair of judges, the broadcaster Ophelia Grey.',
            "It wasn",
            "Ophelia Grey",
        ),
        (
            "Ophelia Nakamura-Grey chaired the panel for the third year. "
            '"It was the strongest list we have had," she said.',
            "It was the strongest",
            "Ophelia Nakamura-Grey",
        ),
    ],
)
def test_a_given_name_and_surname_stay_one_person_whatever_the_model_says(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert speaker in {e.name for e in story.entities if e.label == "PERSON"}


def test_a_given_name_and_surname_read_as_a_facility_are_a_person(annotator):
    story = annotated(annotator, "Conor Fahy won by two strokes over Sweden's Nils Berglund.")
    assert "Nils Berglund" in {e.name for e in story.entities if e.label == "PERSON"}


def test_a_lone_surname_with_an_aside_is_the_next_he(annotator):
    # "Tolossa" (untagged) with a "who" clause set off after it is a person, though someone else
    # was named in the paragraph before
    body = (
        '"I was flying today," said Kipruto Mwangi, the winner.\n\n'
        'Tolossa, who finished second, was less happy. "My legs were empty after 30 kilometres," he said.'
    )
    assert one(annotated(annotator, body).quotes, "My legs were empty").speaker == "Tolossa"


def test_a_given_name_of_two_given_names_joined_by_a_hyphen(annotator):
    body = (
        "The official overseeing the corridor, Jan-Hendrik Voskuijlen, said the ships were moving. "
        "“It is a low bar, but we have cleared it,” Voskuijlen said."
    )
    found = annotated(annotator, body)
    assert one(found.quotes, "It is a low bar").speaker == "Jan-Hendrik Voskuijlen"


def test_two_given_names_joined_by_a_hyphen_inside_a_bodys_name_stay_the_bodys(annotator):
    body = "Crews from Central Mat-Su Fire Department arrived within minutes, a spokesman said."
    assert not [e for e in annotated(annotator, body).entities if e.label == "PERSON"]


def test_a_given_name_the_model_read_as_a_person_of_its_own_before_the_rest_of_the_name(annotator):
    body = (
        "Interior Minister Talal Mubarak al-Ajmi defended the levy. “The state spends heavily on "
        "services used by residents,” he told the chamber."
    )
    assert one(annotated(annotator, body).quotes, "The state spends").speaker == "Talal Mubarak al-Ajmi"


def test_an_untagged_name_with_a_double_barrelled_surname_before_an_arts_role(annotator):
    body = (
        "Winifred Ashdown-Mbeki, the poet whose collection won the Carrick Medal in 1979, has died at her "
        "home in Shrewsbury.\n\n"
        "“I write about kitchens because that is where people tell the truth,” she said in a 1998 interview."
    )
    assert one(annotated(annotator, body).quotes, "I write").speaker == "Winifred Ashdown-Mbeki"


def test_a_possessive_of_the_other_gender_leaves_the_gender_of_a_name_open(annotator):
    """ "she" of "said she had changed his life" is the poet, not Lennox: with "his" in the same
    sentence the vote for Lennox's gender is unsure, and "he said" after is his."""
    body = (
        "The poet Winifred Ashdown-Mbeki has died at 84.\n\n"
        "Lennox Achebe-Hart, who attended her workshop in 1996 and went on to publish three collections of his "
        "own, said she had changed his life. “She never once asked me what I’d done,” he said."
    )
    assert one(annotated(annotator, body).quotes, "She never").speaker == "Lennox Achebe-Hart"
