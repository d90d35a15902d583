"""Honorifics and traditional titles of West, East and Southern African copy before a name
("Alhaji", "Mallam", "Inkosi", "Mzee"): a title, not part of the speaker's name; and a surname
after such a title between a quotation and its cue, which the model reads as a work. Invented
stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


@pytest.mark.parametrize("title", ["Alhaji", "Mallam", "Inkosi"])
def test_an_honorific_is_no_part_of_the_name(annotator, title):
    body = (
        f"The ward head of Gidan Kaura, {title} Haruna Bawa, said the road had been cut for a week. "
        "\u201cThe lorries cannot pass,\u201d Bawa said."
    )
    assert one(quotes(annotator, body), "The lorries").speaker == "Haruna Bawa"


def test_a_rare_surname_after_a_personal_title_between_a_quotation_and_its_cue(annotator):
    body = (
        "Sheikh Themba Mkhize said the land belonged to the community. "
        "\u201cThis land was given to our people,\u201d Sheikh Mkhize said."
    )
    assert one(quotes(annotator, body), "This land").speaker == "Themba Mkhize"


def test_a_yoruba_title_before_a_name_read_as_a_body_makes_a_person(annotator):
    body = (
        "The governor's campaign director-general, Otunba Femi Adeyinka, said the party had agents in all "
        "2,445 polling units.\n\n"
        '"We are not leaving anything to chance," the director-general said.'
    )
    assert one(annotated(annotator, body).quotes, "We are not").speaker == "Femi Adeyinka"


def test_a_chieftainess_is_titled_and_speaks_by_her_one_name(annotator):
    body = (
        "Chieftainess Mwanachingwala, who chairs the provincial House of Chiefs, said candidates had been "
        '"parading" at palaces.\n\n"A palace is not a campaign platform," she said.'
    )
    assert one(annotated(annotator, body).quotes, "A palace").speaker == "Mwanachingwala"


def test_a_name_cut_in_two_by_the_model_is_one_person(annotator):
    body = (
        "The Resident Electoral Commissioner in Kano, Dr Zainab Aminu Kurawa, said voting had been largely "
        'peaceful.\n\n"Apart from isolated incidents, the process went smoothly," she said.'
    )
    assert one(annotated(annotator, body).quotes, "Apart from").speaker == "Zainab Aminu Kurawa"


def test_a_ghanaian_honorific_opening_the_name_tells_no_gender_and_the_name_is_a_person(annotator):
    body = (
        "In a statement, the commission's spokesman, Mr Kofi Asamoah-Boadu, called the claim baseless.\n\n"
        "The GPF's General Secretary, Nana Yaw Ofori-Atta Mensah, however, insisted the party had evidence.\n\n"
        '"The names are simply gone," he told journalists.'
    )
    assert one(annotated(annotator, body).quotes, "The names").speaker == "Nana Yaw Ofori-Atta Mensah"


def test_a_candidates_phrase_with_a_bodys_acronym_in_brackets_is_set_beside_her_name(annotator):
    body = (
        "The candidate of the New Ruritania Congress (NRC) in the Surulere federal constituency, Mrs Ngozi "
        'Okafor-Bello, said her supporters had been targeted.\n\n"It was selective," she said.'
    )
    assert one(annotated(annotator, body).quotes, "It was selective").speaker == "Ngozi Okafor-Bello"


# Round nine of invented probes (fifty-first session): Nigerian newspapers.


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The traditional ruler of the community, Igwe Chukwudozie Anyaoku-Eze, marked the festival on "
            "Saturday. “Our people must unite,” he said.",
            "Our people",
            "Chukwudozie Anyaoku-Eze",
        ),
        (
            "The head of the ruling house, Prince Adebayo Akinyemi-Afolabi, told our correspondent the land "
            "was theirs. “We will go to court,” he said.",
            "We will go",
            "Adebayo Akinyemi-Afolabi",
        ),
        (
            "Health commissioner Adeniyi Olatunji-Okesola said the state had enough nurses.\n\n"
            "But the chairman of the nurses' union, Comrade (Mrs) Bolanle Ayinde-Oladipo, said the commissioner "
            'was "economical with the truth". "We have lost 2,000 nurses," she said.',
            "We have lost",
            "Bolanle Ayinde-Oladipo",
        ),
        (
            "The sector commander, Corps Commander Adebowale Sodipe-Ilori, blamed the crash on speeding. "
            "“Drivers must slow down,” he said.",
            "Drivers must",
            "Adebowale Sodipe-Ilori",
        ),
    ],
)
def test_nigerian_titles_before_names_with_hyphened_surnames(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Paramount Ruler of Ogbolomabiri, King Ebiye Tonye Alagoa-Ekiye, received the delegation.\n\n"
            "Community youth leader Preye Ebikake-Dorgu said the oil company had ignored them. “We are tired,” "
            "he said.\n\n“If the company will not listen, the river will speak,” the monarch said.",
            "If the company",
            "Ebiye Tonye Alagoa-Ekiye",
        ),
        (
            "The traditional ruler of Umuaka, Igwe Chukwudozie Anyaoku-Eze, marked the festival.\n\n"
            "Youth leader Emeka Obi said the roads were bad. “We are tired,” he said.\n\n"
            "“Who will tell their mothers?” the traditional ruler asked.",
            "Who will tell",
            "Chukwudozie Anyaoku-Eze",
        ),
        (
            "Youth leader Emeka Obi said the roads were bad. “We are tired,” he said.",
            "We are tired",
            "Emeka Obi",
        ),
    ],
)
def test_a_ruler_by_his_office_and_a_youth_leader_by_name(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_king_as_a_surname_stays_a_persons_name(annotator):
    # (guard: the rulers' titles are tied to "the monarch", not read as titles after a name)
    body = "Five were shot: Rodney Keaton, Julian Bryant and Marvin Lewis King. Bryant and King remain in hospital."
    names = [e.name for e in annotated(annotator, body).entities if e.label == "PERSON"]
    assert "Marvin Lewis King" in names


def test_a_kenyan_county_assembly_member_by_the_title_mca(annotator):
    # ("MCA" unknown, the model read the ward and the title as a body and the name as nothing, and
    # "Ms Mghanda" then went to another woman whose surname is two letters off)
    body = (
        "Ward Rep Zawadi Wughanda opened the meeting.\n\n"
        "Mwatate Ward MCA Grace Wakesho Mghanda said the residents were angry.\n\n"
        '"Our people have been reporting losses for weeks," Ms Mghanda said.'
    )
    assert one(annotated(annotator, body).quotes, "Our people").speaker == "Grace Wakesho Mghanda"
