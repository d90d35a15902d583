"""``wire-ingest evaluate quotes``: the product's annotator scored on a PolNeAR-format folder.

The folder holds ``text/<doc>.txt`` (first line the headline, paragraphs separated
by a blank line) and ``attributions/<doc>_<annotator>.ann`` (brat standoff). The
scoring rules are those of the shared ``score_quotes.py``:

- gold quotes are attributions whose content holds at least 4 words inside quotation
  marks (the quoted words only), from the first annotator's file;
- a prediction matches a gold quote when the Dice overlap of their word multisets is
  >= 0.5 (one-to-one, greedy, best first); predictions under 4 words are ignored;
- named-speaker accuracy: over matched quotes whose gold source names someone (a
  capitalised word that is not a title or pronoun), the share whose predicted speaker
  shares a word with that source.

Each article's body is the file after its headline line, unchanged, so offsets map back
to the file. The product's quotes are turned into one prediction per attribution (the
halves of a quote split around its cue and the paragraphs of a continued quote are one
piece of content in PolNeAR; see ``attribution_groups``); scare quotes and titles are not
speech and make no prediction. Beside the scores the command
prints the article count, how many articles raised inside the annotator (flagged
``annotations_skipped:error=...``; should be 0) and the annotator's throughput.

Articles are split by publisher (the file name up to its first ``_``): the scores are given
for all articles and, apart, for the *check* publishers (``--check-publishers``; by default
``breitbart`` and ``huff-post``, the two of PolNeAR dev's seven publishers with the lowest
SHA-256 of their name, a choice made before any figure was seen) and the *dev* rest. The
rules are developed on the dev part only; the check part is measured, never tuned on. A folder
with none of the check publishers is scored as one part.

PolNeAR never resolves a pronoun or a description ("he said", "the union wrote"). With
``--resolved FILE`` (a TSV of hand-resolved cases: document, the Content and Source offsets in
the article file, the name the article means; see ``tests/evaluate/data``) the command also
scores resolution: over those cases whose quote the annotator found, the share whose speaker
shares a name word with the resolved name (the named-speaker rule), and how many were left
empty or named someone else, for all articles and per part. ``--resolved`` may be given more
than once (the dev part's cases and the check part's are kept in two files); the cases of all
the files are scored together, each in the part its article belongs to.

    wire-ingest evaluate quotes --polnear ../shared/eval/polnear-dev [--spacy-model NAME|PATH]
        [--resolved tests/evaluate/data/polnear_dev_resolved_speakers.tsv
         --resolved tests/evaluate/data/polnear_check_resolved_speakers.tsv]
        [--check-publishers breitbart,huff-post]
        [--predictions-out predictions.jsonl]   # the shared score_quotes.py reads this file
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Story

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "his", "her", "him", "them", "who"}
TITLES = {"the", "a", "an", "mr", "mrs", "ms", "sen", "rep", "gov", "dr", "president"}
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_CLOSING = {"“": "”", '"': '"', "«": "»"}
MIN_WORDS = 4
DICE_THRESHOLD = 0.5


@dataclass
class GoldQuote:
    words: list[str]
    source: str | None


def tokens(text: str | None) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text or "")]


def quoted_segments(text: str) -> list[str]:
    """The text inside each pair of quotation marks; an unclosed mark runs to the end."""
    segments, i = [], 0
    while i < len(text):
        closing = _CLOSING.get(text[i])
        if closing is None:
            i += 1
            continue
        j = text.find(closing, i + 1)
        if j == -1:
            segments.append(text[i + 1 :])
            break
        segments.append(text[i + 1 : j])
        i = j + 1
    return segments


def parse_brat(path: Path) -> tuple[dict[str, list[tuple[int, int]]], list[dict[str, str]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            tid, meta = line.split("\t", 2)[:2]
            _, offsets = meta.split(" ", 1)
            spans[tid] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]  # type: ignore[misc]
        elif re.match(r"E\d+\t", line):
            events.append(dict(arg.split(":", 1) for arg in line.split("\t", 1)[1].split()))
    return spans, events


def gold_quotes(corpus: Path) -> dict[str, list[GoldQuote]]:
    out: dict[str, list[GoldQuote]] = {}
    for txt in sorted((corpus / "text").glob("*.txt")):
        doc = txt.stem
        anns = sorted((corpus / "attributions").glob(f"{doc}_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        spans, events = parse_brat(anns[0])
        quotes = []
        for roles in events:
            if "Content" not in roles:
                continue
            pieces = spans[roles["Content"]]
            # One character either side so the content's own quotation marks are seen.
            content = text[max(0, pieces[0][0] - 1) : pieces[-1][1] + 1]
            words = [t for segment in quoted_segments(content) for t in tokens(segment)]
            if len(words) < MIN_WORDS:
                continue
            source = None
            if "Source" in roles:
                source = " ".join(text[a:b] for a, b in spans[roles["Source"]])
            quotes.append(GoldQuote(words, source))
        out[doc] = quotes
    return out


def dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((collections.Counter(a) & collections.Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def source_names(source: str | None) -> set[str] | None:
    """The name words of a gold source, or None when it names nobody ('he', 'the official')."""
    names = set()
    for word in _NAME_WORD.findall(source or ""):
        bare = word.lower().strip(".")
        if word[0].isupper() and bare not in PRONOUNS | TITLES:
            names.add(bare)
    return names or None


def score(gold: dict[str, list[GoldQuote]], predictions: dict[str, list[tuple[str, str | None]]]) -> dict[str, object]:
    tp = fp = fn = speaker_ok = speaker_n = 0
    for doc, golds in gold.items():
        preds = [(tokens(t), s) for t, s in predictions.get(doc, []) if len(tokens(t)) >= MIN_WORDS]
        pairs = sorted(
            ((dice(p[0], g.words), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True
        )
        matched_p: set[int] = set()
        matched_g: set[int] = set()
        for d, i, j in pairs:
            if d < DICE_THRESHOLD:
                break
            if i in matched_p or j in matched_g:
                continue
            matched_p.add(i)
            matched_g.add(j)
            names = source_names(golds[j].source)
            if names:
                speaker_n += 1
                speaker_ok += bool(set(tokens(preds[i][1])) & names)
        tp += len(matched_g)
        fp += len(preds) - len(matched_p)
        fn += len(golds) - len(matched_g)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "quote_precision": round(p, 3),
        "quote_recall": round(r, 3),
        "quote_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "named_speaker_accuracy": round(speaker_ok / speaker_n, 3) if speaker_n else None,
        "gold_quotes": tp + fn,
        "predicted_quotes": tp + fp,
        "named_speaker_cases": speaker_n,
    }


def story_from_polnear_text(doc: str, text: str) -> tuple[Story, int]:
    """The article as a Story and the offset of its body in the file.

    The first line is the headline; the body is the rest of the file from its first
    non-blank character, unchanged (paragraphs stay separated by blank lines), so a
    file offset is ``body offset + base``.
    """
    first_break = text.find("\n")
    headline = text[:first_break].strip() if first_break != -1 else text.strip()
    base = first_break + 1 if first_break != -1 else len(text)
    while base < len(text) and text[base] in "\n\r \t":
        base += 1
    story = Story(story_id=doc, format="polnear", source=doc, headline=headline or None, body=text[base:])
    return story, base


def story_from_polnear(path: Path) -> tuple[Story, int]:
    return story_from_polnear_text(path.stem, path.read_text(encoding="utf-8"))


@dataclass
class Attributed:
    """One predicted attribution: its quotes' text joined, its speaker, and where it lies in the
    body (from the first quote's start to the last one's end)."""

    text: str
    speaker: str | None
    start: int
    end: int


def attributions_for(story: Story) -> list[Attributed]:
    """One prediction per attribution: the halves of a split quote and the paragraphs of a
    continued quote are one piece of content in PolNeAR, so they are joined here. Scare
    quotes and titles (“Fox and Friends”) are the annotator's judgement that a quotation is
    not anyone's speech, so they make no attribution. A quotation opened by a mark the gold's
    definition of a quote leaves out (``quoted_segments``: only “, " and « open one) makes none
    either: two apostrophes or backticks (''…'', ``…''), a closing-shaped mark (”…”), „…“
    (``outside_gold_marks`` counts them)."""
    groups = [g for g in _speech_groups(story) if _opened_by_gold_mark(story.body, g[0].start)]
    return [
        Attributed(" ".join(q.text for q in group), group[0].speaker, group[0].start, max(q.end for q in group))
        for group in groups
    ]


def _speech_groups(story: Story) -> list[list]:
    from pipeline.annotate.quote_groups import attribution_groups

    return [g for g in attribution_groups(story.body, story.quotes) if any(q.kind != "scare" for q in g)]


def _opened_by_gold_mark(body: str, start: int) -> bool:
    """Whether the quotation starting at ``start`` opens with a mark the gold counts (“, " or «)."""
    return body[:start].rstrip().endswith(tuple(_CLOSING))


def outside_gold_marks(stories: list[Story]) -> int:
    """How many attributions ``attributions_for`` leaves out for their marks (''…'', ”…”, „…“)."""
    return sum(not _opened_by_gold_mark(s.body, g[0].start) for s in stories for g in _speech_groups(s))


def predictions_for(stories: list[Story]) -> dict[str, list[tuple[str, str | None]]]:
    return {story.story_id: [(a.text, a.speaker) for a in attributions_for(story)] for story in stories}


def publisher(doc: str) -> str:
    """A PolNeAR article's publisher: its file name up to the first underscore."""
    return doc.split("_", 1)[0]


# The check publishers of polnear-dev (see the module docstring for how they were chosen).
CHECK_PUBLISHERS = ("breitbart", "huff-post")


def score_parts(
    gold: dict[str, list[GoldQuote]],
    predictions: dict[str, list[tuple[str, str | None]]],
    check_publishers: Sequence[str],
) -> dict[str, dict[str, object]]:
    """Scores for the dev and check parts of ``gold``; empty when one part would hold everything."""
    check = {doc for doc in gold if publisher(doc) in set(check_publishers)}
    if not check or check == set(gold):
        return {}
    return {
        "dev": score({d: g for d, g in gold.items() if d not in check}, predictions)
        | {"articles": len(gold) - len(check)},
        "check": score({d: g for d, g in gold.items() if d in check}, predictions) | {"articles": len(check)},
    }


@dataclass
class ResolvedCase:
    """A gold quote whose source is a pronoun or description, resolved by hand to a name."""

    doc: str
    content_start: int  # offsets into the article file
    content_end: int
    speaker: str


def read_resolved(path: Path) -> list[ResolvedCase]:
    """The cases of a resolved-speakers TSV (``#`` comments, a header line, then one case a line)."""
    cases = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 6:
            raise ValueError(f"resolved-speakers file {str(path)!r}: line {number} has {len(fields)} fields, not 6")
        doc, content_start, content_end, _, _, speaker = fields
        cases.append(ResolvedCase(doc, int(content_start), int(content_end), speaker))
    return cases


def score_resolution(cases: list[ResolvedCase], found: dict[str, tuple[int, list[Attributed]]]) -> dict[str, object]:
    """How the annotator's speakers compare with hand-resolved ones. ``found``: per document,
    the body's offset in the article file and the predicted attributions. A case counts when a
    prediction overlaps its quote; right when the speaker shares a name word with the name."""
    right = wrong = empty = missed = 0
    for case in cases:
        if case.doc not in found:
            continue
        base, predicted = found[case.doc]
        overlaps = [
            (min(case.content_end, a.end + base) - max(case.content_start, a.start + base), index)
            for index, a in enumerate(predicted)
        ]
        overlap, index = max(overlaps, default=(0, -1))
        if overlap <= 0:
            missed += 1
            continue
        speaker = predicted[index].speaker
        names = source_names(case.speaker) or set()
        if not speaker:
            empty += 1
        elif set(tokens(speaker)) & names:
            right += 1
        else:
            wrong += 1
    counted = right + wrong + empty
    return {
        "resolved_accuracy": round(right / counted, 3) if counted else None,
        "resolved_cases": counted,
        "resolved_right": right,
        "resolved_wrong": wrong,
        "resolved_empty": empty,
        "resolved_quote_missed": missed,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wire-ingest evaluate quotes", description="Score the quote annotator on a PolNeAR-format folder."
    )
    parser.add_argument("--polnear", required=True, type=Path, help="folder with text/ and attributions/")
    parser.add_argument("--spacy-model", default=None, help="spaCy model package name or path")
    parser.add_argument("--predictions-out", type=Path, default=None, help="write predictions as JSON lines here")
    parser.add_argument(
        "--resolved",
        type=Path,
        action="append",
        default=None,
        help="TSV of hand-resolved pronoun/description speakers (repeatable: the cases of all files are scored)",
    )
    parser.add_argument(
        "--check-publishers",
        default=",".join(CHECK_PUBLISHERS),
        help="comma-separated publishers scored apart as the check part (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator

    texts = sorted((args.polnear / "text").glob("*.txt"))
    if not texts:
        parser.error(f"no text/*.txt in --polnear {str(args.polnear)!r}")
    try:
        cases = [case for path in args.resolved for case in read_resolved(path)] if args.resolved else None
    except (OSError, ValueError) as exc:
        parser.error(f"--resolved: {exc}")
    loaded = [story_from_polnear(path) for path in texts]
    stories = [story for story, _ in loaded]
    try:
        annotator = StoryAnnotator(args.spacy_model or DEFAULT_MODEL)
    except ValueError as exc:
        print(f"wire-ingest evaluate quotes: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    annotator.annotate(stories)
    elapsed = time.perf_counter() - started
    raised = sum(any(f.startswith("annotations_skipped:error=") for f in s.flags) for s in stories)

    attributed = {story.story_id: (base, attributions_for(story)) for story, base in loaded}
    predictions = {doc: [(a.text, a.speaker) for a in found] for doc, (_, found) in attributed.items()}
    if args.predictions_out:
        with args.predictions_out.open("w", encoding="utf-8") as out:
            for doc, quotes in predictions.items():
                for text, speaker in quotes:
                    out.write(json.dumps({"doc": doc, "text": text, "speaker": speaker}, ensure_ascii=False) + "\n")
    gold = gold_quotes(args.polnear)
    result = score(gold, predictions)
    result["articles"] = len(stories)
    result["predictions_outside_gold_marks"] = outside_gold_marks(stories)
    result["articles_raised"] = raised
    result["stories_per_second"] = round(len(stories) / elapsed, 2) if elapsed > 0 else None
    check = [p.strip() for p in args.check_publishers.split(",") if p.strip()]
    parts = score_parts(gold, predictions, check)
    if cases is not None:
        result |= score_resolution(cases, attributed)
        for name, part in parts.items():
            keep = {doc: found for doc, found in attributed.items() if (publisher(doc) in check) == (name == "check")}
            part |= score_resolution(cases, keep)
    if parts:
        result["parts"] = parts
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
