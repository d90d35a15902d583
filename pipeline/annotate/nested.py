"""Who speaks a quotation inside a quotation: “Mr. Pruitt said, ‘Give me your keys,’” said Jordan.

The words inside the outer quotation are its speaker's, so a cue right before the inner one, in
the same sentence of those words, says whom the outer speaker quotes: a person the story names
("Mr. Pruitt said, ‘…’", or the subject of the sentence whose second verb the cue is: "Felix sat
down next to me and said, ‘…’"), or the outer speaker themselves ("I told him, ‘…’", "I was like
‘…’", "I said to myself, ‘…’", and their own thought: "I thought, ‘…’"). Any other subject ("he
says", "my brother said", "they just said") is the outer speaker's to resolve, from where they
stood, not the story's, so it names no one here and the inner quotation keeps no speaker; unless
the story says whom the outer quotation is about: "“He used to say, ‘…’” Cole said of her father,
Felix." makes "he" Felix.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import text_of
from pipeline.annotate.cues import Attribution, is_cue
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import skips_before_cue

# Words that may stand between a cue and the inner quotation's opening mark.
_BEFORE_MARK = frozenset({",", ":", "-", "—", "–"})
_PERSON_NOUNS = (
    lexicons.words("kin_nouns")
    | lexicons.words("everyday_person_nouns")
    | lexicons.role_nouns()
    | frozenset({"guy", "guys", "kid", "kids", "boy", "girl", "lady", "gentleman", "somebody", "someone"})
)
# Pronouns for the outer speaker and those they speak to or with.
_SPEAKERS_OWN = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "it"})
_HE, _SHE = frozenset({"he", "him", "his", "himself"}), frozenset({"she", "her", "hers", "herself"})
_NARRATED_PEOPLE = lexicons.words("kin_nouns") | lexicons.words("everyday_person_nouns")
_QUOTE_MARKS = frozenset("\"“”‘’'")
# Verbs that take the one spoken to as their object ("I told my father, ‘…’").
_TELLING = frozenset({"told", "tell", "tells", "asked", "ask", "asks", "warned", "reminded", "assured"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you", "myself", "ourselves", "yourself"})
# Verbs of thinking whose subject "I" quotes their own thought.
_THINKING = frozenset({"thought", "think", "wondered"})
# Forms of "be" before the quotative "like" ("I was like, ‘…’", "I'm like ‘…’").
_QUOTATIVE_BE = frozenset({"was", "am", "'m", "’m", "is", "'s", "’s"})


def enclosing(spans: list[QuoteSpan], i: int) -> int | None:
    """The index of the top-level span whose marks enclose the nested span ``i``."""
    inner = spans[i]
    for k in range(i - 1, -1, -1):
        outer = spans[k]
        if not outer.nested and outer.start <= inner.open_mark and inner.end <= outer.end:
            return k
    return None


def nested_attribution(
    doc: Doc,
    entity_at: dict,
    inner: QuoteSpan,
    outer: QuoteSpan,
    outer_speaker: str | None,
    gender_of: Callable[[str], str | None] = lambda name: None,
    story_subject: str | None = None,
) -> Attribution | None:
    """The speaker of the quotation ``inner`` inside ``outer`` (whose speaker is
    ``outer_speaker``), from a reporting verb right before its opening mark; ``entity_at`` maps
    token index → (entity, …), ``gender_of`` a person's name to 'm', 'f' or None;
    ``story_subject`` is the person the story names first. None when no such cue names someone."""
    span = doc.char_span(outer.start, inner.open_mark, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[-1].text in _BEFORE_MARK:
        tokens = tokens[:-1]
    if len(tokens) >= 4 and tokens[-2].lower_ == "to" and _speaks_or_thinks(tokens[-3]):
        if tokens[-1].lower_ in _OBJECT_PRONOUNS:
            tokens = tokens[:-2]  # "I said to myself, ‘…’", "I thought to myself, ‘…’"
    elif len(tokens) >= 3 and tokens[-1].lower_ in _OBJECT_PRONOUNS and is_cue(tokens[-2]):
        tokens = tokens[:-1]  # "I told her, ‘…’", "I told myself, ‘…’"
    elif len(tokens) >= 4 and tokens[-1].tag_ in ("NN", "NNS", "NNP"):
        # "I told my father, ‘…’", "I told the trainer, ‘…’", "I told Coach, ‘…’": the one told
        m = len(tokens) - 1
        while m > 1 and tokens[m - 1].tag_ in ("NN", "NNP", "JJ", "DT", "PRP$", "POS"):
            m -= 1
        if tokens[m - 1].lower_ in _TELLING:
            tokens = tokens[:m]
        elif m > 2 and tokens[m - 1].lower_ == "to" and _speaks_or_thinks(tokens[m - 2]):
            tokens = tokens[: m - 1]  # "I said to my husband, ‘…’"
    if len(tokens) < 2:
        return None
    cue = tokens[-1]
    k = len(tokens) - 2
    if cue.lower_ == "like" and tokens[k].lower_ in _QUOTATIVE_BE:
        k -= 1  # the quotative "I was like, ‘…’": what I said, or thought
    elif is_cue(cue) and cue.tag_ == "VB" and k >= 2 and tokens[k].lower_ == "to" and tokens[k - 1].lower_ == "used":
        k -= 2  # "He used to say, ‘…’"
    elif _speaks_or_thinks(cue) and cue.tag_ == "VBG" and (aux := _auxiliary_before(tokens, k)) is not None:
        k = aux - 1  # "I was just telling myself, ‘…’", "I kept telling him, ‘…’"
    elif is_cue(cue) and cue.tag_ == "VB" and tokens[k].lower_ == "and" and _habitual_before(tokens, k):
        pass  # "he’d lean over the boards and say, ‘…’": what he would say, again and again
    elif not _speaks_or_thinks(cue) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # (not "came in saying, ‘…’": a participle's subject is further back)
    while k > 0 and (skips_before_cue(tokens[k]) or (tokens[k].tag_ == "RB" and tokens[k].text.islower())):
        k -= 1  # "I just said", "Mr. Pruitt then said"
    subject = tokens[k]
    if subject.lower_ == "and":
        subject = _subject_of_first_verb(tokens, k, entity_at) or subject  # "Felix sat down … and said"
    elif subject.text == "," and k >= 2 and (hit := entity_at.get(tokens[k - 1].i)) is not None:
        # "My coach, Dana Whitlow, told me, ‘…’": the name set beside the subject
        start = k - 1
        while start > 0 and entity_at.get(tokens[start - 1].i, (None,))[0] is hit[0]:
            start -= 1
        if hit[0].label == "PERSON" and start > 0 and tokens[start - 1].text == ",":
            subject = tokens[k - 1]
    if subject.lower_ == "i":
        return Attribution(outer_speaker, cue.text) if outer_speaker else None
    parent = lexicons.pairs("parent_words").get(subject.lower_) if subject.is_title else None
    if (
        parent is not None
        and is_cue(cue)
        and story_subject is not None
        and outer_speaker is not None
        and story_subject != outer_speaker
        and story_subject.split()[-1] == outer_speaker.split()[-1]
        and gender_of(story_subject) in (None, parent[0])
    ):
        # "“Dad always used to tell the parents, ‘…’” his son Stuart McAlister said" in the story of
        # Bruce McAlister: the parent the speaker calls by the kin word is the story's subject,
        # whose surname the speaker shares
        return Attribution(story_subject, cue.text)
    if not is_cue(cue):
        return None  # (a thought is the outer speaker's own only: "I thought, ‘…’")
    if subject.lower_ in ("he", "she"):
        gender = "m" if subject.lower_ == "he" else "f"
        position = next(n for n, t in enumerate(tokens) if t is subject)
        about = _spoken_of(doc, entity_at, outer, outer_speaker)
        if about is not None and gender_of(about.name) in (None, gender):
            return Attribution(about.name, cue.text)
        if (
            about is None
            and story_subject is not None
            and outer_speaker is not None
            and not set(story_subject.split()) & set(outer_speaker.split())
            and gender_of(story_subject) == gender
            and _opens_with_the_cue(tokens[:position], gender)
            and not _someone_else_before(doc, entity_at, inner, (story_subject, outer_speaker), gender, gender_of)
        ):
            # "Walter Pennock, a sailor, died on Tuesday. “He said, ‘…’” his son Geoffrey said.":
            # the story's subject, when no one else the pronoun could be comes before it
            return Attribution(story_subject, cue.text)
        earlier = _named_earlier_in_quote(tokens[:position], entity_at, outer_speaker, gender, gender_of)
        return Attribution(earlier, cue.text) if earlier is not None else None
    hit = entity_at.get(subject.i)
    if hit is None or hit[0].label != "PERSON":
        return None
    start = k
    while start > 0 and entity_at.get(tokens[start - 1].i, (None,))[0] is hit[0]:
        start -= 1
    while start > 0 and lexicons.is_title_word(tokens[start - 1].text):
        start -= 1  # "Mr.", "Officer"
    if start > 0 and tokens[start - 1].tag_ in ("IN", "TO", "POS"):
        return None  # "the wife of Mr. Pruitt said": not the name's own words
    return Attribution(hit[0].name, cue.text)


def _habitual_before(tokens: list[Token], k: int) -> bool:
    """Whether the clause the "and" at ``k`` joins a cue to opens with "he'd", "she would" or
    "he used to" in the same sentence: the cue says what was said again and again."""
    m = k - 1
    while m > 0 and tokens[m].text not in (".", "!", "?", ";", ","):
        if tokens[m].lower_ in ("'d", "’d", "would", "used") and tokens[m - 1].lower_ in ("he", "she"):
            return True
        m -= 1
    return False


# What makes a participle the cue's verb: "was telling", "kept telling", "started saying".
_AUXILIARIES_OF_PARTICIPLES = frozenset(
    {"was", "were", "am", "is", "are", "kept", "keep", "keeps", "started", "start", "began", "begin"}
)


def _auxiliary_before(tokens: list[Token], k: int) -> int | None:
    """The index of "was", "kept" or "started" at or before ``k`` past adverbs ("was just
    telling"), when one makes the participle after it the cue's verb; else None."""
    while k > 0 and tokens[k].tag_ == "RB" and tokens[k].text.islower():
        k -= 1
    return k if k > 0 and tokens[k].lower_ in _AUXILIARIES_OF_PARTICIPLES else None


def _speaks_or_thinks(token: Token) -> bool:
    """Whether ``token`` is a reporting verb or "thought": the outer speaker quotes their own
    thought as they quote their words ("I thought, ‘Why not me?’")."""
    return is_cue(token) or token.lower_ in _THINKING


def _can_be_subject(token: Token, entity_at: dict) -> bool:
    """Whether ``token`` may be the cue's subject: "I", "he", "she" or a person's name."""
    hit = entity_at.get(token.i)
    return token.lower_ in ("i", "he", "she") or (hit is not None and hit[0].label == "PERSON")


def _subject_of_first_verb(tokens: list[Token], k: int, entity_at: dict) -> Token | None:
    """The subject of the sentence (inside the quotation) whose second verb is the cue right after
    the "and" at token ``k``: "Felix sat down next to me and said", "The captain, Roy Buckner, got
    on the intercom and said": the sentence opens with "I", "he", "she" or a person's name (a
    title or a role set beside it may come first), then one verb and its words, no comma after
    them, no second verb ("I ran to the porch and it was like, no, my brother ran in and said" is not
    mine)."""
    start = k
    while start > 0 and tokens[start - 1].text not in (".", "!", "?", ";"):
        start -= 1
    subject = next((t for t in tokens[start:k] if _can_be_subject(t, entity_at)), None)
    if subject is None or any(
        t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens[start : subject.i - tokens[0].i]
    ):
        return None
    entity = entity_at.get(subject.i, (None,))[0]

    def same_name(token: Token) -> bool:
        return entity is not None and entity_at.get(token.i, (None,))[0] is entity

    first = end = subject.i - tokens[0].i
    end += 1
    while end < k and same_name(tokens[end]):
        end += 1
    while first > start and same_name(tokens[first - 1]):
        first -= 1
    if end < k and tokens[end].text == ",":
        if first == start or tokens[first - 1].text != ",":
            return None  # ("Roe, who …,": no verb of hers right after the name)
        end += 1  # "The captain, Roy Buckner, got …": the name set beside the subject
    verbs = [t for t in tokens[end:k] if t.tag_.startswith("VB") or t.tag_ == "MD"]
    if len(verbs) == 2 and verbs[0].tag_ == "MD" and verbs[1] is tokens[end + 1]:
        verbs = verbs[1:]  # "he’d lean over the boards and say": a modal and its verb
        end += 1
    if not verbs or verbs[0] is not tokens[end] or len(verbs) > 1 or any(t.text == "," for t in tokens[end:k]):
        return None
    return subject


def _spoken_of(doc: Doc, entity_at: dict, outer: QuoteSpan, outer_speaker: str | None):
    """The person the quotation ``outer`` is about, when the cue of its paragraph says so: "“…,”
    Cole said of her father, Felix. “…”" (the first person named after "of" in that sentence)."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, outer.open_mark) + 1
    hi = text.find("\n", outer.end)
    span = doc.char_span(lo, hi if hi >= 0 else len(text), alignment_mode="contract")
    if span is None:
        return None
    tokens = list(span)
    for j, token in enumerate(tokens):
        if token.lower_ != "of" or j == 0 or not is_cue(tokens[j - 1]) or outer.open_mark <= token.idx < outer.end:
            continue
        for other in tokens[j + 1 : j + 12]:
            if other.text in (".", "!", "?", ";") or other.text in _QUOTE_MARKS:
                return None
            hit = entity_at.get(other.i)
            if hit is not None and hit[0].label == "PERSON" and hit[0].name != outer_speaker:
                return hit[0]
        return None
    return None


def _is_one_of(token: Token, nouns: frozenset[str]) -> bool:
    """Whether ``token`` is a noun of ``nouns``, or its plural ("kids", "neighbours")."""
    word = token.lower_
    return token.tag_ in ("NN", "NNS", "NNP") and (word in nouns or word.rstrip("s") in nouns)


def _speaks_of_another(token: Token, gender: str) -> bool:
    """Whether ``token``, inside a quotation, speaks of someone other than the speaker and the one
    a "he" or "she" of ``gender`` means: another pronoun for someone, or a noun for a person."""
    word = token.lower_
    same = _HE if gender == "m" else _SHE
    if token.tag_ in ("PRP", "PRP$") and word not in _SPEAKERS_OWN and word not in same:
        return True
    return _is_one_of(token, _PERSON_NOUNS)


def _opens_with_the_cue(before: list[Token], gender: str) -> bool:
    """Whether the words of the outer quotation before the inner cue's subject leave it the first
    person the quotation speaks of: one sentence, no quotation, no pronoun for someone of the other
    sex or for a group and no noun for a person ("He said, ‘…’", "He refused because, he said,
    ‘…’"; not "She said when the guy broke in, he said", "He told me no. And I said, ‘…’ He said")."""
    return not any(
        token.text in (".", "!", "?", ";") or token.text in _QUOTE_MARKS or _speaks_of_another(token, gender)
        for token in before
    )


def _someone_else_before(
    doc: Doc,
    entity_at: dict,
    inner: QuoteSpan,
    known: tuple[str, ...],
    gender: str,
    gender_of: Callable[[str], str | None],
) -> bool:
    """Whether a person other than ``known``, of ``gender`` or of no known gender, is named before
    the quotation ``inner``, or a relative or someone unnamed ("his father handed him the keys",
    "a neighbour") is mentioned after the story's subject last was (``known[0]``; not in an
    apposition to it): then "he" inside a quotation may be them."""
    last_subject = -1
    for i, token in enumerate(doc):
        if token.idx >= inner.open_mark:
            break
        hit = entity_at.get(i)
        if hit is not None and hit[0].label == "PERSON":
            if hit[0].name == known[0]:
                last_subject = i
            elif hit[0].name not in known and gender_of(hit[0].name) in (None, gender):
                return True
    k = last_subject + 1
    if 0 < k < len(doc) and doc[k].text == ",":
        k += 1  # (", a sailor,": the subject's apposition, up to its closing comma)
        while k < len(doc) and doc[k].idx < inner.open_mark and doc[k].text != ",":
            k += 1
    for token in doc[max(k, 0) :]:
        if token.idx >= inner.open_mark:
            break
        if token.tag_ in ("NN", "NNS") and _is_one_of(token, _NARRATED_PEOPLE):
            return True
    return False


def _named_earlier_in_quote(
    before: list[Token], entity_at: dict, outer_speaker: str | None, gender: str, gender_of: Callable[[str], str | None]
) -> str | None:
    """ "“A man called Felix Arno came up after the show. He said, ‘…’”": the one person the outer
    quotation itself named before the pronoun, in an earlier sentence of it, of the pronoun's sex
    (or of none known), with no other person, pronoun for someone or noun for a person after the
    name. None otherwise."""
    same = _HE if gender == "m" else _SHE
    quoted = False  # (a name inside an earlier inner quotation is someone spoken of: "‘What about Michael?’")
    names: dict[str, int] = {}
    for n, token in enumerate(before):
        if token.text in _QUOTE_MARKS:
            quoted = not quoted
            continue
        hit = entity_at.get(token.i)
        if hit is not None and hit[0].label == "PERSON" and hit[0].name != outer_speaker and not quoted:
            names[hit[0].name] = n
        elif token.lower_ in same and not names:
            return None  # "He told me … He said": the quotation already speaks of someone as "he"
    if len(names) != 1:
        return None
    name, last = next(iter(names.items()))
    rest = before[last + 1 :]
    if not any(t.text in (".", "!", "?") for t in rest) or gender_of(name) not in (None, gender):
        return None
    if any(token.tag_ != "NNP" and _speaks_of_another(token, gender) for token in rest):
        return None
    return name
