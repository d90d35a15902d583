"""Personal titles and the letters after names, where the model's span holds them: where a name
starts behind a title ("Governor Ana Reyes", "Coun. Harriet Mbeki", "Dr Ibilola Amao-Adewale"),
where it ends before post-nominal letters ("Jonathan Ebbs KC"), a span that ends with an
abbreviated rank ("Command Sgt"), a span tagged as a person that ends with a word only an
organisation's name ends with ("Gary Police Dept"), and a titled name inside a span read as a
work or a body ("“…” Detective Captain Scott Hadley said", "Dillon County Coroner Donnie
Grimsley"). Split from
``person_spans`` (names after roles, appositions, months and surnames), which it builds on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.initials import initialled_name_at
from pipeline.annotate.organisations import is_known_place
from pipeline.annotate.person_spans import (
    PERSON_ROLES,
    PERSONAL_TITLES,
    glued_hyphen,
    name_words,
    reads_as_persons_name,
)

_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_NAME_HEADS = lexicons.words("name_heads.txt")
_PLACE_NOUNS = lexicons.words("place_nouns.txt")


def organisation_tagged_person(ent: Span) -> bool:
    """A span of two words or more the model tagged as a person that ends with a word only an
    organisation's name ends with ("Gary Police Dept", ``organisation_only_heads.txt``), or with
    the head of a body's name after a place's noun ("Parish Court"); or that one word alone after
    "the" ("an interview with the Gazette"); or any span a "which" clause follows."""
    if _which_clause_after(ent):
        return True
    if len(ent) >= 2 and ent[-1].lower_ in _NAME_HEADS and ent[-2].lower_ in _PLACE_NOUNS:
        return True  # "St Andrew Parish Court", "Harlan County Hall": a place's court or hall
    if ent[-1].lower_.rstrip(".") not in _ORGANISATION_ONLY_HEADS:
        return False
    if any(t.text == "/" for t in ent):
        return False  # "Ann Roe/Staff", "Ann Roe / Harwell Chronicle": a photographer's credit
    return len(ent) >= 2 or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _which_clause_after(ent: Span) -> bool:
    """Whether a relative "which" clause about the span follows it: "Brightpath Learning, which
    runs 340 centres," (people take "who"); a form of "be" only before a participle ("which is
    based in Perth"), not "met Ann Roe, which was a surprise"."""
    doc, k = ent.doc, ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "which":
        return False
    if ent.start > 0 and doc[ent.start - 1].text == ",":
        return False  # ("her mother, Rita Luark, which occurred …": the clause is about what came before)
    verb = doc[k + 2]
    if verb.lower_ in ("is", "was", "are", "were", "has", "had"):
        return k + 3 < len(doc) and doc[k + 3].tag_ == "VBN"
    return verb.tag_ in ("VBZ", "VBD")


# Letters after a name (``postnominals.txt``): read here and by ``focus`` (no head noun).
POSTNOMINALS = lexicons.words("postnominals.txt")


def postnominal_end(ent: Span) -> int | None:
    """Where a person's name ends when the span closes with letters after it ("Jonathan Ebbs KC",
    "Harriet Bancroft MP", ``postnominals.txt``) after two or three capitalised words, the first
    a census or world given name or rare in English; None otherwise."""
    tokens = list(ent)
    if len(tokens) < 3 or not tokens[-1].is_upper or tokens[-1].lower_ not in POSTNOMINALS:
        return None
    names = tokens[:-1]
    words = name_words(names)
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return None
    first = words[0].text
    if not (
        lexicons.is_given_name(first) or lexicons.is_rare_word(first) or lexicons.is_widely_listed_given_name(first)
    ):
        return None  # (a given name of the world tables too: "Alistair Dunmore KC")
    return names[-1].idx + len(names[-1])


