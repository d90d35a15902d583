"""A story's annotation budget: how much text the model reads, and how long the rules may run.

Size: the body the model reads is cut at ``max_chars`` (at a paragraph, else a sentence, else a
space before it), the headline at ``HEADLINE_CHARS``, the captions after ``CAPTION_CHARS`` in
all. spaCy's time and memory grow with the text (and it allows a million characters), so this is
what bounds a story's cost in the model; the offsets of what is found still index the full body,
which is written whole.

Time: the rules over the model's output (entities, then quotes and speakers) run for one story
in a rules thread (one long-lived thread per calling thread), which may use at most ``seconds``
of CPU time (and ``WALL_FACTOR`` times that of wall time: on a busy machine a wall-clock budget
would cut short what an idle one finishes). Past that, the thread is stopped: an exception is
raised in it at its next Python instruction (``PyThreadState_SetAsyncExc``), so it stops within
microseconds, and what it was computing is dropped, and the thread is retired. This bounds any
rule however it scales, without the rules knowing of a budget. What it cannot interrupt is one
long C call that holds the GIL (a catastrophic regular expression): the rules must not have
those.
"""

from __future__ import annotations

import contextvars
import ctypes
import queue
import re
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = [
    "CAPTION_CHARS",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_RULE_SECONDS",
    "HEADLINE_CHARS",
    "PARSE_TOKENS_PER_STORY",
    "Outcome",
    "cut_point",
    "run_within",
]

#: Body characters the model reads (about 18,000 tokens of news text); the rest is not annotated.
DEFAULT_MAX_CHARS = 100_000
#: CPU seconds the rules may spend on one story, entities and quotes together (a normal story
#: takes a few milliseconds): with the model's share, a story ends within a minute whatever the rules do.
DEFAULT_RULE_SECONDS = 30.0
HEADLINE_CHARS = 1_000
#: How long a stopped rules thread gets to unwind (it stops at its next Python instruction).
STOP_WAIT_SECONDS = 1.0
#: The budget is CPU time; wall time may run this many times longer (a loaded machine) at most.
WALL_FACTOR = 6
POLL_SECONDS = 0.05
CAPTION_CHARS = 10_000
#: Tokens the dependency parser may read in one story. Speaker attribution parses the sentence
#: of a quotation only when the tag frames name no speaker (a PolNeAR dev story parses 95 tokens
#: at the median, 347 at most); past this the frames alone decide, so a story of a thousand
#: quotations in one unbroken paragraph (16,000 tokens, 300,000 parsed before: 21-45 CPU s,
#: against the 30 s budget) costs the parser well under a second.
PARSE_TOKENS_PER_STORY = 5_000

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
    #: CPU seconds the call used (wall seconds where there is no per-thread CPU clock).
    used: float = 0.0


def run_within(seconds: float, call: Callable[[], T]) -> Outcome[T]:
    """Run ``call()`` on the calling thread's rules thread for at most ``seconds`` of that
    thread's CPU time (on a shared machine a wall-clock budget would cut work short that an idle
    one finishes), and at most ``WALL_FACTOR`` times that in wall time whatever happens; on
    time-out the call is stopped (see the module docstring) and ``Outcome.timed_out`` is set."""
    runner = _RulesThread.of_caller()
    job: _Job[T] = _Job(call)
    started = time.monotonic()
    # The caller only sleeps until the call ends or a poll is due: waking it while the call runs
    # would make it take the GIL from the rules thread.
    runner.jobs.put(job)
    used = 0.0
    while not job.done.wait(min(POLL_SECONDS, seconds)):
        wall = time.monotonic() - started
        used = runner.used_since(job.cpu_at_start, wall)
        if used >= seconds or wall >= WALL_FACTOR * seconds:
            # The thread is retired whatever happens next: the exception may land after the call
            # has ended, and it must not land in the next story's.
            runner.retire()
            _stop(runner.thread)
            runner.thread.join(STOP_WAIT_SECONDS)
            return Outcome(timed_out=True, stopped=not runner.thread.is_alive(), used=used)
    return job.outcome


