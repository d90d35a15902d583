"""An organisation speaks through plural voices and descriptions: "White House officials said",
"officials with Northfield College said", "police said" in a story that named the force, "the navy
said", "the sheriff's office said". The organisation is the speaker; where the story gives no
single organisation for the words, no one is. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.model import Story
from tests.annotate.helpers import annotated, one, quotes

QUOTE = "“We have not seen the final figures and cannot say what they mean for the program,”"


@pytest.mark.parametrize(
    ("lead", "attribution", "speaker"),
    [
        (
            "The senator's bill would cut the budget of several agencies by a tenth next year.",
            "White House officials said on Tuesday.",
            "White House",
        ),
        (
            "Students gathered on the lawn on Friday to remember the professor who died in the crash.",
            "said officials with Northfield College.",
            "Northfield College",
        ),
        (
            "The Harbor City Police Department opened an inquiry on Monday after a fire at a warehouse.",
            "police said in a statement on Tuesday.",
            "Harbor City Police Department",
        ),
        (
            "Officers from the Marlow Police Department and the Ohio State Highway Patrol chased the car.",
            "police said.",
            "Marlow Police Department",
        ),
        (
            "Kansas City police said a girl was hurt on Wednesday when a stray bullet hit a house on Elm Street.",
            "police said on Thursday.",
            "Kansas City police",
        ),
        (
            "The Indian Navy sent a frigate to the Gulf of Aden after a merchant ship reported two skiffs.",
            "the navy said.",
            "Indian Navy",
        ),
        (
            "Two men were charged with arson on Saturday, according to the Marlow County Prosecutor's Office.",
            "the prosecutor's release said.",
            "Marlow County Prosecutor's Office",
        ),
        (
            "Classes at Pine Ridge Academy resumed on Monday, according to the Dalton School District.",
            "district officials said in a statement.",
            "Dalton School District",
        ),
        (
            "Three people were taken to Mercy General Hospital after the crash on Route 9 on Sunday.",
            "the hospital said on Monday.",
            "Mercy General Hospital",
        ),
        (  # one official, named by the organisation, as "officials" are
            "The senator's bill would cut the budget of several agencies by a tenth next year.",
            "a senior White House official said on Tuesday.",
            "White House",
        ),
        (
            "Acme Corp. will close two plants in Ohio next year, the company said on Monday.",
            "an Acme executive told investors.",
            "Acme Corp.",
        ),
        (  # a president's administration speaks for its head, as a campaign does
            "The Kessler administration defended the new tariffs on Wednesday.",
            "the administration said.",
            "Kessler",
        ),
        (  # and an organisation named as one is itself
            "The Federal Grain Administration defended the new inspection rules on Wednesday.",
            "the administration said.",
            "Federal Grain Administration",
        ),
    ],
)
def test_the_organisation_speaks(annotator, lead, attribution, speaker):
    body = f"{lead}\n\n{QUOTE} {attribution}"
    assert one(quotes(annotator, body), "We have not").speaker == speaker


def test_a_quote_inside_what_police_said_is_the_forces(annotator):
    body = (
        "A man was shot outside a bar in Dayton early on Sunday, according to the Dayton Police Department.\n\n"
        "Police said the man “was walking to his car when someone in a passing truck opened fire on him.”"
    )
    assert one(quotes(annotator, body), "was walking").speaker == "Dayton Police Department"


@pytest.mark.parametrize(
    ("lead", "attribution"),
    [
        # Two forces, neither in clear focus: "police" is either.
        (
            "Officers from the Elm City Police Department and the Oak Falls Police Department searched the woods.",
            "police said.",
        ),
        # No force named: police are no one the story names.
        ("A man was shot outside a bar early on Sunday and died at the scene.", "police said."),
        # A party's people are not an organisation that speaks.
        ("The bill passed the House on Friday by nine votes.", "Republican officials said."),
        ("The bill passed the House on Friday by nine votes.", "an Iowa GOP official said."),
    ],
)
def test_no_single_organisation_no_speaker(annotator, lead, attribution):
    body = f"{lead}\n\n{QUOTE} {attribution}"
    assert one(quotes(annotator, body), "We have not").speaker is None


@pytest.mark.parametrize(
    ("aside", "description"),
    [("a Denver advocacy group", "the group"), ("a trade association for growers", "the association")],
)
def test_an_organisation_described_in_an_aside_is_the_description_later(annotator, aside, description):
    # "The Prairie Water Alliance, a Denver advocacy group," describes the Alliance: no second,
    # unnamed group that "the group said" would then mean.
    body = (
        f"The Prairie Water Alliance, {aside}, criticised the pipeline route on Wednesday.\n\n"
        f"“This route puts two rivers at risk and we will fight it in every court,” {description} said."
    )
    assert one(quotes(annotator, body), "This route").speaker == "Prairie Water Alliance"


@pytest.mark.parametrize(
    ("company", "trade"),
    [
        ("Keldane Motors Corp.", "the automaker"),
        ("Orsova Semiconductor Inc.", "the chipmaker"),
        ("Brightwater Foods Inc.", "the retailer"),
        ("Tallis Air", "the airline"),
    ],
)
def test_a_company_described_by_its_trade_speaks(annotator, company, trade):
    # Business copy names a company once, then by its trade: "the automaker said".
    body = (
        f"{company} cut its forecast for the year on Thursday, citing weak demand in Europe.\n\n"
        f"“We expect the second half to be stronger than the first,” {trade} said in a statement."
    )
    assert one(quotes(annotator, body), "We expect").speaker == company


def test_what_a_participle_notes_is_not_its_subjects_words(annotator):
    body = (
        "A fire destroyed a garage on Pine Street on Sunday.\n\n"
        "“It is too early to say how it started,” said fire investigator Lena Ortiz, noting police “are being told” "
        "the fire was an accident."
    )
    assert one(quotes(annotator, body), "are being told").speaker == "Lena Ortiz"


def test_a_place_a_student_is_in_is_no_institution(annotator):
    body = (
        "Tomas Brandt moved to Fresno in 2001 and worked nights at a bakery, his nephew Ivo Lenk said.\n\n"
        "Brandt raised three children. All are currently in college, Lenk said.\n\n"
        "“He was looking forward to seeing them graduate,” he said."
    )
    assert one(quotes(annotator, body), "He was looking").speaker == "Ivo Lenk"


def test_one_group_of_several_is_no_organisation(annotator):
    body = (
        "Three people were taken to Mercy General Hospital after a fight at a party on Sunday. Two were "
        "released from the hospital later that day, police said.\n\n"
        "Guards moved the smaller group outside so the fight would not “spill out into the street,” police said."
    )
    assert one(quotes(annotator, body), "spill out").speaker is None


def test_an_unnamed_subject_of_the_cue_is_not_replaced_by_another(annotator):
    body = (
        "A girl was treated at Mercy General Hospital for a wound to her leg on Sunday.\n\n"
        "A hospital spokesman said he had no record of her, but police said the wound “did not appear to be "
        "serious at all.”"
    )
    assert one(quotes(annotator, body), "did not appear").speaker is None


def test_a_name_after_a_quotation_is_its_speaker_when_the_cue_was_left_out(annotator):
    body = (
        "A boy was shot on his porch on Friday night.\n\n"
        "“This is not normal, our children being shot on their own porches,” the Rev. Alma Whitcombe of Grace "
        "Chapel.\n\n"
        "The church will hold a vigil on Sunday."
    )
    assert one(quotes(annotator, body), "This is not normal").speaker == "Alma Whitcombe"


def test_a_cue_the_tagger_read_as_a_noun_still_cues(annotator):
    body = (
        "Lt. Ryan Ostrowski of the investigations unit said the shootings drew dozens of tips, and that police "
        "hope the public will continue to call.\n\n"
        "“Our detectives are working closely with the families of the victims,” Ostrowski's email states."
    )
    assert one(quotes(annotator, body), "Our detectives").speaker == "Ryan Ostrowski"


def test_a_plural_noun_behind_a_preposition_is_no_cue(annotator):
    # "in three swing states" closes the clause after the quotation, as "Ostrowski's email states"
    # does, but the noun phrase is a preposition's object: no subject, no verb, no speech.
    body = (
        "The Hale campaign spent the week raising money in Ohio.\n\n"
        "The campaign released a new ad, “A Future We Can Believe In,” on Monday in three swing states."
    )
    quote = one(quotes(annotator, body), "A Future We Can")
    assert (quote.kind, quote.cue) != ("full", "states")
    assert quote.cue is None


def test_the_subject_of_a_clause_after_but_is_the_cues(annotator):
    body = (
        "A girl was treated at Mercy General Hospital for a wound to her leg, according to the Elm City "
        "Police Department.\n\n"
        "A hospital spokesman said he had no record of her, but police said the wound “did not appear to be "
        "serious at all.”"
    )
    assert one(quotes(annotator, body), "did not appear").speaker == "Elm City Police Department"


def test_a_place_behind_a_preposition_is_not_the_sentences_subject(annotator):
    body = (
        "Two men were flown to Mercy General Hospital on Sunday night.\n\n"
        "On the way to the hospital, a wounded man managed to tell officers the quarrel had started over "
        "rent owed by “a cousin who had moved out last spring.”"
    )
    assert one(quotes(annotator, body), "a cousin who").speaker is None


def test_a_name_inside_a_phrase_behind_a_preposition_is_not_the_sentences_subject(annotator):
    body = (
        "Jon Marsh bought three mines from the bankrupt Acme Coal last year.\n\n"
        "Last spring three conservation clubs gave Marsh more time under a ruling to clean up waste "
        "from a former Acme mine, noting that his “cash in hand was far short of the plan.”"
    )
    assert one(quotes(annotator, body), "cash in hand").speaker != "Acme Coal"


def test_according_to_someone_unnamed_is_no_one_elses_words(annotator):
    body = (
        "Lily Marsh, 6, died on Tuesday, two days after she was shot at her grandmother's home.\n\n"
        "According to the fundraising page created by her uncle, she will be “blessing many other families "
        "with the organs she is donating.”"
    )
    assert one(quotes(annotator, body), "blessing").speaker is None


def test_a_cue_after_according_to_decides(annotator):
    body = (
        "Anthony Reyes, 41, was charged on Monday with assaulting an officer.\n\n"
        "According to the charges, police stopped Reyes's truck, but Reyes refused to get out, saying "
        "officers “would need to drag me out of here.”"
    )
    assert one(quotes(annotator, body), "would need").speaker == "Anthony Reyes"


@pytest.mark.parametrize(
    "opening", ["Per CNN, the president", "The president, per CNN,", "According to CNN, the president"]
)
def test_per_a_source_is_according_to_it(annotator, opening):
    # "Per X," sets off a source as "According to X," does; "$4 per gallon" sets off nothing.
    body = f"{opening} was “furious about the leak and wants to know who was behind it.”"
    assert one(quotes(annotator, body), "furious").speaker == "CNN"


def test_per_as_a_rate_is_no_source(annotator):
    body = "Gas in Ohio sold for $4 per gallon, which Dana Roe called “the highest price I have ever paid.”"
    assert one(quotes(annotator, body), "the highest").speaker == "Dana Roe"


def test_the_outlet_is_the_news_organisation_in_focus(annotator):
    body = (
        "Politico obtained a copy of the memo on Monday.\n\n"
        "The outlet reported that the campaign “has no plans to change course before the first debate.”"
    )
    assert one(quotes(annotator, body), "has no plans").speaker == "Politico"


def test_an_outlet_relaying_someone_unnamed_is_not_the_speaker(annotator):
    # The words are the attendee's, whom the story does not name; CNN only relays them.
    body = "“The mood was grim and nobody knew what to say at all,” CNN quoted one attendee as saying."
    assert one(quotes(annotator, body), "The mood").speaker is None


def test_the_police_of_a_place_that_speaks_is_an_entity_of_the_story(annotator):
    # The schema promises a speaker is an entity's name; "Toledo police" is no NER entity.
    body = "A man was shot near a Toledo bar on Sunday. Toledo police said the gunman “walked up and fired without a word.”"
    story = annotator.annotate([Story(story_id="t", format="text", body=body)])[0]
    speaker = one(story.quotes, "walked up").speaker
    forces = [e for e in story.entities if e.name == speaker]
    assert speaker == "Toledo police"
    assert [(e.label, [m.text for m in e.mentions]) for e in forces] == [("ORG", ["Toledo police"])]


def test_the_police_of_a_place_is_its_department_when_the_story_names_it_anywhere(annotator):
    body = (
        "A man was shot in Toledo on Sunday. Toledo police said the gunman “walked up and fired without a word.”"
        "\n\nAnyone with information may call the Toledo Police Department."
    )
    assert one(quotes(annotator, body), "walked up").speaker == "Toledo Police Department"


@pytest.mark.parametrize(
    ("lead", "voices", "speaker"),
    [
        ("Gov. Ruth Mallory met with the union on Monday.", "one of her aides", "Ruth Mallory"),
        ("Gov. Ruth Mallory met with the union on Monday.", "one of the governor's aides", "Ruth Mallory"),
        ("Brightwater Foods Inc. was sued on Monday.", "the company's lawyers", "Brightwater Foods Inc."),
        ("Gov. Ruth Mallory met with the union on Monday.", "aides to the governor", "Ruth Mallory"),
        ("Gov. Ruth Mallory met with the union on Monday.", "lawyers for Mallory", "Ruth Mallory"),
        # (no principal in the phrase: anyone's)
        ("Gov. Ruth Mallory met with the union on Monday.", "aides", None),
    ],
)
def test_plural_spokespeople_speak_for_the_principal_their_phrase_names(annotator, lead, voices, speaker):
    # As "a spokesman for Acme" speaks for Acme: the plural had been no one's.
    body = f"{lead}\n\n“We will have more to say this week,” {voices} said afterward."
    assert one(quotes(annotator, body), "We will have more").speaker == speaker


def test_the_company_is_the_one_organisation_named_only_as_a_modifier(annotator):
    # "the Harlan Foods plant": the name modifies a noun and weighs nothing in focus; it is still
    # the one organisation the story named
    body = (
        "A worker opened fire at the Harlan Foods plant in Dayton on Thursday, police said.\n\n"
        "“We are heartbroken for everyone at the plant,” the company said in a statement."
    )
    assert one(quotes(annotator, body), "We are heartbroken").speaker == "Harlan Foods"


@pytest.mark.parametrize(
    "place",
    [
        "the Harlan Foods plant near the Dayton Police Department",  # (a public body is no company)
        "the Harlan Foods plant near the Corliss Steel warehouse",  # (two companies: either)
    ],
)
def test_the_company_among_two_organisations_named_as_modifiers(annotator, place):
    body = (
        f"A worker opened fire at {place} on Thursday, witnesses said.\n\n"
        "“We are heartbroken for everyone at the plant,” the company said in a statement."
    )
    expected = "Harlan Foods" if "Police" in place else None
    assert one(quotes(annotator, body), "We are heartbroken").speaker == expected


@pytest.mark.parametrize("outlet", ["WKRV", "NBC Dayton", "Reuters"])
def test_an_outlet_a_witness_told_is_not_the_company(annotator, outlet):
    # "told NBC Dayton": an organisation only ever told something is the outlet, not a second
    # company "the company said" could mean.
    body = (
        "A worker opened fire at the Harlan Foods plant in Dayton on Thursday, police said.\n\n"
        f"“Everybody just ran for the doors,” one employee told {outlet}.\n\n"
        "“We are heartbroken for everyone at the plant,” the company said in a statement."
    )
    assert one(quotes(annotator, body), "We are heartbroken").speaker == "Harlan Foods"


@pytest.mark.parametrize(
    ("description", "speaker"), [("the freight company", "Corliss Freight"), ("the tire company", "Dalton Tire Co.")]
)
def test_a_modifier_that_is_a_word_of_a_name_picks_the_organisation(annotator, description, speaker):
    # Two companies; "the freight company" is the one whose name says freight, whichever the
    # story mentioned last.
    body = (
        "Police said the gunman, a former driver for Corliss Freight, was fired in March. He later "
        "worked at Dalton Tire Co. in Akron.\n\n"
        f"“We are shocked and saddened by what happened today,” {description} said in a statement."
    )
    assert one(quotes(annotator, body), "We are shocked").speaker == speaker


def test_the_company_named_as_a_modifier_long_before_is_still_the_company(annotator):
    # Focus lets the name go after many people and places; it is still the one company named.
    body = (
        "A worker opened fire at the Harlan Foods plant in Dayton on Thursday, police said.\n\n"
        "Lt. Rosa Delgado said officers found Ken Ibarra and Lupe Marsh wounded near the loading dock. "
        "Both were taken to Miami Valley Hospital. Sgt. Omar Pike said a third worker, Jill Sato, hid "
        "in a freezer with Tom Reyes and Ana Kurtz.\n\n"
        "Neighbors in Kettering and Huber Heights heard sirens for an hour, Dale Fennimore said.\n\n"
        "“We are heartbroken for everyone at the plant,” the company said in a statement."
    )
    assert one(quotes(annotator, body), "We are heartbroken").speaker == "Harlan Foods"


def test_a_public_body_is_no_charity_in_focus(annotator):
    # "the ministry" is a public body; a charity or a community named in focus is another kind
    # of organisation, so the story named no ministry that could have said it.
    body = (
        "Foreign Minister Carlo Benni met the envoy on Saturday. The envoy also met the Harbor Peace "
        "Community, a Catholic charity.\n\n"
        "“The talks were useful,” the ministry said."
    )
    assert one(quotes(annotator, body), "The talks were useful").speaker != "Harbor Peace Community"


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Damascus radio", "Damascus radio"),
        ("Syrian state radio", "Syrian state radio"),
        ("Iranian state television", "Iranian state television"),
        ("state TV", None),  # (no place or people names whose)
        # a government and its forces, as a broadcaster
        ("the Syrian government", "Syrian government"),
        ("the Syrian army", "Syrian army"),
        ("the government", None),
    ],
)
def test_a_places_broadcaster_speaks_as_the_phrase_names_it(annotator, phrase, speaker):
    body = (
        "Syria accused its neighbour of preparing for war on Thursday.\n\n"
        f"“The settlements show it is preparing for war,” {phrase} said in a commentary."
    )
    assert one(quotes(annotator, body), "The settlements show").speaker == speaker


def test_the_radio_is_the_broadcaster_the_story_named(annotator):
    body = (
        "“The settlements show it is preparing for war,” state-run Harbour Radio said on Friday.\n\n"
        "“Arab unity is the only answer,” the radio said.\n\n"
        "“The world must act,” Harbour radio said."
    )
    found = quotes(annotator, body)
    assert one(found, "Arab unity").speaker == "Harbour Radio"
    assert one(found, "The world must act").speaker == "Harbour Radio"  # (one broadcaster, whatever the case)


def test_an_office_named_after_a_role_noun_is_the_office(annotator):
    # (guard) "The Sheriff's Office said" is the office: its first word is a role noun, but the
    # mention is an organisation's name, no description of a person.
    body = (
        "“We owe the family answers,” District Attorney Helen Marsh said.\n\n"
        "The Sheriff’s Office said deputies were “fairly sure” the fire had started in the kitchen."
    )
    assert one(quotes(annotator, body), "fairly sure").speaker == "Sheriff’s Office"


@pytest.mark.parametrize(
    ("opening", "cue", "speaker"),
    [
        (
            "According to Prairie Canola, clubroot turned up in 14 more fields this year.",
            "the growers’ association said",
            "Prairie Canola",
        ),
        (
            "Wheatbelt Grain Handling has taken in 9.2 million tonnes so far.",
            "the co-operative said",
            "Wheatbelt Grain Handling",
        ),
        (
            "Mitchell Livestock, which has run the sale barn since 1971, wished its new rivals well.",
            "the company said",
            "Mitchell Livestock",
        ),
    ],
)
def test_a_body_named_earlier_speaks_through_its_noun(annotator, opening, cue, speaker):
    """A plural possessive before the noun names its members, not another body; a hyphened
    noun the tokenizer splits is still the body's; a farm business the model read as a person
    ends with a word no person's name does."""
    body = f"{opening}\n\n“Deliveries have been strong and steady,” {cue}."
    assert one(quotes(annotator, body), "Deliveries have been").speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "body_name"),
    [
        ('The disability charity Equal Access UK said the resignation "speaks volumes".', "Equal Access UK"),
        ('Consumer group Fair Bills UK called the offer "cold comfort".', "Fair Bills UK"),
    ],
)
def test_a_country_that_ends_a_bodys_name_is_part_of_it(annotator, sentence, body_name):
    found = quotes(annotator, sentence)
    assert found[0].speaker == body_name


