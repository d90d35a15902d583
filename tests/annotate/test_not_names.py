"""Mentions that name nothing: page notices ("Please enable JavaScript to play this clip"), a
copyright notice's word, and a common noun opening a sentence that the story also writes in
lower case ("Gunfire broke out … heard gunfire"), a plural noun for people read as an organisation
("Workers at the port"). Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.not_names import without_non_names
from tests.annotate.helpers import annotated

STORY = (
    "A birthday party on the north side turned deadly on Sunday.\n\n"
    "Gunfire broke out shortly before midnight behind a bar on Elm Street. Neighbors said they heard gunfire for "
    "several minutes.\n\n"
    "Please enable Javascript to play this clip\n\n"
    "Download our news app for your phone and tablet\n\n"
)


def test_page_notices_and_a_common_noun_opening_a_sentence_name_no_one(annotator):
    # (the model reads "Gunfire", "Javascript" and "Download" as persons)
    names = {e.name for e in annotated(annotator, STORY).entities}
    assert not names & {"Gunfire", "Javascript", "Download"}
    assert "Elm Street" in names


@pytest.mark.parametrize(
    ("word", "label", "kept"),
    [("Family", "PRODUCT", False), ("Man", "GPE", False), ("Army", "ORG", True)],
)
def test_a_common_noun_opening_a_sentence_is_no_name_but_an_organisation_stays(word, label, kept):
    body = f"{word} members gathered on Friday. The {word.lower()} had waited for news all night."
    expected = [(word, 0, len(word), label)] if kept else []
    assert without_non_names(body, [(word, 0, len(word), label)]) == expected


def test_a_census_name_that_is_also_a_word_stays_a_name():
    body = "Rice said the talks would go on. Her aides had packed rice and water for the trip."
    assert without_non_names(body, [("Rice", 0, 4, "PERSON")]) == [("Rice", 0, 4, "PERSON")]


def test_a_word_opening_a_sentence_the_story_never_writes_in_lower_case_is_kept():
    body = "Okonkwo said the talks would go on."
    assert without_non_names(body, [("Okonkwo", 0, 7, "PERSON")]) == [("Okonkwo", 0, 7, "PERSON")]


def test_the_word_of_a_copyright_notice_is_no_name():
    body = "Copyright 2015 WXYZ. All rights reserved."
    assert without_non_names(body, [("Copyright", 0, 9, "ORG"), ("WXYZ", 15, 19, "ORG")]) == [("WXYZ", 15, 19, "ORG")]


@pytest.mark.parametrize(
    ("body", "word", "kept"),
    [
        ("TALLINN, Estonia - Workers at the port stopped work on Monday.", "Workers", False),
        ("The port was quiet. Residents said the cranes had stopped.", "Residents", False),
        ("The drivers walked out. Teamsters said the talks had failed.", "Teamsters", True),
    ],
)
def test_a_plural_noun_for_people_opening_a_sentence_is_no_organisation(body, word, kept):
    # (the model reads "Workers" after a dateline's dash as an organisation; a union's name stays)
    start = body.index(word)
    mention = (word, start, start + len(word), "ORG")
    assert without_non_names(body, [mention]) == ([mention] if kept else [])
