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
from bisect import bisect_left
from collections.abc import Iterable
from types import ModuleType

from strikewatch.extraction.fastre import Anchored, CIPattern, KeyScan, split_alternatives
from strikewatch.extraction.figures import CLAUSE_EDGE, clause
from strikewatch.extraction.numbers import Num, NumberRules, numbers
from strikewatch.extraction.places import PlaceMention
from strikewatch.extraction.rules import anchored_alternation, join, key_scan, rule
from strikewatch.extraction.sentence import SentenceInfo

# how far before an object phrase a stated count may stand, at most (characters)
_COUNT_REACH = 60


class DamageRules:
    """A pack's damage words, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        # one alternation of every row (leftmost first; at one start, the row listed first),
        # tried only where a row's first words occur when every row starts with letters
        rows = tuple(pack.DAMAGE_OBJECTS)
        self.objects, self.codes = anchored_alternation(rows)
        # where an object phrase may start (a row's first words; else a key inside every
        # match of a row, of each alternative on its own, so that a key starts where its
        # word does: "supermarket" is kept beside "market"): a sentence without one names
        # no object, and is not read
        self.object_keys: KeyScan = (
            self.objects.keys
            if isinstance(self.objects, Anchored)
            else key_scan(*_alternatives(rx for rx, _ in rows))
        )
        verbs = join(pack.DAMAGE_VERBS)
        self.verb: Anchored = rule(verbs, form="anchored")
        self.verb_key: KeyScan = key_scan(*_alternatives(pack.DAMAGE_VERBS))
        # tried only where a key scan finds a negation's first words
        self.not_damage: Anchored = rule(join(pack.DAMAGE_NOT), form="anchored")
        self.area: CIPattern = rule(pack.DAMAGE_AREA, form="plain")
        self.location_before = re.compile(rf"(?:{pack.DAMAGE_LOCATION_BEFORE})$", re.I)
        self.where = re.compile(pack.DAMAGE_WHERE, re.I)
        self.not_after = re.compile(pack.DAMAGE_NOT_AFTER, re.I)
        self.count_gap = re.compile(pack.DAMAGE_COUNT_GAP, re.I)
        # tried only where a key scan finds an edge's first characters (";", ", ")
        self.clause_edge: Anchored = rule(pack.DAMAGE_CLAUSE_EDGE, form="anchored")
        self.not_before = re.compile(rf"(?:{pack.DAMAGE_NOT_BEFORE})$", re.I)
        self.not_before_keys: KeyScan = key_scan(pack.DAMAGE_NOT_BEFORE)  # tried only there
        self.join = re.compile(pack.DAMAGE_JOIN, re.I)
        self.owner = re.compile(pack.DAMAGE_OWNER, re.I)
        # whether every key of an object phrase or damage word starts a word ("port" in
        # "report" then names nothing): a sentence is read only where such keys start words
        self.keys_start_words = bool(pack.DAMAGE_KEYS_START_WORDS)
        self.place_of = re.compile(pack.DAMAGE_PLACE_OF, re.I)
        self.general: CIPattern = rule(pack.DAMAGE_GENERAL, form="plain")
        self.synonyms: dict[str, str] = {
            w: group[0] for group in pack.DAMAGE_SYNONYMS for w in group
        }


def _alternatives(sources: Iterable[str]) -> list[str]:
    return [alt for src in sources for alt in split_alternatives(src)]


class Dmg:
    """A damaged object found in a sentence (place, claimant and report set later)."""

    def __init__(
        self,
        kind: str,
        detail: str | None,
        count: int | None,
        start: int,
        end: int,
        phrase: str,
        synonyms: dict[str, str],
        general: bool = False,
    ) -> None:
        self.kind = kind
        self.detail = detail
        self.count = count
        self.start = start  # offsets of the object phrase in the article text
        self.end = end
        self.phrase = phrase  # as written, lower-case
        self._synonyms = synonyms
        self._stems: tuple[str, ...] | None = None
        self.general = general  # "port infrastructure", "energy facilities"

    @property
    def stems(self) -> tuple[str, ...]:
        """The starts of its first and last words, lower-case, a synonym's group's first
        (worked out when two mentions of one kind are compared)."""
        if self._stems is None:
            self._stems = _stems(self._synonyms, self.phrase)
        return self._stems


_STEM = 4  # letters of a word that stand for it whatever its ending


_WORDS = re.compile(r"\w+")


def _stems(synonyms: dict[str, str], phrase: str) -> tuple[str, ...]:
    words = _WORDS.findall(phrase.lower())
    if not words:
        return ()
    ends = {words[0][:_STEM], words[-1][:_STEM]}
    return tuple(sorted({synonyms.get(w, w) for w in ends}))


def same_object(a: Dmg, b: Dmg) -> bool:
    """Two mentions of one kind name one object when they share a first or last word, or
    a synonym of it ("a city hospital" and "the hospital", "port infrastructure" and "port
    facilities", "a vessel" and "the ship"), and the later states no other count."""
    return (
        a.kind == b.kind
        and (a.detail == b.detail or a.detail is None or b.detail is None)
        and (b.count is None or b.count == a.count)
        and bool(set(a.stems) & set(b.stems))
    )


def damage_in_article(
    r: DamageRules, nr: NumberRules, text: str, infos: list[SentenceInfo]
) -> list[tuple[int, Dmg]]:
    """The damaged objects of an article's sentences, as (sentence index, object): only
    sentences holding a key of an object phrase and one of a damage word are read."""
    objects = r.object_keys.spans(text)[0]
    verbs = r.verb_key.spans(text)[0] if objects else []
    if not verbs:
        return []
    words = r.keys_start_words  # (then a key inside a word names nothing)
    out: list[tuple[int, Dmg]] = []
    k = 0  # the sentences and the object keys, both in text order, walked together
    done = -1  # the last sentence read
    for at in objects:
        if words and at and text[at - 1].isalnum():
            continue
        while k < len(infos) and infos[k].s.end <= at:
            k += 1
        if k == len(infos):
            break
        s = infos[k].s
        if k == done or at < s.start:
            continue
        done = k
        v = bisect_left(verbs, s.start)
        while v < len(verbs) and verbs[v] < s.end:
            if not (words and verbs[v] and text[verbs[v] - 1].isalnum()):
                out.extend((k, d) for d in damage_in_sentence(r, nr, text, infos[k]))
                break
            v += 1
    return out


_Object = tuple[int, int, str, str]  # start, end, kind code, the phrase


def _objects(r: DamageRules, text: str, lo: int, hi: int) -> list[_Object]:
    """The object phrases of ``text[lo:hi]``, as the alternation of every row finds them
    (leftmost first; at one start, the row listed first)."""
    codes = r.codes
    return [
        (m.start(), m.end(), codes[m.lastgroup], m.group())
        for m in r.objects.finditer(text, lo, hi)
    ]


def damage_in_sentence(r: DamageRules, nr: NumberRules, text: str, info: SentenceInfo) -> list[Dmg]:
    """The damaged objects a sentence names, in order."""
    s = info.s
    found = _objects(r, text, s.start, s.end)
    if not found:
        return []
    verbs = [m.span() for m in r.verb.finditer(text, s.start, s.end)]
    if not verbs:
        return []
    edges = [m.span() for m in r.clause_edge.finditer(text, s.start, s.end)]
    nots: list[int] | None = None
    out: list[Dmg] = []
    nums: list[Num] | None = None
    for start, end, code, phrase in found:
        left, right = _clause(edges, start, end, s.start, s.end)
        if not any(left <= a < right for a, _ in verbs):
            continue  # no damage word in the object's clause
        if nots is None:
            nots = [m.start() for m in r.not_damage.finditer(text, s.start, s.end)]
        if any(left <= a < right for a in nots):
            continue  # hypothetical, habitual or negated
        before = max(s.start, start - 50)
        area = r.area.search(text, start, end) is not None
        if area and _located(r, text, before, start, verbs):
            continue  # an area named as a place
        if r.not_before_keys.within(text, before, start) and r.not_before.search(
            text, before, start
        ):
            continue  # where the injured were taken
        if r.not_after.match(text, end, s.end) or (
            r.where.match(text, end, s.end) and not any(left <= a < start for a, _ in verbs)
        ):
            continue  # a building named to say where something happened
        if info.bg_spans and _in_background(text, info, start, end):
            continue
        kind, _, detail = code.partition("/")
        if area and _names_a_place(r, info, end):
            continue  # "the port of Odesa": a place
        count = None
        if any(start - _COUNT_REACH <= m.end() <= start for m in info.num_matches):
            if nums is None:
                nums = info.nums
                if nums is None:
                    nums = numbers(nr, text, s, info.num_matches, [])
            count = _count(r, text, nums, s.start, start)
        d = Dmg(kind, detail or None, count, start, end, phrase, r.synonyms)
        d.general = bool(r.general.search(text, start, end))
        if out and _one_object(r, text, out[-1], d, verbs):
            continue
        out.append(d)
    # "port infrastructure: warehouses, a grain terminal": the specific objects, not the whole
    return [
        d for d in out if not (d.general and any(e.kind == d.kind and not e.general for e in out))
    ]


def _clause(
    edges: list[tuple[int, int]], start: int, end: int, lo: int, hi: int
) -> tuple[int, int]:
    """The clause of the phrase at ``start:end`` in a sentence ``lo:hi``: from the last edge
    before it to the first after it."""
    left, right = lo, hi
    for a, b in edges:
        if left < b <= start:
            left = b
        if end <= a < right:
            right = a
    return left, right


def _located(r: DamageRules, text: str, lo: int, start: int, verbs: list[tuple[int, int]]) -> bool:
    """Whether a location word ("in", "near") introduces the phrase at ``start``, with no
    damage word between them."""
    m = r.location_before.search(text, lo, start)
    return m is not None and not any(m.start() <= a < start for a, _ in verbs)


def _names_a_place(r: DamageRules, info: SentenceInfo, end: int) -> bool:
    """Whether an object phrase is followed by a place it stands for ("the port of Odesa")."""
    for p in info.places:
        if p.start >= end and r.place_of.fullmatch(info.text, end, p.start):
            return True
    return False


def _one_object(r: DamageRules, text: str, prev: Dmg, d: Dmg, verbs: list[tuple[int, int]]) -> bool:
    """Whether ``d`` names no object of its own beside ``prev``, the object before it in the
    sentence: where ``prev`` is ("a tank at the oil depot"), whose it is ("a warehouse of
    an industrial enterprise", which then takes its kind), or a part of it named after a
    damage word ("hit a building, damaging apartments")."""
    if prev.kind == d.kind and r.join.fullmatch(text, prev.end, d.start):
        return True
    if r.owner.fullmatch(text, prev.end, d.start):
        prev.kind, prev.detail = d.kind, d.detail
        return True
    return (
        prev.kind == d.kind and d.count is None and any(prev.end <= a < d.start for a, _ in verbs)
    )


def _in_background(text: str, info: SentenceInfo, start: int, end: int) -> bool:
    """Whether an object phrase lies in a background phrase's clause: the phrase's wide
    clause when the phrase comes first ("Since 2022, Russia has hit ..."), its own clause
    when it comes after ("a plant was hit, the eighth attack since the start of winter")."""
    for a, b, reaches in info.bg_spans:
        if a < end and b > start:
            continue  # a word of the object phrase itself ("gas production facilities")
        edge = info.lex.context.background_edge if reaches and a < start else CLAUSE_EDGE
        left, right = clause(text, info.s, start, end, edge)
        if a < right and b > left:
            return True
    return False


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


__all__ = [
    "DamageRules",
    "Dmg",
    "claimant_of",
    "damage_in_article",
    "damage_in_sentence",
    "place_of",
    "same_object",
]
