"""Mentions the model made that name nothing: the words of a page notice, a copyright notice's
own word, a common noun opening a sentence, and a plural noun for people read as an organisation.

Crawled pages carry lines that speak to the reader about the page ("Please enable Javascript to
play this clip", "Download our news app": ``lexicons/page_notices.txt``); the model reads
"Javascript" and "Download" as persons. "Copyright 2015 KLTV" makes "Copyright" an organisation or
a person. And a sentence that opens with a common noun ("Gunfire broke out before midnight") has its
capitalised first word read as a person's name ("Family members said" as a product, "Man
Charged …" as a place); when the story also writes the word in lower case ("… heard gunfire"),
it is that noun, not a name, unless the census lists it as one ("Rice", "Bush": a person's name
may be a word too). Not for an organisation: "Army officials said … the army said" names the
army. Each test reads the body's characters only.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons

_NOTICE = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted(lexicons.words("page_notices.txt"), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE | re.MULTILINE,
)


def without_non_names(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """``mentions`` (text, start, end, label) without those that name nothing (module doc)."""
    notices = [(m.start(), _line_end(body, m.start())) for m in _NOTICE.finditer(body)]
    out = []
    for mention in mentions:
        text, start, _, label = mention
        if any(a <= start < b for a, b in notices):
            continue
        if text.lower() == "copyright":
            continue
        if label != "ORG" and _common_noun_opening(body, text, start, person=label == "PERSON"):
            continue
        if label == "ORG" and _people_opening(body, text, start):
            continue
        out.append(mention)
    return out


def _line_end(body: str, start: int) -> int:
    end = body.find("\n", start)
    return len(body) if end == -1 else end


def _people_opening(body: str, word: str, start: int) -> bool:
    """Whether ``word``, one capitalised word at ``start``, is the plural of a noun for people
    ("Workers", "Residents") opening a sentence or following a dateline's dash ("GDANSK, Poland -
    Workers at the shipyard …"): people, never an organisation by that word alone."""
    if " " in word or not word[:1].isupper() or not word[1:].islower() or not word.endswith("s"):
        return False
    lower = word.lower()
    if lower[:-1] not in lexicons.role_nouns() or lower in lexicons.mapping("organisation_kinds.tsv"):
        return False
    before = body[max(0, start - 3) : start]
    return not start or before.endswith("\n") or re.search(r"(?:[.!?][”\"’']?|\s[-–—])\s$", before) is not None


def _common_noun_opening(body: str, word: str, start: int, *, person: bool) -> bool:
    """Whether ``word``, one capitalised word at ``start``, opens a sentence and is a common noun
    the story writes in lower case elsewhere; read as a ``person``, also no census name."""
    if " " in word or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    before = body[max(0, start - 3) : start]
    if start and not (before.endswith("\n") or re.search(r"[.!?][”\"’']?\s$", before)):
        return False
    lower = word.lower()
    if lower not in body or person and (lexicons.is_given_name(word) or lexicons.is_surname(word)):
        return False  # (a substring test first: the pattern below is built for each word)
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", body) is not None
