"""What was hit, in the store (issue 20): the damage table (migration 4), damage by event and
place with its claims, the ``damage`` filter and facet, the exports, the CLI and the API.

The texts are short reports written for these tests."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select, text

from strikewatch.cli import main
from strikewatch.events.export import export
from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store.damage import damage_counts
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import MIGRATIONS, damage, schema_migrations
from strikewatch.store.write import remove_articles
from strikewatch.web.app import create_app

KYIV = Article(
    id="wire",
    source="Wire",
    text=(
        "Russia launched 40 drones at Ukraine overnight, the air force said on Sunday. "
        "In Kharkiv, two substations were damaged and a school was hit, the mayor said."
    ),
    lang="en",
)
LOCAL = Article(
    id="local",
    source="Local",
    text=(
        "Russia attacked Kharkiv with 12 drones overnight, officials said on Sunday. "
        "A substation in Kharkiv was damaged, the regional governor said."
    ),
    lang="en",
)
ODESA = Article(
    id="odesa",
    source="Wire",
    text=(
        "Russia launched 20 drones at the Odesa region overnight, the air force said on "
        "Tuesday. Nine drones were shot down. A private house was destroyed in Odesa."
    ),
    lang="en",
)


def _fill(store: Store) -> None:
    ingest(
        store,
        [
            replace(KYIV, published=dt.date(2025, 3, 9)),
            replace(LOCAL, published=dt.date(2025, 3, 9)),
            replace(ODESA, published=dt.date(2025, 3, 11)),
        ],
    )


def test_event_damage_by_kind_and_place_with_claims(store: Store) -> None:
    _fill(store)
    ev = store.get_event("2025-03-09-RU-UA")
    by_kind = {(d.kind, d.detail, d.place): d for d in ev.damage}
    sub = by_kind[("energy", "substation", "Kharkiv")]
    assert sub.count == 2  # the largest count a claim states
    assert {c.article_ref for c in sub.claims} == {"wire", "local"}
    assert all(c.evidence.text in (KYIV.text + LOCAL.text) for c in sub.claims)
    assert ("education", None, "Kharkiv") in by_kind
    assert ev.to_dict()["damage"][0]["claims"][0]["evidence"]["text"]


def test_damage_filter_and_facet(store: Store) -> None:
    _fill(store)
    assert [r.slug for r in store.list_events(damage="energy")] == ["2025-03-09-RU-UA"]
    assert [r.slug for r in store.list_events(damage="residential")] == ["2025-03-11-RU-UA"]
    assert store.list_events(damage="port") == []
    rows = {r.slug: r for r in store.list_events()}
    assert rows["2025-03-09-RU-UA"].damage == ("energy", "education")
    counts = damage_counts(store)
    assert counts["energy"] == 1 and counts["residential"] == 1 and counts["port"] == 0


def test_exports_carry_damage(store: Store) -> None:
    _fill(store)
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert any("energy (substation), 2, in Kharkiv" in r["damage"] for r in rows)
    out = io.StringIO()
    export(store, "jsonl", out)
    assert any(json.loads(line)["damage"] for line in out.getvalue().splitlines())
    out = io.StringIO()
    export(store, "geojson", out)
    feats = json.loads(out.getvalue())["features"]
    kharkiv = [f for f in feats if f["properties"]["place"] == "Kharkiv"]
    assert kharkiv and {d["kind"] for d in kharkiv[0]["properties"]["damage"]} >= {"energy"}
    out = io.StringIO()
    export(store, "acled", out)
    notes = [r["notes"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert any("Damage: energy (substation), 2, in Kharkiv" in n for n in notes)


def test_removing_an_article_removes_its_damage(store: Store) -> None:
    _fill(store)
    with store.write() as conn:
        ids = [r.article for r in conn.execute(select(damage.c.article).distinct())]
        remove_articles(conn, ids)
        assert conn.execute(select(damage.c.id)).first() is None


def test_migration_4_adds_the_damage_table(tmp_path: Path) -> None:
    url = str(tmp_path / "old.db")
    with open_store(url) as s, s.write() as conn:
        conn.execute(text("DROP TABLE damage"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 4"))
    with open_store(url) as s:
        assert s.schema_version() == MIGRATIONS[-1][0] >= 4
        with s.read() as conn:
            assert "damage" in inspect(conn).get_table_names()
            assert 4 in set(conn.scalars(select(schema_migrations.c.version)))


def test_cli_events_damage_filter(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    with open_store(db) as s:
        _fill(s)
    r = CliRunner().invoke(main, ["events", "--db", db, "--damage", "energy", "--format", "json"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines() if x.strip()]
    assert [x["slug"] for x in lines] == ["2025-03-09-RU-UA"] and "energy" in lines[0]["damage"]
    bad = CliRunner().invoke(main, ["events", "--db", db, "--damage", "spaceport"])
    assert bad.exit_code != 0
    shown = CliRunner().invoke(main, ["show", "2025-03-09-RU-UA", "--db", db, "--format", "table"])
    assert shown.exit_code == 0 and "What was hit" in shown.output


def test_api_damage_filter_and_facet(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "api.db")) as s:
        _fill(s)
        client = TestClient(create_app(s, ingest_token="t"))
        r = client.get("/api/events", params={"damage": "residential"})
        assert r.status_code == 200
        assert [e["slug"] for e in r.json()["events"]] == ["2025-03-11-RU-UA"]
        # the facet counts the kept events (as every facet does): all of them without a filter
        assert r.json()["facets"]["damage"]["residential"] == 1
        every = client.get("/api/events").json()["facets"]["damage"]
        assert every["energy"] == 1 and every["residential"] == 1
        assert client.get("/api/events", params={"damage": ""}).status_code == 200  # no filter
        kinds = client.get("/api/facets").json()["facets"]["damage"]
        assert {k["value"] for k in kinds} >= {"energy", "residential"}
        assert client.get("/api/events", params={"damage": "spaceport"}).status_code in (400, 422)
        ev = client.get("/api/events/2025-03-09-RU-UA").json()
        assert {d["kind"] for d in ev["damage"]} == {"energy", "education"}


def test_pages_show_what_was_hit(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "pages.db")) as s:
        _fill(s)
        client = TestClient(create_app(s, ingest_token="t"))
        page = client.get("/events", params={"damage": "", "place": ""}).text  # empty: no filter
        assert '<select name="damage">' in page and "What was hit" in page
        page = client.get("/events", params={"damage": "energy"}).text
        assert "2025-03-09-RU-UA" in page and "2025-03-11-RU-UA" not in page
        event = client.get("/events/2025-03-09-RU-UA").text
        assert 'id="damage"' in event and "substations" in event
        data = client.get(
            "/api/overview",
            params={"damage": "energy", "since": "2025-03-01", "until": "2025-03-31"},
        ).json()
        hit = [b for b in data["bars"] if b["hit_nights"]]
        assert [b["start"] for b in hit] == ["2025-03-09"] and data["hit_nights"] == 1
        assert hit[0]["hit_link"].endswith("damage=energy")
        page = client.get("/", params={"damage": "energy", "since": "2025-03-01"}).text
        assert 'id="damage-series"' in page and "<meter" in page
