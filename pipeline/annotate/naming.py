"""Clauses about a person's name: those saying someone is not named ("who declined to be
identified", "speaking on condition of anonymity") and those giving a name of the person's own
choosing or someone else's ("who gave only her first name, Dee", "identified by police as Lina
Moss"). The attribution frames ask them whether an unnamed description has a name after all.

The patterns are English grammar of naming, not a lexicon of content words.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.annotate.phrases import past_titles
from pipeline.model import Entity

# The words of a relative clause saying someone is not named, after its "who" ("who would not
# give his name", "who declined to be identified", "who did not want to be named").
# (the word that ends such a clause: "named", "identified", "anonymity")
UNNAMED_WORD = r"(?:identif|name|anonym)"
ANONYMOUS = re.compile(
    r"(?:(?:did n[o']t|didn't|does n[o']t|doesn't|declined|refused|asked|would n[o']t|wouldn't|requested|spoke|"
    r"talked)\b[^.;]{0,60}?\b"
    # (and what the law forbids: "who cannot be named for legal reasons", "who may not be identified")
    r"|(?:cannot|can ?n[o']t|could n[o']t|couldn't|may not|must not) be )"
    + UNNAMED_WORD
    # (or says the person may not speak for the record: "who was not authorised to speak
    # publicly", "who is not authorized to comment")
    + r"|(?:(?:was|is|were|are) not|wasn't|isn't|weren't|aren't) authori[sz]ed to (?:speak|comment|talk|discuss)"
)

# The same said by a participle set off after the description ("A PHA official, speaking on
# condition of anonymity,", "a guard, asking not to be named,").
ANONYMOUS_PARTICIPLE = re.compile(
    r"(?:speaking|talking|asking|declining|requesting|preferring)\b[^.;]{0,60}?\b" + UNNAMED_WORD
)


def participle_says_unnamed(clause: list[Token]) -> bool:
    """Whether ``clause`` (its tokens from the participle on) says the person is not named."""
    return bool(clause) and bool(ANONYMOUS_PARTICIPLE.match(clause[0].doc[clause[0].i : clause[-1].i + 1].text.lower()))


# The words by which someone the story does not otherwise name gives a name of their own choosing,
# matched on a clause's lower-cased tokens joined by spaces: "who identified himself only as X",
# "who gave only her first name, X", "who asked to be identified by his first name, X",
# "identified only as X", "who goes by X", "who said her name is X". The name comes next.
# (the names chosen for the purpose: a soldier's call sign, a writer's pseudonym, a protester's
# "forest name")
CHOSEN_NAME = r"(?:nickname|call sign|callsign|pseudonym|alias|nom de guerre|(?:forest|pen|stage|code) name)"
NAMING_CLAUSE = re.compile(
    r"(?:(?:later|then|eventually|afterward|afterwards|subsequently) )?"  # "who later identified herself as"
    r"(?:(?:asked|wanted|wished|requested|preferred|agreed|asking) to be (?:called|identified|named|known)"
    r"(?: only)?(?: as| by (?:her|his|their) (?:(?:first |last )?name|surname|" + CHOSEN_NAME + r")(?: ,)?)?"
    r"|(?:would )?(?:only )?(?:gave|give|gives|provided|offered|shared|identified) (?:only )?"
    r"(?:her|his|their|herself|himself|themselves) (?:(?:first |last |family )?(?:name )?|surname |"
    + CHOSEN_NAME
    + r" )(?:only )?(?:as|,)"
    r"|(?:is |was )?(?:identified|known) only (?:as|by (?:her|his|their) (?:(?:first |last )?name|surname)(?: ,)?)"
    # "who uses the name Abu Hamza", "who uses the call sign Tyhr", "who writes under the name Orel"
    r"|(?:uses|used|goes by|went by|(?:writes|wrote|posts|posted|performs|performed) under) (?:the )?"
    r"(?:name|" + CHOSEN_NAME + r")(?: of)?"
    r"|(?:goes|went) by"
    r"|said (?:her|his) (?:first |last )?name (?:is|was)"
    r"|whose (?:real |full |legal |birth |first |last )?name (?:is|was)"  # "The rapper, whose real name is"
    r"|surnamed) "  # "a 67-year-old farmer surnamed Lee"
)


def naming_clause_length(words: list[str]) -> int | None:
    """How many of ``words`` (a clause's lower-cased tokens, after its "who" if it has one) say
    that the person gives a name of their own choosing (``NAMING_CLAUSE``); the name is the token
    after them. None when the clause says no such thing."""
    match = NAMING_CLAUSE.match(" ".join(words[:14]) + " ")
    return len(match.group(0).split()) if match else None


def says_unnamed(clause: list[Token]) -> bool:
    """Whether a relative clause (``clause``: its tokens after "who") says the person is not named
    ("would not give his name", "declined to be identified", ``ANONYMOUS``) and gives no name of
    their choosing instead ("asked to be identified only as Tobias", ``NAMING_CLAUSE``)."""
    if not clause or naming_clause_length([t.lower_ for t in clause]) is not None:
        return False
    return bool(ANONYMOUS.match(clause[0].doc[clause[0].i : clause[-1].i + 1].text.lower()))


def name_chosen_in(tokens: list[Token], entity_at: dict) -> Entity | None:
    """The person a clause (``tokens``, after its "who" if it has one) says is the name someone
    chose to give ("identified himself only as Tobias", "gave only her first name, Dee"), by
    ``entity_at`` (token index → (entity, …)); not someone else's ("identified himself as
    Samson's manager" names a role)."""
    return _person_named_at(tokens, naming_clause_length([t.lower_ for t in tokens[:14]]), entity_at)


# Others naming someone: "identified as Lina Moss", "identified by the Herald as Lina Moss" (at
# most four words between "by" and "as"). Kept apart from NAMING_CLAUSE, which also makes the
# name after it a person where the model said otherwise: "a firm identified as Acme" is no person.
IDENTIFIED_AS = re.compile(r"identified (?:by (?:\S+ ){1,4})?as ")


def name_identified_in(tokens: list[Token], entity_at: dict) -> Entity | None:
    """The person a participle opening ``tokens`` names ("identified by police as Lina Moss"), by
    ``entity_at`` as ``name_chosen_in``; not a role ("identified as Samson's manager")."""
    match = IDENTIFIED_AS.match(" ".join(t.lower_ for t in tokens[:10]) + " ")
    return _person_named_at(tokens, len(match.group(0).split()) if match else None, entity_at)


def identified_only_as(tokens: list[Token]) -> str | None:
    """The noun of an indefinite description a participle opening ``tokens`` identifies someone by
    ("identified by the coroner as a 41-year-old woman" -> "woman"), lower case; None when it
    names someone or identifies no one."""
    match = IDENTIFIED_AS.match(" ".join(t.lower_ for t in tokens[:10]) + " ")
    if match is None:
        return None
    k = len(match.group(0).split())
    if k >= len(tokens) or tokens[k].lower_ not in ("a", "an"):
        return None
    for token in tokens[k + 1 : k + 9]:
        if token.tag_ in ("NN", "NNS") and token.lower_ not in ("year", "years"):
            return token.lower_
        if token.tag_ not in ("CD", "HYPH", "JJ", "NN") and token.lower_ not in ("year", "years"):
            return None
    return None


def _person_named_at(tokens: list[Token], k: int | None, entity_at: dict) -> Entity | None:
    """The PERSON entity whose mention starts at ``tokens[k]`` (or after a title there) and is no
    one's possessive."""
    if k is None or k >= len(tokens):
        return None
    if tokens[k].is_quote and k + 1 < len(tokens):
        k += 1  # (a call sign or a nickname in quotation marks: 'gave his call sign as “Hutsul,”')
    k = past_titles(tokens, k, entity_at)  # "identified himself as Captain Rolf Anders": the rank
    hit = entity_at.get(tokens[k].i)
    if hit is None or hit[0].label != "PERSON":
        return None
    end = k
    while end < len(tokens) and entity_at.get(tokens[end].i, (None,))[0] is hit[0]:
        end += 1
    if end < len(tokens) and tokens[end].lower_ in ("'s", "’s", "'"):
        return None
    return hit[0]
