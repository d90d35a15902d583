"""Two constructions of political copy. A name in quotation marks after a naming word, with an
article or an object between ("a bill titled the “…”", "opponents nicknamed it the “…”"), or a
title-case title after the noun of a work even when its author is the sentence's subject ("In her
memoir, “…,” Ellery describes"): a title, not speech. And a relative pronoun right before the cue
("Senator Crane of Maine, who said in August that …"): its antecedent speaks. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize(
    "body, title",
    [
        (
            "The measure, officially titled the “Safe Harbours and Quiet Streets Act of 2019,” passed 231 to 190.",
            "Safe Harbours",
        ),
        (
            "Opponents have nicknamed it the “lock the doors and lose the key bill.”\n\nIt passed anyway.",
            "lock the doors",
        ),
        (
            "In her new memoir, “What I Learned on the Long Road North,” former minister Joan Ellery "
            "describes the campaign as brutal.",
            "What I Learned",
        ),
    ],
)
def test_a_title_after_a_naming_word_or_a_work_is_no_speech(annotator, body, title):
    quote = one(quotes(annotator, body), title)
    assert quote.kind == "scare" and quote.speaker is None


def test_speech_after_the_noun_of_a_work_stays_speech(annotator):
    body = "In her memoir, Joan Ellery is blunt: “There were days I did not think I could go on,” she writes."
    quote = one(quotes(annotator, body), "There were days")
    assert quote.kind == "full" and quote.speaker == "Joan Ellery"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Senator Ruth Mbeki called the plan “a gift to the largest banks in the land.”", "Ruth Mbeki"),
        ("Police have not named a motive for what officers called a “cold and calculated attack on a family.”", None),
        ("Critics dubbed it “the worst budget in a generation of bad budgets,” and the name stuck.", None),
    ],
)
def test_what_someone_called_a_thing_is_theirs(annotator, body, speaker):
    """A reporting verb that also names ("called", "dubbed") gives a characterisation: a partial
    quotation, whoever said it, named or not."""
    quote = one(quotes(annotator, body), body.split("“")[1][:6])
    assert quote.kind == "partial" and quote.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Among them is Senator Lisa Crane of Maine, who said in August that she could not back a "
        "nominee who “lacks the temperament to lead the armed forces.”",
        "The loudest critic was Lisa Crane, who told reporters: “This nominee lacks the temperament to lead.”",
        "Officers stopped Lisa Crane, who then said “this nominee lacks the temperament to lead,” and left.",
    ],
)
def test_the_antecedent_of_who_speaks(annotator, sentence):
    body = "Three senators spoke against the nominee on Monday.\n\n" + sentence
    found = [q for q in quotes(annotator, body) if "temperament" in q.text]
    assert len(found) == 1 and found[0].speaker == "Lisa Crane"


@pytest.mark.parametrize(
    "sentence",
    [
        "The offer was rejected on Friday by the Harlow Nurses Association, which called it “an insult to every nurse.”",
        "The offer went to the Harlow Nurses Association, which said it was “an insult to every nurse.”",
        # (no comma, but the organisation is the author of the statement the clause is about)
        "The talks ended with a statement from the Harlow Nurses Association that called the offer “an insult to every nurse.”",
    ],
)
def test_the_antecedent_of_which_speaks_after_a_preposition(annotator, sentence):
    # The organisation is the object of "by" or "to", no subject of its clause; the relative
    # clause's "which" is its, and so are the words.
    body = "Talks on the hospital contract collapsed this week.\n\n" + sentence
    assert one(quotes(annotator, body), "an insult").speaker == "Harlow Nurses Association"


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        # ("who" is the nurse's: an organisation named last is not its antecedent)
        (
            "The offer was rejected by a nurse at Harbor General Hospital, who called it “an insult to every nurse.”",
            "Harbor General Hospital",
        ),
        # (no comma: the relative clause is the message's, and the platform is no author)
        ("The band put up a post on Twitter that reads, “We came, we played, we left.”", "Twitter"),
    ],
)
def test_a_relative_clause_that_is_not_the_organisation_s(annotator, body, organisation):
    assert one(quotes(annotator, body), body.split("“")[1][:8]).speaker != organisation


def test_a_document_that_said_is_the_documents(annotator):
    body = (
        "Lisa Crane read the report aloud.\n\n"
        "It was the audit office's report, which said the agency had “lost track of nearly half its vehicles.”"
    )
    quote = one(quotes(annotator, body), "lost track")
    assert quote.speaker != "Lisa Crane"


CHAIR = (
    "Rep. Owen Marsh has demanded the emails for months, and the committee chairman, Rep. Dale Hurst, "
    "has backed him.\n\n“I want to see every single document they have,” Marsh said."
)


@pytest.mark.parametrize(
    "then",
    [
        " The chairman agreed. “So do I, and so does every member of this panel,” he said.",
        "\n\nThe chairman agreed. “So do I, and so does every member of this panel,” he said.",
        " The chairman agreed: “So do I, and so does every member of this panel.”",
    ],
)
def test_a_description_set_before_a_name_refers_to_it(annotator, then):
    """ "the committee chairman, Rep. Dale Hurst,": "the chairman" is Hurst, and so is the "he"
    of the sentence after the chairman's."""
    quote = one(quotes(annotator, CHAIR + then), "So do I")
    assert quote.speaker == "Dale Hurst"


