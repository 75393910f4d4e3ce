"""The store's tables (SQLAlchemy Core) and the ordered migrations that create them.

Every table is declared here once; the other modules of the package import them. Schema
changes are ordered steps in :data:`MIGRATIONS`, recorded in ``schema_migrations``:
:func:`migrate` applies the missing ones when a store is opened. Also here: the columns a
:class:`~strikewatch.models.Claim` is read from, which the event rebuild and the event reads
share, and two small helpers every module uses (:func:`now`, :func:`chunks`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

from strikewatch.models import Claim, Evidence

__all__ = [
    "CLAIM_COLUMNS",
    "MIGRATIONS",
    "article_bands",
    "articles",
    "chunks",
    "claim",
    "damage",
    "event_claims",
    "event_figures",
    "event_places",
    "events",
    "figures",
    "metadata",
    "migrate",
    "now",
    "pending_keys",
    "places",
    "reports",
    "schema_migrations",
    "schema_version",
    "sources",
]

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
    # ISO 639-1 code of the language the article was read in (migration 2); null in rows
    # stored before it
    Column("lang", String(8)),
    # migration 3: the followed source the article came from (``sources.id``; None for
    # files, batch output and the API), and its revision (0; 1, 2... once edited at source)
    Column("source", Integer),
    Column("revision", Integer),
    Index("ix_articles_ref", "ref"),
    Index("ix_articles_source", "source"),
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
damage = Table(  # migration 4: what was hit, per report (docs/damage.md)
    "damage",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report", Integer, ForeignKey("reports.id"), nullable=False),
    Column("article", Integer, ForeignKey("articles.id"), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("detail", String(40)),
    Column("count", Integer),
    Column("place", Text),
    Column("claimant", Text),
    Column("ev_start", Integer, nullable=False),
    Column("ev_end", Integer, nullable=False),
    Column("ev_text", Text, nullable=False),
    Index("ix_damage_report", "report"),
    Index("ix_damage_kind", "kind"),
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
    # migration 5: how exact the place is (extraction.places.Place.precision: country,
    # region, district, settlement, city_district, water) and its GeoNames id
    Column("precision", String(20)),
    Column("geonameid", Integer),
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
sources = Table(  # migration 3: the sources `strikewatch follow` polls, with their state
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # feed, telegram, page
    Column("address", Text, nullable=False),  # feed or page URL, or Telegram channel name
    Column("name", Text),
    Column("claimant", Text),  # who a post states figures as (channels of officials)
    Column("outlet", Text),
    Column("lang", String(8)),
    Column("last_poll", String(40)),
    Column("next_poll", String(40)),
    Column("last_seen", Text),  # newest item seen (Telegram message id, feed entry id)
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),  # consecutive
    Column("last_error", Text),
    Column("n_items", Integer, nullable=False, default=0),  # articles stored from it
    Column("added_at", String(40), nullable=False),
    UniqueConstraint("kind", "address", name="uq_sources_kind_address"),
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


def _migration_2(conn: Connection) -> None:
    """``articles.lang``. A new store has it already (step 1 creates the tables as declared
    here); a store created before this step gains it, null in its rows."""
    if "lang" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN lang VARCHAR(8)"))


def _migration_3(conn: Connection) -> None:
    """Followed sources: the ``sources`` table, ``articles.source`` and ``articles.revision``,
    and the indexes that find an article by its ref and by its source. (A store created
    at this version already has them all from step 1, which creates every declared table.)"""
    sources.create(conn, checkfirst=True)
    have = {c["name"] for c in inspect(conn).get_columns("articles")}
    for name in ("source", "revision"):
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {name} INTEGER")
    for index in articles.indexes:
        index.create(conn, checkfirst=True)


def _migration_4(conn: Connection) -> None:
    """What was hit: the ``damage`` table (a store created at this version has it from step
    1). Articles stored before it have no damage rows until they are extracted again."""
    damage.create(conn, checkfirst=True)


def _migration_5(conn: Connection) -> None:
    """``places.precision`` and ``places.geonameid`` (a store created at this version has
    them from step 1); the places of an older store are filled from the gazetteer."""
    from strikewatch.extraction.places import lookup

    have = {c["name"] for c in inspect(conn).get_columns("places")}
    if "precision" not in have:
        conn.exec_driver_sql('ALTER TABLE places ADD COLUMN "precision" VARCHAR(20)')
    if "geonameid" not in have:
        conn.exec_driver_sql("ALTER TABLE places ADD COLUMN geonameid INTEGER")
    for name in list(conn.scalars(select(places.c.name).where(places.c.precision.is_(None)))):
        p = lookup(name)
        if p is not None:
            conn.execute(
                update(places)
                .where(places.c.name == name)
                .values(precision=p.precision, geonameid=p.geonameid)
            )


# Ordered; a store records each version it has applied. Add new steps at the end.
MIGRATIONS: tuple[tuple[int, str, Any], ...] = (
    (1, "initial schema", _migration_1),
    (2, "articles.lang", _migration_2),
    (3, "followed sources", _migration_3),
    (4, "damage", _migration_4),
    (5, "places.precision and places.geonameid", _migration_5),
)


def migrate(conn: Connection) -> list[int]:
    """Applies the missing migrations in order, in the caller's write transaction; returns
    the versions applied."""
    applied: list[int] = []
    schema_migrations.create(conn, checkfirst=True)
    done = set(conn.scalars(select(schema_migrations.c.version)))
    for version, name, step in MIGRATIONS:
        if version in done:
            continue
        step(conn)
        conn.execute(insert(schema_migrations).values(version=version, name=name, applied_at=now()))
        applied.append(version)
    return applied


def schema_version(conn: Connection) -> int:
    return int(conn.scalar(select(func.max(schema_migrations.c.version))) or 0)


# ------------------------------------------------------------------------------- claims
# The columns a claim is read from: a figure with its article. The event rebuild reads them
# after each figure's event, the event reads after each figure's event figure.
CLAIM_COLUMNS = (
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


def claim(r: Sequence[Any]) -> Claim:
    """The claim of a row holding a key, then :data:`CLAIM_COLUMNS` (a SQLAlchemy row, or a
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
    )


# ------------------------------------------------------------------------------ helpers
def now() -> str:
    """The time stamp of the ``*_at`` columns."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """``items`` in slices of ``size``: the IN lists of one statement stay short."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
