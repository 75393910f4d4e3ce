"""Place gazetteer: canonical place names with coordinates, and a matcher for news text.

The places live in ``data/places.json`` (see :class:`Place` for the fields). Canonical names
follow ``shared/eval/FORMAT.md`` section 4: "Kyiv", "Kyiv Oblast", "Solomianskyi district, Kyiv",
"Krasnodar Krai", "Crimea", "Ukraine"...

:func:`find_places` reads place names the way news reports write them:

- a name or alias on its own is the place itself ("Kharkiv", "Kharkiv's", "Kiev" -> Kyiv);
- a name followed by a region word is the region: "Kyiv region", "Kyiv oblast",
  "Krasnodar Territory", "the Kyiv Regional Military Administration", "Tula Governor ..."
  -> the oblast; "Kharkov region" -> Kharkiv Oblast (a region is also named after its
  centre's aliases);
- a region word before the name: "the region of Dnipropetrovsk", "Russia's region of Lipetsk"
  (but not "the Shevchenkivskyi district of Kharkiv", where the word has its own name);
- a name followed by "district" is a district: "Boryspil district", "Solomianskyi district";
- coordinated lists share the designator: "the Rostov and Astrakhan regions",
  "Sumy, Odesa and Poltava oblasts", "the Darnytskyi and Holosiivskyi districts" give one
  mention per name, each with the name's own offsets;
- "Crimean" counts as Crimea only before a place noun ("the Crimean port of Sevastopol");
  other adjectives ("Russian", "Ukrainian") and hyphenated compounds ("Russia-occupied",
  "Kyiv-based") are not places.

A mention's span is the name, plus the region or district word when that word belongs to that
one name ("Kyiv region", "Boryspil district"); in lists each mention spans only its name.
Names are matched case-sensitively; region and district words in any case.

Where a region word follows a name that has no region of that name ("Gomel region"), the mention
falls back to the name itself. A district name shared by two cities ("Shevchenkivskyi") goes to
the city named right after it ("..., Kharkiv", "... of Kharkiv"), else to the city named last
before it, else to Kyiv; "<City>'s <X> district" never maps to another city's district.
"Kyiv and Kyiv region" is a city and a region: a list never repeats a name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import ModuleType
from typing import Final, Literal, NamedTuple, cast

from strikewatch.extraction.fastre import KeyScan, lowered, matches_at, tuple_new
from strikewatch.extraction.rules import required_keys

__all__ = [
    "Place",
    "PlaceKind",
    "PlaceMention",
    "PlaceRules",
    "find_places",
    "load_places",
    "lookup",
]

PlaceKind = Literal["country", "oblast", "city", "district", "settlement", "water", "site", "area"]
_KINDS: tuple[PlaceKind, ...] = (
    "country",
    "oblast",
    "city",
    "district",
    "settlement",
    "water",
    "site",
    "area",
)
Precision = Literal["country", "region", "district", "settlement", "city_district", "water"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``kind`` "oblast" covers every first-level region (oblast, krai, republic, Crimea);
    "city" a curated city or town, "settlement" a GeoNames town or village
    (:mod:`extraction.gazetteer`), "district" a raion or a city's district, "water" a sea,
    strait or reservoir, "site" a named structure (the Crimean Bridge), "area" a named area
    across regions (Donbas).
    ``country`` is the side that holds the place ("RU" for Crimea and occupied towns).
    ``parent`` is the canonical name of the containing region or city, or None.
    ``geonameid`` is the place's GeoNames id where one exists. ``alternatives`` names the
    regions of the other places that share a settlement's name when the text did not say
    which one it meant (the most populous was taken).
    """

    name: str
    kind: PlaceKind
    country: str
    lat: float
    lon: float
    parent: str | None
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None
    alternatives: tuple[str, ...] = ()

    @property
    def precision(self) -> Precision:
        """How exact the place is: country, region, district, settlement, city_district
        (a district of a city) or water."""
        if self.kind == "country":
            return "country"
        if self.kind in ("oblast", "area"):
            return "region"
        if self.kind == "water":
            return "water"
        if self.kind == "district":
            parent = lookup(self.parent) if self.parent else None
            return "city_district" if parent is not None and parent.kind == "city" else "district"
        return "settlement"


