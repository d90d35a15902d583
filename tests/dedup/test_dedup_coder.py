"""Encoding what the dedup stage sends across shuffles: exact round trips, compact bytes."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from dedup_feeds import timed_feed

from pipeline.dedup.coder import SignatureCoder, decode_record, decode_signature, encode_record, encode_signature
from pipeline.dedup.linker import Decision
from pipeline.dedup.matcher import Link, Verdict
from pipeline.dedup.memory import clues_of
from pipeline.dedup.signature import Signature, signature_of


def _sigs() -> list[Signature]:
    return [signature_of(s) for s in timed_feed()]


def test_signature_round_trip_is_exact():
    for sig in _sigs():
        back = decode_signature(encode_signature(sig))
        assert back == sig
        # Floats bit for bit (the event score must not move), containers keep their types.
        assert list(back.terms.items()) == list(sig.terms.items())
        assert type(back.persons) is frozenset and type(back.minhash) is tuple


def test_encoded_signature_is_smaller_than_its_pickle():
    for sig in _sigs():
        assert len(encode_signature(sig)) < len(pickle.dumps(sig, protocol=pickle.HIGHEST_PROTOCOL))


class Odd:
    """A value marshal cannot write (module level, so pickle can)."""

    def __eq__(self, other):
        return isinstance(other, Odd)

    def __hash__(self):
        return 1


def test_a_value_marshal_cannot_write_falls_back_to_pickle():
    sig = dataclasses.replace(_sigs()[0], persons=frozenset({Odd()}))
    data = encode_signature(sig)
    assert data[:1] == b"P"
    assert decode_signature(data) == sig


def test_matcher_records_round_trip():
    verdict = Verdict("u1", "ent:reid", 27, "same_event", 0.61, "u0", "s0", 2, (5, "s0", 2, "h"))
    link = Link("u1", (7, "s1", -1, "h1"), "update", "u0", (5, "s0", 2, "h"), "s0", 2)
    decision = Decision("u1", "evt-0123456789abcdef", "update", "s0", 2)
    clues = clues_of(_sigs()[0])
    assert clues.persons and clues.days and clues.terms  # the feed's stories name people and days
    for record in (verdict, link, decision, clues):
        assert decode_record(type(record), encode_record(record)) == record


def test_decoding_refuses_a_foreign_encoding():
    with pytest.raises(ValueError, match="unknown encoding tag"):
        decode_signature(b"Xabc")
    with pytest.raises(ValueError, match="expected a pickled Signature"):
        decode_signature(b"P" + pickle.dumps({"not": "a signature"}))


def test_beam_coder_round_trip():
    coder = SignatureCoder()
    sig = _sigs()[1]
    assert coder.decode(coder.encode(sig)) == sig
    assert not coder.is_deterministic()
