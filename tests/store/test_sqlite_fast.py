"""The SQLite fast paths (``store/sqlite_fast.py``) against the SQLAlchemy statements they
replace: on SQLite, each raw statement gives the same rows, or leaves the same rows behind,
as the statement the other backend runs. Tables are compared as SQLite stores them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects import sqlite

from strikewatch.store import Store, open_store
from strikewatch.store import sqlite_fast as F
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import (
    article_bands,
    articles,
    claim,
    events,
    metadata,
    pending_keys,
    places,
)

# each raw lookup: its SQLAlchemy statement and the name of its IN parameter
LOOKUPS = {
    "BUCKET_MEMBERS_SQL": (F.BUCKET_MEMBERS, "buckets"),
    "SIGNATURES_SQL": (F.SIGNATURES, "ids"),
    "EVENT_CLAIMS_SQL": (F.EVENT_CLAIMS, "ids"),
}
# tables in an order their foreign keys allow
TABLES = (
    "articles",
    "article_bands",
    "events",
    "reports",
    "figures",
    "places",
    "event_figures",
    "event_claims",
    "event_places",
    "pending_keys",
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A SQLite store holding 60 generated articles and syndicated copies of 12 of them, half
    of those without a publication date (their reports are undated), with their events."""
    from tools.synth import generate_articles

    from strikewatch.sources.files import article_from_dict

    s = open_store(f"sqlite:///{tmp_path_factory.mktemp('fast') / 'filled.db'}")
    generated = list(generate_articles(60, seed=4, relevant_share=1.0))
    items = [article_from_dict(d, default_id=str(i)) for i, d in enumerate(generated)]
    for i, d in enumerate(generated[:12]):
        copy = dict(d, id=f"copy-{i}", source="Courier", text=d["text"] + " Not verified.")
        if i % 2:
            copy["published"] = None
        items.append(article_from_dict(copy, default_id=copy["id"]))
    stats = ingest(s, items)
    assert stats.syndicated == 12
    yield s
    s.close()


def _dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows as SQLite stores them (no SQLAlchemy type processing), sorted."""
    return {
        name: sorted(conn.exec_driver_sql(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        for name in metadata.tables
    }


def _after(store: Store, change: Callable[[Connection], object]) -> dict[str, list[Any]]:
    """The tables after ``change(conn)``, in a transaction that is then rolled back."""
    with store.engine.connect() as conn:
        trans = conn.begin()
        try:
            change(conn)
            return _dump(conn)
        finally:
            trans.rollback()


def _as_stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def test_every_raw_statement_is_tested_here() -> None:
    raw = {name for name in vars(F) if name.endswith("_SQL")}
    assert raw == {*LOOKUPS, "DROP_MEMBER_SQL"}


def test_only_sqlite_fast_touches_the_driver_cursor() -> None:
    package = Path(F.__file__).parent
    users = [p.name for p in package.glob("*.py") if "driver_connection" in p.read_text("utf-8")]
    assert users == ["sqlite_fast.py"]


def test_raw_lookups_return_what_their_statements_return(filled: Store) -> None:
    """The candidate lookups of an ingest batch and the claims of the events being rebuilt."""
    with filled.read() as conn:
        values = {
            "BUCKET_MEMBERS_SQL": list(conn.scalars(select(article_bands.c.bucket).limit(40))),
            "SIGNATURES_SQL": list(conn.scalars(select(articles.c.id))),
            "EVENT_CLAIMS_SQL": list(conn.scalars(select(events.c.id))),
        }
        for key, (stmt, name) in LOOKUPS.items():
            sql = getattr(F, key)
            assert values[key], key
            raw = F.select_in(conn, stmt, name, sql, values[key])
            want = list(conn.execute(stmt, {name: values[key]}))
            assert len(raw) >= len(values[key]), key
            assert F.select_in(conn, stmt, name, sql, []) == []
            # the raw rows hold dates as SQLite stores them
            stored = [tuple(_as_stored(v) for v in r) for r in want]
            if key == "EVENT_CLAIMS_SQL":  # the same claims, in the same order
                assert raw == stored
                assert [claim(r) for r in raw] == [claim(r) for r in want]
                assert any(r[4] is not None for r in raw)  # claims of syndicated copies
            else:
                assert sorted(raw) == sorted(stored), key


def test_raw_drop_member_deletes_what_its_statement_deletes(filled: Store) -> None:
    with filled.read() as conn:
        bands = conn.execute(select(article_bands.c.bucket, article_bands.c.article)).all()
    drop = [{"bucket": b, "article": a} for b, a in bands[::3]]
    drop.append({"bucket": -1, "article": 1})  # no such row
    raw = _after(filled, lambda c: F.execute_many(c, F.DROP_MEMBER, F.DROP_MEMBER_SQL, drop))
    want = _after(filled, lambda c: c.execute(F.DROP_MEMBER, drop))
    before = _after(filled, lambda c: None)
    assert raw == want
    assert len(raw["article_bands"]) == len(before["article_bands"]) - len(bands[::3])


def _rows_of(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of a filled store, as SQLAlchemy reads it, to be inserted again; figures
    without their ids (the write path lets the database number them), and pending keys
    (none are left after ingest) made up, one undated."""
    with store.read() as conn:
        rows = {
            name: [
                dict(r)
                for r in conn.execute(
                    select(metadata.tables[name]).order_by(
                        *metadata.tables[name].primary_key.columns
                    )
                ).mappings()
            ]
            for name in TABLES
        }
    for r in rows["figures"]:
        del r["id"]
    rows["pending_keys"] = [
        {"key": "RU|UA|2025-03-10", "attacker": "RU", "target": "UA", "date": dt.date(2025, 3, 10)},
        {"key": "RU|-|-", "attacker": "RU", "target": None, "date": None},
    ]
    return rows


