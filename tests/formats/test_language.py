"""Language detection when the metadata names none."""

from __future__ import annotations

from pipeline.formats import parse_document
from pipeline.formats.language import detect_language, normalize_language
from pipeline.model import RawDocument

GERMAN = (
    "Der Bundestag hat am Dienstag nach einer langen Debatte den Haushalt für das kommende Jahr beschlossen. "
    "Die Opposition kritisierte die geplante Neuverschuldung scharf."
)
SPANISH = (
    "El gobierno anunció el martes un nuevo plan para reducir el precio de la energía, después de varias "
    "semanas de negociaciones con los sindicatos y las empresas del sector."
)


def test_detects_long_enough_text_deterministically():
    assert detect_language(GERMAN) == "de"
    assert detect_language(SPANISH) == "es"
    assert {detect_language(SPANISH) for _ in range(5)} == {"es"}


def test_too_short_text_is_not_guessed():
    assert detect_language("Fed holds rates") is None
    assert detect_language("") is None


def test_metadata_wins_over_detection_and_tags_are_normalised():
    data = b'{"uri": "x", "language": "EN_us", "headline": "H", "body_text": "' + GERMAN.encode() + b'"}'
    (story,) = parse_document(RawDocument("x.json", data))
    assert story.language == "en" and story.raw_metadata["language_tag"] == "en-US"
    assert "language_detected" not in story.raw_metadata
    assert normalize_language("not a tag!") is None
    assert normalize_language("und") is None


def test_parse_document_detects_when_metadata_has_none():
    (story,) = parse_document(RawDocument("es.txt", ("Nuevo plan de energía\n\n" + SPANISH).encode()))
    assert story.language == "es" and story.raw_metadata["language_detected"] == "true"


def test_detection_can_be_skipped_without_changing_the_story_otherwise():
    doc = RawDocument("es.txt", ("Nuevo plan de energía\n\n" + SPANISH).encode())
    (detected,) = parse_document(doc)
    (skipped,) = parse_document(doc, detect_languages=False)
    assert skipped.language is None and "language_detected" not in skipped.raw_metadata
    assert (skipped.story_id, skipped.version, skipped.content_hash, skipped.body) == (
        detected.story_id,
        detected.version,
        detected.content_hash,
        detected.body,
    )
