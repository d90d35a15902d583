"""A quotation inside a quotation: whom the outer speaker quotes. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


def test_a_named_person_quoted_inside_a_quote_speaks_the_inner_words(annotator):
    body = (
        "Dale Pruitt left the truck at a gas station. \"Mr. Pruitt said, 'I don't want to hurt anybody. "
        "Give me your keys,'\" said Deputy Ana Jordan."
    )
    found = quotes(annotator, body)
    assert one(found, "Mr. Pruitt said").speaker == "Ana Jordan"
    assert (one(found, "I don't want").speaker, one(found, "I don't want").cue) == ("Dale Pruitt", "said")


@pytest.mark.parametrize(
    "cue",
    [
        "I told her,",
        "I was like,",
        "I told myself,",
        "I said to myself,",
        "I said to my sister,",
        "I thought to myself,",
        "I looked at the phone and thought,",
    ],
)
def test_the_outer_speaker_quoting_themselves_speaks_the_inner_words(annotator, cue):
    body = f"Rhonda Vale called her daughter that night. “{cue} ‘Chanice, leave him and come home,’” Vale said."
    assert one(quotes(annotator, body), "Chanice, leave").speaker == "Rhonda Vale"


@pytest.mark.parametrize(
    "cue",
    ["my brother said,", "he came in saying,", "the wife of Mr. Pruitt said,", "my brother thought,"],
)
def test_anyone_else_inside_the_quote_is_the_outer_speakers_to_resolve(annotator, cue):
    # A description inside a quotation is read from where its speaker stood, not from the story.
    body = (
        "Dale Pruitt drove off. Tom Keel ran the shop for years.\n\n"
        f"“Then {cue} ‘Give me the money in the drawer,’ and I did,” Keel said."
    )
    assert one(quotes(annotator, body), "Give me the money").speaker is None


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # the story's subject, the only other man it names
        ("Walter Pennock, a sailor, died on Tuesday at 91.", "Walter Pennock"),
        # two other men before the quotation: "he" may be either
        ("Walter Pennock, a sailor, died on Tuesday. His brother Ellis Pennock survives him.", None),
    ],
)
def test_a_pronoun_inside_a_quote_is_the_storys_subject_when_no_one_else_fits(annotator, opening, speaker):
    body = f"{opening}\n\n“He said, ‘I want to see the sea be kind to us,’” his son Geoffrey said."
    assert one(quotes(annotator, body), "I want to see").speaker == speaker


def test_a_person_noun_inside_the_quote_keeps_its_pronoun_unresolved(annotator):
    body = (
        "Walter Pennock, a sailor, died on Tuesday at 91.\n\n"
        "“A fisherman came by the yard one day. He said, ‘You will never sell that boat,’” his son Geoffrey said."
    )
    assert one(quotes(annotator, body), "You will never").speaker is None


@pytest.mark.parametrize(
    ("outer", "cue_after"),
    [
        (
            "“He used to say, ‘A stranger is a friend whose boiler has not broken yet.’”",
            "Rosa Quell said of her father, Felix.",
        ),
        (
            "“I tell him to rest. He says, ‘A stranger is a friend whose boiler has not broken yet.’”",
            "Rosa Quell says of her father, Felix.",
        ),
    ],
)
def test_a_pronoun_inside_a_quote_is_whom_its_cue_says_it_is_about(annotator, outer, cue_after):
    body = f"{outer} {cue_after}"
    assert one(quotes(annotator, body), "A stranger is").speaker == "Felix"


def test_a_pronoun_of_the_other_sex_is_not_whom_the_quote_is_about(annotator):
    body = "“She used to say, ‘A stranger is a friend whose boiler has not broken yet.’” Rosa Quell said of her father, Felix Quell."
    assert one(quotes(annotator, body), "A stranger is").speaker is None


def test_the_named_subject_of_a_cue_after_and_speaks_the_inner_words(annotator):
    body = (
        "“The captain, Royce Bannerman, got on the intercom and said, ‘Sir, your daughter is the best pilot we "
        "have,’” says Hyacinth Moreau."
    )
    assert one(quotes(annotator, body), "Sir, your daughter").speaker == "Royce Bannerman"


@pytest.mark.parametrize(
    "inner_cue",
    [
        "I ran to the porch and it was like, no, my brother came running in and said,",
        "I learned that they were sorting the mail and found a note that said,",
    ],
)
def test_a_cue_after_and_whose_subject_is_not_the_sentences_names_no_one(annotator, inner_cue):
    body = f"Nadia Orlov, a neighbour, was home that night.\n\n“{inner_cue} ‘Somebody is hurt out by the gate,’” Orlov said."
    assert one(quotes(annotator, body), "Somebody is hurt").speaker is None


def test_a_relative_mentioned_after_the_subject_may_be_the_pronoun(annotator):
    body = (
        "Ezra Quintero was 17 when his father handed him the keys to the food truck. "
        "“He said, ‘Do not burn it down,’” Ezra recalls."
    )
    assert one(quotes(annotator, body), "Do not burn").speaker is None


@pytest.mark.parametrize(
    "inner_cue",
    [
        "She said when the guy came through the window, he said,",
        "He told me he would never lock them up. And I said, ‘What about the kids?’ He said,",
    ],
)
def test_a_pronoun_deep_in_a_quote_stays_the_outer_speakers_to_resolve(annotator, inner_cue):
    body = (
        "Walter Pennock, a sailor, died on Tuesday at 91.\n\n"
        f"“{inner_cue} ‘Nobody will touch it,’” his neighbour Ann Sands said."
    )
    assert one(quotes(annotator, body), "Nobody will touch").speaker is None


@pytest.mark.parametrize(
    ("outer", "inner_start", "speaker"),
    [
        # a name set beside the inner cue's subject
        (
            "“My coach, Dana Whitlow, told me, ‘You have the hands for this,’” Ruiz said.",
            "You have the hands",
            "Dana Whitlow",
        ),
        # the one told is no subject: the outer speaker tells
        (
            "“I told my father, ‘I am going to be a chef,’ and he laughed,” Tomas Ruiz said.",
            "I am going to be",
            "Tomas Ruiz",
        ),
        # three words after a cue are speech, not a scare quote
        ("“I said, ‘Then teach me,’” Tomas Ruiz recalled.", "Then teach me", "Tomas Ruiz"),
        # the one person the outer quotation named in an earlier sentence of it
        (
            "“A man called Daniel Reyes came up after the show. He said, ‘You should record that song,’” Ruiz said.",
            "You should record",
            "Daniel Reyes",
        ),
    ],
)
def test_more_ways_a_quotation_names_whom_it_quotes(annotator, outer, inner_start, speaker):
    found = one(quotes(annotator, outer), inner_start)
    assert found.speaker == speaker and found.kind != "scare"


def test_a_name_spoken_of_in_an_earlier_inner_quote_is_not_the_next_he(annotator):
    body = (
        "Casimir Holt, 3, was shot with his father's gun in June.\n\n"
        "“He told me he would never lock his guns away. And I said, ‘What about Casimir?’ He said, "
        "‘Casimir won’t touch them,’” his grandmother Faith Thayer said."
    )
    assert one(quotes(annotator, body), "Casimir won").speaker is None


@pytest.mark.parametrize("cue", ["I kept telling him,", "I was just telling myself,"])
def test_a_progressive_cue_of_the_outer_speaker_makes_the_inner_words_theirs(annotator, cue):
    body = (
        "Darnell Okoye pulled the boy out of the river on Sunday.\n\n"
        f"“My arm was burning,” he said. “But {cue} ‘We’re good, they’re coming.’ I didn’t know if they were.”"
    )
    found = [q for q in annotated(annotator, body).quotes if q.text.startswith("We’re good")]
    assert [q.speaker for q in found] == ["Darnell Okoye"]


def test_a_participle_after_another_verb_still_names_no_one(annotator):
    body = "Darnell Okoye was there. “He came in saying, ‘Get out now,’ and we ran,” Okoye said."
    found = [q for q in annotated(annotator, body).quotes if q.text.startswith("Get out")]
    assert [q.speaker for q in found] in ([None], [])


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Marcel Thibodeau, who coached junior hockey in Trois-Rivières for 40 years, has died aged 81.\n\n"
            "“Before every game he’d lean over the boards and say, ‘Keep your head up and your stick down,’” "
            "said Luc Nolan, who played for him in the 1980s.",
            "Keep your head up",
            "Marcel Thibodeau",
        ),
        (
            "Bruce McAlister, founder of the Kinross Rovers youth club, died on Sunday aged 77.\n\n"
            "“Dad always used to tell the parents, ‘You don’t grow a club from the top,’” his son Stuart "
            "McAlister said.",
            "You don’t grow",
            "Bruce McAlister",
        ),
    ],
)
def test_what_the_dead_used_to_say_in_a_tribute_is_theirs(annotator, body, words, speaker):
    # (fifty-first session: obituaries quote the dead through those who knew them)
    assert one(quotes(annotator, body), words).speaker == speaker
