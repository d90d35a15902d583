"""Constructions of Canadian, African, United Nations, maritime, court and housing copy that
invented probes (forty-first session) showed the annotator getting wrong: "Coun. Vera Moss"
read as a speaker called "Coun", "he said" of a Stéphane or a Yuri found no one since the US
census counts more women of those names. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate import lexicons
from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"The skating rink opens in December," said Coun. Tove Lindqvist. "The money is there."',
            "The money",
            "Tove Lindqvist",
        ),
        (
            '"We need a second ice pad," Coun. Irene Duval said at Tuesday\'s meeting.',
            "We need a second",
            "Irene Duval",
        ),
        (
            "The commissioner for works, Engr. Musa Tanko, inspected the bridge on Monday. "
            '"The contractor has been given six weeks," the commissioner said.',
            "The contractor",
            "Musa Tanko",
        ),
    ],
)
def test_an_abbreviated_councillor_or_engineer_is_a_title_and_no_speaker(annotator, body, words, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert all(e.name not in ("Coun", "Engr") for e in story.entities)


@pytest.mark.parametrize("given", ["Stéphane", "Kristian", "Yuri"])
def test_a_given_name_the_census_and_the_world_tables_give_different_sexes_has_no_gender(annotator, given):
    assert lexicons.given_name_gender(given) is None
    body = (
        f"The harbour master, {given} Brodeur, walked the quay on Monday.\n\n"
        f'"We have never seen a winter like this one," he said.'
    )
    assert one(annotated(annotator, body).quotes, "We have never seen").speaker == f"{given} Brodeur"


def test_a_given_name_both_sources_give_one_sex_keeps_it():
    assert [lexicons.given_name_gender(n) for n in ("Brian", "Helena", "Margaret")] == ["m", "f", "f"]
    # (not "Garnet", which the world tables give to men nearly as often: of no known sex)
    assert lexicons.given_name_gender("Garnet") is None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a hyphened surname after a title the model read as a body
            "The Permanent Secretary, Dr Ibilola Amao-Adewale, spoke on Monday. Amao-Adewale said the "
            "centres had been equipped. “We have trained over 500 health workers,” she said.",
            "We have trained",
            "Ibilola Amao-Adewale",
        ),
        (
            # "Ms", a given name and a hyphened surname read as one body
            "Ms Lindiwe Dlamini-Mokoena told Parliament that schools still use pit latrines. “It is "
            "unacceptable,” she told members of the committee. Later, Dlamini-Mokoena said: “We have "
            "blacklisted them.”",
            "It is unacceptable",
            "Lindiwe Dlamini-Mokoena",
        ),
        (
            # "Org, Name," read as one organisation after "a spokeswoman for"
            "A spokeswoman for Oakline Homes, Verity Mance, said the firm would comply. "
            '"We will meet every deadline," she said.',
            "We will meet",
            "Verity Mance",
        ),
        (
            # the surname after its particles tagged alone, the given name left out
            'UNDP\'s representative in Merenia, Fenna van der Hoek, visited Dorvel. "We are rebuilding," she said.',
            "We are rebuilding",
            "Fenna van der Hoek",
        ),
        (
            # a hyphened title in capitals set beside the name
            "The Cocoa Growers Association also raised concern. Its Director-General, Mr Chidi Anozie, said "
            "exports would fall.\n\n“Many farms will simply stop,” he told our correspondent.",
            "Many farms will",
            "Chidi Anozie",
        ),
    ],
)
def test_a_person_introduced_with_a_long_title_or_a_compound_name_is_she_or_he_after(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    "manager",
    [
        "The manager of the bakery, who asked not to be named,",
        "The manager of the bakery",
    ],
)
def test_the_manager_of_a_place_is_not_the_police_commander_in_focus(annotator, manager):
    body = (
        f"Police commander Mr Otieno Wambua said two men were arrested. {manager} said the men took "
        "the day's takings.\n\n“They came in just before closing,” he said."
    )
    assert one(annotated(annotator, body).quotes, "They came in").speaker is None


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "The ship's owner, Andros Maritime, apologised. “We are deeply sorry for the harm this "
            "accident has caused,” the company said.",
            "Andros Maritime",
        ),
        (
            "Kaltberg Reederei has ordered six container ships, it announced on Tuesday. The order was "
            "signed by chief executive Hans-Dieter Vogt. “These ships will be among the cleanest in the "
            "world,” the company said.",
            "Kaltberg Reederei",
        ),
        (
            "FORT McMURRAY, Alta. — Camp workers are angry about a new rule.\n\n"
            "The company that runs the camp, Boreal Lodge Services, said in a statement the ban followed "
            "several fights.\n\n“Safety comes first,” the company said.",
            "Boreal Lodge Services",
        ),
    ],
)
def test_the_company_said_is_the_shipping_or_services_firm_the_story_named(annotator, body, company):
    story = annotated(annotator, body)
    assert [e.label for e in story.entities if e.name == company] == ["ORG"]
    assert [q.speaker for q in story.quotes] == [company]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“This appointment is the first step,” said the MEC for Health in the Eastern Cape, Dr Nomvula Dyantyi.",
            "Nomvula Dyantyi",
        ),
        (
            '"Drought does not just kill animals," said UNICEF\'s education specialist in the region, '
            "Hannah Moberg-Idowu.",
            "Hannah Moberg-Idowu",
        ),
        (
            '"The market is oversupplied," said the head of research at the shipbroking firm Marlow & '
            "Finch, Catherine Oduya.",
            "Catherine Oduya",
        ),
        (
            '"Those responsible must be brought to justice," High Commissioner for Human Rights Paul '
            "Amadi-Lee said in a statement.",
            "Paul Amadi-Lee",
        ),
    ],
)
def test_a_speaker_named_after_a_role_placed_in_a_body_or_holding_a_portfolio(annotator, body, speaker):
    assert [q.speaker for q in annotated(annotator, body).quotes] == [speaker]


def test_he_after_a_name_set_beside_a_description_is_that_name_not_the_chief_in_focus(annotator):
    body = (
        "Nana Owusu Agyeman Kwarteng III has banned mining: “Our rivers are dying,” he declared.\n\n"
        "A youth leader in the area, Kwabena Nsiah, said the youth were ready to support the chief. "
        '"We will form task forces in every community," he said.'
    )
    assert one(annotated(annotator, body).quotes, "We will form").speaker == "Kwabena Nsiah"


def test_a_firms_name_opening_the_sentence_before_a_role_is_no_verb(annotator):
    body = (
        '"Facadism is not preservation," said Arthur Kline. Parkline vice president Dominic Russo said the '
        'company had redesigned the tower. "We honor its history," he said.'
    )
    assert one(annotated(annotator, body).quotes, "We honor").speaker == "Dominic Russo"


def test_a_solicitor_speaks_for_the_client_as_a_lawyer_does_and_is_no_deckhand(annotator):
    body = (
        "Prosecutors say George Fennimore owed his crews wages, and deckhand Liam Carey said he went unpaid "
        "for months. Fennimore's solicitor said his client would plead not guilty. \"My client has always "
        'paid his workers when he was able to," he said.'
    )
    assert one(annotated(annotator, body).quotes, "My client").speaker == "George Fennimore"


def test_a_spokesman_after_an_organisation_the_story_did_not_name_is_no_one_named_before(annotator):
    body = (
        "Asked if he was relieved, union representative Jordi Puig smiled. The port authority said it "
        'welcomed the outcome. "We look forward to a period of stability," a spokesman said.'
    )
    assert one(annotated(annotator, body).quotes, "We look forward").speaker is None


def test_he_replied_after_someone_who_countered_goes_on_with_that_reply(annotator):
    body = (
        'Bellucci countered that the port was investing in shore power. "By 2027, every cruise berth in '
        'Velmar will have an electrical connection," he replied.'
    )
    assert one(annotated(annotator, body).quotes, "By 2027").speaker == "Bellucci"


def test_a_question_put_to_someone_is_not_theirs_and_their_reply_is(annotator):
    body = (
        'Port chairman Felix Warrender was asked, "Will anybody lose their job over this?" He replied: '
        '"That\'s a question for the inquiry, not for me."'
    )
    quotes = annotated(annotator, body).quotes
    assert one(quotes, "Will anybody").speaker is None
    assert one(quotes, "That's a question").speaker == "Felix Warrender"


def test_the_justices_opinion_is_not_the_governor_who_criticised_it(annotator):
    body = (
        "“Justice Merriweather's ruling is a disaster,” Governor Alma Tenney said. The justice's opinion "
        "said the law “imposes an unconstitutional burden on voters.”"
    )
    assert one(annotated(annotator, body).quotes, "imposes").speaker != "Alma Tenney"


def test_the_bishop_is_not_the_bishop_emeritus(annotator):
    body = (
        "Bishop Thomas Reilly of the Diocese of Amberly will ordain six men on Saturday. Reilly credited his "
        "predecessor, Bishop Emeritus Francis Galvin, with starting the program.\n\n"
        "“He planted the seeds, and we are harvesting now,” the bishop said.\n\n"
        "Galvin, 88, plans to attend. “I wouldn't miss it for the world,” he said."
    )
    quotes = annotated(annotator, body).quotes
    assert one(quotes, "He planted").speaker == "Thomas Reilly"
    assert one(quotes, "I wouldn't miss").speaker == "Francis Galvin"


def test_the_professor_is_the_professor_emeritus_when_no_other_is_named(annotator):
    body = (
        "Speaker Anita Greenhalgh was more conciliatory.\n\n"
        "The plaintiffs' lead lawyer, Professor Emeritus Winslow Okafor of Marlow State, has been on the case "
        "since 2004. “I was a young man when we filed the first one,” the professor joked."
    )
    assert one(annotated(annotator, body).quotes, "I was a young man").speaker == "Winslow Okafor"


def test_an_abbreviated_councillor_inside_the_models_span_is_no_part_of_the_name(annotator):
    body = (
        "VANCOUVER — A city councillor wants leaf blowers banned.\n\n"
        '"Anyone who has been woken up at 7 a.m. on a Saturday knows exactly why we need to do this," '
        "Coun. Harriet Mbeki said."
    )
    assert one(annotated(annotator, body).quotes, "Anyone who").speaker == "Harriet Mbeki"


@pytest.mark.parametrize(
    ("body", "author"),
    [
        (
            "The Harbour Pilots Association has rejected the new fees. “The increase will be passed on to "
            "every fisherman in the county,” the statement said.",
            "Harbour Pilots Association",
        ),
        (
            "Nordvik Ferries will suspend its weekly service to Tallborg. “We regret the inconvenience "
            "this will cause,” the notice said.",
            "Nordvik Ferries",
        ),
    ],
)
def test_the_statement_no_one_was_said_to_issue_is_the_organisation_in_clear_focus(annotator, body, author):
    assert [q.speaker for q in annotated(annotator, body).quotes] == [author]


@pytest.mark.parametrize(
    "body",
    [
        # (a person in focus issues no statement by default)
        "Mayor Ana Ruiz has promised to fix the potholes on Elm Street. “Some of the repairs were never "
        "inspected,” the statement said.",
        # (a report is as often a third party's about the organisation in focus)
        "The Audit Service has flagged irregular payments of $1.2 billion. “Some of the payments were "
        "made without supporting documents,” the report said.",
    ],
)
def test_a_statement_with_a_person_in_focus_or_a_report_stays_unattributed(annotator, body):
    assert [q.speaker for q in annotated(annotator, body).quotes] == [None]


def test_a_party_named_in_french_before_a_provincial_title_is_not_the_speaker(annotator):
    body = '"Why did nobody warn us about the cost?" asked Québec solidaire MNA Lucien Poitras.'
    assert [q.speaker for q in annotated(annotator, body).quotes] == ["Lucien Poitras"]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"We fought about the snare sound," said Lena Brask. Bassist June Hatterly was more concise. '
            '"It\'s a good record," she said.',
            "It's a good record",
            "June Hatterly",
        ),
    ],
)
def test_a_musician_introduced_by_role_without_speaking_is_she_after(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We train for this every day," said Tech. Sgt. Wanda Pruitt.', "Wanda Pruitt"),
        ('The message from Command Sgt. Maj. Tobias Renner was short: "Bring everyone home."', "Tobias Renner"),
    ],
)
def test_an_abbreviated_rank_of_two_words_is_no_speaker(annotator, body, speaker):
    story = annotated(annotator, body)
    assert [q.speaker for q in story.quotes] == [speaker]
    assert all(e.name not in ("Tech", "Command Sgt") for e in story.entities)


def test_a_name_ending_like_an_abbreviated_title_without_its_full_stop_stays(annotator):
    story = annotated(annotator, 'Prime Minister Hun Sen said the vote was fair. "We won," Hun Sen said.')
    assert [q.speaker for q in story.quotes] == ["Hun Sen"]


def test_a_quotation_in_single_marks_runs_over_paragraphs_as_one_in_double_marks_does(annotator):
    body = (
        "‘Simon did not invent this practice,’ barrister Olivia Penrose said.\n\n"
        "‘He was only 26 years old when he joined the desk.\n\n"
        "‘The evidence says otherwise.’"
    )
    quotes = annotated(annotator, body).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Simon did not invent this practice,", "Olivia Penrose"),
        ("He was only 26 years old when he joined the desk.", "Olivia Penrose"),
        ("The evidence says otherwise.", "Olivia Penrose"),
    ]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Prosecutor Jonathan Ebbs KC told the jury the messages were damning.\n\n"
            "In one message, Achterberg wrote to a broker: ‘Need a low fix tomorrow, mate.’\n\n"
            "Ebbs said: ‘These are not the words of a confused man.’",
            "These are not",
            "Jonathan Ebbs",
        ),
        (
            'Committee chair Harriet Bancroft MP was not persuaded.\n\n"Every year there is another scandal," she said.',
            "Every year",
            "Harriet Bancroft",
        ),
    ],
)
def test_letters_after_a_name_are_no_part_of_it_and_make_no_body(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Donegal TD Pádraig Mac Lochlainn said the service would "run out" of money. "People are being '
            'driven to despair," he said.',
            "People are being",
            "Pádraig Mac Lochlainn",
        ),
        (
            'Local TD Denis Ó Nualláin said the fair would go ahead. "The October fair is bigger than ever," he said.',
            "The October fair",
            "Denis Ó Nualláin",
        ),
        (
            'Councillor Máire Ní Bhriain said the road was dangerous. "There is a bend at Rathbawn," she said.',
            "There is a bend",
            "Máire Ní Bhriain",
        ),
        (
            "Local TD Denis Ó Nualláin said the fair would go ahead.\n\nAsked about the cost, Ó Nualláin said: "
            '"The council has the money."',
            "The council has",
            "Denis Ó Nualláin",
        ),
    ],
)
def test_an_irish_surname_with_its_gaelic_particle_is_one_persons_name(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    ["A Big Mac Attack was on the menu, the diner's owner said.", "The shop sold the Apple Mac Pro at a loss."],
)
def test_a_gaelic_particle_after_no_given_name_makes_no_person(annotator, sentence):
    story = annotated(annotator, sentence)
    assert all(e.label != "PERSON" for e in story.entities)


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "One of them was Ana, 36, a cashier and mother of three, who used the aid to move.\n\n"
            '"Without it, we would still be stuck," she said.',
            "Without it",
            "Ana",
        ),
        (
            'Nora became the ferryman\'s wife in 1974.\n\n"I had forgotten every word of it," he said.',
            "I had forgotten",
            None,
        ),
    ],
)
def test_a_person_named_by_a_given_name_no_census_surname_spells_has_its_gender(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Mila Dorne has left Halcyon Music. "We have supported Mila from the very beginning," the label '
            "said in a statement.",
            "Halcyon Music",
        ),
        (
            'Fans queued outside the Brannock Arena. A spokesperson for the arena said tickets sold out. "Demand '
            'was huge this year," the spokesperson said.',
            "Brannock Arena",
        ),
        (
            # (the platform a statement was posted on is not the band)
            "The indie band the Muffled Bells have cancelled their tour. In a statement posted on Instagram, the "
            'band wrote: "We need to go home and see our families."',
            None,
        ),
    ],
)
def test_a_label_a_venue_or_a_band_refers_back_to_the_one_named(annotator, body, speaker):
    assert [q.speaker for q in annotated(annotator, body).quotes] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Councillor Noel Thomas Ó Conghaile said the list was growing. "Behind every one of those numbers '
            'is a family," he said.',
            "Noel Thomas Ó Conghaile",
        ),
        (
            'Deputy Tomás Ó Floinn-Kerrigan refused to leave. "I will not sit down," he shouted.',
            "Tomás Ó Floinn-Kerrigan",
        ),
        # (fifty-second session: the article inside a surname; a given name only the world's
        # tables list, after a title the model reads as a body's)
        (
            'Minister of State Ciarán Mac an Bhaird said the Government was "not ruling anything out".\n\n'
            '"We are looking at what has worked elsewhere," he said.',
            "Ciarán Mac an Bhaird",
        ),
        (
            # (the "h" a particle puts before a surname's capital: written as a name all the same)
            'Councillor Síle Ní hAodha said the plan was sound.\n\n"It works and it will last," Ms Ní hAodha said.',
            "Síle Ní hAodha",
        ),
        (
            "Coroner Carmel Ní Dhálaigh returned a verdict of misadventure.\n\n"
            '"There is no such thing as a safe dose," the coroner said.',
            "Carmel Ní Dhálaigh",
        ),
    ],
)
def test_a_gaelic_name_keeps_its_given_names_and_its_double_surname(annotator, body, speaker):
    assert {q.speaker for q in annotated(annotator, body).quotes} == {speaker}


def test_the_festival_the_model_did_not_name_is_not_a_band_in_focus(annotator):
    body = (
        "The hip-hop collective Low Orbit have been dropped from the lineup of the Summer Bloc festival.\n\n"
        "The festival said in a statement that the comments were “completely unacceptable.”"
    )
    assert [q.speaker for q in annotated(annotator, body).quotes] == [None]


def test_she_after_an_anonymous_responder_is_not_the_doctor_named_before(annotator):
    body = (
        '"Every second matters," said Dr. Lucinda Moreau. One responder, who spoke on condition of '
        'anonymity, said staff were tired. "We\'re quitting faster than they can hire," she said.'
    )
    assert one(annotated(annotator, body).quotes, "We're quitting").speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"The defendant treated the information like a personal ATM," said FBI Assistant Director in '
            "Charge Ronald Keane.",
            "Ronald Keane",
        ),
        (
            "“Mr. Marsh targeted communities of faith,” said Special Agent in Charge Carla Boateng of the "
            "FBI’s Atlanta field office.",
            "Carla Boateng",
        ),
        (
            '"The search of the warehouse will take a week," said Agent in Charge Mara Quillen, who leads '
            "the bureau's Dunmore office.",
            "Mara Quillen",
        ),
    ],
)
def test_in_charge_is_part_of_a_title_before_a_name(annotator, body, speaker):
    assert [q.speaker for q in annotated(annotator, body).quotes] == [speaker]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('"You are facing 20 years in prison, are you not?" Dupree asked.\n\n"Yes."', "Yes.", None),
        ('"Why did you sign it?" Dupree asked.\n\n"Why would I not? It was my job."', "Why would I", None),
    ],
)
def test_an_answer_to_a_question_put_to_someone_is_not_the_askers(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Derek Fairbanks said he had marked a shellfish allergy on his account.\n\nHis attorney, Rosa "
            'Delgado-Kim, put it simply: "The company had one job with this customer."',
            "The company had",
            "Rosa Delgado-Kim",
        ),
        (
            '"I slept in the truck," said Sgt. Nora Pike. Her platoon leader, Lt. Glen Sato, put it simply: '
            '"She is the toughest soldier in the company."',
            "She is the toughest",
            "Glen Sato",
        ),
    ],
)
def test_put_it_simply_reports_the_quotation_after_it(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_the_agency_is_not_the_hospital_a_researcher_works_at(annotator):
    body = (
        "The study was led by Dr. Theodora Karlsson of Nordhaven University Hospital. The agency said in a "
        'response that it was "already studying new approaches" to the problem.'
    )
    assert one(annotated(annotator, body).quotes, "already studying").speaker != "Nordhaven University Hospital"


def test_the_ambassador_of_one_country_is_no_one_named_before(annotator):
    body = (
        "“Space is big enough for all of us,” said Meera Joshi. The ambassador of one country told reporters "
        'his government was "studying the text very closely."'
    )
    assert one(annotated(annotator, body).quotes, "studying the text").speaker is None


def test_a_first_name_given_after_a_description_placed_somewhere_is_she_after(annotator):
    body = (
        "A shopper in Danbury Mills, who gave only her first name, Louise, said she had eaten the cheese. "
        '"Luckily nobody got sick," she said.'
    )
    assert one(annotated(annotator, body).quotes, "Luckily nobody").speaker == "Louise"


def test_a_name_with_two_surnames_set_beside_the_head_of_a_body_is_a_person(annotator):
    """The model reads "Wilson Muñoz Caicedo" as an organisation; set between commas after "The
    head of the local council", a given name and two surnames are the head's name."""
    body = (
        "Interior Minister Pablo Restrepo said talks would resume.\n\n"
        "The head of the local council, Wilson Muñoz Caicedo, said at least 60 families had left the area.\n\n"
        "“People are leaving with what they can carry,” he said."
    )
    assert one(annotated(annotator, body).quotes, "People are leaving").speaker == "Wilson Muñoz Caicedo"


