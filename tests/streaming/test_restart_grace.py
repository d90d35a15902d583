"""The grace a subscription that vanished mid-run gets before the run stops (unit: the check is
faked; ``test_streaming_faults.test_an_emulator_restart_is_ridden_out`` shows it on the emulator)."""

import logging

import pytest

from pipeline import pipeline as pipeline_module
from pipeline.options import WireIngestOptions
from pipeline.sources.pubsub import PubSubUnusable

LOG = logging.getLogger("test")


@pytest.fixture
def missing(monkeypatch):
    """The subscription is missing while ``state['missing']`` is true."""
    state = {"missing": True}

    def check(opts, log):
        if state["missing"]:
            raise PubSubUnusable("subscription projects/p/subscriptions/s does not exist (404)")

    monkeypatch.setattr(pipeline_module, "_check_pubsub_access", check)
    return state


def test_a_path_missing_within_the_grace_is_checked_again(missing):
    opts = WireIngestOptions([])
    since = pipeline_module._check_after_failure(opts, LOG, None, now=1000.0)
    assert since == 1000.0
    grace = pipeline_module.UNUSABLE_GRACE_SECONDS
    assert pipeline_module._check_after_failure(opts, LOG, since, now=1000.0 + grace - 1) == 1000.0


def test_a_path_back_within_the_grace_clears_it(missing):
    opts = WireIngestOptions([])
    since = pipeline_module._check_after_failure(opts, LOG, None, now=1000.0)
    missing["missing"] = False
    assert pipeline_module._check_after_failure(opts, LOG, since, now=1010.0) is None


def test_a_path_missing_past_the_grace_stops_the_run_in_one_line(missing):
    opts = WireIngestOptions([])
    grace = pipeline_module.UNUSABLE_GRACE_SECONDS
    with pytest.raises(PubSubUnusable, match="does not exist"):
        pipeline_module._check_after_failure(opts, LOG, 1000.0, now=1000.0 + grace)
