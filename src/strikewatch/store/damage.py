"""Read queries of what was hit (docs/damage.md): an event's damage with its claims, the
events that hit a kind of object (the ``--damage`` filter), and how many events hit each
kind (the API's facet)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, func, select

from strikewatch.events.damage import DamageRow, aggregate
from strikewatch.models import DamageClaim, EventDamage, Evidence
from strikewatch.store.schema import articles, chunks, damage, reports
from strikewatch.vocab import DAMAGE_KINDS

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = ["damage_counts", "event_damage", "events_hitting", "kinds_of_events"]


def events_hitting(kind: str) -> Select[Any]:
    """The ids of the events a report of which states damage of ``kind``."""
    return (
        select(reports.c.event)
        .join(damage, damage.c.report == reports.c.id)
        .where(damage.c.kind == kind, reports.c.event.is_not(None))
    )


def event_damage(conn: Connection, event_id: int) -> tuple[EventDamage, ...]:
    """What one event hit, by kind, detail and place, with every claim."""
    q = (
        select(
            damage.c.kind,
            damage.c.detail,
            damage.c.place,
            damage.c.id,
            damage.c.article,
            articles.c.ref,
            articles.c.duplicate_of,
            articles.c.outlet,
            articles.c.published,
            damage.c.count,
            damage.c.claimant,
            damage.c.ev_start,
            damage.c.ev_end,
            damage.c.ev_text,
        )
        .join(reports, reports.c.id == damage.c.report)
        .join(articles, articles.c.id == damage.c.article)
        .where(reports.c.event == event_id)
        .order_by(damage.c.id)
    )
    return aggregate(_row(r) for r in conn.execute(q))


def _row(r: Any) -> DamageRow:
    kind, detail, place, did, art, ref, dup, outlet, published = r[:9]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    claim = DamageClaim(
        damage_id=did,
        article_id=art,
        article_ref=ref,
        source_id=dup or art,
        outlet=outlet,
        published=published,
        count=r[9],
        claimant=r[10],
        evidence=Evidence(r[11], r[12], r[13]),
    )
    return kind, detail, place, claim


def kinds_of_events(conn: Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    """The kinds of object each of these events hit, in the order of ``vocab.DAMAGE_KINDS``."""
    found: dict[int, set[str]] = {}
    for chunk in chunks(sorted(set(ids)), 500):
        q = (
            select(reports.c.event, damage.c.kind)
            .join(damage, damage.c.report == reports.c.id)
            .where(reports.c.event.in_(chunk))
            .distinct()
        )
        for ev, kind in conn.execute(q):
            found.setdefault(ev, set()).add(kind)
    order = {k: i for i, k in enumerate(DAMAGE_KINDS)}
    return {ev: sorted(ks, key=lambda k: order.get(k, len(order))) for ev, ks in found.items()}


def damage_counts(store: Store, event_ids: Select[Any] | None = None) -> dict[str, int]:
    """How many events hit each kind of object (of the events ``event_ids`` selects, when
    given), every kind listed."""
    q = (
        select(damage.c.kind, func.count(func.distinct(reports.c.event)))
        .join(reports, reports.c.id == damage.c.report)
        .where(reports.c.event.is_not(None))
        .group_by(damage.c.kind)
    )
    if event_ids is not None:
        q = q.where(reports.c.event.in_(event_ids))
    with store.read() as conn:
        got = {kind: int(n) for kind, n in conn.execute(q)}
    return {
        kind: got.get(kind, 0) for kind in (*DAMAGE_KINDS, *sorted(set(got) - set(DAMAGE_KINDS)))
    }
