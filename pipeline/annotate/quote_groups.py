"""Which quotations make one attribution: the halves of a quotation split around its cue
("“…,” he said. “…”"), the paragraphs of a quotation continued over several, and a quotation
nested in another. Evaluation counts an attribution once (PolNeAR annotates the content as one
piece), and the reading of the words between two quotations (a cue, "according to", a second
reported clause) is what decides.
"""

from __future__ import annotations

import re

from pipeline.annotate.cues import also_a_noun, is_cue_word
from pipeline.annotate.phrases import PREPOSITIONS, SUBORDINATORS
from pipeline.model import Quote


def _according(words: list[str]) -> bool:
    """Whether the words between two halves open with "according to" (“…,” according to Roe. “…”)."""
    return len(words) >= 3 and words[0].lower() == "according" and words[1].lower() == "to"


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that", "our", "my"})
# Prepositions after which a cue word is a noun ("in remarks", "despite claims"); not "to" ("went
# on to say") and no gerund ("before adding").
_NOUN_PREPOSITIONS = (PREPOSITIONS - {"to"}) | {"during", "after", "before", "despite", "amid"}
_RELATIVES = frozenset({"who", "whom", "which"})


def _not_a_verb(words: list[str], k: int) -> bool:
    """Whether the cue word ``words[k]`` is a noun or modifies one, read from its neighbours: one
    that is also a noun stands right before a capitalised word ("state Del."); it stands after a
    determiner ("in a tweet", "a written statement") or a preposition ("in remarks", "in prepared
    remarks"), in a clause a subordinator or a relative pronoun opens ("as protesters chanted",
    "who asked to be identified"), or is a participle after a determiner's noun ("a comment
    posted")."""
    if k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1] != "I" and also_a_noun(words[k]):
        return True  # (not "said Farhan Khan": a verb only, before its subject)
    if k >= 1 and words[k - 1].lower() in _DETERMINERS:
        return True
    if not words[k].endswith("ing"):
        if k >= 1 and words[k - 1].lower() in _NOUN_PREPOSITIONS:
            return True  # "said in remarks broadcast live", "in posts on Facebook": a noun after "in"
        if (
            k >= 2
            and words[k - 2].lower() in _NOUN_PREPOSITIONS | _DETERMINERS
            and words[k - 1].islower()
            and not is_cue_word(words[k - 1])
        ):
            return True  # "in prepared remarks", "a lengthy statement": a noun after its modifier
    if any(words[j].lower() in _RELATIVES for j in range(max(0, k - 4), k)):
        return True  # "said a clerk who asked to be called Dee": the verb of a relative clause
    if any(words[j].lower() in SUBORDINATORS for j in range(max(0, k - 3), k)):
        return True  # "said as protesters chanted outside": the verb of a clause about something else
    return words[k].endswith("ed") and k >= 2 and words[k - 2].lower() in _DETERMINERS


_BETWEEN_WORD = re.compile(r"[A-Za-z0-9’']+")
_SENTENCE_END = re.compile(r"(\S*)[.!?;](?=\s)")


def _sentence_ends(text: str) -> int:
    """Sentence ends in ``text``, not counting abbreviations ("Rep.", "R-Fla.", "B.")."""
    count = 0
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1).lstrip("(“\"'")
        if match.group(0).endswith(".") and (len(word.split("-")[-1]) <= 4 and word[:1].isupper() or "." in word):
            continue
        count += 1
    return count


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _coordinated_report(words: list[str]) -> bool:
    """Whether the words between two quotations join a second reported clause to the first
    ("said the plan was “…” and that it would “…”"): "and that", "but that". One report, so one
    attribution; a relative "that" ("concerns that could be “…”") is not this."""
    lowered = [w.lower() for w in words]
    return any(a in ("and", "but") and b == "that" for a, b in zip(lowered, lowered[1:]))


def attribution_groups(body: str, quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes that make one attribution: a quote split around its cue (“…,” he said. “…”),
    the paragraphs of a multi-paragraph quote, and quotes nested inside another, in order.
    Corpora such as PolNeAR annotate each of these as one piece of content."""
    groups: list[list[Quote]] = []
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for quote in ordered:
        if groups and any(q.start <= quote.start and quote.end <= q.end for q in groups[-1]):
            continue  # a quote inside a quote is part of the outer one's content
        # The speech a quote may continue: the last group that is not a scare quote or title
        # (“…,” Vance said on “Morning Tide.” “…” is one attribution around a title).
        speech = next((g for g in reversed(groups) if g[-1].kind != "scare"), None)
        if speech is not None and quote.kind != "scare":
            last = speech[-1]
            between = body[last.end : quote.start]
            words = _BETWEEN_WORD.findall(between)
            # Capitalised words are names, not cues: "The Washington Post", "Consumer Reports".
            cue_at = [k for k, w in enumerate(words) if w.islower() and is_cue_word(w)]
            if len(cue_at) > 1:
                # "state Del. Ann Roe shouted", "said in a tweet", "said in a written statement",
                # "in a comment posted online": a cue word that is a noun, or modifies one, is no
                # second reporting verb.
                cue_at = [k for k in cue_at if not _not_a_verb(words, k)]
            according = next((k for k in range(1, len(words)) if _according(words[k:])), None)
            if according is not None and cue_at and cue_at[0] < according:
                # “…,” Roe said at a rally, according to a pool report. “…”: the report relays
                # Roe's words; hers is the one reporting verb of the clause.
                cue_at = [k for k in cue_at if k < according]
            cues = [words[k] for k in cue_at]
            if len(cues) == 2 and cues[1].endswith("ing") and between.rstrip(" “\"'").endswith("."):
                # “…,” she said, emphasizing why … . “…”: the participle elaborates the cue and
                # the sentence ends before the next quote, which continues the same speech.
                cues = cues[:1]
            same_voice = quote.speaker == last.speaker and last.end <= quote.start
            # A paragraph left open (news style) and continued by the next: one mark between.
            marks = sum(between.count(m) for m in '“”"«»') + between.count("''") + between.count("``")
            continued = not words and between.count("\n") >= 1 and marks <= 1
            # “…,” he said.¶“…”: a paragraph of quotation with no cue of its own goes on with the
            # speech whose cue ended the paragraph before.
            tail, _, head = between.rpartition("\n")
            carried_on = (
                between.count("\n") >= 1
                and not head.strip(' \t“"')
                and "\n" not in tail.strip()
                and len(words) <= 6
                and len(cues) == 1
                and not _BETWEEN_WORD.findall(body[quote.end : _line_end(body, quote.end)])
            )
            # Between the halves: the attribution clause alone ("he said.", "said X, a Y at Z.").
            one_clause = _sentence_ends(between.strip().rstrip(".!?;“\"' ")) == 0
            # “…end.” Gov. X said it would be “…”: the first quote closed its sentence.
            closed_sentence = last.text.endswith(".") and len(words) > 3
            # “a giveaway,” “a betrayal” and “a bad deal”: quoted items of one list, no word between.
            listed = not words and "\n" not in between and not last.text.endswith((".", "?", "!"))
            split = listed or (
                not closed_sentence
                and 0 < len(words) <= 40
                and len(cues) <= 1
                and (cues or len(words) <= 3 or _according(words) or (len(words) <= 12 and _coordinated_report(words)))
                and one_clause
                and "\n" not in between
            )
            if same_voice and (continued or split or carried_on) and (not cues or quote.cue in (None, last.cue)):
                speech.append(quote)
                continue
        groups.append([quote])
    return groups
