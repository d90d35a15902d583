"""The verb lists' inflected forms come from a file written from lemminflect (``inflections.tsv``),
so a worker process does not load lemminflect's tables (~0.2 s of its start-up)."""

from __future__ import annotations

import subprocess
import sys

from pipeline.annotate import lexicons
from pipeline.annotate.lexicons import build_inflections


def test_the_file_is_what_lemminflect_gives_for_every_verb_the_lists_name():
    # Fails after a verb list is edited or lemminflect's pin moves, until the file is rewritten:
    #     python -m pipeline.annotate.lexicons.build_inflections
    assert lexicons._inflection_table() == build_inflections.computed()


def test_forms_read_from_the_file():
    assert lexicons.inflections("say") == {"say", "says", "said", "saying"}
    assert lexicons.noun_inflections("report") == {"report", "reports"}
    assert lexicons.noun_inflections("accuse") == frozenset()


def test_a_verb_missing_from_the_file_is_inflected_by_lemminflect():
    assert lexicons.inflections("photosynthesize") >= {"photosynthesize", "photosynthesized", "photosynthesizes"}


def test_loading_the_annotator_does_not_load_lemminflect():
    code = (
        "import sys\n"
        "from pipeline.annotate import DEFAULT_MODEL\n"
        "from pipeline.annotate.annotator import StoryAnnotator\n"
        "StoryAnnotator(DEFAULT_MODEL)\n"
        "print('lemminflect' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "False"
