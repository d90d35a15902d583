"""``wire-ingest evaluate quotes`` on a tiny PolNeAR-format folder written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import quotes as evaluate_quotes

ARTICLE = (
    "Mayor Vows Repairs After Storm\n"
    "\n"
    "Mayor Linda Brooks toured the damaged pier on Monday.\n"
    "\n"
    "“We will rebuild every plank of this pier before summer,” Brooks said. “The town depends on it.”\n"
    "\n"
    "Her rival, council member Tom Ferris, was not convinced.\n"
    "\n"
    "“The money for this simply is not in the budget,” he said.\n"
)


def _write_corpus(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc1.txt").write_text(ARTICLE, encoding="utf-8")
    text = ARTICLE
    c1 = text.index("We will rebuild") - 1
    c1_end = text.index("The town depends on it.") + len("The town depends on it.") + 1
    s1 = text.index("Brooks said")
    c2 = text.index("The money") - 1
    c2_end = text.index("budget,”") + len("budget,”")
    s2 = text.index("he said")
    ann = [
        f"T1\tContent {c1 + 1} {c1_end - 1}\t{text[c1 + 1 : c1_end - 1]}",
        f"T2\tSource {s1} {s1 + 6}\tBrooks",
        f"T3\tCue {s1 + 7} {s1 + 11}\tsaid",
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3",
        f"T4\tContent {c2 + 1} {c2_end - 1}\t{text[c2 + 1 : c2_end - 1]}",
        f"T5\tSource {s2} {s2 + 2}\the",
        "E2\tAttribution:T5 Content:T4 Source:T5",
    ]
    (root / "attributions" / "doc1_ab12.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return root


def test_scores_the_product_annotator(tmp_path, capsys):
    corpus = _write_corpus(tmp_path / "polnear")
    out = tmp_path / "predictions.jsonl"
    assert evaluate_quotes.main(["--polnear", str(corpus), "--predictions-out", str(out)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["gold_quotes"] == 2
    assert result["quote_precision"] == result["quote_recall"] == result["quote_f1"] == 1.0
    # Only the first quote's source names someone ("he" does not); Brooks it is.
    assert result["named_speaker_cases"] == 1 and result["named_speaker_accuracy"] == 1.0
    assert result["articles"] == 1 and result["articles_raised"] == 0
    assert result["stories_per_second"] > 0
    predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # The quote split around "Brooks said" is one attribution, as the corpus annotates it.
    assert {
        "doc": "doc1",
        "text": "We will rebuild every plank of this pier before summer, The town depends on it.",
        "speaker": "Linda Brooks",
    } in predictions
    assert {p["speaker"] for p in predictions} == {"Linda Brooks", "Tom Ferris"}


def test_story_body_keeps_file_offsets():
    story, base = evaluate_quotes.story_from_polnear_text("doc", ARTICLE)
    assert story.headline == "Mayor Vows Repairs After Storm"
    assert ARTICLE[base:] == story.body
    assert story.body.startswith("Mayor Linda Brooks")


def test_scoring_rules_match_the_reference():
    gold = {
        "d": [
            evaluate_quotes.GoldQuote("a b c d e".split(), "Sen. Jane Roe"),
            evaluate_quotes.GoldQuote("f g h i".split(), "he"),
        ]
    }
    preds = {"d": [("a b c d x", "Jane Roe"), ("f g h i", None), ("too short", None), ("p q r s", None)]}
    result = evaluate_quotes.score(gold, preds)
    assert (result["quote_precision"], result["quote_recall"]) == (round(2 / 3, 3), 1.0)
    assert result["named_speaker_cases"] == 1 and result["named_speaker_accuracy"] == 1.0


def test_quoted_segments_and_unclosed_marks():
    assert evaluate_quotes.quoted_segments('x “a b” y "c d" z «e»') == ["a b", "c d", "e"]
    assert evaluate_quotes.quoted_segments("“open to the end") == ["open to the end"]


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(SystemExit):
        evaluate_quotes.main(["--polnear", str(tmp_path / "nowhere")])


def test_unknown_model_is_reported_not_raised(tmp_path, capsys):
    corpus = _write_corpus(tmp_path / "polnear")
    assert evaluate_quotes.main(["--polnear", str(corpus), "--spacy-model", "no_such_model_xyz"]) == 2
    assert "no_such_model_xyz" in capsys.readouterr().err


def test_scare_quotes_and_titles_make_no_prediction():
    from pipeline.model import Quote, Story

    body = "He appeared on “Fox and Friends This Morning” to say “we will win this state easily.”"
    title = Quote(text="Fox and Friends This Morning", start=16, end=44, kind="scare")
    speech = Quote(text="we will win this state easily.", start=54, end=84, kind="partial", speaker="Ann Lee")
    story = Story(story_id="d", format="test", body=body, quotes=[title, speech])
    assert evaluate_quotes.predictions_for([story]) == {"d": [("we will win this state easily.", "Ann Lee")]}


def test_a_quotation_in_marks_the_gold_does_not_count_makes_no_prediction():
    # The gold's quotes are the words inside “ ”, " " or « »; the product reads ''…'' (and ``…'')
    # as quotations too, and those are left out of the predictions, and counted.
    from pipeline.model import Quote, Story

    body = "''We will win this state easily,'' Ann Lee said.\n\n“The polls are wrong again,” Tom Dunn said."
    first = Quote(text="We will win this state easily,", start=2, end=32, kind="full", speaker="Ann Lee")
    second = Quote(text="The polls are wrong again,", start=51, end=77, kind="full", speaker="Tom Dunn")
    assert body[first.start : first.end] == first.text and body[second.start : second.end] == second.text
    story = Story(story_id="d", format="test", body=body, quotes=[first, second])
    assert evaluate_quotes.predictions_for([story]) == {"d": [("The polls are wrong again,", "Tom Dunn")]}
    assert evaluate_quotes.outside_gold_marks([story]) == 1


def test_a_quotation_opened_by_a_mark_outside_the_gold_s_set_makes_no_prediction():
    # A quotation typed ”…” (its opening mark the closing shape, as some copy types it) or „…“
    # is a quotation to the product, but the gold's quoted words come only from marks opened by
    # “, " or «: no gold quote can hold it, so it is left out and counted like ''…''.
    from pipeline.model import Quote, Story

    body = '”We will win this state easily,” Ann Lee said. „Das ist gut so,“ sagte Jo.\n\n"The polls are wrong again," Tom Dunn said.'
    quotes = []
    for text, speaker in (
        ("We will win this state easily,", "Ann Lee"),
        ("Das ist gut so,", "Jo"),
        ("The polls are wrong again,", "Tom Dunn"),
    ):
        start = body.index(text)
        quotes.append(Quote(text=text, start=start, end=start + len(text), kind="full", speaker=speaker))
    story = Story(story_id="d", format="test", body=body, quotes=quotes)
    assert evaluate_quotes.predictions_for([story]) == {"d": [("The polls are wrong again,", "Tom Dunn")]}
    assert evaluate_quotes.outside_gold_marks([story]) == 2


def _write_two_publishers(root: Path) -> Path:
    """The corpus of ``_write_corpus`` and a second publisher's copy of its article (the check part)."""
    corpus = _write_corpus(root)
    (corpus / "text" / "gazette_doc2.txt").write_text(ARTICLE, encoding="utf-8")
    ann = (corpus / "attributions" / "doc1_ab12.ann").read_text(encoding="utf-8")
    (corpus / "attributions" / "gazette_doc2_ab12.ann").write_text(ann, encoding="utf-8")
    return corpus


