"""What a quoted span is: speech ("full" or "partial") or a name-like span ("scare": a scare quote,
the title of a work, a nickname, a subhead, the words on a sign), read from the words around it
and from whether someone is said to speak it. ``quotes.find_quotes`` asks it of every span.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.annotate.attribution import Attribution
from pipeline.annotate.furniture import is_dateline
from pipeline.annotate.inscriptions import inscribed
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.naming import CHOSEN_NAME
from pipeline.model import QuoteKind

_SENTENCE_LIKE = re.compile(r"^[\W_]*[A-Z0-9]")
# The words a name or title follows in running text: prepositions, determiners, possessives, and
# "including" before an item of a list (music "including “You Can't Always Get What You Want.”").
_BEFORE_A_NAME = re.compile(
    r"(?:\b(?:on|in|of|at|to|from|for|as|including|the|a|an|its|his|her|their|our|my|your)|['’]s)$", re.IGNORECASE
)
# What stands before a brand or product name that modifies a noun: "the", "its", a number.
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our)|['’]s|\d)$", re.IGNORECASE)
# Words a title leaves in lower case (AP and Chicago title case).
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "nor", "but", "to", "for", "at", "by", "with", "is"}
    | {"as", "from", "into", "up", "vs", "vs.", "v", "v."}
    # and the articles and prepositions titles in Spanish, Italian, French, Portuguese, German and
    # Dutch leave in lower case ("La Casa del Agua", "Il Barbiere di Siviglia")
    | {"de", "del", "la", "las", "los", "el", "y", "di", "da", "della", "le", "les", "des", "du", "et"}
    | {"do", "dos", "das", "der", "die", "und", "von", "van", "het", "en"}
)
# The nouns among the naming words ("the term “…”", "the hashtag “…”"): what follows is named,
# never spoken, whoever the sentence's subject is.
_NAMING_NOUNS = frozenset({"term", "phrase", "hashtag", "motto", "catchphrase", "tagline"}) & lexicons.words(
    "naming_words"
)
# Words that announce a name or a slogan before a colon ("a new nickname for his challenger:").
_NAMING_OR_WORK = lexicons.words("naming_words") | lexicons.words("work_nouns") | {"nickname", "nicknames"}
# A work's title after a performance or a work: "sang “…”", "the final chorus from “…”", "a new
# production of “…”", "“Vissi d'arte” from “…”" (``performance_verbs.txt``, ``work_nouns.txt``).
_PERFORMED = frozenset(lexicons.verb_forms("performance_verbs"))
_WORK_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(map(re.escape, lexicons.words("work_nouns")))) + r")\s+(?:from|of)|[”\"]\s+from)$",
    re.IGNORECASE,
)
# Signs a name holds in place of a word: "Pinecrest Lost & Found", "Haldane v. Department of Commerce".
_NAME_SIGNS = frozenset({"&", "+", "-", "–", "—"})


def quote_kind(
    span: QuoteSpan,
    attribution: Attribution | None,
    text: str,
    paragraph: tuple[int, int],
) -> QuoteKind:
    """The kind of the quotation ``span`` in the ``paragraph`` (start, end) of ``text``, given the
    attribution found for it (None for none): "full" for speech that stands as a sentence,
    "partial" for speech set in the reporter's sentence, "scare" for a span no one speaks."""
    inner = text[span.start : span.end]
    words = inner.split()
    lo, _ = paragraph
    if len(words) <= 15 and inscribed(text, span.open_mark, lo):
        return "scare"  # "signs that read “…”", "a binder labeled “…”": written on a thing, not said
    if len(inner.strip(" .,;:!?")) == 1:
        return "scare"  # "a stylized green “A.”", "grade “B”": a letter is nobody's speech
    # The words just before the quotation decide; a bounded look keeps this linear.
    before = text[max(lo, span.open_mark - 200) : span.open_mark].rstrip()
    if len(words) <= 4 and _CHOSEN_NAME_OR_GLOSS.search(before[-40:].lower()):
        # "who gave his call sign as “Hutsul,”", "under the pseudonym “Gwylan”", "which means
        # “bumblebee”": a name someone goes by or a word's English, no one's speech
        return "scare"
    previous_word = re.findall(r"([\w-]+),?$", before[-60:].lower())
    known_as = re.search(
        r"\b(?:referred to|known(?: [a-z]+ly)?(?: (?:to|in|on|at|around|among|across|throughout) [\w'’-]+(?: [\w'’-]+){0,2})?"
        r"|(?:often|widely|commonly|sometimes|long|affectionately) described) as(?: an?| the)?$",
        before[-50:].lower(),
    )
    if known_as:
        # "what is locally referred to as “…”", "known to players as “Sarge,”", "known in the
        # Capitol as “…”", "known as a “beat out”": as "called “…”"
        previous_word = ["referred"]
        if len(words) <= 6 and not re.search(
            r"\b(?:i|we|you|he|she|they|who|whom|[a-z]+ly)\s+(?:had\s+|has\s+|have\s+)?referred to as(?: an?| the)?$",
            before[-50:].lower(),
        ):
            # "350 water trucks, known locally as “pipas,”", "a fisherman known in the port as
            # “Canoa.”": a name the place gives it, whoever the sentence quotes (not "who he referred
            # to as a “ranking gang member”": his words for him)
            return "scare"
    # "titled the “…”", "nicknamed it the “…”": a naming word with an object or article between.
    # Not one that also reports ("what police called a “…”", "critics dubbed it “…”"): that is
    # someone's characterisation, a partial quotation.
    naming_before = re.findall(r"([\w-]+)(?:\s+(?:it|him|her|them|the|a|an)){1,2},?$", before[-60:].lower())
    if (
        naming_before
        and naming_before[0] in lexicons.words("naming_words")
        and naming_before[0] not in lexicons.cue_forms()
    ):
        previous_word = naming_before
    named_as = bool(naming_before) and naming_before[0] in lexicons.words("naming_words")
    if len(words) <= 6 and (_PASSIVE_NAMING.search(before[-60:].lower()) or _SELF_NAMING.search(before[-60:].lower())):
        # "The storm, dubbed a “super typhoon,”", "had been dubbed a “…”", "call themselves the
        # “tinny army”": a name the thing or the group goes by, no one's words (not "what critics
        # dubbed a “…”", whose subject said it of something else)
        return "scare"
    embedded = (
        bool(before)
        and not before.endswith((".", "!", "?", ":", "”", '"', "…"))
        and not (before.endswith(",") and attribution is not None)
        and not is_dateline(text[lo : span.open_mark])  # "BAMAKO — “…,” said Roe"
    )
    named = attribution is not None and attribution.speaker is not None
    title_case = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS or w in _NAME_SIGNS for w in words)
    if (
        title_case
        and len(words) >= 2
        and not before
        and not text[span.outer_end : paragraph[1]].strip()
        and (attribution is None or attribution.how in ("inherited", "subject"))
        and not text[max(0, lo - 5) : lo].rstrip().endswith(":")  # She said:¶“We Will Rebuild.”
    ):
        return "scare"  # a paragraph that is a quotation in Title Case and nothing else: a subhead
    if title_case and 2 <= len(words) <= 12 and _modifies_a_noun(text, span, inner):
        return "scare"  # “Morning Coffee” host Dale Brink, “Summer Camp” actress: a title as a modifier
    if (
        len(words) == 1
        and inner[:1].isupper()
        and _DETERMINER_BEFORE.search(before[-20:])
        and _modifies_a_noun(text, span, inner)
    ):
        return "scare"  # its “DockSync” software, the “Wren” assistant, 46,000 “Meridian” SUVs: a brand
    if (
        len(words) <= 4
        and inner[:1].isupper()
        and embedded
        and ((previous_word and previous_word[0] in _PERFORMED) or _WORK_BEFORE.search(before[-60:]))
    ):
        return "scare"  # "sang “Vissi d'arte” from “Tosca.”", "a production of “Salome”": titles
    if previous_word and previous_word[0] in _NAMING_NOUNS and embedded:
        return "scare"  # "said the term “ultra-processed” was poorly defined": the term itself, named
    if previous_word and previous_word[0] in lexicons.words("work_nouns"):
        if not named or (title_case and 2 <= len(words) <= 12) or (title_case and len(words) == 1 and embedded):
            # the book “…”, Roe's commentary, “…,”: a title; "In her memoir, “What I Learned,”
            # Roe writes": a title in title case even with its author the subject; "the star of
            # the series “Borderline,” wrote": a one-word title in the reporter's sentence.
            return "scare"
    if title_case and len(words) <= 8 and _named_before_colon(before):
        # "a new nickname for his challenger: “Ticket-Tape Tina.”", "the campaign's new slogan:
        # “Show Up. Do the Work.”": a name or a slogan the sentence announces
        return "scare"
    if title_case and 2 <= len(words) <= 12 and named_as and embedded:
        return "scare"  # "The developer calls it “Kestrel Ridge Energy Park.”": a name in Title Case
    if title_case and 3 <= len(words) <= 12 and _apposed_to_a_noun(text, span, before):
        return "scare"  # "The group's report, “Voting Rights in the Age of Suspicion,” found": its title
    if title_case and len(words) <= 12 and previous_word and previous_word[0] in lexicons.words("work_nouns"):
        return "scare"  # "his thriller, “Nightwater,” was original": the work's title, set beside it
    if not embedded and attribution is not None:
        return "full"
    # A name behind a preposition, a determiner, a possessive or the noun of a work: on Harbour
    # Radio's “Morning Tide.”, one of its “Top Young Sailors in the County.”, the musical “…”
    named_thing = bool(_BEFORE_A_NAME.search(before)) or bool(
        previous_word and previous_word[0] in lexicons.words("work_nouns") | lexicons.words("naming_words")
    )
    is_title = (
        len(words) >= 2
        and title_case
        # American style puts the sentence's full stop inside the marks: on “Fox and Friends.”
        and (not inner.endswith((".", "?", "!")) or (inner.endswith(".") and embedded and named_thing))
        and len(words) <= 12
    )
    # A gloss in brackets: “NoMa” (for “north of Massachusetts Avenue”) names a thing.
    after = text[span.outer_end : span.outer_end + 2].lstrip()
    glossed = re.search(r"\((?:for|or|aka|meaning|i\.e\.)?$", before) is not None and after.startswith(")")
    if glossed and not named:
        return "scare"
    if not named and _GLOSS_AFTER.match(text, span.outer_end):
        # “halcones” (lookouts), “Pani do, pani do” (give us water): words of another language
        # and their English in brackets, a term or a chant glossed, not anyone's speech
        return "scare"
    if previous_word and previous_word[0] in lexicons.words("naming_words") and (not named or _names_a_work(before)):
        if title_case or not _named_by_people(before, previous_word[0]) or _names_a_work(before):
            # (not "what aides called “the speech of his life”": their words; but "the girl they
            # called “Smiley”" is a name)
            return "scare"
    if is_title and (attribution is None or (embedded and len(words) <= 6)):
        return "scare"  # a title or name in the middle of a sentence: “Voices of the Valley,”
    if not embedded:
        return "full" if len(words) >= 3 or _SENTENCE_LIKE.match(inner) else "scare"
    if attribution is None and len(words) <= 3:
        return "scare"
    return "partial"


