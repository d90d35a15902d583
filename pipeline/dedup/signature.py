"""Story signatures: the compact, picklable summary dedup compares instead of whole stories.

A signature holds what tells one real-world event from another in news writing:

- ``terms``: the story's content words weighted by how rare they are in English (wordfreq Zipf
  frequencies, a fixed table, so a weight never depends on what else the stream carried) with
  the headline and lede counted twice (inverted pyramid: the event is stated first), kept to the
  ``MAX_TERMS`` heaviest and L2-normalised;
- ``entities``: the annotator's story-level entities by salience (people by surname, so "Tara
  Reid" and "Reid" agree) and the set of people named in full;
- time clues: years mentioned, full dates, weekdays and months mentioned (stories on
  one event name the same "Saturday"; look-alike events years apart do not);
- ``place``: where it was filed from (the dateline's city, else the structured ``located``);
- key facts to check against another story's words (``lexicon``, a Bloom filter): the story's
  most salient names, the rare words of its headline and lede, the lede's numbers;
- ``minhash``: datasketch's MinHash of word 3-shingles (fixed seed, sha1-based hash), whose
  Jaccard estimate finds re-filings and corrections, and whose LSH bands are blocking keys.

Everything here is deterministic across processes and runs: no ``hash()``, fixed seeds.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from pipeline.dedup.facts import MONTHS, full_dates, incident_days, streets
from pipeline.model import Story

MINHASH_SEED = 20260101
NUM_PERM = 64
# 16 bands of 4 rows: a pair with word-shingle Jaccard 0.5 shares a band with p ~ 0.65, one
# with 0.8 with p ~ 0.9998; bands are only blocking keys, the decision uses the full estimate.
LSH_BANDS = 16
LSH_ROWS = 4
SHINGLE = 3
MAX_TERMS = 160
# Entities that become blocking keys: the most salient ones of these labels.
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "PRODUCT", "WORK_OF_ART", "LAW"})
BLOCKING_ENTITIES = 5
BLOCKING_TERMS = 5
LEDE_WEIGHT = 2.0
NUMBER_WEIGHT = 5.0

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d+(?:[.,]\d+)+|\d\d+")
_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# "may" is left out: as a verb it is far commoner than the month.
_MONTH = re.compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Signature:
    """What dedup keeps of one story version (a few kB; no body text)."""

    uid: str
    story_id: str
    version: int | None
    event_time: int
    content_hash: str
    terms: dict[str, float]
    entities: dict[str, float]
    persons: frozenset[str]
    years: frozenset[int]
    dates: frozenset[int]
    weekdays: frozenset[str]
    months: frozenset[int]
    headline_terms: frozenset[str]
    minhash: tuple[int, ...]
    entity_keys: tuple[str, ...]
    term_keys: tuple[str, ...]
    # What the story says anywhere, to check another story's key facts against: a Bloom filter
    # of every word and number in it (``LEXICON_BITS`` bits, two probes a word) ...
    lexicon: bytes = b""
    # ... and this story's key facts as Bloom probes: its most salient names, with salience,
    # the rare words of its headline and lede, with rarity, and the lede's numbers.
    salient_probes: tuple[tuple[tuple[int, ...], float], ...] = ()
    lede_probes: tuple[tuple[tuple[int, ...], float], ...] = ()
    number_probes: tuple[tuple[tuple[int, ...], float], ...] = ()
    # Where the story was filed from: its dateline's place ("KABUL, Afghanistan (AP)" -> "kabul"),
    # or the structured ``located``; "" when it has neither.
    place: str = ""
    # The specifics an incident is told by (``pipeline.dedup.facts``): the streets it names, the
    # places (GPE entities, by their comparison key) and the days it says things happened on,
    # resolved against the story's own time. Also what an event keeps for follow-ups.
    streets: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    days: frozenset[int] = frozenset()

    @property
    def order_key(self) -> tuple[int, str, int, str]:
        """Event-time order with a deterministic tie-break (story id, version, content)."""
        return (self.event_time, self.story_id, self.version if self.version is not None else -1, self.content_hash)


LEXICON_BITS = 4096
SALIENT_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})
SALIENT_NAMES = 5
LEDE_RARITY = 3.5  # 8 - Zipf: words rarer than about 1 in 30,000
MAX_LEDE_TERMS = 30


def word_probes(word: str) -> tuple[int, int]:
    """The two Bloom bit positions of a lower-cased word (crc32: stable across processes)."""
    data = word.encode("utf-8")
    return zlib.crc32(data) % LEXICON_BITS, zlib.crc32(data, 0x9E3779B9) % LEXICON_BITS


def phrase_probes(phrase: str) -> tuple[int, ...]:
    return tuple(bit for word in _WORD.findall(phrase.lower()) for bit in word_probes(word))


def lexicon_of(words: Iterable[str]) -> bytes:
    """The Bloom filter of lower-cased ``words`` (``LEXICON_BITS`` bits, two probes a word)."""
    bits = bytearray(LEXICON_BITS // 8)
    for word in set(words):
        for bit in word_probes(word):
            bits[bit >> 3] |= 1 << (bit & 7)
    return bytes(bits)


@functools.lru_cache(maxsize=8192)
def lexicon_bits(lexicon: bytes) -> frozenset[int]:
    """The set bit positions of a lexicon: checking a probe is then one C-level subset test
    (a story is compared with hundreds of others, so each lexicon is unpacked once)."""
    return frozenset(8 * index + j for index, byte in enumerate(lexicon) if byte for j in range(8) if byte >> j & 1)


def mentions(lexicon: bytes, probes: tuple[int, ...]) -> bool:
    """Whether every word behind ``probes`` is (probably) in ``lexicon``."""
    return lexicon_bits(lexicon).issuperset(probes)


def story_uid(story: Story) -> str:
    """One id per delivered version: same source id, version and content give the same uid."""
    raw = f"{story.story_id}\x1f{story.version}\x1f{story.content_hash}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


# spaCy and wordfreq are imported on first use: signatures are built on the workers, and the
# process that only runs the pipeline saves ~1 s of start-up.
@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.lru_cache(maxsize=200_000)
def term_weight(term: str) -> float:
    """Rarity of a word in English (8 minus its Zipf frequency; numbers count as rare)."""
    if term[0].isdigit():
        return NUMBER_WEIGHT
    from wordfreq import zipf_frequency

    return max(0.0, 8.0 - zipf_frequency(term, "en"))


def warm_up() -> None:
    """Load what signatures read (spaCy's stop words, wordfreq's table: ~0.4 s of CPU) now, in
    a worker's ``DoFn.setup``, rather than within its first bundle."""
    _stop_words()
    term_weight("signature")


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$")


