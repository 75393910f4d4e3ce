"""Damage: what was struck or damaged ("a nine-storey residential building", "an oil depot
caught fire", "two substations"), as a kind of object from ``vocab.DAMAGE_KINDS`` with an
optional detail, the count when the text states one, and the sentence it came from.

An object phrase counts only in a sentence that says something was hit, damaged, destroyed
or set on fire, outside a background phrase's clause ("since the start of the invasion"),
and not when the sentence is hypothetical or negated ("could target energy facilities",
"no residential buildings were damaged"). An area named as a place ("debris fell in a
residential area") and a building named only to say where something happened ("the
building where the mayor spoke") are no damaged objects.

The words come from the language pack (``lang/<code>/damage.py``), compiled by
:class:`DamageRules`; places, claimants and the report a mention belongs to are set by
``extraction.report``.
"""

from __future__ import annotations

import re
from types import ModuleType

from strikewatch.extraction.fastre import CIPattern, KeyScan
from strikewatch.extraction.figures import span_in_background
from strikewatch.extraction.numbers import Num, NumberRules, numbers
from strikewatch.extraction.places import PlaceMention
from strikewatch.extraction.rules import alternation, join, key_scan, rule
from strikewatch.extraction.sentence import SentenceInfo

# how far before an object phrase a stated count may stand, at most (characters)
_COUNT_REACH = 60


class DamageRules:
    """A pack's damage words, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        rows = tuple(pack.DAMAGE_OBJECTS)
        self.objects, self.codes = alternation(rows)
        # a sentence holds an object phrase only where one of these keys occurs
        self.object_key: KeyScan = key_scan(*(rx for rx, _ in rows))
        verbs = join(pack.DAMAGE_VERBS)
        self.verb: CIPattern = rule(verbs)
        self.verb_key: KeyScan = key_scan(verbs)
        self.not_damage: CIPattern = rule(join(pack.DAMAGE_NOT))
        self.area: CIPattern = rule(pack.DAMAGE_AREA, form="plain")
        self.location_before = re.compile(rf"(?:{pack.DAMAGE_LOCATION_BEFORE})$", re.I)
        self.where = re.compile(pack.DAMAGE_WHERE, re.I)
        self.not_after = re.compile(pack.DAMAGE_NOT_AFTER, re.I)
        self.count_gap = re.compile(pack.DAMAGE_COUNT_GAP, re.I)
        self.clause_edge = re.compile(pack.DAMAGE_CLAUSE_EDGE, re.I)


class Dmg:
    """A damaged object found in a sentence (place, claimant and report set later)."""

    def __init__(
        self, kind: str, detail: str | None, count: int | None, start: int, end: int
    ) -> None:
        self.kind = kind
        self.detail = detail
        self.count = count
        self.start = start  # offsets of the object phrase in the article text
        self.end = end


def damage_in_sentence(r: DamageRules, nr: NumberRules, text: str, info: SentenceInfo) -> list[Dmg]:
    """The damaged objects a sentence names, in order."""
    s = info.s
    if not r.object_key.within(text, s.start, s.end) or not r.verb_key.within(text, s.start, s.end):
        return []
    verbs = [m.span() for m in r.verb.finditer(text, s.start, s.end)]
    if not verbs:
        return []
    out: list[Dmg] = []
    nums: list[Num] | None = None
    for m in r.objects.finditer(text, s.start, s.end):
        start, end = m.span()
        left, right = _clause(r, text, s.start, s.end, start, end)
        if not any(left <= a < right for a, _ in verbs):
            continue  # no damage word in the object's clause
        if r.not_damage.search(text, left, right):
            continue  # hypothetical, habitual or negated
        if r.area.search(text, start, end) and r.location_before.search(
            text, max(s.start, start - 40), start
        ):
            continue  # an area named as a place
        if r.not_after.match(text, end, s.end) or (
            r.where.match(text, end, s.end) and not any(left <= a < start for a, _ in verbs)
        ):
            continue  # a building named to say where something happened
        if info.bg_spans and span_in_background(text, info, start, end):
            continue
        code = r.codes[m.lastgroup]
        kind, _, detail = code.partition("/")
        if nums is None:
            nums = numbers(nr, text, s, info.num_matches, [])
        out.append(Dmg(kind, detail or None, _count(r, text, nums, s.start, start), start, end))
    return out


def place_of(info: SentenceInfo, infos: list[SentenceInfo], k: int, at: int) -> PlaceMention | None:
    """The place of an object phrase at ``at``: the nearest place of a side named in its
    sentence, else the latest named earlier in its paragraph (up to three sentences)."""
    here = [p for p in info.places if _of_a_side(p)]
    if here:
        return min(here, key=lambda p: abs(p.start - at))
    for prev in reversed(infos[max(0, k - 3) : k]):
        if prev.s.paragraph != info.s.paragraph:
            break
        ps = [p for p in prev.places if _of_a_side(p)]
        if ps:
            return ps[-1]
    return None


def _of_a_side(p: PlaceMention) -> bool:
    return p.place.country in ("UA", "RU") and p.place.kind != "country"


def claimant_of(info: SentenceInfo, side: str | None, at: int) -> str | None:
    """The claimant named nearest an object phrase in its sentence, of its side or none."""
    near = [c for c in info.claims if c.side in (None, side)]
    return min(near, key=lambda c: abs(c.start - at)).name if near else None


def _clause(r: DamageRules, text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause around an object phrase: bounded by the pack's clause edges ("; while")."""
    left = lo
    for m in r.clause_edge.finditer(text, lo, start):
        left = m.end()
    right_m = r.clause_edge.search(text, end, hi)
    return left, right_m.start() if right_m else hi


def _count(r: DamageRules, text: str, nums: list[Num], lo: int, start: int) -> int | None:
    """The number stated right before an object phrase ("two multi-storey buildings"),
    only modifiers between; None when the text states none."""
    for n in reversed(nums):
        if n.end > start:
            continue
        if n.end < max(lo, start - _COUNT_REACH):
            break
        if n.is_article:
            return None
        if r.count_gap.fullmatch(text, n.end, start):
            return n.value
        return None
    return None


__all__ = ["DamageRules", "Dmg", "claimant_of", "damage_in_sentence", "place_of"]
