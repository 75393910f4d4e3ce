"""A sentence and what is known about it: its places, numbers, claimants, cues, actors,
date phrases and background phrases, each worked out only when first asked for."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from strikewatch.extraction.claimants import Claim, claimants
from strikewatch.extraction.context import background_spans
from strikewatch.extraction.cues import pre_cues
from strikewatch.extraction.dates import DatePhrase, find_phrases
from strikewatch.extraction.numbers import Num
from strikewatch.extraction.places import PlaceMention
from strikewatch.extraction.segment import Sentence
from strikewatch.extraction.sides import launch_site

if TYPE_CHECKING:
    from strikewatch.extraction.lexicon import Lexicon


class SentenceInfo:
    """A sentence and what is known about it; each part is worked out only when asked, once
    (a plain class with a slot per part, which the compiled module makes a C struct)."""

    def __init__(
        self,
        lex: Lexicon,
        text: str,
        s: Sentence,
        places: list[PlaceMention],
        ref: dt.date | None,
        dl_end: int,
        num_matches: list[re.Match[str]],
    ):
        self.lex = lex
        self.text = text
        self.s = s
        self.places = places
        self.num_matches = num_matches
        self._ref = ref
        self._dl_end = dl_end
        self.cues_until = s.end  # the latest number start that pre_cues serves
        self.dropped: list[str] = []  # numbers above the ceiling of a figure, as written
        self.nums: list[Num] | None = None  # its candidate numbers, once the figures read them
        self.carried: str | None = None  # claimants.carried_claim's answer, once asked
        self.carried_done = False
        self._claims: list[Claim] | None = None
        self._pre_cues: list[tuple[str, int]] | None = None
        self._actors: list[tuple[int, str]] | None = None
        self._phrases: list[DatePhrase] | None = None
        self._bg_spans: list[tuple[int, int, bool]] | None = None
        self._attack: bool | None = None

    @property
    def claims(self) -> list[Claim]:
        if self._claims is None:
            s = self.s
            r = self.lex.claims
            self._claims = (
                claimants(r, self.text, s, self.places)
                if r.key.within(self.text, s.start, s.end)
                else []
            )
        return self._claims

    @property
    def pre_cues(self) -> list[tuple[str, int]]:
        if self._pre_cues is None:
            self._pre_cues = pre_cues(self.lex.cues, self.text, self.s, self.cues_until)
        return self._pre_cues

    @property
    def actors(self) -> list[tuple[int, str]]:
        """Phrases naming who attacks whom, as (offset, target side); launch sites
        ("fired from Crimea") say nothing about the target."""
        if self._actors is None:
            self._actors = self._find_actors()
        return self._actors

    def _find_actors(self) -> list[tuple[int, str]]:
        r = self.lex.sides
        s = self.s
        if not r.actor_key.within(self.text, s.start, s.end):
            return []
        site = launch_site(r, self.text, s.start, s.end)
        out = []
        for m in r.actor.finditer(self.text, s.start, s.end):
            if site and site[0] <= m.start() <= site[1]:
                continue
            out.append((m.start(), r.actor_side[m.lastgroup]))
        return out

    @property
    def phrases(self) -> list[DatePhrase]:
        if self._phrases is None:
            found = find_phrases(self.lex.dates, self.text, self.s.start, self.s.end, self._ref)
            self._phrases = [p for p in found if p.start >= self._dl_end]
        return self._phrases

    @property
    def bg_spans(self) -> list[tuple[int, int, bool]]:
        if self._bg_spans is None:
            s = self.s
            r = self.lex.context
            self._bg_spans = (
                background_spans(r, self.text, s)
                if r.background_key.within(self.text, s.start, s.end)
                else []
            )
        return self._bg_spans

    @property
    def background(self) -> bool:
        return bool(self.bg_spans)

    @property
    def attack(self) -> bool:
        if self._attack is None:
            s = self.s
            self._attack = bool(
                self.lex.sides.attack_context.search(self.text, s.start, s.end)
            ) and bool(self.places or self.lex.context.strike.search(self.text, s.start, s.end))
        return self._attack
