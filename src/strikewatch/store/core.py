"""The event store: articles, reports, figures (with evidence), places and events.

SQLAlchemy Core over SQLite (the default, ``./strikewatch.db``) or PostgreSQL
(``postgresql+psycopg://user@host/db``), chosen by ``--db URL`` or ``STRIKEWATCH_DB``.

- Schema changes are ordered migrations recorded in ``schema_migrations``; opening a store
  applies the missing ones.
- SQLite runs in WAL mode with a busy timeout. Writers start with ``BEGIN IMMEDIATE``
  (SQLite) or take one advisory lock (PostgreSQL), so concurrent ingest processes serialise
  their short write transactions instead of failing or losing rows. Extraction happens
  outside those transactions.
- Every article is written with its reports and figures in one transaction, so a killed
  ingest leaves whole articles or none; keys of nights whose events need rebuilding are queued
  in ``pending_keys`` in that same transaction and drained by :func:`reconcile_pending`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Select,
    SmallInteger,
    String,
    Table,
    Text,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from strikewatch.errors import StoreError
from strikewatch.events.dedup import best_match
from strikewatch.events.reconcile import build_event, event_slug, national_total, undated_target
from strikewatch.extraction.places import lookup
from strikewatch.models import (
    Article,
    Claim,
    Conflict,
    Event,
    EventFigure,
    Evidence,
    LedgerRow,
    Report,
    Revision,
    SummaryRef,
)

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "EVENT_SORTS",
    "EventRow",
    "Store",
    "StoredArticle",
    "open_store",
    "reconcile_pending",
    "resolve_url",
]

DEFAULT_URL = "sqlite:///strikewatch.db"
# sort keys of the events listing -> columns
EVENT_SORTS = {
    "date": "date",
    "launched": "launched",
    "intercepted": "intercepted",
    "suppressed": "suppressed",
    "hit": "hit",
    "killed": "killed",
    "injured": "injured",
    "articles": "n_articles",
    "conflicts": "n_conflicts",
}
ENV_VAR = "STRIKEWATCH_DB"
_PG_WRITE_LOCK = 7_402_118  # advisory lock key that serialises writers on PostgreSQL
BUCKET_CAP = 10  # originals an LSH bucket keeps (the most recent); older ones are dropped

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)
articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ref", Text, nullable=False),  # the article's own id
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("similarity", Float),
    Column("n_reports", Integer, nullable=False),
    Column("n_figures", Integer, nullable=False),
    Column("ingested_at", String(40), nullable=False),
)
article_bands = Table(
    "article_bands",
    metadata,
    Column("band", SmallInteger, nullable=False),
    Column("bucket", BigInteger, nullable=False),
    Column("article", Integer, ForeignKey("articles.id"), nullable=False),
    Index("ix_article_bands_bucket", "bucket"),
)
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(40), nullable=False, unique=True),
    Column("attacker", String(2)),
    Column("target", String(2)),
    Column("date", Date, nullable=False),
    Column("launched", Integer),
    Column("intercepted", Integer),
    Column("suppressed", Integer),
    Column("hit", Integer),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("n_conflicts", Integer, nullable=False, default=0),
    Column("inconsistent", Boolean, nullable=False, default=False),
    Column("summary", Text, nullable=False, default=""),
    Column("details", Text, nullable=False, default="{}"),  # ledger, conflicts, summary refs
    Column("updated_at", String(40), nullable=False),
    Index("ix_events_date", "date"),
)
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article", Integer, ForeignKey("articles.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("attacker", String(2)),
    Column("target", String(2)),
    Column("date", Date),
    Column("places", Text, nullable=False),  # JSON list of canonical names
    Column("event", Integer, ForeignKey("events.id")),
    Index("ix_reports_key", "attacker", "target", "date"),
    Index("ix_reports_event", "event"),
    Index("ix_reports_article", "article"),
)
figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report", Integer, ForeignKey("reports.id"), nullable=False),
    Column("article", Integer, ForeignKey("articles.id"), nullable=False),
    Column("metric", String(40), nullable=False),
    Column("weapon", String(40)),
    Column("value", BigInteger, nullable=False),
    Column("qualifier", String(20), nullable=False),
    Column("place", Text),
    Column("claimant", Text),
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
    Column("ev_text", Text, nullable=False),
    Index("ix_figures_report", "report"),
)
places = Table(
    "places",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("country", String(2), nullable=False),
    Column("parent", String(200)),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
)
event_figures = Table(
    "event_figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event", Integer, ForeignKey("events.id"), nullable=False),
    Column("metric", String(40), nullable=False),
    Column("weapon", String(40)),
    Column("place", Text),
    Column("national", Boolean, nullable=False),
    Column("value", BigInteger, nullable=False),
    Column("qualifier", String(20), nullable=False),
    Column("claimant", Text),
    Column("rule", Text, nullable=False),
    Column("headline_figure", Integer, ForeignKey("figures.id"), nullable=False),
    Column("conflict", Boolean, nullable=False),
    Column("n_claims", Integer, nullable=False),
    Column("revisions", Text, nullable=False),  # JSON list
    Index("ix_event_figures_event", "event"),
)
event_claims = Table(
    "event_claims",
    metadata,
    Column("event_figure", Integer, ForeignKey("event_figures.id"), primary_key=True),
    Column("figure", Integer, ForeignKey("figures.id"), primary_key=True),
)
event_places = Table(
    "event_places",
    metadata,
    Column("event", Integer, ForeignKey("events.id"), primary_key=True),
    Column("place", String(200), primary_key=True),
    Column("parent", String(200)),
    Index("ix_event_places_place", "place"),
    Index("ix_event_places_parent", "parent"),
)
pending_keys = Table(
    "pending_keys",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("attacker", String(2)),
    Column("target", String(2)),
    Column("date", Date),
)


def _migration_1(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


# Ordered; a store records each version it has applied. Add new steps at the end.
MIGRATIONS: tuple[tuple[int, str, Any], ...] = ((1, "initial schema", _migration_1),)


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$STRIKEWATCH_DB``, else ``./strikewatch.db``; a bare path is
    a SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in chosen:
        chosen = f"sqlite:///{chosen}"
    return chosen


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


_SQLITE_BUSY_MS = 60_000  # how long a connection waits for another writer


def _set_wal(cur: Any) -> None:
    """Puts the database in WAL mode. Switching a new file's journal mode answers
    "database is locked" at once, without waiting, when another process opens it at the
    same moment (about one open in a hundred with three processes), so the switch is retried
    for up to the busy timeout; a database already in WAL mode is left alone."""
    deadline = time.monotonic() + _SQLITE_BUSY_MS / 1000
    while True:
        try:
            mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() in ("wal", "memory"):
                return  # WAL already, or an in-memory database (which has no WAL)
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _engine(url: str) -> Engine:
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError as err:
        raise StoreError(
            f"cannot use database URL {url!r}: {err}",
            hint="use a SQLite path or postgresql+psycopg://user@host/db",
        ) from None
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database {backend!r}",
            hint="StrikeWatch stores into SQLite or PostgreSQL (postgresql+psycopg://...)",
        )
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as err:
        raise StoreError(
            f"cannot use database URL {url!r}: {err}",
            hint="use a SQLite path or postgresql+psycopg://user@host/db",
        ) from None
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun below
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {_SQLITE_BUSY_MS}")
            _set_wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("strikewatch_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What ingest hands the store for one article."""

    article: Article
    content_hash: str
    signature: bytes
    bands: Sequence[tuple[int, int]]
    reports: Sequence[Report]