def postnominal_alone(ent: Span) -> bool:
    """Whether a one-word span is letters after the name of the person before its comma
    ("Valentine Grizzle, KC, said"): no name of its own ("Columbia, SC" follows a place)."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].is_upper or ent[0].lower_ not in POSTNOMINALS or ent.start < 2:
        return False
    return doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON"


def titled_start(ent: Span) -> int | None:
    """Where the name starts when a short proper-noun span stands behind a personal title
    ("Governor Ana Reyes", "Sen. Reyes"), or None when there is no such title."""
    doc = ent.doc
    tokens = list(ent)
    if len(tokens) > 2 and tokens[0].lower_ == "the" and tokens[1].lower_.strip(".") in PERSONAL_TITLES:
        tokens = tokens[1:]  # "The Rt Rev Alasdair MacLeod" read as an organisation, its article in
    if tokens and tokens[0].lower_.strip(".") in PERSONAL_TITLES and tokens[0].text[:1].isupper():
        names = tokens[1:]
        if names and names[0].text == ".":
            names = names[1:]  # "Coun. Harriet Mbeki", the abbreviation's full stop split off
        while len(names) >= 2 and names[0].lower_.strip(".") in PERSONAL_TITLES and names[0].text[:1].isupper():
            names = names[1:]  # "Rt Rev", "Det Insp Ashby": titles in a row
        if names and not reads_as_persons_name(names, tokens[0]):
            return None  # "General Turbines": the model read the title word as part of the name
        start = names[0].idx if names else None
    else:
        i = ent.start - 1
        names = tokens
        # Given names the NER left out: "Ana" in "Governor Ana Reyes".
        while i >= 0 and ent.start - i <= 2 and _untagged_name_word(doc[i]):
            if lexicons.is_title_word(doc[i].text):
                break  # (personal_titles.txt is among the title words)
            names = [doc[i], *names]
            i -= 1
        dotted = False
        if i > 0 and doc[i].text == "." and personal_title(doc[i - 1], dotted=True):
            i, dotted = i - 1, True  # "Coun. Harjit Sandhu", "Eng. Rashed Ali": the full stop split off
        if i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(" and _bracketed_title(doc[i - 1]):
            i -= 3  # "Comrade (Mrs) Olayinka Adeoye-Faniyi", "Commodore (retd) S. Rao": a title in brackets
        if i < 0 or not doc[i].text[:1].isupper():
            return None
        if (
            not personal_title(doc[i], dotted=dotted)
            and not (
                # (an initial before a surname rare in English after a rank: "Commodore (retd) S. Rao")
                lexicons.is_title_word(doc[i].text)
                and initialled_name_at(names) == 0
                and lexicons.is_rare_word(names[-1].text)
            )
            and not (
                # "Police Chief Imogen Fairclough" with the name read as an organisation: a title
                # some firm's name may open with ("Chief") before two names that read as a person's
                # (census names, or both rare in English)
                lexicons.is_title_word(doc[i].text)
                and len(doc[i].text.strip(".")) > 2  # (not "St. Martin Parish")
                and len(names) == 2
                and (reads_as_persons_name(names) or all(lexicons.is_rare_word(t.text) for t in names))
            )
        ):
            return None
        start = names[0].idx if names else None
    # (a hyphened surname is one word of the name: "Dr Ibilola Amao-Adewale"; a particle is none:
    # "Dr Yaqoub Hamad Al Ali" has three)
    particles = lexicons.surname_particles()
    if start is None or not 1 <= len([t for t in name_words(names) if t.lower_ not in particles]) <= 3:
        return None
    if not all(
        (t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper()) or (n == 0 and _untagged_name_word(t))
        for n, t in enumerate(names)
        if not glued_hyphen(t)
    ):
        return None
    return start


def _bracketed_title(token: Token) -> bool:
    """Whether a word in brackets after a title is one more ("(Mrs)", "(Dr)") or a note on it
    ("(retd)", "(rtd)": retired)."""
    return personal_title(token) or token.lower_.strip(".") in ("retd", "rtd", "retired")


def personal_title(token: Token, *, dotted: bool = False) -> bool:
    """Whether ``token`` is a personal title (``personal_titles.txt``); ``dotted``: written with a
    full stop the tokenizer split off, as the list keeps some ("Eng." of Gulf copy, not "Eng" for
    England)."""
    return _personal_title_word(token.text, dotted=dotted)


def _personal_title_word(word: str, *, dotted: bool) -> bool:
    bare = word.lower().strip(".")
    return bare in PERSONAL_TITLES or (dotted and bare + "." in PERSONAL_TITLES)


def _untagged_name_word(token: Token) -> bool:
    """Whether an untagged capitalised word before a person's span may be a given name of it: a
    proper noun, or a given name the tables list that the tagger read as another word ("Rashed"
    read as a verb)."""
    if token.ent_type_ != "" or not token.is_title:
        return False
    return token.tag_ == "NNP" or (token.tag_ != "NNPS" and lexicons.is_listed_given_name(token.text))


def ends_with_rank(text: str) -> bool:
    """Whether a span of words ends with an abbreviated title, no name's last word ("Command Sgt"
    of "Command Sgt. Maj. Tobias Renner"; not "Jr"). The caller asks for its full stop ("Hun Sen"
    is a name)."""
    words = text.split()
    last = words[-1].lower().strip(".")
    return len(words) > 1 and lexicons.is_abbreviated_title(last) and last not in lexicons.name_suffixes()


def given_names_after_title(ent: Span) -> int | None:
    """Where a person's name opens when the model tagged its surname alone after a personal
    title and given names ("Ms Lindiwe Gwarube-Mokoena", "Mayor Rahm Emanuel"): ``titled_start``,
    when the word before the given names is a personal title or a capitalised role noun ("Chief
    Executive Sibusiso Khumalo"; "Court" of "District Court Clerk" is none)."""
    start = titled_start(ent)
    if start is None:
        return None
    i = ent.start
    while i > 0 and ent.doc[i].idx > start:
        i -= 1
    if i == 0:
        return None
    title = ent.doc[i - 1]
    if title.text == "." and i > 1:
        return start if personal_title(ent.doc[i - 2], dotted=True) else None  # "Eng. Rashed Ali Al Hammadi"
    # (or a capitalised role: "Protea Group Chief Executive Sibusiso Khumalo")
    return start if personal_title(title) or (title.lower_ in lexicons.role_nouns() and title.is_title) else None


# Styles of address (``styles_of_address.txt``, case kept): "His Highness", "Her Excellency", "HRH".
STYLES_OF_ADDRESS = lexicons.words("styles_of_address.txt")
# (the abbreviations of "His Excellency" only before a name: alone, "HE" is the pronoun in capitals)
BEFORE_NAMES_ONLY = frozenset({"HE", "H.E."})


def style_of_address_end(words: list[str], i: int) -> int | None:
    """Where a style of address opening at token ``i`` ends (``words`` are the story's tokens): "His
    Highness", "Her Royal Highness", "HRH"; None if none opens there."""
    if words[i] in STYLES_OF_ADDRESS and words[i].isupper():
        return i + 1 if words[i] not in BEFORE_NAMES_ONLY else None  # "HRH", "HH"
    if words[i] not in ("His", "Her", "his", "her"):
        return None
    k = i + 1
    if k < len(words) and words[k] == "Royal":
        k += 1
    return k + 1 if k < len(words) and words[k] in STYLES_OF_ADDRESS and not words[k].isupper() else None


def is_style_of_address(text: str) -> bool:
    """Whether ``text`` is a style of address and nothing else ("His Highness", "HRH"): no name."""
    words = text.split()
    return bool(words) and style_of_address_end(words, 0) == len(words)


def title_before(text: str) -> bool:
    """Whether ``text`` (what stands before a name) ends with a personal title and a space:
    "Dr ", "Eng. ", "HE "."""
    if not text.endswith(" "):
        return False
    last = text.split()[-1] if text.split() else ""
    return last in BEFORE_NAMES_ONLY or _personal_title_word(last, dotted=last.endswith("."))


def reporting_verb(token: Token) -> bool:
    return is_cue(token) and token.tag_ in ("VBD", "VBZ")


def closes_quotation(doc: Doc, k: int) -> bool:
    """Whether token ``k`` closes a quotation, or is the comma right after one: a closing mark,
    or a straight one written against the word before it ("boy" Detective …), not one that opens."""
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k <= 0:
        return False
    return doc[k].text in ("”", "’’", "''") or doc[k].text == '"' and not doc[k - 1].whitespace_


def titled_speaker_start(ent: Span) -> int | None:
    """Where the name starts in a span the model read as a work or an organisation that stands
    between a closing quotation mark and a reporting verb with a title before the name:
    "“…” Detective Captain Scott Hadley said", "“…” Perris Mayor Daryl Busch said". The name is
    the run of up to three capitalised proper nouns ending the span, after a title word
    (a personal title or a role noun); a census given name opens it or a census surname
    ends it. None when the span is not such."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or not reporting_verb(doc[ent.end]):
        return None
    if not closes_quotation(doc, ent.start - 1):
        return None
    tokens = list(ent)
    k = len(tokens)
    words = 0
    while k > 0 and words < 3:
        token = tokens[k - 1]
        if token.tag_ == "HYPH" and k > 1 and k < len(tokens):
            k -= 1  # "Rawlings-Blake": the hyphen inside a surname
            continue
        if token.tag_ != "NNP" or not token.is_title or _title_word(token):
            break
        k -= 1
        words += 1
    run = tokens[k:]
    if not run or k == 0 or not _title_word(tokens[k - 1]):
        return None
    # (or a surname rare in English after a title only persons bear: "“…” Sheikh Mkhize said")
    personal = tokens[k - 1].lower_.strip(".") in PERSONAL_TITLES and all(lexicons.is_rare_word(t.text) for t in run)
    if not (lexicons.is_given_name(run[0].text) or lexicons.is_surname(run[-1].text) or personal):
        return None
    return run[0].idx


def titled_person_inside(ent: Span) -> tuple[int, int] | None:
    """(where the title starts, where the name starts) in a span not read as a person that ends
    on a title, a census given name and a surname: "Dillon County Coroner Donnie Grimsley",
    "School District Superintendent Matt Grose" tagged as one organisation, or "Millbrook Director
    of Public Safety Dean Carter" read as a work (the title's "of" phrase, up to three words,
    before the name). The words before the title are the office's organisation or place; not
    "Saint Joseph Hospital" (an organisation's head ends it)."""
    tokens = list(ent)
    if len(tokens) < 3:
        return None
    initials = initialled_name_at(tokens)
    doc = ent.doc
    if initials is not None and initials > 0 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of":
        if _title_word(doc[ent.start - 2]):
            return tokens[0].idx, tokens[initials].idx  # "Leader of the Opposition V. Elangovan"
    ranked = initials - 1 if initials is not None else -1
    if ranked >= 3 and tokens[ranked].text == ")" and tokens[ranked - 2].text == "(":
        ranked -= 3  # "Commodore (retd) S. Prabhakaran": a note on the rank in brackets
    if (
        initials is not None
        and initials > 0
        and ranked >= 0
        and _title_word(tokens[ranked])
        and tokens[ranked].is_title
    ):
        # "Additional Public Prosecutor K. Murugesan": initials open the name after the title;
        # common words before the title are the title's ("Additional Public"), a rarer one an
        # office's place ("Dillon County Coroner K. Rao")
        title = ranked
        office = tokens[:title]
        if all(t.is_title and lexicons.zipf(t.text) >= _COMMON_TITLE_WORD_ZIPF for t in office):
            title = 0
        return tokens[title].idx, tokens[initials].idx
    given, last = tokens[-2], tokens[-1]
    if not (given.is_title and last.is_title and last.text.isalpha()):
        return None
    if lexicons.heads_a_name(last.text):
        return None
    if len(tokens) == 3:
        # "Superintendent Marcus Delaney", "Sheriff Octavia Barnes", "Linebacker Tobias Ekwueme" as
        # one organisation: the title alone before the name, whose given name the census may
        # lack (then its surname is the census's, or rare in English).
        if not _title_word(tokens[0]) or not tokens[0].is_title or is_known_place(f"{given.text} {last.text}"):
            return None
        if lexicons.is_given_name(given.text) or lexicons.is_surname(last.text) or lexicons.is_rare_word(last.text):
            return tokens[0].idx, given.idx
        return None
    if (
        _title_word(tokens[-3])
        and tokens[-3].is_title
        and not is_known_place(f"{given.text} {last.text}")
        and not any(t.lower_ in _ORGANISATION_ONLY_HEADS for t in (given, last))
    ):
        # ("Bogor Regent Hendra Saputra", "Fire Marshal Butch Browning": a given name the census
        # lacks, as for the title alone; not "National Marine Fisheries Service")
        if lexicons.is_given_name(given.text) or lexicons.is_surname(last.text) or lexicons.is_rare_word(last.text):
            return tokens[-3].idx, given.idx
    if not (
        lexicons.is_given_name(given.text)
        or (
            (lexicons.is_widely_listed_given_name(given.text) or lexicons.is_rare_word(given.text))
            and lexicons.is_surname(last.text)
        )
    ):
        return None  # (a given name of the world tables, or rare in English, before a census surname: "Fitzroy Laing")
    if _title_word(tokens[-3]):
        return tokens[-3].idx, given.idx
    before = tokens[max(0, len(tokens) - 6) : -2]
    # (or "on", "for": "Opposition Spokesman on National Security Fitzroy Laing", "Minister for
    # Health Ann Roe")
    of = next((n for n, t in enumerate(before) if t.lower_ in ("of", "on", "for")), None)
    title = next((t for t in before[:of] if _title_word(t)), None) if of is not None else None
    return (title.idx, given.idx) if title is not None else None


# How common (wordfreq's Zipf scale) each capitalised word before a title must be for it to be
# the title's own ("Additional", "Public", "Deputy") rather than an office's place or body.
_COMMON_TITLE_WORD_ZIPF = 3.5


def _title_word(token: Token) -> bool:
    """A personal title or a role noun ("Mayor", "Superintendent"), or a role before a name in
    lower case ("Castlemont partner Gregory Adeyemi"): what a speaker's name may follow between a
    quotation and its cue."""
    word = token.lower_.strip(".")
    return word in PERSONAL_TITLES or word in lexicons.role_nouns() or (token.is_lower and word in PERSON_ROLES)
