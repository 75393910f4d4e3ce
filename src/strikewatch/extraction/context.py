"""Context: is a sentence about an attack at all, is it background ("since the start of the
invasion", "per year", "the previous record"), is a casualty from ground fighting, and does
a text use any strike word at all.

The words come from the language pack (``lang/<code>/context.py``), compiled by
:class:`ContextRules`.
"""

from __future__ import annotations

import re
from types import ModuleType

from strikewatch.extraction.fastre import Anchored, CIPattern, lowered
from strikewatch.extraction.rules import join, key_scan, rule
from strikewatch.extraction.segment import Sentence


class ContextRules:
    """A pack's context words, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        background = join(pack.BACKGROUND)
        clause = join(pack.BACKGROUND_CLAUSE)
        self.background: CIPattern = rule(background)
        self.background_clause: Anchored = rule(clause, form="anchored")
        # a sentence without any of these words holds no background phrase
        self.background_key = key_scan(background, clause)
        self.superlative: CIPattern = rule(pack.SUPERLATIVE)
        self.background_edge = re.compile(pack.BACKGROUND_EDGE, re.I)
        self.non_air: CIPattern = rule(pack.NON_AIR_CASUALTY)
        self.strike: CIPattern = rule(pack.STRIKE_WORDS)
        self.relevance_keys: tuple[str, ...] = tuple(pack.RELEVANCE_KEYS)


def is_relevant(r: ContextRules, text: str) -> bool:
    """Cheap test: does the text use any air-strike word at all?"""
    low = lowered(text)
    return any(k in low for k in r.relevance_keys)


def background_spans(r: ContextRules, text: str, s: Sentence) -> list[tuple[int, int, bool]]:
    """Phrases that make numbers cumulative or background ("since the start of the
    invasion", "per year"), except in comparisons ("the largest attack since 2022"), as
    (start, end, reaches past commas)."""
    out = []
    for m in r.background.finditer(text, s.start, s.end):
        if r.superlative.search(text, max(s.start, m.start() - 60), m.start()):
            continue
        out.append((m.start(), m.end(), True))
    out.extend(
        (m.start(), m.end(), False) for m in r.background_clause.finditer(text, s.start, s.end)
    )
    return out