class PlaceMention(NamedTuple):
    """A place named in a text; ``text[start:end]`` is the words that name it. (A tuple:
    immutable and cheap to make.)"""

    start: int
    end: int
    place: Place


# --------------------------------------------------------------------------- loading


def _parse_place(obj: object, index: int) -> Place:
    where = f"places.json entry {index}"
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected an object")
    name, kind, country = obj.get("name"), obj.get("kind"), obj.get("country")
    lat, lon, parent, aliases = (
        obj.get("lat"),
        obj.get("lon"),
        obj.get("parent"),
        obj.get("aliases"),
    )
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: 'name' must be a non-empty string")
    if kind not in _KINDS:
        raise ValueError(f"{where} ({name}): 'kind' must be one of {', '.join(_KINDS)}")
    if not isinstance(country, str) or not (country or kind == "water"):
        raise ValueError(f"{where} ({name}): 'country' must be a non-empty string")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        raise ValueError(f"{where} ({name}): 'lat' and 'lon' must be numbers")
    if parent is not None and not isinstance(parent, str):
        raise ValueError(f"{where} ({name}): 'parent' must be a string or null")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise ValueError(f"{where} ({name}): 'aliases' must be a list of strings")
    geonameid = obj.get("geonameid")
    if geonameid is not None and (not isinstance(geonameid, int) or isinstance(geonameid, bool)):
        raise ValueError(f"{where} ({name}): 'geonameid' must be an integer")
    return Place(
        name=name,
        kind=cast(PlaceKind, kind),
        country=country,
        lat=float(lat),
        lon=float(lon),
        parent=parent,
        aliases=tuple(cast(list[str], aliases)),
        geonameid=geonameid,
    )


