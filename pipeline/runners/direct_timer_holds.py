"""Local-runner workaround: event-time timers hold the watermark on Beam's streaming DirectRunner.

Why: the dedup stage releases stories from event-time timers (``pipeline.dedup.transform``). In
the Beam model a pending event-time timer holds its transform's output watermark until it fires,
so what the timer emits at its time is on time downstream; Prism, Flink and Dataflow do that.
Beam's BundleBasedDirectRunner (2.77) sets the timer but not the hold (``direct_userstate.py``:
"TODO: add corresponding watermark holds"), so a timer's output reached the window sink behind
the watermark: a late pane file per story near window ends, and with
``--allowed-lateness-seconds 0`` every such story silently dropped (measured: 6 of 6).

The fix is the hold the runner's own machinery already supports for its trigger driver: after a
stateful ``ParDo`` bundle, each key whose timers the bundle set or fired reports its earliest
pending event-time timer (minus Beam's time granularity, as the runner does for pending elements)
as that key's watermark hold; a key with none releases its hold. Nothing else changes: timers
fire as before, and the output watermark stays at most at the earliest pending timer.

``install()`` patches the runner's ``_ParDoEvaluator`` once per process (idempotent); the
streaming runner choice calls it. Remove it once the DirectRunner holds timers itself (check on a
Beam upgrade: ``tests/streaming/test_late_output.py`` fails without it).
"""

from __future__ import annotations

import threading

__all__ = ["install"]

_lock = threading.Lock()
_installed = False


def install() -> None:
    """Make the streaming DirectRunner hold each stateful DoFn's output watermark at its earliest
    pending event-time timer. Safe to call more than once."""
    global _installed
    with _lock:
        if _installed:
            return
        from apache_beam.runners.direct import transform_evaluator

        evaluator = transform_evaluator._ParDoEvaluator
        start_bundle, process_timer, finish_bundle = (
            evaluator.start_bundle,
            evaluator.process_timer,
            evaluator.finish_bundle,
        )

        def start_bundle_with_holds(self) -> None:
            start_bundle(self)
            self._wire_ingest_timer_keys = set()

        def process_timer_with_holds(self, timer_firing) -> None:
            self._wire_ingest_timer_keys.add(timer_firing.encoded_key)
            process_timer(self, timer_firing)

        def finish_bundle_with_holds(self):
            keys = set(getattr(self, "_wire_ingest_timer_keys", ()))
            context = self.user_state_context
            if context is not None:
                keys.update(encoded_key for encoded_key, _, _ in context.cached_timers)
            result = finish_bundle(self)  # commits the bundle's timers into the keyed state
            for key in keys:
                result.keyed_watermark_holds[key] = _earliest_event_timer(self._step_context.get_keyed_state(key))
            return result

        evaluator.start_bundle = start_bundle_with_holds
        evaluator.process_timer = process_timer_with_holds
        evaluator.finish_bundle = finish_bundle_with_holds
        _installed = True


def _earliest_event_timer(state):
    """The hold for one key: just before its earliest event-time timer, or None (no hold)."""
    from apache_beam.transforms.timeutil import TimeDomain
    from apache_beam.utils.timestamp import TIME_GRANULARITY

    pending = [
        timestamp
        for timers in state.timers.values()
        for (_, domain, _), timestamp in timers.items()
        if domain == TimeDomain.WATERMARK
    ]
    return min(pending) - TIME_GRANULARITY if pending else None
