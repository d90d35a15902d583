"""Who said it: the reporting cue next to a quotation and the speaker it names.

Works on a tagged spaCy ``Doc`` (no dependency parse) and the story's entities, so
the speaker is always one of the story's entity names: "he" becomes the person the
sentence (or the one before) is about, else the last fitting person mentioned before
it; "the U.S. president" the person the story introduced as "President Donald Trump";
a role the story never tied to a name ("The Indiana governor said") the subject it
continues; "Tillerson" the story's "Rex Tillerson"; a document ("a Homeland Security
memo", "a complaint filed by the S.E.C.") the organisation that wrote it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.annotate.entities import ALIASES, PERSON_ROLES, PERSONAL_TITLES
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.names import gender_of_given_name
from pipeline.model import Entity, Mention

# Reporting verbs as news copy writes them. Words that are also common nouns need a verb tag.
CUE_VERBS = frozenset(
    """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote written writing tweet tweets tweeted tweeting explain explains explained
    note noted continue continues continued insist insists insisted argue argues argued
    declare declares declared state stated recall recalls recalled warn warns warned
    claim claimed contend contends contended acknowledge acknowledges acknowledged admit admits admitted
    announce announces announced assert asserts asserted complain complains complained conclude concluded
    concludes confirm confirms confirmed emphasize emphasized emphasizes emphasise emphasised stress stressed
    stresses maintain maintains maintained observe observed predict predicted predicts promise promised promises
    quip quipped quips remark remarked reply replied replies respond responded responds report reported
    reiterate reiterated reiterates repeat repeated repeats reports shout shouted suggest suggested suggests
    testify testified testifies urge urged urges vow vowed vows wonder wondered wonders yell yelled
    concede conceded concedes boast boasted boasts caution cautioned cautions post posted counter countered
    lament lamented laments agree agreed agrees describe described describes call called calls
    joke joked jokes mused muse muses pledge pledged pledges proclaim proclaimed proclaims
    announce declared demanded demand demands charged charge charges scoffed scoff snapped retorted
    exclaimed cried whispered screamed chanted sang sings sing read reads recounted recount predicted
    explaining noting continuing insisting arguing declaring stating recalling warning claiming
    contending acknowledging admitting announcing asserting complaining concluding confirming
    emphasizing stressing maintaining observing predicting promising replying responding reporting
    reiterating repeating suggesting testifying urging vowing describing calling joking pledging demanding
    condemn condemns condemned condemning denounce denounces denounced denouncing decry decries decried
    brand brands branded label labels labeled labelled slam slams slammed blast blasts blasted
    criticize criticizes criticized criticise criticised praise praises praised hail hails hailed
    deride derides derided dismiss dismisses dismissed characterize characterizes characterized
    term termed deem deems deemed accuse accuses accused lambast lambasted
    """.split()
)
_NOUN_LIKE_CUES = frozenset(
    """
    state note claim report reports post call called calls reads read charge charges counter demand
    demands promise promises repeat vows pledge continue caution brand brands label labels slam slams
    blast blasts praise praises hail hails term dismiss tweet tweets quip quips boast boasts joke jokes
    """.split()
)
_ASSESSMENT_NOUNS = frozenset(
    {"assessment", "remark", "remarks", "comment", "comments", "description", "characterization", "words"}
    | {"statement", "warning", "claim", "phrase", "verdict", "admission"}
)
# "the IMF report stated", "a statement from the White House": the author speaks.
_DOCUMENTS = frozenset(
    {"report", "statement", "study", "memo", "complaint", "letter", "website", "analysis", "survey", "release"}
    | {"ruling", "filing", "lawsuit", "ad", "tweet", "post", "editorial", "spokesperson", "account", "blog"}
)
# Nouns for what someone said or wrote: "Bornstein's earlier missive", "Clinton's speech".
_SPEECH_NOUNS = (
    _DOCUMENTS
    | _ASSESSMENT_NOUNS
    | {"missive", "prediction", "speech", "testimony", "interview", "remarks", "op-ed", "message", "note"}
)
_PREPOSITIONS = frozenset({"for", "of", "with", "to", "by", "from", "at", "in", "on", "about", "against", "into"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "campaign", "office", "camp"})
_SKIP_BEFORE_CUE = frozenset(
    {"has", "have", "had", "also", "later", "then", "once", "did", "would", "will", "was", "is", "again"}
    | {"previously", "recently", "repeatedly", "often", "simply", "flatly", "just", "has", "may", "might"}
    | {"could", "can", "should", "must", "not", "n't", "never", "reportedly", "allegedly", "publicly"}
)
_PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_OTHER_PRONOUNS = frozenset({"i", "we", "they", "it", "you", "who", "which", "that"})
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
# Roles that name one particular person when written with "the".
ROLE_NOUNS = frozenset(
    """
    president nominee candidate senator governor mayor businessman mogul billionaire secretary minister
    chancellor congressman congresswoman chairman chairwoman leader speaker director founder ceo
    prosecutor judge general commander author actor actress singer rapper host anchor star
    """.split()
)
_DESCRIPTION_SYNONYMS = {
    "diplomat": {"diplomat", "ambassador", "envoy", "secretary of state", "foreign minister"},
    "leader": {"leader", "president", "prime minister", "chancellor", "premier", "king", "chairman"},
    "senator": {"senator", "sen"},
    "congressman": {"congressman", "rep", "representative"},
    "congresswoman": {"congresswoman", "rep", "representative"},
    "lawmaker": {"senator", "sen", "rep", "representative", "congressman", "congresswoman", "lawmaker"},
    "governor": {"governor", "gov"},
    "mogul": {"mogul", "businessman", "billionaire"},
}
_DEMONYMS = {"american": "united states", "americans": "united states", "british": "united kingdom"}
_SENTENCE_END = frozenset({".", "!", "?"})
# Entities that can say something: not an event or a law. (Publications and websites are
# often labelled WORK_OF_ART or PRODUCT by the small model: "PolitiFact", "Zero Hedge".)
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"})


@dataclass
class Attribution:
    speaker: str | None
    cue: str | None
    # How it was found: "cue" (a reporting verb next to the quote), "inherited", "subject", "none".
    how: str = "cue"


def _country_key(word: str) -> str:
    """A short key shared by a country and its people: 'Russia', 'Russian' -> 'russ';
    'U.S.', 'America', 'American' -> 'unit'."""
    norm = re.sub(r"['’]s$", "", word.lower())
    norm = ALIASES.get(norm, _DEMONYMS.get(norm, norm))
    return norm[:4]


class Attributor:
    """Finds cues and speakers for the quote spans of one story."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], spans: Sequence[QuoteSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        self.spans = spans
        self.tops = [s for s in spans if not s.nested]
        # Character ranges inside quotation marks: nothing in there attributes a quote.
        self._quoted = sorted((s.open_mark, s.outer_end) for s in self.tops)
        self._quoted_starts = [a for a, _ in self._quoted]
        self._by_close = {s.close_mark: s for s in self.tops if s.close_mark is not None}
        self._close_marks = sorted(self._by_close)
        self._token_starts = [t.idx for t in doc]
        # Token index -> (entity, mention start) for every mention.
        self.entity_at: dict[int, tuple[Entity, int]] = {}
        self._person_positions: list[tuple[int, Entity]] = []
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for token in span:
                    self.entity_at[token.i] = (entity, mention.start)
                if entity.label == "PERSON" and not self.in_quote(mention.start):
                    self._person_positions.append((mention.start, entity))
        self._person_positions.sort(key=lambda pair: pair[0])
        self._person_starts = [p for p, _ in self._person_positions]
        self.person_names = {e.name for e in entities if e.label == "PERSON"}
        # Words naming countries or peoples in this story ("Russian", "U.S.", "Kenyan").
        self._country_words = {
            t.lower_.strip(".") for t in doc if t.ent_type_ in ("NORP", "GPE") or t.lower_ in _NATIONALITY_WORDS
        } | {w.strip(".") for w in _NATIONALITY_WORDS}
        self._nationality_words = {t.lower_ for t in doc if t.ent_type_ == "NORP"} | set(_NATIONALITY_WORDS)
        self.ties = self._description_ties(entities)
        # Speakers named in cue position that the NER did not recognise.
        self.new_people: dict[str, Entity] = {}
        self.gender = self._genders(entities)
        self._chasing = 0  # depth of descriptions resolved through earlier sentences

    # ----------------------------------------------------------------- helpers
    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens wholly in text[start:end], outside quotation marks."""
        if end <= start:
            return []
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return []
        return [t for t in span if not self.in_quote(t.idx) and t.text not in '“”"‘’«»']

    def _token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self._token_starts, char)

    def sentence_start(self, char: int, lo: int) -> int:
        """Where the sentence holding ``char`` begins (quotation-aware), not before ``lo``."""
        doc = self.doc
        start = lo
        i = self._token_at(char) - 1
        while i >= 0 and doc[i].idx >= lo:
            token = doc[i]
            if token.text in _SENTENCE_END and i + 1 < len(doc) and not self.in_quote(token.idx):
                nxt = doc[i + 1]
                if nxt.is_space and i + 2 < len(doc):
                    nxt = doc[i + 2]  # two spaces after the full stop
                if nxt.text[:1].isupper() or nxt.text[:1] in '“"‘':
                    start = nxt.idx
                    break
            i -= 1
        # A quotation that ends its sentence inside the marks: “… escapades.” The agency said …
        k = bisect.bisect_left(self._close_marks, start)
        while k < len(self._close_marks) and self._close_marks[k] < char:
            span = self._by_close[self._close_marks[k]]
            k += 1
            if self.text[span.start : span.end].rstrip()[-1:] in (".", "!", "?"):
                after = self.text[span.close_mark + 1 : char]
                rest = after.lstrip()
                if rest[:1].isupper():
                    start = max(start, span.close_mark + 1 + len(after) - len(rest))
        return start

    def sentence_end(self, char: int, hi: int) -> int:
        doc = self.doc
        i = self._token_at(char)
        while i < len(doc) and doc[i].idx + len(doc[i].text) <= hi:
            if doc[i].text in _SENTENCE_END and not self.in_quote(doc[i].idx):
                return doc[i].idx + 1
            i += 1
        return hi

    def is_cue(self, token: Token) -> bool:
        low = token.lower_
        if low not in CUE_VERBS:
            return False
        if low in _NOUN_LIKE_CUES or low in {"called", "calls", "call", "described", "describes", "read", "reads"}:
            return token.tag_.startswith("VB")
        return True

    # --------------------------------------------------------- story knowledge
    def _description_ties(self, entities: Sequence[Entity]) -> dict[str, set[str]]:
        """Words the story ties to each person: titles before a mention, appositives after it."""
        ties: dict[str, set[str]] = {}
        doc = self.doc
        for entity in entities:
            if entity.label != "PERSON":
                continue
            words = ties.setdefault(entity.name, set())
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                # "U.S. Secretary of State Rex Tillerson", "Russian Foreign Minister Sergey Lavrov"
                i = span.start - 1
                while i >= 0 and (doc[i].tag_ in ("NNP", "NNPS", "NN", "JJ", "HYPH") or doc[i].lower_ == "of"):
                    if doc[i].i in self.entity_at and self.entity_at[doc[i].i][0] is entity:
                        break
                    words.add(doc[i].lower_.strip("."))
                    i -= 1
                # "R.C. Hammond, a senior Tillerson aide," / "Trump, the Republican nominee," /
                # "David Axelrod, Obama's former campaign strategist,"
                j = span.end
                opens = j + 1 < len(doc) and doc[j].text == ","
                possessive = opens and j + 2 < len(doc) and doc[j + 1].tag_ == "NNP" and doc[j + 2].tag_ == "POS"
                if opens and (doc[j + 1].lower_ in ("a", "an", "the", "his", "her") or possessive):
                    k = j + 2
                    while k < len(doc) and k < j + 10 and doc[k].text not in (",", ".", ";", "—", "–"):
                        if doc[k].tag_.startswith(("NN", "JJ")):
                            words.add(doc[k].lower_.strip("."))
                        k += 1
        return ties

    def _genders(self, entities: Sequence[Entity]) -> dict[str, str]:
        """'m'/'f' for persons the story marks with an honorific (Mr., Ms.), else by the
        pronouns of sentences about them alone ("Clinton said her plan ...")."""
        out: dict[str, str] = {}
        votes: dict[str, list[int]] = {}
        for entity in entities:
            if entity.label != "PERSON":
                continue
            for mention in entity.mentions:
                before = self.text[max(0, mention.start - 6) : mention.start].split()
                if before and before[-1].lower() in _HONORIFIC_GENDER:
                    out[entity.name] = _HONORIFIC_GENDER[before[-1].lower()]
                    break
        for entity in entities:
            if entity.label == "PERSON" and entity.name not in out:
                given = gender_of_given_name(entity.name)
                if given:
                    out[entity.name] = given
        # Sentences (outside quotations) that name exactly one person and then say "he" or
        # "she": the pronoun is most likely that person.
        people: set[str] = set()
        male = female = 0
        for token in self.doc:
            if self.in_quote(token.idx):
                continue
            hit = self.entity_at.get(token.i)
            if hit and hit[0].label == "PERSON":
                people.add(hit[0].name)
            if people:  # a subject pronoun after the name: "Clinton said she ..."
                male += token.lower_ == "he"
                female += token.lower_ == "she"
            if token.text in _SENTENCE_END or token.is_space and "\n" in token.text:
                if len(people) == 1 and (male or female) and not (male and female):
                    tally = votes.setdefault(next(iter(people)), [0, 0])
                    tally[0 if male else 1] += 1
                people, male, female = set(), 0, 0
        for name, (m, f) in votes.items():
            if name not in out and max(m, f) >= 1 and min(m, f) == 0:
                out[name] = "m" if m else "f"
        return out

    # ------------------------------------------------------------ resolution
    def resolve_pronoun(self, word: str, char: int, *, depth: int = 0) -> str | None:
        """'he'/'she': the subject of its sentence (or of the sentence before) when the gender
        allows, else the last person mentioned before ``char`` (outside quotations) whose known
        gender fits; 'it': the organisation or country the sentence is about; others: None."""
        if word.lower() == "it":
            return self._sentence_organisation(char)
        gender = _PERSON_PRONOUNS.get(word.lower())
        if gender is None:
            return None
        subject, same_sentence = self._sentence_subject_person(char, depth) if depth < 3 else (None, False)
        known = self.gender.get(subject or "")
        if subject is not None and (known == gender or (known is None and not same_sentence)):
            # "Clinton says she appreciated Machado's courage through what she calls …": the
            # sentence's subject beats recency when it is a he or she as the pronoun is; a new
            # sentence's "he" continues the last sentence's subject unless it is the wrong gender
            # (inside one sentence, "Christie described Clinton as … after she …" may not).
            return subject
        i = bisect.bisect_left(self._person_starts, char) - 1
        while i >= 0:
            entity = self._person_positions[i][1]
            if self.gender.get(entity.name, gender) == gender:
                return entity.name
            i -= 1
        return None

    def _sentence_subject_person(self, char: int, depth: int) -> tuple[str | None, bool]:
        """The person opening the sentence that holds ``char`` as its subject ("Clinton says …"),
        or None when the sentence starts otherwise ("In Ohio, …", "Machado's courage …")."""
        start = self.sentence_start(char, self.text.rfind("\n", 0, char) + 1)
        tokens = self.tokens_between(start, char)
        found = self._subject_person(tokens, depth)
        if found is not None:
            return found, True
        named = (self.entity_at[t.i][0] for t in tokens if t.i in self.entity_at)
        if not any(e.label == "PERSON" for e in named):
            # No one named yet in this sentence: the subject of the one before ("Trump praised
            # Putin. In an interview he …"), as readers take a pronoun.
            end = start
            while end > 0 and self.text[end - 1].isspace():
                end -= 1
            if end > 0:
                lo = self.text.rfind("\n", 0, end) + 1  # the sentence ending the paragraph before
                found = self._subject_person(self.tokens_between(self.sentence_start(end - 1, lo), end), depth)
        return found, False

    def _continued_subject(self, char: int, modifiers: list[str], owner: str | None) -> str | None:
        """The previous sentence's subject for a description opening a sentence at ``char``,
        unless the description's nationality contradicts it or it is the description's owner."""
        if self._chasing >= 3:
            return None
        self._chasing += 1
        try:
            subject, same_sentence = self._sentence_subject_person(char, 0)
        finally:
            self._chasing -= 1
        if subject is None or same_sentence or subject == owner:
            return None
        # Only a people's name contradicts ("the Nigerian president"); a place may be a state or
        # a city the story never tied to anyone ("the Indiana governor", "the New York businessman").
        peoples = {_country_key(m) for m in modifiers if m.lower().strip(".") in self._nationality_words}
        own = self.nationalities(subject)
        if peoples and own and not (peoples & own):
            return None
        return subject

    def sentence_subject(self, tokens: list[Token]) -> str | None:
        """The person a sentence (its tokens) is about as the subject of its first verb."""
        return self._subject_person(tokens, 0)

    def _subject_person(self, tokens: list[Token], depth: int) -> str | None:
        """The person a sentence's tokens open with as the subject of its first verb:
        "Trump campaign spokesman Jason Miller told …", "In contrast, Ham described …",
        "Christie, who has campaigned for Trump, blasted …", "She says …" (that she)."""
        finite = ("VBD", "VBZ", "VBP", "MD")
        comma = next((n for n, t in enumerate(tokens[:16]) if t.text == ","), None)
        if (
            comma is not None
            and not any(t.tag_ in finite for t in tokens[:comma])
            and (tokens[0].tag_ in ("IN", "RB") or not any(t.i in self.entity_at for t in tokens[:comma]))
        ):
            # An opening adverbial: "However,", "On Wednesday,", "On The Steve Harvey Show on Tuesday,"
            tokens = tokens[comma + 1 :]
        if len(tokens) > 1 and tokens[0].lower_ in ("he", "she") and tokens[1].tag_ in finite:
            return self.resolve_pronoun(tokens[0].lower_, tokens[0].idx, depth=depth + 1)
        m = 0
        while m < len(tokens) and (
            tokens[m].i in self.entity_at or tokens[m].tag_ in ("NNP", "NNPS", "NN", "JJ", "DT", "HYPH", "POS")
        ):
            m += 1  # titles and roles before the name: "Democratic nominee Hillary Clinton"
        if 1 < m < len(tokens) and tokens[0].lower_ == "the" and tokens[m].tag_ in finite:
            # "The Republican vice presidential nominee was speaking …": whom the description names.
            found = self.resolve_phrase(tokens[:m]) if self._chasing < 3 else None
            return found if found in self.person_names else None
        if m == 0 or tokens[m - 1].i not in self.entity_at:
            return None
        entity = self.entity_at[tokens[m - 1].i][0]
        if entity.label != "PERSON":
            return None
        if m < len(tokens) and tokens[m].text in (",", "("):
            # "Christie, who has campaigned for Trump since February, blasted …": past the aside.
            for n in range(m + 1, min(len(tokens) - 1, m + 40)):
                if tokens[n].text in (",", ")") and tokens[n + 1].tag_ in finite:
                    m = n + 1
                    break
        elif m < len(tokens) and tokens[m].tag_ == "IN":
            # "David Axelrod on Wednesday called …": a short time phrase before the verb.
            for n in range(m + 1, min(len(tokens), m + 4)):
                if tokens[n].tag_ in finite or tokens[n].tag_ == "VBN":
                    m = n
                    break
        follows = tokens[m] if m < len(tokens) else None
        # A participle right after the subject is a past tense the tagger misread ("Axelrod on
        # Wednesday called"), as is a reporting verb read as a noun ("Trump charges that …").
        if follows is None or not (
            follows.tag_ in finite
            or follows.tag_ == "VBN"
            or (follows.lower_ in CUE_VERBS and follows.lower_.endswith("s"))
        ):
            return None
        return entity.name

    def _sentence_organisation(self, char: int) -> str | None:
        """The first organisation or country named in the sentence before ``char``, not behind a
        preposition ("The U.N. Security Council ... what it called")."""
        start = self.sentence_start(char, 0)
        tokens = self.tokens_between(start, char)
        for index, token in enumerate(tokens):
            hit = self.entity_at.get(token.i)
            if hit is None:
                continue
            if hit[0].label not in ("ORG", "GPE", "NORP"):
                return None  # a person comes first: "it" is not them
            if index > 0 and tokens[index - 1].lower_ in _PREPOSITIONS:
                continue
            return hit[0].name
        return None

    def nationalities(self, name: str) -> set[str]:
        """Country keys among the words the story ties to a person ('russ' for 'Russian')."""
        return {_country_key(w) for w in self.ties.get(name, ()) if w in self._country_words}

    def resolve_description(self, head: str, modifiers: list[str], char: int) -> str | None:
        """The person the story tied to a description ('the Nigerian president'), most recent first."""
        wanted = _DESCRIPTION_SYNONYMS.get(head, {head})
        countries = {_country_key(m) for m in modifiers if m.lower() in self._country_words}
        best: tuple[int, int, str] | None = None
        for name, words in self.ties.items():
            if not any(w in words or (" " in w and all(p in words for p in w.split())) for w in wanted):
                continue
            own = self.nationalities(name)
            if countries and own and not (countries & own):
                continue  # "the Nigerian president" is not the Kenyan one
            agrees = int(bool(countries & own))
            last = max((p for p, e in self._person_positions if e.name == name and p < char), default=-1)
            if best is None or (agrees, last) > best[:2]:
                best = (agrees, last, name)
        return best[2] if best else None

    def _unrecognised_name(self, tokens: list[Token]) -> str | None:
        """A speaker's name the NER missed ("said Joseph", "― Pamela Padilla"): two to four
        capitalised proper nouns ending the phrase. It becomes a PERSON of the story."""
        names: list[Token] = []
        for token in reversed(tokens):
            if token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and token.i not in self.entity_at:
                names.insert(0, token)
            else:
                break
        while names and names[0].lower_.strip(".") in PERSONAL_TITLES:
            names = names[1:]
        if not 1 <= len(names) <= 4 or (len(names) == 1 and len(tokens) > 1):
            return None
        if any(not t.is_alpha and not t.text.rstrip(".").isalpha() for t in names):
            return None
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        text = self.text[start:end]
        entity = self.new_people.get(text)
        if entity is None:
            entity = Entity(name=text, label="PERSON", mentions=[Mention(text=text, start=start, end=end)])
            self.new_people[text] = entity
            # Later pronouns may refer to this person ("Warren said …” … “…,” she added).
            at = bisect.bisect_left(self._person_starts, start)
            self._person_starts.insert(at, start)
            self._person_positions.insert(at, (start, entity))
            for token in names:
                self.entity_at[token.i] = (entity, start)
        return entity.name

    def most_prominent_person(self, char: int, modifiers: list[str]) -> str | None:
        """The person mentioned most before ``char`` whose nationality does not contradict ``modifiers``."""
        counts: dict[str, int] = {}
        for position, entity in self._person_positions:
            if position >= char:
                break
            counts[entity.name] = counts.get(entity.name, 0) + 1
        countries = {_country_key(m) for m in modifiers if m.lower().strip(".") in self._country_words}
        others = [m for m in modifiers if m.lower().strip(".") not in self._country_words]
        for name in sorted(counts, key=lambda n: -counts[n]):
            own = self.nationalities(name)
            if countries and not (countries & own):
                continue  # "the New York businessman": only someone the story tied to New York
            if others and not all(m.lower().strip(".") in self.ties.get(name, ()) for m in others):
                return None  # "the Indiana governor": a detail the story never tied to anyone
            return name
        return None

    def resolve_phrase(self, tokens: list[Token]) -> str | None:
        """The entity name a subject phrase refers to ('Tillerson', 'he', 'the U.S. president')."""
        tokens = [t for t in tokens if t.text not in (",", "—", "–", "-", ":", "(", ")")]
        if not tokens:
            return None
        # "Del. Stacey Plaskett of the Virgin Islands": the name before the preposition.
        cut = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ in _PREPOSITIONS), None)
        if cut is not None and any(
            t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in tokens[:cut]
        ):
            head_before = tokens[cut - 1]
            if not (head_before.lower_.startswith("spokes") or head_before.lower_ in _SPOKES):
                tokens = tokens[:cut]
        head = tokens[-1]
        mentions: list[tuple[Entity, Token]] = []  # each entity that can speak once, in order
        for token in tokens:
            hit = self.entity_at.get(token.i)
            if hit and hit[0].label in _SPEAKER_LABELS and (not mentions or mentions[-1][0] is not hit[0]):
                mentions.append((hit[0], token))
        if head.i in self.entity_at and self.entity_at[head.i][0].label in _SPEAKER_LABELS:
            return self.entity_at[head.i][0].name
        head_word = head.lower_.strip(".")
        if head.tag_ in ("PRP",) or head_word in _PERSON_PRONOUNS or head_word in _OTHER_PRONOUNS:
            if len(tokens) <= 2:
                return self.resolve_pronoun(head_word, head.idx)
        if head_word in _SPOKES or head_word.startswith("spokes") or head_word in _DOCUMENTS:
            # "a spokesman for the State Department", "Clinton's campaign": the principal speaks.
            for entity, _ in reversed(mentions):
                return entity.name
            owner = next((t for t in tokens if t.lower_ in ("his", "her")), None)
            if owner is not None:  # "His spokesman added": the principal is "he"
                return self.resolve_pronoun("he" if owner.lower_ == "his" else "she", owner.idx)
        if head.tag_.startswith("NN") and head.text[:1].islower():
            modifiers = [t.text for t in tokens[:-1] if t.text[:1].isupper()]
            found = self.resolve_description(head_word, modifiers, head.idx)
            if found:
                return found
            possessive = len(tokens) > 2 and tokens[1].tag_ == "POS"
            if (tokens[0].lower_ == "the" or possessive) and (head_word in ROLE_NOUNS or head_word in PERSON_ROLES):
                # "The Indiana governor said", "Obama's former campaign strategist said": a definite
                # role the story has not tied to a name continues the last sentence's subject.
                owner = self.entity_at[tokens[0].i][0].name if possessive and tokens[0].i in self.entity_at else None
                found = self._continued_subject(tokens[0].idx, modifiers, owner)
                if found:
                    return found
            if tokens[0].lower_ == "the" and head_word in ROLE_NOUNS:
                # "the former secretary of state", "the New York businessman": a definite role
                # the story has not tied to a name refers back to its most prominent person.
                return self.most_prominent_person(head.idx, modifiers)
            return None
        name = self._unrecognised_name(tokens)
        if name:
            return name
        # A name at the end of the phrase ("Senior Tillerson aide R.C. Hammond") was handled
        # above; otherwise the last mention not behind a preposition.
        for entity, token in reversed(mentions):
            if not any(t.lower_ in _PREPOSITIONS for t in tokens[: tokens.index(token)]):
                return entity.name
        return None

    def subject_before(
        self, tokens: list[Token], *, right_after_quote: bool = False, participle: bool = False
    ) -> tuple[str | None, bool]:
        """The subject of a cue whose preceding tokens (same clause) are ``tokens``.

        News copy puts asides between a name and its verb: "Rucker Culpepper, who runs
        the effort, said", "Roy Cooper (D), McCrory's opponent, called for ..., saying".
        Such asides (appositives, relative clauses, predicates, party tags) are passed
        over to reach the name. ``right_after_quote``: the tokens start at a closing
        quotation mark, so the subject is the first phrase.
        Returns (speaker, found_a_subject_phrase).
        """
        while tokens and (tokens[-1].lower_ in _SKIP_BEFORE_CUE or tokens[-1].tag_ in ("RB", "MD")):
            tokens = tokens[:-1]
        if tokens and not participle and not right_after_quote:
            # "the story John F. Kennedy told": a person right before the verb is its subject.
            hit = self.entity_at.get(tokens[-1].i)
            if hit and hit[0].label == "PERSON":
                return hit[0].name, True
            if tokens[-1].lower_ in ("he", "she"):
                # "In an interview with RT he blasted …": a subject pronoun right before the verb.
                return self.resolve_pronoun(tokens[-1].lower_, tokens[-1].idx), True
        segments = [seg for seg in _segments(tokens) if seg]
        if not segments:
            return None, False
        if right_after_quote:
            for segment in segments:
                phrase = _last_noun_phrase(segment)
                if phrase and not _is_aside(segment):
                    return self.resolve_phrase(phrase), True
            # Only asides: "a spokesman for Goldman Sachs", "the U.S. president" — the whole piece.
            return self.resolve_phrase(segments[0]), True
        fallback: list[Token] | None = None
        for index in range(len(segments) - 1, -1, -1):
            segment = segments[index]
            phrase = _clause_subject(segment, nearest=participle)
            if not phrase:
                continue
            if participle and segment[0].lower_ in _RELATIVE and index == len(segments) - 1:
                # "..., where he appeared at a hearing for saying “…”": the participle belongs to
                # the nearest clause, relative or not.
                inner = _clause_subject(segment[1:], nearest=True)
                if inner and self._names_someone(inner):
                    return self.resolve_phrase(inner), True
            if _is_aside(segment) or (index > 0 and _is_affiliation(segment)):
                # Keep the aside in reserve ("the president said" has nothing else).
                if (
                    fallback is None
                    and not segment[0].tag_.startswith("VB")
                    and segment[0].tag_ != "IN"
                    and segment[0].lower_ not in _RELATIVE
                ):
                    fallback = phrase
                continue
            if not self._names_someone(phrase) and fallback is not None:
                break  # "Earlier Tuesday, the president said": the aside was the subject
            return self.resolve_phrase(phrase), True
        if fallback is not None:
            return self.resolve_phrase(fallback), True
        return None, False

    def _names_someone(self, phrase: list[Token]) -> bool:
        return (
            self._head_is_mention(phrase)
            or phrase[-1].tag_ == "PRP"
            or any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in phrase)
        )

    def _head_is_mention(self, tokens: list[Token]) -> bool:
        tokens = [t for t in tokens if t.tag_ != "POS"]
        return bool(tokens) and tokens[-1].i in self.entity_at

    def subject_after(self, tokens: list[Token]) -> str | None:
        """The speaker named after a cue: 'said Sen. John McCain, R-Ariz.', 'said a spokesman for X'."""
        phrase: list[Token] = []
        for k, token in enumerate(tokens):
            if token.tag_ == "VBN" and phrase and phrase[-1].lower_ in _DOCUMENTS:
                # "a complaint filed by the S.E.C.", "a report released by the GAO": the author speaks.
                rest = tokens[k + 1 :]
                if rest and rest[0].lower_ in ("by", "from"):
                    # The first author of "by the S.E.C. and a complaint by Vermont".
                    stop = next((m for m, t in enumerate(rest) if t.tag_ == "CC" and t.i not in self.entity_at), None)
                    author = self.subject_after(rest[1:stop])
                    if author:
                        return author
            if token.text in (",", ".", ";", "—", "–", "―", ":", "(") or (token.tag_.startswith("VB") and phrase):
                break
            if token.lower_ in ("in", "on", "at", "during", "after", "before", "to", "when", "while") and not phrase:
                break  # "said in a statement" names nobody here
            if token.lower_ in ("in", "on", "at", "during", "when", "while", "after", "before", "since") and phrase:
                break
            if token.lower_ == "by" and not phrase:
                continue  # “…” was written by Springsteen: the agent of a passive cue
            phrase.append(token)
        return self.resolve_phrase(phrase) if phrase else None

    # --------------------------------------------------------------- frames
    def attribute(self, span: QuoteSpan, paragraph: tuple[int, int]) -> Attribution | None:
        """Speaker and cue from the quote's own sentence, or None when it names no cue."""
        lo, hi = paragraph
        inner = self.text[span.start : span.end].rstrip()
        # After the quote: “…,” Tillerson told reporters / “…,” said Tillerson.
        if span.close_mark is not None:
            stop = self._next_open(span.close_mark + 1, hi)
            rest = self.text[span.close_mark + 1 : stop]
            if rest.lstrip()[:1] in ("—", "–", "―") and len(rest.split()) <= 8:
                # A quotation signed with a dash: “…” ― Pamela Padilla
                dash = span.close_mark + 1 + (len(rest) - len(rest.lstrip()))
                speaker = self.subject_after(self.tokens_between(dash + 1, stop))
                if speaker:
                    return Attribution(speaker, None)
            stop = min(stop, self.sentence_end(span.close_mark + 1, stop))
            after = self.tokens_between(span.close_mark + 1, stop)
            found = self._cue_after(after, strict=inner.endswith("."))
            if found:
                return found
        # Before the quote: Hammond said flatly: “…” / Tillerson repeated … that “…”.
        start = self.sentence_start(span.open_mark, lo)
        before = self.tokens_between(start, span.open_mark)
        found = self.cue_before(before)
        if found:
            return found
        return None

    def _next_open(self, char: int, hi: int) -> int:
        k = bisect.bisect_left(self._quoted_starts, char)
        if k < len(self._quoted_starts) and self._quoted_starts[k] < hi:
            return self._quoted_starts[k]
        return hi

    def _cue_after(self, after: list[Token], *, strict: bool) -> Attribution | None:
        words = [t for t in after if t.text not in (",",)]
        if not words:
            return None
        if words[0].lower_ == "as":
            found = self._as_put_it(words)
            if found:
                return found
        if words[0].lower_ in _SUBORDINATORS:
            return None  # “…,” when Clinton blasted him: a clause of its own, not the attribution
        if words[0].text in _DASHES and len(words) > 1:
            # A quotation signed with a dash: “…” ― Sonya Herridge
            speaker = self.subject_after(words[1:])
            return Attribution(speaker, None) if speaker else None
        depth = 0
        k = -1  # words seen outside parentheses: "(R-Utah)" does not push the cue away
        relative = False  # inside ", who asked not to be named,": its verbs are not the cue
        previous: Token | None = None
        for token in words[:30]:
            if token.text in ("(", ")"):
                depth = max(0, depth + (1 if token.text == "(" else -1))
                continue
            if depth > 0:
                continue
            if token.lower_ in _RELATIVE and previous is not None and self.doc[token.i - 1].text == ",":
                relative = True
            elif relative and self.doc[token.i - 1].text == ",":
                relative = False
            previous = token
            k += 1
            if relative:
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                if k > 3:
                    return None
                return Attribution(self.subject_after([t for t in after if t.i > token.i + 1]), "according to")
            if not self.is_cue(token):
                if token.tag_ in ("VBD", "VBZ", "VBP") and token.lower_ not in _SKIP_BEFORE_CUE and k > 0:
                    # Another verb first: the words after the quote are a sentence of their own.
                    if not _inside_appositive(after, token):
                        return None
                continue
            if k == 0 and token.tag_ == "VBG":
                return None  # “…,” adding that …: the participle's subject is before the quote
            if strict and (k > 3 or not words[0].text[:1].islower()):
                return None  # “…end.” Gov. X said …: the quote closed its sentence
            if k > 8 and not _inside_commas(after, token):
                return None
            leading = [t for t in words if t.i < token.i]
            if leading and all(t.tag_ == "CC" or t.tag_ in ("RB", "MD") for t in leading) and leading[0].tag_ == "CC":
                return None  # “…” and concluded: the sentence's subject, found before the quote
            if k == 0 or all(t.lower_ in _SKIP_BEFORE_CUE or t.tag_ in ("RB", "MD") for t in leading):
                # Cue first: “…,” said Smith.
                return Attribution(self.subject_after([t for t in after if t.i > token.i]), token.text)
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and (
                nxt.tag_ == "UH" or nxt.lower_ in ("yes", "no") or (nxt.lower_, nxt.tag_) == ("that", "IN")
            ):
                return None  # “…,” Melanie said yes / X said that …: the cue has its own object
            subject_tokens = [t for t in after if t.i < token.i]
            speaker, _ = self.subject_before(subject_tokens, right_after_quote=True)
            return Attribution(speaker, token.text)
        return None

    def cue_before(self, before: list[Token]) -> Attribution | None:
        if not before:
            return None
        found = self._as_put_it(before)
        if found:
            return found
        # "According to X, “…”"
        for k in range(len(before) - 1):
            if before[k].lower_ == "according" and before[k + 1].lower_ == "to":
                return Attribution(self.subject_after(before[k + 2 :]), "according to")
        for k in range(len(before) - 1, -1, -1):
            token = before[k]
            if not self.is_cue(token):
                continue
            other = self._later_clause(before[k + 1 :])
            if other is not None:
                return other
            if token.tag_ == "VBG" and k > 0 and before[k - 1].i in self.entity_at:
                # "footage of Trump saying, “…”": the name right before the participle.
                return Attribution(self.entity_at[before[k - 1].i][0].name, token.text)
            speaker, found = self.subject_before(before[:k], participle=token.tag_ == "VBG")
            if not found and k + 1 < len(before):
                # Inverted: "Said Ellis: “…”"
                speaker = self.subject_after(before[k + 1 :])
            return Attribution(speaker, token.text)
        return None

    def _as_put_it(self, tokens: list[Token]) -> Attribution | None:
        """“…,” as a Homeland Security memo put it / As one analyst puts it, “…”: the phrase
        between "as" and "put it" is the speaker (a document speaks for its author)."""
        for k, token in enumerate(tokens):
            if token.lower_ not in ("put", "puts") or k + 1 >= len(tokens) or tokens[k + 1].lower_ != "it":
                continue
            start = next((m for m in range(k - 1, max(-1, k - 12), -1) if tokens[m].lower_ == "as"), None)
            if start is None or start + 1 >= k:
                return None
            phrase = [t for t in tokens[start + 1 : k] if t.tag_ not in ("MD", "RB")]
            return Attribution(self.resolve_phrase(phrase), f"{token.text} {tokens[k + 1].text}")
        return None

    def _later_clause(self, tokens: list[Token]) -> Attribution | None:
        """'“You winning?” she said, but as Trump went on about “…”': a new clause between the cue
        and the quotation has its own subject, and the quotation is that subject's words."""
        for m in range(len(tokens) - 1, -1, -1):  # the clause nearest the quotation
            token = tokens[m]
            if token.lower_ not in _NEW_CLAUSE or m + 1 >= len(tokens) or tokens[m + 1].lower_ == "that":
                continue
            rest = tokens[m + 1 :]
            if not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in rest):
                continue
            phrase = _clause_subject(rest)
            if phrase and self._names_someone(phrase):
                return Attribution(self.resolve_phrase(phrase), None, how="subject")
        return None

    def subject_of_sentence(self, span: QuoteSpan, paragraph: tuple[int, int]) -> str | None:
        """For an embedded fragment with no cue: who the sentence is about, i.e. the first person
        (or organisation or country: "Japan branded North Korea an “outlaw nation”") in it that is
        not behind a preposition or a verb."""
        start = self.sentence_start(span.open_mark, paragraph[0])
        before = self.tokens_between(start, span.open_mark)
        for index, token in enumerate(before):
            hit = self.entity_at.get(token.i)
            if not hit or hit[0].label not in ("PERSON", "ORG", "GPE"):
                continue
            j = index - 1
            while j >= 0 and before[j].i in self.entity_at and self.entity_at[before[j].i][0] is hit[0]:
                j -= 1
            while j >= 0 and (before[j].tag_ in ("NNP", "NNPS", "JJ") and before[j].i not in self.entity_at):
                j -= 1  # titles: "Gov. Earl Ray Tomblin"
            if j >= 0 and (before[j].lower_ in _PREPOSITIONS or before[j].tag_.startswith("VB")):
                continue
            if j >= 0 and before[j].lower_ in ("that", "whether", "if"):
                continue  # "voters agreed that Clinton is in “…”": the reported clause's subject
            if index + 1 < len(before) and before[index + 1].tag_ == "POS":
                # "Bornstein's earlier missive": his words; "Clinton's team": the team, not Clinton.
                if any(t.lower_ in _SPEECH_NOUNS for t in before[index + 2 : index + 5]):
                    return hit[0].name
                continue
            if hit[0].label != "PERSON":
                # An organisation or country only as the subject of a verb ("Japan branded ..."),
                # not a heading or a modifier ("EB-5 investors").
                k = index + 1
                while k < len(before) and self.entity_at.get(before[k].i, (None,))[0] is hit[0]:
                    k += 1
                follows = before[k] if k < len(before) else None
                if follows is None or not (follows.tag_ in ("VBD", "VBZ", "VBP", "MD") or follows.lower_ in _DOCUMENTS):
                    continue  # ("the GAO report found" counts: documents speak for their authors)
            return hit[0].name
        return None

    def assessment_after(self, span: QuoteSpan, paragraph_next: tuple[int, int] | None) -> Attribution | None:
        """“low point” … \\n\\n That candid assessment by Rex Tillerson …: the next sentence owns it."""
        if paragraph_next is None:
            return None
        lo, hi = paragraph_next
        tokens = self.tokens_between(lo, self.sentence_end(lo, hi))[:12]
        if not tokens or tokens[0].lower_ not in ("that", "this", "the"):
            return None
        for k, token in enumerate(tokens[1:6], start=1):
            if token.lower_ in _ASSESSMENT_NOUNS and k + 1 < len(tokens) and tokens[k + 1].lower_ in ("by", "from"):
                speaker = self.subject_after(tokens[k + 2 :])
                if speaker:
                    return Attribution(speaker, None, how="subject")
        return None


