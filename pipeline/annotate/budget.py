"""A story's annotation budget: how much text the model reads, and how long the rules may run.

Size: the body the model reads is cut at ``max_chars`` (at a paragraph, else a sentence, else a
space before it), the headline at ``HEADLINE_CHARS``, the captions after ``CAPTION_CHARS`` in
all. spaCy's time and memory grow with the text (and it allows a million characters), so this is
what bounds a story's cost in the model; the offsets of what is found still index the full body,
which is written whole.

Time: the rules over the model's output (entities, then quotes and speakers) run for one story
in a thread of their own, and the caller waits at most ``seconds``. Past that, the thread is
abandoned: an exception is raised in it at its next Python instruction
(``PyThreadState_SetAsyncExc``), so it stops within microseconds and its partial result is never
read. This bounds any rule however it scales, without the rules knowing of a budget. What it
cannot interrupt is one long C call that holds the GIL (a catastrophic regular expression): the
rules must not have those.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = [
    "CAPTION_CHARS",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_RULE_SECONDS",
    "HEADLINE_CHARS",
    "Outcome",
    "cut_point",
    "run_within",
]

#: Body characters the model reads (about 18,000 tokens of news text); the rest is not annotated.
DEFAULT_MAX_CHARS = 100_000
#: Seconds the rules may spend on one story (a normal story takes a few milliseconds).
DEFAULT_RULE_SECONDS = 10.0
HEADLINE_CHARS = 1_000
#: How long a stopped rules thread gets to unwind (it stops at its next Python instruction).
STOP_WAIT_SECONDS = 1.0
CAPTION_CHARS = 10_000

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")

T = TypeVar("T")


def cut_point(text: str, limit: int) -> int:
    """Where to cut ``text`` so that at most ``limit`` characters remain: the last paragraph
    break, else sentence end, else whitespace in the second half of the limit; else ``limit``."""
    if len(text) <= limit:
        return len(text)
    floor = limit // 2
    paragraph = text.rfind("\n\n", floor, limit)
    if paragraph > 0:
        return paragraph
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, limit)]
    if ends:
        return ends[-1]
    space = max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
    return space if space > 0 else limit


class BudgetExceeded(Exception):
    """Raised inside an abandoned rules thread to stop it."""


@dataclass
class Outcome(Generic[T]):
    """What ``run_within`` got: the value, the error the call raised, or neither (timed out)."""

    value: T | None = None
    error: BaseException | None = None
    timed_out: bool = False
    #: After a time-out: the thread is gone, so what it was given is no longer touched.
    stopped: bool = False


def run_within(seconds: float, call: Callable[[], T]) -> Outcome[T]:
    """Run ``call()`` in a thread of its own, waiting at most ``seconds``; on time-out the thread
    is stopped (see the module docstring) and ``Outcome.timed_out`` is set."""
    outcome: Outcome[T] = Outcome()
    done = threading.Event()

    def target() -> None:
        try:
            outcome.value = call()
        except BudgetExceeded:
            pass
        except BaseException as err:  # handed to the caller
            outcome.error = err
        finally:
            done.set()

    worker = threading.Thread(target=target, name="wire-ingest-rules", daemon=True)
    worker.start()
    if done.wait(seconds):
        return outcome
    _stop(worker)
    worker.join(STOP_WAIT_SECONDS)
    return Outcome(timed_out=True, stopped=not worker.is_alive())


def _stop(thread: threading.Thread) -> None:
    ident = thread.ident
    if ident is not None and thread.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(BudgetExceeded))
