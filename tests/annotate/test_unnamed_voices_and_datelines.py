"""Speakers the story does not name, and a dateline read as a speaker, that invented probes
(forty-second session) found given to someone named nearby: "a student who declined to be named
said", "A spokeswoman said" after "Police said", "a ministry spokesman" after a charity, "a
source at one interested club", "Another said … he said" with an animal rescue read as a
person; "KOTA KINABALU: …" as a speaker; "he replied" after someone who answered a question put
before. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            '"Revision apps saved my grades," Dr Priya Nathan said.\n\n'
            '"My parents never found out," a pupil who declined to be named said.',
            "My parents never",
        ),
        (
            '"Nobody here would poison a pond," said Walter Greaves, a retired miller.\n\n'
            'Police said enquiries were continuing. A spokeswoman said: "This is a serious offence."',
            "This is a serious",
        ),
        (
            '"We will fight the quota," said Nell Faraday, director of Clear Tides.\n\n'
            'A ministry spokesman said the limit would apply to "a few licensed trawlers only."',
            "a few licensed",
        ),
        (
            "Brackwell Rovers winger Dion Ashe has a year left on his contract. But, according to a source "
            'at one interested club, his agent has been "touting him around the league".',
            "touting him",
        ),
        (
            'Mona Frith runs Larchfield Donkey Rescue. One owner said she was "dreading the winter." '
            'Another said he had sold three donkeys. "I had no choice," he said.',
            "I had no choice",
        ),
    ],
)
def test_someone_the_story_does_not_name_is_nobody_named_nearby(annotator, body, words):
    assert one(annotated(annotator, body).quotes, words).speaker is None


def test_a_dateline_closed_by_a_colon_is_no_speaker(annotator):
    body = (
        "KOTA BHARU: Chief Minister Hamzah Yusof said the talks had gone on too long.\n\n"
        '"Our farmers have waited for years," he added.'
    )
    assert one(annotated(annotator, body).quotes, "Our farmers").speaker == "Hamzah Yusof"


def test_he_replied_after_answering_a_question_put_the_sentence_before_goes_on(annotator):
    body = (
        "Professor Lim Siew Ling asked whether small firms would be hurt. Dr Tan Wei Ming said they would "
        'get two more years. "We will look after the small firms," he replied.'
    )
    assert one(annotated(annotator, body).quotes, "We will look after").speaker == "Tan Wei Ming"


def test_a_ministry_spokesman_is_the_ministry_the_story_named(annotator):
    body = (
        "The Ministry of Fisheries set new quotas on Monday. "
        '"The stocks need two years to recover," a ministry spokesman said.'
    )
    assert one(annotated(annotator, body).quotes, "The stocks").speaker == "Ministry of Fisheries"


def test_a_fan_the_story_does_not_name_is_she_not_the_star(annotator):
    body = (
        '"I was out of line," Ortega wrote. The fan, a 15-year-old from Hull, accepted the apology.\n\n'
        '"He messaged me himself," she said.'
    )
    assert one(annotated(annotator, body).quotes, "He messaged").speaker is None