@dataclass(frozen=True, slots=True)
class AddResult:
    stored: int = 0
    duplicates: int = 0  # same content already stored
    syndicated: int = 0  # near-duplicate copies linked to an original


@dataclass(frozen=True, slots=True)
class EventRow:
    """One line of the events listing."""

    id: int
    slug: str
    date: dt.date
    attacker: str | None
    target: str | None
    launched: int | None
    intercepted: int | None
    suppressed: int | None
    hit: int | None
    killed: int | None
    injured: int | None
    articles: int
    sources: int
    conflicts: int
    inconsistent: bool
    places: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "slug": self.slug,
            "date": self.date.isoformat(),
            "attacker": self.attacker,
            "target": self.target,
            "launched": self.launched,
            "intercepted": self.intercepted,
            "suppressed": self.suppressed,
            "hit": self.hit,
            "killed": self.killed,
            "injured": self.injured,
            "articles": self.articles,
            "sources": self.sources,
            "conflicts": self.conflicts,
            "inconsistent": self.inconsistent,
            "places": list(self.places),
        }


_LIST_COLUMNS = (
    events.c.id,
    events.c.slug,
    events.c.date,
    events.c.attacker,
    events.c.target,
    events.c.launched,
    events.c.intercepted,
    events.c.suppressed,
    events.c.hit,
    events.c.killed,
    events.c.injured,
    events.c.n_articles,
    events.c.n_sources,
    events.c.n_conflicts,
    events.c.inconsistent,
)


def _eq(col: Any, value: Any) -> Any:
    return col.is_(None) if value is None else col == value


def _key(attacker: str | None, target: str | None, date: dt.date | None) -> str:
    return f"{attacker or '-'}|{target or '-'}|{date.isoformat() if date else '-'}"