def test_a_description_before_a_clause_opening_name_is_not_tied_to_it(annotator):
    body = (
        "After meeting the chairman, Ann Roe said the talks had gone well.\n\n"
        "“We agreed on almost everything that matters,” the chairman said."
    )
    quote = one(quotes(annotator, body), "We agreed")
    assert quote.speaker != "Ann Roe"


def test_a_persons_kin_set_before_a_name_is_not_everyones(annotator):
    """ "Hale's mother, Viola Warren," ties "mother" to Viola Warren for Hale only: "his mother"
    in a sentence about her brother is someone else."""
    body = (
        "Dana Hale and her mother, Viola Warren, were found in the house. Hale's mother, Viola Warren, "
        "was 62.\n\n"
        "“Nobody saw this coming,” said Doreen Warren, the family's eldest, who is Viola Warren's mother.\n\n"
        "Her son Wendell Warren stood outside. His mother called the two women “the kindest people on "
        "this whole street.”"
    )
    quote = one(quotes(annotator, body), "the kindest")
    assert quote.speaker != "Viola Warren"


def test_a_mother_named_beside_her_child_is_she(annotator):
    body = (
        "Lead prosecutor Karen Holt spoke first. Nichols' mother, Claritha, and father, Gene, sat in the "
        "second row.\n\n"
        "As she left the courthouse, Nichols' mother spoke briefly. “We just want to go home,” she said."
    )
    quote = one(quotes(annotator, body), "We just want")
    assert quote.speaker != "Karen Holt"


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "If convicted, Ejaz could face the death penalty, prosecutor Mary Collins said.\n\n"
            "“No charge of that kind has been filed yet, though it remains open to us,” she said.",
            "Mary Collins",
        ),
        (
            "Tom Ames will be sentenced next month, defense lawyer Ben Collins said.\n\n"
            "“He is not the monster people think he is,” he said.",
            "Ben Collins",
        ),
        (
            "Ali Rafie had stopped talking to the band after a “quarrel about money and credit,” his friend "
            "Sam Salehezadeh said.\n\n“They agreed to keep away from one another,” he said.",
            "Sam Salehezadeh",
        ),
    ],
)
def test_the_speaker_of_a_closing_reporting_clause_is_the_one_continued(annotator, body, speaker):
    """ "…, prosecutor Mary Collins said." puts the speaker, not the subject of what she reported,
    in focus for the "she said" that follows."""
    assert quotes(annotator, body)[-1].speaker == speaker


FILLER = (
    "The hearing ran into the evening. Lawyers for both sides argued over the exhibits for hours, and "
    "the judge twice sent the jury out of the room while they did. Outside, a small crowd waited in "
    "the rain. Some had come every day since the trial began, and a few had brought folding chairs. "
    "Reporters filled the back rows of the public gallery. "
)


def test_a_description_may_anticipate_a_name_given_soon_after(annotator):
    body = (
        "The Harwick police chief called the shooting “the worst thing this town has ever seen.”\n\n"
        "“We will find whoever did this,” said Harwick Police Chief Dan Ferris."
    )
    assert one(quotes(annotator, body), "the worst").speaker == "Dan Ferris"


def test_a_description_does_not_mean_someone_named_only_much_later(annotator):
    body = (
        "The victim's sister told the court she had been afraid for weeks. “He told me nobody would "
        "ever find out what he had done,” the sister said.\n\n" + FILLER + FILLER + "\n\n"
        "Tara Quill, the defendant's sister, testified last."
    )
    assert one(quotes(annotator, body), "He told me").speaker != "Tara Quill"


@pytest.mark.parametrize(
    ("lede", "word", "speaker"),
    [
        ("Owen Castellanos and his father, Rafael Castellanos, toured the plant.", "elder", "Rafael Castellanos"),
        ("Owen Castellanos and his father, Rafael Castellanos, toured the plant.", "younger", "Owen Castellanos"),
        ("Owen Castellanos Jr. and Owen Castellanos toured the plant.", "elder", "Owen Castellanos"),
        ("Owen Castellanos and Rafael Castellanos toured the plant.", "elder", None),
        ("Owen Castellanos and his uncle, Rafael Castellanos, toured the plant.", "elder", "Rafael Castellanos"),
        ("Owen Castellanos and his niece, Ana Castellanos, toured the plant.", "younger", "Ana Castellanos"),
    ],
)
def test_the_elder_or_younger_of_two_who_share_a_surname(annotator, lede, word, speaker):
    body = f'{lede} "These jobs are coming back to this town," the {word} Castellanos said.'
    assert one(quotes(annotator, body), "These jobs").speaker == speaker


@pytest.mark.parametrize(
    ("middle", "start", "speaker"),
    [
        (
            "“He thinks I have lost my mind,” Ms. Olsen said.\n\nHer husband shrugged. “I am not planning on a "
            "heart attack,” he said.",
            "I am not planning",
            "Dennis Olsen",
        ),
        (
            "He is voting for the Republican.\n\nHis wife is backing Karen Vail. “Our hospital closed,” she said.",
            "Our hospital closed",
            "Janet Olsen",
        ),
    ],
)
def test_a_spouse_of_a_couple_sharing_a_surname_is_the_other(annotator, middle, start, speaker):
    # "Dennis and Janet Olsen have been married …": "her husband" is the one Olsen who is a he.
    body = "Dennis and Janet Olsen have been married for 41 years. " + middle
    assert one(quotes(annotator, body), start).speaker == speaker
