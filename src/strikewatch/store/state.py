"""The state of followed sources (``strikewatch follow``): one row of ``sources`` per source,
with what the next poll needs (validators, the newest item seen, consecutive failures).

:func:`register_sources` adds the sources of a configuration (and refreshes their names,
claimants, outlets and languages); :func:`save_poll` records a poll's outcome, in its own
short transaction, after the articles it found were stored, so a killed run polls that
source again and finds its articles stored (skipped by content); :func:`known_items` tells
which refs a source already gave, with their content hashes, so new items are fetched and
edited ones recognised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from strikewatch.store.schema import articles, chunks, now, sources

if TYPE_CHECKING:
    from strikewatch.store.engine import Store

__all__ = [
    "KINDS",
    "PollOutcome",
    "SourceInfo",
    "SourceState",
    "known_items",
    "list_sources",
    "register_sources",
    "save_poll",
]

KINDS = ("feed", "telegram", "page")
"""The kinds of followed source."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A source as configured: its kind and address, and what is known about it."""

    kind: str  # one of KINDS
    address: str  # feed or page URL; Telegram channel name
    name: str | None = None
    claimant: str | None = None  # who its posts state figures as (an official channel)
    outlet: str | None = None  # the outlet its articles are stored under
    lang: str | None = None  # the language of its items, when known


@dataclass(frozen=True, slots=True)
class SourceState:
    """A source with its stored state."""

    id: int
    info: SourceInfo
    last_poll: str | None = None
    next_poll: str | None = None
    last_seen: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None
    n_items: int = 0

    def to_dict(self) -> dict[str, Any]:
        i = self.info
        return {
            "id": self.id,
            "kind": i.kind,
            "address": i.address,
            "name": i.name,
            "claimant": i.claimant,
            "outlet": i.outlet,
            "lang": i.lang,
            "last_poll": self.last_poll,
            "next_poll": self.next_poll,
            "last_seen": self.last_seen,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "failures": self.failures,
            "last_error": self.last_error,
            "items": self.n_items,
        }


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of a source found out, for :func:`save_poll`."""

    error: str | None = None  # None: the poll succeeded
    next_poll: str | None = None
    last_seen: str | None = None  # None: unchanged
    etag: str | None = None  # None: unchanged
    last_modified: str | None = None  # None: unchanged
    stored: int = 0  # articles stored (new and revised)


def _state(row: Any) -> SourceState:
    return SourceState(
        id=int(row.id),
        info=SourceInfo(row.kind, row.address, row.name, row.claimant, row.outlet, row.lang),
        last_poll=row.last_poll,
        next_poll=row.next_poll,
        last_seen=row.last_seen,
        etag=row.etag,
        last_modified=row.last_modified,
        failures=int(row.failures or 0),
        last_error=row.last_error,
        n_items=int(row.n_items or 0),
    )


def register_sources(store: Store, infos: Sequence[SourceInfo]) -> list[SourceState]:
    """The state of each source of ``infos`` (in order), added when new; the name,
    claimant, outlet and language of sources already stored are updated to ``infos``'."""
    with store.write() as conn:
        rows = {(r.kind, r.address): r for r in conn.execute(select(sources))}
        for info in infos:
            values = {
                "name": info.name,
                "claimant": info.claimant,
                "outlet": info.outlet,
                "lang": info.lang,
            }
            row = rows.get((info.kind, info.address))
            if row is None:
                conn.execute(
                    insert(sources).values(
                        kind=info.kind,
                        address=info.address,
                        failures=0,
                        n_items=0,
                        added_at=now(),
                        **values,
                    )
                )
            elif any(getattr(row, k) != v for k, v in values.items()):
                conn.execute(update(sources).where(sources.c.id == row.id).values(**values))
        wanted = {(i.kind, i.address) for i in infos}
        found = {
            (r.kind, r.address): _state(r)
            for r in conn.execute(select(sources))
            if (r.kind, r.address) in wanted
        }
    return [found[(i.kind, i.address)] for i in infos]


def list_sources(store: Store) -> list[SourceState]:
    """Every followed source with its state, by kind and address."""
    with store.read() as conn:
        rows = conn.execute(select(sources).order_by(sources.c.kind, sources.c.address)).all()
    return [_state(r) for r in rows]


def save_poll(store: Store, source_id: int, outcome: PollOutcome) -> None:
    """Records one poll of a source: its time, the next one, the validators and newest item
    (when given), and the failure count (reset by a success)."""
    values: dict[str, Any] = {
        "last_poll": now(),
        "next_poll": outcome.next_poll,
        "n_items": sources.c.n_items + outcome.stored,
    }
    if outcome.error is None:
        values.update(failures=0, last_error=None)
    else:
        values.update(failures=sources.c.failures + 1, last_error=outcome.error[:1000])
    for name in ("last_seen", "etag", "last_modified"):
        value = getattr(outcome, name)
        if value is not None:
            values[name] = value
    with store.write() as conn:
        conn.execute(update(sources).where(sources.c.id == source_id).values(**values))


def known_items(store: Store, source_id: int, refs: Sequence[str]) -> dict[str, str]:
    """The refs among ``refs`` that this source gave before, with their content hashes."""
    found: dict[str, str] = {}
    with store.read() as conn:
        for chunk in chunks(sorted(set(refs)), 500):
            for ref, digest in conn.execute(
                select(articles.c.ref, articles.c.content_hash).where(
                    articles.c.source == source_id, articles.c.ref.in_(chunk)
                )
            ):
                found[ref] = digest
    return found
