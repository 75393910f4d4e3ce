"""Opening a store: the database URL, the SQLAlchemy engine with its SQLite set-up, and
:class:`Store`, whose transactions every other module of the package runs in.

SQLAlchemy Core over SQLite (the default, ``./strikewatch.db``) or PostgreSQL
(``postgresql+psycopg://user@host/db``), chosen by ``--db URL`` or ``STRIKEWATCH_DB``.

- Opening a store applies the missing migrations (:mod:`strikewatch.store.schema`).
- SQLite runs in WAL mode with a busy timeout. Writers start with ``BEGIN IMMEDIATE``
  (SQLite) or take one advisory lock (PostgreSQL), so concurrent ingest processes serialise
  their short write transactions instead of failing or losing rows. Extraction happens
  outside those transactions.
- :class:`Store` is the façade: its write and read methods are the functions of
  :mod:`strikewatch.store.write` and :mod:`strikewatch.store.read`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from strikewatch.errors import StoreError
from strikewatch.store import read as _read
from strikewatch.store import schema
from strikewatch.store import state as _state
from strikewatch.store import write as _write

__all__ = ["DEFAULT_URL", "ENV_VAR", "Store", "open_store", "resolve_url"]

DEFAULT_URL = "sqlite:///strikewatch.db"
ENV_VAR = "STRIKEWATCH_DB"
_PG_WRITE_LOCK = 7_402_118  # advisory lock key that serialises writers on PostgreSQL
_SQLITE_BUSY_MS = 60_000  # how long a connection waits for another writer


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$STRIKEWATCH_DB``, else ``./strikewatch.db``; a bare path is
    a SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in chosen:
        chosen = f"sqlite:///{chosen}"
    return chosen


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


def make_engine(url: str) -> Engine:
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


class Store:
    """An opened, migrated store. Use :func:`open_store`."""

    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
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
        with self.write() as conn:
            return schema.migrate(conn)

    def schema_version(self) -> int:
        with self.read() as conn:
            return schema.schema_version(conn)

    # -- the write path (strikewatch.store.write)
    add_articles = _write.add_articles

    # -- followed sources (strikewatch.store.state)
    register_sources = _state.register_sources
    list_sources = _state.list_sources
    save_poll = _state.save_poll
    known_items = _state.known_items

    # -- reads (strikewatch.store.read)
    counts = _read.counts
    list_events = _read.list_events
    event_ids = _read.event_ids
    get_event = _read.get_event
    iter_events = _read.iter_events
    unassigned_reports = _read.unassigned_reports
    place_info = _read.place_info


def open_store(url: str | None = None) -> Store:
    """Opens (creating and migrating if needed) the store at ``url`` (see :func:`resolve_url`)."""
    return Store(url)
