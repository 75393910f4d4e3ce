"""Read queries behind the command line, the dashboard and the HTTP API.

The events listing with its filters and sort keys (:func:`list_events`), one event with every
claim (:func:`get_event`, :func:`iter_events`), unassigned reports, place details, daily
statistics, articles with their figures, places with impacts, and the feed of updated
events. ``Store`` offers the first of these as methods (``store.list_events(...)``); the others
take the store as their first argument and return plain JSON-ready dicts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from strikewatch.errors import StoreError
from strikewatch.events.reconcile import WEAPON_OUTCOMES, claim_order
from strikewatch.extraction.places import lookup
from strikewatch.models import (
    Claim,
    Conflict,
    Event,
    EventFigure,
    LedgerRow,
    Revision,
    SummaryRef,
)
from strikewatch.store.damage import event_damage, events_hitting, kinds_of_events
from strikewatch.store.schema import (
    CLAIM_COLUMNS,
    articles,
    chunks,
    claim,
    event_claims,
    event_figures,
    event_places,
    events,
    figures,
    pending_keys,
    places,
    reports,
)

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = [
    "EVENT_SORTS",
    "EventRow",
    "article_detail",
    "article_texts",
    "counts",
    "daily_stats",
    "event_filters",
    "event_ids",
    "get_event",
    "iter_events",
    "list_articles",
    "list_events",
    "place_impacts",
    "place_info",
    "recent_updates",
    "unassigned_reports",
]

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
    damage: tuple[str, ...] = ()  # the kinds of object it hit

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
            "damage": list(self.damage),
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


# ------------------------------------------------------------------------------- events
def counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
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
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    attacker: str | None = None,
    target: str | None = None,
    place: str | None = None,
    weapon: str | None = None,
    text: str | None = None,
    damage: str | None = None,
    sort: str = "date",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[EventRow]:
    """Events, newest first unless ``sort`` says otherwise, filtered.

    ``place`` matches the place or anything in it; ``weapon`` events with a figure of that
    weapon class; ``text`` the summary, slug or place names (case-insensitive substring);
    ``damage`` events that hit that kind of object (``vocab.DAMAGE_KINDS``).
    ``sort`` is one of :data:`EVENT_SORTS`.
    """
    if sort not in EVENT_SORTS:
        raise StoreError(f"cannot sort by {sort!r}", hint=f"use one of {', '.join(EVENT_SORTS)}")
    col = events.c[EVENT_SORTS[sort]]
    primary = col.desc() if descending else col.asc()
    if sort != "date":
        primary = primary.nulls_last()
    q = select(*_LIST_COLUMNS).order_by(primary, events.c.date.desc(), events.c.id.desc())
    q = q.where(
        *event_filters(
            since=since,
            until=until,
            attacker=attacker,
            target=target,
            place=place,
            weapon=weapon,
            damage=damage,
            text=text,
        )
    )
    if limit:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset)
    with store.read() as conn:
        rows = conn.execute(q).mappings().all()
        ids = [r["id"] for r in rows]
        where: dict[int, list[str]] = {}
        for chunk in chunks(ids, 500):
            for ev, name in conn.execute(
                select(event_places.c.event, event_places.c.place)
                .where(event_places.c.event.in_(chunk))
                .order_by(event_places.c.place)
            ):
                where.setdefault(ev, []).append(name)
        hit = kinds_of_events(conn, ids)
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
            damage=tuple(hit.get(r["id"], ())),
        )
        for r in rows
    ]


def event_filters(
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    attacker: str | None = None,
    target: str | None = None,
    place: str | None = None,
    weapon: str | None = None,
    damage: str | None = None,
    text: str | None = None,
) -> list[ColumnElement[bool]]:
    """The conditions on ``events`` of :func:`list_events`' filters (an empty list: every
    event)."""
    conds: list[ColumnElement[bool]] = []
    if since:
        conds.append(events.c.date >= since)
    if until:
        conds.append(events.c.date <= until)
    if attacker:
        conds.append(events.c.attacker == attacker.upper())
    if target:
        conds.append(events.c.target == target.upper())
    if place:
        known = lookup(place)
        name = known.name if known else place
        sub = select(event_places.c.event).where(
            or_(event_places.c.place == name, event_places.c.parent == name)
        )
        conds.append(events.c.id.in_(sub))
    if weapon:
        conds.append(
            events.c.id.in_(select(event_figures.c.event).where(event_figures.c.weapon == weapon))
        )
    if damage:
        conds.append(events.c.id.in_(events_hitting(damage)))
    if text:
        pattern = (
            "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        in_places = select(event_places.c.event).where(
            func.lower(event_places.c.place).like(pattern, escape="\\")
        )
        conds.append(
            or_(
                func.lower(events.c.summary).like(pattern, escape="\\"),
                func.lower(events.c.slug).like(pattern, escape="\\"),
                events.c.id.in_(in_places),
            )
        )
    return conds


def event_ids(store: Store) -> list[int]:
    with store.read() as conn:
        return list(conn.scalars(select(events.c.id).order_by(events.c.date, events.c.id)))


def get_event(store: Store, ref: str | int) -> Event:
    """One event with every claim, by id or slug ("2024-09-12-RU-UA")."""
    if isinstance(ref, str) and "\x00" in ref:  # no slug has one; PostgreSQL refuses it
        raise StoreError(f"no event {ref!r}", hint="list them with `strikewatch events`")
    with store.read() as conn:
        if isinstance(ref, int) or re.fullmatch(r"[0-9]{1,18}", ref.strip()):
            cond = events.c.id == int(ref)  # ids fit a 64-bit integer
        else:
            cond = events.c.slug == _normal_slug(ref)
        row = conn.execute(select(events).where(cond)).mappings().first()
        if row is None:
            raise StoreError(f"no event {ref!r}", hint="list them with `strikewatch events`")
        return _load_event(conn, row)


def iter_events(
    store: Store, batch: int = 200, ids: Iterable[int] | None = None
) -> Iterator[Event]:
    """Every event (or those of ``ids``, in their order) with its claims, oldest first,
    loaded a batch at a time."""
    ids = event_ids(store) if ids is None else list(ids)
    for chunk in chunks(ids, batch):
        with store.read() as conn:
            rows = conn.execute(select(events).where(events.c.id.in_(chunk))).mappings().all()
            by_id = {r["id"]: r for r in rows}
            for i in chunk:
                if i in by_id:
                    yield _load_event(conn, by_id[i])


def unassigned_reports(store: Store) -> list[dict[str, Any]]:
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
    with store.read() as conn:
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


def place_info(store: Store, names: Iterable[str]) -> dict[str, dict[str, Any]]:
    wanted = sorted(set(names))
    out: dict[str, dict[str, Any]] = {}
    with store.read() as conn:
        for chunk in chunks(wanted, 500):
            for r in conn.execute(select(places).where(places.c.name.in_(chunk))).mappings():
                out[r["name"]] = dict(r)
    return out


def _normal_slug(ref: str) -> str:
    parts = ref.strip().split("-")
    if len(parts) == 5:
        return "-".join(parts[:3] + [p.upper() for p in parts[3:]])
    return ref.strip()


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
    for chunk in chunks(ids, 500):
        for r in conn.execute(
            select(event_claims.c.event_figure, *CLAIM_COLUMNS)
            .join(figures, figures.c.id == event_claims.c.figure)
            .join(articles, articles.c.id == figures.c.article)
            .where(event_claims.c.event_figure.in_(chunk))
        ):
            claims_of.setdefault(r[0], []).append(claim(r))
    for listed in claims_of.values():  # as reconciliation orders them: never by row id
        listed.sort(key=claim_order)
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
        damage=event_damage(conn, row["id"]),
    )


# ------------------------------------------------------------------ statistics and articles
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
            articles.c.lang,
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
                "lang": r.lang,
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
        "lang": a["lang"],
        "text": a["text"],
        "reports": out_reports,
    }


def article_texts(store: Store, ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    """The text and the language (ISO 639-1 code, None when unknown) of each of these
    articles."""
    wanted = sorted(set(ids))
    out: dict[int, tuple[str, str | None]] = {}
    with store.read() as conn:
        for chunk in chunks(wanted, 500):
            for aid, text, lang in conn.execute(
                select(articles.c.id, articles.c.text, articles.c.lang).where(
                    articles.c.id.in_(chunk)
                )
            ):
                out[aid] = (text, lang)
    return out


def place_impacts(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None
) -> list[dict[str, Any]]:
    """Places named in events, with coordinates and summed per-place impacts."""
    q = (
        select(
            event_places.c.place,
            places.c.kind,
            places.c.precision,
            places.c.lat,
            places.c.lon,
            func.count(func.distinct(event_places.c.event)).label("events"),
        )
        .join(places, places.c.name == event_places.c.place)
        .join(events, events.c.id == event_places.c.event)
        .group_by(
            event_places.c.place, places.c.kind, places.c.precision, places.c.lat, places.c.lon
        )
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
                "precision": r.precision,
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
            events.c.attacker,
            events.c.target,
            events.c.launched,
            events.c.killed,
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
                "attacker": r.attacker,
                "target": r.target,
                "launched": r.launched,
                "killed": r.killed,
            }
            for r in conn.execute(q)
        ]
