"""Claimants: who states a figure, by canonical English name ("Ukrainian Air Force",
"Russian Defence Ministry", "Kharkiv Oblast governor"), from the phrases of a sentence,
governors known by name, offices named beside a place, and pronouns or quotes that carry a
claimant on from the sentences before.

The phrases come from the language pack (``lang/<code>/claimants.py``), compiled by
:class:`ClaimRules`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from types import ModuleType
from typing import TYPE_CHECKING

from strikewatch.extraction.fastre import CIPattern, KeyScan
from strikewatch.extraction.places import PlaceMention, lookup
from strikewatch.extraction.rules import alternation, exact_keys, key_scan, rule
from strikewatch.extraction.segment import Sentence

if TYPE_CHECKING:
    from strikewatch.extraction.sentence import SentenceInfo

QUOTES = '"“”'


class Claim:
    """A claimant named in a sentence."""

    def __init__(self, start: int, end: int, name: str, side: str | None) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.side = side


class ClaimRules:
    """A pack's claimant phrases, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        self.claimant, self.claimant_names = alternation(pack.CLAIMANTS)
        names = sorted({n for n, _ in pack.OFFICIALS_BY_NAME})
        official = r"\b(?:" + "|".join(names) + r")\b"
        self.official: CIPattern = rule(official)
        self.official_region: dict[str, str] = {
            name.lower(): region for name, region in pack.OFFICIALS_BY_NAME
        }
        self.official_key = KeyScan(self.official_region)  # every official match is one
        self.governor: CIPattern = rule(pack.GOVERNOR)
        self.governor_key = key_scan(pack.GOVERNOR)
        # a sentence without any of these words names no claimant: it is not searched
        self.key = key_scan(*(rx for rx, _ in pack.CLAIMANTS), official, pack.GOVERNOR)
        self.default_ministry: str = pack.DEFAULT_MINISTRY
        self.ukrainian_ministry_start = re.compile(pack.UKRAINIAN_MINISTRY_START)
        self.ukrainian_ministry = re.compile(pack.UKRAINIAN_MINISTRY)
        self.ukrainian_ministry_name: str = pack.UKRAINIAN_MINISTRY_NAME
        self.russian: frozenset[str] = frozenset(pack.RUSSIAN_CLAIMANTS)
        self.military_administration: str = pack.MILITARY_ADMINISTRATION
        self.governor_name: str = pack.GOVERNOR_NAME
        self.administration_name: str = pack.ADMINISTRATION_NAME
        self.pronoun_report: CIPattern = rule(pack.PRONOUN_REPORT)
        keys = exact_keys(pack.PRONOUN_REPORT)  # ("said", "according": it is sought only there)
        self.pronoun_key: KeyScan | None = KeyScan(keys) if keys else None
        self.source_line = re.compile(pack.SOURCE_LINE)
        self.source_word: str = pack.SOURCE_WORD


def side_of_place(m: PlaceMention) -> str | None:
    c = m.place.country
    return c if c in ("UA", "RU") else None


def claimants(r: ClaimRules, text: str, s: Sentence, places: list[PlaceMention]) -> list[Claim]:
    """The claimants a sentence names, in order."""
    out: list[Claim] = []
    for m in r.claimant.finditer(text, s.start, s.end):
        name = r.claimant_names[m.lastgroup]
        if name == r.default_ministry and r.ukrainian_ministry_start.match(m.group()):
            name = r.ukrainian_ministry_name
        side = "RU" if name in r.russian else "UA"
        if name == r.default_ministry and r.ukrainian_ministry.search(
            text[max(0, m.start() - 12) : m.end()]
        ):
            name, side = r.ukrainian_ministry_name, "UA"
        out.append(Claim(m.start(), m.end(), name, side))
    # The claims so far, by start (sorted, as each pattern finds them in order): whether a
    # match lies in one or near one is found by bisection, so that a sentence of thousands
    # of claimants stays linear.
    starts = [c.start for c in out]
    ends = [c.end for c in out]
    officials = r.official_key.within(text, s.start, s.end)
    for m in r.official.finditer(text, s.start, s.end) if officials else ():
        region = r.official_region[m.group()]
        place = lookup(region)
        official_side = place.country if place else None
        i = bisect_right(starts, m.start())
        if i and m.start() < ends[i - 1]:
            continue  # inside a claimant phrase ("Kyiv Mayor Klitschko")
        out.append(Claim(m.start(), m.end(), r.governor_name.format(region=region), official_side))
        starts.insert(i, m.start())
        ends.insert(i, m.end())
    governors = r.governor_key.within(text, s.start, s.end)
    place_starts = [p.start for p in places]
    for m in r.governor.finditer(text, s.start, s.end) if governors else ():
        i = bisect_left(starts, m.start() - 39)
        if i < len(starts) and starts[i] < m.start() + 40:
            continue  # a claimant named within 40 characters already
        lo, hi = (
            bisect_left(place_starts, m.start() - 49),
            bisect_left(place_starts, m.start() + 50),
        )
        near = [p for p in places[lo:hi] if p.place.kind != "country"]
        if not near:
            continue
        p = min(near, key=lambda x: abs(x.start - m.start()))
        region = p.place.name if p.place.kind != "city" or not p.place.parent else p.place.parent
        if r.military_administration in m.group():
            name = r.administration_name.format(region=region)
        else:
            name = r.governor_name.format(region=region)
        out.append(Claim(m.start(), m.end(), name, side_of_place(p)))
        k = bisect_left(starts, m.start())
        starts.insert(k, m.start())
        ends.insert(k, m.end())
    out.sort(key=lambda c: c.start)
    return out


def carried_claim(r: ClaimRules, infos: list[SentenceInfo], k: int) -> str | None:
    """A claimant carried from earlier in the paragraph by "he said", "it added" or a quote
    (worked out once per sentence: each figure and damaged object of it asks)."""
    info = infos[k]
    if not info.carried_done:
        info.carried = _carried(r, infos, k)
        info.carried_done = True
    return info.carried


def _carried(r: ClaimRules, infos: list[SentenceInfo], k: int) -> str | None:
    info = infos[k]
    s = info.s
    quoted = info.text[s.start] in QUOTES or info.text[s.end - 1] in QUOTES
    if not quoted and not (
        (r.pronoun_key is None or r.pronoun_key.within(info.text, s.start, s.end))
        and r.pronoun_report.search(info.text, s.start, s.end)
    ):
        return None
    for prev in reversed(infos[max(0, k - 3) : k]):
        if prev.s.paragraph != info.s.paragraph:
            break
        if prev.claims:
            return prev.claims[-1].name
    return None
