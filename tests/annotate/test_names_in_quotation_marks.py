"""Names in quotation marks that invented probes (forty-second session) found reported as speech
and given a speaker: a brand before the noun it names ("its “DockSync” software", "46,000
“Meridian” vans") and a record's title set beside it ("his debut single, “Gold Leaf,”"); and
an award's name in a compound adjective read as the body a spokeswoman speaks for ("the
Grammy-winning duo"). Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('Harrowgate Freight announced today that its "CrateLink" software now runs in 900 depots.', "CrateLink"),
        ('Osprey Motors today announced a recall of 12,000 "Tundrel" delivery vans.', "Tundrel"),
        ('Pinecone Labs, the developer of the "Wicket" assistant, today announced a new office.', "Wicket"),
        ('The actor announced that his debut single, "Paper Harbour," will be released in May.', "Paper Harbour"),
        ('Singer Roxa said a new single, "Low Tide Lights," would be out on Friday.', "Low Tide Lights"),
    ],
)
def test_a_name_in_quotation_marks_is_no_speech(annotator, body, name):
    found = [q for q in annotated(annotator, body).quotes if q.text.strip(' ,."') == name]
    assert found and all(q.kind == "scare" and q.speaker is None for q in found)


def test_an_award_in_a_compound_adjective_is_not_the_body_spoken_for(annotator):
    body = 'A spokeswoman for the Grammy-winning duo Fable & Finch said the pair will take "a long break" from touring.'
    quotes = annotated(annotator, body).quotes
    assert [q.speaker for q in quotes] == ["Fable & Finch"]


def test_a_quoted_word_that_is_no_name_before_a_noun_is_still_speech(annotator):
    body = 'Mayor Dana Holt said the cuts were "devastating" news for the town.'
    quotes = annotated(annotator, body).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("partial", "Dana Holt")]


def test_a_one_word_name_after_a_capitalised_the_is_a_papers_not_a_persons(annotator):
    body = (
        "The dean, Dr. Vikram Ostrowski, did not attend. In an email to The Herald, he wrote that the "
        'project "is unclassified and peer-reviewed."'
    )
    story = annotated(annotator, body)
    assert story.quotes[0].speaker == "Vikram Ostrowski"
    assert all(e.label != "PERSON" for e in story.entities if e.name == "Herald")


def test_a_title_in_another_language_keeps_its_small_words_in_lower_case(annotator):
    # Spanish, Italian and other titles leave articles and prepositions in lower case
    body = "Her third feature, “El Jardín de las Horas,” won the top prize at the festival, Marta Osorio said."
    assert [q.kind for q in annotated(annotator, body).quotes] == ["scare"]
