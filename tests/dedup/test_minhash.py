"""The signature's MinHash is datasketch's (``signature._minhash`` computes it without importing
datasketch, whose package imports scipy): equal on every input tried."""

from __future__ import annotations

import random

from datasketch import MinHash

from pipeline.dedup.signature import MINHASH_SEED, NUM_PERM, SHINGLE, _minhash

_WORDS = "the council voted on monday to close old ferry landing après 2026 mayor said café naïve 1,200 a".split()


def _datasketch(words: list[str]) -> tuple[int, ...]:
    if len(words) >= SHINGLE:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    else:
        shingles = {" ".join(words)}
    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return tuple(int(v) for v in m.hashvalues)


def test_the_minhash_is_datasketchs_on_every_input_tried():
    rng = random.Random(16)
    cases = [[], ["ferry"], ["old", "ferry"], ["old", "ferry", "landing"]]
    cases += [[rng.choice(_WORDS) for _ in range(rng.randrange(3, 400))] for _ in range(200)]
    for words in cases:
        assert _minhash(words) == _datasketch(words), words


def test_the_minhash_has_one_value_a_permutation():
    assert len(_minhash("the council voted on monday".split())) == NUM_PERM