# A chosen name's noun right before the quotation ("his call sign,", "the pseudonym", "her
# nickname as", "under the name"), or a gloss's words ("which means", "meaning").
_CHOSEN_NAME_OR_GLOSS = re.compile(
    r"(?:\b(?:" + CHOSEN_NAME + r"|call ?sign|first name)(?: as|,)?"
    r"|\bunder the name|\b(?:goes|went|go) by|\b(?:which|that) means|\bmeaning|\b(?:which|that) translates (?:as|to))$"
)


# A naming verb in the passive, after a form of "be" or a comma, with no subject of its own (not
# "labeled" or "branded": "has been labeled “suspicious” by the fire chief" is his word for it).
_PASSIVE_NAMING = re.compile(
    r"(?:\b(?:is|are|was|were|been|being)|,)\s+(?:[a-z]+ly\s+)?(?:dubbed|nicknamed)"
    r"(?:\s+(?:a|an|the))?$"
)


# A name a group or a person gives itself: "call themselves the “…”", "styles himself a “…”".
_SELF_NAMING = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|style|styles|styled)\s+(?:themselves|himself|herself|itself)"
    r"(?:\s+(?:a|an|the))?$"
)


# A gloss in brackets right after the closing mark: " (lookouts)", " (“Out with all of them!”)".
_GLOSS_AFTER = re.compile(r"[ \t]*\((?:[“\"][^”\"\n]{1,80}[”\"]|[a-z][^()\n]{0,60})\)")


