"""Speakers from the dependency parse: the subject of the reporting verb a quotation hangs off.

The tag-based frames of ``attribution`` decide first; where they name no speaker, the sentence
of the quotation is parsed (lazily, once, within ``budget.PARSE_TOKENS_PER_STORY`` tokens a
story; see ``parse.py``) and the cue is read from its structure: an ancestor of the quotation's
top tokens within a few steps, or a verb hanging off the quotation's root; its subject phrase is
resolved to a story entity by ``coreference``.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.budget import PARSE_TOKENS_PER_STORY
from pipeline.annotate.columns import lowers_of
from pipeline.annotate.coreference import Coreference
from pipeline.annotate.cues import SPEAKING_PASSIVES, is_cue, phrasal_particles
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.parse import Parser, parse_each

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependencies through which a cue verb reaches its quotation: "said: “…”" (ccomp, dobj),
# "“…,” he said" (the quote's verb is the root and the cue hangs off it as parataxis or ccomp).
_CLIMB = 2


class ParsedCues(Coreference):
    """The parse-based cue finder of one story. ``heads`` holds the dependency parse of the
    sentences parsed so far (story token index -> head index and label)."""

    def use_parser(self, parser: Parser | None, paragraphs: list[tuple[int, int]]) -> None:
        """Parse lazily with ``parser``: a quotation's sentence is parsed when first needed."""
        self._parser = parser
        self._paragraphs = paragraphs
        self.heads: dict[int, tuple[int, str]] = {}
        self._children: dict[int, list[int]] = {}
        self._parsed_tokens = 0  # against budget.PARSE_TOKENS_PER_STORY
        self.parses_skipped = 0  # quotations whose sentence the spent budget left unparsed
        # Tokens of the regions counted as parsed but not given to the parser: no reporting verb
        # outside the quotations, so their parse could name no cue (``_without_cue``).
        self._unparsed: set[int] = set()

    def parse_ahead(self, spans: list[QuoteSpan]) -> None:
        """Parse the sentences of ``spans`` in one batch, as ``_parse_for`` would one by one in
        that order: a sentence already parsed is skipped, and one that would overspend the
        story's budget is left for ``_parse_for`` to count as skipped."""
        if getattr(self, "_parser", None) is None:
            return
        chosen: list[tuple[int, int]] = []
        covered: set[int] = set(self.heads)
        spent = self._parsed_tokens
        for span in spans:
            start, end = self.parse_region(span, self._paragraphs[span.paragraph])
            if (start in covered and end - 1 in covered) or spent + (end - start) > PARSE_TOKENS_PER_STORY:
                continue
            spent += end - start
            covered.update(range(start, end))
            chosen.append((start, end))
        self._parsed_tokens = spent
        chosen = [region for region in chosen if not self._without_cue(region, chosen)]
        for heads in parse_each(self.doc, chosen, self._parser):
            self._add_heads(heads)

    def _without_cue(self, region: tuple[int, int], chosen: list[tuple[int, int]]) -> bool:
        """Whether ``region``'s parse can be left out, and is (noted in ``_unparsed``): it holds no
        reporting verb outside quotation marks, and shares no token with another region parsed
        for the story. ``_cue_in_parse`` finds a cue only among the tokens parsed with a
        quotation's own, so such a region's parse names no speaker (titles, scare quotes, quotes
        whose speaker is in the sentence before: most regions; ``docs/speed-log.md``). A region
        that shares tokens with another is parsed as before: the first parse of a token is the
        one kept, and another quotation's reading could go through it."""
        start, end = region
        if any(other != region and other[0] < end and start < other[1] for other in chosen) or any(
            k in self.heads for k in range(start, end)
        ):
            return False
        doc, lowers, forms, particles = self.doc, lowers_of(self.doc), lexicons.cue_forms(), phrasal_particles()
        for k in range(start, end):
            if (lowers[k] in forms or lowers[k] in particles) and is_cue(doc[k]) and not self.in_quote(doc[k].idx):
                return False
        self._unparsed.update(range(start, end))
        return True

    def _add_heads(self, heads: dict[int, tuple[int, str]]) -> None:
        for child, (head, dep) in heads.items():
            if child not in self.heads:  # (a token parsed before keeps its first parse)
                self.heads[child] = (head, dep)
                if head != child:
                    self._children.setdefault(head, []).append(child)

    def _parse_for(self, span: QuoteSpan) -> None:
        if getattr(self, "_parser", None) is None:
            return
        start, end = self.parse_region(span, self._paragraphs[span.paragraph])
        if (start in self.heads or start in self._unparsed) and (end - 1 in self.heads or end - 1 in self._unparsed):
            return  # (parsed, or counted as parsed: ``_without_cue``)
        if self._parsed_tokens + (end - start) > PARSE_TOKENS_PER_STORY:
            self.parses_skipped += 1
            return  # the story's parse budget is spent: the tag frames alone decide
        self._parsed_tokens += end - start
        self._add_heads(parse_each(self.doc, [(start, end)], self._parser)[0])

    def quote_tokens(self, span: QuoteSpan) -> range:
        return range(self._token_at(span.start), self._token_at(span.end))

    def parse_region(self, span: QuoteSpan, paragraph: tuple[int, int]) -> tuple[int, int]:
        """The token range to parse for ``span``: its sentence, with the sentence before
        when the quotation opens its own (a cue may end the sentence before: "He said:")."""
        lo, hi = paragraph
        start = self.sentence_start(span.open_mark, lo)
        end = self.sentence_end(span.outer_end, hi)
        return self._token_at(start), self._token_at(end)

    def _cue_in_parse(self, span: QuoteSpan) -> Token | None:
        """The reporting verb the parse attaches the quotation to, if any: an ancestor of the
        quotation's top tokens (within a few steps), or a verb hanging off the quotation's root."""
        inside = self.quote_tokens(span)
        if not inside or inside.start not in getattr(self, "heads", {}):
            return None
        doc = self.doc

        def cue_outside(k: int) -> bool:
            return is_cue(doc[k]) and not self.in_quote(doc[k].idx)

        found: list[int] = []
        for i in inside:
            head, dep = self.heads.get(i, (i, ""))
            if head in inside or head == i or dep == "punct":
                continue  # a comma inside the marks hangs off the cue whatever the structure
            j = head
            for _ in range(_CLIMB):
                if j in inside:
                    break
                if cue_outside(j):
                    found.append(j)
                    break
                up, _ = self.heads.get(j, (j, ""))
                if up == j:
                    break
                j = up
        # “…,” she said: the parser often makes the cue a child of the quotation's own verb.
        found += [c for i in inside for c in self._children.get(i, ()) if c not in inside and cue_outside(c)]
        # The nearest to the quotation; the first found among equals.
        best = min(found, key=lambda k: min(abs(k - inside.start), abs(k - inside.stop)), default=None)
        return doc[best] if best is not None else None

    def _misparsed_modifier(self, subject: Token) -> bool:
        """Whether the parse took a name that modifies a lower-case noun right after it for the
        subject ("Remain campaigners pushing for … said": "Remain"): the noun is the head, and
        a group named by a modifier is not the modifier's entity."""
        doc = self.doc
        nxt = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
        return subject.text[:1].isupper() and nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.is_lower

    def _subject_of(self, verb: Token) -> Token | None:
        """The subject of ``verb``, or of the verb it is coordinated with ("…, he said, and added")."""
        seen = 0
        while verb is not None and seen < 3:
            for child in self._children.get(verb.i, ()):
                if self.heads[child][1] == "agent":  # "written by X"
                    objects = [c for c in self._children.get(child, ()) if self.heads[c][1] == "pobj"]
                    if objects and objects[0] in self.entity_at:  # a name, not "by police that Roe …"
                        return self.doc[objects[0]]
            for child in self._children.get(verb.i, ()):
                if self.heads[child][1] in _SUBJECTS:
                    if self.heads[child][1] == "nsubjpass" and verb.lower_ not in SPEAKING_PASSIVES:
                        return None  # "Roe was described as “…”": Roe is spoken of, not speaking
                    return self.doc[child]
            head, dep = self.heads.get(verb.i, (verb.i, ""))
            if dep not in ("conj", "xcomp", "advcl") or head == verb.i:
                return None
            if self.heads.get(head, (head, ""))[1] != "ROOT":
                return None  # a participle inside an aside: its subject is not the aside's
            verb = self.doc[head]
            seen += 1
        return None

    def _subject_phrase(self, subject: Token) -> list[Token]:
        """The subject's noun phrase: its left modifiers and itself, and a "for X"/"of X" after
        a spokesperson or a document ("a spokesman for Acme"); appositions and relative
        clauses after a comma are left out."""
        left = [subject]
        stack = [subject.i]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child < subject.i and self.heads[child][1] not in ("punct", "cc", "prep", "relcl", "appos"):
                    left.append(self.doc[child])
                    stack.append(child)
        tokens = sorted(left, key=lambda t: t.i)
        tokens = [t for t in tokens if t.i >= tokens[-1].i - 12]
        head = subject.lower_
        if head in lexicons.words("spokes_nouns") or head in lexicons.words("document_nouns"):
            for child in self._children.get(subject.i, ()):
                if self.heads[child][1] == "prep" and self.doc[child].lower_ in ("for", "of", "from"):
                    tail = sorted(
                        (self.doc[c] for c in self._subtree(child) if not self.in_quote(self.doc[c].idx)),
                        key=lambda t: t.i,
                    )
                    tokens += tail[:12]
        return tokens

    def _quotes_more_than(self, span: QuoteSpan, phrase: list[Token]) -> bool:
        """Whether the quotation holds words outside the subject phrase: a sentence quoted, not a
        name in quotation marks that is itself the subject (Entertainment Weekly's “Hollywood
        Insider” is reporting)."""
        inside = {t.i for t in phrase}
        return any(not self.doc[k].is_punct and k not in inside for k in self.quote_tokens(span))

    def _subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack and len(out) < 40:
            j = stack.pop()
            out.append(j)
            stack.extend(self._children.get(j, ()))
        return out

    def speaker_from_parse(self, span: QuoteSpan) -> tuple[str, str] | None:
        """Speaker and cue read from the parse: the subject of the reporting verb the
        quotation depends on, resolved to a story entity (its name, and the cue's text)."""
        self._parse_for(span)
        cue = self._cue_in_parse(span)
        if cue is None:
            return None
        subject = self._subject_of(cue)
        if subject is None or self._misparsed_modifier(subject) or self.in_furniture(subject.idx):
            return None  # (a dateline's place the parse made the subject: "PROVO, Utah — One … called")
        phrase = self._subject_phrase(subject)
        if span.start <= subject.idx < span.end and (
            self._quotes_more_than(span, phrase) or self.text[span.start : span.end].rstrip()[-1:] in ",.!?"
        ):
            # a word of the quotation ("“… Sad!” he tweeted", "“WELCOME HOME,” read one") is not
            # who spoke it
            return None
        speaker = self.resolve_phrase(phrase)
        if speaker is None:
            return None
        return speaker, cue.text
