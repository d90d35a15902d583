"""The annotation lexicons load from their data files and sourced packages, offline."""

from __future__ import annotations

import pytest

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.mentions import given_name_gender


def test_given_names_tell_he_from_she():
    assert given_name_gender("Helena Marsh") == "f"
    assert given_name_gender("Walter Brandt") == "m"
    assert given_name_gender("Warren") is None  # one word: a surname
    assert given_name_gender("Robin Ash") is None  # used for both
    assert given_name_gender("Sen. Marcus Fenn") == "m"  # the title is not the given name


def test_given_names_used_for_both_sexes_need_a_clear_majority():
    # Census 1990: "Dale" is about 12 times more common among men; "Chris" only about 8 times.
    assert lexicons.given_name_gender("Dale") == "m"
    assert lexicons.given_name_gender("Chris") is None
    assert lexicons.given_name_gender("Zyxwv") is None  # not listed


def test_cue_verbs_come_inflected():
    for form in ("said", "says", "told", "tweeted", "warns", "quipped", "added"):
        assert is_cue_word(form), form
    assert not is_cue_word("walked")


def test_every_list_file_says_where_it_comes_from():
    from importlib import resources

    for path in resources.files("pipeline.annotate.lexicons").iterdir():
        if path.name.endswith(".txt"):
            head = path.read_text(encoding="utf-8").splitlines()[0]
            assert head.startswith("#"), path.name
    assert "senator" in lexicons.role_nouns() and "spokeswoman" in lexicons.role_nouns()
    assert "united" not in lexicons.role_nouns()
    assert lexicons.honorific_gender("Ms.") == "f" and lexicons.title_expansions("Sen.") == ("senator",)


@pytest.mark.parametrize("word", ["charge", "rear", "petty", "warrant", "police", "count", "soccer"])
def test_a_word_that_only_opens_a_longer_title_is_no_role_noun(word):
    # nameparser lists "charge" (chargé d'affaires), "rear" (admiral), "police" (chief): alone
    # they name no one, and as role nouns "the charge was dropped" made a person the focus gave
    # to whoever the story was about.
    assert word not in lexicons.role_nouns()
    assert "admiral" in lexicons.role_nouns() and "officer" in lexicons.role_nouns()


def test_the_pinned_census_tables_give_the_recorded_counts():
    """Pronoun resolution depends on which names have a gender: an upgrade of 'names' must be measured."""
    from importlib.metadata import version

    assert version("names") == "0.3.0"
    genders = lexicons._census_genders()
    assert (len(genders), sum(g == "m" for g in genders.values())) == (5011, 1051)


def test_the_world_tables_add_names_the_census_lacks():
    # The 1990 US census lists no "Magnus" or "Ignatius", and "Camilla" below its common names;
    # the world tables (nomquamgender) list them, with a gender.
    assert lexicons.is_given_name("Magnus") and lexicons.given_name_gender("Magnus") == "m"
    assert lexicons.is_given_name("Camilla") and lexicons.given_name_gender("Camilla") == "f"
    assert lexicons.is_rare_given_name("Ignatius") and lexicons.given_name_gender("Ignatius") == "m"
    # everyday words the tables also list stay words; the census decides the names it lists
    assert not lexicons.is_given_name("Said") and not lexicons.is_given_name("Bright")
    assert lexicons.given_name_gender("Chris") is None


def test_names_the_tables_count_few_people_for_are_listed_when_rare_in_english():
    # the tables count few people in South Asia and Africa: "Zafar" (547 people) and "Nasreen"
    # (797) are under the 1,000 a common word needs, and rare in English
    assert lexicons.is_rare_given_name("Zafar") and lexicons.given_name_gender("Zafar") == "m"
    assert lexicons.is_rare_given_name("Nasreen") and lexicons.given_name_gender("Nasreen") == "f"
    # words as common in English stay out however many tables list them for so few
    assert not lexicons.is_listed_given_name("Happy") and not lexicons.is_listed_given_name("Peace")


def test_the_world_given_name_table_is_the_recorded_one():
    """Which names count, and their genders, depend on the table: a rebuild must be measured."""
    table = lexicons._world_given_names()
    common = [name for name in table if lexicons._common_world_name(name)]
    assert (len(table), len(common)) == (17843, 1865)
    head = lexicons._lines("given_names_world.tsv")[0]
    assert any("nomquamgender 0.1.4" in line for line in head)


@pytest.mark.parametrize(
    ("name", "gender"), [("Jess", None), ("Joan", None), ("Nicola", None), ("Mary", "f"), ("John", "m")]
)
def test_a_name_the_world_gives_to_both_sexes_has_no_gender(name, gender):
    """The 1990 US census gives "Jess" to men and "Joan" to women; the world tables give 42% and
    27% of their bearers the other sex: a name given to both is of no known gender."""
    assert lexicons.given_name_gender(name) == gender
