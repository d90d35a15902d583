"""Event times the dedup stage accepts: a story stamped far from the wall clock is a dead letter
(stage ``dedup``), before it touches any state.

Why: dedup forgets by event time. Streaming state remembers "the newest time seen" per bucket
and forgets everything ``retention`` behind it, so one message stamped in 2099 would make a bucket
forget every story for the life of the job (and its timers would never fire); a story stamped
in 1970 is noise that no window or retention can place. The ranges:

- streaming (the message's time, ``--timestamp-attribute`` or the publish time): at most
  ``STREAMING_AHEAD`` ahead of the wall clock (publishers' clocks drift) and at most
  ``STREAMING_AGE`` behind it (Pub/Sub keeps a message 31 days at most, so anything older is a
  wrong stamp, not a backlog);
- replay (the story's own time, else the file's): from ``REPLAY_EARLIEST`` (wire formats are
  younger than that; 1970 is what an unset clock gives) to ``REPLAY_AHEAD`` past the wall clock
  (a naive local time read as UTC can be up to 14 h ahead).

The check runs right after parsing, so an out-of-range story costs no annotation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.model import DeadLetter, Story, now_millis

__all__ = ["REPLAY", "STREAMING", "CheckEventTimes", "EventTimeRange"]

NAMESPACE = "wire-ingest"
STORIES = "stories"
DEADLETTER = "deadletter"
MINUTE_MS = 60_000
DAY_MS = 24 * 60 * MINUTE_MS


@dataclass(frozen=True)
class EventTimeRange:
    """Accepted event times: from ``earliest_ms`` (absolute) or ``max_age_ms`` behind the wall
    clock, to ``max_ahead_ms`` past it."""

    name: str
    max_ahead_ms: int
    earliest_ms: int | None = None
    max_age_ms: int | None = None

    def problem(self, event_ms: int, now_ms: int) -> str | None:
        """Why ``event_ms`` is refused at wall-clock time ``now_ms``, or None."""
        low = self.earliest_ms if self.earliest_ms is not None else now_ms - (self.max_age_ms or 0)
        high = now_ms + self.max_ahead_ms
        if low <= event_ms <= high:
            return None
        return (
            f"event time {_iso(event_ms)} out of the {self.name} range {_iso(low)} .. {_iso(high)} "
            "(dedup orders and forgets stories by event time; see pipeline/dedup/event_times.py)"
        )


REPLAY_EARLIEST = int(datetime(1975, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)
REPLAY_AHEAD = DAY_MS
STREAMING_AHEAD = 10 * MINUTE_MS
STREAMING_AGE = 31 * DAY_MS
REPLAY = EventTimeRange("replay", max_ahead_ms=REPLAY_AHEAD, earliest_ms=REPLAY_EARLIEST)
STREAMING = EventTimeRange("streaming", max_ahead_ms=STREAMING_AHEAD, max_age_ms=STREAMING_AGE)


def _iso(ms: int) -> str:
    try:
        return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return f"{ms} ms"


class _Check(beam.DoFn):
    def __init__(self, accepted: EventTimeRange, deadletter_raw_bytes: int, clock: Callable[[], int]) -> None:
        self.accepted = accepted
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.clock = clock
        self.dead = Metrics.counter(NAMESPACE, "deadlettered")
        self.refused = Metrics.counter(NAMESPACE, "event_time_refused")

    def process(self, story: Story, timestamp=beam.DoFn.TimestampParam):  # noqa: B008
        problem = self.accepted.problem(story.event_time, self.clock())
        if problem is None:
            yield story
            return
        self.dead.inc()
        self.refused.inc()
        dead = DeadLetter.of_story(story, "dedup", problem, max_raw_bytes=self.deadletter_raw_bytes)
        # Stamped with the time it was refused, so a window sink places it on time.
        yield beam.pvalue.TaggedOutput(DEADLETTER, beam.window.TimestampedValue(dead, dead.failed_at / 1000.0))


class CheckEventTimes(beam.PTransform):
    """``Story`` in; ``result.stories`` (event time in range) and ``result.deadletter`` (stage
    ``dedup``, the reason naming the range) out::

        checked = parsed.stories | CheckEventTimes(STREAMING)
    """

    def __init__(
        self,
        accepted: EventTimeRange,
        *,
        deadletter_raw_bytes: int = 64 * 1024,
        clock: Callable[[], int] = now_millis,
    ) -> None:
        super().__init__()
        if not isinstance(accepted, EventTimeRange):
            raise ValueError(f"accepted must be an EventTimeRange (REPLAY or STREAMING), got {accepted!r}")
        self.accepted = accepted
        self.deadletter_raw_bytes = deadletter_raw_bytes
        self.clock = clock

    def expand(self, stories):
        return stories | "Check" >> beam.ParDo(
            _Check(self.accepted, self.deadletter_raw_bytes, self.clock)
        ).with_outputs(DEADLETTER, main=STORIES)
