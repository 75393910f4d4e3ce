"""SQLite fast paths: bulk statements run on the driver's cursor instead of through SQLAlchemy.

An ingest batch inserts about 40 rows per article (band buckets, figures, claims of rebuilt
events) and its candidate lookups return about 70 rows per article on a large store;
SQLAlchemy's handling of each row's parameters, and of each result row, costs about as much
as SQLite's own work. So on SQLite the functions below run plain SQL on the DB-API cursor of
the same connection, in the same transaction; on PostgreSQL the SQLAlchemy statement runs.

This is the one module that touches the driver's cursor. Each raw statement sits next to the
SQLAlchemy statement it replaces, and ``tests/store/test_sqlite_fast.py`` checks every pair
gives the same rows, or the same effect, on SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Select, Table, bindparam, delete, func, insert, select
from sqlalchemy.dialects import postgresql

from strikewatch.store.schema import CLAIM_COLUMNS, article_bands, articles, figures, reports

__all__ = [
    "BUCKET_MEMBERS",
    "BUCKET_MEMBERS_SQL",
    "DROP_MEMBER",
    "DROP_MEMBER_SQL",
    "EVENT_CLAIMS",
    "EVENT_CLAIMS_SQL",
    "SIGNATURES",
    "SIGNATURES_SQL",
    "execute_many",
    "insert_ids",
    "insert_ignore",
    "insert_many",
    "insert_sql",
    "select_in",
]

# ------------------------------------------------------------------ statements and their twins
# Built once: their IN lists are expanding bound parameters, so each call binds values
# instead of building and compiling a new statement. The raw twins take ``{}`` for the list.

# the band buckets of near-duplicate candidates (write path)
BUCKET_MEMBERS = select(
    article_bands.c.band, article_bands.c.bucket, article_bands.c.article
).where(article_bands.c.bucket.in_(bindparam("buckets", expanding=True)))
BUCKET_MEMBERS_SQL = "SELECT band, bucket, article FROM article_bands WHERE bucket IN ({})"

# the signatures and originals of those candidates (write path)
SIGNATURES = select(articles.c.id, articles.c.signature, articles.c.duplicate_of).where(
    articles.c.id.in_(bindparam("ids", expanding=True))
)
SIGNATURES_SQL = "SELECT id, signature, duplicate_of FROM articles WHERE id IN ({})"

# the claims of the events being rebuilt: the event, then CLAIM_COLUMNS in their order
EVENT_CLAIMS = (
    select(reports.c.event, *CLAIM_COLUMNS)
    .join(reports, reports.c.id == figures.c.report)
    .join(articles, articles.c.id == figures.c.article)
    .where(reports.c.event.in_(bindparam("ids", expanding=True)))
    .order_by(figures.c.id)
)
EVENT_CLAIMS_SQL = (
    "SELECT reports.event, figures.id, figures.article, articles.ref, articles.duplicate_of,"
    " articles.outlet, articles.published, figures.metric, figures.weapon, figures.place,"
    " figures.value, figures.qualifier, figures.claimant, figures.ev_start, figures.ev_end,"
    " figures.ev_text FROM figures JOIN reports ON reports.id = figures.report"
    " JOIN articles ON articles.id = figures.article WHERE reports.event IN ({})"
    " ORDER BY figures.id"
)

# an article a full band bucket drops (write path; run once per row by execute_many)
DROP_MEMBER = delete(article_bands).where(
    article_bands.c.bucket == bindparam("bucket"), article_bands.c.article == bindparam("article")
)
DROP_MEMBER_SQL = "DELETE FROM article_bands WHERE bucket = :bucket AND article = :article"


# ----------------------------------------------------------------------------- fast paths
def select_in(
    conn: Connection, stmt: Select[Any], name: str, sqlite_sql: str, values: Sequence[Any]
) -> list[Any]:
    """The rows of ``stmt`` with its expanding IN parameter ``name`` bound to ``values``.

    On SQLite, ``sqlite_sql`` (the same query, with ``{}`` for the list) runs on the
    driver's cursor, and the rows come back as plain tuples (dates as SQLite stores them,
    ISO 8601 strings). Elsewhere ``stmt`` runs."""
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


def execute_many(conn: Connection, stmt: Any, sqlite_sql: str, rows: Sequence[Any]) -> None:
    """``conn.execute(stmt, rows)``; on SQLite, ``sqlite_sql`` (the same statement, with
    named or ``?`` parameters) on the driver's cursor."""
    if conn.dialect.name != "sqlite":
        conn.execute(stmt, rows)
        return
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.executemany(sqlite_sql, rows)
    finally:
        cur.close()


def insert_sql(table: Table, cols: Sequence[str], verb: str = "INSERT") -> str:
    """The plain SQL of inserting ``cols`` of ``table``, with ``?`` parameters."""
    names = ", ".join(f'"{c}"' for c in cols)
    return f'{verb} INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})'


def insert_many(
    conn: Connection, table: Table, rows: list[dict[str, Any]], verb: str = "INSERT"
) -> None:
    """``conn.execute(insert(table), rows)``; on SQLite through :func:`execute_many`, with
    dates stored as SQLAlchemy stores them there (ISO 8601). Every row has the keys of the
    first."""
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
    execute_many(conn, None, insert_sql(table, cols, verb), values)


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts the rows whose primary key is not stored yet: ``INSERT OR IGNORE`` on SQLite,
    ``INSERT ... ON CONFLICT DO NOTHING`` on PostgreSQL."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        insert_many(conn, table, rows, verb="INSERT OR IGNORE")
    else:
        conn.execute(postgresql.insert(table).on_conflict_do_nothing(), rows)


def insert_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
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
    insert_many(conn, table, rows)
    return ids
