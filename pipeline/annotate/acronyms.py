"""Organisations named both by acronym and in full ("FBI", "Federal Bureau of Investigation").

Four story-level merges: an acronym group joins the group whose name spells it, a department
named without "Department of" joins the department, a body named without the word heading its
name joins the body ("Lumen Digital", "Lumen Digital Exchange"), and a spelled-out form the NER
missed is found in the text for an acronym the story uses. Each is linear in the length of the
body: the spelled-out search walks each run of capitalised words once per start word, never
further than the longest acronym wanted needs (a roster of names is one long run).
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.annotate.groups import Coverage, EntityGroup, normal
from pipeline.annotate.organisations import is_known_place
from pipeline.model import Mention

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# An acronym that keeps a small word's letter in lower case between capitals: "DfE", "MoD", "DoJ".
_SMALL_LETTERS = re.compile(r"[A-Z]+(?:[a-z][A-Z]+)+")
# A run of capitalised words with the small words a spelled-out name keeps inside it.
_NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:of|and|the|for|on|&|[A-Z][\w'’&-]*))*")
_UNIT_OF = re.compile(
    r"^(?:(?:U\.S\.|US|United States|Federal|State)\s+)?(?:Department|Ministry|Office|Bureau|Agency)\s+of\s+(?:the\s+)?(.+)$"
)
# Small words between the capitalised ones that spell an acronym ("Bureau of the Census").
_MAX_SMALL_WORDS_BETWEEN = 3


def acronym(text: str) -> str:
    """The capitals that start the words of ``text``: 'Federal Bureau of Investigation' -> 'FBI'."""
    return "".join(w[0] for w in _WORD.findall(text) if w[0].isupper())


def merge_acronyms(groups: dict[str, EntityGroup]) -> None:
    """'FBI' in a story that also says 'Federal Bureau of Investigation': one organisation."""
    long_forms = {acronym(g.forms.most_common(1)[0][0]): g for g in groups.values() if g.mentions and g.forms}
    for key in list(groups):
        group = groups[key]
        if not group.mentions or not group.key.startswith("name:"):
            continue
        form = group.forms.most_common(1)[0][0]
        target = long_forms.get(form.replace(".", ""))
        if target is None and _SMALL_LETTERS.fullmatch(form):
            # "DfE", "MoD": the small words' letters in lower case ("Department for Education")
            target = long_forms.get("".join(c for c in form if c.isupper()))
        capitals = form.replace(".", "").isupper() or _SMALL_LETTERS.fullmatch(form) is not None
        if target is not None and target is not group and len(form) >= 2 and capitals:
            target.absorb(group)
            del groups[key]


def merge_headless_short_forms(groups: dict[str, EntityGroup]) -> None:
    """ "Lumen Digital" in a story that named "Lumen Digital Exchange" is that exchange: business
    copy drops the word that heads a body's name after the first mention (a word only bodies'
    names end with, or a legal form: ``lexicons.heads_a_body_name``). The
    short form keeps two words or more, is read as an organisation wherever it stands, and names one
    body of the story only."""
    long_forms: dict[str, list[EntityGroup]] = {}
    for group in groups.values():
        if group.mentions and group.key.startswith("name:"):
            for form in group.forms:
                words = normal(form).split()
                if len(words) >= 3 and lexicons.heads_a_body_name(words[-1]):
                    long_forms.setdefault(" ".join(words[:-1]), []).append(group)
    if not long_forms:
        return
    for key in list(groups):
        group = groups[key]
        if not group.mentions or not key.startswith("name:"):
            continue
        if any(label != "ORG" for _, label in group.mentions) or is_known_place(group.forms.most_common(1)[0][0]):
            continue  # (not "New York" the city, in a story that named the New York Times)
        targets = {id(t): t for t in long_forms.get(normal(group.forms.most_common(1)[0][0]), ())}
        if len(targets) == 1 and (target := next(iter(targets.values()))) is not group:
            target.absorb(group)
            del groups[key]


def merge_department_tails(groups: dict[str, EntityGroup]) -> None:
    """ "Homeland Security" in a story that named the "Department of Homeland Security" is
    that department: news copy drops "Department of" after the first mention."""
    departments: dict[str, EntityGroup] = {}
    for group in groups.values():
        if group.mentions and group.key.startswith("name:"):
            for form in group.forms:
                match = _UNIT_OF.match(form)
                if match:
                    departments[normal(match.group(1))] = group
    for key in list(groups):
        group = groups[key]
        if not group.mentions or not key.startswith("name:"):
            continue
        target = departments.get(normal(group.forms.most_common(1)[0][0]))
        if target is not None and target is not group:
            target.absorb(group)
            del groups[key]


def spell_out_acronyms(body: str, groups: dict[str, EntityGroup], covered: Coverage) -> None:
    """An organisation the story names by acronym ("S.E.C.") and spells out where the NER
    missed it ("the federal Securities and Exchange Commission"): the spelled-out form is a
    mention too, and the fuller name.

    From each capitalised word of a run, the longest span whose initials spell a wanted
    acronym is taken; the walk from a word stops once its initials are longer than any
    wanted acronym, so the search costs (words x longest acronym), not (words cubed).
    """
    wanted: dict[str, EntityGroup] = {}
    for group in groups.values():
        if not group.mentions or not group.key.startswith("name:"):
            continue
        forms = list(group.forms)
        letters = {f.replace(".", "") for f in forms if f.replace(".", "").isupper() and f.replace(".", "").isalpha()}
        spelled = any(len(f.split()) >= 2 for f in forms)
        for letters_of in letters:
            if len(letters_of) >= 3 and not spelled:
                wanted[letters_of] = group
    if not wanted:
        return
    longest = max(len(a) for a in wanted)
    for run in _NAME_RUN.finditer(body):
        words = [
            (run.start() + w.start(), run.start() + w.end(), w.group(0)) for w in re.finditer(r"\S+", run.group(0))
        ]
        initials = [acronym(text) for _, _, text in words]
        for i, (start, _, first) in enumerate(words):
            if not first[:1].isupper():
                continue
            ends: list[int] = []
            spelled, small = "", 0
            for j in range(i, len(words)):
                spelled += initials[j]
                small = 0 if words[j][2][:1].isupper() else small + 1
                if len(spelled) > longest or small > _MAX_SMALL_WORDS_BETWEEN:
                    break
                if j > i and words[j][2][:1].isupper() and spelled in wanted:
                    ends.append(words[j][1])
            for end in reversed(ends):  # the longest span that is not already a mention
                if covered.overlaps(start, end):
                    continue
                text = body[start:end]
                group = wanted[acronym(text)]
                group.mentions.append((Mention(text=text, start=start, end=end), "ORG"))
                group.forms[text] += 1
                covered.add(start, end)
                break


_BRACKETED = re.compile(r" \(([A-Z]{2,6})\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,6}) \($")


def bracketed_acronyms(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The acronym a story gives in brackets after an organisation's full name ("the Varno
    Liberation Front (VLF)"), or before the full name in brackets, which the model leaves
    untagged: a mention of it, typed as the name."""
    starts = {start for _, start, _, _ in mentions}
    out = list(mentions)
    for text, start, end, label in mentions:
        if label not in ("ORG", "GPE", "FAC", "EVENT"):
            continue
        match = _BRACKETED.match(body, end)
        if match and match.start(1) not in starts and acronym(text).replace("&", "") == match.group(1):
            out.append((match.group(1), match.start(1), match.end(1), label))
        # The other way round: "the VLF (Varno Liberation Front) said".
        before = _ACRONYM_BEFORE.search(body, max(0, start - 10), start)
        if before and before.start(1) not in starts and acronym(text).replace("&", "") == before.group(1):
            out.append((before.group(1), before.start(1), before.end(1), label))
    return sorted(out, key=lambda m: m[1])
