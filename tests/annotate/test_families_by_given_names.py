"""People of one family whom a story tells apart by their given names, which invented probes in
sports copy (forty-third session) showed the model leaving untagged: "The twin sisters Anya and
Vera Kuznetsova met in the final … Vera was less sentimental. “…,” she said." gave the words to
the sister named last by the model. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The twin sisters Anya and Vera Kuznetsova met in the final, and Anya won in three sets.\n\n"
            'Vera was less sentimental. "I do not feel sorry for her," she said.',
            "I do not feel sorry",
            "Vera Kuznetsova",
        ),
        (
            # (passes on the old code too: the model tags "Mateo" here)
            "Brothers Tomas and Mateo Ibarra will share the boat again this season. Tomas rows at stroke.\n\n"
            'Mateo laughed at the question. "He snores, but he pulls hard," he said.',
            "He snores",
            "Mateo Ibarra",
        ),
    ],
)
def test_a_given_name_alone_tells_one_of_a_family_apart(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_surname_after_another_given_name_is_not_the_named_relative(annotator):
    # "said Per Moen" (a name the model does not tag) is not Rosa Moen, named after it: the
    # speaker is left empty rather than given to the mother
    body = '"It is a dream," said rider Per Moen. His mother, Rosa Moen, was in tears at the finish.'
    assert one(annotated(annotator, body).quotes, "It is a dream").speaker != "Rosa Moen"


def test_a_couple_sharing_a_surname_after_a_short_given_name_the_census_lacks(annotator):
    body = (
        "At Merredin, Ian and Deb Tolhurst are two-thirds of the way through the harvest.\n\n"
        '"The barley has gone better than we thought," Mr Tolhurst said.\n\n'
        'Mrs Tolhurst said the frost had been "gut-wrenching" to watch.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The barley").speaker == "Ian Tolhurst"
    assert one(story.quotes, "gut-wrenching").speaker == "Deb Tolhurst"


def test_an_honorific_goes_to_the_parent_named_in_full_not_the_child_lent_the_surname(annotator):
    # "Yarran" is a given name the census tables leave without a gender; "Matilda" is only lent the
    # surname by "Her daughter, Matilda,".
    body = (
        "Yarran Holloway, 31, was pregnant when the floods reached her street. Her daughter, Matilda, "
        "was born a month early.\n\n"
        "“We slept in the car for a week,” Ms Holloway said."
    )
    assert one(annotated(annotator, body).quotes, "We slept").speaker == "Yarran Holloway"


def test_an_honorific_still_goes_to_the_wife_lent_the_surname(annotator):
    body = (
        "Janos Varga was at home when it happened. His wife, Maria, heard the shots.\n\n"
        '"We were terrified," Mrs Varga said.'
    )
    assert one(annotated(annotator, body).quotes, "We were terrified").speaker == "Maria Varga"


def test_mr_and_a_shared_surname_is_never_the_woman_of_that_name(annotator):
    # (fifty-first session: an obituary names her nephew and her late husband)
    body = (
        "Winifred Ashgrove, the town's midwife for 40 years, has died aged 92. Mrs Ashgrove died on Friday.\n\n"
        "Her nephew, Graham Ashgrove, said she had stayed sharp until the final week.\n\n"
        "“She was still doing the crossword in pen,” Mr Ashgrove said.\n\n"
        "She married wheat farmer Len Ashgrove in 1958; he died in 2004."
    )
    assert one(annotated(annotator, body).quotes, "She was still").speaker == "Graham Ashgrove"
