"""Place precision and GeoNames ids in the store and the exports (issue 16, item 4)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from sqlalchemy import inspect, select, text

from strikewatch.events.export import export
from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import MIGRATIONS, places, schema_migrations

# written for this test: a village, an oblast, a city and a sea
STORY = (
    "Russia attacked the Sumy region with 30 drones overnight, the air force said. A drone hit "
    "a house in Sokilnyky, injuring two people, and another fell in Sumy. Six drones were "
    "downed over the Black Sea."
)
DAY = dt.date(2025, 3, 9)


def _fill(store: Store) -> None:
    ingest(store, [Article(id="a", text=STORY, published=DAY, source="Wire", lang="en")])


def _rows(store: Store) -> dict[str, dict[str, object]]:
    with store.read() as conn:
        return {r["name"]: dict(r) for r in conn.execute(select(places)).mappings()}


def test_places_carry_precision_and_geonames_id(store: Store) -> None:
    _fill(store)
    rows = _rows(store)
    assert rows["Sokilnyky"]["precision"] == "settlement"
    assert isinstance(rows["Sokilnyky"]["geonameid"], int)
    assert rows["Sumy Oblast"]["precision"] == "region"
    assert rows["Black Sea"]["precision"] == "water"


def test_exports_carry_precision(store: Store) -> None:
    _fill(store)
    out = io.StringIO()
    export(store, "geojson", out)
    props = {
        f["properties"]["place"]: f["properties"] for f in json.loads(out.getvalue())["features"]
    }
    assert props["Sokilnyky"]["precision"] == "settlement"
    assert props["Sokilnyky"]["geonameid"]
    out = io.StringIO()
    export(store, "acled", out)
    precision = {
        r["location"]: r["geo_precision"] for r in csv.DictReader(io.StringIO(out.getvalue()))
    }
    assert precision["Sokilnyky"] == "1"  # the settlement itself
    assert precision["Sumy Oblast"] == "3"  # a region


def test_migration_5_fills_an_older_store(tmp_path: Path) -> None:
    url = str(tmp_path / "old.db")
    with open_store(url) as s:
        _fill(s)
        with s.write() as conn:  # as a store made before migration 5
            conn.execute(text("ALTER TABLE places DROP COLUMN precision"))
            conn.execute(text("ALTER TABLE places DROP COLUMN geonameid"))
            conn.execute(text("DELETE FROM schema_migrations WHERE version = 5"))
    with open_store(url) as s:
        assert s.schema_version() == MIGRATIONS[-1][0] >= 5
        with s.read() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("places")}
            assert {"precision", "geonameid"} <= columns
            assert 5 in set(conn.scalars(select(schema_migrations.c.version)))
        rows = _rows(s)
        assert rows["Sokilnyky"]["precision"] == "settlement"
        assert all(r["precision"] for r in rows.values())
