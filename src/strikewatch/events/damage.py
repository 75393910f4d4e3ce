"""What an event hit: the damage its reports state, by kind, detail and place, each with
every claim (docs/damage.md). Pure; the store reads the rows (``store.read``)."""

from __future__ import annotations

from collections.abc import Iterable

from strikewatch.models import DamageClaim, EventDamage

DamageRow = tuple[str, str | None, str | None, DamageClaim]  # kind, detail, place, claim


def aggregate(rows: Iterable[DamageRow]) -> tuple[EventDamage, ...]:
    """One entry per kind, detail and place, in the order first stated; its count is the
    largest a claim states, its claims ordered by publication, then article."""
    groups: dict[tuple[str, str | None, str | None], list[DamageClaim]] = {}
    for kind, detail, place, claim in rows:
        groups.setdefault((kind, detail, place), []).append(claim)
    out = []
    for (kind, detail, place), claims in groups.items():
        claims.sort(key=lambda c: (c.published is None, c.published, c.article_id, c.damage_id))
        counts = [c.count for c in claims if c.count is not None]
        out.append(EventDamage(kind, detail, place, max(counts) if counts else None, tuple(claims)))
    return tuple(out)


def kinds_at(damage: Iterable[EventDamage], place: str | None) -> list[EventDamage]:
    """The event's damage at ``place`` (all of it when ``place`` is None)."""
    return [d for d in damage if place is None or d.place == place]


def notes(damage: Iterable[EventDamage]) -> str:
    """ "Damage: energy (substation), in Kyiv Oblast; residential, 2, in Kharkiv." or ""."""
    labels = [d.label() for d in damage]
    return ("Damage: " + "; ".join(labels) + ".") if labels else ""


__all__ = ["DamageRow", "aggregate", "kinds_at", "notes"]
