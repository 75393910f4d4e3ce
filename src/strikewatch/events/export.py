"""Exports of the reconciled events: CSV, JSONL, GeoJSON, Parquet and an ACLED-style CSV.

- ``csv``: one row per event figure (headline value, qualifier, claimant, rule, claims count),
  with the event's damage ("energy (substation), in Kyiv Oblast; residential, 2, in Kharkiv").
- ``jsonl``: one event a line, with every figure, its damage and every claim (evidence
  included).
- ``geojson``: a FeatureCollection with one Point per (event, place) holding that place's
  impacts (killed, injured, hit sites, debris sites...) from the place's headline figures,
  and its damage (kind, detail, count, claims).
- ``parquet``: the ``csv`` rows as a Parquet table (pyarrow).
- ``acled``: rows shaped like ACLED's export (event_date, event_type, sub_event_type "Air/drone
  strike", actor1, country, admin1, location, latitude, longitude, geo_precision, source,
  notes, fatalities), one per event place, so existing ACLED workflows can read them; the
  notes end with the damage at that place ("Damage: energy (substation), in Kyiv Oblast.").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from strikewatch.errors import StoreError
from strikewatch.events.damage import kinds_at, notes
from strikewatch.extraction.places import lookup
from strikewatch.models import Event
from strikewatch.store import Store

__all__ = ["FORMATS", "export", "neutral_cell", "write_csv"]

FORMATS = ("csv", "jsonl", "geojson", "parquet", "acled")
CSV_FIELDS = (
    "event",
    "date",
    "attacker",
    "target",
    "metric",
    "weapon",
    "place",
    "national",
    "value",
    "qualifier",
    "claimant",
    "rule",
    "conflict",
    "claims",
    "sources",
    "damage",
)
ACLED_FIELDS = (
    "event_id_cnty",
    "event_date",
    "year",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
ACTORS = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine"}
COUNTRIES = {"RU": "Russia", "UA": "Ukraine"}
# ACLED's geo_precision: 1 the town itself, 2 near it or a part of a region, 3 a region.
# ACLED's geo_precision: 1 the settlement itself, 2 near it or a part of a region (a raion),
# 3 a region or larger (an oblast, the country, a sea)
GEO_PRECISION = {
    "settlement": 1,
    "city_district": 1,
    "district": 2,
    "region": 3,
    "country": 3,
    "water": 3,
}
IMPACT_METRICS = (
    "killed",
    "injured",
    "hospitalized",
    "killed_children",
    "injured_children",
    "hit_sites",
    "debris_sites",
    "missing",
    "rescued",
)


def _figure_rows(ev: Event) -> Iterator[dict[str, Any]]:
    for f in ev.figures:
        yield {
            "event": ev.slug,
            "date": ev.date.isoformat(),
            "attacker": ev.attacker,
            "target": ev.target,
            "metric": f.metric,
            "weapon": f.weapon,
            "place": f.place,
            "national": f.national,
            "value": f.value,
            "qualifier": f.qualifier,
            "claimant": f.claimant,
            "rule": f.rule,
            "conflict": f.conflict,
            "claims": len(f.claims),
            "sources": len({c.source_id for c in f.claims}),
            "damage": "; ".join(d.label() for d in ev.damage),
        }


def _impacts(ev: Event, place: str) -> dict[str, int]:
    return {
        f.metric: f.value
        for f in ev.figures
        if f.place == place and not f.national and f.metric in IMPACT_METRICS
    }


def _outlets(ev: Event) -> str:
    return "; ".join(sorted({c.outlet for f in ev.figures for c in f.claims if c.outlet}))


def _admin1(name: str) -> str | None:
    p = lookup(name)
    while p is not None and p.kind not in ("oblast", "country"):
        p = lookup(p.parent) if p.parent else None
    return p.name if p is not None and p.kind == "oblast" else None


def _acled_rows(ev: Event) -> Iterator[dict[str, Any]]:
    located = [n for n in ev.places if (p := lookup(n)) is not None and p.kind != "country"]
    names: list[str | None] = list(located) or [None]
    national_killed = next(
        (f.value for f in ev.figures if f.national and f.metric == "killed"), None
    )
    for i, name in enumerate(names):
        p = lookup(name) if name else lookup(COUNTRIES.get(ev.target or "", ""))
        local_killed = _impacts(ev, name).get("killed") if name else None
        fatalities = local_killed if local_killed is not None else 0
        if name is None and national_killed is not None:
            fatalities = national_killed
        yield {
            "event_id_cnty": f"SW-{ev.slug}-{i + 1}",
            "event_date": ev.date.isoformat(),
            "year": ev.date.year,
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "actor1": ACTORS.get(ev.attacker or "", ""),
            "country": COUNTRIES.get(p.country, p.country) if p else "",
            "admin1": (_admin1(name) or "") if name else "",
            "location": name or (p.name if p else ""),
            "latitude": p.lat if p else "",
            "longitude": p.lon if p else "",
            "geo_precision": GEO_PRECISION.get(p.precision, 3) if p else 3,
            "source": _outlets(ev),
            "notes": " ".join(x for x in (ev.summary, notes(kinds_at(ev.damage, name))) if x),
            "fatalities": fatalities,
        }


def _geo_features(ev: Event) -> Iterator[dict[str, Any]]:
    for name in ev.places:
        p = lookup(name)
        if p is None or p.kind == "country":
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {
                "event": ev.slug,
                "date": ev.date.isoformat(),
                "attacker": ev.attacker,
                "target": ev.target,
                "place": name,
                "kind": p.kind,
                "precision": p.precision,
                "geonameid": p.geonameid,
                "impacts": _impacts(ev, name),
                "damage": [
                    {"kind": d.kind, "detail": d.detail, "count": d.count, "claims": len(d.claims)}
                    for d in kinds_at(ev.damage, name)
                ],
            },
        }


# What a spreadsheet takes for the start of a formula ("=HYPERLINK(...)", "+1", "@SUM"),
# tab and carriage return included (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: Any) -> Any:
    """A text cell a spreadsheet shows as text: one that starts like a formula gets a
    leading apostrophe (OWASP's advice); numbers and other values are kept."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], fields: Sequence[str], out: IO[str]) -> int:
    """Rows as CSV with a header, every cell safe to open in a spreadsheet; the row count."""
    w = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: neutral_cell(v) for k, v in row.items()})
        n += 1
    return n