_NATIONALITY_WORDS = (
    "u.s.",
    "american",
    "russian",
    "russia",
    "syrian",
    "syria",
    "british",
    "french",
    "german",
    "chinese",
    "iranian",
    "israeli",
    "turkish",
    "ukrainian",
    "mexican",
    "canadian",
    "japanese",
    "indian",
    "iraqi",
    "saudi",
    "egyptian",
    "italian",
    "spanish",
)


def _clause_subject(tokens: list[Token], *, nearest: bool = False) -> list[Token]:
    """The noun phrase before the first finite verb ('Trump attacked Clinton for ...' -> 'Trump'),
    else the last noun phrase ('Senior aide R.C. Hammond'). ``nearest``: before the last finite
    verb instead, for a participle cue ('... as Lavrov began the meeting by demanding')."""
    order = range(len(tokens) - 1, 0, -1) if nearest else range(1, len(tokens))
    for v in order:
        if tokens[v].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            phrase = _last_noun_phrase(tokens[:v])
            while nearest and v > 0 and tokens[v - 1].tag_ in ("MD", "VBD", "VBZ", "VBP", "RB"):
                v -= 1  # "has been", "would have"
                phrase = _last_noun_phrase(tokens[:v])
            if phrase:
                return phrase
            break
    return _last_noun_phrase(tokens)


