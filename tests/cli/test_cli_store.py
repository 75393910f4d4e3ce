"""The store commands: ingest, events, show, export (click's runner, SQLite file)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from strikewatch.cli import main

# Short wire-style fixtures, written for these tests.
KYIV = {
    "id": "kyiv-night",
    "source": "Wire",
    "published": "2025-05-12",
    "text": (
        "KYIV, May 12 (Wire) - Russia launched 48 drones and three ballistic missiles at "
        "Ukraine overnight, the air force said on Monday. Air defences shot down 40 drones. "
        "In Kyiv, one person was killed and six were injured, the city military "
        "administration said."
    ),
}
BELGOROD = {
    "id": "belgorod-night",
    "source": "Courier",
    "published": "2025-05-12",
    "text": (
        "Russia's defence ministry said on Monday its air defences destroyed 21 Ukrainian "
        "drones overnight over the Belgorod region."
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "news.jsonl").write_text(
        json.dumps(KYIV) + "\n" + json.dumps(BELGOROD) + "\n{broken\n", encoding="utf-8"
    )
    return d


def invoke(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> str:
    path = str(tmp_path / "sw.db")
    code, out, err = invoke("ingest", str(corpus), "--db", path, "--no-progress")
    assert code == 1  # the broken line
    assert "news.jsonl:3" in err and "Traceback" not in err
    assert "2 articles read, 2 stored" in out
    return path


def test_ingest_again_stores_nothing(db: str, corpus: Path) -> None:
    code, out, _ = invoke("ingest", str(corpus / "news.jsonl"), "--db", db, "--no-progress")
    assert code == 1 and "0 stored" in out and "2 already stored" in out


def test_events_json_and_table(db: str) -> None:
    code, out, _ = invoke("events", "--db", db, "--format", "json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["slug"] for r in rows} == {"2025-05-12-RU-UA", "2025-05-12-UA-RU"}
    kyiv = next(r for r in rows if r["target"] == "UA")
    assert (kyiv["launched"], kyiv["killed"], kyiv["injured"]) == (51, 1, 6)
    code, out, _ = invoke("events", "--db", db, "--format", "table", "--target", "RU")
    assert code == 0 and "UA→RU" in out and "RU→UA" not in out
    code, out, _ = invoke("events", "--db", db, "--format", "json", "--place", "Kiev")
    assert [json.loads(line)["slug"] for line in out.splitlines()] == ["2025-05-12-RU-UA"]


def test_events_via_environment_variable(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIKEWATCH_DB", db)
    code, out, _ = invoke("events", "--format", "json", "--since", "2025-05-13")
    assert code == 0 and out == ""


def test_show_event(db: str) -> None:
    code, out, _ = invoke("show", "2025-05-12-RU-UA", "--db", db, "--format", "table")
    assert code == 0
    for part in ("Outcome ledger", "Claims", "Ukrainian Air Force", "Wire", "shot down 40"):
        assert part in out
    code, out, _ = invoke("show", "2025-05-12-RU-UA", "--db", db, "--format", "json")
    ev = json.loads(out)
    assert ev["summary"].startswith("Russia attacked Ukraine on 12 May 2025")
    assert all(c["evidence"]["text"] for f in ev["figures"] for c in f["claims"])


def test_show_lists_conflicts(db: str, tmp_path: Path) -> None:
    other = {
        "id": "kyiv-other",
        "source": "Herald",
        "published": "2025-05-12",
        "text": "Ukrainian forces downed 41 Russian drones overnight into Monday, an aide said.",
    }
    (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
    code, _, _ = invoke("ingest", str(tmp_path / "other.json"), "--db", db, "--no-progress")
    assert code == 0
    code, out, _ = invoke("show", "2025-05-12-RU-UA", "--db", db, "--format", "table")
    assert code == 0 and "Conflicts" in out and "40" in out and "41" in out
    code, out, _ = invoke("show", "2025-05-12-RU-UA", "--db", db, "--format", "json")
    (conflict,) = json.loads(out)["conflicts"]
    assert conflict["metric"] == "intercepted" and set(conflict["values"]) == {"40", "41"}


def test_show_unknown_event_is_one_line(db: str) -> None:
    code, _, err = invoke("show", "1999-01-01-RU-UA", "--db", db)
    assert code == 2
    assert err.strip().splitlines() == [
        "strikewatch: no event '1999-01-01-RU-UA' (list them with `strikewatch events`)"
    ]


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    code, _, err = invoke("events", "--db", "oracle://x/y")
    assert code == 2 and err.startswith("strikewatch: unsupported database 'oracle'")
    code, _, err = invoke("events", "--db", str(tmp_path / "no" / "such" / "dir.db"))
    assert code == 2 and "database error" in err and len(err.strip().splitlines()) == 1


def test_export_csv(db: str) -> None:
    code, out, _ = invoke("export", "--db", db, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    launched = [r for r in rows if r["metric"] == "launched" and r["event"] == "2025-05-12-RU-UA"]
    assert {(r["weapon"], r["value"]) for r in launched} == {
        ("drone", "48"),
        ("ballistic_missile", "3"),
    }
    assert all(r["claims"] == "1" for r in rows)


def test_export_jsonl_and_geojson(db: str) -> None:
    code, out, _ = invoke("export", "--db", db, "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = invoke("export", "--db", db, "--format", "geojson")
    gj = json.loads(out)
    assert gj["type"] == "FeatureCollection"
    kyiv = next(f for f in gj["features"] if f["properties"]["place"] == "Kyiv")
    assert kyiv["geometry"]["coordinates"] == pytest.approx([30.52, 50.45], abs=0.1)
    assert kyiv["properties"]["impacts"] == {"killed": 1, "injured": 6}


def test_export_acled(db: str) -> None:
    code, out, _ = invoke("export", "--db", db, "--format", "acled")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # the columns the store issue names, in ACLED's own order, with ACLED's event_id_cnty and
    # year besides (so files load into tools built for ACLED exports)
    assert list(rows[0]) == [
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
    ]
    kyiv = next(r for r in rows if r["location"] == "Kyiv")
    assert kyiv["sub_event_type"] == "Air/drone strike"
    assert kyiv["actor1"] == "Military Forces of Russia"
    assert (kyiv["country"], kyiv["fatalities"], kyiv["geo_precision"]) == ("Ukraine", "1", "1")
    assert (kyiv["event_date"], kyiv["year"]) == ("2025-05-12", "2025")
    assert float(kyiv["latitude"]) == pytest.approx(50.45, abs=0.1)
    assert float(kyiv["longitude"]) == pytest.approx(30.52, abs=0.1)
    assert kyiv["source"] == "Wire" and "48" in kyiv["notes"]
    belgorod = next(r for r in rows if r["actor1"] == "Military Forces of Ukraine")
    assert belgorod["country"] == "Russia" and belgorod["admin1"] == "Belgorod Oblast"


def test_export_parquet_needs_a_file(db: str, tmp_path: Path) -> None:
    code, _, err = invoke("export", "--db", db, "--format", "parquet")
    assert code == 2 and "--out" in err
    out = tmp_path / "figures.parquet"
    code, _, err = invoke("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert code == 0 and "rows written" in err
    table = pq.read_table(out)
    assert "metric" in table.column_names and table.num_rows > 0


def test_events_unassigned_listing(tmp_path: Path) -> None:
    src = tmp_path / "undated.json"
    src.write_text(
        json.dumps({"id": "undated", "text": "Russia launched 12 drones at the Odesa region."}),
        encoding="utf-8",
    )
    db = str(tmp_path / "u.db")
    assert invoke("ingest", str(src), "--db", db, "--no-progress")[0] == 0
    code, out, _ = invoke("events", "--db", db, "--unassigned", "--format", "table")
    assert code == 0 and "article undated" in out


def test_ingest_needs_paths_or_reports(tmp_path: Path) -> None:
    code, _, err = invoke("ingest", "--db", str(tmp_path / "x.db"))
    assert code == 2 and "--reports" in err
    code, _, err = invoke(
        "ingest", "--reports", str(tmp_path / "none"), "--db", str(tmp_path / "x.db")
    )
    assert code == 2 and "no finished shards" in err and "Traceback" not in err


def test_tables_name_what_was_hit_in_words(tmp_path: Path) -> None:
    """The events table and the event page of the CLI say "oil and gas", never ``oil_gas``."""
    d = tmp_path / "in"
    d.mkdir()
    depot = {
        "id": "depot-night",
        "source": "Courier",
        "published": "2025-06-02",
        "text": (
            "Ukrainian drones attacked the Bryansk region overnight, the governor said. "
            "An oil depot caught fire after the attack, and two substations were damaged."
        ),
    }
    (d / "depot.json").write_text(json.dumps(depot), encoding="utf-8")
    db = str(tmp_path / "sw.db")
    assert invoke("ingest", str(d), "--db", db, "--no-progress")[0] == 0
    code, out, _ = invoke("events", "--db", db, "--format", "json")
    assert code == 0
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert set(row["damage"]) == {"oil_gas", "energy"}  # codes in data
    code, out, _ = invoke("events", "--db", db, "--format", "table")
    assert code == 0 and "oil and gas" in " ".join(out.split()) and "oil_gas" not in out
    code, out, _ = invoke("show", row["slug"], "--db", db, "--format", "table")
    text = " ".join(out.split())
    assert code == 0 and "oil and gas (oil depots)" in text and "energy (substations)" in text