def test_a_places_military_government_speaks_as_a_body(annotator):
    found = quotes(annotator, "Mali’s military government said the strikes had killed “dozens of fighters”.")
    assert one(found, "dozens of fighters").speaker == "Mali military government"


def test_a_body_the_model_left_untagged_before_a_spokespersons_noun_speaks(annotator):
    body = "A Foreign Office spokesperson said: “We are supporting the families of those involved.”"
    assert quotes(annotator, body)[0].speaker == "Foreign Office"


def test_a_name_once_called_a_company_is_one_though_the_model_reads_it_as_a_place(annotator):
    body = (
        "The European Commission fined U.S. cloud computing company Vantora 2.1 billion euros on Monday.\n\n"
        "The Commission said Vantora had charged “unjustified” fees.\n\n"
        "Vantora said it would appeal. “We strongly disagree with the Commission’s decision,” the company "
        "said in a statement."
    )
    assert one(quotes(annotator, body), "We strongly disagree").speaker == "Vantora"


@pytest.mark.parametrize(
    ("opening", "cue", "speaker"),
    [
        (
            "A coach operated by Transportes Cóndor del Sur left the road near Cusco on Sunday.",
            "the bus company said",
            "Transportes Cóndor del Sur",
        ),
        (
            "The Rail Accident Investigation Branch sent inspectors to the site.",
            "the branch said",
            "Rail Accident Investigation Branch",
        ),
        (
            "The Midland Examinations Council (MEC) suspended the papers on Friday.",
            "the exam board said",
            "Midland Examinations Council",
        ),
        ("Harlan Foods announced the recall on Monday.", "the parent company said", None),
    ],
)
def test_a_body_named_before_is_what_its_trade_or_a_short_word_calls_it(annotator, opening, cue, speaker):
    body = f"{opening}\n\n“We are reviewing everything,” {cue}."
    assert one(quotes(annotator, body), "We are reviewing").speaker == speaker


