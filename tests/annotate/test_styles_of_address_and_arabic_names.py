"""Gulf and Middle East copy that invented probes (forty-second session) showed the annotator
getting wrong: a style of address standing for its holder ("His Highness said") read as a work
or a body and given as the speaker; names with "bint" and a capitalised "Al" cut in two; "Sheikh
Sultan bin …" losing its given name to the title list; "Eng." and "HE" before names. Invented
stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.person_titles import is_style_of_address, style_of_address_end
from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Sheikh Tariq bin Hamdan Al Suwaidi toured the new desalination plant on Monday. "
            '"Water security is national security," His Highness said.',
            "Water security",
            "Tariq bin Hamdan Al Suwaidi",
        ),
        (
            "Prince Omar bin Khalid Al Sabah opened the airport terminal. "
            'HRH thanked the engineers, adding that "this terminal will carry ten million travellers."',
            "this terminal",
            "Omar bin Khalid Al Sabah",
        ),
        (
            "Her Excellency Latifa Al Rumaithi launched the reading campaign at a school in Ajman. "
            '"Every child deserves a library," said Her Excellency.',
            "Every child",
            "Latifa Al Rumaithi",
        ),
        (
            "Sheikh Mansour bin Rashid Al Nuaimi received the graduates in Ras Al Khaimah. "
            'In his address, His Highness said: "Knowledge is the wealth that never runs out."',
            "Knowledge is",
            "Mansour bin Rashid Al Nuaimi",
        ),
    ],
)
def test_a_style_of_address_standing_alone_is_its_holder_named_before(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert not any(is_style_of_address(e.name) for e in story.entities)


def test_a_style_of_address_before_a_name_is_only_a_title(annotator):
    body = (
        "The minister of health, Dr. Salma Haddad, opened the clinic. "
        'His Excellency Sheikh Faris bin Ahmed Al Thani praised the staff. "They work day and night," he said.'
    )
    assert one(annotated(annotator, body).quotes, "They work").speaker == "Faris bin Ahmed Al Thani"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("His Highness said", 2),
        ("Her Royal Highness", 3),
        ("HRH praised", 1),
        ("his excellency", None),
        ("HE Dr", None),
    ],
)
def test_where_a_style_of_address_ends(text, end):
    assert style_of_address_end(text.split(), 0) == end


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Minister Nabil Qassem toured the market. Mrs. Reem bint Faisal Al Hashimi, who owns a spice stall, "
            'said trade had recovered. "We were closed for a year," she told reporters.',
            "We were closed",
            "Reem bint Faisal Al Hashimi",
        ),
        (
            "Dr. Maha bint Saeed Al Ghafri, Director of the Child Health Unit at the ministry, said: "
            '"Vaccination rates have never been higher."',
            "Vaccination rates",
            "Maha bint Saeed Al Ghafri",
        ),
        (
            "Sheikh Sultan bin Nasser Al Mualla opened the science fair on Thursday. "
            '"Our young inventors make us proud," he said.',
            "Our young",
            "Sultan bin Nasser Al Mualla",
        ),
    ],
)
def test_a_name_with_bint_or_bin_and_a_capitalised_al_is_one_person(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_eng_before_a_name_is_a_title(annotator):
    story = annotated(annotator, '"The launch window opens at dawn," said Eng. Yousef Al Marzooqi.')
    assert one(story.quotes, "The launch").speaker == "Yousef Al Marzooqi"
    assert all(e.name != "Eng" for e in story.entities)


def test_he_before_a_name_is_a_title_and_the_minister_is_that_name(annotator):
    body = (
        "Oman's Minister of Transport, HE Dr. Salim bin Rashid Al Harthy, said the new port would open in "
        'June. "The port will double our exports," the minister said.'
    )
    assert one(annotated(annotator, body).quotes, "The port will").speaker == "Salim bin Rashid Al Harthy"


# Round eight of invented probes (fifty-first session): Gulf business copy.


def test_he_opening_a_name_set_beside_its_office_is_no_bar_to_the_name(annotator):
    body = (
        "HE Khalifa bin Rashid Al Marzouqi, Undersecretary of the Ministry of Industry, said: "
        "“Small firms are the engine of the economy.”"
    )
    assert one(annotated(annotator, body).quotes, "Small firms").speaker == "Khalifa bin Rashid Al Marzouqi"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # four words after a title, one of them the article "Al": three names
            "Dr Yaqoub Hamad Al Ali, the director, said: “It is a good year for the port.”",
            "It is a good",
            "Yaqoub Hamad Al Ali",
        ),
        (
            # "Eng." with its full stop split off, and a given name the tagger read as a verb
            "Eng. Rashed Ali Al Hammadi, chief executive of Tamra Ports, said the project was “on time”.",
            "on time",
            "Rashed Ali Al Hammadi",
        ),
        (
            # after two titles, "Sultan" is his given name
            "HE Eng. Sultan Abdullah Al Hosani, Director-General of the roads authority, said the "
            "project was “part of a bigger plan”.",
            "part of a bigger",
            "Sultan Abdullah Al Hosani",
        ),
    ],
)
def test_a_titled_arabic_name_keeps_its_given_name(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_title_word_after_bin_is_a_fathers_name_not_a_title(annotator):
    body = (
        "HE Khalifa bin Sultan Al Dhaheri, Undersecretary of the Ministry of Economy, said small firms were "
        "thriving.\n\n“We have worked closely with eight national banks,” he added."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We have worked").speaker == "Khalifa bin Sultan Al Dhaheri"


def test_sheikha_and_a_given_name_before_bint_open_the_name(annotator):
    body = (
        "Sheikha Alyazia bint Hamdan Al Qasimi, founder of Qasr Homes, said demand was strong.\n\n"
        "“When a family buys a villa in Sharjah, it stays,” Sheikha Alyazia added."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "When a family").speaker == "Alyazia bint Hamdan Al Qasimi"
    assert ("Qasr Homes", "ORG") in [(e.name, e.label) for e in story.entities]
