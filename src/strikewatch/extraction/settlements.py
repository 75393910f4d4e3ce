"""GeoNames settlements in text: the towns and villages beyond the curated gazetteer.

:func:`settlement_mentions` reads, after the curated names (:func:`places.find_places`), a
capitalised name that follows a word placing it (the pack's ``SETTLEMENT``: "in", "near",
"the village of", "у", "біля", "села", "в", "под", "посёлке"), undoing inflected endings
(``NAME_ENDINGS``: "у Мукачеві" -> Мукачеве) to find it in the index of
:mod:`extraction.gazetteer`. A name shared by several settlements is resolved by the regions
the text names, then by the country its other places are in, then by population; when
nothing decides, the most populous is taken and the others' regions are kept on the place
(``Place.alternatives``). A name followed by a district word is a raion named after its
town ("Koriukivka district") or, after a city, that city's district ("the Zarichnyi
district" of Sumy); a town's adjective before a district word is that raion ("в Темрюкском
районе" -> Temryuk district). A curated name never becomes a settlement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Final

from strikewatch.extraction.fastre import matches_at, tuple_new
from strikewatch.extraction.gazetteer import is_latin, romanize, settlements
from strikewatch.extraction.places import (
    DISTRICT_NAME_SUFFIX,
    Place,
    PlaceMention,
    PlaceRules,
    lookup,
)

__all__ = [
    "city_district",
    "derived",
    "district_of",
    "settlement_mentions",
    "settlement_place",
    "settlement_rows",
]

_DISTRICT_NAME_SUFFIX: Final = DISTRICT_NAME_SUFFIX


def _name_keys(rules: PlaceRules, name: str) -> list[str]:
    """The index keys a name as written may stand for: itself, then with each inflected
    ending undone (Cyrillic keys are lower-cased). Each word's forms are only those some
    settlement's name holds, so a name of several words stays a small product."""
    if is_latin(name):
        keys = [name]
        keys.extend(name[: -len(e)] + n for e, n in rules.name_endings if name.endswith(e))
        return keys
    known = _cyrillic_words()
    keys = [""]
    for word in name.lower().split(" "):
        forms = [word] if word in known else []
        forms.extend(
            f
            for e, n in rules.name_endings
            if word.endswith(e) and (f := word[: -len(e)] + n) in known
        )
        if not forms:
            return []
        keys = [f"{k} {f}" if k else f for k in keys for f in dict.fromkeys(forms)]
    return keys


@cache
def _cyrillic_words() -> frozenset[str]:
    """Every word of the settlements' Cyrillic names."""
    return frozenset(w for key in settlements().cyrillic for w in key.split(" "))


def settlement_rows(rules: PlaceRules, name: str) -> tuple[int, ...]:
    return _settlement_key(rules, name)[1]


def _settlement_key(rules: PlaceRules, name: str) -> tuple[str, tuple[int, ...]]:
    """The index key a name as written finds, and the rows it finds ("", () for none)."""
    index = settlements()
    table = index.latin if is_latin(name) else index.cyrillic
    for key in _name_keys(rules, name):
        rows = table.get(key)
        if rows:
            return key, rows
    return "", ()


SAME_NAME: Final = 0.75
"""How alike (difflib's ratio) a name as written and a settlement's own name must be to be
two spellings of one name; less alike, the text uses another of its names (a former one:
"Novomoskovsk" for Samar), and the place keeps the text's name."""


@lru_cache(maxsize=4096)
def _other_name(key: str, own: str) -> str | None:
    """The text's name for a settlement when it is not a spelling of ``own``."""
    from difflib import SequenceMatcher

    roman = key if is_latin(key) else romanize(key)
    if SequenceMatcher(None, roman.lower(), own.lower()).ratio() >= SAME_NAME:
        return None
    return re.sub(r"(?:^|(?<=[ -]))\w", lambda m: m.group().upper(), roman)


def _pick_settlement(
    rows: tuple[int, ...], regions: set[str], countries: dict[str, int]
) -> tuple[int, tuple[str, ...]] | None:
    """Which settlement a shared name means: the one in a region the text names, else the
    one in the country the text's places are in, else the most populous (``rows`` are
    sorted by population). Also the regions of the others when the text did not decide.
    None when every candidate lies in a country none of the text's other places is in (a
    Ukrainian village's Russian name in a story about Belgorod)."""
    index = settlements()
    if len(rows) == 1 and (not countries or index.countries[rows[0]] in countries):
        return rows[0], ()
    in_region = [r for r in rows if index.regions[r] in regions]
    if in_region:
        return in_region[0], ()
    if countries and not any(index.countries[r] in countries for r in rows):
        return None
    if countries:
        best = max(countries, key=lambda c: countries[c])
        in_country = [r for r in rows if index.countries[r] == best]
        if len(in_country) == 1:
            return in_country[0], ()
        rows = tuple(in_country) or rows
    others = tuple(dict.fromkeys(index.regions[r] or index.countries[r] for r in rows[1:]))
    return rows[0], others


