"""Pronouns, titles and opening clauses around briefings and reports.

A possessive ("before his speech") may mean someone unnamed in its clause: it must not settle the
gender of a named subject the tables leave open, or her "she said" finds no one. A participle after
a "whether" clause ("declined to say whether …, telling reporters") shares the main subject.
"Inspector General" is a title, so "In a report, Inspector General X said … the report said" is
X's. A hyphened role ("ex-communications director") still sets a name beside a description. A
participle in a time clause opening the sentence ("A day after telling a host that …") shares the
main clause's subject. Invented stories.
"""

from __future__ import annotations

from tests.annotate.helpers import one, quotes


def test_a_possessive_about_someone_unnamed_leaves_an_open_gender_open(annotator):
    body = (
        "Press secretary Dana Whitcombe declined to say whether the president had been briefed before his "
        'speech. "I\'m not going to get into that," she said.'
    )
    assert one(quotes(annotator, body), "I'm not going").speaker == "Dana Whitcombe"


def test_a_participle_after_a_whether_clause_shares_the_main_subject(annotator):
    body = (
        "A Pentagon spokesman, Col. Peter Androu, said 2,000 troops took part. He declined to say whether any "
        'ships had been shadowed, telling reporters, "I won\'t get into operational details."'
    )
    assert one(quotes(annotator, body), "I won't").speaker == "Peter Androu"


def test_a_report_an_inspector_general_presented_speaks_for_her(annotator):
    body = (
        "In a report released Monday, Inspector General Agnes Morrow said the errors were serious.\n\n"
        '"We found no evidence that politics drove the decisions," the report said.'
    )
    assert one(quotes(annotator, body), "We found").speaker == "Agnes Morrow"


def test_a_hyphened_role_before_a_name_set_beside_a_description(annotator):
    body = (
        "The former employee, ex-communications director Brenda Fawley, responded within minutes on social "
        'media. "Why won\'t they release the tapes?" she wrote.'
    )
    assert one(quotes(annotator, body), "Why won't").speaker == "Brenda Fawley"


def test_a_participle_in_an_opening_time_clause_shares_the_main_subject(annotator):
    body = (
        'A day after telling a radio host that the minimum wage was "high enough already," Rep. Gerald '
        "Huxtable walked back the remark."
    )
    assert one(quotes(annotator, body), "high enough").speaker == "Gerald Huxtable"


def test_the_principal_a_spokeswoman_speaks_for_is_no_description_of_her(annotator):
    body = (
        '"There was no fundraising at all," said Mia Tran, a spokeswoman for the governor. Later the governor '
        'said the dinner was a "private family gathering."'
    )
    assert one(quotes(annotator, body), "private family").speaker is None


def test_a_memo_a_newspaper_obtained_is_not_the_newspapers_words(annotator):
    body = 'Her pollsters told donors she is in "a statistical dead heat," according to a memo obtained by the Tribune.'
    assert one(quotes(annotator, body), "a statistical").speaker is None


def test_an_advisory_for_a_country_is_its_issuers(annotator):
    body = (
        "The State Department issued a travel advisory for Rhondel on Friday. "
        '"U.S. citizens in Rhondel should consider departing," the advisory said.'
    )
    assert one(quotes(annotator, body), "U.S. citizens").speaker == "State Department"


def test_a_verb_the_model_ran_into_a_name_is_no_part_of_it(annotator):
    body = '"I want to talk tonight about grief," Pruitt began.'
    assert one(quotes(annotator, body), "I want to talk").speaker == "Pruitt"


def test_a_hyphened_owner_of_words_a_cue_describes(annotator):
    body = "The bill's author, Assemblymember Lourdes Paredes, called Renfield-Ochoa's testimony \"devastating.\""
    assert one(quotes(annotator, body), "devastating").speaker == "Lourdes Paredes"


def test_a_name_the_model_calls_a_place_set_beside_an_opening_role(annotator):
    body = (
        "Prime Minister Dimitar Stoyanov wrote a letter to Washington. The minister of defence, Radka Ilieva, "
        'told a committee the letter had been her idea. The minister said it was "time to speak plainly."'
    )
    assert one(quotes(annotator, body), "time to speak").speaker == "Radka Ilieva"
