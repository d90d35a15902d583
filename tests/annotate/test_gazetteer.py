"""Places the model missed, from the gazetteers (``gazetteer.place_mentions``)."""

from __future__ import annotations

from pipeline.annotate import DEFAULT_MODEL, lexicons
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.gazetteer import PLACE_LISTS, _PlaceNames, place_mentions
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


def test_the_place_names_are_the_tokenizers_names():
    """``_PlaceNames`` splits most names at their spaces instead of tokenizing them: for every
    listed name that gives the tokens the English tokenizer gives (what a ``PhraseMatcher`` was
    built from)."""
    from spacy.lang.en import English

    vocab = nlp_loader.load(DEFAULT_MODEL).vocab
    names = sorted({name for listed in PLACE_LISTS for name in lexicons.words(listed)})
    tokenized = {tuple(t.lower for t in doc) for doc in English(vocab=vocab).tokenizer.pipe(names)}
    assert _PlaceNames(vocab, names).names == tokenized


def test_the_place_names_match_what_a_phrase_matcher_matches():
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    nlp = nlp_loader.load(DEFAULT_MODEL)
    names = ["New York", "York", "St. Louis", "Aix-en-Provence", "Sierra Leone", "Leone", "Côte d'Ivoire"]
    text = (
        "From NEW YORK to new york and York, then St. Louis, Aix-en-Provence and sierra leone; "
        "Leone of Côte d'Ivoire ended in St. Louis"
    )
    doc = nlp(text)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PLACE", list(English(vocab=nlp.vocab).tokenizer.pipe(names)))
    expected = sorted({(start, end) for _, start, end in matcher(doc)})
    assert len(expected) == 12  # nested and overlapping names too
    assert sorted({(start, end) for _, start, end in _PlaceNames(nlp.vocab, names)(doc)}) == expected