@cache
def settlement_place(row: int, alternatives: tuple[str, ...], name: str | None = None) -> Place:
    index = settlements()
    return Place(
        name=name or index.names[row],
        kind="settlement",
        country=index.countries[row],
        lat=index.lats[row],
        lon=index.lons[row],
        parent=index.regions[row],
        geonameid=index.ids[row],
        alternatives=alternatives,
    )


def _city_after(
    rules: PlaceRules, text: str, at: int, mentions: list[PlaceMention], starts: list[int]
) -> Place | None:
    """The curated city named right after a district word ("..., Sumy", "... of Sumy")."""
    i = bisect_right(starts, at - 1)
    if (
        i < len(mentions)
        and mentions[i].place.kind == "city"
        and rules.district_of.fullmatch(text, at, mentions[i].start)
    ):
        return mentions[i].place
    return None


def _city_before(mentions: list[PlaceMention], starts: list[int], at: int) -> Place | None:
    """The curated city named last before ``at``."""
    for m in reversed(mentions[: bisect_right(starts, at)]):
        if m.place.kind == "city":
            return m.place
    return None


def _district_at(name: str, at: Place, parent: str | None) -> Place:
    """A district the gazetteer does not list, placed at the town or city ``at``."""
    return Place(
        name=name, kind="district", country=at.country, lat=at.lat, lon=at.lon, parent=parent
    )


@cache
def city_district(name: str, city: Place) -> Place:
    """A district of a curated city the gazetteer does not list: "<name> district, <city>"."""
    return _district_at(f"{name}{_DISTRICT_NAME_SUFFIX}, {city.name}", city, city.name)


@cache
def district_of(town: Place) -> Place:
    """The district (raion) named after ``town``, placed at the town: "Temryuk district"."""
    return _district_at(f"{town.name}{_DISTRICT_NAME_SUFFIX}", town, town.parent)


def _district_adjectives(
    rules: PlaceRules,
    text: str,
    spans: list[tuple[int, int]],
    starts: list[int],
    regions: set[str],
    countries: dict[str, int],
) -> list[PlaceMention]:
    """Districts written as their town's adjective: "в Темрюкском районе" -> Temryuk
    district (the pack's ``DISTRICT_ADJECTIVE`` and the noun endings its stem may take). Of
    the towns the stem may name, one in a region the text names wins, then one in the
    country of its other places ("в Черноморском районе" of Crimea: Chornomorske)."""
    out: list[PlaceMention] = []
    if rules.district_adjective_keys is None or not rules.district_adjective_keys.spans(text)[0]:
        return out
    for m in rules.district_adjective.finditer(text):
        start = m.start()
        i = bisect_right(starts, start)
        if (i and spans[i - 1][1] > start) or (i < len(starts) and starts[i] < m.end()):
            continue
        stem, suffix = m.group("stem"), m.group("suf")
        towns: list[Place] = []
        for cut, ending in rules.district_stems:
            if cut and not stem.endswith(cut):
                continue
            tail = suffix + ending[1:] if ending.startswith("+") else ending
            for town in _towns(rules, (stem[: -len(cut)] if cut else stem) + tail):
                if town not in towns:
                    towns.append(town)
        if countries:  # a town of a country none of the text's places is in: not this one
            towns = [t for t in towns if t.country in countries]
        if not towns:
            continue
        best = max(
            towns,
            key=lambda t: (
                t.parent in regions,
                countries.get(t.country, 0),
                t.kind == "city",
                -towns.index(t),
            ),
        )
        out.append(tuple_new(PlaceMention, (start, m.end(), district_of(best))))
    return out


def _towns(rules: PlaceRules, noun: str) -> list[Place]:
    """The curated city and the GeoNames settlements a nominative name names."""
    matcher = rules.matcher()
    r = matcher.forms.get(noun)
    out = [r.bare] if r is not None and r.bare is not None and r.bare.kind == "city" else []
    out.extend(settlement_place(row, ()) for row in settlement_rows(rules, noun))
    return out


