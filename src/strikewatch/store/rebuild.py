"""The event rebuild: queued nights' events recomputed from their reports' claims.

:func:`reconcile_pending` drains ``pending_keys`` (filled by the write path): it places the
undated reports of each queued attacker and target, then rebuilds every event touched
``REBUILD_BATCH`` at a time, writing its event figures, their claims, its places and its
headline totals. The rules themselves are pure functions in :mod:`strikewatch.events.reconcile`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, bindparam, delete, func, or_, select, update

from strikewatch.events.reconcile import build_event, national_total, undated_target
from strikewatch.extraction.places import lookup
from strikewatch.models import Claim, Event, EventFigure
from strikewatch.store.schema import (
    articles,
    chunks,
    claim,
    event_claims,
    event_figures,
    event_places,
    events,
    now,
    pending_keys,
    reports,
)
from strikewatch.store.sqlite_fast import (
    EVENT_CLAIMS,
    EVENT_CLAIMS_SQL,
    insert_ids,
    insert_many,
    select_in,
)
from strikewatch.store.write import event_ids_of

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = ["REBUILD_BATCH", "reconcile_pending"]

# Events rebuilt together: their claims are in memory at once, so a reconciliation that
# touches every event of a large store (undated reports placed for the first time) stays
# within a flat amount of memory.
REBUILD_BATCH = 16  # 64 held 45 MB more at 100,000 generated articles, and was no faster

_UPDATE_EVENT = update(events).where(events.c.id == bindparam("event_id"))
_MOVE_REPORT = (
    update(reports)
    .where(reports.c.id == bindparam("report_id"))
    .values(event=bindparam("new_event"))
)


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
            touched.update(event_ids_of(conn, dated))
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
    for chunk in chunks(sorted({row.root for row in undated}), 500):
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


def _rebuild_many(conn: Connection, event_ids: Sequence[int]) -> None:
    """Rebuilds these events from their reports' claims, a few statements for each batch of
    ``REBUILD_BATCH`` of them."""
    ids = sorted(set(event_ids))
    for batch in chunks(ids, REBUILD_BATCH):
        _rebuild_batch(conn, batch)


def _rebuild_batch(conn: Connection, ids: Sequence[int]) -> None:
    if not ids:
        return
    rows = {r["id"]: r for r in conn.execute(select(events).where(events.c.id.in_(ids))).mappings()}
    claims: dict[int, list[Claim]] = {i: [] for i in ids}
    for r in select_in(conn, EVENT_CLAIMS, "ids", EVENT_CLAIMS_SQL, ids):
        claims[r[0]].append(claim(r))
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


def _save_events(conn: Connection, built: Sequence[Event]) -> None:
    ids = [ev.id for ev in built]
    old = select(event_figures.c.id).where(event_figures.c.event.in_(ids))
    conn.execute(delete(event_claims).where(event_claims.c.event_figure.in_(old)))
    conn.execute(delete(event_figures).where(event_figures.c.event.in_(ids)))
    conn.execute(delete(event_places).where(event_places.c.event.in_(ids)))
    all_figures = [(ev, f) for ev in built for f in ev.figures]
    if all_figures:
        fids = insert_ids(
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
        insert_many(
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
        insert_many(conn, event_places, place_rows)
    stamp = now()
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
                "updated_at": stamp,
            }
            for ev in built
        ],
    )


def _eq(col: Any, value: Any) -> Any:
    return col.is_(None) if value is None else col == value
