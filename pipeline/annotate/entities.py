"""Story-level entities: NER mentions grouped into one entry per real-world entity.

The small English model labels mentions one at a time and often wrongly ("Trump"
as ORG, "Tillerson's" as a separate name). Here every mention is cleaned (titles,
articles and possessives come off), surnames are tied to the story's full names,
and each entity's label is decided from all its mentions.

Only mentions in the body become ``Mention`` records; the headline and captions
can supply a fuller name ("Rex Tillerson" in a caption for "Tillerson" in the
body) but never an entity of their own, so a photographer credited in a caption
is not an entity of the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pipeline.model import Entity, Mention

# Labels that name things; numbers, dates and amounts are not entities of a story.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# When mentions of one entity disagree, a person stays a person, a place a place.
_LABEL_PRIORITY = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")

# Words that precede a name as a title or role and are not part of it.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev reverend fr father sister brother pope saint st
    president vice presidents presidential secretary minister ministers prime chancellor premier
    governor gov gov. senator sen sens rep reps representative congressman congresswoman
    speaker leader chairman chairwoman chair chief ceo cfo founder director commissioner
    mayor judge justice attorney general gen lt col maj capt cmdr adm sgt cpl pvt officer
    ambassador envoy spokesman spokeswoman spokesperson aide adviser advisor candidate nominee
    king queen prince princess emperor sheikh ayatollah state foreign defense defence interior
    finance home trade health justice of the former acting deputy assistant top senior
    u.s. us american russian british french german chinese syrian democratic republican
    sen. rep. gov. lt. col. gen. maj. capt. sgt. dr. mr. mrs. ms. prof. rev. st. fr.
    """.split()
)
# A mention that is only one of these words names nobody ("State" of "Secretary of State").
_BARE_TITLES = TITLE_WORDS - {
    "u.s.",
    "us",
    "american",
    "russian",
    "british",
    "french",
    "german",
    "chinese",
    "syrian",
    "democratic",
    "republican",
}
# Titles that only ever stand before a person's name.
PERSONAL_TITLES = frozenset(
    """
    mr mrs ms dr sen rep gov governor senator president congressman congresswoman mayor judge
    justice gen general lt col maj capt sgt adm prof rev reverend pope sheikh ayatollah chancellor
    premier ambassador coach pastor father sister bishop cardinal king queen prince princess lord lady sir dame
    chair chairman chairwoman secretary minister commissioner director
    """.split()
)
# Nouns for what a person is or does, as news copy introduces people.
PERSON_ROLES = frozenset(
    """
    scientist economist analyst spokesman spokeswoman spokesperson director professor researcher official
    president chairman chairwoman executive ceo founder lawyer attorney minister secretary senator governor
    mayor aide adviser advisor expert author leader manager member head chief editor reporter correspondent
    teacher student doctor nurse owner resident mother father wife husband son daughter officer candidate
    nominee lawmaker strategist consultant historian coach player actor actress singer writer activist
    organizer pastor judge commissioner chair partner farmer worker veteran
    """.split()
)
_PLACE_NOUNS = frozenset({"port", "city", "town", "village", "province", "region", "state", "capital", "county"})
_LOCATIVE = frozenset(
    {"in", "to", "from", "at", "near", "across", "into", "outside", "around", "throughout", "toward", "towards"}
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_EDGE_PUNCT = " \t\n-–—,;:.!?\"“”‘’'()[]"

# Short and long forms of the names news copy abbreviates most; key: normalised form.
ALIASES = {
    "us": "united states",
    "u.s.": "united states",
    "u.s.a.": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations",
    "u.n.": "united nations",
    "eu": "european union",
    "e.u.": "european union",
    "uae": "united arab emirates",
    "u.a.e.": "united arab emirates",
    "ussr": "soviet union",
    "gop": "republican party",
    "fed": "federal reserve",
    "federal reserve board": "federal reserve",
}


@dataclass
class _Group:
    key: str
    mentions: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, NER label)
    forms: Counter = field(default_factory=Counter)  # every surface form, body and headline alike
    label: str = ""
    in_headline: bool = False


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def alias_key(text: str) -> str:
    norm = _normal(text)
    return ALIASES.get(norm, norm)


