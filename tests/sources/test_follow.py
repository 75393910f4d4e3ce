"""A round of `follow` (strikewatch.sources.follow) against fixture feeds, Telegram preview
pages and article pages served on 127.0.0.1, on both store backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from tests.sources.server import (
    FixtureServer,
    Reply,
    article_page,
    rfc822,
    rss,
    tg_message,
    tg_page,
)

from strikewatch.models import Evidence, Figure, Report
from strikewatch.sources.config import FollowConfig
from strikewatch.sources.fetch import Politeness
from strikewatch.sources.follow import follow_round, is_due, with_claimant
from strikewatch.store import Store
from strikewatch.store.schema import articles, figures
from strikewatch.store.state import SourceInfo

FAST = Politeness(delay=0, timeout=1.0, retries=1, backoff=0.01)
AIR = "Ukrainian Air Force"


def night(n: int, launched: int, down: int) -> str:
    return (
        f"On the night of July {n}, Russia attacked Ukraine with {launched} Shahed drones. "
        f"{down} drones were shot down."
    )


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    srv = FixtureServer()
    srv.routes["/robots.txt"] = Reply(body=b"User-agent: *\nDisallow: /private/\n")
    with srv.running():
        yield srv


def config(server: FixtureServer, *infos: SourceInfo) -> FollowConfig:
    return FollowConfig(sources=infos, politeness=FAST, telegram_url=server.url, every=60)


def channel(server: FixtureServer, msgs: dict[int, str], edited: set[int] = frozenset()) -> None:
    """Serves the channel kpszsu, 3 messages a page, newest page first."""
    ids = sorted(msgs)
    pages = [ids[max(0, i - 3) : i] for i in range(len(ids), 0, -3)]
    for n, page in enumerate(pages):
        html = tg_page(
            "kpszsu",
            "Повітряні Сили ЗС України",
            [
                tg_message("kpszsu", i, msgs[i], "2025-07-04T05:15:00+00:00", edited=i in edited)
                for i in page
            ],
            before=page[0] if n + 1 < len(pages) else None,
        )
        path = "/s/kpszsu" if n == 0 else f"/s/kpszsu?before={pages[n - 1][0]}"
        server.routes[path] = Reply(body=html, headers={"Content-Type": "text/html; charset=utf-8"})


def stored(store: Store) -> list[tuple[str, int | None, str]]:
    with store.read() as conn:
        rows = conn.execute(select(articles.c.ref, articles.c.revision, articles.c.text)).all()
    return sorted((r.ref, r.revision, r.text) for r in rows)


def claimants(store: Store) -> set[str | None]:
    with store.read() as conn:
        return set(conn.scalars(select(figures.c.claimant)))


def test_with_claimant_fills_only_figures_without_one() -> None:
    ev = Evidence(0, 1, "x")
    named = Figure("launched", "drone", 5, "exact", None, "Kyiv mayor", ev)
    bare = Figure("intercepted", "drone", 4, "exact", None, None, ev)
    r = (Report("RU", "UA", dt.date(2025, 7, 4), (), (named, bare)),)
    out = with_claimant(r, AIR)
    assert [f.claimant for f in out[0].figures] == ["Kyiv mayor", AIR]
    assert with_claimant(r, None) == r and r[0].figures[1].claimant is None  # pure


def test_telegram_pages_back_to_the_last_seen_and_takes_the_claimant(
    store: Store, server: FixtureServer
) -> None:
    msgs = {100 + i: night(3, 20 + i, 10 + i) for i in range(4)}
    channel(server, msgs)
    conf = config(server, SourceInfo("telegram", "kpszsu", claimant=AIR))
    first = follow_round(store, conf)
    assert first.stored == 3 and first.failed == 0  # the first poll reads one page
    assert "/s/kpszsu?before=101" not in server.paths()
    msgs.update({104 + i: night(4, 30 + i, 20 + i) for i in range(5)})  # 9 messages, 3 pages
    channel(server, msgs)
    second = follow_round(store, conf)
    assert second.stored == 5  # 104..108; 101..103 known
    assert "/s/kpszsu?before=106" in server.paths()
    assert "/s/kpszsu?before=103" not in server.paths()  # 103 was the last seen
    refs = [r for r, _, _ in stored(store)]
    assert refs == sorted(f"t.me/kpszsu/{i}" for i in [*range(101, 109)])
    assert claimants(store) == {AIR}
    (state,) = store.list_sources()
    assert (state.last_seen, state.n_items, state.failures) == ("108", 8, 0)
    assert store.list_events()


def test_an_edited_message_is_a_revision_not_a_duplicate(
    store: Store, server: FixtureServer
) -> None:
    channel(server, {7: night(3, 20, 10), 8: night(3, 30, 25)})
    conf = config(server, SourceInfo("telegram", "kpszsu", claimant=AIR))
    follow_round(store, conf)
    channel(server, {7: night(3, 20, 10), 8: night(3, 31, 27)}, edited={8})
    again = follow_round(store, conf)
    assert (again.stored, again.polls[0].revised) == (1, 1)
    rows = stored(store)
    assert [(r, rev) for r, rev, _ in rows] == [("t.me/kpszsu/7", 0), ("t.me/kpszsu/8", 1)]
    assert "31 Shahed" in rows[1][2]
    with store.read() as conn:
        values = sorted(conn.scalars(select(figures.c.value)))
    assert values == [10, 20, 27, 31]  # the old figures are gone
    ev = store.get_event(store.list_events()[0].slug)
    assert 30 not in [f.value for f in ev.figures]
    assert follow_round(store, conf).stored == 0  # unchanged since: nothing


def test_feed_items_followed_to_their_pages_summary_as_fallback(
    store: Store, server: FixtureServer
) -> None:
    page = article_page(
        "Drones hit Kyiv",
        [
            "Russia launched 40 drones at Ukraine overnight, the Ukrainian air force said on "
            "Friday. Air defences shot down 31 of them.",
            "Debris fell in Kyiv, injuring three people, the city's mayor said.",
        ],
        "2025-07-04",
    )
    server.routes["/news/1"] = Reply(body=page.encode(), headers={"Content-Type": "text/html"})
    items = [
        (server.url + "/news/1", "Drones hit Kyiv", "Short summary.", rfc822("2025-07-04")),
        (
            server.url + "/news/gone",
            "Missiles",
            "<p>Russia launched 12 missiles at Ukraine overnight, the air force said.</p>",
            rfc822("2025-07-05"),
        ),
    ]
    server.routes["/rss"] = Reply(
        body=rss("Fixture News", items),
        etag='"r1"',
        headers={"Content-Type": "application/rss+xml"},
    )
    conf = config(server, SourceInfo("feed", server.url + "/rss", outlet="Fixture"))
    stats = follow_round(store, conf)
    assert stats.stored == 2 and stats.failed == 0
    rows = {r: t for r, _, t in stored(store)}
    assert "injuring three people" in rows[server.url + "/news/1"]
    assert rows[server.url + "/news/gone"].startswith("Russia launched 12 missiles")
    again = follow_round(store, conf)  # 304: one conditional request, nothing stored
    assert (again.stored, again.requests, again.conditional) == (0, 2, 1)


def test_invalid_feed_fails_alone_and_backs_off(store: Store, server: FixtureServer) -> None:
    server.routes["/bad"] = Reply(body=b"<rss><channel><item><title>cut", headers={})
    server.routes["/page"] = Reply(
        body=article_page(
            "P", ["Russia launched 9 missiles at Ukraine overnight."], "2025-07-06"
        ).encode(),
        etag='"p1"',
    )
    server.routes["/err"] = Reply(status=500)
    conf = config(
        server,
        SourceInfo("feed", server.url + "/bad"),
        SourceInfo("page", server.url + "/page"),
        SourceInfo("page", server.url + "/err"),
        SourceInfo("page", server.url + "/private/p"),
    )
    stats = follow_round(store, conf)
    errors = {p.source.info.address.rsplit("/", 1)[1]: p.error for p in stats.polls}
    assert errors["page"] is None and stats.stored == 1
    assert "not a feed" in (errors["bad"] or "")
    assert "HTTP 500" in (errors["err"] or "")
    assert "robots.txt" in (errors["p"] or "")
    states = {s.info.address.rsplit("/", 1)[1]: s for s in store.list_sources()}
    assert states["err"].failures == 1 and states["err"].next_poll
    assert not is_due(states["err"], dt.datetime.now(dt.UTC))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=61)
    assert is_due(states["err"], later)
    again = follow_round(store, conf)  # the failing ones back off; the page is unchanged
    assert sum(p.waiting for p in again.polls) == 3
    assert again.stored == 0 and again.conditional == 1


def test_a_changed_page_is_a_revision(store: Store, server: FixtureServer) -> None:
    def page(n: int) -> Reply:
        text = f"Russia launched {n} missiles at Ukraine overnight, the air force said."
        return Reply(body=article_page("P", [text], "2025-07-06").encode(), etag=f'"{n}"')

    server.routes["/live"] = page(9)
    conf = config(server, SourceInfo("page", server.url + "/live"))
    follow_round(store, conf)
    server.routes["/live"] = page(11)
    assert follow_round(store, conf).polls[0].revised == 1
    assert [(rev, "11 missiles" in t) for _, rev, t in stored(store)] == [(1, True)]


def test_stop_between_items_keeps_the_state_for_the_next_run(
    store: Store, server: FixtureServer
) -> None:
    channel(server, {i: night(3, 20 + i, 10) for i in range(1, 4)})
    conf = config(server, SourceInfo("telegram", "kpszsu"))
    asked = iter([False, False, True])
    first = follow_round(store, conf, stop=lambda: next(asked, True))
    assert first.stopped and first.stored == 1
    assert store.list_sources()[0].last_seen is None
    assert follow_round(store, conf).stored == 2
