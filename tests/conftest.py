"""Shared test fixtures: paths, and the real spaCy model loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"
SEED_STORY = SAMPLES / "000_02bc4e5f07f762cb.txt"


@pytest.fixture(scope="session")
def seed_story_path() -> Path:
    return SEED_STORY


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