def test_the_first_of_two_surnames_alone_is_the_person_named_in_full(annotator):
    body = (
        "Trade Minister Natalia Pinzón Acevedo said exports would double.\n\n"
        '"We are talking about jobs on both sides of the border," Pinzón said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We are talking").speaker == "Natalia Pinzón Acevedo"
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Natalia Pinzón Acevedo"]


def test_one_name_before_an_apposition_with_an_age_is_a_person(annotator):
    body = (
        "The volcano erupted again on Sunday night.\n\n"
        "Suparman, a 61-year-old rice farmer who like many Javanese goes by one name, said he had walked "
        'for six hours. "The ground shook the whole night," he said at a shelter.'
    )
    assert one(annotated(annotator, body).quotes, "The ground shook").speaker == "Suparman"


def test_a_first_name_someone_would_only_give_is_she_after(annotator):
    body = (
        "A retired teacher in line for bread, who would only give her first name, Odette, said her flat "
        'was dry. "I can see the bakery from my window," she said.'
    )
    assert one(annotated(annotator, body).quotes, "I can see").speaker == "Odette"


def test_a_name_set_beside_a_role_after_according_to_is_a_person(annotator):
    body = (
        "The lockout began at midnight on Saturday, according to the local's chairperson, Rita Duchesne. "
        '"They waited for the long weekend," Duchesne said. "A wage freeze, and now this," she said.'
    )
    story = annotated(annotator, body)
    assert [q.speaker for q in story.quotes] == ["Rita Duchesne", "Rita Duchesne"]