def _resolved_file(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A resolved-speakers TSV of (doc, first words of the quote, name) rows over ``ARTICLE``."""
    lines = ["# invented cases", "doc\tcontent_start\tcontent_end\tsource_start\tsource_end\tspeaker"]
    for doc, opening, name in rows:
        start = ARTICLE.index(opening)
        lines.append(f"{doc}\t{start}\t{start + 20}\t0\t2\t{name}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_parts_by_publisher_and_resolution(tmp_path, capsys):
    corpus = _write_two_publishers(tmp_path / "polnear")
    resolved = _resolved_file(
        tmp_path / "resolved.tsv", [("doc1", "The money", "Tom Ferris"), ("gazette_doc2", "The money", "Linda Brooks")]
    )
    argv = ["--polnear", str(corpus), "--resolved", str(resolved), "--check-publishers", "gazette"]
    assert evaluate_quotes.main(argv) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    dev, check = result["parts"]["dev"], result["parts"]["check"]
    assert (dev["articles"], check["articles"], result["articles"]) == (1, 1, 2)
    assert dev["gold_quotes"] == check["gold_quotes"] == 2
    # "he" is Tom Ferris: right in doc1; the second file's gold says Linda Brooks: wrong there.
    assert (dev["resolved_right"], dev["resolved_wrong"]) == (1, 0)
    assert (check["resolved_right"], check["resolved_wrong"]) == (0, 1)
    assert (result["resolved_cases"], result["resolved_accuracy"]) == (2, 0.5)


def test_resolved_files_of_both_parts_are_scored_together(tmp_path, capsys):
    corpus = _write_two_publishers(tmp_path / "polnear")
    # One file per part, as the project keeps them: the dev file's case is given the wrong
    # name on purpose, the check file's two cases the names the article means.
    dev_file = _resolved_file(tmp_path / "dev.tsv", [("doc1", "The money", "Linda Brooks")])
    check_file = _resolved_file(
        tmp_path / "check.tsv", [("gazette_doc2", "The money", "Tom Ferris"), ("gazette_doc2", "We will", "Brooks")]
    )
    argv = ["--polnear", str(corpus), "--check-publishers", "gazette"]
    assert evaluate_quotes.main([*argv, "--resolved", str(dev_file), "--resolved", str(check_file)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    dev, check = result["parts"]["dev"], result["parts"]["check"]
    assert (dev["resolved_cases"], dev["resolved_right"], dev["resolved_wrong"]) == (1, 0, 1)
    assert (check["resolved_cases"], check["resolved_right"], check["resolved_accuracy"]) == (2, 2, 1.0)
    assert (result["resolved_cases"], result["resolved_right"]) == (3, 2)


def test_one_part_when_no_check_publisher_is_in_the_folder(tmp_path, capsys):
    corpus = _write_corpus(tmp_path / "polnear")
    assert evaluate_quotes.main(["--polnear", str(corpus)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "parts" not in result


def test_resolution_counts_an_unfound_quote_apart():
    found = {"d": (10, [evaluate_quotes.Attributed("x", "Ann Lee", 0, 20)])}
    cases = [
        evaluate_quotes.ResolvedCase("d", 12, 25, "Ann Lee"),  # overlaps the prediction (10..30)
        evaluate_quotes.ResolvedCase("d", 40, 60, "Ann Lee"),  # no prediction there
    ]
    result = evaluate_quotes.score_resolution(cases, found)
    assert (result["resolved_right"], result["resolved_quote_missed"], result["resolved_accuracy"]) == (1, 1, 1.0)


def test_a_malformed_resolved_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("doc\tcontent_start\n d1\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv"):
        evaluate_quotes.read_resolved(bad)


def test_the_shipped_resolved_files_read():
    data = Path(__file__).parent / "data"
    dev = evaluate_quotes.read_resolved(data / "polnear_dev_resolved_speakers.tsv")
    check = evaluate_quotes.read_resolved(data / "polnear_check_resolved_speakers.tsv")
    assert len(dev) >= 100 and len(check) >= 30
    assert all(evaluate_quotes.publisher(c.doc) not in evaluate_quotes.CHECK_PUBLISHERS for c in dev)
    assert all(evaluate_quotes.publisher(c.doc) in evaluate_quotes.CHECK_PUBLISHERS for c in check)
