"""Constructions of legislative, campaign, analysis and Westminster-style copy that invented
probes (thirty-seventh session) showed the annotator getting wrong: cabinet offices, sources and
letters of a named body, a place after an office, descriptions set before a name, a cue in a
clause that is not the quotation's, and the sentence after a quotation. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


def test_a_quotation_in_a_second_that_clause_is_the_outer_speakers(annotator):
    body = (
        "Gov. Perpetua Holm defended the budget. She said that every agency had been asked to find "
        "savings and that road repairs were “not a sacred cow.”"
    )
    assert one(quotes(annotator, body), "not a sacred cow").speaker == "Perpetua Holm"


def test_a_cue_with_its_own_that_clauses_keeps_both(annotator):
    body = (
        "Detective Ilse Marchetti said that in an interview, Corwin said that he and two friends "
        "were “just driving around” and that “Boots” had the keys."
    )
    found = quotes(annotator, body)
    assert one(found, "just driving around").speaker == "Corwin"
    assert one(found, "Boots").speaker == "Corwin"


@pytest.mark.parametrize("office", ["the secretary", "the minister"])
def test_a_cabinet_office_is_not_the_senator_the_story_named(annotator, office):
    body = f"Sen. Marit Ollendorf said the delay was costly. A spokesman for {office} said: “We are working hard.”"
    assert one(quotes(annotator, body), "We are working hard").speaker is None


def test_a_letter_a_body_sent_speaks_for_the_body(annotator):
    body = (
        "Harrowgate Mutual Bank will close its riverside branch. In a letter to customers, the bank "
        "said most of their business was done online.\n\n“We know this is a disappointment,” the "
        "letter said."
    )
    assert one(quotes(annotator, body), "We know this").speaker == "Harrowgate Mutual Bank"


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("a Treasury source", "Treasury"),
        ("Treasury sources", "Treasury"),
        # a source near a body is no voice of it, and no one the story names
        ("a source close to the Treasury", None),
    ],
)
def test_a_source_of_a_named_body_speaks_for_it(annotator, phrase, speaker):
    body = f"“The sums have been done and they add up,” {phrase} said."
    assert one(quotes(annotator, body), "The sums have been done").speaker == speaker


@pytest.mark.parametrize(
    "who",
    ["said the senator from Quillmarsh", "the lawmaker from the mill town of Greyhollow said"],
)
def test_the_place_an_office_holder_is_from_is_no_speaker(annotator, who):
    body = f"Sen. Oriana Feld took the floor next. “We will fight this to the end,” {who}."
    assert one(quotes(annotator, body), "We will fight this").speaker == "Oriana Feld"


def test_an_indefinite_description_before_a_name_ties_it(annotator):
    body = (
        "The vote was 9-6, with one Democrat, Rep. Tobias Wennerholm, joining Republicans.\n\n"
        "“When the plants close, the towns go with them,” the Democrat said.\n\n"
        "Rep. Lucinda Farrow, the panel's ranking Democrat, said she was disappointed."
    )
    assert one(quotes(annotator, body), "When the plants close").speaker == "Tobias Wennerholm"


def test_the_sentence_after_an_introduced_quotation_is_not_its_cue(annotator):
    body = (
        "Gov. Anselm Traube gave his first budget address on Tuesday.\n\nThe governor paused, smiled "
        "and said, “I see we have some friends from the union with us today.” The chamber laughed."
    )
    assert one(quotes(annotator, body), "I see we have").speaker == "Anselm Traube"


@pytest.mark.parametrize(
    "body",
    [
        "Labor leader Ambrose Kettering died in 1991. The governor who had fought him for a decade said, "
        "“He was the toughest man I ever lost to.”",
        "When the labor leader Ambrose Kettering died in 1991, the governor who had fought him for "
        "a decade called him “the toughest man I ever lost to.”",
    ],
)
def test_a_description_whose_clause_names_the_one_in_focus_is_someone_else(annotator, body):
    assert one(quotes(annotator, body), "the toughest man" if "called" in body else "He was").speaker is None


@pytest.mark.parametrize(
    ("opening", "pronoun", "name"),
    [
        # the model reads the name as an organisation, or tags neither word
        ("Before she ran for the Senate, Imogen Fairweather was a public defender.", "she", "Imogen Fairweather"),
        (
            "Ambrose Kettleworth is not a politician. But the retired firefighter campaigns for the nominee, "
            "Priscilla Vane.",
            "he",
            "Ambrose Kettleworth",
        ),
    ],
)
def test_a_name_a_sentence_says_is_a_person_is_one(annotator, opening, pronoun, name):
    body = f"{opening}\n\n“I just tell people what I saw,” {pronoun} said at a union hall."
    assert one(quotes(annotator, body), "I just tell people").speaker == name


def test_the_head_of_a_body_set_beside_a_name_is_that_name(annotator):
    body = (
        "“We are prepared for every outcome,” said Tarek Oudina.\n\nThe head of the mission, Solveig "
        "Aaberg, disagreed. “We owe both sides a careful answer,” she said."
    )
    assert one(quotes(annotator, body), "We owe both sides").speaker == "Solveig Aaberg"


@pytest.mark.parametrize("show", ["the Sunday program", "the public radio programme"])
def test_a_programme_named_after_its_noun_is_a_title(annotator, show):
    body = f"“The agreement served its purpose,” Ms. Okafor-Linde told {show} “Nation in Focus.”"
    found = quotes(annotator, body)
    assert one(found, "The agreement served").speaker == "Okafor-Linde"
    title = one(found, "Nation in Focus")
    assert (title.kind, title.speaker) == ("scare", None)


@pytest.mark.parametrize(
    "body",
    [
        "Tamsin Volk flew to Marsk on Thursday, in what officials described as an effort to “lower the temperature.”",
        "An official said Ardosia had warned Valdoria against moving troops closer to the disputed Hesker Valley, a step the "
        "official described as “a serious miscalculation.”",
    ],
)
def test_the_subject_of_an_object_relative_clause_speaks(annotator, body):
    # officials the story does not name: no one, not the person or the place before them
    assert quotes(annotator, body)[-1].speaker is None


def test_officials_in_an_object_relative_clause_speak_for_the_body_before_them(annotator):
    # (a guard: the relative clause's subject first took this from the government)
    body = "The Ostravian government has drawn what officials privately call a “red line” around the port."
    assert one(quotes(annotator, body), "red line").speaker == "Ostravian government"


def test_a_sentence_repeating_a_quotation_of_another_is_not_its_attribution(annotator):
    body = (
        "Leopold Vukovic and his brother Anton disagree. Anton said the Republican “doesn't know the "
        "first thing about small business.” Leopold said the same about the Democrat."
    )
    assert one(quotes(annotator, body), "doesn't know").speaker in ("Anton", "Anton Vukovic")


def test_a_quotation_inside_an_opening_clause_is_that_clauses(annotator):
    body = "When Sen. Rita Kolbeck promised to “cut every tax on the books,” Omar Lutterell laughed."
    assert one(quotes(annotator, body), "cut every tax").speaker == "Rita Kolbeck"


def test_an_operative_set_beside_a_name_makes_a_person(annotator):
    body = "The book has drawn praise from Beverly Sato, a Republican operative.\n\n“Monty is right,” she said."
    assert one(quotes(annotator, body), "Monty is right").speaker == "Beverly Sato"


def test_a_lower_case_role_with_of_before_an_apposed_name(annotator):
    body = "“Let's not give anyone a gift,” wrote the aide, deputy chief of staff Curtis Vandermeer."
    assert one(quotes(annotator, body), "Let's not give").speaker == "Curtis Vandermeer"


def test_a_nickname_known_somewhere_is_a_name(annotator):
    body = (
        "Rep. Judith Kanebrake, known in the Capitol as “the Iron Lady of Ways and Means,” said the "
        "bill's critics had never run a business."
    )
    found = one(quotes(annotator, body), "the Iron Lady")
    assert (found.kind, found.speaker) == ("scare", None)


def test_words_a_quotation_says_of_a_document_are_the_reporters_subject(annotator):
    body = "Sen. Quentin Harrow said the agency's explanation “doesn't hold water.”"
    assert one(quotes(annotator, body), "doesn't hold water").speaker == "Quentin Harrow"


@pytest.mark.parametrize("address", ["Ms", "Ms."])
def test_a_name_the_story_addresses_by_its_surname_is_a_person(annotator, address):
    body = (
        "The Shadow Chancellor, Marcus Thorne, and the Business Secretary, Clare Denning, clashed on "
        f"the radio.\n\n{address} Denning said the pledge was uncosted.\n\n“It is a fantasy,” she said."
    )
    assert one(quotes(annotator, body), "It is a fantasy").speaker == "Clare Denning"


def test_her_opponent_is_the_one_she_was_named_with(annotator):
    body = (
        "Sen. Ada Holcomb and Carla Menendez debated on Thursday. The moderator, Glen Archuleta, asked "
        "both women about the plant.\n\n“I will fight for those jobs,” Ms. Holcomb said. Her opponent "
        "added, “So will I.”"
    )
    assert one(quotes(annotator, body), "So will I").speaker == "Carla Menendez"


def test_a_name_introduced_with_named_is_the_subject_of_the_verb_after_it(annotator):
    body = (
        "Curtis Pell said he was undecided. Nearby, a teacher named Hollis Brandt disagreed. "
        "“Everybody's yelling,” he said."
    )
    assert one(quotes(annotator, body), "Everybody's yelling").speaker == "Hollis Brandt"


def test_a_surname_after_a_title_and_a_given_name_the_census_lacks(annotator):
    body = "Gen. Oybek Tashkentov arrived on Monday. “Our vessels patrol every day,” he said."
    assert one(quotes(annotator, body), "Our vessels").speaker == "Oybek Tashkentov"


def test_a_superlative_predicate_is_no_one_new(annotator):
    body = (
        "When Delia Prentiss became the first Black woman elected to the Morrow County Commission in "
        "1986, the local newspaper ran a story. She kept the clipping.\n\n“They wouldn't say what the "
        "new look was,” she said."
    )
    assert one(quotes(annotator, body), "They wouldn't say").speaker == "Delia Prentiss"


@pytest.mark.parametrize("title", ["MP", "MSP", "MEP"])
def test_a_parliamentary_title_is_no_part_of_the_name(annotator, title):
    body = f"Labour {title} Gráinne Hession said older people would be “cut adrift”."
    assert one(quotes(annotator, body), "cut adrift").speaker == "Gráinne Hession"


def test_a_given_name_and_surname_read_as_a_location_are_a_person(annotator):
    body = "Helen Sall spoke to voters in Ambrose on Tuesday. “Don't go home,” she said."
    assert one(quotes(annotator, body), "Don't go home").speaker == "Helen Sall"


def test_an_abbreviation_before_an_opening_mark_ends_the_sentence(annotator):
    body = (
        "County Clerk Wilbur Stanhope predicted a long night. “I told you,” Stanhope said, when the "
        "results were posted at 10 p.m. “I've done this a few times.”"
    )
    assert one(quotes(annotator, body), "I've done this").speaker == "Wilbur Stanhope"


def test_a_communique_speaks_for_the_body_that_issued_it(annotator):
    body = (
        "The Northern Cooperation Council said in a communiqué that members would respond jointly.\n\n"
        "“An attack on one member is a matter of concern to all members,” the communiqué said."
    )
    assert one(quotes(annotator, body), "An attack on one").speaker == "Northern Cooperation Council"


@pytest.mark.parametrize(
    "cue", ["said her party was “losing voters by the millions.”", "said: “We are losing voters.”"]
)
def test_a_party_word_set_beside_a_description_is_not_the_speaker(annotator, cue):
    body = f"Sen. Ada Kolby spoke on Sunday. The senator, a Democrat from Pelham, {cue}"
    assert quotes(annotator, body)[-1].speaker == "Ada Kolby"


def test_the_one_a_letter_was_sent_to_is_not_the_participles_subject(annotator):
    body = "Mayor Keisha Lomax sent a letter Friday to Gov. Dale Prentice accusing him of “abandoning the cities.”"
    assert one(quotes(annotator, body), "abandoning").speaker == "Keisha Lomax"


def test_what_someone_called_a_bodys_statement_is_theirs(annotator):
    body = "Mara Jenks called the district's statement “a flat-out lie.”"
    assert one(quotes(annotator, body), "a flat-out lie").speaker == "Mara Jenks"


def test_a_question_for_someone_is_the_askers(annotator):
    body = "Marcus Obi had a question for Sen. Elaine Voight: “Why did you lie to us?”"
    assert one(quotes(annotator, body), "Why did you lie").speaker == "Marcus Obi"


def test_the_president_is_not_a_relative_the_story_named(annotator):
    body = (
        "His wife, Eleanor, said she was “thrilled to have him back.”\n\nThe president called him "
        "“a true public servant” in a statement."
    )
    assert one(quotes(annotator, body), "a true public servant").speaker is None


def test_a_party_and_state_description_means_the_office_holder_in_focus(annotator):
    body = (
        "Sen. Josephine Aldana said she had doubts about the nominee. Warren Pettigrew has been "
        "criticized for his role in a surveillance program. “I want to hear him explain it,” the "
        "California Democrat said."
    )
    assert one(quotes(annotator, body), "I want to hear").speaker == "Josephine Aldana"


def test_a_bare_sentence_after_a_reported_quotation_is_not_its_attribution(annotator):
    body = "Lockwood said rural broadband was “not a red or blue issue.” Santos agreed."
    assert one(quotes(annotator, body), "not a red or blue").speaker == "Lockwood"


def test_the_voices_of_a_body_named_before_speak_for_it_again(annotator):
    body = (
        "Analysts at Corbel Securities were skeptical of the forecast. “The guidance looks optimistic,” "
        "the analysts wrote in a note to clients."
    )
    assert one(quotes(annotator, body), "The guidance").speaker == "Corbel Securities"


def test_a_role_a_copula_gives_is_tied_to_the_name(annotator):
    body = "Jorge Almeida is the finance minister. “We have to restore confidence,” the minister said."
    assert one(quotes(annotator, body), "We have to restore").speaker == "Jorge Almeida"


def test_the_chamber_is_the_chamber_of_commerce_the_story_named(annotator):
    body = "The Porthaven Chamber of Commerce opposes the levy. “This is the wrong tool,” the chamber said."
    assert one(quotes(annotator, body), "This is the wrong tool").speaker == "Porthaven Chamber of Commerce"


def test_the_subject_of_a_subordinate_clause_holding_the_cue_speaks(annotator):
    body = (
        "The White House released a transcript of the call after Estravian officials described it "
        "as “tense.” The call lasted an hour."
    )
    # officials of a people, unnamed: not the White House
    assert one(quotes(annotator, body), "tense").speaker is None


def test_a_quotation_in_a_that_clause_of_an_aside_is_that_clauses(annotator):
    body = (
        "Pressed by a reporter, who noted that Sen. Ruth Hale had once called such limits “essential "
        "to democracy,” Marisol Ventura said the details mattered."
    )
    assert one(quotes(annotator, body), "essential to democracy").speaker == "Ruth Hale"


@pytest.mark.parametrize("cue", ["said that", "announced on Friday that"])
def test_a_participle_after_a_reported_clause_shares_the_cues_subject(annotator, cue):
    body = (
        f"Secretary of Labor Constance Whitaker {cue} the department would add inspectors, saying "
        "the jobs were “among the hardest in America.”"
    )
    assert one(quotes(annotator, body), "among the hardest").speaker == "Constance Whitaker"


def test_a_firms_name_set_beside_a_role_is_no_person(annotator):
    body = (
        "The Pentagon will review the contract. The contractor, Hollins Aerospace, said it would "
        "cooperate. “We are proud of this aircraft,” the company said."
    )
    assert one(quotes(annotator, body), "We are proud").speaker == "Hollins Aerospace"


def test_a_description_is_no_one_its_own_sentence_names_after_it(annotator):
    body = (
        "The head of the police union said officers have “lost all confidence” in Chief Raymond Tully. "
        "Sgt. Daniel Ruiz, the union's president, said the vote was overwhelming."
    )
    assert one(quotes(annotator, body), "lost all confidence").speaker != "Raymond Tully"


def test_a_critic_of_the_mayor_is_not_the_mayor(annotator):
    body = (
        "Mayor Tom Iverson defended the contract. Councilwoman Beatrice Lamb, a critic of the mayor, "
        "opposed it.\n\nThe mayor said he would release the report “as soon as the lawyers are done with it.”"
    )
    assert one(quotes(annotator, body), "as soon as the lawyers").speaker == "Tom Iverson"


def test_a_passive_cue_without_an_agent_in_what_someone_said(annotator):
    body = (
        "Councilwoman Darlene Huck apologized on Tuesday. She said the post had been written “in a "
        "moment of frustration” and that she had deleted it."
    )
    assert one(quotes(annotator, body), "in a moment").speaker == "Darlene Huck"


@pytest.mark.parametrize("noun", ["reasoning", "position"])
def test_someones_reasoning_before_a_colon_is_theirs(annotator, noun):
    body = f"Diane Okonkwo said she would vote no.\n\nHer {noun} was simple: “People can't absorb four percent.”"
    assert one(quotes(annotator, body), "People can't absorb").speaker == "Diane Okonkwo"


def test_a_reply_owned_in_the_main_clause_is_not_the_opening_clauses_cue(annotator):
    body = (
        "When the county executive, Ignatius Rhee, asked his deputy whether he should run, her reply "
        "was a single word: “No.” The deputy, Maren Solberg, is now running herself."
    )
    assert one(quotes(annotator, body), "No.").speaker != "Ignatius Rhee"


def test_the_name_after_a_lawyer_for_a_named_client_is_the_lawyers(annotator):
    body = (
        "A lawyer for Petty Officer Farr, Stanley Rourke, said his client would plead not guilty. "
        "“He was lured by the agent,” he said."
    )
    assert one(quotes(annotator, body), "He was lured").speaker == "Stanley Rourke"


def test_the_one_a_response_came_from_is_the_next_he(annotator):
    body = (
        "Defense Secretary Lionel Graves announced the cuts on Monday. The plan drew a cautious "
        "response from Sen. Howard Kimbrough. “The devil is always in the details,” he said."
    )
    assert one(quotes(annotator, body), "The devil").speaker == "Howard Kimbrough"


def test_mr_and_a_surname_two_men_share_is_the_one_named_last_as_subject(annotator):
    body = (
        "Dylan Fairchild, 20, was found dead on Saturday. His father, Richard Fairchild, said the Navy "
        "had kept the family informed.\n\n“He loved that ship,” Mr. Fairchild said."
    )
    assert one(quotes(annotator, body), "He loved that ship").speaker == "Richard Fairchild"


def test_a_place_after_in_the_model_read_as_a_person(annotator):
    body = (
        "Wendell Okafor, the Republican nominee for governor, stood on a hay wagon outside a shuttered "
        "plant in Gresham Falls.\n\nThe former mill manager does not talk much about policy.\n\n"
        "“That's what staff is for,” the 58-year-old said."
    )
    assert one(quotes(annotator, body), "That's what staff").speaker == "Wendell Okafor"