def clean_span(text: str, start: int, label: str) -> tuple[str, int, int] | None:
    """The name inside an NER span: no article, possessive, title or stray punctuation.

    Returns (text, start, end) with offsets shifted accordingly, or None when nothing
    name-like is left.
    """
    end = start + len(text)
    # Leading article.
    match = _LEADING_ARTICLE.match(text)
    if match:
        start += match.end()
        text = text[match.end() :]
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
    while text and text[-1] in _EDGE_PUNCT and not (text[-1] == "." and re.search(r"(?:\b[A-Z]\.|Jr\.|Sr\.)$", text)):
        text = text[:-1]
    end = start + len(text)
    if label == "PERSON":
        # Titles before the name: "Secretary of State Rex Tillerson", "President Trump".
        words = text.split(" ")
        drop = 0
        while drop < len(words) - 1 and words[drop].lower().strip(".") in TITLE_WORDS | {
            w.strip(".") for w in TITLE_WORDS
        }:
            drop += 1
        if drop:
            cut = len(" ".join(words[:drop])) + 1
            text, start = text[cut:], start + cut
        end = start + len(text)
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text, start, end


def _plausible(span: Span, label: str, text: str) -> bool:
    """False for mentions that are plainly not entities of their label."""
    if label == "PERSON":
        if any(ch.isdigit() for ch in text) or len(text) < 2:
            return False
        # A person's name has a proper noun in it; "Breakthrough" in a title-cased line does not.
        if not any(t.tag_ in ("NNP", "NNPS") for t in span if t.text[:1].isupper()):
            return False
        if text.isupper() and len(text) > 4 and " " not in text:
            return False  # "BREAKING", a shouted word
    if label in ("ORG", "GPE", "NORP", "LOC") and text.lower() in {"he", "she", "they", "it", "we"}:
        return False
    if span[-1].tag_ in ("DT", "IN", "CC", "TO", "PRP$", "WDT") and span[-1].text[:1].islower():
        return False  # "Trump accused Holt of being a": a name does not end on "a" or "of"
    return True


def raw_mentions(doc: Doc, *, offset: int = 0) -> list[tuple[str, int, int, str]]:
    """Cleaned (text, start, end, label) for each NER span of a name label."""
    out = []
    doc_text = doc.text  # Doc.text joins every token: build it once
    for ent in doc.ents:
        label = ent.label_
        if label not in NAME_LABELS:
            continue
        span_start = ent.start_char
        if label != "PERSON":
            titled = _titled_start(ent)
            if titled is not None:
                # "Governor Ana Reyes" tagged ORG (or only "Reyes"): a personal title makes a person.
                label, span_start = "PERSON", titled
            elif _has_person_appositive(ent):
                label = "PERSON"  # "Helen Park, the agency's chief scientist,"
        text_in_doc = doc_text[span_start : ent.end_char]
        cleaned = clean_span(text_in_doc, span_start + offset, label)
        if cleaned is None:
            continue
        text, start, end = cleaned
        if text.lower() in _BARE_TITLES or not _plausible(ent, label, text):
            continue  # "State" of "Secretary of State", "Breakthrough"
        out.append((text, start, end, label))
    return out


def _titled_start(ent: Span) -> int | None:
    """Where the name starts when a short proper-noun span stands behind a personal title
    ("Governor Ana Reyes", "Sen. Reyes"), or None when there is no such title."""
    doc = ent.doc
    tokens = list(ent)
    if tokens and tokens[0].lower_.strip(".") in PERSONAL_TITLES and tokens[0].text[:1].isupper():
        names = tokens[1:]
        start = names[0].idx if names else None
    else:
        i = ent.start - 1
        names = tokens
        # Given names the NER left out: "Ana" in "Governor Ana Reyes".
        while i >= 0 and ent.start - i <= 2 and doc[i].tag_ == "NNP" and doc[i].ent_type_ == "" and doc[i].is_title:
            if doc[i].lower_.strip(".") in PERSONAL_TITLES:
                break
            names = [doc[i], *names]
            i -= 1
        if i < 0 or doc[i].lower_.strip(".") not in PERSONAL_TITLES or not doc[i].text[:1].isupper():
            return None
        start = names[0].idx if names else None
    if start is None or not 1 <= len(names) <= 3:
        return None
    if not all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in names):
        return None
    return start