# "the report,", "a new study,", "the group's latest survey,": a noun phrase a comma closes.
# (a proper noun may modify the noun: "a local Facebook group,")
_NOUN_PHRASE_AND_COMMA = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|[\w-]+['’]s)(?:\s+[\w-]+){0,2}\s+[a-z][\w-]*,$", re.IGNORECASE
)


def _apposed_to_a_noun(text: str, span: QuoteSpan, before: str) -> bool:
    """Whether the quotation is set in commas right after a noun phrase and closes on a comma:
    "The group's report, “Voting Rights in the Age of Suspicion,” found …", the noun's name."""
    if not _NOUN_PHRASE_AND_COMMA.search(before[-60:]) or text[span.start : span.end].rstrip()[-1:] != ",":
        return False
    last = before[:-1].split()[-1].lower()
    return lexicons.cue_forms().get(last, last) == last  # "the group says," is a cue; "report," a noun


_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w'’-]*)")


def _modifies_a_noun(text: str, span: QuoteSpan, inner: str) -> bool:
    """Whether the quotation, with no punctuation of its own at its end, runs on into a word
    after its closing mark that is no reporting verb or pronoun: “Morning Coffee” host, “Lock
    Them Up” chants, a title or slogan set before the noun it qualifies."""
    if span.close_mark is None or inner.rstrip()[-1:] in ".,;:!?…":
        return False
    found = _LOWER_WORD_AFTER.match(text, span.outer_end)
    if found is None:
        return False
    word = found.group(1).lower()
    return word not in lexicons.cue_forms() and word not in _PEOPLE_PRONOUNS and word != "according"


