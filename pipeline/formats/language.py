"""Language detection for stories whose metadata names no language.

Uses ``langdetect`` (a pure-Python port of Google's language-detection, Apache
2.0, profiles shipped in the package) with its own seeded factory, so the same
text gets the same answer in every process and run; the global
``langdetect.DetectorFactory`` is left alone.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

#: Fewer words than this and the guess is too often wrong to record.
MIN_WORDS = 12
#: The winning language must be at least this probable.
MIN_PROBABILITY = 0.80
_SAMPLE_CHARS = 4000
# ISO 639 codes for "undetermined", "multiple", "no linguistic content": detect instead.
_NOT_A_LANGUAGE = {"und", "mul", "zxx", "mis"}
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


@functools.lru_cache(maxsize=1)
def _factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    profiles = []
    # Sorted: os.listdir order differs between file systems.
    for name in sorted(os.listdir(PROFILES_DIRECTORY)):
        path = os.path.join(PROFILES_DIRECTORY, name)
        if not name.startswith(".") and os.path.isfile(path):
            with open(path, encoding="utf-8") as handle:
                profiles.append(handle.read())
    factory.load_json_profile(profiles)
    factory.seed = 0
    return factory


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code (``'en'``, ``'de'``, ``'no'``...) for ``text``, or None
    when the text is too short or no language is clearly ahead."""
    if not text or len(text.split()) < MIN_WORDS:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text[:_SAMPLE_CHARS])
    try:
        best = max(detector.get_probabilities(), key=lambda language: language.prob, default=None)
    except LangDetectException:
        return None
    if best is None or best.prob < MIN_PROBABILITY:
        return None
    return str(best.lang)


def normalize_language(tag: str | None) -> str | None:
    """A metadata language tag in BCP 47 form (``'en_us'`` -> ``'en-US'``,
    ``'DE'`` -> ``'de'``); None for anything that is not a language tag."""
    if not tag:
        return None
    tag = tag.strip()
    if not _TAG.match(tag) or tag.lower() in _NOT_A_LANGUAGE:
        return None
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part.lower())
    return "-".join(out)
