"""Names in a family: relatives named by a given name alone, couples joined by "and", and which
of several namesakes a sentence's subject names.

Copy names a relative by the given name alone when the surname is the family's ("His wife,
Hildegard,", "Anyanwu's husband, Chukwuemeka,"), and a couple once for both ("Walter and Ruth
Kessler"); the full forms it implies name the entities (as a caption's fuller name does) while the
mentions keep their own spans. ``names_a_subject`` tells ``person_groups.split_shared_surnames`` which
namesake a sentence names as its subject, from the tags (the parse is not run for entities).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word, is_passive
from pipeline.annotate.groups import Coverage
from pipeline.annotate.organisations import is_known_place, set_off_after_kin
from pipeline.annotate.persons import surname_at

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD"})
_KIN_SHARING = lexicons.words("kin_sharing_surnames.txt")
_KIN_NOUNS = lexicons.words("kin_nouns.txt")
_KIN_AND_NAME = re.compile(r"\b([a-z]+), ([A-Z][a-z]+(?:-[A-Z][a-z]+)?),")
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+")
# "His wife, ", "Anyanwu’s husband, ", "Colonel Drayke's wife, ": the owner and the kin noun
# before a name set off by commas.
_KIN_OWNER = re.compile(r"\b((?:[A-Z][\w-]*\.? ){0,2}[A-Z][\w-]*\.?(?:['’]s|['’])?|[Hh]is|[Hh]er)\s+([a-z]+)\s*,\s*$")


# The most words a relative clause set off after a name runs before its closing comma.
_RELATIVE_CLAUSE_WORDS = 25


def _past_relative_clause(doc: Doc, k: int) -> int:
    """The token after the comma that closes a relative clause opening at ``k`` (after "who" or
    "whose"): the first comma after the clause's own finite verb ("whose brother, Sgt. Jan Novak,
    was killed in the attack, said": the main verb follows the comma after "attack"); the
    paragraph's length when none does within ``_RELATIVE_CLAUSE_WORDS``."""
    end = min(len(doc), k + _RELATIVE_CLAUSE_WORDS)
    verb = next((j for j in range(k, end) if doc[j].tag_ in _FINITE), None)
    if verb is None:
        return len(doc)
    for j in range(verb + 1, end):
        if doc[j].text in (".", "!", "?") or "\n" in doc[j].text:
            break
        if doc[j].text == ",":
            return j + 1
    return len(doc)


def names_a_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the subject of its sentence's main clause, by the
    tags (the parse is not run here): it follows a reporting verb ("said Jeremie Iverson"), or
    it opens the clause (after an opening clause's comma at most) and an active finite verb
    follows it, or follows a short aside set off after it ("Victor Kerrigan, 83, says", "Her
    husband, Mykola Petrenko, sat"); not a subject of a clause inside another ("Lura Willrich
    said her son, Royal Willrich, is gone"), nor one things were done to ("Her son, Raheem
    Shannon, was shot")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and is_cue_word(doc[span.start - 1].lower_) and doc[span.start - 1].tag_.startswith("VB"):
        return True
    k = span.start - 1
    if k > 0 and doc[k].text == "." and lexicons.is_title_word(doc[k - 1].text):
        k -= 2  # "whose husband, Maj. Karel Dvorak,": the title's full stop ends no sentence
    elif k >= 0 and lexicons.is_title_word(doc[k].text):
        k -= 1
    if k > 0 and doc[k].text == ",":
        k -= 1  # "Her husband, Mykola Petrenko,": the phrase the name is set beside
        while k >= 0 and doc[k].tag_ in _NOUN_PHRASE_TAGS:
            k -= 1
    # Back to the sentence's start or an opening clause's comma ("On the day he was sentenced,
    # David Matusiewicz apologized"): a finite verb before says the name is inside a clause.
    while k >= 0 and doc[k].text not in (".", "!", "?", "“", '"', ",") and "\n" not in doc[k].text_with_ws:
        if doc[k].tag_ in _FINITE or doc[k].tag_ in ("WP", "WP$"):
            return False  # (or a relative clause's: "Irena Dvorak, whose husband, Karel Dvorak,")
        k -= 1
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("who", "whose"):
        k = _past_relative_clause(doc, k + 2)  # "Eva Novak, whose brother, Jan Novak, died, said"
    elif k < len(doc) and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(len(doc), k + 8)) if doc[j].text == ","), None)
        if close is not None and any(doc[j].tag_ in _FINITE for j in range(k + 1, close)):
            close = None  # "Jan Novak, was killed in the attack, said": no aside, the verb is his
        k = close + 1 if close is not None else k + 1
    if k >= len(doc) or doc[k].tag_ not in _FINITE:
        return False
    return not (k + 1 < len(doc) and is_passive(doc, k + 1))