@cache
def load_places() -> tuple[Place, ...]:
    """Every gazetteer entry, in file order (read once from the package data)."""
    raw = resources.files("strikewatch").joinpath("data/places.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    if not isinstance(data, list):
        raise ValueError("places.json: expected a list of places")
    return tuple(_parse_place(obj, i) for i, obj in enumerate(data))


# --------------------------------------------------------------------------- matcher tables

_REGION_NAME_SUFFIXES: Final = (" Oblast", " Krai")
DISTRICT_NAME_SUFFIX: Final = " district"
_DISTRICT_NAME_SUFFIX: Final = DISTRICT_NAME_SUFFIX
# Adjectives that name a place only when a place noun follows ("the Crimean port of ...").
_Designator = Literal["region", "regional", "district"]


@dataclass(slots=True)
class _Readings:
    """What one matched form can mean."""

    bare: Place | None = None  # on its own
    region: Place | None = None  # with a region word
    districts: list[Place] = field(default_factory=list)  # with a district word
    adjective: Place | None = None  # before a place noun


@dataclass(slots=True)
class _TrieNode:
    children: dict[str, _TrieNode] = field(default_factory=dict)
    terminal: bool = False


def _trie_pattern(node: _TrieNode) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.children.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if node.terminal else body


def _compile(forms: Iterable[str], suffix: str) -> re.Pattern[str]:
    """One regex matching any form, longest first, as whole words (not inside hyphenations),
    with the designator word that may follow it.

    The alternation is factored into a trie so the engine never tries forms one by one; the
    left word boundary is checked after the first character so that the regex engine can still
    skip ahead to possible first letters.
    """
    root = _TrieNode()
    for form in forms:
        node = root
        for ch in form:
            node = node.children.setdefault(ch, _TrieNode())
        node.terminal = True
    first = "|".join(
        re.escape(ch) + r"(?<![\w-].)" + _trie_pattern(child)
        for ch, child in sorted(root.children.items())
    )
    return re.compile(rf"(?P<name>{first})(?![\w-]){suffix}")


def _strip_suffix(name: str, suffixes: Sequence[str]) -> tuple[str, bool]:
    for suffix in suffixes:
        if name.endswith(suffix):
            return name[: -len(suffix)], True
    return name, False


def _district_base(name: str) -> tuple[str, bool]:
    head = name.rpartition(", ")[0] or name  # "Solomianskyi district, Kyiv" -> "... district"
    return _strip_suffix(head, (_DISTRICT_NAME_SUFFIX,))


@dataclass(slots=True)
class _Matcher:
    places: dict[str, Place]  # canonical name -> place
    by_name: dict[str, Place]  # casefolded canonical name or alias -> place
    forms: dict[str, _Readings]
    pattern: re.Pattern[str]
    # where a form occurs (any case): the pattern is tried only there (None: everywhere)
    form_keys: KeyScan | None


_ANCHORED_FORMS: Final = 1000
"""Up to this many forms (a pack without inflected names: about 550 in English), the name
pattern is tried only where the shared key scan finds a form; it would be tried at every
capital letter. More (Ukrainian and Russian inflect: about 2,800 each) would grow the
scan's automaton past what it saves."""


def _keys_or_never(source: str) -> KeyScan | None:
    """The key scan of the literals every match of ``source`` holds; None for a rule that
    never matches ("(?!)...": the pack has no such rule), and raises for a rule without
    such literals (every rule gated so must name its words)."""
    if source.startswith("(?!)"):
        return None
    return KeyScan(required_keys(source))


class PlaceRules:
    """A pack's place designators, compiled, and the matcher of the gazetteer's names that
    uses them (built when first needed)."""

    def __init__(self, pack: ModuleType) -> None:
        self.suffix: str = pack.SUFFIX
        self.prefix = re.compile(pack.PREFIX, re.IGNORECASE)
        self.prefix_key: str = pack.PREFIX_KEY
        self.determiners: frozenset[str] = frozenset(pack.DETERMINERS)
        self.possessive_endings: tuple[str, ...] = tuple(pack.POSSESSIVE_ENDINGS)
        self.list_separator = re.compile(pack.LIST_SEPARATOR)
        self.max_separator: int = pack.MAX_SEPARATOR
        self.possessive = re.compile(pack.POSSESSIVE)
        self.district_of = re.compile(pack.DISTRICT_OF)
        self.adjectives: dict[str, str] = dict(pack.ADJECTIVES)
        self.adjective_noun = re.compile(pack.ADJECTIVE_NOUN, re.IGNORECASE)
        self.river = re.compile(pack.RIVER, re.IGNORECASE)
        # the pack's inflected forms of the gazetteer's names, a file of ``data/`` ("" none)
        self.forms_file: str = pack.PLACE_FORMS
        # GeoNames settlements: the cue and name, the endings to undo, words never names
        self.settlement = re.compile(pack.SETTLEMENT)
        self.settlement_keys = KeyScan(pack.SETTLEMENT_KEYS)
        self.name_endings: tuple[tuple[str, str], ...] = tuple(pack.NAME_ENDINGS)
        self.not_settlements: frozenset[str] = frozenset(pack.NOT_SETTLEMENTS)
        self.designator = re.compile(pack.SUFFIX)
        self.water_before = re.compile(pack.WATER_BEFORE)
        self.water_after = re.compile(pack.WATER_AFTER)
        self.city_district = re.compile(pack.CITY_DISTRICT)
        # the words every match holds ("district"): a text without them is not scanned
        self.city_district_keys = _keys_or_never(pack.CITY_DISTRICT)
        self.district_adjective = re.compile(pack.DISTRICT_ADJECTIVE)
        keys = tuple(pack.DISTRICT_ADJECTIVE_KEYS)  # ("район": the word every match holds)
        self.district_adjective_keys = KeyScan(keys) if keys else None
        self.district_stems: tuple[tuple[str, str], ...] = tuple(pack.DISTRICT_STEMS)
        self._matcher: _Matcher | None = None

    def matcher(self) -> _Matcher:
        if self._matcher is None:
            self._matcher = _build_matcher(self)
        return self._matcher


def _build_matcher(rules: PlaceRules) -> _Matcher:
    places = load_places()
    by_canonical = {p.name: p for p in places}
    by_name: dict[str, Place] = {}
    for p in places:
        for s in (p.name, *p.aliases):
            by_name.setdefault(s.casefold(), p)

    forms: dict[str, _Readings] = {}

    def readings(form: str) -> _Readings:
        r = forms.get(form)
        if r is None:
            r = forms[form] = _Readings()
        return r

    # 1. countries, cities, seas, sites and areas by name and alias
    for p in places:
        if p.kind in ("country", "city", "water", "site", "area"):
            for s in (p.name, *p.aliases):
                r = readings(s)
                if r.bare is None:
                    r.bare = p
    city_by_form = {s: p for p in places if p.kind == "city" for s in (p.name, *p.aliases)}
    # 2. regions: "<base>" + region word, and the bare name where no suffix was stripped
    for p in places:
        if p.kind != "oblast":
            continue
        bases: list[str] = []
        for s in (p.name, *p.aliases):
            base, stripped = _strip_suffix(s, _REGION_NAME_SUFFIXES)
            bases.append(base)
            if not stripped and readings(base).bare is None:
                forms[base].bare = p
        centre = city_by_form.get(bases[0])  # "Kharkov region": named after its centre
        if centre is not None:
            bases.extend((centre.name, *centre.aliases))
        for base in bases:
            r = readings(base)
            if r.region is None:
                r.region = p
    # 3. districts: "<base>" + district word; aliases without the word are bare names
    for p in places:
        if p.kind != "district":
            continue
        for s in (p.name, *p.aliases):
            base, stripped = _district_base(s)
            r = readings(base)
            if p not in r.districts:
                r.districts.append(p)
            if not stripped and r.bare is None:
                r.bare = p
    # 4. the pack's inflected forms ("Харкові", "Харківської" + region word)
    if rules.forms_file:
        _add_pack_forms(rules.forms_file, by_canonical, readings)
    # 5. adjectives
    for adjective, name in rules.adjectives.items():
        if name in by_canonical:
            readings(adjective).adjective = by_canonical[name]

    return _Matcher(
        places=by_canonical,
        by_name=by_name,
        forms=forms,
        pattern=_compile(forms, rules.suffix),
        form_keys=KeyScan(map(lowered, forms)) if len(forms) <= _ANCHORED_FORMS else None,
    )


def _add_pack_forms(
    file: str, by_canonical: dict[str, Place], readings: Callable[[str], _Readings]
) -> None:
    """Adds the readings of a pack's file of inflected forms (``tools/inflect_places.py``
    writes them): ``bare`` forms name a place alone, ``region`` forms with a region word,
    ``district`` forms with a district word. A form the gazetteer reads already keeps that
    reading."""
    raw = resources.files("strikewatch").joinpath(f"data/{file}").read_text(encoding="utf-8")
    data = json.loads(raw)
    for form, name in data["bare"].items():
        r = readings(form)
        if r.bare is None:
            r.bare = by_canonical[name]
    for form, name in data["region"].items():
        r = readings(form)
        if r.region is None:
            r.region = by_canonical[name]
    for form, names in data["district"].items():
        r = readings(form)
        for name in names:
            if by_canonical[name] not in r.districts:
                r.districts.append(by_canonical[name])


# --------------------------------------------------------------------------- public API


@cache
def _canonical() -> PlaceRules:
    """The designators of canonical place names, which are English (FORMAT.md section 4)."""
    from strikewatch.lang import load_pack

    return PlaceRules(load_pack("en"))


def lookup(name: str) -> Place | None:
    """The place with this canonical name or alias (any case), else None.

    Falls back to reading ``name`` as a canonical English name, so "Kyiv region" or
    "Kharkov Oblast" resolve to their oblast too.
    """
    rules = _canonical()
    matcher = rules.matcher()
    key = name.strip()
    place = matcher.by_name.get(key.casefold())
    if place is not None:
        return place
    mentions = find_places(rules, key)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(key):
        return mentions[0].place
    from strikewatch.extraction.settlements import derived

    return derived(key)


def _prefix_designator(r: PlaceRules, text: str, start: int) -> _Designator | None:
    """The designator of "the region of <name>" / "districts of <name>", else None."""
    if r.prefix_key not in text[max(0, start - 8) : start]:  # cheap test before the regex
        return None
    before = r.prefix.search(text, max(0, start - 50), start)
    if before is None:
        return None
    word = (before.group("before") or "").rstrip()
    if word[:1].isupper() and not word.endswith(r.possessive_endings) and word not in r.determiners:
        return None  # "the Shevchenkivskyi district of Kharkiv": the word has its own name
    return "region" if before.group("region") else "district"


def _pick_district(
    candidates: Sequence[Place],
    context_city: Place | None,
    following: Place | None,
    mentions: Sequence[PlaceMention],
    places: dict[str, Place],
) -> Place | None:
    """Which district a district name means, or None when the context rules all out."""
    if context_city is not None:  # "Kharkiv's Shevchenkivskyi district"
        kept = [
            c
            for c in candidates
            if c.parent == context_city.name
            or c.parent is None
            or (c.parent in places and places[c.parent].kind != "city")
        ]
        return kept[0] if kept else None
    if len(candidates) == 1:
        return candidates[0]
    parents = {c.parent: c for c in candidates}
    if following is not None and following.name in parents:  # "<X> district of Kharkiv"
        return parents[following.name]
    for mention in reversed(mentions):  # the city named last decides
        for name in (mention.place.name, mention.place.parent):
            if name in parents:
                return parents[name]
    return candidates[0]


def _bare_reading(rules: PlaceRules, r: _Readings, text: str, start: int, end: int) -> Place | None:
    """What a form means with no designator word."""
    if r.bare is not None:
        if r.bare.kind == "city" and rules.river.match(text, end):  # "the Dnipro River"
            return None
        if r.bare.kind == "water" and not _at_sea(rules, text, start, end):
            return None
        return r.bare
    if r.adjective is not None and rules.adjective_noun.match(text, end):  # "Crimean port of"
        return r.adjective
    return None


ELIDED_REACH: Final = 150
"""How far back (on one line) a region named with its word lets a later region adjective
stand without it."""


def _elided_regions(
    text: str,
    chain: list[tuple[int, int, str | None, int]],
    forms: dict[str, _Readings],
    mentions: list[PlaceMention],
) -> bool:
    """Region adjectives whose region word is left out: a list of them ("у Вінницькій,
    Рівненській, Київській ...") or one after a region named with the word ("над
    Белгородской областью, четыре - над Курской")."""
    for a, b, _, _ in chain:
        r = forms[text[a:b]]
        if r.region is None or r.bare is not None:
            return False
    if len(chain) >= 3:
        return True
    start = chain[0][0]
    if not mentions or mentions[-1].place.kind != "oblast":
        return False
    prev = mentions[-1]
    return (
        start - prev.end <= ELIDED_REACH
        and "\n" not in text[prev.end : start]
        and (prev.end - prev.start > len(prev.place.name.split(" ")[0]) + 1)
    )


def _at_sea(rules: PlaceRules, text: str, start: int, end: int) -> bool:
    """A sea named as a place ("over the Black Sea"), not as a name's part ("the Black Sea
    Fleet") or a coast's ("the Black Sea port of Odesa")."""
    if rules.water_after.match(text, end):
        return False
    return rules.water_before.search(text, max(0, start - 40), start) is not None


def find_places(rules: PlaceRules, text: str) -> list[PlaceMention]:
    """Every place named in ``text``: sorted by start, non-overlapping, longest match first.
    The curated gazetteer's names first, then GeoNames settlements after a placing word."""
    mentions = _curated_places(rules, text)
    from strikewatch.extraction.settlements import settlement_mentions

    more = settlement_mentions(rules, text, mentions)
    if more:  # a settlement's longer name wins over a curated name inside it
        kept = [m for m in mentions if not any(o.start < m.end and m.start < o.end for o in more)]
        mentions = sorted(kept + more, key=lambda m: m.start)
    return mentions


def _curated_places(rules: PlaceRules, text: str) -> list[PlaceMention]:
    matcher = rules.matcher()
    max_separator = rules.max_separator
    forms = matcher.forms
    # (start, end of the name, designator word or "name", end of the designator word)
    found = (
        matcher.pattern.finditer(text)
        if matcher.form_keys is None
        else matches_at(matcher.pattern, text, matcher.form_keys.spans(text)[0])
    )
    hits = [(m.start(), m.end("name"), m.lastgroup, m.end()) for m in found]
    mentions: list[PlaceMention] = []
    i, n = 0, len(hits)
    while i < n:
        start, end, word, _ = hits[i]
        # a coordinated list sharing the last name's designator: "A, B and C regions"
        j = i + 1
        if word == "name" and j < n and hits[j][0] - end <= max_separator:
            seen = {text[start:end]}
            while j < n and hits[j - 1][2] == "name":
                gap_start, next_start, next_end = hits[j - 1][1], hits[j][0], hits[j][1]
                form = text[next_start:next_end]
                if (
                    next_start - gap_start > max_separator
                    or form in seen  # "Kyiv and Kyiv region" is a city and a region
                    or not rules.list_separator.fullmatch(text, gap_start, next_start)
                ):
                    break
                seen.add(form)
                j += 1
        chain = hits[i:j]
        i = j
        last_word = chain[-1][2]
        designator = (
            _prefix_designator(rules, text, start)
            if last_word == "name"
            else cast(_Designator, last_word)
        )
        if designator is None:  # the common case: names on their own
            elided = _elided_regions(text, chain, forms, mentions)
            for item_start, item_end, _, _ in chain:
                reading = forms[text[item_start:item_end]]
                bare = _bare_reading(rules, reading, text, item_start, item_end)
                if bare is None and elided:
                    bare = reading.region
                if bare is not None and not (mentions and item_start < mentions[-1].end):
                    mentions.append(tuple_new(PlaceMention, (item_start, item_end, bare)))
            continue
        context_city: Place | None = None  # "Kharkiv's <X> district"
        if (
            mentions
            and mentions[-1].place.kind == "city"
            and rules.possessive.fullmatch(text, mentions[-1].end, start)
        ):
            context_city = mentions[-1].place
        following: Place | None = None  # "<X> district, Kharkiv"
        if (
            designator == "district"
            and j < n
            and rules.district_of.fullmatch(text, chain[-1][3], hits[j][0])
        ):
            following = forms[text[hits[j][0] : hits[j][1]]].bare
        alone = len(chain) == 1  # the designator word belongs to this one name
        for item_start, item_end, _, item_word_end in chain:
            r = forms[text[item_start:item_end]]
            place: Place | None = None
            span_end = item_end
            if designator == "district":
                if r.districts:
                    place = _pick_district(
                        r.districts, context_city, following, mentions, matcher.places
                    )
                    if place is not None and alone:
                        span_end = item_word_end
                elif not text[item_start:item_end].isascii():
                    continue  # a Cyrillic district is its town's adjective (settlements)
                elif r.bare is not None and r.bare.kind == "city" and alone:
                    from strikewatch.extraction.settlements import district_of

                    place = district_of(r.bare)  # "Temryuk district": named after its town
                    span_end = item_word_end
                place = place or r.bare
            else:  # region, regional
                place = r.region
                if place is not None and alone and designator == "region":
                    span_end = item_word_end
                place = place or r.bare or r.adjective
            if place is None or (mentions and item_start < mentions[-1].end):
                continue
            mentions.append(tuple_new(PlaceMention, (item_start, span_end, place)))
    return mentions
