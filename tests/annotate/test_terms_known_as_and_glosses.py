"""Quoted words that are names or terms, not speech, which invented Latin American and South Asian
wire copy (forty-eighth session) showed read as someone's partial quotation: a name given after
"known locally as" or "known in the port as" inside a speaker's sentence, an epithet after "often
described as", words of another language glossed in brackets, and a banner's words after a
phrase about the banner. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize(
    ("body", "term"),
    [
        (
            "Mayor Rosa Quintanar said the city would send 350 water trucks, known locally as “pipas,” to the "
            "worst-hit districts.",
            "pipas",
        ),
        (
            "Speaking at his daily briefing, known as the “mañanera,” President Efraín Montalvo promised more funds.",
            "mañanera",
        ),
        ("“We lost everything,” said Aníbal Correa, 55, a fisherman known in the port as “Canoa.”", "Canoa"),
        ("Ciudad Perdida, often described as the “lost city of the Tayrona,” drew 900 visitors a day.", "lost city"),
        ("Teenagers are often trained as “halcones” (lookouts) by the gangs, according to police.", "halcones"),
        ("Residents blocked the road, shouting “Pani do, pani do” (give us water) at the convoy.", "Pani do"),
        ("A banner hung from a truck read “Sin cobre no hay futuro” as the march set off.", "Sin cobre"),
        ("The storm, dubbed a “super typhoon,” made landfall on Sunday, forecaster Ana Cruz said.", "super typhoon"),
        ("The volunteers call themselves the “tinny army” and turn up at every flood.", "tinny army"),
    ],
)
def test_a_name_a_term_or_a_glossed_chant_is_no_ones_speech(annotator, body, term):
    found = one(quotes(annotator, body), term)
    assert found.kind == "scare"
    assert found.speaker is None


def test_words_of_another_language_glossed_stay_the_named_speakers(annotator):
    body = "“Nous sommes prêts” (we are ready), Minister Paul Girard said on Monday."
    assert one(quotes(annotator, body), "Nous sommes").speaker == "Paul Girard"


def test_what_a_speaker_referred_to_someone_as_stays_his_words(annotator):
    body = (
        "Superintendent Gareth Mulvane said the bullet was meant for Dion Farrow, who he referred to as a "
        '"ranking gang member," and not for the boy.'
    )
    found = one(quotes(annotator, body), "ranking gang")
    assert (found.kind, found.speaker) == ("partial", "Gareth Mulvane")


def test_a_word_someone_labeled_a_thing_by_is_still_his(annotator):
    body = 'The fire has been labeled "suspicious" by Chief Dana Whitcombe of the Harlow Fire Department.'
    assert one(quotes(annotator, body), "suspicious").kind == "partial"