def test_an_acronym_with_a_small_words_letter_in_lower_case_is_the_body_spelled_out(annotator):
    body = (
        "The Department for Education (DfE) said the guidance was clear.\n\n"
        "“Mobile phones have no place in classrooms,” the DfE said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Mobile phones").speaker == "Department for Education"
    assert [e.name for e in story.entities] == ["Department for Education"]


def test_a_voice_of_a_kind_speaks_for_the_body_that_noun_heads(annotator):
    body = (
        "Staff at Pennine Metropolitan University began a strike on Monday, the University and College "
        "Union said.\n\n“We remain open to talks with the union,” a university spokesperson said."
    )
    assert one(quotes(annotator, body), "We remain open").speaker == "Pennine Metropolitan University"


def test_a_name_a_which_clause_follows_is_a_body_and_it_speaks_for_it(annotator):
    body = (
        "Canberra mother-of-two Ebony Marsh, 33, of Gungahlin, said her family paid $178 a day for care.\n\n"
        'Listed operator Brightpath Learning, which runs 340 centres nationally, said it "rejects any '
        'suggestion" that it had profiteered.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "rejects any").speaker == "Brightpath Learning"
    assert ("Brightpath Learning", "ORG") in [(e.name, e.label) for e in story.entities]


def test_a_which_clause_about_meeting_someone_leaves_the_person(annotator):
    body = 'Reporters met Ann Roe, which was a surprise. "I am not going anywhere," Roe said.'
    assert one(annotated(annotator, body).quotes, "I am not").speaker == "Ann Roe"


@pytest.mark.parametrize(
    ("lead", "office"),
    [
        ("The Israeli Prime Minister's Office", "Israeli Prime Minister's Office"),
        ("The Prime Minister's Office", "Prime Minister's Office"),
    ],
)
def test_the_office_of_a_titled_role_speaks(annotator, lead, office):
    body = f'{lead} said in a statement that the government would "continue the talks until a deal is done".'
    story = annotated(annotator, body)
    assert one(story.quotes, "continue the talks").speaker == office
    assert (office, "ORG") in [(e.name, e.label) for e in story.entities]


def test_a_role_noun_inside_a_bodys_name_makes_no_person(annotator):
    # "Marine" is a role noun ("the former Marine said"); "Service" a census surname
    body = 'The National Marine Fisheries Service said the whales were "in distress" on Tuesday.'
    story = annotated(annotator, body)
    assert [(e.name, e.label) for e in story.entities] == [("National Marine Fisheries Service", "ORG")]


def test_a_which_clause_after_an_apposed_name_is_about_what_came_before(annotator):
    body = (
        "The deputies arranged a handover of the children between their father and their aunt, Marta Quillen, "
        "which went without incident."
    )
    story = annotated(annotator, body)
    assert ("Marta Quillen", "PERSON") in [(e.name, e.label) for e in story.entities]
