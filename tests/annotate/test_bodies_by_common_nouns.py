"""Bodies referred back to by a common noun that invented probes (forty-second session) found left
without a speaker: "the charity said" after a charity whose name does not say so, "the zoo",
"the park" and "the trust" after names that hold the noun, "the gang" after a ransomware group,
"a force spokeswoman" after a police force; and names the model mislabels as people or works
("Starforge Interactive", "a group calling itself Blackmoth"). Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Hedgehog Haven League took in nine hoglets after the storm. "
            '"Most of them were underweight," the charity said in a statement.',
            "Most of them",
            "Hedgehog Haven League",
        ),
        (
            'The Fenmoor Zoo lost its oldest giraffe on Tuesday. "She was the heart of this place," the zoo said.',
            "She was the heart",
            "Fenmoor Zoo",
        ),
        (
            "Kestrel Valley Hospital Trust apologised to the patient's family. "
            '"We fell short of the care we expect," a spokeswoman for the trust said.',
            "We fell short",
            "Kestrel Valley Hospital Trust",
        ),
        (
            "Ashby Vale Police received the complaint on Monday. "
            '"We are reviewing the footage," a force spokeswoman said.',
            "We are reviewing",
            "Ashby Vale Police",
        ),
        (
            "A ransomware group calling itself Blackmoth claimed the attack on the council. "
            '"They had two weeks to talk to us," the group wrote in a post.',
            "They had two weeks",
            "Blackmoth",
        ),
        (
            'The Vortex gang listed the brewery on its leak site. "Pay or the recipes go public," the gang claimed.',
            "Pay or the recipes",
            "Vortex",
        ),
        (
            'Harvest Mart raised its milk prices on Monday. "Our suppliers\' costs have gone up," the chain said.',
            "Our suppliers",
            "Harvest Mart",
        ),
        (
            "Drivers at Tolland Freightways walked out on Monday over unpaid overtime.\n\n"
            '"Our offer is fair and the door stays open," the management said in a statement.',
            "Our offer is fair",
            "Tolland Freightways",
        ),
        (
            "Starforge Interactive confirmed the breach on Friday. "
            '"Some player emails were exposed," the company wrote.',
            "Some player emails",
            "Starforge Interactive",
        ),
    ],
)
def test_a_body_referred_back_to_by_a_common_noun_speaks(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_the_gang_is_not_the_firm_it_attacked(annotator):
    body = (
        "Harrow Tools said hackers had encrypted its servers. "
        '"We will not pay," the company said. The gang later posted the files. '
        '"They chose silence," the gang wrote.'
    )
    assert one(annotated(annotator, body).quotes, "They chose silence").speaker != "Harrow Tools"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "An official at the Qasr Cement Company confirmed the merger to reporters on Thursday. "
            '"The board will vote on Sunday," the official said.',
            "The board will vote",
            "Qasr Cement Company",
        ),
        (
            "Officials from the Tawau Forestry Department said the logging had stopped. "
            '"Someone must have warned them," one official said.',
            "Someone must have",
            "Tawau Forestry Department",
        ),
    ],
)
def test_an_official_of_a_named_body_speaks_for_it_when_referred_back_to(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_the_official_tied_to_a_named_person_is_still_that_person(annotator):
    body = (
        "Fire Capt. Dwayne Obi said the blaze started in the kitchen of the Harlan Foods plant. "
        '"It spread through the ceiling," the official said.'
    )
    assert one(annotated(annotator, body).quotes, "It spread").speaker == "Dwayne Obi"


def test_a_peoples_word_in_a_bodys_possessive_description_is_no_speaker(annotator):
    body = (
        "The federation opened an inquiry on Monday. "
        '"There is no place for this in our sport," European football\'s governing body said.'
    )
    assert one(annotated(annotator, body).quotes, "There is no place").speaker is None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a theatre or a guild named with the noun ("the theatre said")
            "The Calloway Theatre, where Brandt acted for a decade, said it would dim its lights. "
            "“He gave his finest work on our stage,” the theatre said in a statement.",
            "He gave his finest",
            "Calloway Theatre",
        ),
        (
            # the statement of a body set beside its description, quoted in the next paragraph
            "In a statement, the consortium, Ashgrove Capital Partners, said it was “proud to take "
            "charge of the club”.\n\n“We know what the club means to the town,” the statement continued.",
            "We know what",
            "Ashgrove Capital Partners",
        ),
        (
            # "the consortium" after the consortium's name
            "Ashgrove Capital Partners completed its takeover on Friday. “We will invest in the "
            "stadium first,” the consortium said.",
            "We will invest",
            "Ashgrove Capital Partners",
        ),
    ],
)
def test_bodies_of_the_arts_and_of_deals_by_their_nouns(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_the_event_a_persons_title_names_is_not_that_person(annotator):
    # "Festival director" ties the director to the festival's name, not to "the festival": the
    # festival's statement is not his, though the story names him only after it.
    body = (
        "Organisers of the Brackwater Festival called off its last day after gales tore down a stage.\n\n"
        "“Nobody’s safety is worth a headline set,” the festival said in a post on Sunday morning.\n\n"
        "Festival director Ossian Threlfall said the call had been made at dawn."
    )
    assert one(annotated(annotator, body).quotes, "Nobody’s safety").speaker != "Ossian Threlfall"


def test_a_platform_named_only_as_where_a_post_went_is_not_the_company(annotator):
    body = (
        "“I hate cancelling more than anything,” the singer Tamsin Orly wrote on Instagram on Monday.\n\n"
        "Ticket-holders will be refunded, according to her promoter. “Nobody needs to do anything,” "
        "the company said."
    )
    assert one(annotated(annotator, body).quotes, "Nobody needs").speaker != "Instagram"


def test_the_institutions_noun_after_the_body_that_spoke_in_the_sentence_before(annotator):
    # The airline's name does not hold "airline"; it spoke in the sentence right before.
    body = (
        "Regulators grounded four jets operated by budget carrier FlyKestrel after an audit of its "
        "engine logs.\n\n"
        "FlyKestrel said the grounding would affect about 30 daily flights. “We apologise to every "
        "passenger whose plans we have upset,” the airline said."
    )
    assert one(annotated(annotator, body).quotes, "We apologise").speaker == "FlyKestrel"


def test_a_forum_by_its_noun_is_the_forum_the_story_named(annotator):
    body = (
        "Oil prices rose on Thursday after members of the Grain Exporters Forum agreed to extend quota "
        "cuts until the end of June.\n\n"
        '"The market needs stability," the forum said in a statement after an online meeting of ministers.'
    )
    assert one(annotated(annotator, body).quotes, "The market needs").speaker == "Grain Exporters Forum"