def names_after_kin(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "the boy's mother, Abbey, told the court": a lone name set off by commas after a kinship
    noun is that relative's name, whatever label the model gave it (GPE here; the census tables
    miss many given names, so the construction alone decides)."""
    out = []
    for text, start, end, label in mentions:
        if label != "PERSON" and " " not in text and text[:1].isupper() and set_off_after_kin(body, start, end):
            label = "PERSON"
        out.append((text, start, end, label))
    return out


def untagged_names_after_kin(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "Anyanwu’s husband, Chukwuemeka, said": a capitalised word set off by commas right after a
    kinship noun, which no mention covers (the model tagged nothing), is that relative's name."""
    taken = Coverage(len(body))
    for _, start, end, _ in mentions:
        taken.add(start, end)
    out = []
    for match in _KIN_AND_NAME.finditer(body):
        start, end = match.span(2)
        if match.group(1) in _KIN_NOUNS and not taken.overlaps(start, end) and not is_known_place(match.group(2)):
            out.append((match.group(2), start, end, "PERSON"))
    return out


def shared_surnames(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "Bill and Hillary Clinton", "my parents, Walter and Ruth Kessler": a given name joined by
    "and" to a full name shares its surname. The full form it lends ("Walter Kessler") names the
    given name's entity, as a caption's fuller name does; the mention keeps its own span. (A
    word the story uses as a surname stays that person's: after "Elizabeth Warren", the "Warren"
    of "Warren and Hillary Clinton" is hers, as ``StoryNames`` ties it to her first.)"""
    out = []
    for (text, start, end, label), (other, o_start, _, o_label) in zip(mentions, mentions[1:]):
        words = other.split()
        if (
            label == o_label == "PERSON"
            and " " not in text
            and len(words) >= 2
            and _AND_BETWEEN.fullmatch(body, end, o_start)
            # (any table's given names: the model tagged both people, "Ian and Deb Tonkin")
            and lexicons.is_listed_given_name(text)
            and lexicons.is_listed_given_name(words[0])
        ):
            out.append((f"{text} {words[-1]}", start, end, "PERSON"))
    return out


def surnames_lent_to_kin(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "Delia Anyanwu won the race. Anyanwu's husband, Chukwuemeka, said", "Ezekiel Brandvold
    makes chairs. His wife, Hildegard, sat": a given name alone, set off after a spouse's,
    child's, sibling's or parent's noun (``kin_sharing_surnames.txt``), bears the surname of the
    person whose relative it names: the one the possessive names, or, after "his" or "her", the
    person mentioned last before it (of that gender, or of none known). The full form lent names
    the entity, as in ``shared_surnames``; the mention keeps its own span."""
    people = [(start, text.split()) for text, start, _, label in mentions if label == "PERSON"]
    full = [(start, words) for start, words in people if len(words) > 1]
    out = []
    for text, start, end, label in mentions:
        if label != "PERSON" or " " in text or not set_off_after_kin(body, start, end):
            continue
        match = _KIN_OWNER.search(body, max(0, start - 60), start)
        if match is None or match.group(2).lower() not in _KIN_SHARING:
            continue
        owner = match.group(1)
        if owner.lower() in ("his", "her"):
            # the person mentioned last, by any form ("Bratton said Escalante was loading the car
            # when his wife, Celeste, heard shots": Escalante), of the pronoun's gender or none known
            last = [words for s, words in people if s < match.start() and match.start() - s < 300]
            # (or a full name's surname the model left untagged after it: "Ann Roe said so. Giles
            # Hale-Shaw, who …, sat still. His wife, Harriet," is Hale-Shaw's)
            untagged = _last_surname_before(
                body, match.start(), full, after=max((s for s, _ in people if s < match.start()), default=-1)
            )
            if untagged is not None:
                last.append([untagged])
            gender = lexicons.given_name_gender(last[-1][0]) if last and len(last[-1]) > 1 else None
            wanted = "m" if owner.lower() == "his" else "f"
            surname = _surname_of_form(last[-1], full) if last and gender in (None, wanted) else None
        else:
            # ("Montenegro Jr.’s", "Colonel Drayke's": the name's word before any suffix, after any title)
            names = [
                w
                for w in re.sub(r"['’]s?$", "", owner).split()
                if not lexicons.is_generation_suffix(w) and not lexicons.is_title_word(w)
            ]
            surname = _surname_of_form(names[-1:], full) if names else None
        if surname and surname != text:
            out.append((f"{text} {surname}", start, end, "PERSON"))
    return out


def _last_surname_before(body: str, at: int, full: list[tuple[int, list[str]]], *, after: int) -> str | None:
    """The surname of a full name that stands last as a word of its own between ``after`` and
    ``at`` (at most 300 characters before it), or None."""
    surnames = {_surname_in(words) for _, words in full}
    found: tuple[int, str] | None = None
    window = body[max(after + 1, at - 300, 0) : at]
    for surname in surnames:
        for hit in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", window):
            if found is None or hit.start() > found[0]:
                found = (hit.start(), surname)
    return found[1] if found else None


def _surname_of_form(words: list[str], full: list[tuple[int, list[str]]]) -> str | None:
    """The surname a person's mention gives: a full name's own; a word alone, when it is a full
    name's surname, or the surname of the one full name it is the given name of."""
    if len(words) > 1:
        return _surname_in(words)
    word = words[0]
    if any(_surname_in(named) == word for _, named in full):
        return word
    surnames = {_surname_in(named) for _, named in full if named[0] == word}
    return surnames.pop() if len(surnames) == 1 else None


def _surname_in(words: list[str]) -> str:
    """The surname of a name's words as written ("Rafael Montenegro Jr.", "Montenegro Jr." ->
    "Montenegro")."""
    return words[surname_at(words, shortest=1)]
