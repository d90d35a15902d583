"""News-writing conventions the attribution follows, each on a story invented for the test:
documents speaking for their authors, acronyms spelled out, short surnames, pronouns and
descriptions that refer back, and the pieces of one attribution split around a long cue clause.
The people, places and words are made up; only the constructions are those of news copy."""

from __future__ import annotations

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.quote_groups import attribution_groups
from pipeline.model import Quote, Story


def annotated(annotator: StoryAnnotator, body: str) -> Story:
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert story.flags == []
    return story


def one(found: list[Quote], start: str) -> Quote:
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, (start, found)
    return matches[0]


def test_as_a_document_put_it_gives_the_department_that_wrote_it(annotator):
    body = (
        "The seed grants are handed out by the Department of Agriculture.\n\n"
        'Growers say the only real test is a "signed record of three honest harvests," as an Agriculture '
        "circular put it."
    )
    quote = one(annotated(annotator, body).quotes, "signed record")
    assert (quote.speaker, quote.cue) == ("Department of Agriculture", "put it")


def test_as_a_paper_called_them_gives_the_paper(annotator):
    # "as X called them" names its subject as "as X put it" does, in brackets too; not the people
    # the quotation is a name for.
    body = (
        "Mr. Hale and Mr. Price are helping the network (or, as The Daily Ledger called them in an "
        "article last week, “Moscow's favorite anchors on cable”)."
    )
    quote = one(annotated(annotator, body).quotes, "Moscow's favorite")
    assert (quote.speaker, quote.cue) == ("Daily Ledger", "called them")


def test_a_cue_set_in_after_a_verb_has_the_phrase_before_it_as_subject(annotator):
    # "It was, the president said, “…”": the phrase between the commas follows a verb, so it sets
    # nothing off; it is the cue's subject, the president the story named, not the last name.
    body = (
        "WASHINGTON -- President Tom Hale, opening the new library on Friday, said it would keep the "
        "nation's memory.\n\n"
        "Mr. Hale spoke of an old printing press on display, marked only as a gift from Aaron Burr in 1801.\n\n"
        "It was, the president said, “a machine that printed the first news many of our towns ever read.”"
    )
    assert one(annotated(annotator, body).quotes, "a machine that printed").speaker == "Tom Hale"


def test_as_a_person_puts_it_before_the_quote(annotator):
    body = "Economist Laura Bennett studies the region. As Bennett puts it, “the boom was built on sand.”"
    quote = one(annotated(annotator, body).quotes, "the boom")
    assert quote.speaker == "Laura Bennett"


def test_a_complaint_filed_by_an_agency_speaks_for_the_agency(annotator):
    body = (
        "The regulator has brought four cases against mill owners this year.\n\n"
        "According to a complaint filed by the Federal Trade Commission and a second complaint by "
        "Oregon, the owners ran a “cozy little racket that cheated every lumber buyer.”"
    )
    quote = one(annotated(annotator, body).quotes, "cozy little")
    assert (quote.speaker, quote.cue) == ("Federal Trade Commission", "according to")


def test_acronym_spelled_out_where_the_ner_missed_it_names_the_entity(annotator):
    body = (
        "The F.B.I. would not say more. Agents of the federal Federal Bureau of Investigation searched "
        "the depot in Tulsa on Thursday."
    )
    story = annotated(annotator, body)
    fbi = [e for e in story.entities if "F.B.I." in [m.text for m in e.mentions]]
    assert len(fbi) == 1
    assert fbi[0].name == "Federal Bureau of Investigation"
    assert len(fbi[0].mentions) == 2


def test_a_two_letter_surname_is_found_again_and_resolves_pronouns(annotator):
    body = (
        "Daniel Yu runs a chain of bakeries. Dr. Yu was sued by a supplier in 2019.\n\n"
        "Yu was later praised by Anna Pike, a food critic. Yu's bread won him a contract with the "
        "city, where he was mocked for claiming that sourdough was a “cure for a bad temper in "
        "every child.”"
    )
    story = annotated(annotator, body)
    quote = one(story.quotes, "cure for a bad")
    yu = [e for e in story.entities if e.name.endswith("Yu")]
    assert len(yu) == 1 and len(yu[0].mentions) >= 3
    assert quote.speaker == yu[0].name


def test_split_quote_around_a_cue_naming_a_publication_is_one_attribution(annotator):
    body = (
        "“The harbour has a rule that nobody has read in fifty years,” Marta Quill explained in a "
        "conversation with The Coastal Herald. “It says the fishermen own the pier.”"
    )
    story = annotated(annotator, body)
    groups = [[q.text[:10] for q in group] for group in attribution_groups(body, story.quotes)]
    assert groups == [["The harbou", "It says th"]]


