"""Read-only queries behind the dashboard and the HTTP API (besides ``Store.list_events`` and
``Store.get_event``): daily statistics, articles with their figures, places with impacts,
and the feed of updated events. Every function returns plain JSON-ready dicts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, select

from strikewatch.errors import StoreError
from strikewatch.events.reconcile import WEAPON_OUTCOMES
from strikewatch.store.core import (
    Store,
    articles,
    event_figures,
    event_places,
    events,
    figures,
    places,
    reports,
)

__all__ = [
    "article_detail",
    "article_texts",
    "daily_stats",
    "list_articles",
    "place_impacts",
    "recent_updates",
]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def daily_stats(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    attacker: str | None = None,
) -> list[dict[str, Any]]:
    """One row per date with events (of ``attacker`` only, when given): national headline
    totals (launched, intercepted, suppressed, hit), the same by weapon class, killed and
    injured (null where no event of the night states the figure), and the number of
    events."""
    q = select(
        events.c.date,
        func.count().label("events"),
        func.sum(events.c.launched).label("launched"),
        func.sum(events.c.intercepted).label("intercepted"),
        func.sum(events.c.suppressed).label("suppressed"),
        func.sum(events.c.hit).label("hit"),
        func.sum(events.c.killed).label("killed"),
        func.sum(events.c.injured).label("injured"),
    ).group_by(events.c.date)
    w = select(
        events.c.date,
        event_figures.c.metric,
        event_figures.c.weapon,
        func.sum(event_figures.c.value).label("value"),
    ).join(events, events.c.id == event_figures.c.event)
    w = w.where(
        and_(event_figures.c.national.is_(True), event_figures.c.metric.in_(WEAPON_OUTCOMES))
    ).group_by(events.c.date, event_figures.c.metric, event_figures.c.weapon)
    if since:
        q = q.where(events.c.date >= since)
        w = w.where(events.c.date >= since)
    if until:
        q = q.where(events.c.date <= until)
        w = w.where(events.c.date <= until)
    if attacker:
        q = q.where(events.c.attacker == attacker)
        w = w.where(events.c.attacker == attacker)
    with store.read() as conn:
        days: dict[dt.date, dict[str, Any]] = {}
        for r in conn.execute(q.order_by(events.c.date)).mappings():
            days[r["date"]] = {
                "date": r["date"].isoformat(),
                "events": r["events"],
                **{
                    k: int(r[k]) if r[k] is not None else None
                    for k in (*WEAPON_OUTCOMES, "killed", "injured")
                },
                "by_weapon": {},
            }
        for d, metric, weapon, value in conn.execute(w):
            if d in days and weapon:
                days[d]["by_weapon"].setdefault(weapon, {})[metric] = int(value)
    return list(days.values())


def list_articles(store: Store, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first, without their text."""
    q = (
        select(
            articles.c.id,
            articles.c.ref,
            articles.c.title,
            articles.c.outlet,
            articles.c.url,
            articles.c.published,
            articles.c.duplicate_of,
            articles.c.n_reports,
            articles.c.n_figures,
        )
        .order_by(articles.c.published.desc().nulls_last(), articles.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with store.read() as conn:
        return [
            {
                "id": r.id,
                "ref": r.ref,
                "title": r.title,
                "outlet": r.outlet,
                "url": r.url,
                "published": _iso(r.published),
                "duplicate_of": r.duplicate_of,
                "reports": r.n_reports,
                "figures": r.n_figures,
            }
            for r in conn.execute(q)
        ]


def article_detail(store: Store, article_id: int) -> dict[str, Any]:
    """One article with its text, its reports (and their events) and every figure with its
    evidence offsets into the text."""
    with store.read() as conn:
        a = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        if a is None:
            raise StoreError(f"no article {article_id}", hint="list them at /api/articles")
        rep_rows = conn.execute(
            select(reports, events.c.slug)
            .outerjoin(events, events.c.id == reports.c.event)
            .where(reports.c.article == article_id)
            .order_by(reports.c.seq)
        ).mappings()
        out_reports = []
        for r in rep_rows:
            figs = conn.execute(
                select(figures).where(figures.c.report == r["id"]).order_by(figures.c.ev_start)
            ).mappings()
            out_reports.append(
                {
                    "attacker": r["attacker"],
                    "target": r["target"],
                    "date": _iso(r["date"]),
                    "event": r["slug"],
                    "places": json.loads(r["places"]),
                    "figures": [
                        {
                            "id": f["id"],
                            "metric": f["metric"],
                            "weapon": f["weapon"],
                            "value": int(f["value"]),
                            "qualifier": f["qualifier"],
                            "place": f["place"],
                            "claimant": f["claimant"],
                            "evidence": {
                                "start": f["ev_start"],
                                "end": f["ev_end"],
                                "text": f["ev_text"],
                            },
                        }
                        for f in figs
                    ],
                }
            )
    return {
        "id": a["id"],
        "ref": a["ref"],
        "title": a["title"],
        "outlet": a["outlet"],
        "url": a["url"],
        "published": _iso(a["published"]),
        "duplicate_of": a["duplicate_of"],
        "similarity": a["similarity"],
        "text": a["text"],
        "reports": out_reports,
    }


def article_texts(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """The text of each of these articles."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with store.read() as conn:
        return dict(
            conn.execute(
                select(articles.c.id, articles.c.text).where(articles.c.id.in_(wanted))
            ).all()
        )


def place_impacts(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None
) -> list[dict[str, Any]]:
    """Places named in events, with coordinates and summed per-place impacts."""
    q = (
        select(
            event_places.c.place,
            places.c.kind,
            places.c.lat,
            places.c.lon,
            func.count(func.distinct(event_places.c.event)).label("events"),
        )
        .join(places, places.c.name == event_places.c.place)
        .join(events, events.c.id == event_places.c.event)
        .group_by(event_places.c.place, places.c.kind, places.c.lat, places.c.lon)
    )
    impacts = (
        select(event_figures.c.place, event_figures.c.metric, func.sum(event_figures.c.value))
        .join(events, events.c.id == event_figures.c.event)
        .where(event_figures.c.national.is_(False))
        .group_by(event_figures.c.place, event_figures.c.metric)
    )
    if since:
        q = q.where(events.c.date >= since)
        impacts = impacts.where(events.c.date >= since)
    if until:
        q = q.where(events.c.date <= until)
        impacts = impacts.where(events.c.date <= until)
    with store.read() as conn:
        by_place: dict[str, dict[str, int]] = {}
        for place, metric, total in conn.execute(impacts):
            by_place.setdefault(place, {})[metric] = int(total)
        return [
            {
                "place": r.place,
                "kind": r.kind,
                "lat": r.lat,
                "lon": r.lon,
                "events": r.events,
                "impacts": by_place.get(r.place, {}),
            }
            for r in conn.execute(q.order_by(event_places.c.place))
        ]


def recent_updates(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """The most recently rebuilt events (for the Atom feed)."""
    q = (
        select(
            events.c.id,
            events.c.slug,
            events.c.date,
            events.c.summary,
            events.c.updated_at,
            events.c.n_articles,
        )
        .order_by(events.c.updated_at.desc(), events.c.id.desc())
        .limit(limit)
    )
    with store.read() as conn:
        return [
            {
                "id": r.id,
                "slug": r.slug,
                "date": r.date.isoformat(),
                "summary": r.summary,
                "updated": r.updated_at,
                "articles": r.n_articles,
            }
            for r in conn.execute(q)
        ]
