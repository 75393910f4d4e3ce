"""Read queries of the dashboard beyond the listings of :mod:`strikewatch.store.read`: how
many events a filter keeps, the facet counts beside the filters (as datasette shows them),
the ids a filtered export writes, the events of each night (for a click on a chart's bar),
the date range of the store and the attacking sides of each place (the map's colours).

Every function takes the filters of :func:`strikewatch.store.read.list_events` as keyword
arguments and returns plain JSON-ready values."""

from __future__ import annotations

import datetime as dt
import weakref
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, distinct, func, select

from strikewatch.store.read import event_filters
from strikewatch.store.schema import (
    articles,
    damage,
    event_figures,
    event_places,
    events,
    figures,
    reports,
)

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = [
    "FACETS",
    "count_events",
    "date_range",
    "event_facets",
    "filtered_ids",
    "kept_ids",
    "night_events",
    "nights_hitting",
    "place_sides",
]

Facets = dict[str, list[dict[str, Any]]]
FACET_SIZE = 10  # values listed per facet, the most frequent first
# facet name -> the filter parameter a click on one of its values sets (None: no filter)
FACETS: dict[str, str | None] = {
    "attacker": "attacker",
    "weapon": "weapon",
    "place": "place",
    "outlet": None,
    "claimant": None,
    "damage": "damage",
}


def count_events(store: Store, **filters: Any) -> int:
    """How many events the filters keep."""
    q = select(func.count()).select_from(events).where(*event_filters(**filters))
    with store.read() as conn:
        return int(conn.scalar(q) or 0)


def kept_ids(**filters: Any) -> Select[Any]:
    """The select of the ids of the events the filters keep (to nest in another query)."""
    return select(events.c.id).where(*event_filters(**filters))


def filtered_ids(store: Store, **filters: Any) -> list[int]:
    """The ids of the events the filters keep, oldest first (as the exports write them)."""
    q = kept_ids(**filters).order_by(events.c.date, events.c.id)
    with store.read() as conn:
        return list(conn.scalars(q))


def _facet_queries(kept: Select[Any]) -> dict[str, Select[Any]]:
    n = func.count(distinct(events.c.id))
    by_report = (
        select(reports.c.event.label("event"), articles.c.outlet.label("value"))
        .join(articles, articles.c.id == reports.c.article)
        .where(reports.c.event.in_(kept))
    ).subquery()
    by_claimant = (
        select(reports.c.event.label("event"), figures.c.claimant.label("value"))
        .join(figures, figures.c.report == reports.c.id)
        .where(reports.c.event.in_(kept))
    ).subquery()
    return {
        "attacker": select(events.c.attacker, n)
        .where(events.c.id.in_(kept))
        .group_by(events.c.attacker),
        "weapon": select(event_figures.c.weapon, func.count(distinct(event_figures.c.event)))
        .where(event_figures.c.event.in_(kept))
        .group_by(event_figures.c.weapon),
        "place": select(event_places.c.place, func.count(distinct(event_places.c.event)))
        .where(event_places.c.event.in_(kept))
        .group_by(event_places.c.place),
        "outlet": select(by_report.c.value, func.count(distinct(by_report.c.event))).group_by(
            by_report.c.value
        ),
        "claimant": select(by_claimant.c.value, func.count(distinct(by_claimant.c.event))).group_by(
            by_claimant.c.value
        ),
        "damage": select(damage.c.kind, func.count(distinct(reports.c.event)))
        .join(reports, reports.c.id == damage.c.report)
        .where(reports.c.event.in_(kept))
        .group_by(damage.c.kind),
    }


def event_facets(store: Store, **filters: Any) -> Facets:
    """For each facet (attacker, weapon class, place, outlet, claimant, kind of object hit),
    its most frequent
    values among the events the filters keep: ``{"value": ..., "events": n}``, most events
    first; a value no event has (None) is left out.

    The five counts take some tens of milliseconds on a store of 10,000 events, so the
    answer is kept (:data:`FACET_CACHE` entries) until an event is added or rebuilt: the
    store's version is its number of events and their latest ``updated_at``."""
    kept = select(events.c.id).where(*event_filters(**filters))
    out: Facets = {}
    with store.read() as conn:
        version = tuple(conn.execute(select(func.count(), func.max(events.c.updated_at))).one())
        key = (version, tuple(sorted((k, str(v)) for k, v in filters.items())))
        kept_here = _facets_kept.setdefault(store, {})
        if key in kept_here:
            return kept_here[key]
        for name, q in _facet_queries(kept).items():
            rows = [(v, int(n)) for v, n in conn.execute(q) if v]
            rows.sort(key=lambda r: (-r[1], str(r[0])))
            out[name] = [{"value": v, "events": n} for v, n in rows[:FACET_SIZE]]
    if len(kept_here) >= FACET_CACHE:
        kept_here.pop(next(iter(kept_here)))
    kept_here[key] = out
    return out


FACET_CACHE = 256  # answers kept per store
# per store (dropped with it): (version, filters) -> facets
_facets_kept: weakref.WeakKeyDictionary[Store, dict[tuple[Any, ...], Facets]] = (
    weakref.WeakKeyDictionary()
)


def night_events(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    attacker: str | None = None,
) -> dict[str, list[str]]:
    """The slugs of each night's events (ISO date -> slugs), for the links of the bars."""
    q = select(events.c.date, events.c.slug).order_by(events.c.date, events.c.slug)
    q = q.where(*event_filters(since=since, until=until, attacker=attacker))
    out: dict[str, list[str]] = {}
    with store.read() as conn:
        for day, slug in conn.execute(q):
            out.setdefault(day.isoformat(), []).append(slug)
    return out


def nights_hitting(
    store: Store,
    kind: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    attacker: str | None = None,
) -> set[dt.date]:
    """The nights on which an event (of ``attacker``) hit an object of ``kind``."""
    q = select(events.c.date).distinct()
    q = q.where(*event_filters(since=since, until=until, attacker=attacker, damage=kind))
    with store.read() as conn:
        return set(conn.scalars(q))


def date_range(store: Store, *, attacker: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and the last night with an event (of ``attacker``), None for none."""
    q = select(func.min(events.c.date), func.max(events.c.date))
    if attacker:
        q = q.where(events.c.attacker == attacker)
    with store.read() as conn:
        first, last = conn.execute(q).one()
    return (first, last) if first is not None and last is not None else None


def place_sides(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None
) -> dict[str, dict[str, int]]:
    """For each place: how many of its events each attacking side made (``{"RU": 3}``)."""
    q = (
        select(event_places.c.place, events.c.attacker, func.count(distinct(events.c.id)))
        .join(events, events.c.id == event_places.c.event)
        .where(*event_filters(since=since, until=until))
        .group_by(event_places.c.place, events.c.attacker)
    )
    out: dict[str, dict[str, int]] = {}
    with store.read() as conn:
        for place, side, n in conn.execute(q):
            out.setdefault(place, {})[side or "?"] = int(n)
    return out
