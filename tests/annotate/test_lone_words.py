"""A lone word the NER reads as a person in some places and a place in another is one entity:
the person when it speaks ("Kempthorne said"), since places do not. Groups built by hand, as the
entity stage builds them before this merge (the NER's split is not reproducible on demand)."""

from __future__ import annotations

from pipeline.annotate.groups import EntityGroup
from pipeline.annotate.organisation_short_forms import merge_lone_words


def _groups(body: str, word: str, place_at: int) -> tuple[dict[str, EntityGroup], dict[str, str]]:
    person = EntityGroup(key=f"person:{word.lower()}")
    place = EntityGroup(key=f"name:{word.lower()}")
    start = 0
    while (start := body.find(word, start)) != -1:
        target = place if start == place_at else person
        target.add(word, start, start + len(word), "GPE" if target is place else "PERSON")
        start += len(word)
    groups = {person.key: person, place.key: place}
    return groups, {person.key: "PERSON", place.key: "GPE"}


def test_a_lone_word_that_speaks_is_a_person():
    body = "“The rule is final,” Varnholt said. Critics met Varnholt in Denver. “We will see,” Varnholt said."
    groups, labels = _groups(body, "Varnholt", body.find("Varnholt in"))
    merge_lone_words(groups, labels, set(), body)
    assert list(labels.items()) == [("person:varnholt", "PERSON")]
    assert len(groups["person:varnholt"].mentions) == 3


def test_a_lone_word_that_does_not_speak_stays_the_place():
    body = "Fans in Varnholt cheered. The mayor of Varnholt waved. Varnholt won the derby."
    groups, labels = _groups(body, "Varnholt", body.find("Varnholt won"))
    merge_lone_words(groups, labels, set(), body)
    assert list(labels.items()) == [("name:varnholt", "GPE")]
