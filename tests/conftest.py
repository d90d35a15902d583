"""Shared test fixtures: paths, and the real spaCy model loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline  # noqa: F401  before any test module imports grpc: its gRPC setting (pipeline/__init__.py)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"
SEED_STORY = SAMPLES / "000_02bc4e5f07f762cb.txt"


@pytest.fixture(scope="session")
def seed_story_path() -> Path:
    return SEED_STORY


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def flink_tools() -> None:
    """Java and Maven, which the Flink runner needs (its job server is fetched from Maven
    Central on first use). Tests skip where they are absent, unless
    ``WIRE_INGEST_REQUIRE_FLINK=1`` (set by ``.ci/run``): then they fail."""
    import os
    import shutil

    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        reason = f"{' and '.join(missing)} not on PATH: the Flink runner needs Java and Maven"
        if os.environ.get("WIRE_INGEST_REQUIRE_FLINK") == "1":
            pytest.fail(f"{reason} (WIRE_INGEST_REQUIRE_FLINK=1)")
        pytest.skip(reason)
