"""Speakers whose given names the world tables list for few people (South Asian and African names
the tables undercount), named once and then by a pronoun or by the given name alone. Invented
stories."""

from __future__ import annotations

from tests.annotate.helpers import one, person_names, quotes


def test_a_name_the_tables_list_for_few_people_names_a_person(annotator):
    body = (
        "The canal has been dry since March.\n\n"
        "Zafar Iqbal said the irrigation office had ignored every complaint. "
        "\u201cWe wrote for months and nobody came,\u201d he said."
    )
    assert one(quotes(annotator, body), "We wrote").speaker == "Zafar Iqbal"
    assert "Zafar Iqbal" in person_names(annotator, body)


def test_a_given_name_alone_after_the_full_name_is_that_person(annotator):
    # copy calls people by the given name on second reference; the model tags no entity on it
    body = (
        "Priya Nair was handing out sandwiches with her two sons at the showground.\n\n"
        "\u201cYou just do what you can,\u201d Priya told reporters."
    )
    assert one(quotes(annotator, body), "You just do").speaker == "Priya Nair"
    assert person_names(annotator, body) == ["Priya Nair"]
