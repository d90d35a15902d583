"""The story annotator: one spaCy pass per batch, then entities and quotes per story, each story
within its budget of text and time (``pipeline.annotate.budget``)."""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.annotate import DEFAULT_MODEL
from pipeline.annotate import nlp as nlp_loader
from pipeline.annotate.budget import (
    CAPTION_CHARS,
    DEFAULT_MAX_CHARS,
    DEFAULT_RULE_SECONDS,
    HEADLINE_CHARS,
    cut_point,
    run_within,
)
from pipeline.annotate.columns import remember_text, text_of
from pipeline.annotate.entities import story_entities
from pipeline.annotate.quotes import find_quotes
from pipeline.model import Entity, Story

#: An invented story with a named speaker, a cue verb and a listed place (``StoryAnnotator._warm_up``).
_WARM_UP = '''Jane Roe, the mayor of Springfield, said on Monday in Ohio: "The ferry will run again."'''
#: Characters of text in one ``nlp.pipe`` batch: spaCy's memory follows the batch's text.
DEFAULT_BATCH_CHARS = 200_000


def is_english(language: str | None) -> bool:
    return language is None or language.lower().startswith("en")


@dataclass
class _Plan:
    """What the model reads of one story, and the flags that say what it does not."""

    story: Story
    body: str
    headline: str
    captions: list[str]
    flags: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, story: Story, max_chars: int) -> _Plan:
        flags = []
        cut = cut_point(story.body, max_chars)
        if cut < len(story.body):
            flags.append(f"annotations_truncated:body_after={cut}")
        captions, total = [], 0
        for caption in story.captions:
            total += len(caption)
            if total > CAPTION_CHARS:
                flags.append(f"annotations_truncated:captions_after={len(captions)}")
                break
            captions.append(caption)
        headline = (story.headline or "")[:HEADLINE_CHARS]
        return cls(story, story.body[:cut], headline, captions, flags)

    @property
    def texts(self) -> list[str]:
        return [self.body, self.headline, *self.captions]