def _has_person_appositive(ent: Span) -> bool:
    """'Helen Park, the agency's chief scientist,': a two- or three-word name followed by a role."""
    doc = ent.doc
    if not 2 <= len(ent) <= 4 or not all(t.tag_ in ("NNP", "NNPS", "HYPH") for t in ent):
        return False
    j = ent.end
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the", "his", "her", "their"):
        return False
    for k in range(j + 2, min(len(doc), j + 9)):
        if doc[k].text in (",", ".", ";"):
            break
        if doc[k].lower_ in PERSON_ROLES:
            return True
    return False


def _canonical_names(full_names: dict[str, list[str]], counts: Counter) -> dict[str, str]:
    """Variants of one person's full name -> the form to group them under:
    "Crooked Hillary Clinton" -> "hillary clinton" (an epithet or stray title before a known
    name), "donald j. trump" <-> "donald trump" (a middle initial), the form used most wins."""
    canonical: dict[str, str] = {}
    for a, pa in full_names.items():
        for b, pb in full_names.items():
            if a == b or a in canonical:
                continue
            if len(pa) > len(pb) and pa[-len(pb) :] == pb:
                canonical[a] = b
            elif (
                len(pa) == len(pb) + 1
                and pa[0] == pb[0]
                and pa[-1] == pb[-1]
                and re.fullmatch(r"[a-z]\.?", pa[1])
                and counts[b] >= counts[a]
            ):
                canonical[a] = b
    # Follow chains ("a" -> "b" -> "c") to their end.
    for a in list(canonical):
        seen = {a}
        while canonical[a] in canonical and canonical[a] not in seen:
            seen.add(canonical[a])
            canonical[a] = canonical[canonical[a]]
    return canonical


def _person_key(words: list[str], full_names: dict[str, list[str]]) -> str | None:
    """The full name a one- or two-word form refers to ('Trump' -> 'donald trump')."""
    norm = [w.lower() for w in words]
    candidates = [
        key
        for key, parts in full_names.items()
        if len(parts) > len(norm)
        and (parts[-len(norm) :] == norm or parts[: len(norm)] == norm or (len(norm) == 1 and norm[0] in parts))
    ]
    if not candidates:
        return None
    # Prefer a surname match over a first-name match, then the name used most.
    candidates.sort(key=lambda k: (full_names[k][-1] != norm[-1], -len(full_names[k])))
    return candidates[0]


def _acronym(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w[0].isupper())


