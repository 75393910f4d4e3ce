"""Sides: who attacks whom. A figure's target side comes from a demonym in its own noun
phrase ("57 Ukrainian drones"), its antecedent, the nearest actor phrase of the sentence
("Russia launched", "over Russian territory"), a place of one side, or its claimant.

The phrases come from the language pack (``lang/<code>/sides.py``), compiled by
:class:`SideRules`.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import TYPE_CHECKING

from strikewatch.extraction.fastre import Anchored, CIPattern
from strikewatch.extraction.rules import alternation, key_scan, rule

if TYPE_CHECKING:
    from strikewatch.extraction.figures import Fig
    from strikewatch.extraction.sentence import SentenceInfo


class SideRules:
    """A pack's side phrases, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        self.np_side: list[tuple[CIPattern, str]] = [
            (rule(rx, form="plain"), side) for rx, side in pack.NP_SIDE
        ]
        self.actor, self.actor_side = alternation(pack.ACTOR_SIDE)
        # every actor phrase holds one of these words: elsewhere the alternation (whose
        # branches start with the commonest words) is not tried
        self.actor_key = key_scan(*(rx for rx, _ in pack.ACTOR_SIDE))
        self.attack_context: Anchored = rule(pack.ATTACK_CONTEXT, form="anchored")
        self.launch_site: Anchored = rule(pack.LAUNCH_SITE, form="anchored")
        self.launch_site_end = re.compile(pack.LAUNCH_SITE_END)
        self.metonymy = re.compile(pack.METONYMY)
        self.metonymy_before = re.compile(pack.METONYMY_BEFORE)
        # its words, found once per text: the regex is tried only where one lies just before
        self.metonymy_before_keys = key_scan(pack.METONYMY_BEFORE)


def launch_site(r: SideRules, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a launch-site phrase in ``text[start:end]`` ("fired from Crimea"): places
    in it are no targets."""
    site = r.launch_site.search(text, start, end)
    if site is None:
        return None
    stop = r.launch_site_end.search(text, site.end(), end)
    return site.start(), stop.start() if stop else end


def sentence_side(info: SentenceInfo, default: str | None = None) -> str | None:
    """The target side a sentence speaks of: its first actor, a place of one side, its
    claimant, else ``default``."""
    if info.actors:
        return info.actors[0][1]
    for p in info.places:
        side = p.place.country
        if side in ("UA", "RU") and p.place.kind != "country":
            return side
    for c in info.claims:
        if c.side:
            return c.side
    return default


def side_has_places(infos: list[SentenceInfo], side: str) -> bool:
    """Whether an attack sentence (not background) names a place of ``side``."""
    return any(
        any(p.place.country == side and p.place.kind != "country" for p in info.places)
        and info.attack
        and not info.background
        for info in infos
    )


def lead_attack_sides(lead: list[SentenceInfo]) -> dict[str, int]:
    """How many attack sentences of the lead speak of each target side (in the order
    first named)."""
    sides: dict[str, int] = {}
    for info in lead:
        if info.attack and not info.background:
            side = sentence_side(info)
            if side:
                sides[side] = sides.get(side, 0) + 1
    return sides


def resolve_side(r: SideRules, f: Fig, info: SentenceInfo, by_id: dict[int, Fig]) -> None:
    """Sets the target side of a figure where the text tells it."""
    for rx, side in r.np_side:
        if rx.search(f.np_text):
            f.side = side
            return
    if f.anaphor_of is not None and f.anaphor_of in by_id and by_id[f.anaphor_of].side:
        f.side = by_id[f.anaphor_of].side
        return
    best: tuple[int, str] | None = None
    for start, side in info.actors:
        d = abs(start - f.num_start)
        if best is None or d < best[0]:
            best = (d, side)
    if best:
        f.side = best[1]
        return
    for p in sorted(info.places, key=lambda p: abs(p.start - f.num_start)):
        place_side = p.place.country
        if place_side in ("UA", "RU") and p.place.kind != "country":
            f.side = place_side
            return
    for c in info.claims:
        if c.side:
            f.side = c.side
            return