def test_participle_elaborating_the_cue_keeps_the_halves_together(annotator):
    body = (
        "“You cannot fix a roof if you never climb the ladder,” Marta Quill said, "
        "explaining why the repairs took so long. “We climbed it every single morning.”"
    )
    story = annotated(annotator, body)
    groups = attribution_groups(body, story.quotes)
    assert len(groups) == 1 and len(groups[0]) == 2
    assert {q.speaker for q in groups[0]} == {"Marta Quill"}


def test_a_cue_with_its_own_object_does_not_take_the_quote_before_it(annotator):
    body = (
        "Kevin Ward watched the debate with Melanie Cole. As Ward went on about “how the tram fares "
        "keep rising every spring,” Cole said no, no, again and again."
    )
    quote = one(annotated(annotator, body).quotes, "how the tram")
    assert quote.speaker == "Kevin Ward"


def test_the_subject_of_a_reported_clause_is_not_the_speaker(annotator):
    body = (
        "A survey of Maple County parents came out on Monday.\n\n"
        "Just 41 percent of the parents surveyed agreed that Principal Ruth Okafor is doing a “fair and "
        "steady job with the new timetable.”"
    )
    quote = one(annotated(annotator, body).quotes, "fair and steady")
    assert quote.speaker is None


def test_a_persons_letter_speaks_for_them(annotator):
    body = (
        "Walter Brandt published a note from his accountant, Irene Vogel. Vogel's earlier memo "
        "was mocked for its claim that Brandt would be “the most careful saver the town has ever "
        "known.”"
    )
    quote = one(annotated(annotator, body).quotes, "the most careful")
    assert quote.speaker == "Irene Vogel"


def test_subject_pronoun_right_before_the_cue_after_two_spaces(annotator):
    body = (
        "Walter Brandt has praised the new stadium.  Last week in a talk with a local radio "
        "station he slammed the city council for being “hopelessly slow.”"
    )
    quote = one(annotated(annotator, body).quotes, "hopelessly")
    assert (quote.speaker, quote.cue) == ("Walter Brandt", "slammed")


def test_pronoun_prefers_the_sentence_subject_over_a_later_possessive(annotator):
    body = (
        "Helena Marsh said she would keep touring the valley towns.\n\n"
        "Marsh says she admired Greta Lind's patience through what she calls a “season of very "
        "long and very wet weekends.”"
    )
    quote = one(annotated(annotator, body).quotes, "season of very")
    assert quote.speaker == "Helena Marsh"


def test_pronoun_in_a_sentence_naming_no_one_is_the_previous_subject(annotator):
    body = (
        "Mr. Brandt praised Oskar Lind on Monday. In an interview with a regional paper, he said the "
        "veteran coach had “done more for this club than all of its owners put together.”"
    )
    quote = one(annotated(annotator, body).quotes, "done more for")
    assert quote.speaker == "Brandt"


def test_a_show_title_with_the_sentence_full_stop_inside_is_a_title(annotator):
    body = (
        "“She is completely right about the ferries,” Dorian Vance, a senior port official, said on "
        "Harbour Radio's “Morning Tide.” “There is a lot of anger among the crews.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Morning Tide").kind == "scare"
    # The title sits inside the cue clause: the halves around it are one attribution.
    speech = [g for g in attribution_groups(body, story.quotes) if g[0].kind != "scare"]
    assert [[q.text[:8] for q in g] for g in speech] == [["She is c", "There is"]]
    assert {q.speaker for q in speech[0]} == {"Dorian Vance"}


def test_she_says_in_a_new_paragraph_is_the_subject_before_not_the_last_woman_named(annotator):
    body = (
        "Helena Marsh said she would speak in Dover on Friday.\n\n"
        "9:40 a.m.\n\n"
        "Helena Marsh is describing as “reckless” a Walter Brandt post mocking Greta Lind. She says "
        "his temper is “a danger to anyone who has to work for him.”\n\n"
        "She says Brandt's posts accusing Greta Lind of stealing votes are “fairy tales about a "
        "private citizen.”"
    )
    found = annotated(annotator, body).quotes
    assert one(found, "reckless").speaker != "Walter Brandt"  # "a Walter Brandt post" is no cue
    assert one(found, "a danger to").speaker == "Helena Marsh"
    assert one(found, "fairy tales").speaker == "Helena Marsh"


def test_he_after_a_subject_with_an_aside_is_that_subject(annotator):
    body = (
        "Victor Hale, who has worked for the mayor's campaign since March, called Anita Ross a "
        "“fraud” on Thursday.\n\n"
        "“She is a fraud and those remarks are a fraud,” he said."
    )
    quote = one(annotated(annotator, body).quotes, "She is a fraud")
    assert quote.speaker == "Victor Hale"


def test_she_is_not_the_last_man_named(annotator):
    body = (
        "At the fair, Joanna Pruitt listened to Gregory Lamb speak.\n\n"
        "“It is not something that the council talks about every week,” she said."
    )
    quote = one(annotated(annotator, body).quotes, "It is not")
    assert quote.speaker == "Joanna Pruitt"


