"""Benchmark of `strikewatch follow` (figures printed, not asserted): one round over 50
sources with 20 new items each from the local fixture server (25 Telegram channels, 25
feeds whose items are article pages), then rounds with nothing new (conditional requests
only, nothing stored), with the process's memory after each.

    PYTHONPATH=src:. python bench/bench_follow.py [--rounds 100]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.sources.server import (
    FixtureServer,
    Reply,
    article_page,
    rfc822,
    rss,
    tg_message,
    tg_page,
)

from strikewatch.sources.config import FollowConfig
from strikewatch.sources.fetch import Politeness
from strikewatch.sources.follow import follow_round
from strikewatch.store import open_store
from strikewatch.store.state import SourceInfo

SOURCES, ITEMS = 50, 20


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def serve(srv: FixtureServer) -> list[SourceInfo]:
    srv.routes["/robots.txt"] = Reply(body=b"User-agent: *\nAllow: /\n")
    infos = []
    for s in range(SOURCES // 2):
        name = f"channel{s:03d}"
        msgs = [
            tg_message(
                name,
                1000 + i,
                f"On the night of July {1 + i % 28}, Russia attacked Ukraine with {20 + i} "
                f"Shahed drones and {i % 5} missiles. {10 + i} drones were shot down over "
                f"the Kyiv, Odesa and Kharkiv regions (bulletin {s}).",
                "2025-07-04T05:15:00+00:00",
            )
            for i in range(ITEMS)
        ]
        srv.routes[f"/s/{name}"] = Reply(body=tg_page(name, name, msgs), etag=f'"{name}"')
        infos.append(SourceInfo("telegram", name, claimant="Ukrainian Air Force"))
    for s in range(SOURCES - SOURCES // 2):
        items = []
        for i in range(ITEMS):
            path = f"/f{s}/story{i}"
            text = [
                f"Russia launched {30 + i} drones and {i % 7} missiles at Ukraine overnight, "
                f"the Ukrainian air force said on Friday. Air defences shot down {20 + i}.",
                f"Debris fell in Kyiv, injuring {i % 9} people, the city's mayor said. "
                f"Emergency services worked through the morning to put out fires ({s}).",
            ]
            srv.routes[path] = Reply(
                body=article_page(f"Story {s}-{i}", text, "2025-07-04").encode()
            )
            items.append((srv.url + path, f"Story {s}-{i}", text[0], rfc822("2025-07-04")))
        srv.routes[f"/f{s}/rss"] = Reply(body=rss(f"Feed {s}", items), etag=f'"f{s}"')
        infos.append(SourceInfo("feed", f"{srv.url}/f{s}/rss"))
    return infos


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=100)
    args = ap.parse_args()
    srv = FixtureServer()
    infos = serve(srv)
    polite = Politeness(delay=0, per_host=8, concurrency=16, backoff=0.01)
    with srv.running(), tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        conf = FollowConfig(sources=tuple(infos), politeness=polite, telegram_url=srv.url)
        first = follow_round(store, conf)
        print(
            f"round 1: {len(first.polls)} sources, {first.stored:,} articles stored, "
            f"{first.requests:,} requests, {first.events:,} events rebuilt, "
            f"{first.failed} failed, in {first.seconds:.1f} s"
        )
        robots: dict = {}  # type: ignore[type-arg]
        memory = []
        times = []
        for n in range(2, args.rounds + 1):
            t0 = time.perf_counter()
            again = follow_round(store, conf, robots=robots)
            times.append(time.perf_counter() - t0)
            memory.append(rss_mb())
            if n == 2:
                print(
                    f"round 2: {again.stored} stored, {again.requests} requests of which "
                    f"{again.conditional} conditional (robots.txt once), {again.seconds:.2f} s"
                )
        print(
            f"rounds 2-{args.rounds}: {sum(times) / len(times):.3f} s a round; RSS "
            f"{memory[0]:.0f} MB after round 2, {memory[len(memory) // 2]:.0f} MB at mid-run, "
            f"{memory[-1]:.0f} MB after round {args.rounds}; last round {times[-1]:.3f} s"
        )
        store.close()


if __name__ == "__main__":
    main()