def normalise_name(name: str, label: str) -> str:
    name = _LEADING_THE.sub("", name.strip())
    name = _POSSESSIVE_END.sub("", name).strip().lower()
    if label == "PERSON" and name:
        return name.split()[-1]
    return name


def entity_keys_of(story: Story) -> dict[int, str]:
    """A comparison key for each of ``story.entities`` (by index), people by surname.

    The annotator groups a surname with its full name, but a first name used alone ("Bettie")
    or a full name the model labelled otherwise ("Bettie Page" as a work) stays apart; here
    both are tied to the surname of the story's full name that contains them, so two stories
    about one person agree on one key.
    """
    keys = {i: normalise_name(e.name, e.label) for i, e in enumerate(story.entities)}
    people: dict[str, str] = {}  # a token of a person's full name -> that person's surname
    singles = {keys[i] for i, e in enumerate(story.entities) if e.label == "PERSON" and " " not in keys[i]}
    for entity in story.entities:
        words = normalise_name(entity.name, "").split()
        if len(words) < 2 or len(words) > 4:
            continue
        if entity.label == "PERSON" or words[0] in singles or words[-1] in singles:
            for word in words:
                people.setdefault(word, words[-1])
            people.setdefault(" ".join(words), words[-1])
    for i, entity in enumerate(story.entities):
        full = normalise_name(entity.name, "")
        if full in people:
            keys[i] = people[full]
        elif entity.label == "PERSON" and keys[i] in people:
            keys[i] = people[keys[i]]
    return keys


