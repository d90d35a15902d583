"""Firms that copy names beside a role a person could hold too, and firms named by their trade,
which probes' stories re-run in the forty-third session showed the annotator losing (both cases
fail on the commit before their fix, 9130a33): "The promoter, Greenlight Events, said … a
spokesman said" gave the spokesman to a resident once "promoter" described people; "the hotel
chain Marigold Resorts" read as a person left "the chain said" to no one. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Plans for a 40,000-capacity festival near Upper Wexcombe were rejected by the council.\n\n"
            'Farmer Owen Pruitt, who owns the site, said he was "gutted". '
            '"It would have brought money to the village," he said.\n\n'
            'But many neighbours were relieved. "Forty thousand people with one road in and out?" said Moira '
            'Tench, who lives on Church Lane. "It was never going to work."\n\n'
            "The promoter, Sunburst Events, said it was considering an appeal. "
            '"We believe the plans were sound," a spokesman said.',
            "We believe the plans",
            "Sunburst Events",
        ),
        (
            "Investigators believe a gang tied to a network in Vostria was behind the breach of the hotel "
            "chain Camellia Resorts, according to two officials.\n\n"
            "Camellia declined to comment. In a statement last month, the chain said that guests' "
            '"names and stay dates" may have been taken.',
            "names and stay dates",
            "Camellia Resorts",
        ),
    ],
)
def test_firms_beside_roles_and_by_trade(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_person_beside_a_role_firms_hold_too_is_still_a_person(annotator):
    # guard: passes on the old code too; "The promoter, Hal Brenner," is a man
    body = 'The promoter, Hal Brenner, said the card was complete. "Both camps have signed," he said.'
    assert one(annotated(annotator, body).quotes, "Both camps").speaker == "Hal Brenner"
