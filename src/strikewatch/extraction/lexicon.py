"""A language pack compiled for the engine: one :class:`Lexicon` per language, made once
per process when first needed, holding each stage's compiled rules."""

from __future__ import annotations

from strikewatch.extraction.claimants import ClaimRules
from strikewatch.extraction.context import ContextRules
from strikewatch.extraction.cues import CueRules
from strikewatch.extraction.damage import DamageRules
from strikewatch.extraction.dates import DateRules
from strikewatch.extraction.figures import FigureRules
from strikewatch.extraction.nouns import NounRules
from strikewatch.extraction.numbers import NumberRules
from strikewatch.extraction.places import PlaceRules
from strikewatch.extraction.segment import TextRules
from strikewatch.extraction.sides import SideRules
from strikewatch.lang import has_pack, load_pack


class Lexicon:
    """Every rule of one language, compiled, by stage."""

    def __init__(self, code: str) -> None:
        pack = load_pack(code)
        self.code = code
        self.text = TextRules(pack)
        self.numbers = NumberRules(pack)
        self.nouns = NounRules(pack)
        self.cues = CueRules(pack)
        self.figures = FigureRules(pack)
        self.claims = ClaimRules(pack)
        self.sides = SideRules(pack)
        self.context = ContextRules(pack)
        self.dates = DateRules(pack)
        self.places = PlaceRules(pack)
        self.damage = DamageRules(pack)


_LEXICONS: dict[str, Lexicon] = {}


def lexicon(code: str | None) -> Lexicon | None:
    """The compiled rules of language ``code``, or None when it has no pack."""
    if code is None or not has_pack(code):
        return None
    lex = _LEXICONS.get(code)
    if lex is None:
        lex = _LEXICONS[code] = Lexicon(code)
    return lex
