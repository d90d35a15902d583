"""Places the model missed, from the gazetteers (``gazetteer.place_mentions``)."""

from __future__ import annotations

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.gazetteer import place_mentions
from pipeline.annotate.groups import Coverage


def places(text: str, covered: tuple[int, int] | None = None) -> list[str]:
    doc = nlp_loader.load(DEFAULT_MODEL)(text)
    coverage = Coverage(len(text))
    if covered:
        coverage.add(*covered)
    return [m[0] for m in place_mentions(doc, coverage)]


def test_a_listed_place_is_found_whole_and_once():
    assert places("Slovenia drew with the Cayman Islands 1-1 on Sunday.", covered=(0, 8)) == ["Cayman Islands"]


def test_a_place_inside_a_longer_name_or_in_lower_case_is_none():
    assert places("Derby County beat Kent State on Sunday and the weather was nice.") == []


def test_a_shouted_place_is_a_country_only():
    assert places("ITALY - Bond futures fell.\n\nCENTRAL DIVISION") == ["ITALY"]


def test_a_street_the_model_missed_is_a_place():
    doc = nlp_loader.load(DEFAULT_MODEL)("Investors on Wall Street were nervous on Friday.")
    assert [(m[0], m[3]) for m in place_mentions(doc, Coverage(len(doc.text)))] == [("Wall Street", "FAC")]


def test_a_named_day_the_model_missed_is_an_event():
    doc = nlp_loader.load(DEFAULT_MODEL)("Traders left early ahead of the long Remembrance Day weekend.")
    found = [(m[0], m[3]) for m in place_mentions(doc, Coverage(len(doc.text)))]
    assert found == [("Remembrance Day", "EVENT")]
