"""Questions and answers: after "the host pressed her on …", the "she" who answers with a
quotation is the one pressed (``focus_questions``); a quotation that is a question stays with
the asker. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes

LEDE = "Campaign manager Nadia Orloff appeared on a Sunday program with host Greta Lindahl. "


@pytest.mark.parametrize(
    "question",
    [
        "Lindahl pressed her on the candidate's remarks.",
        "Lindahl asked Orloff about the tape.",
        # the asking as a participle of the subject's, and a title before the one asked
        "Lindahl followed up by asking Orloff about the tape.",
        "Lindahl pressed Manager Nadia Orloff on the tape.",
    ],
)
def test_the_one_asked_answers(annotator, question):
    body = LEDE + question + ' "He has apologized for it and he has moved on," she said.'
    assert one(quotes(annotator, body), "He has apologized").speaker == "Nadia Orloff"


def test_a_question_stays_with_the_asker(annotator):
    body = LEDE + 'Lindahl pressed her on the candidate\'s remarks. "Does he regret any of it?" she said.'
    assert one(quotes(annotator, body), "Does he regret").speaker == "Greta Lindahl"


def test_a_later_sentence_is_no_answer(annotator):
    body = (
        LEDE + "Lindahl pressed her on the candidate's remarks. Orloff deflected. Lindahl moved on to the "
        'polls. "Those numbers are going to tighten by October," she said.'
    )
    assert one(quotes(annotator, body), "Those numbers").speaker == "Greta Lindahl"


@pytest.mark.parametrize("mark", ["?", "."])
def test_a_cue_that_opens_the_next_quotation_is_not_the_one_before(annotator, mark):
    # "X asked, “…?” Y answered, “…”" in one paragraph: the cue after the first quotation
    # introduces the second; the first keeps the cue before it.
    body = (
        LEDE + f'Lindahl then asked, "Would you vote for him again{mark}" Orloff answered, "Without a doubt, '
        'and so would most of the people I know."'
    )
    found = quotes(annotator, body)
    assert one(found, "Would you vote").speaker == "Greta Lindahl"
    assert one(found, "Without a doubt").speaker == "Nadia Orloff"


def test_an_answer_after_a_question_put_to_someone_named_is_theirs(annotator):
    # “Did you …?” Varga asked Klein.¶“I did not.”: the paragraph with no cue answers; it is
    # Klein's, not Varga's going on.
    body = "“Did you approve the contract?” Paul Varga asked Deborah Klein.\n\n“I did not. I never saw it.”"
    found = quotes(annotator, body)
    assert one(found, "Did you approve").speaker == "Paul Varga"
    assert one(found, "I did not").speaker == "Deborah Klein"


def test_someone_a_question_asks_about_is_not_the_one_who_answers(annotator):
    # "asked whether the president had …": the president is the reported clause's subject, no
    # one in focus; the "she" who answers is the press secretary who took the questions.
    body = (
        "Nora Blake took questions at the White House on Tuesday.\n\n"
        "A reporter, Tom Abrams, asked whether the president had undergone testing.\n\n"
        "“I'm not going to get into that,” she said."
    )
    assert one(quotes(annotator, body), "I'm not going").speaker == "Nora Blake"


def test_the_asker_set_off_by_an_apposition_asks(annotator):
    # “…?” Jeanne Cobb, a teacher, asked Tony Russo.: Cobb asked; Russo is whom she asked.
    body = "“What are you going to do about my bill?” Jeanne Cobb, a teacher, asked Tony Russo."
    assert one(quotes(annotator, body), "What are you").speaker == "Jeanne Cobb"


@pytest.mark.parametrize(
    ("lede", "question", "asker", "answerer"),
    [
        (
            "Gov. Theo Marchetti met his challenger in a debate moderated by Phil Ostrander.",
            "“Governor, where is your pension fix?” Ostrander asked.",
            "Phil Ostrander",
            "Theo Marchetti",
        ),
        (
            "Treasurer Joan Whitley faced questions from moderator Ruth Engel.",
            "“By how much would you cut the budget?” Engel asked.",
            "Ruth Engel",
            "Joan Whitley",
        ),
    ],
)
def test_the_answer_to_a_question_put_to_someone_is_not_the_askers(annotator, lede, question, asker, answerer):
    # A question addressed to its hearer ("Governor, …?") or asked by a moderator: the "he said"
    # after it answers.
    body = f"{lede}\n\n{question}\n\n“It is in the budget I sent to the legislature,” {'she' if 'Engel' in asker else 'he'} said."
    found = quotes(annotator, body)
    assert found[0].speaker == asker
    assert one(found, "It is in the budget").speaker == answerer


def test_a_speakers_own_rhetorical_question_goes_on_with_the_speaker(annotator):
    # (guard) "“Why would we do that?” Brenner asked. “We wouldn't,” he said.": no one else asked.
    body = (
        "Walter Brenner spoke to supporters in Dayton with his running mate, Carl Hines.\n\n"
        "“Why would we ever raise taxes on these families?” Brenner asked. “We would not,” he said."
    )
    assert one(quotes(annotator, body), "We would not").speaker == "Walter Brenner"


def test_a_podcaster_asks_what_he_asks(annotator):
    # "The podcaster pressed him": the podcaster is the host named before, whose question it is.
    body = (
        "Gov. Arthur Pendleton sat down with podcaster Jake Rennick on Thursday.\n\n"
        "The podcaster pressed him on his ambitions.\n\n"
        "“Are you running in 2028?” he asked."
    )
    assert one(quotes(annotator, body), "Are you running").speaker == "Jake Rennick"
