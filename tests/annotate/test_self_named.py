"""Someone the story does not name may give a name of their own choosing: "said a cashier who
asked to be called Marisol" is Marisol's. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes

QUOTE = "“We heard the pops and everybody ran for the parking lot,”"


@pytest.mark.parametrize(
    "attribution",
    [
        "said a cashier who asked to be called Marisol.",
        "said a cashier who gave her name only as Marisol.",
        "said a neighbor, who said her first name is Marisol.",
    ],
)
def test_a_name_the_speaker_gave_is_the_speaker(annotator, attribution):
    assert one(quotes(annotator, f"{QUOTE} {attribution}"), "We heard").speaker == "Marisol"


def test_a_clause_naming_someone_else_is_no_speaker(annotator):
    body = f"{QUOTE} said a cashier who asked that her son, Marisol Ortiz's cousin, not be named."
    assert one(quotes(annotator, body), "We heard").speaker is None


@pytest.mark.parametrize(
    "introduction",
    [
        "A neighbor, who identified himself only as Tobias, said the house had hosted parties all summer.",
        "A neighbor who gave only his first name, Tobias, said the house had hosted parties all summer.",
        "A neighbor who asked to be identified by his first name, Tobias, said the parties ran late.",
        "A neighbor identified only as Tobias said the house had hosted parties all summer.",
    ],
)
def test_a_chosen_name_is_who_the_pronoun_after_it_means(annotator, introduction):
    # The clause gives the described man a name; "he" in the next paragraph is that man.
    body = f"{introduction}\n\n“The music went on until dawn most nights,” he said."
    assert one(quotes(annotator, body), "The music").speaker == "Tobias"


def test_the_chosen_name_speaks_when_the_description_is_the_subject(annotator):
    body = "A neighbor, who identified himself only as Tobias, said: “The music went on until dawn most nights.”"
    assert one(quotes(annotator, body), "The music").speaker == "Tobias"


def test_declining_to_be_named_still_names_no_one(annotator):
    body = (
        "Tobias Marsh owns the corner shop. A neighbor who declined to give his name said the parties ran late.\n\n"
        "“The music went on until dawn most nights,” he said."
    )
    assert one(quotes(annotator, body), "The music").speaker is None


def test_a_role_named_after_someone_else_is_no_chosen_name(annotator):
    body = (
        "The rapper Tobias Marsh performed first. “We were at the back the whole time,” said Leon Ruiz, "
        "who identified himself as Marsh's manager."
    )
    assert one(quotes(annotator, body), "We were").speaker == "Leon Ruiz"


@pytest.mark.parametrize(
    "who",
    [
        "said a union electrician named Pete Sandoval",
        "said the voter, a union electrician named Pete Sandoval",
        "said one voter, a man named Pete Sandoval",
    ],
)
def test_a_description_named_after_the_cue_is_the_name(annotator, who):
    # "a NOUN named X" after the cue introduces the speaker by name, with or without an apposition.
    body = f"“You were against it in 2018, and you know it,” {who}."
    assert one(quotes(annotator, body), "You were against it").speaker == "Pete Sandoval"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "“Prices have doubled,” said an 81-year-old man who gave only his surname, Kubota. “I cannot afford fish.”",
            "I cannot afford",
            "Kubota",
        ),
        ("“We have nowhere else to go,” said a woman who gave her surname as Zhang.", "We have nowhere", "Zhang"),
        ("“The water came at night,” said the woman, a 67-year-old farmer surnamed Lee.", "The water came", "Lee"),
    ],
)
def test_a_surname_someone_gave_alone_names_them(annotator, body, words, speaker):
    # (fifty-first session: East Asian wire names people by the surname they gave)
    assert one(quotes(annotator, body), words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "One passenger, a woman in her 70s who gave only her first name, Pat, said the driver never rushed "
            "anyone. “He was kind to everyone,” she said.",
            "He was kind",
            "Pat",
        ),
        (
            "One former pupil, now a nurse, who asked to be identified only by her first name, Zanele, said the "
            "teacher paid her fees. “She bought me my first school shoes,” she said.",
            "She bought me",
            "Zanele",
        ),
    ],
)
def test_a_chosen_name_after_a_second_description_is_the_speaker(annotator, body, words, speaker):
    # (fifty-first session: an age in decades, or "now a nurse", between the description and its clause)
    assert one(quotes(annotator, body), words).speaker == speaker
