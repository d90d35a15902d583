"""Which clause of its sentence a quotation stands in, when the frames find a cue on both sides
of it: whether the sentence so far introduces it with a cue ("paused and said, “…”"), reports it
in a clause of its own ("Lockwood said broadband was “…”"), or holds it inside an opening or a
"that" clause with that clause's own cue ("When Kolb promised to “…,”", "…, who noted that Hale
had called such limits “…,”"). Then the verb of the sentence after the quotation, or of the main
clause after it, is not its cue (``attribution.Attributor._from_frames`` asks these). Also,
for the subject readers (``cue_subjects``) and the colon frame: the earlier cue whose clause
reports a thing's doing ("Shoup said the strike would continue “…”": Shoup's words,
``outer_cue_of_thing``) and the person a statement is from ("a statement from her aide, Omar
Faisal:", ``statement_author``), and the clause a cue reports: a "that" or "whether" clause after
it (``reports_that_clause``), or one without "that" whose subject is a person's noun ("She said |
the officer told her": ``subject_of_reported_clause``). Read from the tagged tokens before the
opening mark; no parse.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.phrases import SUBORDINATORS

# The tags of a common noun phrase that names a thing ("the strike", "the city's new budget").
_THING_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "CD", "POS", "HYPH"})


def introduced_by_cue(before: list[Token]) -> bool:
    """Whether the sentence before a quotation ends with a cue verb introducing it ("and said,",
    "told reporters:" is not: only the verb itself, then a comma or colon, or nothing)."""
    words = [t for t in before if not t.is_space]
    if words and words[-1].text in (",", ":"):
        words = words[:-1]
    return bool(words) and is_cue(words[-1]) and words[-1].tag_ in ("VBD", "VBZ", "VBP")


def inside_opening_clause(before: list[Token]) -> bool:
    """Whether the quotation stands inside an adverbial clause opening its sentence ("When Roe
    promised to “…,”", "After Roe called it “…,”"): the sentence so far opens with a
    subordinator, holds a cue verb and no comma that would have closed the clause."""
    words = [t for t in before if not t.is_space]
    return (
        len(words) > 2
        and words[0].lower_ in SUBORDINATORS
        and not any(t.text in (",", ";", ":") for t in words)
        and any(is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP") for t in words)
    )


def reported_before(before: list[Token]) -> bool:
    """Whether the sentence before a quotation set in it holds a finite cue verb before a word
    of its own ("Lockwood said rural broadband was “…”", "Roe has told allies that Hale was “…”"):
    the quotation is part of what the cue reports."""
    words = [t for t in before if not t.is_space]
    cues = [k for k, t in enumerate(words) if is_cue(t) and _finite_or_perfect(words, k)]
    return bool(cues) and cues[0] > 0 and len(words) - cues[0] > 2


def _finite_or_perfect(words: list[Token], k: int) -> bool:
    """Whether the verb ``words[k]`` is finite, or a participle after "has", "have" or "had" ("the
    president has told allies that …")."""
    tag = words[k].tag_
    return tag in ("VBD", "VBZ", "VBP") or (tag == "VBN" and k > 0 and words[k - 1].lower_ in ("has", "have", "had"))


def reported_in_last_clause(before: list[Token]) -> bool:
    """Whether the quotation stands inside a "that" clause of the sentence so far whose finite cue
    verb follows its own subject ("…, who noted that Sen. Ruth Hale had once called such limits
    “…”"): no comma between that cue and the quotation, and the clause opened by "that"."""
    words = [t for t in before if not t.is_space]
    if not words or words[-1].text in (",", ":"):
        return False
    last_comma = max((k for k, t in enumerate(words) if t.text == ","), default=-1)
    clause = words[last_comma + 1 :]
    that = next((k for k, t in enumerate(clause) if t.lower_ == "that"), None)
    if that is None:
        return False
    cues = [k for k, t in enumerate(clause) if k > that + 1 and is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBN")]
    return bool(cues)


def outer_cue_of_thing(before: list[Token], speaks: Callable[[Token], bool]) -> int | None:
    """The index in ``before`` (the tokens before a cue verb, its auxiliaries taken off) of a
    finite reporting verb whose clause has a thing as its subject, right before that cue: "Dale
    Shoup, president of the teachers' union, said the strike would | continue “…”". A strike
    says nothing: the quoted words are what the earlier verb's subject said. None when the
    clause's subject is a name, a pronoun, or a noun ``speaks`` reads as someone who speaks ("said
    the union would argue")."""
    m = len(before)
    while m > 0 and before[m - 1].tag_ in _THING_PHRASE_TAGS and before[m - 1].ent_type_ == "":
        m -= 1
    phrase = before[m:]
    if not phrase or phrase[-1].tag_ not in ("NN", "NNS") or speaks(phrase[-1]) or m == 0:
        return None
    k = m - 1 if before[m - 1].lower_ == "that" else m
    if k == 0 or before[k - 1].tag_ not in ("VBD", "VBZ", "VBP") or not is_cue(before[k - 1]):
        return None
    return k - 1


# The words between a statement's noun and its author's name: "from her communications
# director,", "attributed to spokesperson", "by campaign manager".
_TO_AUTHOR_TAGS = frozenset({"PRP$", "DT", "JJ", "NN", "NNS", "NNP", ",", "HYPH"})


def statement_author(tokens: list[Token], entity_at: dict) -> str | None:
    """The person a statement that ends ``tokens`` is from (only punctuation after the name): "a
    statement from her communications director, Omar Faisal", "an email attributed to
    spokesperson Omar Teller", "in a statement by campaign manager Rhea Cole", "from Acme spokesman
    Jo Roe". The statement's noun (``document_nouns.txt``), "from", "by" or "attributed to", then a
    few words of role before a person's name. None when no person is named so, or words follow the
    name."""
    documents = lexicons.words("document_nouns")
    for k, token in enumerate(tokens):
        if token.lower_ not in documents or k + 2 >= len(tokens):
            continue
        m = k + 1
        if tokens[m].lower_ == "attributed" and tokens[m + 1].lower_ == "to":
            m += 1
        elif tokens[m].lower_ not in ("from", "by"):
            continue
        for n in range(m + 1, min(len(tokens), m + 8)):
            hit = entity_at.get(tokens[n].i)
            if hit is not None and hit[0].label == "PERSON":
                end = n
                while end + 1 < len(tokens) and entity_at.get(tokens[end + 1].i) == hit:
                    end += 1
                rest = tokens[end + 1 :]
                return hit[0].name if all(t.text in (",", ":", "—", "–") for t in rest) else None
            if hit is None and tokens[n].tag_ not in _TO_AUTHOR_TAGS and tokens[n].lower_ != "of":
                break  # (a role may hold "of", "chief of staff"; a body's name may stand before it)
    return None


def reports_that_clause(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a finite cue verb whose "that" clause follows it, past a short time
    phrase ("said that", "announced on Friday that"), or a cue with a "whether" clause ("He
    declined to say whether any ships had been shadowed, telling reporters": his participle)."""
    if tokens[k].tag_.startswith("VB") and is_cue(tokens[k]) and tokens[k + 1].lower_ == "whether":
        return True
    if tokens[k].tag_ not in ("VBD", "VBZ", "VBP") or not is_cue(tokens[k]):
        return False
    for m in range(k + 1, min(len(tokens), k + 5)):
        if tokens[m].lower_ == "that":
            return True
        if tokens[m].tag_ not in ("IN", "NNP", "NN", "CD", "DT", "RB"):
            return False
    return False


def person_noun(word: str) -> bool:
    """Whether ``word`` (or the singular of a plural) names a person by role or kin ("officer",
    "nurses", "mother"), not an organisation ("his organization condemns": the speaker's own body)."""
    people = lexicons.person_nouns()
    return word in people or (word.endswith("s") and word[:-1] in people)


def subject_of_reported_clause(tokens: list[Token]) -> list[Token] | None:
    """The noun phrase that ends ``tokens`` (the words before a cue) right after a finite cue
    that reports a clause without "that", a determiner opening it: "She said | the officer | told
    her", "Roe says | her lawyer | warned". None otherwise (not a name: read as any subject)."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].tag_ in ("NN", "NNS", "JJ"):
        k -= 1
    if k == len(tokens) or k < 2 or tokens[k - 1].tag_ not in ("DT", "PRP$") or tokens[-1].tag_ not in ("NN", "NNS"):
        return None
    verb = tokens[k - 2]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not is_cue(verb):
        return None
    return tokens[k - 1 :]