def _last_noun_phrase(tokens: list[Token]) -> list[Token]:
    """The last noun phrase of a clause piece, skipping an object behind a verb.

    'Clinton attacked Trump and' -> 'Clinton'; 'In an interview Trump' -> 'Trump'."""
    if not tokens:
        return []
    # Drop trailing conjunctions and adverbs.
    while tokens and (tokens[-1].tag_ in ("CC", "RB") or tokens[-1].lower_ in _SKIP_BEFORE_CUE):
        tokens = tokens[:-1]
    if not tokens:
        return []
    end = len(tokens)
    while end > 0:
        start = end
        while start > 0 and (_np_token(tokens[start - 1]) or _joins_roles(tokens, start, end)):
            start -= 1
        if start == end:
            end -= 1
            continue
        chunk = tokens[start:end]
        before = tokens[start - 1] if start > 0 else None
        if before is not None and (before.tag_.startswith("VB") or before.lower_ in _PREPOSITIONS):
            if before.tag_.startswith("VB") and before.lower_ in _SKIP_BEFORE_CUE:
                return chunk
            # An object; look further back for the subject, else accept it.
            earlier = _last_noun_phrase(tokens[: start - 1])
            return earlier or chunk
        return chunk
    return []


def _joins_roles(tokens: list[Token], start: int, end: int) -> bool:
    """'the former secretary of state and current Democratic nominee': an "and" joining two
    descriptions of one person (the second starts in lower case), not two names."""
    if not (
        tokens[start - 1].lower_ == "and"
        and start < end
        and tokens[start].text[:1].islower()
        and start > 1
        and _np_token(tokens[start - 2])
        and tokens[start - 2].text[:1].islower()
    ):
        return False
    for k in range(start - 2, max(-1, start - 12), -1):  # the first description opens with "the"
        if tokens[k].lower_ == "the":
            return True
        if not _np_token(tokens[k]):
            return False
    return False