class StoryAnnotator:
    """Fills ``story.entities`` (story-level, by salience) and ``story.quotes``.

    Loads the spaCy model once (per process, shared by every annotator of that model)::

        annotator = StoryAnnotator()               # or StoryAnnotator("/path/to/model")
        annotator.annotate(stories)                # annotates in place and returns the list

    Never raises for any story content. Budgets (``pipeline.annotate.budget``): the model reads at
    most ``max_chars`` of a body (flag ``annotations_truncated:body_after=<offset>``: nothing after
    that offset is annotated) and the first captions up to ``CAPTION_CHARS`` (flag
    ``annotations_truncated:captions_after=<n>``); a ``nlp.pipe`` batch holds at most
    ``batch_size`` texts and ``batch_chars`` characters; the rules get ``rule_seconds`` of CPU a story
    (past it: flag ``annotations_skipped:quotes=time_budget``, entities kept, or
    ``annotations_skipped:entities=time_budget``, nothing kept; if a stopped thread does not
    unwind within a second, ``annotations_skipped:entities,quotes=time_budget``). A story in another language
    gets ``annotations_skipped:language=<lang>``. A story whose rules raise keeps empty
    annotations and the flag ``annotations_skipped:error=<ExceptionName>``; ``annotate_each``
    also returns the reason (the Beam stage dead-letters such a story).
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
        batch_chars: int = DEFAULT_BATCH_CHARS,
        rule_seconds: float = DEFAULT_RULE_SECONDS,
    ) -> None:
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        if not isinstance(max_chars, int) or max_chars < 1:
            raise ValueError(f"max_chars must be a positive integer, got {max_chars!r}")
        if not isinstance(batch_chars, int) or batch_chars < 1:
            raise ValueError(f"batch_chars must be a positive integer, got {batch_chars!r}")
        if not isinstance(rule_seconds, (int, float)) or not rule_seconds > 0:
            raise ValueError(f"rule_seconds must be a positive number of seconds, got {rule_seconds!r}")
        self.model = model
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.batch_chars = batch_chars
        self.rule_seconds = float(rule_seconds)
        self.nlp = nlp_loader.load(model)
        # Disabled in the main pass; quotes.find_quotes runs it on quotation sentences only.
        self.parser = self.nlp.get_pipe("parser") if "parser" in self.nlp.component_names else None
        self._warm_up()

    def _warm_up(self) -> None:
        """Annotate one invented story, so that the tables the rules load on first use (the
        place names, the reporting verbs' forms, the census names: ~0.6 s of CPU) are loaded
        here, in a worker's ``DoFn.setup``, not within its first bundle and its rules' budget."""
        story = Story(story_id="warm-up", format="text", body=_WARM_UP)
        body, headline = self._pipe([_WARM_UP, ""])
        self._annotate_one(story, body, headline, [])

    def annotate(self, stories: list[Story]) -> list[Story]:
        self.annotate_each(stories)
        return stories

    def annotate_each(self, stories: list[Story]) -> list[tuple[Story, str | None]]:
        """Annotate in place; each story with the reason its rules failed, or None."""
        failures: dict[int, str] = {}
        plans: list[_Plan] = []
        for story in stories:
            if not is_english(story.language):
                story.entities, story.quotes = [], []
                story.flags.append(f"annotations_skipped:language={story.language}")
            elif story.body and story.body.strip():
                plans.append(_Plan.of(story, self.max_chars))
        # One nlp.pipe pass over the batch's bodies, headlines and captions (headline and captions
        # only lend fuller names to the body's entities), read lazily: a story's docs are dropped
        # once it is annotated, so only one nlp.pipe batch of docs is alive at a time.
        docs = self._docs(text for plan in plans for text in plan.texts)
        for plan in plans:
            body_doc, headline_doc = next(docs), next(docs)
            caption_docs = [next(docs) for _ in plan.captions]
            plan.story.flags.extend(plan.flags)
            reason = self._annotate_one(plan.story, body_doc, headline_doc, caption_docs)
            if reason is not None:
                plan.story.entities, plan.story.quotes = [], []
                plan.story.flags.append(f"annotations_skipped:error={reason.split(':', 1)[0]}")
                failures[id(plan.story)] = reason
        return [(story, failures.get(id(story))) for story in stories]

    def _annotate_one(self, story: Story, body: Doc | None, headline: Doc | None, captions: list[Doc | None]):
        """Entities, then quotes, within the story's time budget; the failure reason or None."""
        if body is None:
            return f"RuntimeError: spaCy failed on the body of story {story.story_id!r}"
        found = run_within(
            self.rule_seconds,
            lambda: story_entities(
                body,
                headline_doc=headline if headline is not None and text_of(headline).strip() else None,
                caption_docs=[d for d in captions if d is not None],
            ),
        )
        if found.timed_out:
            story.entities, story.quotes = [], []
            story.flags.append("annotations_skipped:entities=time_budget")
            return None
        if found.error is not None:
            return _reason(found.error)
        entities: list[Entity] = found.value or []
        floor = min((e.salience for e in entities), default=0.0)
        # find_quotes adds the speakers the NER missed to the list it is given. One budget for both.
        left = max(0.0, self.rule_seconds - found.used)
        notes: list[str] = []  # read only once the rules thread has finished
        quoted = run_within(left, lambda: find_quotes(body, entities, self.parser, notes))
        if quoted.error is not None:
            return _reason(quoted.error)
        if quoted.timed_out and not quoted.stopped:  # still running: its list cannot be read safely
            story.entities, story.quotes = [], []
            story.flags.append("annotations_skipped:entities,quotes=time_budget")
            return None
        if quoted.timed_out:
            story.quotes = []
            story.flags.append("annotations_skipped:quotes=time_budget")
        else:
            story.quotes = quoted.value
            story.flags.extend(notes)
        for entity in entities:
            entity.salience = entity.salience or floor
        story.entities = sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start))
        return None

    def _docs(self, texts: Iterable[str]) -> Iterator[Doc | None]:
        """Docs of ``texts`` in order, from ``nlp.pipe`` batches of at most ``batch_size`` texts
        and ``batch_chars`` characters."""
        batch: list[str] = []
        chars = 0
        for text in texts:
            if batch and (len(batch) >= self.batch_size or chars + len(text) > self.batch_chars):
                yield from self._pipe(batch)
                batch, chars = [], 0
            batch.append(text)
            chars += len(text)
        if batch:
            yield from self._pipe(batch)

    def _pipe(self, texts: list[str]) -> list[Doc | None]:
        try:
            docs = self.nlp.pipe(texts, batch_size=len(texts))
            return [remember_text(doc, text) for text, doc in zip(texts, docs, strict=True)]
        except Exception:  # noqa: BLE001
            # One text broke the batch: go one by one so it fails alone.
            out: list[Doc | None] = []
            for text in texts:
                try:
                    out.append(remember_text(self.nlp(text), text))
                except Exception:  # noqa: BLE001
                    out.append(None)
            return out


def _reason(error: BaseException) -> str:
    """``KeyError: 'x' (at entities.py:120 in group_mentions)``: the error and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno} in {frames[-1].name})" if frames else ""
    return f"{type(error).__name__}: {str(error)[:300]}{where}"
