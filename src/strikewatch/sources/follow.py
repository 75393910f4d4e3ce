"""Following sources: poll each one, store what is new, rebuild the events it touches.

:func:`follow_round` is one round (``strikewatch follow --once``): every source due is
polled concurrently through one :class:`~strikewatch.sources.fetch.Fetcher` (bounded per
host); as each poll ends, its new items are extracted, each figure without a claimant
given the source's claimant (:func:`with_claimant`), and stored through
:func:`strikewatch.store.ingest.ingest`, the path of ``strikewatch ingest``, with the
source recorded and edited items stored as revisions; then the source's state is saved.
:func:`follow` repeats rounds until asked to stop.

A source that fails (an HTTP error, a timeout, robots.txt, a malformed feed) is recorded
with its error and polled again after a pause that doubles with each consecutive failure
(``every`` x 2^(failures - 1), at most ``max_backoff``, at least what ``Retry-After``
asked); it never stops the others. ``stop`` is asked between items: a stopped source keeps
its previous state, so the next run polls it again and skips what was stored.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import httpx

from strikewatch.errors import FetchError, InputError, StrikeWatchError
from strikewatch.events.dedup import content_hash
from strikewatch.extraction.engine import extract
from strikewatch.models import Article, Report
from strikewatch.sources import feeds, pages, telegram
from strikewatch.sources.config import FollowConfig
from strikewatch.sources.fetch import Fetcher, RobotsCache
from strikewatch.sources.telegram import Found
from strikewatch.store.engine import Store
from strikewatch.store.ingest import ingest
from strikewatch.store.state import PollOutcome, SourceState

__all__ = ["RoundStats", "SourcePoll", "follow", "follow_round", "is_due", "with_claimant"]


@dataclass(frozen=True, slots=True)
class SourcePoll:
    """What one round did with one source."""

    source: SourceState
    items: int = 0  # items found new or changed
    stored: int = 0  # new articles stored
    revised: int = 0  # of which revisions of stored ones
    duplicates: int = 0  # already stored (same content)
    unreadable: int = 0  # items that could not be read
    error: str | None = None  # the poll failed
    waiting: bool = False  # not due: backing off after failures
    stopped: bool = False  # the round was stopped before this source was done


@dataclass(frozen=True, slots=True)
class RoundStats:
    """One round."""

    polls: tuple[SourcePoll, ...]
    requests: int  # HTTP requests sent, robots.txt included
    conditional: int  # of which carried validators
    events: int  # events rebuilt
    seconds: float
    stopped: bool

    @property
    def stored(self) -> int:
        return sum(p.stored for p in self.polls)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.polls if p.error is not None)


def with_claimant(reports: Sequence[Report], claimant: str | None) -> tuple[Report, ...]:
    """``reports`` with every figure that names no claimant given ``claimant`` (the
    source's: a post on the Air Force's channel is the Air Force's claim)."""
    if not claimant:
        return tuple(reports)
    return tuple(
        replace(
            r,
            figures=tuple(
                f if f.claimant is not None else replace(f, claimant=claimant) for f in r.figures
            ),
        )
        for r in reports
    )


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def is_due(state: SourceState, now: dt.datetime) -> bool:
    """A source is polled every round, except while it backs off after failures."""
    return state.failures == 0 or not state.next_poll or state.next_poll <= _stamp(now)


def _backoff(state: SourceState, config: FollowConfig, err: StrikeWatchError) -> float:
    pause = min(config.max_backoff, config.every * 2.0**state.failures)
    asked = err.retry_after if isinstance(err, FetchError) else None
    return max(pause, asked or 0.0)


async def _poll(fetcher: Fetcher, state: SourceState, store: Store, config: FollowConfig) -> Found:
    info = state.info
    if info.kind == "telegram":
        return await telegram.poll(
            fetcher,
            info.address,
            base=config.telegram_url,
            last_seen=state.last_seen,
            pages=config.telegram_pages,
            etag=state.etag,
            last_modified=state.last_modified,
            outlet=info.outlet,
            lang=info.lang,
        )
    if info.kind == "feed":
        return await feeds.poll(
            fetcher,
            info.address,
            etag=state.etag,
            last_modified=state.last_modified,
            known=lambda refs: store.known_items(state.id, refs),
            items=config.feed_items,
            outlet=info.outlet,
            lang=info.lang,
        )
    return await pages.poll(
        fetcher,
        info.address,
        etag=state.etag,
        last_modified=state.last_modified,
        outlet=info.outlet,
        lang=info.lang,
    )


async def _guarded(
    fetcher: Fetcher, state: SourceState, store: Store, config: FollowConfig
) -> tuple[SourceState, Found | StrikeWatchError]:
    try:
        return state, await _poll(fetcher, state, store, config)
    except StrikeWatchError as err:
        return state, err
    except Exception as err:  # a parser's or a server's surprise must not stop the others
        return state, FetchError(f"unexpected failure: {type(err).__name__}: {err}")


def _store(
    store: Store, state: SourceState, found: Found, stop: Callable[[], bool]
) -> tuple[SourcePoll, int]:
    """Stores a poll's items; saves the source's state unless stopped. Returns the poll's
    record and the events rebuilt."""
    articles = [i for i in found.items if isinstance(i, Article)]
    errors = [i for i in found.items if isinstance(i, InputError)]
    known = store.known_items(state.id, [a.id for a in articles]) if articles else {}
    fresh = [a for a in articles if known.get(a.id) != content_hash(a.text)]
    claimant = state.info.claimant

    def items() -> Iterator[InputError | tuple[Article, tuple[Report, ...]]]:
        yield from errors
        for article in fresh:
            yield article, with_claimant(extract(article).reports, claimant)

    stats = ingest(store, items(), source=state.id, revise=True, stop=stop)
    done = stats.read + stats.failed == len(errors) + len(fresh)
    result = SourcePoll(
        source=state,
        items=len(fresh),
        stored=stats.stored,
        revised=stats.revised,
        duplicates=stats.duplicates,
        unreadable=stats.failed,
        stopped=not done,
    )
    if done:
        store.save_poll(
            state.id,
            PollOutcome(
                next_poll=None,
                last_seen=found.last_seen,
                etag=found.etag,
                last_modified=found.last_modified,
                stored=stats.stored,
            ),
        )
    return result, stats.events


async def _round(
    store: Store,
    config: FollowConfig,
    due: Sequence[SourceState],
    stop: Callable[[], bool],
    transport: httpx.AsyncBaseTransport | None,
    on_poll: Callable[[SourcePoll], None] | None,
    robots: RobotsCache | None,
) -> tuple[list[SourcePoll], int, int, int, bool]:
    polls: list[SourcePoll] = []
    events = 0
    stopped = False
    async with Fetcher(config.politeness, transport, robots) as fetcher:
        tasks = [asyncio.create_task(_guarded(fetcher, s, store, config)) for s in due]
        for next_done in asyncio.as_completed(tasks):
            state, found = await next_done
            if stop():
                stopped = True
                break
            if isinstance(found, StrikeWatchError):
                now = dt.datetime.now(dt.UTC)
                pause = _backoff(state, config, found)
                later = _stamp(now + dt.timedelta(seconds=pause))
                store.save_poll(state.id, PollOutcome(error=str(found), next_poll=later))
                poll = SourcePoll(source=state, error=str(found))
            else:
                poll, rebuilt = _store(store, state, found, stop)
                events += rebuilt
                stopped = stopped or poll.stopped
            polls.append(poll)
            if on_poll:
                on_poll(poll)
            if stopped:
                break
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return polls, fetcher.requests, fetcher.conditional, events, stopped


def follow_round(
    store: Store,
    config: FollowConfig,
    *,
    stop: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    on_poll: Callable[[SourcePoll], None] | None = None,
    robots: RobotsCache | None = None,
) -> RoundStats:
    """Polls every source of ``config`` that is due, stores what is new; ``on_poll`` is
    called as each source is done. ``transport`` replaces the network (tests); ``robots``
    keeps sites' robots.txt from one round to the next (``fetch.ROBOTS_TTL``)."""
    t0 = time.perf_counter()
    stop = stop or (lambda: False)
    now = now or dt.datetime.now(dt.UTC)
    states = store.register_sources(config.sources)
    due = [s for s in states if is_due(s, now)]
    waiting = [SourcePoll(source=s, waiting=True) for s in states if not is_due(s, now)]
    polls, requests, conditional, events, stopped = asyncio.run(
        _round(store, config, due, stop, transport, on_poll, robots)
    )
    return RoundStats(
        polls=tuple(polls + waiting),
        requests=requests,
        conditional=conditional,
        events=events,
        seconds=time.perf_counter() - t0,
        stopped=stopped,
    )


def follow(
    store: Store,
    config: FollowConfig,
    *,
    once: bool = False,
    stop: Callable[[], bool] | None = None,
    on_round: Callable[[RoundStats], None] | None = None,
    on_poll: Callable[[SourcePoll], None] | None = None,
) -> int:
    """Rounds every ``config.every`` seconds (one with ``once``) until ``stop`` answers true;
    returns the number of rounds."""
    stop = stop or (lambda: False)
    rounds = 0
    robots: RobotsCache = {}
    while True:
        started = time.monotonic()
        stats = follow_round(store, config, stop=stop, on_poll=on_poll, robots=robots)
        rounds += 1
        if on_round:
            on_round(stats)
        if once or stop():
            return rounds
        while not stop() and time.monotonic() - started < config.every:
            time.sleep(min(1.0, max(0.0, config.every - (time.monotonic() - started))))
        if stop():
            return rounds
