"""Cleaning the NER's spans into name mentions, on docs whose entities are set by hand (the
model's mistakes are written in, so each rule is tested whatever the model does today)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.groups import Coverage, EntityGroup
from pipeline.annotate.name_spans import raw_mentions
from pipeline.annotate.persons import spread_surnames


@pytest.fixture(scope="module")
def nlp():
    return nlp_loader.load(DEFAULT_MODEL)


def marked(nlp, text: str) -> Doc:
    """The real tokenizer's and tagger's doc of ``text`` with "[words](LABEL)" as its only entities."""
    plain, spans, pos = "", [], 0
    for match in re.finditer(r"\[([^\]]+)\]\((\w+)\)", text):
        plain += text[pos : match.start()]
        spans.append((len(plain), len(plain) + len(match.group(1)), match.group(2)))
        plain += match.group(1)
        pos = match.end()
    plain += text[pos:]
    doc = nlp.make_doc(plain)
    for name, component in nlp.pipeline:
        if name in ("tok2vec", "tagger"):
            doc = component(doc)
    doc.ents = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans]
    return doc


def found(nlp, text: str) -> list[tuple[str, str]]:
    return [(t, label) for t, _, _, label in raw_mentions(marked(nlp, text))]


def test_a_span_across_a_comma_or_a_blank_line_is_two_names(nlp):
    assert found(
        nlp, "They played at [Elm Park, Gravenholm](GPE) today.\n\nResults of [Ruritanian\n\nLeague](ORG)"
    ) == [
        ("Elm Park", "GPE"),
        ("Gravenholm", "GPE"),
        ("Ruritanian", "ORG"),
        ("League", "ORG"),
    ]


def test_or_and_at_between_two_names_split_them(nlp):
    text = "Buyers may grab [Halvorsen or Okafor](ORG), and Leeds face [Marsk at Elmwood](GPE) today."
    assert [t for t, _ in found(nlp, text)] == ["Halvorsen", "Okafor", "Marsk", "Elmwood"]


def test_scores_calendar_words_and_attributions_come_off_the_edges(nlp):
    text = "[Ruritania](GPE) beat [Marsk 2-1](GPE) as the [August Gravenholm](ORG) index rose, [Tass news agency](ORG) said."
    assert found(nlp, text) == [("Ruritania", "GPE"), ("Marsk", "GPE"), ("Gravenholm", "ORG"), ("Tass", "ORG")]


def test_an_abbreviation_keeps_its_dot_inside_a_sentence_only(nlp):
    text = (
        "[Acme Corp.](ORG) bought [Okafor Inc.](ORG) of [Tampa](GPE), [Fla.](GPE), last year.\n\n"
        "It sold [Marsk Ltd.](ORG)\n\nIt moved to [Ocala, Fla.](GPE)"
    )
    assert [t for t, _ in found(nlp, text)] == [
        "Acme Corp.",
        "Okafor Inc.",
        "Tampa",
        "Fla.",
        "Marsk Ltd",
        "Ocala",
        "Fla",
    ]


def test_a_person_run_into_the_company_named_after_him_is_the_company(nlp):
    assert found(nlp, "[Halvorsen](PERSON) [Medical Industries Inc](ORG) said on Friday.") == [
        ("Halvorsen Medical Industries Inc", "ORG")
    ]


def test_a_role_or_a_people_before_a_name_comes_off_it(nlp):
    text = "[Midfielder Jonas Brennan](PERSON) and [Norwegian Anna Halvorsen](PERSON) scored; [Mexican Ana Reyes](PERSON) did not."
    assert found(nlp, text) == [
        ("Jonas Brennan", "PERSON"),
        ("Norwegian", "NORP"),
        ("Anna Halvorsen", "PERSON"),
        ("Mexican", "NORP"),
        ("Ana Reyes", "PERSON"),
    ]


def test_a_place_that_ends_a_name_read_as_a_person_is_not_spread_as_a_surname():
    body = "Sporting Gravenholm won. The mayor of Gravenholm and Mr Okafor were there; Okafor spoke."
    groups = {
        "person:sporting gravenholm": EntityGroup("person:sporting gravenholm"),
        "person:jonas okafor": EntityGroup("person:jonas okafor"),
    }
    groups["person:sporting gravenholm"].add("Sporting Gravenholm", 0, 19, "PERSON")
    groups["person:jonas okafor"].add("Okafor", 52, 58, "PERSON")
    covered = Coverage(len(body))
    for group in groups.values():
        for mention, _ in group.mentions:
            covered.add(mention.start, mention.end)
    spread_surnames(body, groups, covered, places=lambda word: word == "gravenholm")
    assert [m.text for m, _ in groups["person:sporting gravenholm"].mentions] == ["Sporting Gravenholm"]
    assert [m.text for m, _ in groups["person:jonas okafor"].mentions] == ["Okafor", "Okafor"]
