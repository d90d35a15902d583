"""The titles and descriptions a story ties to each person: "Sheriff Bob Gualtieri", "the
committee chairman, Rep. Dale Hurst,", "Roe, the party's nominee,", "The chairman of the state
party, Rick Bower,", "Sen. Ann Roe (D-Va.)", "appointed Dale Kerr as police chief". A later
description ("the chairman", "the Virginia Democrat") refers to the person the story tied its
words to (``coreference.Coreference.resolve_description``). Read from the tagged ``Doc`` around
each mention; no parse. Part of ``StoryIndex`` (``mentions.py``), kept apart because it is a
reading of its own: which words describe whom.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, tags_of, words_of
from pipeline.annotate.person_predicates import role_predicate
from pipeline.annotate.person_titles import STYLES_OF_ADDRESS
from pipeline.annotate.phrases import opens_its_sentence, past_home_of, past_titles, subject_after_opening_phrase
from pipeline.model import Entity

# Words that open a description set beside a name ("the chairman, Dale Hurst,", "its chief, Roe,").
# Words that open a description set beside a name between commas ("the chairman, Rep. Dale
# Hurst,", "His father, Nestor Vidal,"); whose "his" is, the index does not know, so a tie
# after "his" or "her" records no owner.
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# Indefinite openers of such a description: "one Democrat, Rep. Ann Roe," is a Democrat.
_INDEFINITE = frozenset({"a", "an", "one"})


_RANKS = lexicons.words("rank_modifiers.txt")
_KIN = lexicons.words("kin_nouns")
_MILITARY_RANK_HEADS = lexicons.words("military_rank_heads.txt")


def rank_of(word: str) -> str | None:
    """The rank a modifier gives a title ("vice", "former"; "lt" read as "lieutenant"), or None."""
    word = word.lower().strip(".")
    for form in (word, *lexicons.title_expansions(word)):
        if form in _RANKS:
            return form
    return None


def rank_in(modifiers: Sequence[str]) -> str | None:
    """The rank among a description's modifiers, in text order ("Holt's former campaign manager"
    -> "former"); of two, the one nearer the head ("the former vice president" -> "vice": the
    office is the vice presidency, as `_title_words` ties it)."""
    ranks = [rank for rank in map(rank_of, modifiers) if rank is not None]
    return ranks[-1] if ranks else None


# Nouns for a body, not a person ("the campaign", "the committee", "the state"): before another
# word of a title they say what the person belongs to, so they are not tied to the person; and
# the nouns ending an event's name ("Festival director Ann Roe": "the festival said" is not her).
_BODY_NOUNS = (
    lexicons.words("organisation_nouns")
    | lexicons.words("event_name_endings")
    | lexicons.words("institution_nouns")
    | lexicons.words("organisation_voices")
    | lexicons.words("facility_nouns")
    | lexicons.words("place_nouns")
    | lexicons.words("spokes_bodies")
)


def _role_given_as(doc: Doc, j: int) -> set[str]:
    """The role a name is given with "as" right after it (token ``j`` on): "picked Gov. Lisa Pratt
    of Indiana as his running mate", "appointed Dale Kerr as police chief", "Kerr, who serves as
    the board's chairman" is not read (the name is not right before "as"). Only a phrase whose
    last noun is a role noun ("as a favor", "as well" say nothing about the person)."""
    n = len(doc)
    if j + 1 < n and doc[j].lower_ == "of":  # "Gov. Lisa Pratt of Indiana as …"
        j += 1
        while j < n and doc[j].tag_ == "NNP":
            j += 1
    if j + 1 >= n or doc[j].lower_ != "as":
        return set()
    k = j + 1
    if doc[k].lower_ in _APPOSITION_OPENERS or doc[k].tag_ == "PRP$":
        k += 1
    words = []
    while k < n and len(words) < 4 and doc[k].tag_ in ("NN", "JJ", "HYPH") and not doc[k].ent_type_:
        words.append(doc[k])
        k += 1
    if not words or words[-1].tag_ != "NN" or words[-1].lower_ not in lexicons.role_nouns():
        return set()
    return _title_words(words)


# "chairs" -> ("chairman", "chairwoman", "chair"): role_verbs.txt, its verbs in every form.
_ROLE_OF_VERB = {
    form: nouns for lemma, nouns in lexicons.pairs("role_verbs").items() for form in lexicons.inflections(lemma)
}


def _role_of_relative_verb(doc: Doc, j: int) -> set[str]:
    """The role a relative clause right after a name says its subject holds now (token ``j``, the
    comma after the name): "Mott, who chairs the Armed Services Committee," -> chairman,
    chairwoman, chair; "who now heads the agency" -> head. Present tense only ("who chaired" is
    a role held once, which "the chairman" would not mean)."""
    n = len(doc)
    if j + 2 >= n or doc[j].text != "," or doc[j + 1].lower_ != "who":
        return set()
    k = j + 2
    if doc[k].tag_ == "RB" and k + 1 < n:
        k += 1  # "who now chairs", "who also leads"
    if doc[k].tag_ != "VBZ":
        return set()
    return set(_ROLE_OF_VERB.get(doc[k].lower_, ()))


def _head_before_of(doc: Doc, k: int) -> tuple[set[str], int] | None:
    """The description words of a noun phrase ending right before an "of" whose object opens at
    token ``k`` ("The chairman", "Grady's former chief" of "… of staff, Ann Cole,"), and the
    token that opens the phrase: None unless that is an apposition opener or a possessive's "'s"
    and the phrase holds a noun."""
    m = k - 2
    while m > 0 and m > k - 7 and doc[m].tag_ in ("NN", "JJ", "NNP", "HYPH"):
        m -= 1
    # (a capitalised title counts as its noun: "Westmarch's Minister for Children, Ann Roe,")
    nouns = [
        t
        for t in doc[m + 1 : k - 1]
        if t.tag_ in ("NN", "JJ") or (t.tag_ == "NNP" and t.lower_ in lexicons.role_nouns())
    ]
    if m < 0 or not any(t.tag_ in ("NN", "NNP") for t in nouns):
        return None
    if doc[m].lower_ not in _APPOSITION_OPENERS and doc[m].tag_ != "POS":
        return None
    return _title_words(nouns), m


def _names_a_person(words: set[str]) -> bool:
    """Whether any of the words is a noun for a person (a role, a relative, "neighbor")."""
    people = lexicons.person_nouns()
    return any(word in people for word in words)


# Words after a title that make it a retired holder's ("Bishop Emeritus Ann Roe"): still "the
# bishop", though the sitting one is likelier (``Coreference.resolve_description``).
_RETIRED = frozenset({"emeritus", "emerita"})


def _title_words(tokens: Sequence[Token]) -> set[str]:
    """The words of a title or description (in text order) to tie to a person: each word, but the
    words after a rank as compounds only ("Vice President" -> "vice president", not "president";
    "Former House Speaker" -> "former speaker"; "Lt. Gov." -> "lieutenant governor"), so "the
    president" is not the vice president nor the former one, though a place stays the person's
    ("Former Massachusetts Gov." -> "massachusetts" too); and not a body's noun before the
    title's head ("campaign manager", "committee chairman"): "the campaign said" is not the
    manager; a title before "Emeritus" as the compound too ("emeritus bishop")."""
    out: set[str] = set()
    rank: str | None = None
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        word = token.lower_.strip(".")
        if k < last and tokens[k + 1].lower_ in _RETIRED:
            out.add(f"{tokens[k + 1].lower_} {word}")  # "Bishop Emeritus": the bishop who retired
        now = rank_of(word)
        if now is not None:
            rank = now
            out.add(now)
        elif rank is not None:
            out.add(f"{rank} {word}")
            out.update(f"{rank} {full}" for full in lexicons.title_expansions(word))
            # ("Lt. Gen. Jose Cuerpo … the general said": a general whatever the grade)
            out.update(full for full in (word, *lexicons.title_expansions(word)) if full in _MILITARY_RANK_HEADS)
            if token.ent_type_ == "GPE":
                out.add(word)  # "Former Massachusetts Gov.": still of Massachusetts
        elif k < last and word in _BODY_NOUNS and tokens[k + 1].lower_ != "of":
            continue
        else:
            out.add(word)
    # (a British or Kenyan secretary of a portfolio is a minister: "Technology Secretary Harriet
    # Roe" is "the minister"; not a press, party, permanent or private secretary)
    for k in range(1, len(tokens)):
        before = tokens[k - 1]
        if tokens[k].lower_ == "secretary" and before.is_title and before.lower_ not in _NOT_PORTFOLIOS:
            out.add("minister")
    return out


# Words before "Secretary" that make no minister of the holder.
_NOT_PORTFOLIOS = frozenset(
    {"press", "general", "permanent", "private", "executive", "principal", "company", "assistant", "deputy"}
)


def description_ties(
    doc: Doc,
    text: str,
    entities: Sequence[Entity],
    entity_at: dict[int, tuple[Entity, int]],
    in_furniture: Callable[[int], bool],
) -> tuple[dict[str, set[str]], dict[tuple[str, str], str]]:
    """Words the story ties to each person: titles before a mention, descriptions set beside it
    (before or after), a role given with "as"; and whose a description is when it is another
    person's ((word, person) -> owner: "Nichols' mother, Claritha,"). ``entity_at``: the
    entity and mention start of each token in a mention; ``in_furniture``: whether a character
    lies in page furniture (no mention there ties anything)."""
    ties: dict[str, set[str]] = {}
    tie_owners: dict[tuple[str, str], str] = {}
    tags, lowers, forms = tags_of(doc), lowers_of(doc), words_of(doc)  # (read for every mention)
    for entity in entities:
        if entity.label != "PERSON":
            continue
        words = ties.setdefault(entity.name, set())
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or in_furniture(mention.start):
                continue
            # "Sheriff Bob Gualtieri" as one entity: the title inside the name
            inside = []
            for token in span[:-1]:
                if token.lower_.strip(".") not in lexicons.titles():
                    break
                inside.append(token)
            words |= _title_words(inside)
            # "U.S. Secretary of State Rex Tillerson", "Russian Foreign Minister Sergey Lavrov"
            i = span.start - 1
            before: list[Token] = []
            while i >= 0 and (
                tags[i] in ("NNP", "NNPS", "NN", "JJ", "HYPH")
                or lowers[i] == "of"
                or (forms[i] == "." and i > 0 and lexicons.title_expansions(forms[i - 1]))
                or (forms[i] in STYLES_OF_ADDRESS and forms[i].isupper())  # "Minister of Labour, HE Dr. Ali"
            ):
                if forms[i] == "." or forms[i] in STYLES_OF_ADDRESS:
                    i -= 1  # "Sgt. Gil Ferrante", where the tokenizer split the abbreviation's dot off; "HE Dr. Ali"
                    continue
                if i in entity_at and entity_at[i][0] is entity:
                    break
                if lowers[i] == "of" and all(t.text[:1].islower() for t in before):
                    break  # "the mother of (victim) Dana Kroll": of her, not her title
                before.append(doc[i])
                i -= 1
            words |= _title_words(before[::-1])
            words |= _affiliation_ties(text, mention.end)
            # "the committee chairman, Rep. Dale Hurst," / "its chief executive, Ann Roe.": a
            # description the name is set beside, between commas (not "After meeting the
            # senator, Ann Roe said", where the name opens the clause).
            # ("Gov. Sue Aldana of Kansas,": the place she is from closes it as the comma would)
            closing = past_home_of(doc, span.end)
            closed = closing >= len(doc) or doc[closing].text in (",", ".", ";", "—", "–", "(")
            if closed and i > 1 and doc[i].text == ",":
                k = i - 1
                while (
                    k > 0
                    and k > i - 7
                    and (doc[k].tag_ in ("NN", "JJ", "NNP", "HYPH") or (doc[k].tag_ == "VBG" and k < i - 1))
                ):
                    k -= 1  # ("his running mate, Sue Aldana,": a participle before the noun)
                opener, ahead = doc[k], doc[k - 1] if k > 0 else None
                owner = entity_at.get(ahead.i) if opener.tag_ == "POS" and ahead is not None else None
                # (a party word the tagger reads as a name: "a Democrat, Rep. Ann Roe,")
                nouns = _title_words(
                    [t for t in doc[k + 1 : i] if t.tag_ in ("NN", "JJ") or lexicons.party_of(t.text) is not None]
                )
                of_at = (
                    k
                    if opener.lower_ in ("of", "for")
                    else k - 1
                    if ahead is not None and ahead.lower_ in ("of", "for")
                    else None
                )  # ("The chairman of the party, Rick Bower,", "Minister for Children, Ann Roe,")
                head_of = _head_before_of(doc, of_at + 1) if of_at is not None else None
                if head_of is not None and not _names_a_person(nouns):
                    # "The chairman of the state party, Rick Bower,": the chairman, not the
                    # party (not "the mother of the victim, Jane Roe," who may be either);
                    # "Grady's former chief of staff, Ann Cole,": Grady's
                    tied, m = head_of
                    words.update(tied)
                    holder = entity_at.get(m - 1) if doc[m].tag_ == "POS" and m > 0 else None
                    if holder is not None and holder[0].label == "PERSON":
                        tie_owners.update(((word, entity.name), holder[0].name) for word in tied)
                elif k == i - 1 or (
                    ahead is not None
                    and ahead.tag_ in ("IN", "VBG")
                    # ("… campaigned in Iowa with his running mate, Sue Aldana, at his side": a
                    # phrase after the main verb opens no clause the name could be subject of)
                    and not (opener.tag_ in ("PRP$", "POS") and not opens_its_sentence(doc, ahead.i))
                    # ("The vote was 9-6, with one Democrat, Rep. Ann Roe, joining": a preposition
                    # inside its sentence before an indefinite description set beside the name)
                    and not (
                        ahead.tag_ == "IN" and opener.lower_ in _INDEFINITE and not opens_its_sentence(doc, ahead.i)
                    )
                ):
                    pass
                elif opener.lower_ in _APPOSITION_OPENERS | _INDEFINITE or (opener.tag_ == "POS" and ahead is not None):
                    words.update(nouns)
                    if owner is not None and owner[0].label == "PERSON":
                        # A person's kin or staff ("Hale's mother, Viola Warren,") is theirs:
                        # "his mother" about someone else is not her.
                        tie_owners.update(((word, entity.name), owner[0].name) for word in nouns)
            # "R.C. Hammond, a senior Tillerson aide," / "Roe, the party's nominee," /
            # "Martin Osei, Holt's former campaign manager,"
            j = span.end
            opens = j + 1 < len(doc) and doc[j].text == ","
            if opens:
                j += _relative_copula(doc, j + 1)  # "Roe, who is now the party's nominee,"
            owned_by = _possessive_name_at(doc, j + 1, entity_at) if opens else None
            possessive = owned_by is not None
            if opens and (doc[j + 1].lower_ in ("a", "an", "the", "his", "her") or possessive):
                k = owned_by[1] + 1 if owned_by is not None else j + 2
                after: list[Token] = []
                # "Roe, a critic of the mayor,": a critic, not the mayor ("the governor of Ohio"
                # keeps Ohio); so "Mia Tran, a spokeswoman for the governor,", "an aide to the mayor"
                of_seen = False
                relative = False
                while k < len(doc) and k < j + 10 and doc[k].text not in (",", ".", ";", "—", "–"):
                    of_seen = of_seen or doc[k].lower_ in ("of", "for", "to")
                    relative = relative or doc[k].lower_ in ("who", "that", "which", "whose")
                    if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") and not relative:
                        after = []  # "their manager, Phil Redding, the band confirmed": a clause, no apposition
                        break
                    if doc[k].tag_.startswith(("NN", "JJ")) and (not of_seen or doc[k].ent_type_ == "GPE"):
                        after.append(doc[k])
                    k += 1
                if not subject_after_opening_phrase(doc, span.start, j):
                    tied = _title_words(after)
                    words |= tied  # (not "Speaking to Dana Kroll, the governor said")
                    if owned_by is not None and owned_by[0] is not None and owned_by[0].label == "PERSON":
                        # "Kay Conlan, Donald Pratt's campaign manager,": Pratt's manager. (Not a
                        # relation: "John Banky, Ben's older brother, … said his brother" is read
                        # with "his" as John's, whom a brother owned by Ben would then not fit.)
                        tie_owners.update(((word, entity.name), owned_by[0].name) for word in tied - _KIN)
            words |= _role_given_as(doc, span.end)
            words |= _role_of_relative_verb(doc, span.end)
            predicated = role_predicate(doc, span.end)
            if predicated is not None:
                words |= _title_words(predicated)  # "Jorge Almeida is the finance minister"
    rulers = lexicons.pairs("ruler_titles")
    for tied in ties.values():
        tied.update(w for word in list(tied) for w in lexicons.title_expansions(word))
        tied.update(w for word in list(tied) for w in rulers.get(word, ()))  # "King Ann Roe": the monarch
        tied.update(w for word in list(tied) for w in lexicons.neutral_role_nouns(word))  # "the spokesperson"
    return ties, tie_owners


def _possessive_name_at(doc: Doc, k: int, entity_at: dict[int, tuple[Entity, int]]) -> tuple[Entity | None, int] | None:
    """The owner of a possessive opening at token ``k`` ("Holt's", "Donald Pratt's": a proper
    noun, or a mention's last word, before "'s") and the token of its "'s"; None when none
    opens there. The owner is the entity of that mention, or None for a lone proper noun the
    model did not tag."""
    k = past_titles(doc, k, entity_at)  # "Gov. Ruth Mallory's": the title before the owner's name
    if k >= len(doc) or doc[k].tag_ != "NNP":
        return None
    hit = entity_at.get(k)
    end = k
    if hit is not None:
        while end + 1 < len(doc) and entity_at.get(end + 1) == hit:
            end += 1
    if end + 1 >= len(doc) or doc[end + 1].tag_ != "POS":
        return None
    return (hit[0] if hit is not None else None), end + 1


# A party and state tag right after a name: "Sen. Ann Roe (D-Va.)", "Rep. Jay Roe, R-Texas,".
_AFFILIATION = re.compile(r"\s*[(,]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
_PARTY_LETTERS = {"R": "republican", "D": "democrat"}
# "Sen. Ann Roe of Virginia", "Rep. Dale Hurst of New York": the whole capitalised run after
# "of" (so "of Texas Tech" names no state).
_OF_STATE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?![\w-])")


def _affiliation_ties(text: str, end: int) -> set[str]:
    """The words a party and state tag after a name (ending at ``end``) ties to it: the party
    ("republican") and the state's words ("virginia", "new", "york"), as "Virginia Democratic
    Sen. Ann Roe" would, so "the Virginia Democrat" and "the Republican" can be told apart. A
    state after "of" ("Sen. Ann Roe of Virginia") ties its words the same way: "the Kentucky
    senator" is then not her."""
    match = _AFFILIATION.match(text, end)
    if match is None:
        of_state = _OF_STATE.match(text, end)
        state = lexicons.us_state(of_state.group(1)) if of_state else None
        return {word.lower() for word in state.split()} if state else set()
    state = lexicons.us_state(match.group(2))
    if state is None:
        return set()
    out = {word.lower() for word in state.split()}
    if match.group(1) in _PARTY_LETTERS:
        out.add(_PARTY_LETTERS[match.group(1)])
    return out


def _relative_copula(doc: Doc, k: int) -> int:
    """How many tokens from ``k`` make a relative clause's "who is" (with "now", "also",
    "currently"): "Roe, who is now the party's nominee," says what Roe is, as "Roe, the party's
    nominee," does. 0 when none starts there."""
    if k + 1 >= len(doc) or doc[k].lower_ != "who" or doc[k + 1].lower_ not in ("is", "was"):
        return 0
    n = 2
    if k + n < len(doc) and doc[k + n].lower_ in ("now", "also", "currently", "still"):
        n += 1
    return n
