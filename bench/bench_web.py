"""Load the dashboard and API with a bounded number of requests over loopback and print
server-side latencies.

    python bench/bench_web.py [ARTICLES] [REQUESTS]   # default 10000 articles, 300 requests

Builds a store from ARTICLES generated one-paragraph strike reports (one event each, so
10,000 events by default; each is ingested through the normal path), serves it with uvicorn
in a child process on 127.0.0.1, then sends REQUESTS requests per endpoint one after another
and prints p50/p95. Server-side time is read from the ``Server-Timing`` header the app adds,
so client overhead is not counted; wall time per request is printed too. Targets from the
dashboard issue: the events API p95 < 50 ms and the overview page < 200 ms with 10,000
events.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2 as httpx  # the maintained fork; the test client uses it too

from strikewatch.models import Article
from strikewatch.store import open_store
from strikewatch.store.ingest import ingest

ENDPOINTS = (
    "/api/events",
    "/api/events?place=Kyiv",
    "/api/events?sort=launched&since=2020-01-01",
    "/",
    "/events",
    "/api/overview",
    # issue 19: counts and facets beside the filters, the overview's long ranges, the map
    "/api/facets",
    "/events?attacker=RU&weapon=drone&since=&until=&place=&q=",
    "/api/overview?since=2020-01-01&until=2022-12-31",
    "/?since=2020-01-01&until=2022-12-31",
    "/map",
    "/api/places",
)
PLACES = ("Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Sumy", "Zaporizhzhia", "Poltava")


def _articles(n: int) -> list[Article]:
    rnd = random.Random(4)
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        day = start + dt.timedelta(days=i // 2)
        published = day
        if i % 2:  # every other night: Ukraine's drones over Russia
            text = (
                f"Russia's defence ministry said on {day:%A} its air defences destroyed "
                f"{rnd.randint(5, 120)} Ukrainian drones overnight over the Belgorod region."
            )
        else:
            launched = rnd.randint(20, 300)
            text = (
                f"Russia launched {launched} drones at Ukraine overnight, the air force said on "
                f"{day:%A}. Air defences shot down {rnd.randint(1, launched)} of them. In "
                f"{rnd.choice(PLACES)}, {rnd.randint(1, 9)} people were injured."
            )
        dateline = f"KYIV, {day:%B} {day.day} (Bench Wire) - "  # every text differs
        out.append(
            Article(text=dateline + text, id=f"b{i}", source="Bench Wire", published=published)
        )
    return out


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    n_requests = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        t0 = time.perf_counter()
        store = open_store(db)
        ingest(store, _articles(n_articles))
        events = store.counts()["events"]
        store.close()
        print(f"store: {events:,} events, built in {time.perf_counter() - t0:.0f} s")
        port = _port()
        server = subprocess.Popen(
            [sys.executable, "-m", "strikewatch", "serve", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(100):
                    try:
                        client.get("/api/events?limit=1")
                        break
                    except httpx.TransportError:
                        time.sleep(0.1)
                print(f"{'endpoint':45} {'server p50':>10} {'server p95':>10} {'wall p95':>9}")
                for path in ENDPOINTS:
                    server_ms, wall_ms = [], []
                    for _ in range(n_requests):
                        w0 = time.perf_counter()
                        r = client.get(path)
                        wall_ms.append((time.perf_counter() - w0) * 1000)
                        r.raise_for_status()
                        timing = r.headers.get("server-timing", "")
                        server_ms.append(float(timing.split("dur=")[1]) if "dur=" in timing else 0)
                    q = statistics.quantiles(server_ms, n=20)
                    print(
                        f"{path:45} {statistics.median(server_ms):>8.1f}ms {q[-1]:>8.1f}ms"
                        f" {statistics.quantiles(wall_ms, n=20)[-1]:>7.1f}ms"
                    )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
