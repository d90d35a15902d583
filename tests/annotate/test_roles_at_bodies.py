"""People by their role at a body, and bodies named like people.

"the physicist at Norwood Institute said" is the physicist (whom the focus may know), not the
institute; "the chair of the Senate Research Committee told" is the chair, unnamed; "Forty
lecturers at Brackley College have signed an open letter" makes the letter the lecturers', not
the college's. A participle between a determiner and its noun ("the judging panel") is no verb
that ends the phrase after an inverted cue. "Harlan Books" is a publisher, whatever its first
word. Invented stories.
"""

from __future__ import annotations

from tests.annotate.helpers import one, quotes


def test_a_role_at_an_institute_is_the_person_in_focus(annotator):
    body = 'Prof. Anders Falk has a message. "Read the data," the physicist at Norwood Institute of Technology said.'
    assert one(quotes(annotator, body), "Read the data").speaker == "Anders Falk"


def test_the_chair_of_a_committee_is_not_the_committee(annotator):
    body = (
        'Dr. Ruth Ellery was blunt. "If we ignore this, we lose the public," the chair of the Senate Research '
        "Committee told administrators."
    )
    assert one(quotes(annotator, body), "If we ignore").speaker != "Senate Research Committee"


def test_a_letter_signed_by_staff_at_a_college_is_not_the_colleges(annotator):
    body = (
        "Forty lecturers at Brackley College have signed an open letter. "
        '"We are tired of waiting for answers," the letter reads.'
    )
    assert one(quotes(annotator, body), "We are tired").speaker is None


def test_a_participle_modifying_a_noun_after_an_inverted_cue(annotator):
    body = (
        "Gerald Ames did not hold the doctorate listed on his faculty profile.\n\n"
        '"This is exactly what student journalism is for," said the chair of the judging panel, veteran '
        "editor Nina Holt."
    )
    assert one(quotes(annotator, body), "This is exactly").speaker == "Nina Holt"


def test_a_publisher_named_like_a_person_is_no_person(annotator):
    body = (
        "The publisher, Harlan Books, disagreed with the editor of the Review of Ancient Botany. "
        '"We regret the editor\'s decision, but we accept it," a spokesman for the company said.'
    )
    assert one(quotes(annotator, body), "We regret").speaker != "Review of Ancient Botany"


def test_a_role_of_a_body_whose_name_runs_into_a_persons_is_not_the_role_in_focus(annotator):
    body = (
        "President Marcus Hale spoke to reporters on Monday.\n\n"
        "The president of Harrow Health Alliance Vicki Cowell issued a statement: "
        '"Every clinic will stay open while we review what happened."'
    )
    assert one(quotes(annotator, body), "Every clinic").speaker != "Marcus Hale"


def test_one_of_whom_is_a_member_of_the_group_unnamed(annotator):
    body = 'Rep. Hollis Drake was interrupted by protesters, one of whom shouted "You lying coward!" as he spoke.'
    assert one(quotes(annotator, body), "You lying").speaker is None


def test_a_body_named_before_an_adverb_and_its_verb(annotator):
    body = (
        "Republicans on the Judiciary Committee were quick to criticize the measure.\n\n"
        "The Prairie State Rifle Association also opposed the bill. In a statement, the group said the "
        'proposal would "criminalize law-abiding parents."'
    )
    assert one(quotes(annotator, body), "criminalize").speaker == "Prairie State Rifle Association"


def test_a_firm_the_tagger_reads_as_an_adverb_is_the_subject(annotator):
    body = (
        'Attorney General Marcus Ellery-Fontaine filed suit against Swiftly. "These drivers are employees," '
        'Ellery-Fontaine said. Swiftly called the suit "a political stunt."'
    )
    assert one(quotes(annotator, body), "a political stunt").speaker == "Swiftly"


def test_a_given_name_before_a_double_barrelled_surname_the_model_cut_off(annotator):
    body = (
        "Ophelia Strand-Nakamura spent a decade as a lobbyist.\n\n"
        '"I know every argument they are going to make," she says.'
    )
    assert one(quotes(annotator, body), "I know every").speaker == "Ophelia Strand-Nakamura"


def test_an_untagged_name_before_where_the_person_is_from_and_a_cue(annotator):
    body = (
        'Thaddeus Orme of Wick Valley argued that our coverage was one-sided. "Your reporters interviewed '
        'nine people," he wrote.'
    )
    assert one(quotes(annotator, body), "Your reporters").speaker == "Thaddeus Orme"