def test_she_in_the_same_sentence_is_not_a_subject_of_unknown_gender(annotator):
    body = (
        "Councillor Robin Ash described Helena Marsh as a menace after she blamed the floods on "
        "“years of neglect by every single councillor.”"
    )
    quote = one(annotated(annotator, body).quotes, "years of neglect")
    assert quote.speaker == "Helena Marsh"


def test_he_in_a_new_sentence_continues_the_subject_past_an_opening_adverbial(annotator):
    body = (
        "Museum spokesman Peter Lowe told reporters the new wing covers modern art. "
        "However, he could not say why the guide by Clara Lowe listed more rooms.\n\n"
        "“We do not have the final floor plan yet,” he said."
    )
    quote = one(annotated(annotator, body).quotes, "We do not have")
    assert quote.speaker == "Peter Lowe"


def test_she_after_an_opening_phrase_naming_a_show_is_the_sentence_subject(annotator):
    body = (
        "Helena Marsh spoke about the flooding this week.\n\n"
        "On The Evening Kitchen Hour on Tuesday, Marsh criticized engineer Paul Dorsey for "
        "closing the Mill Creek gates, a 30-year-old stone barrier.\n\n"
        "“How many times must the river tell us the same thing?” she said."
    )
    quote = one(annotated(annotator, body).quotes, "How many times")
    assert quote.speaker == "Helena Marsh"


def test_an_untied_description_continues_the_last_subject(annotator):
    body = (
        "Tom Gallagher says the papers fuss far too much over Sara Finch's speeches.\n\n"
        "The Liberal deputy leader was speaking Friday in Ashford.\n\n"
        "The Kent councillor said the press are to blame for dwelling on “every word, every pause.”"
    )
    quote = one(annotated(annotator, body).quotes, "every word")
    assert quote.speaker == "Tom Gallagher"


def test_a_possessive_description_is_not_its_owner(annotator):
    body = (
        "Martin Osei on Tuesday asked Lena Holt to apologize to Walter Brandt.\n\n"
        "“My first thought, that was shameful,” Holt's former campaign manager said in an interview."
    )
    quote = one(annotated(annotator, body).quotes, "My first thought")
    assert quote.speaker == "Martin Osei"


def test_two_descriptions_joined_by_and_are_one_person(annotator):
    body = (
        "Helena Marsh spoke out on Monday about the school closures.\n\n"
        "On a podcast, the former health minister and current Green Party leader said "
        "she wanted to tell parents that “no child will lose a place because of this.”"
    )
    quote = one(annotated(annotator, body).quotes, "no child will")
    assert quote.speaker == "Helena Marsh"


def test_a_description_with_another_nationality_is_someone_else(annotator):
    body = (
        "Kenyan President Daniel Mwangi met reporters on Monday.\n\n"
        "The Nigerian president said the talks had been “very useful for both of our nations.”"
    )
    quote = one(annotated(annotator, body).quotes, "very useful")
    assert quote.speaker != "Daniel Mwangi"


def test_a_quote_paragraph_with_no_cue_goes_on_with_the_speech_before(annotator):
    body = (
        "Oscar Pratt leads the Harbour Traders Guild.\n\n"
        "“No one is building stalls for the guild. The guild has no friend like that,” he said.\n\n"
        "“Right now, the mood is against the council. It is not for the guild.”\n\n"
        "“I still think the market will open,” he added."
    )
    story = annotated(annotator, body)
    groups = [[q.text[:8] for q in g] for g in attribution_groups(body, story.quotes)]
    assert groups == [["No one i", "Right no"], ["I still "]]


def test_a_quote_after_a_cueless_sentence_is_its_subjects_not_its_last_name(annotator):
    body = (
        "Helena Marsh criticized engineer Paul Dorsey for closing the gates, a stone barrier.\n\n"
        "“How many times must the river tell us the same thing?”"
    )
    quote = one(annotated(annotator, body).quotes, "How many times")
    assert quote.speaker == "Helena Marsh"


def test_a_description_after_a_sentence_whose_verb_reads_as_a_noun(annotator):
    body = (
        "Walter Brandt spoke at a rally in Leeds on Friday.\n\n"
        "Brandt charges that foreign banks poured money into the Marsh Foundation.\n\n"
        "The Yorkshire developer says of Marsh, “If she gets the keys, she will sell the town hall "
        "to the highest bidder.”"
    )
    quote = one(annotated(annotator, body).quotes, "If she gets")
    assert quote.speaker == "Walter Brandt"


def test_passive_cue_names_its_agent_and_stops_at_a_time_clause(annotator):
    body = (
        "Nina Rowe sings Arthur Penn's ballad at the festival.\n\n"
        "“Harbour Lights (Six Boats)” was written by Penn after the 1987 storm that sank the "
        "fishing fleet of Port Aven."
    )
    quote = one(annotated(annotator, body).quotes, "Harbour Lights (Six")
    assert (quote.speaker, quote.cue) == ("Arthur Penn", "written")