def story_entities(doc: Doc, *, headline_doc: Doc | None = None, caption_docs: Iterable[Doc] = ()) -> list[Entity]:
    """One ``Entity`` per real-world entity named in ``doc`` (the story body), by salience.

    ``headline_doc`` and ``caption_docs`` (the parsed headline and captions) only lend fuller
    names and a salience bonus for being in the headline; they add no entity of their own.
    """
    body = doc.text
    mentions = raw_mentions(doc)
    # Title case makes the NER see "Obama Says" as a name: a headline name counts only when
    # the body uses every word of it. Captions are sentence case and lend names freely.
    body_words = set(re.findall(r"[\w.'’-]+", body))
    headline_mentions = raw_mentions(headline_doc) if headline_doc is not None else []
    headline_mentions = [m for m in headline_mentions if all(w in body_words for w in m[0].split())]
    extra = headline_mentions + [m for d in caption_docs for m in raw_mentions(d)]
    headline = headline_doc.text if headline_doc is not None else ""

    # Full person names known to the story: multi-word PERSON forms anywhere.
    full_names: dict[str, list[str]] = {}
    name_counts: Counter = Counter()
    for text, _, _, label in mentions + extra:
        if label == "PERSON" and len(text.split()) >= 2:
            full_names.setdefault(_normal(text), [w.lower() for w in text.split()])
            name_counts[_normal(text)] += 1
    canonical = _canonical_names(full_names, name_counts)
    for variant in canonical:
        full_names.pop(variant, None)
    groups: dict[str, _Group] = {}

    def group_for(text: str, label: str, locative: bool = False) -> _Group:
        words = text.split()
        person = None
        if label in ("GPE", "LOC") and len(words) == 1 and not locative:
            # "Machado said" tagged GPE in a story about Alicia Machado ("in Washington" stays a place).
            person = _person_key(words, full_names)
            if person and full_names[person][-1] == words[0].lower():
                return groups.setdefault("person:" + person, _Group(key="person:" + person))
            person = None
        if label == "PERSON" and len(words) >= 2:
            norm = canonical.get(_normal(text), _normal(text))
            person = _person_key(words, full_names) if len(words) == 2 and norm not in full_names else None
            key = "person:" + (person or norm)
        elif label in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and len(words) <= 2:
            person = _person_key(words, full_names)
            if person:
                key = "person:" + person
            elif label == "PERSON":
                key = "person:" + _normal(text)
            else:
                key = f"{label}:{alias_key(text)}"
        else:
            key = f"{label if label != 'LOC' else 'GPE'}:{alias_key(text)}"
        if label in ("GPE", "LOC", "ORG", "NORP") and not person:
            # Places and organisations share one key space across labels ("U.S." as GPE and ORG).
            key = "name:" + alias_key(text)
        return groups.setdefault(key, _Group(key=key))

    for index, (text, start, end, label) in enumerate(mentions):
        before = body[max(0, start - 12) : start].split()
        if label == "PERSON" and " " not in text and before and before[-1].lower() in _LOCATIVE | {"of"}:
            # "a warehouse in the port of Rotterdam": a lone word behind "in"/"of" that the story
            # never uses as anyone's surname is a place.
            if not any(parts[-1] == text.lower() for parts in full_names.values()):
                if before[-1].lower() != "of" or (len(before) > 1 and before[-2].lower() in _PLACE_NOUNS):
                    label = "GPE"
                    mentions[index] = (text, start, end, label)
        group = group_for(text, label, locative=bool(before) and before[-1].lower() in _LOCATIVE)
        group.mentions.append((Mention(text=text, start=start, end=end), label))
        group.forms[text] += 1
    for text, _, _, label in extra:
        key_group = group_for(text, label)
        key_group.forms[text] += 1
        if text in headline:
            key_group.in_headline = True

    # Acronyms: "Federal Bureau of Investigation" and "FBI" are one organisation.
    long_forms = {_acronym(g.forms.most_common(1)[0][0]): g for g in groups.values() if g.mentions and g.forms}
    for key in list(groups):
        group = groups[key]
        if not group.mentions or not group.key.startswith("name:"):
            continue
        form = group.forms.most_common(1)[0][0]
        target = long_forms.get(form.replace(".", ""))
        if target is not None and target is not group and len(form) >= 2 and form.replace(".", "").isupper():
            target.mentions.extend(group.mentions)
            target.forms.update(group.forms)
            del groups[key]

    # Surnames the NER missed: "Tillerson said" with no entity on "Tillerson".
    covered = [(m.start, m.end) for g in groups.values() for m, _ in g.mentions]
    _merge_department_tails(groups)
    _spell_out_acronyms(body, groups, covered)
    for group in list(groups.values()):
        if not group.key.startswith("person:") or not group.mentions:
            continue
        surname = group.key.split(":", 1)[1].split()[-1]
        if len(surname) < 2 or not surname.isalpha():
            continue
        for match in re.finditer(rf"\b{re.escape(surname)}\b", body, flags=re.IGNORECASE):
            text = match.group(0)
            if not text[0].isupper() or any(a < match.end() and match.start() < b for a, b in covered):
                continue
            if len(surname) == 2 and text != surname.capitalize():
                continue  # "Oz", "Wu", "Li": written as a name only, never "OZ" or "oz"
            group.mentions.append((Mention(text=text, start=match.start(), end=match.end()), "PERSON"))
            covered.append(match.span())

    entities = []
    size = max(len(body), 1)
    for group in groups.values():
        if not group.mentions:
            continue
        group.mentions.sort(key=lambda pair: pair[0].start)
        label = _decide_label(group)
        if group.key.startswith("person:"):
            label = "PERSON"
        name = _best_name(group, label, full_names)
        first = group.mentions[0][0].start
        score = len(group.mentions) + (2.0 if group.in_headline else 0.0) + (1.0 - first / size)
        entities.append(Entity(name=name, label=label, mentions=[m for m, _ in group.mentions], salience=score))
    top = max((e.salience for e in entities), default=1.0)
    for entity in entities:
        entity.salience = round(entity.salience / top, 4)
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start))
    return entities


_NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:of|and|the|for|on|&|[A-Z][\w'’&-]*))*")
_UNIT_OF = re.compile(
    r"^(?:(?:U\.S\.|US|United States|Federal|State)\s+)?(?:Department|Ministry|Office|Bureau|Agency)\s+of\s+(?:the\s+)?(.+)$"
)


def _merge_department_tails(groups: dict[str, _Group]) -> None:
    """ "Homeland Security" in a story that named the "Department of Homeland Security" is
    that department: news copy drops "Department of" after the first mention."""
    departments: dict[str, _Group] = {}
    for group in groups.values():
        if group.mentions and group.key.startswith("name:"):
            for form in group.forms:
                match = _UNIT_OF.match(form)
                if match:
                    departments[_normal(match.group(1))] = group
    for key in list(groups):
        group = groups[key]
        if not group.mentions or not key.startswith("name:"):
            continue
        target = departments.get(_normal(group.forms.most_common(1)[0][0]))
        if target is not None and target is not group:
            target.mentions.extend(group.mentions)
            target.forms.update(group.forms)
            del groups[key]


def _spell_out_acronyms(body: str, groups: dict[str, _Group], covered: list[tuple[int, int]]) -> None:
    """An organisation the story names by acronym ("S.E.C.") and spells out where the NER
    missed it ("the federal Securities and Exchange Commission"): the spelled-out form is a
    mention too, and the fuller name."""
    wanted: dict[str, _Group] = {}
    for group in groups.values():
        if not group.mentions or not group.key.startswith("name:"):
            continue
        forms = list(group.forms)
        letters = {f.replace(".", "") for f in forms if f.replace(".", "").isupper() and f.replace(".", "").isalpha()}
        spelled = any(len(f.split()) >= 2 for f in forms)
        for acronym in letters:
            if len(acronym) >= 3 and not spelled:
                wanted[acronym] = group
    if not wanted:
        return
    for run in _NAME_RUN.finditer(body):
        words = list(re.finditer(r"\S+", run.group(0)))
        for i, first in enumerate(words):
            if not first.group(0)[:1].isupper():
                continue
            for j in range(len(words) - 1, i, -1):
                last = words[j]
                if not last.group(0)[:1].isupper():
                    continue
                start, end = run.start() + first.start(), run.start() + last.end()
                group = wanted.get(_acronym(body[start:end]))
                if group is None or any(a < end and start < b for a, b in covered):
                    continue
                text = body[start:end]
                group.mentions.append((Mention(text=text, start=start, end=end), "ORG"))
                group.forms[text] += 1
                covered.append((start, end))
                break


def _decide_label(group: _Group) -> str:
    votes = Counter(label for _, label in group.mentions)
    if votes.get("GPE", 0) and votes.get("ORG", 0) and votes["GPE"] >= votes["ORG"]:
        return "GPE"
    best = max(votes.values())
    for label in _LABEL_PRIORITY:
        if votes.get(label, 0) == best:
            return label
    return next(iter(votes))


def _best_name(group: _Group, label: str, full_names: dict[str, list[str]]) -> str:
    """The fullest form of the name the story uses (body, headline or captions)."""
    forms = [f for f in group.forms if not f.isupper() or len(f) <= 5 or "." in f]
    forms = forms or list(group.forms)
    if label == "PERSON":
        key = group.key.split(":", 1)[1]
        # "Crooked Hillary Clinton" once, "Hillary Clinton" ten times: an epithet is not the name.
        shorter = [f for f in forms if len(f.split()) >= 2 and _normal(key).endswith(" " + _normal(f))]
        if shorter:
            best = max(shorter, key=lambda f: group.forms[f])
            if group.forms[best] > sum(n for f, n in group.forms.items() if _normal(f) == key):
                return best
        # Mixed-case forms of the full name beat shouted ones from a byline.
        exact = [f for f in forms if _normal(f) == key]
        if exact:
            return max(exact, key=lambda f: (not f.isupper(), group.forms[f]))
    return max(forms, key=lambda f: (len(f.split()), len(f), group.forms[f]))