def export(
    store: Store,
    fmt: str,
    out: IO[str] | None = None,
    path: Path | None = None,
    events: Iterable[Event] | None = None,
) -> int:
    """Writes every event (or only ``events``) in ``fmt`` to the text stream ``out`` (or, for
    ``parquet``, to ``path``); returns the number of rows (features, events) written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    chosen = store.iter_events() if events is None else iter(events)
    if fmt == "parquet":
        if path is None:
            raise StoreError("parquet is binary", hint="give a file with --out FILE.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [r for ev in chosen for r in _figure_rows(ev)]
        table = pa.Table.from_pylist(rows) if rows else pa.table({f: [] for f in CSV_FIELDS})
        pq.write_table(table, path)
        return len(rows)
    stream: IO[str] = out if out is not None else io.StringIO()
    if fmt == "csv":
        return write_csv((r for ev in chosen for r in _figure_rows(ev)), CSV_FIELDS, stream)
    if fmt == "acled":
        return write_csv((r for ev in chosen for r in _acled_rows(ev)), ACLED_FIELDS, stream)
    if fmt == "jsonl":
        n = 0
        for ev in chosen:
            stream.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    # geojson: one FeatureCollection, written feature by feature
    stream.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in chosen:
        for feat in _geo_features(ev):
            stream.write(("," if n else "") + "\n" + json.dumps(feat, ensure_ascii=False))
            n += 1
    stream.write("\n]}\n")
    return n
