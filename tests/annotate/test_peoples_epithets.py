"""Sports and foreign copy refers back to a player or a minister by the noun for their people:
"the Scot said", "the Finn told reporters", "the former Dutchman". Invented probes (forty-second
session) found those nouns read as a person called "Scot" or a body called "Pole" (``demonym_nouns.txt``).
Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Gordie Mackintosh signed a two-year deal at Harefield. The Scot said: "I wanted to stay in the south."',
            "I wanted",
            "Gordie Mackintosh",
        ),
        (
            'Aleksi Korhonen missed the final through injury. "I watched it from my sofa," the Finn said.',
            "I watched",
            "Aleksi Korhonen",
        ),
        (
            'Tomasz Wrona scored twice on his debut. "The fans pushed us on," the 24-year-old Pole said.',
            "The fans",
            "Tomasz Wrona",
        ),
        (
            "Bertie Ashcombe was sacked after a run of nine defeats. "
            '"I am a better coach than I was a year ago," the Englishman told Harbourside Radio.',
            "I am a better",
            "Bertie Ashcombe",
        ),
    ],
)
def test_the_noun_for_a_persons_people_is_the_person_named_before(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert all(e.label != "PERSON" or e.name == speaker for e in story.entities)


def test_a_given_name_that_is_also_a_peoples_noun_is_still_a_name(annotator):
    body = '"We go again next week," said Finn Gallagher, the Kilrush captain.'
    assert one(annotated(annotator, body).quotes, "We go again").speaker == "Finn Gallagher"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('"Nine of our players are injured," said director of rugby Alun Pryce.', "Nine of our", "Alun Pryce"),
        (
            "Lt. Gen. Ramon Villacorta led the relief operation. "
            '"Our soldiers went there to protect the villagers," the general said.',
            "Our soldiers",
            "Ramon Villacorta",
        ),
        (
            "The chairman of the residents' association, Datin Rosalind Arumugam, said the plan was fair. "
            '"Listening is not the same as agreeing," she said.',
            "Listening is not",
            "Rosalind Arumugam",
        ),
    ],
)
def test_titles_of_sport_the_forces_and_malaysia_before_a_name(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"I have argued in these courts for twenty years," said Lic. Marisol Ybarra Cota.', "Marisol Ybarra Cota"),
        ('"Demand beat every forecast," said Ing. Ramiro Cantú Villegas.', "Ramiro Cantú Villegas"),
        ('"The hotels are full but prices fall," said Arq. Ernesto Saldaña Ruiz.', "Ernesto Saldaña Ruiz"),
        (
            '"We count six thousand crossings a day," explained Dra. Inés Paredes Olmos, who runs the clinic.',
            "Inés Paredes Olmos",
        ),
    ],
)
def test_spanish_titles_abbreviated_before_a_name_are_no_speaker(annotator, body, speaker):
    story = annotated(annotator, body)
    assert story.quotes[0].speaker == speaker
    assert all(e.name not in ("Lic", "Ing", "Arq", "Dra") for e in story.entities)


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Mr Desmond Ashby-Lyn, the MP for Clarendon North, toured the farms on Monday. "
            '"Farmers are losing their goats every night," the MP said.',
            "Farmers are losing",
            "Desmond Ashby-Lyn",
        ),
        (
            "Mr Cedric Walcott-Beaumont says he will not support the levy. "
            '"My constituents cannot pay it," the St Thomas MP told the Gleaner.',
            "My constituents",
            "Cedric Walcott-Beaumont",
        ),
    ],
)
def test_an_mp_by_letters_and_a_saints_parish_before_the_title(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert all(e.name != "Thomas MP" for e in story.entities)
