"""The name inside one NER span, trimmed of the words the model took in with it.

The small English model often labels a name with extra words at its edges: an article ("the
Acme Corp"), a possessive ("Tillerson’s days"), a title or a role ("Secretary of State Rex
Tillerson", "Victim Reginald Session"), page furniture ("Buy Photo", "Follow Ann Roe"), stray
punctuation, figures and calendar words ("Lithuania 2-1", "the August Chicago index") or the
reporting verb after a quotation ("Barrowman responds"). ``clean_span`` takes them off and shifts
the offsets to match, keeping what belongs to the name: the dot of "U.S." or "Acme Corp.", the
figures of "Euro 96", a month that is a given name ("April Ryan"), a particle ("al-Aqsa"). It
reads text only; which spans are names and what type they are is ``name_spans.py``.
"""

from __future__ import annotations

import functools
import re

from pipeline.annotate import lexicons
from pipeline.annotate.month_given_names import is_month_given_name
from pipeline.annotate.organisations import PEOPLES_NOUNS
from pipeline.annotate.particle_names import particle_surname
from pipeline.annotate.person_spans import PERSONAL_TITLES
from pipeline.annotate.person_titles import BEFORE_NAMES_ONLY

# Words that precede a name as a title or role and are not part of it.
_TITLES = lexicons.words("titles_before_names.txt")
_AFFILIATIONS = lexicons.words("affiliations_before_names.txt")
TITLE_WORDS = _TITLES | _AFFILIATIONS
_TWO_WORD_TITLES = lexicons.words("two_word_honorifics.txt")
_TITLE_STEMS = TITLE_WORDS | {w.strip(".") for w in TITLE_WORDS}
# Words of a place's or a force's name that, before a title inside a person's span, show the span
# opened on whose officer the person is ("Anderson County Coroner", "Waco PD Sgt").
_FORCE_OR_PLACE_HEADS = lexicons.words("place_nouns.txt") | {"police", "pd", "department", "dept"}


_KEEP_DOT = lexicons.words("abbreviations_with_dot.txt")
_CALENDAR = lexicons.words("month_and_day_names.txt")
_NO_FIGURES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_ORG_TAILS = sorted(lexicons.words("organisation_trailing_words.txt"), key=len, reverse=True)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
BYLINE_BY = re.compile(r"^(?:By|BY)\s+(?=[A-Z])")
_NAME_PARTICLES = lexicons.words("name_particles.txt")
# Words of page furniture before a name (and the single words of the credit labels: "photo",
# "courtesy", "of" only after them).
_FURNITURE_WORDS = lexicons.words("furniture_words_before_names.txt") | {
    word for label in lexicons.words("credit_labels.txt") for word in label.split() if word not in ("by", "full")
}
_EDGE_PUNCT = " \t\n-–—,;:.!?\"“”‘’'()[]"


def initials_of_a_title(word: str) -> bool:
    """Whether ``word`` reads as a title's initials ("DPP", "DIG", "SHO"): three to five capitals,
    too many for a person's own initials written without full stops ("TJ Watt")."""
    return 3 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _rare_title_case(word: str) -> bool:
    return word.istitle() and word.isalpha() and lexicons.is_rare_word(word)


def _is_title_or_role(word: str) -> bool:
    lowered = word.lower().strip(".")
    return lowered in _TITLE_STEMS or lowered in lexicons.role_nouns()


def _month_given_name(words: list[str], label: str) -> bool:
    """Whether a person's span opens with a month that is a census given name before a surname
    ("April Ryan", "August Pfeiffer"): the name's first word, not a date the model took in."""
    return (
        label == "PERSON"
        and len(words) > 1
        and is_month_given_name(words[0])
        and words[1][:1].isupper()
        and words[1].lower() not in _CALENDAR
    )


def _given_name_not_title(word: str) -> bool:
    """Whether a word the title lists hold opens a name as its given name: "Marquise Fredericks",
    "Dean Hollis" (given names of the tables), not "Sen." or "General" (a title that only ever
    stands before people, or no given name), nor "Major" (a rank)."""
    return (
        word[1:].islower()
        and (lexicons.is_given_name(word) or lexicons.is_rare_given_name(word))
        and not lexicons.title_only_before_people(word)
        and word.lower() not in lexicons.ranks_in_full()
    )


def given_name_after_title(word: str) -> bool:
    """Whether a word the title lists hold is a given name when a personal title stands before
    it: one a name table lists ("Sultan"), neither a rank nor a title of ``personal_titles.txt``
    ("Sheikh", "General")."""
    low = word.lower().strip(".")
    return (
        word[1:].islower()
        and low not in PERSONAL_TITLES
        and low not in lexicons.ranks_in_full()
        and lexicons.is_listed_given_name(word)
    )


