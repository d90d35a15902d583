"""Sports teams named by a town and a plural nickname (``teams``), and the guards around them."""

from __future__ import annotations

from pipeline.annotate.entities import _not_a_persons_name
from pipeline.annotate.groups import EntityGroup
from pipeline.annotate.person_groups import persons_by_surname
from pipeline.annotate.teams import join_town_and_nickname, merge_nicknames


def test_a_listed_town_before_a_plural_nickname_is_one_team():
    body = "the Cleveland Gulls won"
    assert join_town_and_nickname(body, [("Cleveland", 4, 13, "GPE")]) == [("Cleveland Gulls", 4, 19, "ORG")]


def test_the_plural_of_a_persons_surname_is_a_family_not_a_team():
    body = "Ana Okafor coached. The Okafors stayed. The Gulls lost."
    groups = {
        "person:ana okafor": EntityGroup(key="person:ana okafor"),
        "person:okafors": EntityGroup(key="person:okafors"),
        "person:gulls": EntityGroup(key="person:gulls"),
    }
    groups["person:ana okafor"].add("Ana Okafor", 0, 10, "PERSON")
    groups["person:okafors"].add("Okafors", 24, 31, "PERSON")
    groups["person:gulls"].add("Gulls", 44, 49, "PERSON")
    labels = dict.fromkeys(groups, "PERSON")
    merge_nicknames(groups, labels, body)
    assert (labels["person:okafors"], labels["person:gulls"]) == ("PERSON", "ORG")


def test_a_name_opening_with_a_place_is_not_retyped_a_person_by_its_last_word():
    mentions = [
        ("Lagos Post Okafor", 0, 17, "ORG"),
        ("Ana Varga", 20, 29, "ORG"),
        ("Okafor", 40, 46, "PERSON"),
        ("Varga", 50, 55, "PERSON"),
    ]
    retyped = persons_by_surname(mentions, unlike=_not_a_persons_name)
    assert [label for _, _, _, label in retyped] == ["ORG", "PERSON", "PERSON", "PERSON"]
