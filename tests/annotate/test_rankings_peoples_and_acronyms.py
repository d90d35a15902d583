"""Sports, pharmaceutical and Japanese-press copy that invented probes (forty-third session)
showed the annotator getting wrong: a player's ranking ("the world No. 5") cut at its full stop and
read as no one; a people's word that names the whole people too ("the Czech") given as the speaker
when the story had set it before the player's name; an acronym the model does not know before a
spokesperson ("an MHRA spokesperson") leaving the quotation to no one; a minister's portfolio
listed with commas ("Land, Infrastructure and Transport Minister Taro Okabe said") giving the
quotation to its first word. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"Watching Rivera on television is why I picked up a club," said the current world No. 5, Luca Bellini.',
            "Watching Rivera",
            "Luca Bellini",
        ),
        (
            '"I had nothing left in the third set," said world No. 8 Ana Quiroga after the defeat.',
            "I had nothing left",
            "Ana Quiroga",
        ),
        (
            "Ask Elena Marsh about the clay season and she will give you a one-word answer. "
            '"Bianchi is the best," said the world No. 3.',
            "Bianchi is",
            "Elena Marsh",
        ),
    ],
)
def test_a_players_ranking_is_no_sentence_end_and_describes_the_player(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Marta Kessler beat Czech Hana Dvorakova 6-3 6-4 in the final. "I had a fever all week," said the Czech.',
            "I had a fever",
            "Hana Dvorakova",
        ),
        (
            "Swiss Nadia Keller finished two shots behind Kyle Ormond. "
            '"The putter went cold on the back nine," the Swiss said.',
            "The putter went cold",
            "Nadia Keller",
        ),
    ],
)
def test_a_peoples_word_the_story_set_before_a_name_is_that_person(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"Patient safety is our overriding priority," an MHRA spokesperson said of the paused trial.',
            "Patient safety",
            "MHRA",
        ),
        (
            "Caroline Weiss criticised the calendar again on Sunday. "
            'A WTA spokesperson said the tour was "in regular dialogue with players."',
            "in regular dialogue",
            "WTA",
        ),
    ],
)
def test_an_acronym_before_a_spokesperson_is_the_body_that_speaks(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_an_everyday_acronym_before_a_voice_is_no_body(annotator):
    # guard: passes on the old code too; "a PR representative" speaks for no body called "PR"
    story = annotated(annotator, '"We were told nothing," a PR representative for the band said.')
    assert "PR" not in {e.name for e in story.entities}


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"The figures are deeply worrying," Land, Infrastructure and Transport Minister Taro Okabe said.',
            "The figures",
            "Taro Okabe",
        ),
        (
            '"We will act before the summer," Economy, Trade and Industry Minister Kenji Fujimaki told reporters.',
            "We will act",
            "Kenji Fujimaki",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_belongs_to_the_ministers_title(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
