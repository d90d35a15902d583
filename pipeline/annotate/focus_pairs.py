"""Two people at once, as the discourse focus reads them: "A and B" named together is what a
later "they", "the senators", "both men" or "the two" means (by the first named: a speaker is one of the
story's entities), and "the former" / "the latter" is the first or second of the two named last;
"they" after an organisation's sentence is the organisation.

``PairRules`` is a mixin of ``focus.DiscourseFocus``; it reads and keeps the pass's state (the
pair named last, the referents in focus).
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.phrases import SUBORDINATORS
from pipeline.annotate.referents import FINITE, Referent


class PairRules:
    """Pairs of people and "they"; mixed into ``focus.DiscourseFocus``, whose state it reads."""

    def _note_pair(self, i: int, referent: Referent) -> None:
        """Two people named together in one sentence, "A and B" or with asides "A, a senator,
        and B, a governor," (no verb between them), are the likeliest referent of a "they"."""
        doc = self.doc
        k = self._np_start(i) - 1
        last = self._last_person
        if k < 0 or doc[k].lower_ != "and" or last is None:
            return
        other, at, epoch = last
        if epoch != self._epoch or other is referent or i - at > 16:
            return
        if any(doc[j].tag_ in FINITE or doc[j].lower_ in SUBORDINATORS for j in range(at + 1, k)):
            return  # "A said that B and …": a clause between them, not one phrase
        self._pair = (other, referent, self._epoch)

    def _resolve_plural(self) -> Referent | None:
        """A subject "they": the two people named together in this sentence or the one before (by
        the first one's name); else the organisation that is the subject of this sentence or the
        one before ("The council voted … They said"). Anything else (unnamed officers, residents,
        "they" for a group the story never names) is left unresolved."""
        if self._pair is not None and self._epoch - self._pair[2] <= 1:
            first, second, _ = self._pair
            self._pair = (first, second, self._epoch)  # "they" keeps the pair in focus
            key = (id(first), id(second))
            if key not in self._pairs:
                # The pair speaks; a speaker is one entity's name (the schema), so the pair goes by
                # the first named of the two, whom a reader can find among the story's entities.
                self._pairs[key] = Referent(first.name, "group", label="PERSON")
            return self._pairs[key]
        subject = self._subject or self._last_subject
        if subject is not None and subject.kind == "thing" and subject.label == "ORG" and subject.name:
            # "The council issued a statement. The statement noted … “…,” they said": the
            # organisation whose document the sentence before was about.
            subject = self._of_entity.get(subject.name, subject)
        if subject is not None and subject.kind in ("group", "thing") and subject.label == "ORG":
            self._subject = self._subject or subject  # and the organisation stays the subject
            return subject
        if (
            subject is not None
            and subject.kind == "group"
            and subject.name
            and subject.head in lexicons.words("spokes_bodies")
        ):
            # "The Clinton campaign pushed back. “…,” they said": the body speaks for its principal
            self._subject = self._subject or subject
            return subject
        return None

    def _pair_described(self, i: int) -> bool:
        """ "the senators", "the two men", "both lawmakers" (a plural noun for people at ``i``, the
        subject of a verb) right after two people were named together: that pair, as "they"
        would be (``_resolve_plural``). Whether it was one."""
        if self._pair is None or self._epoch - self._pair[2] > 1 or not self._is_head(i):
            return False
        doc = self.doc
        start = self._np_start(i)
        opener = doc[start].lower_ if start < i else ""
        if opener not in ("the", "both") or (start > 0 and doc[start - 1].lower_ == "of"):
            return False  # not "one of the senators", nor "senators" alone
        if any(t.tag_ not in ("DT", "CD", "JJ") for t in doc[start + 1 : i]):
            return False
        if not lexicons.is_plural_person_noun(doc[i].lower_) or not self._verb_follows(i + 1):
            return False
        self._at[i] = self._resolve_plural()
        return True

    def _pair_alone(self, i: int) -> bool:
        """ "the two", "both", "the pair" or "the duo" with no noun after it, as the subject of a
        verb ("“…,” the two wrote", "Both said"), right after two people were named together: that
        pair, as "they" would be. Whether it was one."""
        if self._pair is None or self._epoch - self._pair[2] > 1:
            return False
        doc = self.doc
        word = doc[i].lower_
        before = doc[i - 1].lower_ if i > 0 else ""
        if word == "both" and before in ("of", "the", "for", "to", "and"):
            return False  # "one of both", "to both": not the subject
        if word != "both" and before != "the":
            return False
        if i + 1 < len(doc) and doc[i + 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH", "IN"):
            return False  # "the two senators", "both parties", "the two of them": another reading
        if not self._verb_follows(i + 1):
            return False
        self._at[i] = self._resolve_plural()
        return True

    def _former_or_latter(self, i: int) -> bool:
        """ "the former" or "the latter" at token ``i`` used as a noun ("the latter said", not "the
        former senator"): the first or the second of the two people the story named last. Whether
        it was one (then it is counted as a mention of that person)."""
        doc = self.doc
        if i == 0 or doc[i - 1].lower_ != "the":
            return False
        if i + 1 < len(doc) and doc[i + 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH", "VBN"):
            return False
        named = sorted((r for r in self._active if r.kind == "person" and r.name is not None), key=lambda r: r.last)
        if len(named) < 2:
            return False
        referent = named[-1] if doc[i].lower_ == "latter" else named[-2]
        self._at[i] = referent
        self._mention(referent, self._subject_role(i), i)
        return True