class _Job(Generic[T]):
    """One call handed to a rules thread, with what the caller waits on."""

    def __init__(self, call: Callable[[], T]) -> None:
        self.call = call
        # The call runs in the caller's context variables, as a direct call would: thinc keeps
        # its current backend in one, and a thread without it builds its own on first use.
        self.context = contextvars.copy_context()
        self.outcome: Outcome[T] = Outcome()
        self.done = threading.Event()
        #: The rules thread's CPU clock when it took the job (None until then).
        self.cpu_at_start: float | None = None


class _RulesThread:
    """The thread that runs the rules for one calling thread, kept for the calls that follow.

    Starting a thread per call cost ~1.7 ms of CPU a story (``docs/speed-log.md``): the thread's
    start and, in spaCy's parser, a first call per thread that builds thinc's backend anew. A
    thread whose call timed out is retired and ends, and the caller's next call starts a new
    one; when the calling thread ends (a runner's pool retiring it), its rules thread ends too.
    """

    _of_caller = threading.local()

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.retired = False
        self.clock: list[int | None] = [None]
        ready = threading.Event()
        # The thread holds the queue and the clock, not this object: when the calling thread ends
        # its thread-local drops this object, and the finaliser tells the rules thread to end.
        self.thread = threading.Thread(
            target=_serve, args=(self.jobs, self.clock, ready), name="wire-ingest-rules", daemon=True
        )
        weakref.finalize(self, self.jobs.put, None)
        self.thread.start()
        ready.wait()

    @classmethod
    def of_caller(cls) -> _RulesThread:
        runner = getattr(cls._of_caller, "runner", None)
        if runner is None or runner.retired or not runner.thread.is_alive():
            runner = cls._of_caller.runner = cls()
        return runner

    def retire(self) -> None:
        self.retired = True
        self.jobs.put(None)

    def used_since(self, cpu_at_start: float | None, wall: float) -> float:
        """CPU seconds the thread spent since ``cpu_at_start`` (``wall`` without a CPU clock)."""
        clock = self.clock[0]
        if clock is None:
            return wall
        if cpu_at_start is None:  # not taken up yet: only the wall-time bound applies
            return 0.0
        try:
            return time.clock_gettime(clock) - cpu_at_start
        except OSError:  # the thread ended between two readings
            return wall


def _serve(jobs: queue.SimpleQueue[_Job | None], clock: list[int | None], ready: threading.Event) -> None:
    """A rules thread's loop: run each job handed over until told to end (None) or stopped."""
    # The thread reads its own clock id while it is alive: asked from outside, the thread may
    # have ended already, and glibc's pthread_getcpuclockid then reads freed memory (a segfault
    # seen once in the test suite on a busy machine).
    own = clock[0] = _own_cpu_clock()
    ready.set()

    def now() -> float:
        return time.clock_gettime(own) if own is not None else time.monotonic()

    try:
        while (job := jobs.get()) is not None:
            job.cpu_at_start = start = now()
            try:
                job.outcome.value = job.context.run(job.call)
            except BudgetExceeded:
                raise
            except BaseException as err:  # handed to the caller
                job.outcome.error = err
            finally:
                job.outcome.used = now() - start
                job.done.set()
    except BudgetExceeded:  # stopped after a time-out: the thread ends
        pass


def _own_cpu_clock() -> int | None:
    """The CPU-time clock of the calling thread (Linux and most POSIX), or None: wall time then.
    Reading it later from another thread is a system call on the id, safe after the thread ends
    (``used_since`` falls back to wall time on the error it gets then)."""
    try:
        return time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError, TypeError):
        return None


def _stop(thread: threading.Thread) -> None:
    ident = thread.ident
    if ident is not None and thread.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(BudgetExceeded))
