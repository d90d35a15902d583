"""Speakers whose given names the world tables list for few people (South Asian and African names
the tables undercount), named once and then by a pronoun. Invented stories."""

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
