"""The comma-separated pieces of a cue's subject phrase joined before it is read, where a comma
does not set off a piece that could be the subject: a state or country after its place ("at a
rally in Dayton, Ohio,": the aside goes on) and a minister's portfolio listed with commas before
the title ("Land, Infrastructure and Transport Minister Taro Okabe said": not "Land"). A mixin of
``cue_subjects.CueSubjects``, which reads the joined pieces.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons


class PieceJoins:
    """Joins of a subject phrase's pieces; mixed into ``cue_subjects.CueSubjects``."""

    def _places_joined(self, pieces: list[list[Token]]) -> list[list[Token]]:
        """A place set off after a proper noun is that place's state or country ("at a rally in
        Dayton, Ohio,", "who grew up in Flint, Michigan,"): it stays in the piece before it, which
        is an aside, rather than standing as a piece that could be the cue's subject."""
        joined: list[list[Token]] = []
        for piece in pieces:
            if joined and self._untagged_or_place(joined[-1][-1]) and self._only_a_place(piece):
                joined[-1] = joined[-1] + piece
            else:
                joined.append(piece)
        return joined

    def _portfolios_joined(self, pieces: list[list[Token]]) -> list[list[Token]]:
        """A minister's portfolio listed with commas before the title ("Land, Infrastructure and
        Transport Minister Taro Okabe said"): the capitalised words before the commas belong to the
        title of the piece that names the person, not a subject of their own ("Land")."""
        joined: list[list[Token]] = []
        for piece in pieces:
            if joined and self._portfolio_word(joined[-1]) and self._titled_after_portfolio(piece):
                run = [joined.pop()]
                while joined and self._portfolio_word(joined[-1]):
                    run.insert(0, joined.pop())
                joined.append([t for part in run for t in part] + piece)
            else:
                joined.append(piece)
        return joined

    def _portfolio_word(self, piece: list[Token]) -> bool:
        """A piece of one or two capitalised words that name no person ("Land", "Economy")."""
        return len(piece) <= 2 and all(t.is_title and t.is_alpha and not self._names_a_person(t) for t in piece)

    def _titled_after_portfolio(self, piece: list[Token]) -> bool:
        """Whether ``piece`` is the rest of a portfolio, a title word and a person's name:
        "Infrastructure and Transport Minister Taro Okabe"."""
        for k, token in enumerate(piece[1:], start=1):
            if lexicons.is_title_word(token.text) and token.is_title:
                return (
                    k + 1 < len(piece)
                    and self._names_a_person(piece[k + 1])
                    and all(t.is_title or t.lower_ in ("and", "&") for t in piece[:k])
                )
        return False

    def _names_a_person(self, token: Token) -> bool:
        hit = self.entity_at.get(token.i)
        return hit is not None and hit[0].name in self.person_names

    def _untagged_or_place(self, token: Token) -> bool:
        """A proper noun that is a place or was tagged as nothing ("Dayton"), not a person's or an
        organisation's name ("Todd Rutherford, D-Columbia,": the district stands beside him)."""
        hit = self.entity_at.get(token.i)
        return token.tag_ == "NNP" and (hit is None or hit[0].label in ("GPE", "LOC"))

    def _only_a_place(self, piece: list[Token]) -> bool:
        hit = self.entity_at.get(piece[0].i)
        return (
            hit is not None
            and hit[0].label in ("GPE", "LOC")
            and all(self.entity_at.get(t.i, (None,))[0] is hit[0] for t in piece)
        )