def settlement_mentions(
    rules: PlaceRules, text: str, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """GeoNames settlements named after a placing word, where no curated name was read."""
    spans = [(m.start, m.end) for m in mentions]
    starts = [a for a, _ in spans]
    regions = {m.place.name for m in mentions if m.place.kind == "oblast"}
    regions.update(m.place.parent for m in mentions if m.place.parent)
    countries: dict[str, int] = {}
    for m in mentions:
        if m.place.kind != "country":
            countries[m.place.country] = countries.get(m.place.country, 0) + 1
    out: list[PlaceMention] = []
    at = [0]  # where a placing word starts, in order (" in ": the word after the space)
    for k in rules.settlement_keys.spans(text)[0]:
        if text[k] in " \n":
            k += 1
        if k > at[-1]:
            at.append(k)
    for hit in matches_at(rules.settlement, text, at):
        start, end = hit.span("name")
        i = bisect_right(starts, start)
        if i and spans[i - 1][1] > start:
            continue  # a curated name is read here
        found = _longest_settlement(rules, text, start, end)  # "Nova Odesa" over "Odesa"
        if found is None:
            continue
        name_end, key, rows = found
        word = rules.designator.match(text, name_end)
        kind = word.lastgroup if word is not None else None
        word_end = word.end() if word is not None else name_end
        if kind == "district":  # "Koriukivka district": the raion named after a town
            written = text[start:name_end]
            city = _city_after(rules, text, word_end, mentions, starts)
            if city is None and rules.city_district.fullmatch(text, start, word_end):
                city = _city_before(mentions, starts, start)  # "Sumy ... the Zarichnyi district"
            if city is not None and written.isascii():  # "... district of Sumy"
                place = city_district(written, city)
            else:
                own = [r for r in rows if settlement_place(r, ()).parent in regions]
                if len(own) != 1:
                    continue  # a raion elsewhere or some city's district: no guess
                place = district_of(settlement_place(own[0], ()))
            out.append(tuple_new(PlaceMention, (start, word_end, place)))
            continue
        if kind is not None:
            continue  # a region of that name is no settlement
        picked = _pick_settlement(rows, regions, countries)
        if picked is None:
            continue
        index = settlements()
        own_name = index.names[picked[0]]
        ukrainian = index.countries[picked[0]] == "UA"  # (romanized as Ukrainian)
        other = _other_name(key, own_name) if is_latin(key) or ukrainian else None
        place = settlement_place(picked[0], picked[1], other)
        out.append(tuple_new(PlaceMention, (start, name_end, place)))
    out += _city_districts(rules, text, mentions, spans + [(m.start, m.end) for m in out])
    return out + _district_adjectives(rules, text, spans, starts, regions, countries)


def _city_districts(
    rules: PlaceRules, text: str, mentions: list[PlaceMention], taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """A city's district the gazetteer does not list, named as one ("the Zarichnyi
    district"), after or before that city."""
    out: list[PlaceMention] = []
    if rules.city_district_keys is None:
        return out
    keys = rules.city_district_keys.spans(text)[0]
    if not keys:
        return out
    starts = [m.start for m in mentions]
    found: list[re.Match[str]] = []
    for k in keys:  # the district word: the name is the words just before it
        m = rules.city_district.search(text, max(0, k - 48), k + 12)
        if m is not None and (not found or m.start() >= found[-1].end()):
            found.append(m)
    for m in found:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        city = _city_after(rules, text, m.end(), mentions, starts)
        city = city or _city_before(mentions, starts, m.start())
        if city is not None:
            place = city_district(m.group("name"), city)
            out.append(tuple_new(PlaceMention, (m.start(), m.end(), place)))
    return out


def _longest_settlement(
    rules: PlaceRules, text: str, start: int, end: int
) -> tuple[int, str, tuple[int, ...]] | None:
    """The longest run of the words at ``start`` (up to ``end``) that names settlements."""
    name = text[start:end]
    # a curated name without the word it needs here ("в Курской") is no inflected village
    curated = name.split(" ")[0] in rules.matcher().forms
    cuts = [k for k, c in enumerate(name) if c in " -"] + [len(name)]
    for cut in reversed(cuts):
        words = name[:cut].rstrip()
        if not words or words in rules.not_settlements:
            continue
        written = " ".join(words.split())
        key, rows = _settlement_key(rules, written)
        if rows and (not curated or key == written):
            return start + len(words), key, rows
    return None


def derived(name: str) -> Place | None:
    """A place the extractor names beyond the curated list: a GeoNames settlement (the most
    populous of that name), "<Town> district", "<X> district, <City>"."""
    head, _, city_name = name.partition(", ")
    if city_name:
        city = lookup(city_name)
        if city is None or city.kind != "city" or not head.endswith(_DISTRICT_NAME_SUFFIX):
            return None
        return city_district(head[: -len(_DISTRICT_NAME_SUFFIX)], city)
    if name.endswith(_DISTRICT_NAME_SUFFIX):
        town = lookup(name[: -len(_DISTRICT_NAME_SUFFIX)])
        return (
            district_of(town) if town is not None and town.kind in ("city", "settlement") else None
        )
    if not is_latin(name):
        return None
    index = settlements()
    rows = index.latin.get(name)
    if not rows:
        return None
    return settlement_place(rows[0], (), name if name != index.names[rows[0]] else None)