def _np_token(token: Token) -> bool:
    return (
        token.tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP", "PRP$", "POS", "HYPH", "CD", "NFP")
        or token.lower_ in ("of", ".", "&")
        or (token.text[:1].isupper() and token.tag_ not in ("VBD", "VBZ", "VBP", "IN", "CC"))
    ) and token.lower_ not in _PREPOSITIONS - {"of"}


_DASHES = frozenset({"—", "–", "―", "--", "-"})
_SEPARATORS = frozenset({",", ";", "—", "–", "―", "--"})


def _segments(tokens: list[Token]) -> list[list[Token]]:
    """Comma/dash separated pieces of a clause, parenthesised asides ("(D-Wis.)") left out."""
    segments: list[list[Token]] = [[]]
    depth = 0
    previous: Token | None = None
    for token in tokens:
        if previous is not None and token.i > previous.i + 1 and segments[-1]:
            segments.append([])  # a quotation was cut out here: “Face the Nation,”
        previous = token
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif token.text in _SEPARATORS:
            segments.append([])
        else:
            segments[-1].append(token)
    return segments


# Conjunctions that open a clause with a subject of its own ("..., but as Trump went on").
_SUBORDINATORS = frozenset(
    {"when", "as", "after", "because", "while", "before", "if", "since", "until", "although", "though", "whereas"}
)
_NEW_CLAUSE = frozenset({"but", "as", "while", "when", "although", "though", "because", "whereas"})
_RELATIVE = frozenset({"who", "which", "that", "whose", "where", "when", "whom"})
_ASIDE_STARTS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one", "now", "formerly", "also", "then"})


