"""Quotations inside a clause someone reports, and people quoted by their first name.

A partial quotation that the sentence runs on through ("said she was “stunned” the chief would
not …") is the reporting subject's, not the later verb's; so is speech foretold of someone in a
reported clause ("said … that Merovia would respond “in kind”"), and a that-less reported clause
has its own subject ("She said the officer told her, “…”": the officer, unnamed). Voters and
neighbours quoted by first name ("Teresa, a 37-year-old hygienist,", "a nurse named Renata") are
people the pronouns after them mean. Invented stories.
"""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, person_names, quotes


def test_a_partial_quotation_the_sentence_runs_on_through_is_the_reporting_subjects(annotator):
    body = (
        'Chief Walter Brisk said he had watched the footage. Ines Carrow, 41, said she was "appalled" '
        "the chief would not condemn the deputies."
    )
    assert one(quotes(annotator, body), "appalled").speaker == "Ines Carrow"


def test_a_partial_quotation_before_a_participle_in_a_that_clause(annotator):
    body = (
        'The radio host, Corbin Vale, said in a post on Sunday that Sen. Hilda Marsh had "certainly not" '
        "been joking about the budget."
    )
    assert one(quotes(annotator, body), "certainly not").speaker == "Corbin Vale"


def test_speech_foretold_in_a_reported_clause_is_the_reporters(annotator):
    body = (
        "Ministry spokesman Teodor Halas said the expulsions were unjustified and that Vorsk would "
        'respond "in a mirror fashion."'
    )
    assert one(quotes(annotator, body), "in a mirror").speaker == "Teodor Halas"


def test_a_name_after_a_cue_that_a_verb_follows_is_no_inverted_speaker(annotator):
    # the show's title closes right before "said": no split quotation for the name after it
    body = (
        'The Ohio Democrat, Rep. Ada Brill, speaking on WXKT\'s "Capitol Week," said the front-runner, '
        'Ivo Sandor, had "betrayed every farmer in this state" with remarks about subsidies.'
    )
    assert one(quotes(annotator, body), "betrayed").speaker == "Ada Brill"


def test_a_participle_between_a_possessive_and_a_title(annotator):
    body = '"We will not be silenced," said Talsor\'s ousted prime minister, Ayo Benedek, in a recorded message.'
    assert one(quotes(annotator, body), "We will not").speaker == "Ayo Benedek"


def test_a_that_less_reported_clause_has_its_own_unnamed_subject(annotator):
    body = 'Mara Quist was arrested at the rally. She said the officer told her, "You should have stayed home tonight."'
    assert one(quotes(annotator, body), "You should").speaker is None


def test_an_advocacy_group_named_beside_a_group_noun(annotator):
    body = (
        'One of those groups, Citizens for a Fair Ballot, said in an email that it "follows every rule on the books."'
    )
    assert one(quotes(annotator, body), "follows every").speaker == "Citizens for a Fair Ballot"


def test_the_family_of_a_described_man_speaks_for_itself(annotator):
    body = 'The family of Darnell Reese, the man who died in custody, said they were "devastated and not surprised."'
    assert one(quotes(annotator, body), "devastated").speaker is None


def test_a_given_name_alone_before_an_aged_apposition(annotator):
    body = (
        '"The mood is grim," said Sandra Whitfield, the moderator.\n\n'
        "Teresa, a 37-year-old hygienist, said she would vote for the challenger. "
        '"I\'d rather take a chance on somebody new," she said.'
    )
    assert one(quotes(annotator, body), "I'd rather").speaker == "Teresa"


def test_a_given_name_the_model_calls_an_organisation_before_a_persons_apposition(annotator):
    body = (
        "Tasha, a 27-year-old who works at the battery plant, said the jobs had changed her life.\n\n"
        '"I make more now than my dad ever did," she said.'
    )
    assert "Tasha" in person_names(annotator, body)


def test_a_given_name_before_a_compound_role(annotator):
    body = (
        "Marcus, a high school teacher, said he was still undecided. "
        '"I just wish one of them would talk about teacher pay," he said.'
    )
    assert one(quotes(annotator, body), "I just wish").speaker == "Marcus"


def test_a_person_noun_named_by_a_given_name(annotator):
    body = 'Another participant, a nurse named Renata, said she would vote but had "no idea at all" for whom.'
    assert one(quotes(annotator, body), "no idea").speaker == "Renata"


def test_a_given_name_after_named_tells_the_gender_of_a_she(annotator):
    body = (
        'Then Latoya, a mother of three, spoke up. "I will vote yes," she said.\n\n'
        "Her neighbor, a retired accountant named Evelyn, was more cautious. "
        '"I want to know where the money is going," she said.'
    )
    assert one(quotes(annotator, body), "I want to know").speaker == "Evelyn"


def test_one_of_a_group_of_demonstrators_is_the_he_after_it(annotator):
    body = (
        '"This is our home too," said Nasreen Ahmadi. One of the demonstrators said he was worried about '
        'traffic. "It\'s a quiet street," he said.'
    )
    assert one(quotes(annotator, body), "It's a quiet").speaker is None


def test_a_cue_set_off_by_a_comma_after_a_run_on_quotation_still_reports_it(annotator):
    body = (
        'Okafor, who often jokes about retiring, was "quietly delighted" by the call, Lemaire said, but "she '
        'asked for a week to think it over."'
    )
    assert one(quotes(annotator, body), "quietly delighted").speaker == "Lemaire"


def test_a_that_less_clause_about_the_speakers_own_organisation_stays_the_speakers(annotator):
    body = (
        "The council's director, Hamid Rowe, said his organization condemns "
        '"this senseless attack and offers its condolences."'
    )
    assert one(quotes(annotator, body), "this senseless").speaker == "Hamid Rowe"


def test_a_cue_right_before_a_run_on_quotation_keeps_it_past_a_missed_sentence_end(annotator):
    # "it.[98]": a reference mark hides the full stop, so the next sentence's cue seems to follow
    body = (
        'Sen. Dina Ferrell blamed the lobby\'s "stranglehold" on the laws and said "shame on us" in Congress '
        "for failing to act.[98] Rep. Tomas Reyes, a psychologist, said his bill would be a solution."
    )
    assert one(quotes(annotator, body), "shame on us").speaker == "Dina Ferrell"


@pytest.mark.parametrize(
    "apposition", ["17-year-old Maya Friedman", "the Rev. Maya Friedman", "retired postwoman Maya Friedman"]
)
def test_one_of_a_group_named_past_a_role_or_age_is_that_person(annotator, apposition):
    body = (
        '"I just drove the bus," said their teacher, Aurelio Santos.\n\n'
        f'One of the students, {apposition}, said the team had worked every weekend. "It\'s surreal," she said.'
    )
    assert one(quotes(annotator, body), "It's surreal").speaker == "Maya Friedman"


def test_a_split_quotation_after_a_place_with_a_lower_case_word_in_its_name(annotator):
    body = (
        "Local mayors questioned the timeline. 'They promised the same thing in 2015,' said Antônio Carlos "
        "Bezerra, mayor of Juazeirinho do Norte. 'I'll believe it when I see the water.'"
    )
    assert one(quotes(annotator, body), "I'll believe").speaker == "Antônio Carlos Bezerra"
