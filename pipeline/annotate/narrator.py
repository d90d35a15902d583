"""Who "I" is in a first-person piece: the author a column, essay or letter names in its byline or
in the short biography that closes it.

An op-ed or essay tells its own story ("I shrugged and said, “Nobody is moving away.”"), and
its author is named once, outside the prose: a line "By Jane Roe" at the top or a closing note
"Jane Roe is a playwright in Boston." (sometimes with a handle, an em dash or "— Jane Roe, …").
Only a story that says "I" in its own narration (outside quotation marks) at least
``MIN_NARRATION`` times has a narrator: news copy says "I" inside quotations, and a staff byline
over a news story names no speaker of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# "I" this many times outside quotation marks makes the piece first-person.
MIN_NARRATION = 3
# A closing biography is short; a longer last paragraph is prose.
MAX_BIO_WORDS = 70

_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
# "Jane Roe is a playwright …", "Jane Roe, a professor at …, is …", "— Jane Roe (@jroe) is …".
_BIO = re.compile(rf"^[—–-]*\s*({_NAME})(?:\s*\([^)]*\))?(?:,|\s+(?:is|was|has|teaches|writes|lives)\b)")
_BYLINE = re.compile(rf"^By\s+({_NAME})\s*[,.]?")
_I = re.compile(r"\bI\b")


def narrator_name(text: str, people: Collection[str], quoted: Callable[[int], bool]) -> str | None:
    """The person ``text`` is told by, as one of the story's person names ``people``; None unless
    the story says "I" outside quotation marks (``quoted(offset)`` tells) at least
    ``MIN_NARRATION`` times and a byline or a closing biography names a person of ``people``."""
    narration = 0
    for match in _I.finditer(text):
        narration += not quoted(match.start())
        if narration >= MIN_NARRATION:
            break
    else:
        return None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if not paragraphs:
        return None
    found = None
    last = paragraphs[-1]
    if len(last.split()) <= MAX_BIO_WORDS:
        match = _BIO.match(last)
        found = match.group(1) if match else None
    if found is None:
        match = _BYLINE.match(paragraphs[0])
        found = match.group(1) if match else None
    if found is None:
        return None
    if found in people:
        return found
    # The entity may hold a fuller form ("Jane A. Roe"): the one with that surname and given name.
    given, surname = found.split()[0], found.split()[-1]
    same = [name for name in people if name.split()[-1] == surname and given in name.split()]
    return same[0] if len(same) == 1 else None