def test_raw_inserts_store_what_sqlalchemy_inserts_store(filled: Store, tmp_path: Path) -> None:
    """``insert_many`` into every table stores the same values, with the same storage
    classes (dates as ISO 8601 text, booleans as integers), as ``insert(table)``."""
    rows = _rows_of(filled)
    assert all(rows.values())
    empty = open_store(f"sqlite:///{tmp_path / 'empty.db'}")

    def fast(conn: Connection) -> None:
        for name in TABLES:
            F.insert_many(conn, metadata.tables[name], [dict(r) for r in rows[name]])

    def plain(conn: Connection) -> None:
        for name in TABLES:
            conn.execute(insert(metadata.tables[name]), [dict(r) for r in rows[name]])

    raw, want = _after(empty, fast), _after(empty, plain)
    assert raw == want
    with filled.read() as conn:
        source = _dump(conn)
    # the same store again, figure ids included (schema_migrations has its own time stamp)
    copied = [name for name in TABLES if name != "pending_keys"]
    assert {k: raw[k] for k in copied} == {k: source[k] for k in copied}
    empty.close()


def test_raw_insert_or_ignore_skips_what_on_conflict_do_nothing_skips(filled: Store) -> None:
    with filled.read() as conn:
        stored = [dict(r) for r in conn.execute(select(places).order_by(places.c.name)).mappings()]
    new = {"name": "Nowhere", "kind": "city", "country": "UA", "parent": None, "lat": 1, "lon": 2}
    new.update(precision="settlement", geonameid=None)
    place_rows = [dict(stored[0], lat=0.5), new, dict(new, lat=9.5), stored[-1]]
    day = dt.date(2025, 3, 10)
    key_rows = [
        {"key": "RU|UA|2025-03-10", "attacker": "RU", "target": "UA", "date": day},
        {"key": "RU|UA|2025-03-10", "attacker": "RU", "target": "UA", "date": None},
        {"key": "RU|-|-", "attacker": "RU", "target": None, "date": None},
    ]

    def fast(conn: Connection) -> None:
        for table, rows in ((places, place_rows), (pending_keys, key_rows)):
            F.insert_ignore(conn, table, [dict(r) for r in rows])

    def plain(conn: Connection) -> None:
        for table, rows in ((places, place_rows), (pending_keys, key_rows)):
            conn.execute(sqlite.insert(table).on_conflict_do_nothing(), [dict(r) for r in rows])

    raw, want = _after(filled, fast), _after(filled, plain)
    assert raw == want
    assert len(raw["places"]) == len(stored) + 1 and len(raw["pending_keys"]) == 2


def test_insert_ignore_keeps_stored_keys_on_both_backends(store: Store) -> None:
    first = {"key": "RU|UA|-", "attacker": "RU", "target": "UA", "date": None}
    with store.write() as conn:
        F.insert_ignore(conn, pending_keys, [dict(first)])
        F.insert_ignore(conn, pending_keys, [dict(first, attacker="UA"), dict(first, key="x")])
        F.insert_ignore(conn, pending_keys, [])
    with store.read() as conn:
        got = conn.execute(select(pending_keys).order_by(pending_keys.c.key)).all()
    assert [tuple(r) for r in got] == [("RU|UA|-", "RU", "UA", None), ("x", "RU", "UA", None)]


def _event(day: int) -> dict[str, Any]:
    return {
        "slug": f"2025-01-{day:02d}-RU-UA",
        "attacker": "RU",
        "target": "UA",
        "date": dt.date(2025, 1, day),
        "n_articles": 0,
        "n_sources": 0,
        "n_conflicts": 0,
        "inconsistent": False,
        "summary": "",
        "details": "{}",
        "updated_at": "2025-01-31T00:00:00+00:00",
    }


def test_insert_ids_numbers_rows_as_insert_returning_does(tmp_path: Path) -> None:
    """SQLite numbers a row one more than the largest id, so an id freed at the top is
    given again; ``insert_ids`` gives the ids ``INSERT ... RETURNING`` gives."""
    s = open_store(f"sqlite:///{tmp_path / 'ids.db'}")
    with s.write() as conn:
        conn.execute(insert(events), [_event(1), _event(2), _event(3)])
        conn.execute(delete(events).where(events.c.id == 3))
    ids: dict[str, list[int]] = {}

    def fast(conn: Connection) -> None:
        ids["fast"] = F.insert_ids(conn, events, [_event(4), _event(5)])

    def plain(conn: Connection) -> None:
        stmt = insert(events).returning(events.c.id, sort_by_parameter_order=True)
        ids["plain"] = [int(i) for i in conn.execute(stmt, [_event(4), _event(5)]).scalars()]

    assert _after(s, fast) == _after(s, plain)
    assert ids["fast"] == ids["plain"] == [3, 4]
    with s.write() as conn:
        assert F.insert_ids(conn, events, []) == []
    s.close()