def clean_span(
    text: str, start: int, label: str, *, after: str = "", titled: bool = False
) -> tuple[str, int, int] | None:
    """The name inside an NER span: no article, possessive, title or stray punctuation.

    ``after``: the text that follows the span, so the full stop that ends a paragraph or a
    quotation after "Acme Corp." is told from the abbreviation's own dot. ``titled``: a personal
    title stands right before the span, so a word opening it that is a given name as well as a
    title is the given name ("Eng. Sultan Abdullah Al Hosani", "Dr Dean Hollis").

    Returns (text, start, end) with offsets shifted accordingly, or None when nothing
    name-like is left.
    """
    found = _cleaned(text, label, after, titled)
    return None if found is None else (found[0], start + found[1], start + found[2])


@functools.lru_cache(maxsize=4096)
def _cleaned(text: str, label: str, after: str, titled: bool = False) -> tuple[str, int, int] | None:
    """``clean_span`` at offset 0. Cached: a story writes most names many times over, and the
    cleaning reads only the span's text, its label and the few characters after it."""
    start = 0
    end = start + len(text)
    # Leading article, or the "By" of a byline the model took into a person's name.
    match = _LEADING_ARTICLE.match(text) or (BYLINE_BY.match(text) if label == "PERSON" else None)
    if match:
        start += match.end()
        text = text[match.end() :]
    if all(word.lower() in _FURNITURE_WORDS for word in text.split()):
        return None  # "Buy Photo", "Photo Courtesy", "Email Alerts" under any label: no name at all
    if label == "PERSON":
        # "Follow Ann Roe", "Photo Courtesy", "Courtesy Of Ann Roe": page furniture, not the name.
        while text and text.split(" ", 1)[0].lower() in _FURNITURE_WORDS:
            first = text.split(" ", 1)[0]
            rest = text[len(first) :].lstrip()
            start += len(text) - len(rest)
            text = rest
        if not text:
            return None
    # A possessive inside the span: "Tillerson’s days" is about Tillerson.
    match = re.match(r"^(.+?)['’]s\s+[a-z]", text)
    if match:
        text = match.group(1)
        end = start + len(text)
    # Possessive ending.
    match = _POSSESSIVE.search(text)
    if match and len(text) > 2:
        text = text[: match.start()]
        end = start + len(text)
    # Stray punctuation at the edges (keep the final dot of "U.S." or "Jr.").
    while text and text[0] in _EDGE_PUNCT:
        text, start = text[1:], start + 1
    # A dot that closes a paragraph or a quotation closes the sentence too; elsewhere it is the
    # abbreviation's ("Acme Corp. said", "at Acme Corp. Its shares...").
    sentence_ends = bool(re.match(r"(?:$|\s*\n|[\"”'’])", after)) and text.rsplit(" ", 1)[-1] in _KEEP_DOT
    while text and text[-1] in _EDGE_PUNCT and not (text[-1] == "." and _keeps_dot(text) and not sentence_ends):
        text = text[:-1]
    # Figures and calendar words at the edges: "Lithuania 2-1", "the August Chicago index", "1936 Olympics".
    words = text.split(" ")
    while len(words) > 1 and (
        (words[0].lower() in _CALENDAR and not _month_given_name(words, label)) or not re.search(r"[^\W\d_]", words[0])
    ):
        start += len(words[0]) + 1
        words = words[1:]
    while (
        len(words) > 1
        and label in _NO_FIGURES
        and (not re.search(r"[^\W\d_]", words[-1]) or (words[-1].isalpha() and words[-1].islower()))
    ):
        # "Euro 96" keeps its figures; "the Ruritania province", "the Varno stadium": the name ends
        # capitalised; "Brackenmoor Water £4 million": an amount after it
        words = words[:-1]
    while len(words) > 1 and words[-1].islower() and words[-1] in lexicons.cue_forms():
        words = words[:-1]  # "“…,” Barrowman responds": the reporting verb the model ran into the name
    if label == "ORG":
        lowered = " ".join(words).lower()
        for tail in _ORG_TAILS:
            # "Interfax news agency said" loses its tail; "Damascus Radio" is the station's name.
            if lowered.endswith(" " + tail) and len(words) > len(tail.split()) and words[-1].islower():
                words = words[: -len(tail.split())]
                break
    text = " ".join(words)
    # "Acme Inc of Springfield": the company ends at its legal form.
    match = re.search(r"\b(?:Inc|Corp|Co|Ltd|Plc|AG|SA|NV)\.?(?= of )", text)
    if match:
        text = text[: match.end()]
    end = start + len(text)
    if label == "PERSON":
        # Titles before the name: "Secretary of State Rex Tillerson", "President Trump".
        words = text.split(" ")
        drop = 0
        # ("Tan Sri Yeoh Kok Leong": a title of two words whose first alone is a surname)
        while len(words) - drop >= 3 and " ".join(words[drop : drop + 2]).lower() in _TWO_WORD_TITLES:
            drop += 2
        while (
            drop < len(words) - 1
            and (
                words[drop].lower().strip(".") in _TITLE_STEMS
                or describes_a_person(words[drop], words[drop + 1])
                or words[drop] in BEFORE_NAMES_ONLY  # "HE Al Mazrouei": His Excellency
            )
            and (
                not _given_name_not_title(words[drop])
                # (a given name the title lists hold before a given name and a surname is the
                # title: "Dean Mary Holt")
                or (len(words) - drop >= 3 and lexicons.is_given_name(words[drop + 1]))
            )
            # (before a particle in lower case a title word that is a given name is one: "Sultan
            # bin Khalid"; not "Dr ap Rhys")
            and (words[drop + 1] not in lexicons.surname_particles() or not lexicons.is_listed_given_name(words[drop]))
            # (after a title, a word some name table lists that is no title of our own list is
            # the given name: "Eng. Sultan Abdullah Al Hosani", not "HE Sheikh Hilal …")
            and not (titled and drop == 0 and given_name_after_title(words[0]))
        ):
            drop += 1
        if drop == 0 and len(words) == 2 and initials_of_a_title(words[0]) and _rare_title_case(words[1]):
            drop = 1  # "DPP Teo", "DIG Awan": a title by its initials before a surname (not "UMC Trauma")
        if drop:
            cut = len(" ".join(words[:drop])) + 1
            text, start = text[cut:], start + cut
        # A title inside the span: after a place or a force, whatever follows it ("Anderson County
        # Coroner Greg Shore"; "Waco PD Sgt" with no name after the title names nobody), else right
        # before a census given name ("Schools Superintendent Alberto Quintero").
        words = text.split(" ")
        officer_of = len(words) > 2 and any(w.lower().strip(".") in _FORCE_OR_PLACE_HEADS for w in words[:-1])
        particles = lexicons.surname_particles()
        titled = [
            i
            for i, w in enumerate(words)
            if 0 < i
            and _is_title_or_role(w)
            # (a title word after "bin" or before "Al" is a name: "Khalifa bin Sultan Al Dhaheri")
            and words[i - 1].lower() not in particles
            and (
                officer_of
                or (i < len(words) - 2 and lexicons.is_given_name(words[i + 1]))
                # (a title only people hold, in capitals, before two words: "Labour MP Gráinne
                # Hession"; not "Martin Luther King Jr. Drive")
                or (i < len(words) - 2 and w.isupper() and w.lower() in PERSONAL_TITLES)
            )
        ]
        if titled and titled[-1] == len(words) - 1:
            return None
        if titled:
            cut = len(" ".join(words[: titled[-1] + 1])) + 1
            text, start = text[cut:], start + cut
        end = start + len(text)
    if label != "PERSON" and text[:1].islower():
        # "the state Department of Environmental Quality", "the federal Bureau of Prisons": a
        # common word the model took in before a body's capitalised name
        words = text.split(" ")
        drop = 0
        while drop < len(words) - 1 and words[drop].isalpha() and words[drop].islower():
            drop += 1
        if words[drop][:1].isupper():
            cut = len(" ".join(words[:drop])) + 1
            text, start = text[cut:], start + cut
    if not text or not (text[0].isupper() or text[0].isdigit() or _particle_name(text)):
        if not (label == "PERSON" and particle_surname(text)):
            return None
    return text, start, end


