"""Quotations that are inscriptions: the words on a sign, a T-shirt, a banner or a label.

"Protesters carried signs that read “No Pipeline on Our Land.”", "a binder labeled “Fan
Mail”", "His wife held a sign. It read: “Secure the Border.”": the quoted words are written on
a thing (``lexicons/inscription_nouns.txt``), not said by anyone the story names, so the
quotation is a name-like span (``scare``) with no speaker. A letter, a statement or a post that
"reads" is someone's writing and stays a quotation (``focus_documents``).
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons

_NOUNS = lexicons.words("inscription_nouns.txt")
_READING = r"(?:read|reads|reading|said|says|saying|bore|bears|bearing|declared|declaring|proclaimed|proclaiming)"
# "signs that read", "a T-shirt saying", "The banner read:"
_NOUN_THEN_VERB = re.compile(rf"\b([a-z][\w-]*)\s+(?:(?:that|which)\s+)?{_READING}\s*[:,]?$")
# "A banner hung from a truck read", "a sign on the door reading": the noun a few words before
# "read(s)" or "reading", a phrase about it between
_NOUN_PHRASE_THEN_READ = re.compile(r"\b([a-z][\w-]*)(?:\s+[\w'’-]+){1,5}\s+(?:read|reads|reading)\s*[:,]?$")
# "a hand-lettered sign:"
_NOUN_THEN_COLON = re.compile(r"\b([a-z][\w-]*)\s*:$")
# "a binder labeled", "a folder marked", "a cake emblazoned with"; not a passive ("has been
# labeled “suspicious” by the fire chief": someone's word for it) nor a person's act ("he labeled")
_MARKED = re.compile(
    r"\b(?!(?:be|been|being|was|were|is|are|he|she|they|it|who|had|has|have)\s)[a-z][\w-]*\s+"
    r"(?:labeled|labelled|marked|stamped|emblazoned|inscribed|printed)(?:\s+with)?\s*[:,]?$"
)
# "It read:", "One said,", "Another read": a pronoun for a thing named just before
_PRONOUN_THEN_VERB = re.compile(rf"(?:^|\b)(?:it|one|another|the other)\s+{_READING}\s*[:,]?$")
# the second of two: "signs that read “Homes Not Profits” and “Rent Is Theft.”"
_AFTER_ANOTHER = re.compile(r"[”\"]\s*,?\s*(?:and|or)$")
_LOOK_BACK = 250


def inscribed(text: str, open_mark: int, sentence_start: int) -> bool:
    """Whether the quotation opening at ``open_mark`` holds the words written on a thing:
    after an inscription noun and a verb of reading ("signs that read"), the noun and a colon
    ("a sign:"), a noun "labeled" or "marked", or "it/one/another read" with an inscription noun
    in the sentence or two before it; the second of two such quotations joined by "and"."""
    start = max(sentence_start, open_mark - 80)
    before = text[start:open_mark].rstrip().lower()
    another = _AFTER_ANOTHER.search(before)
    if another is not None:
        closing = another.start()
        opened = max(before.rfind("“", 0, closing), before.rfind('"', 0, closing))
        return opened > 0 and inscribed(text, start + opened, sentence_start)
    if _MARKED.search(before):
        return True
    noun = _NOUN_THEN_VERB.search(before) or _NOUN_THEN_COLON.search(before)
    if noun is not None and noun.group(1) in _NOUNS:
        return True
    for noun in re.finditer(r"[a-z][\w-]*", before[-60:]):
        if noun.group(0) in _NOUNS and _NOUN_PHRASE_THEN_READ.fullmatch(before[-60:], noun.start()):
            return True
    if _PRONOUN_THEN_VERB.search(before):
        recent = text[max(0, open_mark - _LOOK_BACK) : open_mark].lower()
        return any(word in _NOUNS for word in re.findall(r"[a-z][\w-]*", recent))
    return False
