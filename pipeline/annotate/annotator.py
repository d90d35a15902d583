"""The story annotator: one spaCy pass per batch, then entities and quotes per story."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.entities import story_entities
from pipeline.annotate.quotes import find_quotes
from pipeline.model import Story


def is_english(language: str | None) -> bool:
    return language is None or language.lower().startswith("en")


class StoryAnnotator:
    """Fills ``story.entities`` (story-level, by salience) and ``story.quotes``.

    Loads the spaCy model once (per process, shared by every annotator of that model)::

        annotator = StoryAnnotator()               # or StoryAnnotator("/path/to/model")
        annotator.annotate(stories)                # annotates in place and returns the list

    Never raises for any story content: a story that fails keeps empty annotations and
    gets the flag ``annotations_skipped:error=<ExceptionName>``; a story in another
    language gets ``annotations_skipped:language=<lang>``.
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 32) -> None:
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        self.model = model
        self.batch_size = batch_size
        self.nlp = nlp_loader.load(model)
        # Disabled in the main pass; quotes.find_quotes runs it on quotation sentences only.
        self.parser = self.nlp.get_pipe("parser") if "parser" in self.nlp.component_names else None

    def annotate(self, stories: list[Story]) -> list[Story]:
        todo: list[Story] = []
        for story in stories:
            if not is_english(story.language):
                story.entities, story.quotes = [], []
                story.flags.append(f"annotations_skipped:language={story.language}")
            elif story.body and story.body.strip():
                todo.append(story)
        # One nlp.pipe pass for the whole batch: every body, headline and caption. Headline
        # and captions only lend fuller names to the body's entities.
        texts: list[str] = []
        for story in todo:
            texts.extend([story.body, story.headline or "", *story.captions])
        docs = iter(self._docs(texts))
        for story in todo:
            body_doc, headline_doc = next(docs), next(docs)
            caption_docs = [next(docs) for _ in story.captions]
            try:
                self._annotate_one(story, body_doc, headline_doc, caption_docs)
            except Exception as exc:  # noqa: BLE001  (one bad story must not sink the batch)
                story.entities, story.quotes = [], []
                story.flags.append(f"annotations_skipped:error={type(exc).__name__}")
        return stories

    def _annotate_one(self, story: Story, body: Doc | None, headline: Doc | None, captions: list[Doc | None]) -> None:
        if body is None:
            raise RuntimeError(f"spaCy failed on the body of story {story.story_id!r}")
        entities = story_entities(
            body,
            headline_doc=headline if headline is not None and headline.text.strip() else None,
            caption_docs=[d for d in captions if d is not None],
        )
        floor = min((e.salience for e in entities), default=0.0)
        story.quotes = find_quotes(body, entities, self.parser)  # adds the speakers the NER missed
        for entity in entities:
            entity.salience = entity.salience or floor
        story.entities = sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start))

    def _docs(self, texts: list[str]) -> list[Doc | None]:
        try:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:  # noqa: BLE001
            # One text broke the batch (too long, say): go one by one so it fails alone.
            out: list[Doc | None] = []
            for text in texts:
                try:
                    out.append(self.nlp(text))
                except Exception:  # noqa: BLE001
                    out.append(None)
            return out