def describes_a_person(word: str, following: str) -> bool:
    """ "Victim", "Comedian", "Neighbor" opening a person's span ("Victim Reginald Session, who …"):
    a capitalised noun for what the person is, at a sentence's start, not part of the name. Not a
    word the census lists as a given name ("Dean", "Prince"). A plural ("Detectives" of "Chief of
    Detectives Dean Morrow") only before a census given name (``following``), and not one the
    census lists as a surname ("Masters"): "Kings Road", "Writers Guild" keep theirs. A noun for
    one person of a people ("Spaniard", "Frenchman") before a census given name is one too."""
    if not word[:1].isupper() or lexicons.is_given_name(word):
        return False
    lowered = word.lower()
    if lowered in lexicons.role_nouns() or (word in PEOPLES_NOUNS and lexicons.is_given_name(following)):
        return True
    return (
        lowered.endswith("s")
        and lowered[:-1] in lexicons.role_nouns()
        and lexicons.is_given_name(following)
        and not lexicons.is_surname(word)
    )


def opens_with_title_or_role(word: str, following: str) -> bool:
    """``describes_a_person``, or a title word the model left on a name it typed otherwise
    ("Charge Brent Whitcomb" of "Special Agent in Charge Brent Whitcomb", read as an
    organisation) before a census given name, itself no given name."""
    return describes_a_person(word, following) or (
        word.lower().strip(".") in _TITLE_STEMS
        and lexicons.is_given_name(following)
        and not _given_name_not_title(word)
    )


def _particle_name(text: str) -> bool:
    """ "al-Aqsa": a lower-case particle and a hyphen before a capitalised name."""
    particle, hyphen, rest = text.partition("-")
    return bool(hyphen) and particle in _NAME_PARTICLES and rest[:1].isupper()


def _keeps_dot(text: str) -> bool:
    """ "U.S.", "Acme Corp.", "Tampa, Fla.": the final dot is part of the name."""
    return bool(re.search(r"\b[A-Z]\.$", text)) or text.rsplit(" ", 1)[-1] in _KEEP_DOT
