"""People described with a participle phrase before the clause that names them, and bodies
written by a short form of their name. Invented stories.
"""

from __future__ import annotations

from tests.annotate.helpers import annotated, one, quotes


def test_a_past_participle_phrase_before_the_clause_that_names_the_person(annotator):
    body = (
        "A nurse contacted by telephone, who gave her name only as Odile, said the ward had been full "
        'for a week. "We sleep in shifts now," she said.'
    )
    assert one(quotes(annotator, body), "We sleep").speaker == "Odile"


def test_a_past_participle_phrase_before_a_clause_asking_for_anonymity(annotator):
    body = (
        "Marta Lindqvist runs the shelter. A volunteer reached at the camp, who asked not to be named, "
        'said supplies were short. "We ration the milk," she said.'
    )
    assert one(quotes(annotator, body), "We ration").speaker is None


def test_a_firms_first_word_read_as_a_people_is_the_firm(annotator):
    body = (
        "The depot is run by Veridian Marine. A Veridian spokesman said the firm was talking to the "
        'unions "to find a fair settlement soon."'
    )
    story = annotated(annotator, body)
    assert [e.name for e in story.entities if e.label == "NORP"] == []
    assert [e.name for e in story.entities if e.label == "ORG"] == ["Veridian Marine"]
    assert one(story.quotes, "to find").speaker == "Veridian Marine"


def test_a_peoples_word_before_a_firms_name_stays_a_people(annotator):
    body = (
        "The ferries are operated by Norwegian Coastal Lines. A Norwegian spokesman for the ministry "
        'said it would "review the timetable."'
    )
    assert "Norwegian" in [e.name for e in annotated(annotator, body).entities if e.label == "NORP"]


def test_a_name_no_table_lists_after_a_ministers_portfolio(annotator):
    body = (
        "Minister of Water Resources Kalenga Mutale said the dam would open in June. "
        '"The valley has waited long enough," he said.'
    )
    story = annotated(annotator, body)
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Kalenga Mutale"]
    assert one(story.quotes, "The valley").speaker == "Kalenga Mutale"
