"""Loading the spaCy pipeline once per process, with only the components we use."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

# NER finds the entities; the tagger gives the part-of-speech tags quote attribution
# leans on (verbs, pronouns); attribute_ruler maps tags to POS. The dependency parser
# and the lemmatizer are not used.
WANTED = ("tok2vec", "tagger", "attribute_ruler", "ner")


@functools.lru_cache(maxsize=4)
def load(model: str, *, keep: tuple[str, ...] = WANTED) -> Language:
    """The spaCy pipeline ``model`` (package name or path) with only ``keep`` enabled."""
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        raise ValueError(f"cannot load spaCy model {model!r}: {exc}") from exc
    for name in nlp.pipe_names:
        if name not in keep:
            nlp.disable_pipe(name)
    return nlp