class Store:
    """An opened, migrated store. Use :func:`open_store`."""

    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self.engine = _engine(self.url)
        self.dialect = self.engine.dialect.name
        self.migrate()

    # -- connections
    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction, serialised with every other writer of this store."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(strikewatch_write=True)
                with conn.begin():
                    if self.dialect == "postgresql":
                        conn.execute(
                            text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_WRITE_LOCK}
                        )
                    yield conn
        except SQLAlchemyError as err:
            raise self._error(err) from None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as err:
            raise self._error(err) from None

    def _error(self, err: SQLAlchemyError) -> StoreError:
        detail = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        return StoreError(
            f"database error: {detail}",
            where=self.engine.url.render_as_string(hide_password=True),
            hint=f"check --db / ${ENV_VAR}, that the server is running and the file writable",
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema
    def migrate(self) -> list[int]:
        """Applies the missing migrations in order; returns the versions applied."""
        applied: list[int] = []
        with self.write() as conn:
            schema_migrations.create(conn, checkfirst=True)
            done = set(conn.scalars(select(schema_migrations.c.version)))
            for version, name, step in MIGRATIONS:
                if version in done:
                    continue
                step(conn)
                conn.execute(
                    insert(schema_migrations).values(version=version, name=name, applied_at=_now())
                )
                applied.append(version)
        return applied

    def schema_version(self) -> int:
        with self.read() as conn:
            return int(conn.scalar(select(func.max(schema_migrations.c.version))) or 0)

    # -- ingest
    def add_articles(self, batch: Sequence[StoredArticle]) -> AddResult:
        """Stores a batch in one transaction: new articles with their reports, figures and
        LSH buckets; exact duplicates are skipped, near duplicates linked to their original."""
        if not batch:
            return AddResult()
        stored = duplicates = syndicated = 0
        with self.write() as conn:
            hashes = [b.content_hash for b in batch]
            known = set(conn.scalars(_KNOWN_HASHES, {"hashes": hashes}))
            fresh: list[StoredArticle] = []
            for b in batch:
                if b.content_hash in known:
                    duplicates += 1
                else:
                    known.add(b.content_hash)
                    fresh.append(b)
            if not fresh:
                return AddResult(0, duplicates, 0)
            # dated reports go straight into their night's event (created when new); the
            # event's figures are rebuilt by reconcile_pending from the queued keys
            dated = sorted(
                {
                    (r.attacker, r.target, r.date)
                    for b in fresh
                    for r in b.reports
                    if r.date is not None
                },
                key=str,
            )
            event_of = dict(zip(dated, _event_ids(conn, dated), strict=True))
            # candidates for near duplicates: articles sharing a band bucket
            buckets = sorted({bucket for b in fresh for _, bucket in b.bands})
            cand: dict[tuple[int, int], set[int]] = {}
            members: dict[int, list[int]] = {}  # bucket -> the article of each stored row
            for chunk in _chunks(buckets, 500):
                for band, bucket, art in _rows(
                    conn, _BUCKET_MEMBERS, "buckets", _BUCKET_MEMBERS_SQL, chunk
                ):
                    cand.setdefault((band, bucket), set()).add(art)
                    members.setdefault(bucket, []).append(art)
            sigs: dict[int, tuple[bytes, int]] = {}  # article -> (signature, root)
            ids = sorted({a for s in cand.values() for a in s})
            for chunk in _chunks(ids, 500):
                for aid, sig, dup in _rows(conn, _SIGNATURES, "ids", _SIGNATURES_SQL, chunk):
                    sigs[aid] = (bytes(sig), dup or aid)
            now = _now()
            # near duplicates: the most similar stored or earlier-in-batch candidate; a batch
            # member is named by its negative position until it has an id
            article_rows: list[dict[str, Any]] = []
            batch_roots: list[int | None] = []  # position of an in-batch original, if any
            for k, b in enumerate(fresh):
                others: set[int] = set()
                for pair in b.bands:
                    others.update(cand.get(pair, ()))
                best = best_match(b.signature, {o: sigs[o][0] for o in others})
                root = sigs[best[1]][1] if best else None
                me = -(k + 1)
                sigs[me] = (b.signature, root if root is not None else me)
                if root is None:  # only originals are indexed: a copy is found via its original
                    for pair in b.bands:
                        cand.setdefault(pair, set()).add(me)
                batch_roots.append(-root - 1 if root is not None and root < 0 else None)
                a = b.article
                article_rows.append(
                    {
                        "ref": a.id,
                        "content_hash": b.content_hash,
                        "url": a.url,
                        "outlet": a.source,
                        "title": a.title,
                        "published": a.published,
                        "text": a.text,
                        "signature": b.signature,
                        "duplicate_of": root if root is not None and root > 0 else None,
                        "similarity": best[0] if best else None,
                        "n_reports": len(b.reports),
                        "n_figures": sum(len(r.figures) for r in b.reports),
                        "ingested_at": now,
                    }
                )
                stored += 1
                syndicated += root is not None
            aids = _insert_ids(conn, articles, article_rows)
            copies = [
                {"article_id": aid, "root": aids[pos]}
                for aid, pos in zip(aids, batch_roots, strict=True)
                if pos is not None
            ]
            if copies:
                conn.execute(_SET_ROOT, copies)
            place_names: set[str] = set()
            band_rows: list[dict[str, Any]] = []
            report_rows: list[dict[str, Any]] = []
            report_figs: list[tuple[int, Report]] = []
            pend: dict[str, dict[str, Any]] = {}
            for aid, b, pos in zip(aids, fresh, range(len(fresh)), strict=True):
                if article_rows[pos]["duplicate_of"] is None and batch_roots[pos] is None:
                    band_rows.extend(
                        {"band": bd, "bucket": bk, "article": aid} for bd, bk in b.bands
                    )
                for seq, r in enumerate(b.reports):
                    report_rows.append(
                        {
                            "article": aid,
                            "seq": seq,
                            "attacker": r.attacker,
                            "target": r.target,
                            "date": r.date,
                            "places": json.dumps(list(r.places), ensure_ascii=False),
                            "event": event_of.get((r.attacker, r.target, r.date))
                            if r.date
                            else None,
                        }
                    )
                    report_figs.append((aid, r))
                    key = _key(r.attacker, r.target, r.date)
                    pend[key] = {
                        "key": key,
                        "attacker": r.attacker,
                        "target": r.target,
                        "date": r.date,
                    }
                    place_names.update(r.places)
                    place_names.update(f.place for f in r.figures if f.place)
            rids = _insert_ids(conn, reports, report_rows)
            fig_rows = [
                {
                    "report": rid,
                    "article": aid,
                    "metric": f.metric,
                    "weapon": f.weapon,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "place": f.place,
                    "claimant": f.claimant,
                    "ev_start": f.evidence.start,
                    "ev_end": f.evidence.end,
                    "ev_text": f.evidence.text,
                }
                for rid, (aid, r) in zip(rids, report_figs, strict=True)
                for f in r.figures
            ]
            if band_rows:
                _insert_many(conn, article_bands, band_rows)
                # a bucket shared by very many originals holds boilerplate, not copies: it
                # keeps only its BUCKET_CAP most recent members, so lookups stay small and
                # ingest time stays linear in corpus size. The lookup above read every
                # stored member of these buckets, so the older ones are known here.
                for row in band_rows:
                    members.setdefault(row["bucket"], []).append(row["article"])
                drop = [
                    {"bucket": bucket, "article": art}
                    for bucket in sorted({row["bucket"] for row in band_rows})
                    for art in _older_members(members[bucket])
                ]
                if drop:
                    _execute_many(conn, _DROP_MEMBER, _DROP_MEMBER_SQL, drop)
            if fig_rows:
                _insert_many(conn, figures, fig_rows)
            self._insert_ignore(conn, pending_keys, list(pend.values()))
            self._insert_ignore(conn, places, _place_rows(place_names))
        return AddResult(stored, duplicates, syndicated)

    def _insert_ignore(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.dialect == "sqlite":
            _insert_many(conn, table, rows, verb="INSERT OR IGNORE")
        else:
            conn.execute(postgresql.insert(table).on_conflict_do_nothing(), rows)

    # -- queries
    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {
                name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for name, t in (
                    ("articles", articles),
                    ("reports", reports),
                    ("figures", figures),
                    ("events", events),
                    ("pending", pending_keys),
                )
            }

    def list_events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        attacker: str | None = None,
        target: str | None = None,
        place: str | None = None,
        weapon: str | None = None,
        text: str | None = None,
        sort: str = "date",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events, newest first unless ``sort`` says otherwise, filtered.

        ``place`` matches the place or anything in it; ``weapon`` events with a figure of that
        weapon class; ``text`` the summary, slug or place names (case-insensitive substring).
        ``sort`` is one of :data:`EVENT_SORTS`.
        """
        if sort not in EVENT_SORTS:
            raise StoreError(
                f"cannot sort by {sort!r}", hint=f"use one of {', '.join(EVENT_SORTS)}"
            )
        col = events.c[EVENT_SORTS[sort]]
        primary = col.desc() if descending else col.asc()
        if sort != "date":
            primary = primary.nulls_last()
        q = select(*_LIST_COLUMNS).order_by(primary, events.c.date.desc(), events.c.id.desc())
        if since:
            q = q.where(events.c.date >= since)
        if until:
            q = q.where(events.c.date <= until)
        if attacker:
            q = q.where(events.c.attacker == attacker.upper())
        if target:
            q = q.where(events.c.target == target.upper())
        if place:
            known = lookup(place)
            name = known.name if known else place
            sub = select(event_places.c.event).where(
                or_(event_places.c.place == name, event_places.c.parent == name)
            )
            q = q.where(events.c.id.in_(sub))
        if weapon:
            q = q.where(
                events.c.id.in_(
                    select(event_figures.c.event).where(event_figures.c.weapon == weapon)
                )
            )
        if text:
            pattern = (
                "%"
                + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%"
            )
            in_places = select(event_places.c.event).where(
                func.lower(event_places.c.place).like(pattern, escape="\\")
            )
            q = q.where(
                or_(
                    func.lower(events.c.summary).like(pattern, escape="\\"),
                    func.lower(events.c.slug).like(pattern, escape="\\"),
                    events.c.id.in_(in_places),
                )
            )
        if limit:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.read() as conn:
            rows = conn.execute(q).mappings().all()
            ids = [r["id"] for r in rows]
            where: dict[int, list[str]] = {}
            for chunk in _chunks(ids, 500):
                for ev, name in conn.execute(
                    select(event_places.c.event, event_places.c.place)
                    .where(event_places.c.event.in_(chunk))
                    .order_by(event_places.c.place)
                ):
                    where.setdefault(ev, []).append(name)
        return [
            EventRow(
                id=r["id"],
                slug=r["slug"],
                date=r["date"],
                attacker=r["attacker"],
                target=r["target"],
                launched=r["launched"],
                intercepted=r["intercepted"],
                suppressed=r["suppressed"],
                hit=r["hit"],
                killed=r["killed"],
                injured=r["injured"],
                articles=r["n_articles"],
                sources=r["n_sources"],
                conflicts=r["n_conflicts"],
                inconsistent=bool(r["inconsistent"]),
                places=tuple(where.get(r["id"], ())),
            )
            for r in rows
        ]

    def event_ids(self) -> list[int]:
        with self.read() as conn:
            return list(conn.scalars(select(events.c.id).order_by(events.c.date, events.c.id)))

    def get_event(self, ref: str | int) -> Event:
        """One event with every claim, by id or slug ("2024-09-12-RU-UA")."""
        if isinstance(ref, str) and "\x00" in ref:  # no slug has one; PostgreSQL refuses it
            raise StoreError(f"no event {ref!r}", hint="list them with `strikewatch events`")
        with self.read() as conn:
            if isinstance(ref, int) or re.fullmatch(r"[0-9]{1,18}", ref.strip()):
                cond = events.c.id == int(ref)  # ids fit a 64-bit integer
            else:
                cond = events.c.slug == _normal_slug(ref)
            row = conn.execute(select(events).where(cond)).mappings().first()
            if row is None:
                raise StoreError(f"no event {ref!r}", hint="list them with `strikewatch events`")
            return _load_event(conn, row)

    def unassigned_reports(self) -> list[dict[str, Any]]:
        """Reports that belong to no event: undated, with no single event they could join."""
        q = (
            select(
                reports.c.id,
                reports.c.attacker,
                reports.c.target,
                articles.c.ref,
                articles.c.outlet,
                articles.c.published,
                func.count(figures.c.id).label("n_figures"),
            )
            .join(articles, articles.c.id == reports.c.article)
            .outerjoin(figures, figures.c.report == reports.c.id)
            .where(reports.c.event.is_(None))
            .group_by(
                reports.c.id,
                reports.c.attacker,
                reports.c.target,
                articles.c.ref,
                articles.c.outlet,
                articles.c.published,
            )
            .order_by(reports.c.id)
        )
        with self.read() as conn:
            return [
                {
                    "report": r.id,
                    "attacker": r.attacker,
                    "target": r.target,
                    "article": r.ref,
                    "outlet": r.outlet,
                    "published": r.published.isoformat() if r.published else None,
                    "figures": r.n_figures,
                }
                for r in conn.execute(q)
            ]

    def iter_events(self, batch: int = 200) -> Iterator[Event]:
        """Every event with its claims, oldest first, loaded a batch at a time."""
        ids = self.event_ids()
        for chunk in _chunks(ids, batch):
            with self.read() as conn:
                rows = conn.execute(select(events).where(events.c.id.in_(chunk))).mappings().all()
                by_id = {r["id"]: r for r in rows}
                for i in chunk:
                    if i in by_id:
                        yield _load_event(conn, by_id[i])

    def place_info(self, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = sorted(set(names))
        out: dict[str, dict[str, Any]] = {}
        with self.read() as conn:
            for chunk in _chunks(wanted, 500):
                for r in conn.execute(select(places).where(places.c.name.in_(chunk))).mappings():
                    out[r["name"]] = dict(r)
        return out


def _normal_slug(ref: str) -> str:
    parts = ref.strip().split("-")
    if len(parts) == 5:
        return "-".join(parts[:3] + [p.upper() for p in parts[3:]])
    return ref.strip()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _place_rows(names: Iterable[str]) -> list[dict[str, Any]]:
    rows = []
    for name in sorted(set(names)):
        p = lookup(name)
        if p is not None and p.name == name:
            rows.append(
                {
                    "name": p.name,
                    "kind": p.kind,
                    "country": p.country,
                    "parent": p.parent,
                    "lat": p.lat,
                    "lon": p.lon,
                }
            )
    return rows


def open_store(url: str | None = None) -> Store:
    """Opens (creating and migrating if needed) the store at ``url`` (see :func:`resolve_url`)."""
    return Store(url)


# --------------------------------------------------------------------------- reconciliation
_CLAIM_COLUMNS = (
    figures.c.id,
    figures.c.article,
    articles.c.ref,
    articles.c.duplicate_of,
    articles.c.outlet,
    articles.c.published,
    figures.c.metric,
    figures.c.weapon,
    figures.c.place,
    figures.c.value,
    figures.c.qualifier,
    figures.c.claimant,
    figures.c.ev_start,
    figures.c.ev_end,
    figures.c.ev_text,
)


# The same join on SQLite, for _rows: the event's key, then _CLAIM_COLUMNS in their order.
_EVENT_CLAIMS_SQL = (
    "SELECT reports.event, figures.id, figures.article, articles.ref, articles.duplicate_of,"
    " articles.outlet, articles.published, figures.metric, figures.weapon, figures.place,"
    " figures.value, figures.qualifier, figures.claimant, figures.ev_start, figures.ev_end,"
    " figures.ev_text FROM figures JOIN reports ON reports.id = figures.report"
    " JOIN articles ON articles.id = figures.article WHERE reports.event IN ({})"
    " ORDER BY figures.id"
)


def _claim(r: Sequence[Any]) -> Claim:
    """The claim of a row holding a key, then :data:`_CLAIM_COLUMNS` (a SQLAlchemy row, or a
    driver's tuple with the publication date as SQLite stores it)."""
    fid, art, ref, dup, outlet, published, metric, weapon, place, value = r[1:11]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Claim(
        figure_id=fid,
        article_id=art,
        article_ref=ref,
        source_id=dup or art,
        outlet=outlet,
        published=published,
        metric=metric,
        weapon=weapon,
        place=place,
        value=int(value),
        qualifier=r[11],
        claimant=r[12],
        evidence=Evidence(r[13], r[14], r[15]),
        order=art,
    )


# Events rebuilt together: their claims are in memory at once, so a reconciliation that
# touches every event of a large store (undated reports placed for the first time) stays
# within a flat amount of memory.
REBUILD_BATCH = 16  # 64 held 45 MB more at 100,000 generated articles, and was no faster


def _rebuild_many(conn: Connection, event_ids: Sequence[int]) -> None:
    """Rebuilds these events from their reports' claims, a few statements for each batch of
    ``REBUILD_BATCH`` of them."""
    ids = sorted(set(event_ids))
    for batch in _chunks(ids, REBUILD_BATCH):
        _rebuild_batch(conn, batch)


def _rebuild_batch(conn: Connection, ids: Sequence[int]) -> None:
    if not ids:
        return
    rows = {r["id"]: r for r in conn.execute(select(events).where(events.c.id.in_(ids))).mappings()}
    claims: dict[int, list[Claim]] = {i: [] for i in ids}
    for r in _rows(conn, _EVENT_CLAIMS, "ids", _EVENT_CLAIMS_SQL, ids):
        claims[r[0]].append(_claim(r))
    named: dict[int, set[str]] = {i: set() for i in ids}
    pairs: dict[int, list[tuple[int, int]]] = {i: [] for i in ids}
    for ev_id, art, plist, dup in conn.execute(
        select(reports.c.event, reports.c.article, reports.c.places, articles.c.duplicate_of)
        .join(articles, articles.c.id == reports.c.article)
        .where(reports.c.event.in_(ids))
    ):
        named[ev_id].update(json.loads(plist))
        pairs[ev_id].append((art, dup or art))
    built = [
        build_event(
            rows[i]["attacker"],
            rows[i]["target"],
            rows[i]["date"],
            claims[i],
            places=named[i],
            articles=pairs[i],
            event_id=i,
        )
        for i in ids
    ]
    _save_events(conn, built)


def _headline_total(ev: Event, metric: str) -> int | None:
    if metric in ("killed", "injured"):
        national = [f.value for f in ev.figures if f.national and f.metric == metric]
        if national:
            return max(national)
        values = [f.value for f in ev.figures if f.metric == metric]
        return sum(values) if values else None
    total = national_total(ev.figures, metric)
    if total is None:  # only regional counts ("12 drones at the Odesa region"): their sum
        by_place: dict[str | None, list[EventFigure]] = {}
        for f in ev.figures:
            if not f.national and f.metric == metric:
                by_place.setdefault(f.place, []).append(f)
        sums = [
            national_total([replace(f, national=True) for f in figs], metric)
            for figs in by_place.values()
        ]
        total = sum(v for v in sums if v is not None) if any(v is not None for v in sums) else None
    return total


def _rows(
    conn: Connection, stmt: Select[Any], name: str, sqlite_sql: str, values: Sequence[Any]
) -> list[Any]:
    """The rows of ``stmt`` with its expanding IN parameter ``name`` bound to ``values``.

    On SQLite, ``sqlite_sql`` (the same query, with ``{}`` for the list) runs on the
    driver's cursor in the same transaction, and the rows come back as plain tuples: the
    candidate lookups of an ingest batch return about 70 rows per article on a large store,
    and SQLAlchemy's handling of each row cost more than the query. Elsewhere ``stmt`` runs."""
    if conn.dialect.name != "sqlite":
        return list(conn.execute(stmt, {name: list(values)}))
    if not values:
        return []
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        marks = ", ".join("?" * len(values))
        return list(cur.execute(sqlite_sql.format(marks), list(values)).fetchall())
    finally:
        cur.close()


# The statements of every ingest batch, built once: their IN lists are expanding bound
# parameters, so each call binds values instead of building and compiling a new statement.
_KNOWN_HASHES = select(articles.c.content_hash).where(
    articles.c.content_hash.in_(bindparam("hashes", expanding=True))
)
_BUCKET_MEMBERS = select(
    article_bands.c.band, article_bands.c.bucket, article_bands.c.article
).where(article_bands.c.bucket.in_(bindparam("buckets", expanding=True)))
_SIGNATURES = select(articles.c.id, articles.c.signature, articles.c.duplicate_of).where(
    articles.c.id.in_(bindparam("ids", expanding=True))
)
_EVENT_CLAIMS = (
    select(reports.c.event, *_CLAIM_COLUMNS)
    .join(reports, reports.c.id == figures.c.report)
    .join(articles, articles.c.id == figures.c.article)
    .where(reports.c.event.in_(bindparam("ids", expanding=True)))
    .order_by(figures.c.id)
)
_BUCKET_MEMBERS_SQL = "SELECT band, bucket, article FROM article_bands WHERE bucket IN ({})"
_SIGNATURES_SQL = "SELECT id, signature, duplicate_of FROM articles WHERE id IN ({})"
_DROP_MEMBER = delete(article_bands).where(
    article_bands.c.bucket == bindparam("bucket"), article_bands.c.article == bindparam("article")
)
_DROP_MEMBER_SQL = "DELETE FROM article_bands WHERE bucket = :bucket AND article = :article"
_SET_ROOT = (
    update(articles)
    .where(articles.c.id == bindparam("article_id"))
    .values(duplicate_of=bindparam("root"))
)


def _insert_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Inserts ``rows`` into ``table`` and returns their new ids, in order.

    PostgreSQL numbers them in one batched ``INSERT ... RETURNING``. SQLite cannot return
    the ids of a batched insert in the rows' order, and SQLAlchemy then inserts row by row
    (a statement per article, report and event figure); so on SQLite the ids are given here,
    as SQLite would give them (one more than the largest): every insert runs in a write
    transaction, which holds the database's one write lock (``BEGIN IMMEDIATE``)."""
    if not rows:
        return []
    if conn.dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in conn.execute(stmt, rows).scalars()]
    first = int(conn.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    for row, new in zip(rows, ids, strict=True):
        row["id"] = new
    _insert_many(conn, table, rows)
    return ids


def _older_members(arts: list[int]) -> list[int]:
    """The articles a bucket with these members drops: all but its ``BUCKET_CAP`` most
    recent (highest ids), smallest first."""
    if len(arts) <= BUCKET_CAP:
        return []
    return sorted(set(sorted(arts, reverse=True)[BUCKET_CAP:]))


def _execute_many(conn: Connection, stmt: Any, sqlite_sql: str, rows: Sequence[Any]) -> None:
    """``conn.execute(stmt, rows)``; on SQLite, ``sqlite_sql`` (the same statement, with
    named or ``?`` parameters) on the driver's cursor, in the same transaction: SQLAlchemy's
    handling of each row's parameters costs about as much as SQLite's own work."""
    if conn.dialect.name != "sqlite":
        conn.execute(stmt, rows)
        return
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.executemany(sqlite_sql, rows)
    finally:
        cur.close()


def _insert_many(
    conn: Connection, table: Table, rows: list[dict[str, Any]], verb: str = "INSERT"
) -> None:
    """``conn.execute(insert(table), rows)``, through :func:`_execute_many` (an ingest batch
    inserts about 40 rows per article: band buckets, figures, claims of rebuilt events).
    Every row has the keys of the first; on SQLite, dates are stored as SQLAlchemy stores
    them there (ISO 8601)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    dates = [k for k, c in enumerate(cols) if isinstance(table.c[c].type, Date)]
    values = [[r[c] for c in cols] for r in rows]
    if dates:
        for v in values:
            for k in dates:
                if v[k] is not None:
                    v[k] = v[k].isoformat()
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f'{verb} INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})'
    _execute_many(conn, None, sql, values)


_UPDATE_EVENT = update(events).where(events.c.id == bindparam("event_id"))


def _save_events(conn: Connection, built: Sequence[Event]) -> None:
    ids = [ev.id for ev in built]
    old = select(event_figures.c.id).where(event_figures.c.event.in_(ids))
    conn.execute(delete(event_claims).where(event_claims.c.event_figure.in_(old)))
    conn.execute(delete(event_figures).where(event_figures.c.event.in_(ids)))
    conn.execute(delete(event_places).where(event_places.c.event.in_(ids)))
    all_figures = [(ev, f) for ev in built for f in ev.figures]
    if all_figures:
        fids = _insert_ids(
            conn,
            event_figures,
            [
                {
                    "event": ev.id,
                    "metric": f.metric,
                    "weapon": f.weapon,
                    "place": f.place,
                    "national": f.national,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "claimant": f.claimant,
                    "rule": f.rule,
                    "headline_figure": f.headline_figure_id,
                    "conflict": f.conflict,
                    "n_claims": len(f.claims),
                    "revisions": json.dumps([r.to_dict() for r in f.revisions]),
                }
                for ev, f in all_figures
            ],
        )
        _insert_many(
            conn,
            event_claims,
            [
                {"event_figure": fid, "figure": c.figure_id}
                for fid, (_, f) in zip(fids, all_figures, strict=True)
                for c in f.claims
            ],
        )
    place_rows = []
    for ev in built:
        for name in ev.places:
            p = lookup(name)
            place_rows.append({"event": ev.id, "place": name, "parent": p.parent if p else None})
    if place_rows:
        _insert_many(conn, event_places, place_rows)
    now = _now()
    conn.execute(
        _UPDATE_EVENT,
        [
            {
                "event_id": ev.id,
                "launched": _headline_total(ev, "launched"),
                "intercepted": _headline_total(ev, "intercepted"),
                "suppressed": _headline_total(ev, "suppressed"),
                "hit": _headline_total(ev, "hit"),
                "killed": _headline_total(ev, "killed"),
                "injured": _headline_total(ev, "injured"),
                "n_articles": ev.articles,
                "n_sources": ev.sources,
                "n_conflicts": sum(1 for f in ev.figures if f.conflict),
                "inconsistent": any(r.inconsistent for r in ev.ledger),
                "summary": ev.summary,
                "details": json.dumps(
                    {
                        "ledger": [r.to_dict() for r in ev.ledger],
                        "conflicts": [c.to_dict() for c in ev.conflicts],
                        "summary_refs": [r.to_dict() for r in ev.summary_refs],
                    },
                    ensure_ascii=False,
                ),
                "updated_at": now,
            }
            for ev in built
        ],
    )


def _load_event(conn: Connection, row: Any) -> Event:
    efs = (
        conn.execute(
            select(event_figures)
            .where(event_figures.c.event == row["id"])
            .order_by(event_figures.c.id)
        )
        .mappings()
        .all()
    )
    claims_of: dict[int, list[Claim]] = {}
    ids = [r["id"] for r in efs]
    for chunk in _chunks(ids, 500):
        for r in conn.execute(
            select(event_claims.c.event_figure, *_CLAIM_COLUMNS)
            .join(figures, figures.c.id == event_claims.c.figure)
            .join(articles, articles.c.id == figures.c.article)
            .where(event_claims.c.event_figure.in_(chunk))
            .order_by(articles.c.published, figures.c.id)
        ):
            claims_of.setdefault(r[0], []).append(_claim(r))
    details = json.loads(row["details"] or "{}")
    figs = tuple(
        EventFigure(
            metric=r["metric"],
            weapon=r["weapon"],
            place=r["place"],
            value=int(r["value"]),
            qualifier=r["qualifier"],
            claimant=r["claimant"],
            rule=r["rule"],
            headline_figure_id=r["headline_figure"],
            claims=tuple(claims_of.get(r["id"], ())),
            conflict=bool(r["conflict"]),
            revisions=tuple(
                Revision(
                    dt.date.fromisoformat(v["published"]) if v["published"] else None,
                    v["value"],
                    v["qualifier"],
                    v["figure_id"],
                )
                for v in json.loads(r["revisions"])
            ),
            national=bool(r["national"]),
        )
        for r in efs
    )
    place_names = tuple(
        conn.scalars(
            select(event_places.c.place)
            .where(event_places.c.event == row["id"])
            .order_by(event_places.c.place)
        )
    )
    return Event(
        slug=row["slug"],
        attacker=row["attacker"],
        target=row["target"],
        date=row["date"],
        figures=figs,
        ledger=tuple(LedgerRow(**d) for d in details.get("ledger", [])),
        conflicts=tuple(
            Conflict(
                d["metric"],
                d["weapon"],
                d["place"],
                cast(tuple[int, int], tuple(d["figure_ids"])),
                cast(tuple[str, str], tuple(d["values"])),
                d["reason"],
            )
            for d in details.get("conflicts", [])
        ),
        places=place_names,
        articles=row["n_articles"],
        sources=row["n_sources"],
        summary=row["summary"],
        summary_refs=tuple(
            SummaryRef(d["text"], d["metric"], d["weapon"], d["place"], tuple(d["figure_ids"]))
            for d in details.get("summary_refs", [])
        ),
        id=row["id"],
    )


def _event_ids(
    conn: Connection, keys: Sequence[tuple[str | None, str | None, dt.date]]
) -> list[int]:
    """The event of each dated key, created when missing."""
    slugs = [event_slug(a, t, d) for a, t, d in keys]
    found: dict[str, int] = {
        slug: int(i)
        for slug, i in conn.execute(
            select(events.c.slug, events.c.id).where(events.c.slug.in_(slugs))
        )
    }
    missing = [(k, slug) for k, slug in zip(keys, slugs, strict=True) if slug not in found]
    if missing:
        now = _now()
        new = _insert_ids(
            conn,
            events,
            [
                {
                    "slug": slug,
                    "attacker": a,
                    "target": t,
                    "date": d,
                    "n_articles": 0,
                    "n_sources": 0,
                    "n_conflicts": 0,
                    "inconsistent": False,
                    "summary": "",
                    "details": "{}",
                    "updated_at": now,
                }
                for (a, t, d), slug in missing
            ],
        )
        found.update({slug: int(i) for (_, slug), i in zip(missing, new, strict=True)})
    return [found[slug] for slug in slugs]


def reconcile_pending(store: Store, *, chunk: int = 25) -> int:
    """Rebuilds the events of every queued night; returns how many events were rebuilt.

    Dated reports join the event of their (attacker, target, date). Undated reports of the
    same attacker and target are then (re)placed: into the one event on their article's
    publication day or the night before, or into none when there are zero or several.
    """
    rebuilt = 0
    # Undated placement depends only on stored articles and events, not on any rebuild: a
    # pair is placed once per call, again only when articles were added since (another
    # ingest process), so a long queue does not rescan every undated report per chunk.
    placed: dict[tuple[str | None, str | None], int] = {}
    while True:
        with store.write() as conn:
            keys = conn.execute(select(pending_keys).limit(chunk)).mappings().all()
            if not keys:
                break
            touched: set[int] = set()
            pairs = {(k["attacker"], k["target"]) for k in keys}
            dated = [(k["attacker"], k["target"], k["date"]) for k in keys if k["date"] is not None]
            # reports joined their event when stored; rebuild those events
            touched.update(_event_ids(conn, dated))
            newest = int(conn.scalar(select(func.max(articles.c.id))) or 0)
            for attacker, target in pairs:
                if placed.get((attacker, target), -1) < newest:
                    touched |= _place_undated(conn, attacker, target)
                    placed[(attacker, target)] = newest
            _rebuild_many(conn, sorted(touched))
            rebuilt += len(touched)
            conn.execute(
                delete(pending_keys).where(pending_keys.c.key.in_([k["key"] for k in keys]))
            )
    return rebuilt


def _place_undated(conn: Connection, attacker: str | None, target: str | None) -> set[int]:
    """(Re)places every undated report of this attacker and target; returns the events that
    gained or lost one. A constant number of statements, however many reports there are."""
    pair = and_(_eq(reports.c.attacker, attacker), _eq(reports.c.target, target))
    undated = conn.execute(
        select(reports.c.id, reports.c.event, articles.c.published, articles.c.id.label("art"))
        .add_columns(func.coalesce(articles.c.duplicate_of, articles.c.id).label("root"))
        .join(articles, articles.c.id == reports.c.article)
        .where(and_(pair, reports.c.date.is_(None)))
    ).all()
    if not undated:
        return set()
    dated = {
        d: i
        for i, d in conn.execute(
            select(events.c.id, events.c.date).where(
                and_(_eq(events.c.attacker, attacker), _eq(events.c.target, target))
            )
        )
    }
    # the dated reports of the same stories (an original and its copies), by story root
    story: dict[int, list[tuple[int, int | None]]] = {}
    for chunk in _chunks(sorted({row.root for row in undated}), 500):
        for art, dup, ev in conn.execute(
            select(articles.c.id, articles.c.duplicate_of, reports.c.event)
            .join(articles, articles.c.id == reports.c.article)
            .where(
                and_(
                    or_(articles.c.id.in_(chunk), articles.c.duplicate_of.in_(chunk)),
                    pair,
                    reports.c.date.is_not(None),
                )
            )
        ):
            story.setdefault(dup or art, []).append((art, ev))
    touched: set[int] = set()
    moves: list[dict[str, Any]] = []
    for rid, current, published, art, root in undated:
        # 1. a syndicated copy of a story whose other copies are dated: their event
        siblings = {ev for other, ev in story.get(root, ()) if other != art}
        if len(siblings) == 1:
            new: int | None = siblings.pop()
        else:
            # 2. the one event on the publication day or the night before
            day = undated_target(published, dated) if not siblings else None
            new = dated[day] if day else None
        if new != current:
            moves.append({"report_id": rid, "new_event": new})
            touched.update(e for e in (current, new) if e is not None)
    if moves:
        conn.execute(_MOVE_REPORT, moves)
    return touched


_MOVE_REPORT = (
    update(reports)
    .where(reports.c.id == bindparam("report_id"))
    .values(event=bindparam("new_event"))
)
