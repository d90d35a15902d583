"""Loading the spaCy pipeline once per process, with only the components we use."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from pipeline.annotate import entity_fixes, tag_fixes

# NER finds the entities; the tagger's fine-grained tags (NNP, VBD, PRP, IN, ...) are what
# quote attribution reads to find cue verbs, subjects and pronouns. The dependency parser,
# the lemmatizer and the attribute ruler (tag -> POS mapping) are not used: on the PolNeAR
# dev split the tag-based rules reach the accuracy goal without the parse, which would cost
# about 40% of the throughput.
WANTED = ("tok2vec", "tagger", "ner")
# Components of the en_core_web pipelines never run here, not even loaded: loading the
# lemmatizer's tables and the attribute ruler's patterns took ~0.2 s of each worker's start-up.
# (The parser is loaded, disabled: ``parse.py`` runs it on quotation sentences.)
NOT_LOADED = ("attribute_ruler", "lemmatizer", "senter")


@functools.lru_cache(maxsize=4)
def load(model: str, *, keep: tuple[str, ...] = WANTED) -> Language:
    """The spaCy pipeline ``model`` (package name or path) with only ``keep`` enabled.

    Cached per process: Beam workers and tests share one loaded model per name.
    """
    try:
        nlp = spacy.load(model, exclude=[name for name in NOT_LOADED if name not in keep])
    except (OSError, ImportError, ValueError) as exc:
        raise ValueError(f"cannot load spaCy model {model!r}: {exc}") from exc
    missing = [name for name in ("tagger", "ner") if name not in nlp.component_names]
    if missing:
        raise ValueError(f"spaCy model {model!r} has no {', '.join(missing)} component (needs tagger and ner)")
    for name in nlp.pipe_names:
        if name not in keep:
            nlp.disable_pipe(name)
    split_glued_quotation_marks(nlp)
    nlp.add_pipe(tag_fixes.COMPONENT, after="tagger")
    nlp.add_pipe(entity_fixes.COMPONENT, after="ner")
    return nlp


# A quotation mark between a sentence's end (or a comma) and a letter with no space: scraped copy
# whose paragraphs were joined ('… twenty pages."Hale said', '… on Friday."In the last two days'),
# or a closing mark and its cue run together ('… this morning,"he said').
_GLUED_MARK = r"""(?<=[.!?,])["”“](?=[A-Za-z])"""


def split_glued_quotation_marks(nlp: Language) -> None:
    """Make the tokenizer split a quotation mark glued between a sentence's end and the next
    word, as it would with a space: spaCy keeps '"Hale' as one token, which then is no name
    (no entity, no speaker) and hides the sentence break from the quote rules. Token splits only:
    the text and its offsets do not change."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    if _GLUED_MARK not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, _GLUED_MARK]).finditer