def _is_aside(segment: list[Token]) -> bool:
    """A piece between a name and its verb: an appositive ('a senior aide', "McCrory's opponent"),
    a relative clause ('who runs the effort') or a predicate ('called Friday for ...')."""
    first = segment[0]
    if first.lower_ in _RELATIVE or first.lower_ in _ASIDE_STARTS or first.tag_ in ("PRP$", "VBG", "VBN", "VBD", "VBZ"):
        return True
    if first.tag_ == "IN" or first.lower_ in _PREPOSITIONS:
        return True  # "at a later press gaggle", "in a statement"
    # "McCrory's opponent in the election": a possessive name before a common noun.
    for i, token in enumerate(segment[:-1]):
        if token.tag_ == "POS":
            return segment[i + 1].tag_ in ("NN", "NNS", "JJ")
        if not token.tag_.startswith("NNP"):
            break
    return False


def _is_affiliation(segment: list[Token]) -> bool:
    """'R-Ky.', 'D-N.C.', 'Md.': a party or state tag after a name, not a speaker."""
    text = "".join(t.text_with_ws for t in segment).strip()
    return (
        len(segment) <= 4
        and bool(re.fullmatch(r"(?:[RDI]-)?[A-Z][A-Za-z.]*(?:[ -][A-Z][A-Za-z.]*)?\.?", text))
        and ("-" in text or text.endswith("."))
    )


def _inside_commas(after: list[Token], cue: Token) -> bool:
    """True when the words before the cue are 'Name, a description,' (one appositive)."""
    commas = [t for t in after if t.text == "," and t.i < cue.i]
    return len(commas) >= 2


def _inside_appositive(after: list[Token], verb: Token) -> bool:
    commas_before = [t for t in after if t.text == "," and t.i < verb.i]
    return len(commas_before) % 2 == 1 and len(commas_before) >= 1
