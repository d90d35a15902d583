"""Noun phrases and clause pieces from part-of-speech tags: the chunking the attribution
frames use to find the subject of a cue when the parse does not settle it.

The word sets here are English function words (prepositions, pronouns, relative words,
subordinators): grammar, not a lexicon of content words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.referents import FINITE, NP_TAGS


def past_titles(tokens, k: int, entity_at: dict, *, most: int | None = None) -> int:
    """The index of the first of ``tokens`` (a Doc or a list of its tokens) from ``k`` on that is
    no title before a name ("Sen.", "Secretary", "Captain", a title's full stop), or that an
    entity covers; at most ``most`` titles are passed, and the last token never is."""
    stop = len(tokens) - 1 if most is None else min(len(tokens) - 1, k + most)
    while k < stop and tokens[k].i not in entity_at and lexicons.is_title_before_name(tokens[k].text):
        k += 1
    return k


PREPOSITIONS = frozenset({"for", "of", "with", "to", "by", "from", "at", "in", "on", "about", "against", "into"})
# Prepositions that only place someone ("protesters outside the Capitol"): what follows is where
# they stood, never whom they speak for (unlike "officials at the Pentagon", "a spokesman for Acme").
# Reflexives that only stress the subject before its verb ("Mr. Dunning himself appeared").
EMPHATIC = frozenset({"himself", "herself", "itself", "themselves"})
# Days named from today, which British and South Asian copy sets between a subject and its verb
# ("Sajith Ranaweera yesterday accused"); the tagger reads them as nouns.
DAY_ADVERBS = frozenset({"yesterday", "today", "tonight", "tomorrow"})
# The labels of a printed interview's turns before a colon: the question's, then the answer's.
QUESTION_LABEL, ANSWER_LABEL = "Q", "A"
SPATIAL_PREPOSITIONS = frozenset({"outside", "near", "around", "across", "inside", "behind", "beside", "along"})
# Auxiliaries and adverbs that stand between a subject and its reporting verb.
SKIP_BEFORE_CUE = frozenset(
    {"has", "have", "had", "also", "later", "then", "once", "did", "would", "will", "was", "is", "again"}
    | {"previously", "recently", "repeatedly", "often", "simply", "flatly", "just", "may", "might"}
    | {"could", "can", "should", "must", "not", "n't", "never", "reportedly", "allegedly", "publicly"}
)


def skips_before_cue(token: Token) -> bool:
    """Whether ``token`` is an auxiliary or adverb a reporting verb's subject may stand before
    (``SKIP_BEFORE_CUE``: "Roe has said", "Roe may say"), not a name spelt like one ("“…,” May
    explained", with the surname tagged as a proper noun)."""
    return token.lower_ in SKIP_BEFORE_CUE and token.tag_ not in ("NNP", "NNPS")


PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
OTHER_PRONOUNS = frozenset({"i", "we", "they", "it", "you", "who", "which", "that"})
# Entities that can say something: not an event or a law. (Publications and websites are
# often labelled WORK_OF_ART or PRODUCT by the small model.)
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"})
SEPARATORS = frozenset({",", ";", "—", "–", "―", "--", "_"})  # ("_": the dash of AP's 7-bit feeds)
# Conjunctions that open a clause with a subject of its own ("..., but as the mayor went on").
SUBORDINATORS = frozenset(
    {"when", "as", "after", "because", "while", "before", "if", "since", "until", "although", "though", "whereas"}
)
NEW_CLAUSE = frozenset({"but", "as", "while", "when", "although", "though", "because", "whereas"})
RELATIVE = frozenset({"who", "which", "that", "whose", "where", "when", "whom"})
ASIDE_STARTS = frozenset(
    {"a", "an", "another", "the", "his", "her", "its", "their", "one", "now", "formerly", "also", "then"}
)


def clause_subject(tokens: list[Token], *, nearest: bool = False) -> list[Token]:
    """The noun phrase before the first finite verb ('Roe attacked Hale for ...' -> 'Roe'),
    else the last noun phrase ('Senior aide R.C. Hammond'). ``nearest``: before the last finite
    verb instead, for a participle cue ('... as Lavrov began the meeting by demanding')."""
    order = range(len(tokens) - 1, 0, -1) if nearest else range(1, len(tokens))
    for v in order:
        if tokens[v].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            phrase = last_noun_phrase(tokens[:v])
            while nearest and v > 0 and tokens[v - 1].tag_ in ("MD", "VBD", "VBZ", "VBP", "RB"):
                v -= 1  # "has been", "would have"
                phrase = last_noun_phrase(tokens[:v])
            if phrase:
                return phrase
            break
    return last_noun_phrase(tokens)


def _portfolio_then_name(title: list[Token], before: Token, chunk: list[Token]) -> bool:
    """Whether a capitalised title, "for" or "of", and a capitalised portfolio end with a person's
    name the model tagged: "High Commissioner for Human Rights Paul Amadi-Lee", "Minister of
    Mines Ama Boateng" (the office's holder is the phrase's head; not "a lawyer for Ann Roe")."""
    if before.lower_ not in ("for", "of") or not title[-1].is_title or not lexicons.is_title_word(title[-1].text):
        return False
    named = [t for t in chunk if t.ent_type_ == "PERSON"]
    return bool(named) and named[-1] is chunk[-1] and chunk[0].ent_type_ != "PERSON" and chunk[0].is_title


def in_charge(tokens: list[Token], k: int) -> bool:
    """Whether the "in" at ``k`` opens "in Charge" of a title ("Special Agent in Charge Carla
    Boateng", "Assistant Director in Charge Ronald Keane"): part of the title, no preposition."""
    return tokens[k].lower_ == "in" and k + 1 < len(tokens) and tokens[k + 1].text == "Charge"


def last_noun_phrase(tokens: list[Token]) -> list[Token]:
    """The last noun phrase of a clause piece, skipping an object behind a verb.

    'Roe attacked Hale and' -> 'Roe'; 'In an interview Roe' -> 'Roe'."""
    if not tokens:
        return []
    # Drop trailing conjunctions and adverbs.
    while tokens and (tokens[-1].tag_ in ("CC", "RB") or skips_before_cue(tokens[-1])):
        tokens = tokens[:-1]
    if not tokens:
        return []
    end = len(tokens)
    while end > 0:
        start = end
        while start > 0 and (
            np_token(tokens[start - 1])
            or joins_roles(tokens, start, end)
            or _hyphened_participle(tokens, start - 1)
            or in_charge(tokens, start - 1)
        ):
            start -= 1
        if start == end:
            end -= 1
            continue
        chunk = tokens[start:end]
        before = tokens[start - 1] if start > 0 else None
        if before is not None and (
            before.tag_.startswith("VB") or before.lower_ in PREPOSITIONS or before.lower_ in SPATIAL_PREPOSITIONS
        ):
            if before.tag_.startswith("VB") and skips_before_cue(before):
                return chunk
            # An object; look further back for the subject, else accept it.
            earlier = last_noun_phrase(tokens[: start - 1])
            if earlier and earlier[-1] is tokens[start - 2] and document_in_organisation(tokens, start - 1):
                # "An editorial in the Daily Ledger": the paper the document appeared in is part of
                # the phrase (it speaks through the editorial).
                return [*earlier, before, *chunk]
            if (
                earlier
                and earlier[-1] is tokens[start - 2]
                and before.lower_ in ("to", "for")
                and earlier[-1].lower_ in lexicons.spokespeople_nouns()
            ):
                # "An aide to Mr. Pembrook", "a spokeswoman for the council": the principal the
                # noun speaks for is part of the phrase (the principal speaks)
                return [*earlier, before, *chunk]
            if earlier and _portfolio_then_name(earlier, before, chunk):
                return chunk  # "High Commissioner for Human Rights Paul Amadi-Lee": the holder
            return earlier or chunk
        return chunk
    return []


def document_in_organisation(
    tokens: list[Token], k: int, is_organisation: Callable[[Token], bool] = lambda t: t.ent_type_ == "ORG"
) -> bool:
    """Whether ``tokens[k]`` is the "in" of "an editorial in the Harbor Courier": a document noun
    right before it and an organisation after it, before any punctuation (``is_organisation``: the
    model's tag, or the story's entities where a caller has them). The organisation the document
    appeared in speaks through it; "a statement in Spanish" names no one."""
    if k < 1 or tokens[k].lower_ != "in" or tokens[k - 1].lower_ not in lexicons.words("document_nouns"):
        return False
    for token in tokens[k + 1 : k + 8]:
        if token.is_punct:
            return False
        if is_organisation(token):
            return True
    return False


def joins_roles(tokens: list[Token], start: int, end: int) -> bool:
    """'the former health minister and current party leader': an "and" joining two
    descriptions of one person (the second starts in lower case), not two names."""
    if not (
        tokens[start - 1].lower_ == "and"
        and start < end
        and tokens[start].text[:1].islower()
        and start > 1
        and np_token(tokens[start - 2])
        and tokens[start - 2].text[:1].islower()
    ):
        return False
    for k in range(start - 2, max(-1, start - 12), -1):  # the first description opens with "the"
        if tokens[k].lower_ == "the":
            return True
        if not np_token(tokens[k]):
            return False
    return False


def _hyphened_participle(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the participle of a hyphened adjective ("London-based", "Grammy-winning",
    "state-run"): part of the noun phrase, not a verb whose object follows."""
    if k > 0 and tokens[k].tag_ in ("VBN", "VBD", "VBG") and tokens[k - 1].text in ("-", "‑"):
        return True
    # (or a verb the tagger saw in the first half of a hyphened modifier: "left-arm spinner",
    # "cut-price fares")
    return (
        k + 2 < len(tokens)
        and tokens[k].tag_.startswith("VB")
        and tokens[k].is_lower
        and tokens[k + 1].text in ("-", "‑")
        and not tokens[k].whitespace_
        and not tokens[k + 1].whitespace_
        and tokens[k + 2].tag_ in ("NN", "JJ")
    )


def np_token(token: Token) -> bool:
    return (
        token.tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP", "PRP$", "POS", "HYPH", "CD", "NFP")
        or token.lower_ in ("of", ".", "&")
        or (token.text[:1].isupper() and token.tag_ not in ("VBD", "VBZ", "VBP", "IN", "CC"))
    ) and token.lower_ not in PREPOSITIONS - {"of"}


# Words that open a noun phrase and cannot end one.
_OPENERS = frozenset({"DT", "JJ", "PRP$"})


def segments(tokens: list[Token]) -> list[list[Token]]:
    """Comma/dash separated pieces of a clause, parenthesised asides ("(D-Wis.)") left out."""
    segments: list[list[Token]] = [[]]
    depth = 0
    previous: Token | None = None
    for token in tokens:
        if previous is not None and token.i > previous.i + 1 and segments[-1] and previous.tag_ not in _OPENERS:
            # A quotation was cut out here: “Face the Nation,”. (Not one inside a noun phrase,
            # after its article or an adjective: campaigners for a “soft” exit, who said.)
            segments.append([])
        previous = token
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif token.text in SEPARATORS:
            segments.append([])
        else:
            segments[-1].append(token)
    return segments


def is_aside(segment: list[Token]) -> bool:
    """A piece between a name and its verb: an appositive ('a senior aide', "Roe's rival"),
    a relative clause ('who runs the effort') or a predicate ('called Friday for ...')."""
    first = segment[0]
    if len(segment) == 1 and first.tag_ == "CD" and first.text.isdigit():
        return True  # an age: "The senator's aide — Tom Grady, 34 — said"
    if len(segment) == 1 and first.is_upper and first.lower_ in lexicons.words("postnominals.txt"):
        return True  # letters after the name: "Valentine Grizzle, KC, said"
    if first.tag_ == "VBG" and len(segment) > 2 and segment[1].tag_ == "NN" and segment[2].tag_ == "NNP":
        return False  # "building superintendent Rafael Garcia": a role noun and a name, no predicate
    if first.lower_ in RELATIVE or first.lower_ in ASIDE_STARTS or first.tag_ in ("PRP$", "VBG", "VBN", "VBD", "VBZ"):
        return True
    if first.tag_ == "IN" or first.lower_ in PREPOSITIONS:
        return True  # "at a later press gaggle", "in a statement"
    # "Roe's rival in the election": a possessive name before a common noun.
    for i, token in enumerate(segment[:-1]):
        if token.tag_ == "POS":
            return segment[i + 1].tag_ in ("NN", "NNS", "JJ")
        if not token.tag_.startswith("NNP"):
            break
    return False


def is_affiliation(segment: list[Token]) -> bool:
    """'R-Ky.', 'D-N.C.', 'Md.': a party or state tag after a name, not a speaker."""
    text = "".join(t.text_with_ws for t in segment).strip()
    return (
        len(segment) <= 4
        and bool(re.fullmatch(r"(?:[RDI]-)?[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?\.?", text))
        and ("-" in text or text.endswith("."))
    )


def inside_commas(after: list[Token], cue: Token) -> bool:
    """True when the words before the cue are 'Name, a description,' (one appositive)."""
    commas = [t for t in after if t.text == "," and t.i < cue.i]
    return len(commas) >= 2


def inside_appositive(after: list[Token], verb: Token) -> bool:
    commas_before = [t for t in after if t.text == "," and t.i < verb.i]
    return len(commas_before) % 2 == 1 and len(commas_before) >= 1


# The tags of the words between a preposition and the name it governs: determiners, possessives,
# adjectives, common and proper nouns ("to the Corliss Times", "like his rival Dana Kroll", "with
# Fox News host Jo Ray"), a title's full stop.
_BEFORE_A_NAME = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "POS", "."})


def subject_after_opening_phrase(doc: Doc, name_start: int, comma: int) -> bool:
    """Whether the comma at token ``comma``, after a name starting at ``name_start``, closes a
    phrase opening the sentence rather than opening an apposition: the name is the object of a
    preposition or participle ("Speaking to Dana Kroll,", "In an interview with Harwell News,")
    and the words after the comma run into a finite verb before any other comma ("the governor
    said"), or name the subject in an apposition right before its verb ("the party's chairwoman,
    Ruth Abernathy, said"), so they are the main clause's subject, nothing said of the name."""
    k = name_start - 1
    while k >= 0 and name_start - k <= 6 and (doc[k].tag_ in _BEFORE_A_NAME or lexicons.is_title_word(doc[k].text)):
        k -= 1  # "to the Corliss Times", "with Sen. Dana Kroll", "like his rival Dana Kroll", "to Fox host Jo Ray"
    if k < 0 or doc[k].tag_ not in ("IN", "TO", "VBG"):
        return False
    for j in range(comma + 1, min(len(doc), comma + 12)):
        token = doc[j]
        if token.text == "," and j > comma + 1:
            return _apposed_name_before_verb(doc, j)
        if token.text in (",", ".", ";", ":", "—", "–") or token.tag_ in ("WP", "WP$", "WDT"):
            return False
        if token.tag_ in FINITE:
            return True
    return False


def _apposed_name_before_verb(doc: Doc, comma: int) -> bool:
    """Whether the comma at ``comma`` opens a name of one to four proper nouns set off by a
    second comma right before a finite verb: ", Ruth Abernathy, said"."""
    j = comma + 1
    while j < len(doc) and j - comma <= 5 and doc[j].tag_ in ("NNP", "NNPS"):
        j += 1
    if j == comma + 1 or j + 1 >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    while j < len(doc) and doc[j].tag_ == "RB":
        j += 1
    return j < len(doc) and doc[j].tag_ in FINITE


def past_home_of(doc: Doc, end: int) -> int:
    """Where a name ending at token ``end`` ends with the place it is from set after it: past "of
    Kansas" in "Gov. Sue Aldana of Kansas," or "of the Harbor District" — "of", "the" at most,
    then one to four capitalised proper nouns, with a comma or the sentence's end after them. A
    name apposed to a description ends an apposition there as it would at the comma. ``end``
    itself when no such phrase follows."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    first = k
    while k < len(doc) and k - first < 4 and doc[k].tag_ in ("NNP", "NNPS") and doc[k].text[:1].isupper():
        k += 1
    if k == first or (k < len(doc) and doc[k].text not in (",", ".", ";", ")")):
        return end
    return k


def opens_its_sentence(doc: Doc, k: int) -> bool:
    """Whether no finite verb stands between the start of token ``k``'s sentence and ``k``: a
    phrase at ``k`` opens the sentence ("After meeting his running mate, …") rather than
    following its main clause ("Brenner campaigned in Iowa with his running mate, …"). (The
    parser is off: a full stop, a line break or the start of the text opens a sentence.)"""
    j = k - 1
    while j >= 0 and doc[j].text not in (".", "!", "?") and "\n" not in doc[j].text_with_ws:
        if doc[j].tag_ in FINITE:
            return False
        j -= 1
    return True


def describes_the_noun_before(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is an adjective set after a common noun with a preposition after it:
    "close" of "a person close to Aldana", "familiar" of "sources familiar with Acme's plans". The
    phrase is headed by the noun; the name behind the preposition is whom the noun is close to."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].tag_ == "JJ"
        and tokens[k - 1].tag_ in ("NN", "NNS")
        and tokens[k - 1].is_lower
        and tokens[k + 1].lower_ in PREPOSITIONS
    )


@functools.cache
def _speaking_nouns() -> frozenset[str]:
    """Nouns for whoever speaks (people, relatives, their voices, organisations), not documents."""
    return (
        lexicons.role_nouns()
        | lexicons.words("kin_nouns")
        | lexicons.words("organisation_voices")
        | lexicons.words("organisation_nouns")
        | lexicons.words("institution_nouns")
        | lexicons.words("spokes_nouns")
        | lexicons.words("source_nouns")
    )


def speaking_noun(word: str) -> bool:
    """Whether ``word``, or the singular of a plural ("roommates"), is one of ``_speaking_nouns``."""
    nouns = _speaking_nouns()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def portfolio_then_title(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with a portfolio, lower-case words for no person (at most three:
    "finance", "adult social care"), then a capitalised title ("Cllr", "Dr"): "Cabinet member for
    finance Cllr Nigel Baverstock", where the name after the title is the subject, not the object
    of "for"; not "a letter to Speaker", "the family of victim"."""
    m = 0
    while m < len(tokens) and m < 3 and tokens[m].is_lower and tokens[m].tag_ in ("NN", "JJ"):
        if tokens[m].lower_ in lexicons.role_nouns():
            return False
        m += 1
    return 0 < m < len(tokens) and tokens[m].is_title and lexicons.is_title_word(tokens[m].text)


def phrase_word(tags: list[str], lowers: list[str], j: int, *, gerund: bool = False) -> bool:
    """Whether token ``j`` (by the columns' tags and lower-case words) goes on with the noun phrase
    of a preposition's phrase after a noun: a noun phrase's tag (``NP_TAGS``), the "than" of a
    figure's "more than" ("with more than 20 years' experience"), and with ``gerund`` a gerund ("in
    roads policing")."""
    tag = tags[j]
    return tag in NP_TAGS or (gerund and tag == "VBG") or (lowers[j] == "than" and j > 0 and tags[j - 1] == "JJR")
