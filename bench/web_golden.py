"""Golden check for the web app: does every route answer byte for byte as in a saved run?

A restructuring of ``strikewatch.web`` (routes moved between modules, closures turned into
dependencies) must not change one status code, header or byte of a body, nor the OpenAPI
document. This script builds a store from ``samples/articles`` plus generated articles
(``tools/synth.py``), sends every page and API route a spread of requests through Starlette's
TestClient (filters, sorts, paging, bad values, unknown slugs and ids, wrong methods, the
exports, the feed, ``/openapi.json``, ``POST /api/articles`` with and without the token, and
an app over an empty store) and hashes each answer: status, headers and body.

The store's clock is frozen while the script runs, so the ``updated`` stamps (and the feed's
order) are the same in every run. Left out of the hash: ``Date`` and ``Server-Timing``
(values that differ run to run), and the values (not the names) of ``ETag`` and
``Last-Modified``, which the static files take from their modification time.

Usage::

    python bench/web_golden.py --save /tmp/web.json      # before the change
    python bench/web_golden.py --compare /tmp/web.json   # after: exit 1 when an answer differs
    python bench/web_golden.py --compare /tmp/web.json --dump /tmp/web-after   # to diff -r
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tools/ (the article generator)

STAMP = "2025-07-01T12:00:00+00:00"  # the frozen clock of the store
TOKEN = "golden-token"
SKIPPED = {b"date", b"server-timing"}
VOLATILE = {b"etag", b"last-modified"}

SIDES = ("RU", "UA")
WEAPONS = ("drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any")
SORTS = (
    "date",
    "launched",
    "intercepted",
    "suppressed",
    "hit",
    "killed",
    "injured",
    "articles",
    "conflicts",
)
PLACES = (
    "Kyiv",
    "Kiev",
    "Odesa",
    "Kharkiv",
    "Sevastopol",
    "Crimea",
    "Belgorod",
    "Moscow",
    "Ukraine",
    "Russia",
    "Nowhere",
    "%",
    "_",
    "K'yiv",
)
TEXTS = ("drone", "Kyiv", "odesa", "port", "", '"', "<script>", "' OR 1=1 --")
DATES = ("2024-01-01", "2024-11-01", "2025-06-01", "0001-01-01", "9999-12-31")


@dataclass
class Req:
    method: str
    url: str
    app: str = "main"  # main (ingest token), readonly (no token), empty (empty store)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    content: bytes | None = None

    def key(self, i: int) -> str:
        body = ""
        if self.json is not None:
            body = " json=" + json.dumps(self.json, sort_keys=True)[:60]
        elif self.content is not None:
            body = f" content={self.content[:40]!r}"
        auth = f" auth={self.headers['Authorization']!r}" if "Authorization" in self.headers else ""
        return f"{i:04d} {self.app} {self.method} {self.url}{auth}{body}"


def _freeze_clock() -> None:
    from strikewatch.store import rebuild, schema, write

    for module in (schema, write, rebuild):
        module.now = lambda: STAMP  # type: ignore[attr-defined]


def _build_store(path: Path, generated: int) -> Any:
    from tools.synth import generate_articles

    from strikewatch.models import Article
    from strikewatch.sources.files import article_from_dict, read_inputs
    from strikewatch.store import open_store
    from strikewatch.store.ingest import ingest

    store = open_store(str(path))
    samples = [
        a for a in read_inputs([str(ROOT / "samples" / "articles")]) if isinstance(a, Article)
    ]
    synth = [
        article_from_dict(a, default_id="synth")
        for a in generate_articles(generated, seed=3, relevant_share=0.8, target_bytes=1200)
    ]
    ingest(store, [*samples, *synth])
    return store


def _q(path: str, params: dict[str, Any] | None = None) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def _filters() -> Iterator[dict[str, Any]]:
    """Query strings shared by ``/api/events`` and ``/events``, good and bad."""
    yield {}
    for d in DATES:
        yield {"since": d}
        yield {"until": d}
    yield {"since": "2024-10-01", "until": "2024-11-30"}
    for side in SIDES:
        yield {"attacker": side}
        yield {"target": side}
    for place in PLACES:
        yield {"place": place}
    for weapon in WEAPONS:
        yield {"weapon": weapon}
    for text in TEXTS:
        yield {"q": text}
    for sort in SORTS:
        for order in ("asc", "desc"):
            yield {"sort": sort, "order": order}
    yield {"attacker": "RU", "weapon": "drone", "sort": "launched", "place": "Ukraine"}
    yield {"attacker": "UA", "target": "RU", "sort": "intercepted", "order": "asc"}
    yield {"since": "2024-01-01", "until": "2025-12-31", "q": "drone", "sort": "killed"}
    # bad values: 422
    yield from (
        {"since": "yesterday"},
        {"since": "2024-02-30"},
        {"until": "2024-13-01"},
        {"until": "20240101"},
        {"attacker": "XX"},
        {"attacker": "RU' OR 1=1"},
        {"target": "ru"},
        {"weapon": "tank"},
        {"sort": "password"},
        {"order": "up"},
        {"place": "Ky\x00iv"},
        {"q": "\x00"},
        {"place": "x" * 101},
        {"q": "y" * 101},
        {"since": "bad", "sort": "x", "attacker": "XX"},
    )


def _event_requests(slugs: list[str]) -> Iterator[Req]:
    for params in _filters():
        yield Req("GET", _q("/api/events", params))
        yield Req("GET", _q("/events", params))
    for paging in (
        {"limit": 1},
        {"limit": 5, "offset": 10},
        {"limit": 1000},
        {"offset": 100},
        {"offset": 10_000},
        {"limit": 0},
        {"limit": 1001},
        {"limit": "abc"},
        {"offset": -1},
        {"offset": 1_000_001},
        {"limit": 3, "sort": "launched", "order": "asc"},
    ):
        yield Req("GET", _q("/api/events", paging))
    for page in (1, 2, 3, 50, 0, "abc", 100_001):
        yield Req("GET", _q("/events", {"page": page}))
    yield Req("GET", _q("/events", {"place": "Kyiv", "page": 1}))
    yield Req("GET", _q("/events", {"sort": "killed", "order": "asc", "page": 2, "q": "drone"}))
    for slug in [*slugs, "1", "5", "1999-01-01-RU-UA", "nothing", "x" * 41, "99999999999999999999"]:
        yield Req("GET", f"/api/events/{slug}")
        yield Req("GET", f"/events/{slug}")
    for raw in ("%C2%B2", "2025-05-12-RU-UA%00", "a%20b", "%3Cscript%3E"):
        yield Req("GET", f"/api/events/{raw}")
        yield Req("GET", f"/events/{raw}")


def _article_requests(ids: list[int]) -> Iterator[Req]:
    for paging in (
        {},
        {"limit": 1},
        {"limit": 20, "offset": 40},
        {"limit": 1000},
        {"offset": 100_000},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -5},
        {"limit": "x"},
    ):
        yield Req("GET", _q("/api/articles", paging))
    for page in (1, 2, 3, 7, 1000, 0, "abc"):
        yield Req("GET", _q("/articles", {"page": page}))
    for ref in [*ids, 0, -1, 99_999, 2**31 - 1, 2**31, "abc", "1.5"]:
        yield Req("GET", f"/api/articles/{ref}")
        yield Req("GET", f"/articles/{ref}")


def _statistics_requests() -> Iterator[Req]:
    windows: list[dict[str, Any]] = [{}]
    windows += [{"since": d} for d in DATES] + [{"until": d} for d in DATES]
    windows += [{"since": "2024-06-01", "until": "2024-12-31"}, {"since": "2025-01-01"}]
    bad = [{"since": "yesterday"}, {"until": "2024-02-30"}, {"since": "2024-1-1"}]
    for params in windows + bad:
        yield Req("GET", _q("/api/places", params))
        for side in (None, *SIDES):
            full = {**params, "attacker": side} if side else params
            yield Req("GET", _q("/api/overview", full))
            yield Req("GET", _q("/api/stats/daily", full))
    for params in ({"attacker": "XX"}, {"attacker": "ru"}):
        yield Req("GET", _q("/api/overview", params))
        yield Req("GET", _q("/api/stats/daily", params))
    for params in ({}, {"attacker": "RU"}, {"attacker": "UA"}, {"attacker": "XX"}):
        yield Req("GET", _q("/", params))
    yield Req("GET", _q("/", {"since": "2025-01-01"}))  # not a parameter of the page
    yield Req("GET", "/map")
    yield Req("GET", "/map?since=2025-01-01")


def _other_requests() -> Iterator[Req]:
    for path in (
        "/openapi.json",
        "/feed.atom",
        "/api/export.csv",
        "/api/export.geojson",
        "/docs",
        "/redoc",
        "/docs/oauth2-redirect",
        "/nothing",
        "/api/nothing",
        "/api",
        "/feed",
        "/events/",
        "/api/events/",
        "/articles/",
        "/static/app.css",
        "/static/map.js",
        "/static/overview.js",
        "/static/missing.js",
        "/static/../app.py",
        "/vendor/chart.umd.min.js",
        "/vendor/topojson-client.min.js",
        "/vendor/countries-50m.json",
        "/vendor/nope.js",
        "/vendor/../../etc/passwd",
        "/vendor/%2E%2E%2Fapp.py",
    ):
        yield Req("GET", path)
    for method, path in (
        ("POST", "/api/events"),
        ("PUT", "/api/articles"),
        ("DELETE", "/api/articles/1"),
        ("PATCH", "/api/events/1"),
        ("POST", "/events"),
        ("POST", "/"),
        ("DELETE", "/map"),
        ("POST", "/feed.atom"),
        ("POST", "/openapi.json"),
        ("POST", "/api/export.csv"),
        ("HEAD", "/api/events"),
        ("HEAD", "/"),
        ("HEAD", "/static/app.css"),
        ("OPTIONS", "/api/events"),
        ("OPTIONS", "/api/articles"),
    ):
        yield Req(method, path)


POSTED = {
    "id": "golden-posted",
    "source": "Golden Wire",
    "title": "Drones over Poltava",
    "published": "2025-06-20",
    "text": "Russia launched 33 drones at Ukraine overnight, the air force said on Friday. Air "
    "defences shot down 30 of them. In Poltava, two people were injured.",
}


def _post_requests() -> Iterator[Req]:
    good = {"Authorization": f"Bearer {TOKEN}"}
    for headers in (
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": f"bearer {TOKEN}"},
        {"Authorization": f"Bearer  {TOKEN} "},
        {"Authorization": ""},
    ):
        yield Req("POST", "/api/articles", headers=headers, json=POSTED)
    yield Req("POST", "/api/articles", headers=good, json={"id": 3})
    yield Req("POST", "/api/articles", headers=good, json={"text": ""})
    yield Req("POST", "/api/articles", headers=good, json=[POSTED])
    yield Req("POST", "/api/articles", headers=good, json="text")
    yield Req("POST", "/api/articles", headers={**good, "Content-Type": "application/json"})
    yield Req(
        "POST",
        "/api/articles",
        headers={**good, "Content-Type": "application/json"},
        content=b"{not json",
    )
    yield Req("POST", "/api/articles", headers=good, json={**POSTED, "published": "June"})
    yield Req("POST", "/api/articles", headers=good, json=POSTED)
    yield Req("POST", "/api/articles", headers=good, json=POSTED)  # a duplicate
    copy = {**POSTED, "id": "golden-copy", "source": "Other Wire"}
    yield Req("POST", "/api/articles", headers=good, json=copy)  # syndicated
    js = {
        "id": "js-url",
        "url": "javascript:alert(1)",
        "published": "2025-06-21",
        "text": "Russia launched 7 drones at Ukraine overnight, the air force said on Saturday.",
    }
    yield Req("POST", "/api/articles", headers=good, json=js)
    for headers in ({}, good):
        yield Req("POST", "/api/articles", app="readonly", headers=headers, json=POSTED)
    yield Req("GET", "/api/events", app="readonly")
    # what the posts changed
    for path in (
        "/api/events?limit=5",
        "/events?since=2025-06-20",
        "/feed.atom",
        "/api/articles?limit=5",
        "/articles",
        "/api/stats/daily?since=2025-06-01",
        "/api/places?since=2025-06-20",
        "/api/events/2025-06-20-RU-UA",
        "/events/2025-06-20-RU-UA",
        "/events/2025-06-21-RU-UA",
        "/api/export.csv",
    ):
        yield Req("GET", path)


def _empty_requests() -> Iterator[Req]:
    for path in (
        "/",
        "/api/overview",
        "/api/stats/daily",
        "/events",
        "/api/events",
        "/map",
        "/api/places",
        "/articles",
        "/api/articles",
        "/articles/1",
        "/events/1",
        "/feed.atom",
        "/api/export.csv",
        "/api/export.geojson",
        "/openapi.json",
    ):
        yield Req("GET", path, app="empty")
    yield Req("POST", "/api/articles", app="empty", json=POSTED)


def _digest(resp: Any, dump: Path | None, key: str) -> dict[str, Any]:
    headers = []
    for raw_name, raw_value in resp.headers.raw:
        low = raw_name.lower()
        if low in SKIPPED:
            continue
        value = "*" if low in VOLATILE else raw_value.decode("latin-1")
        headers.append([raw_name.decode("latin-1"), value])
    body = hashlib.sha256(resp.content).hexdigest()
    blob = json.dumps([resp.status_code, headers, body]).encode()
    if dump is not None:
        head = "".join(f"{k}: {v}\n" for k, v in headers)
        text = f"{key}\n{resp.status_code}\n{head}\n".encode() + resp.content
        (dump / f"{key[:4]}.txt").write_bytes(text)
    return {"status": resp.status_code, "hash": hashlib.sha256(blob).hexdigest()[:24]}


def run(generated: int, dump: Path | None = None) -> dict[str, dict[str, Any]]:
    from fastapi.testclient import TestClient

    from strikewatch.store import read
    from strikewatch.web import create_app

    _freeze_clock()
    with tempfile.TemporaryDirectory(prefix="web-golden-") as tmp:
        store = _build_store(Path(tmp) / "golden.db", generated)
        events = store.list_events(sort="date", descending=False, limit=100_000)
        slugs = [e.slug for e in events][::3]
        articles = read.list_articles(store, limit=100_000)
        ids = sorted(int(a["id"]) for a in articles)[::4]
        options = {"raise_server_exceptions": False, "follow_redirects": False}
        clients = {
            "main": TestClient(create_app(store, ingest_token=TOKEN), **options),
            "readonly": TestClient(create_app(store), **options),
            # a URL rather than a Store, of a store without articles
            "empty": TestClient(create_app(str(Path(tmp) / "empty.db")), **options),
        }
        reqs = [
            *_event_requests(slugs),
            *_article_requests(ids),
            *_statistics_requests(),
            *_other_requests(),
            *_post_requests(),
            *_empty_requests(),
        ]
        out: dict[str, dict[str, Any]] = {}
        # SQLite connections opened in the client's worker threads are closed from this one
        logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)
        for i, r in enumerate(reqs):
            resp = clients[r.app].request(
                r.method, r.url, headers=r.headers, json=r.json, content=r.content
            )
            key = r.key(i)
            out[key] = _digest(resp, dump, key)
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="FILE", help="write the hashes of this run to FILE")
    group.add_argument("--compare", metavar="FILE", help="compare this run with FILE")
    parser.add_argument(
        "--articles", type=int, default=300, help="generated articles (default 300)"
    )
    parser.add_argument(
        "--dump", metavar="DIR", help="also write every answer to DIR/NNNN.txt (to diff two runs)"
    )
    args = parser.parse_args()
    dump = Path(args.dump) if args.dump else None
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
    got = run(args.articles, dump)
    statuses: dict[int, int] = {}
    for d in got.values():
        statuses[d["status"]] = statuses.get(d["status"], 0) + 1
    summary = ", ".join(f"{n} × {s}" for s, n in sorted(statuses.items()))
    if args.save:
        Path(args.save).write_text(
            json.dumps({"articles": args.articles, "requests": got}, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"saved {len(got)} requests ({summary}) to {args.save}")
        return
    saved = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    if saved["articles"] != args.articles:
        sys.exit(f"{args.compare} was saved with --articles {saved['articles']}")
    want: dict[str, dict[str, Any]] = saved["requests"]
    differ = [k for k in want.keys() | got.keys() if want.get(k) != got.get(k)]
    for k in sorted(differ):
        print(f"DIFFERS {k}: saved {want.get(k)}, now {got.get(k)}")
    if differ:
        sys.exit(f"{len(differ)} of {len(want)} requests differ")
    print(f"identical: {len(got)} requests ({summary})")


if __name__ == "__main__":
    main()