def _named_before_colon(before: str) -> bool:
    """Whether ``before`` ends its clause with a colon after a naming word or the noun of a work
    (``naming_words.txt``, ``work_nouns.txt``; "nickname", "slogan") among its last eight words."""
    if not before.endswith(":"):
        return False
    words = re.findall(r"[\w-]+", before[-80:].lower())[-8:]
    return any(w in _NAMING_OR_WORK for w in words)


def _named_by_people(before: str, naming: str) -> bool:
    """Whether the naming word that ends ``before`` has people for its subject right before it
    ("what aides called", "which critics dubbed", "what he called"): a characterisation someone
    made, a partial quotation, not the name of a thing ("a bridge called", "the group, called")."""
    words = re.findall(r"[\w'’-]+", before[-60:].lower())
    if len(words) < 2 or words[-1] != naming:
        return False
    k = len(words) - 2
    while k > 0 and (words[k] in _AUXILIARIES_AND_ADVERBS or words[k].endswith("ly")):
        k -= 1  # "which critics have long called", "what he has repeatedly dubbed"
    # (or a document's: "what the complaint calls “…”" is its characterisation)
    return (
        words[k] in _PEOPLE_PRONOUNS
        or lexicons.is_plural_person_noun(words[k])
        or words[k] in lexicons.words("document_nouns")
    )


_AUXILIARIES_AND_ADVERBS = frozenset(
    {"have", "has", "had", "long", "often", "once", "also", "since", "variously"}
    | {"are", "is", "were", "was", "been", "now"}  # "what some neighbors are calling"
)


def _names_a_work(before: str) -> bool:
    """The naming word that ends ``before`` (the text before a quotation) only names ("a column
    headlined", "a memo titled"), or follows the noun of a work ("an op-ed called"): the
    quotation is the work's title, whoever the sentence says spoke or wrote."""
    words = re.findall(r"[\w-]+", before[-60:].lower())[-2:]
    if not words or words[-1] not in lexicons.words("naming_words"):
        return False  # ("titled the “…”": the naming word is not last)
    if words[-1] not in lexicons.cue_forms():
        return True
    return len(words) == 2 and words[0] in lexicons.words("work_nouns")
