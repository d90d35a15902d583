"""People described with a participle phrase before the clause that names them, and bodies
written by a short form of their name. Invented stories.
"""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


def test_a_past_participle_phrase_before_the_clause_that_names_the_person(annotator):
    body = (
        "A nurse contacted by telephone, who gave her name only as Odile, said the ward had been full "
        'for a week. "We sleep in shifts now," she said.'
    )
    assert one(quotes(annotator, body), "We sleep").speaker == "Odile"


def test_a_past_participle_phrase_before_a_clause_asking_for_anonymity(annotator):
    body = (
        "Marta Lindqvist runs the shelter. A volunteer reached at the camp, who asked not to be named, "
        'said supplies were short. "We ration the milk," she said.'
    )
    assert one(quotes(annotator, body), "We ration").speaker is None


def test_a_firms_first_word_read_as_a_people_is_the_firm(annotator):
    body = (
        "The depot is run by Veridian Marine. A Veridian spokesman said the firm was talking to the "
        'unions "to find a fair settlement soon."'
    )
    story = annotated(annotator, body)
    assert [e.name for e in story.entities if e.label == "NORP"] == []
    assert [e.name for e in story.entities if e.label == "ORG"] == ["Veridian Marine"]
    assert one(story.quotes, "to find").speaker == "Veridian Marine"


def test_a_peoples_word_before_a_firms_name_stays_a_people(annotator):
    body = (
        "The ferries are operated by Norwegian Coastal Lines. A Norwegian spokesman for the ministry "
        'said it would "review the timetable."'
    )
    assert "Norwegian" in [e.name for e in annotated(annotator, body).entities if e.label == "NORP"]


def test_a_name_no_table_lists_after_a_ministers_portfolio(annotator):
    body = (
        "Minister of Water Resources Kalenga Mutale said the dam would open in June. "
        '"The valley has waited long enough," he said.'
    )
    story = annotated(annotator, body)
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Kalenga Mutale"]
    assert one(story.quotes, "The valley").speaker == "Kalenga Mutale"


def test_a_person_named_after_a_phrase_placing_the_sentence(annotator):
    # "a trader" after "in Lodwar," is no aside about the town, and the sentence's subject
    body = (
        '"The queue starts at dawn," Peter Ochieng said.\n\n'
        "At the market in Lodwar, a trader who gave his name only as Ekai said prices had doubled. "
        '"Nobody can afford flour now," he said.'
    )
    assert one(quotes(annotator, body), "Nobody can").speaker == "Ekai"


def test_an_unnamed_person_after_a_phrase_placing_the_sentence(annotator):
    # (guard) unnamed, the trader is still the one who speaks: not the man quoted before
    body = (
        '"The queue starts at dawn," Peter Ochieng said.\n\n'
        "At the market in Lodwar, a young trader complained that prices had doubled. "
        '"Nobody can afford flour now," he said.'
    )
    assert one(quotes(annotator, body), "Nobody can").speaker is None


def test_her_name_is_of_the_woman_the_story_is_naming(annotator):
    # "Her name is Marisol.": "her" is the woman being named, not someone in focus before her
    body = (
        "At the back of the courtroom, a woman in a gray coat sat with her hands folded, waiting for "
        "her son's name to be called.\n\n"
        "Her name is Marisol. She traveled six hours by bus to be there. Her son, Obi, 17, has been "
        "held at a youth facility for five months.\n\n"
        '"They told me it would be a few days," she said.'
    )
    assert one(quotes(annotator, body), "They told me").speaker == "Marisol"


def test_a_name_set_beside_a_description_after_an_opening_phrase_is_the_subject(annotator):
    # (guard) the name, not the description before it, is whom "she" means
    body = (
        "In an interview on Monday, the company's founder and former chief executive, Odile Marchetti, "
        'defended the merger.\n\n"We built this from a garage," she said.'
    )
    assert one(quotes(annotator, body), "We built").speaker == "Odile Marchetti"


def test_the_titles_of_works_performed_are_no_ones_words(annotator):
    found = quotes(annotator, 'The baritone Osei Lamptey sang "Largo al factotum" from "The Barber of Seville."')
    assert [(q.kind, q.speaker) for q in found] == [("scare", None), ("scare", None)]
    found = quotes(annotator, 'The new production of "Rusalka" opens on Friday, its director, Hanne Voss, said.')
    assert [(q.kind, q.speaker) for q in found] == [("scare", None)]


def test_words_sung_in_a_sentence_of_speech_stay_speech(annotator):
    # (guard) lower-case words after "sang" are the singer's: "sang that she was “home at last”"
    found = quotes(annotator, 'Hanne Voss sang that she was "home at last" as the curtain fell.')
    assert [q.speaker for q in found] == ["Hanne Voss"]


def test_a_firms_first_word_the_model_misses_is_the_firm(annotator):
    body = (
        "Another large holder, Osaka-based Okabe Asset Management, said the bid was too low. "
        '"The offer ignores the land the group owns," Okabe said in a statement.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The offer ignores").speaker == "Okabe Asset Management"
    assert "Okabe" not in [e.name for e in story.entities]


def test_a_firms_first_word_that_is_also_a_town_is_the_firm_when_it_speaks(annotator):
    body = (
        "The warehouses were sold to Burlington Freight Trust for $200 million. Burlington, based in "
        'Denver, said the sale would "cut its debt and sharpen its focus."'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "cut its debt").speaker == "Burlington Freight Trust"


def test_a_town_that_opens_a_firms_name_stays_a_place_where_it_does_not_speak(annotator):
    body = (
        "Burlington Freight Trust bought the depot last year. The depot in Burlington employs 300 people, "
        'and the mayor said the town was "glad of the jobs."'
    )
    story = annotated(annotator, body)
    assert ("Burlington", "GPE") in [(e.name, e.label) for e in story.entities]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Electoral Commission of Malawi has suspended campaigning in two districts. A Commission "
            'official said the ban would be reviewed. The Commission said campaigning would resume "once calm '
            'returns".',
            "once calm",
            "Electoral Commission of Malawi",
        ),
        (
            'The Harbour Authority of Tasmania fined the operator. The Authority said the fine was "a warning to '
            'every operator".',
            "a warning",
            "Harbour Authority of Tasmania",
        ),
    ],
)
def test_the_noun_that_heads_a_bodys_name_is_that_body(annotator, body, words, speaker):
    """ "the Commission" after "the Electoral Commission of Malawi": the noun heading the name
    before its "of", capitalised as copy does for a body it has named."""
    story = annotated(annotator, body)
    assert one(story.quotes, words).speaker == speaker
    assert speaker.split()[1] not in [e.name for e in story.entities]


def test_a_firms_first_word_read_as_a_place_is_the_firm_when_most_mentions_are_no_place(annotator):
    body = (
        "Australia's privacy regulator is investigating a breach at Southcross Telecom that exposed six "
        "million customers.\n\n"
        "Southcross, majority-owned by a Singapore fund, said it would pay for new passports. “We will cover "
        "the cost,” it said.\n\n"
        "Shares in Southcross fell 7 per cent. Customers should beware of calls “pretending to be from "
        "Southcross,” the company said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We will cover").speaker == "Southcross Telecom"
    assert ("Southcross", "GPE") not in [(e.name, e.label) for e in story.entities]