def _l2(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    if norm == 0.0:
        return {}
    return {k: w / norm for k, w in weights.items()}


def _content_terms(text: str, weight: float, counts: Counter) -> None:
    stop_words = _stop_words()
    for token in _TOKEN.findall(text):
        term = token.lower()
        if term.endswith(("'s", "’s")):  # "Bettie's" is Bettie
            term = term[:-2]
        if term in stop_words or (len(term) < 3 and not term[0].isdigit()):
            continue
        if _YEAR.fullmatch(term):  # years are time clues, compared apart
            continue
        counts[term] += weight


def term_vector(story: Story) -> dict[str, float]:
    counts: Counter = Counter()
    paragraphs = [p for p in story.body.split("\n\n") if p.strip()]
    _content_terms(story.headline or "", LEDE_WEIGHT, counts)
    for i, paragraph in enumerate(paragraphs):
        _content_terms(paragraph, LEDE_WEIGHT if i == 0 else 1.0, counts)
    weights = {t: (1.0 + math.log(n)) * term_weight(t) for t, n in counts.items() if n >= 1.0}
    kept = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS])
    return _l2(kept)


def _minhash(words: list[str]) -> tuple[int, ...]:
    if len(words) >= SHINGLE:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    else:
        shingles = {" ".join(words)}
    # Each shingle's 32-bit SHA-1 hash (the first 4 bytes of its digest, little-endian), mixed
    # with MurmurHash3's finaliser, through each permutation h -> a*h + b (mod 2^32); the least.
    hashed = np.fromiter(
        (int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles),
        dtype=np.uint32,
        count=len(shingles),
    ).reshape(-1, 1)
    hashed ^= hashed >> np.uint32(16)
    hashed *= np.uint32(0x85EBCA6B)
    hashed ^= hashed >> np.uint32(13)
    hashed *= np.uint32(0xC2B2AE35)
    hashed ^= hashed >> np.uint32(16)
    a, b = _permutations()
    return tuple((hashed * a + b).min(axis=0).tolist())


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` affine permutations of datasketch's MinHash (2.0, scheme "affine32")
    with seed ``MINHASH_SEED``: odd multipliers ``a`` and offsets ``b`` drawn as it draws them.

    ``_minhash`` computes what ``datasketch.MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)``
    gives after ``update_batch`` of the UTF-8 shingles (tests/dedup/test_minhash.py checks that
    on many inputs), without importing datasketch: its package imports scipy for its LSH
    classes (0.4 s of each worker's start-up, and ~55 MB), and a MinHash draws its permutations
    again for every story (~0.2 ms)."""
    generator = np.random.RandomState(MINHASH_SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def signature_of(story: Story) -> Signature:
    """The signature of one annotated story (entities come from ``story.entities``)."""
    text = f"{story.headline or ''}\n{story.body}"
    stop_words = _stop_words()
    words = [w.lower() for w in _WORD.findall(text)]  # shingles for the MinHash, and the lexicon
    lede = _lede(story)
    entities: dict[str, float] = {}
    persons: set[str] = set()
    names = entity_keys_of(story)
    for i, entity in enumerate(story.entities):
        key = names[i]
        if not key:
            continue
        entities[key] = entities.get(key, 0.0) + max(entity.salience, 0.1)
        full = entity.name.strip().lower()
        if entity.label == "PERSON" and len(full.split()) > 1:
            persons.add(full)
    terms = term_vector(story)
    salient = [i for i, e in enumerate(story.entities) if e.label in BLOCKING_LABELS]
    salient.sort(key=lambda i: (-story.entities[i].salience, names[i]))
    entity_keys = []
    for i in salient:
        key = names[i]
        if key and key not in entity_keys:
            entity_keys.append(key)
        if len(entity_keys) == BLOCKING_ENTITIES:
            break
    term_keys = tuple(t for t, _ in sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:BLOCKING_TERMS])
    dates = full_dates(text)
    return Signature(
        uid=story_uid(story),
        story_id=story.story_id,
        version=story.version,
        event_time=int(story.event_time),
        content_hash=story.content_hash,
        terms=terms,
        entities=_l2(entities),
        persons=frozenset(persons),
        years=frozenset(int(y) for y in _YEAR.findall(text)),
        dates=dates,
        weekdays=frozenset(w.lower() for w in _WEEKDAY.findall(text)),
        months=frozenset(MONTHS.index(m.lower()[:3]) for m in _MONTH.findall(text)),
        headline_terms=frozenset(
            t.lower() for t in _TOKEN.findall(story.headline or "") if t.lower() not in stop_words
        ),
        minhash=_minhash(words),
        entity_keys=tuple(entity_keys),
        term_keys=term_keys,
        lexicon=lexicon_of(words),
        salient_probes=_salient_probes(story, names),
        lede_probes=_lede_probes(lede),
        number_probes=tuple(
            (word_probes(n), 1.0) for n in sorted(set(_NUMBER.findall(lede))) if not _YEAR.fullmatch(n)
        ),
        place=filing_place(story),
        streets=streets(text),
        places=frozenset(names[i] for i, e in enumerate(story.entities) if e.label == "GPE" and names[i]),
        days=incident_days(text, int(story.event_time), dates),
    )


def filing_place(story: Story) -> str:
    """The place a story was filed from, lower-cased: the dateline's first part (city), else the
    structured ``located`` field's."""
    for value in (story.dateline, story.located):
        if value:
            place = " ".join(value.split("(")[0].split(",")[0].split()).lower()
            if place:
                return place
    return ""


_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")


def _lede(story: Story) -> str:
    paragraphs = [p for p in story.body.split("\n\n") if p.strip()]
    return f"{story.headline or ''}\n{paragraphs[0] if paragraphs else ''}"


def _salient_probes(story: Story, names: dict[int, str]) -> tuple[tuple[tuple[int, ...], float], ...]:
    order = sorted(range(len(story.entities)), key=lambda i: (-story.entities[i].salience, names[i]))
    seen: list[str] = []
    probes = []
    for i in order:
        if story.entities[i].label not in SALIENT_LABELS or not names[i] or names[i] in seen:
            continue
        seen.append(names[i])
        probes.append((phrase_probes(names[i]), round(max(story.entities[i].salience, 0.01), 4)))
        if len(probes) == SALIENT_NAMES:
            break
    return tuple(probes)


def _lede_probes(lede: str) -> tuple[tuple[tuple[int, ...], float], ...]:
    words = {w.lower() for w in _WORD.findall(lede)}
    rare = []
    stop_words = _stop_words()
    for word in words:
        if len(word) < 3 or word.isdigit() or word in stop_words:
            continue
        weight = term_weight(word)
        if weight >= LEDE_RARITY:
            rare.append((weight, word))
    rare.sort(key=lambda wv: (-wv[0], wv[1]))
    return tuple((word_probes(word), round(weight, 3)) for weight, word in rare[:MAX_LEDE_TERMS])


def lsh_band_keys(minhash: tuple[int, ...], bands: int = LSH_BANDS, rows: int = LSH_ROWS) -> list[str]:
    """One key per MinHash band (a stable digest of the band's values)."""
    values = np.asarray(minhash, dtype=np.uint64)
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        keys.append(f"lsh{band}:{hashlib.sha1(chunk).hexdigest()[:16]}")
    return keys


def blocking_keys(sig: Signature) -> list[str]:
    """The keys a story is compared under: its own id (versions meet there), its LSH bands
    (near-duplicates), its most salient entities and rarest terms (other reports of the event)."""
    keys = [f"id:{sig.story_id}"]
    keys += lsh_band_keys(sig.minhash)
    keys += [f"ent:{k}" for k in sig.entity_keys]
    keys += [f"term:{k}" for k in sig.term_keys]
    return list(dict.fromkeys(keys))


def jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """MinHash estimate of the word-shingle Jaccard similarity."""
    if len(a) != len(b) or not a:
        return 0.0
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)
