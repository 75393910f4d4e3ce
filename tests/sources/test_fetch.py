"""The polite fetcher (strikewatch.sources.fetch) against a local server on 127.0.0.1:
every failure a source can show, and the politeness every request keeps."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator

import pytest
from tests.sources.server import FixtureServer, Reply

from strikewatch.errors import FetchError
from strikewatch.sources.fetch import Fetcher, Politeness, Response, decode_body, retry_after

FAST = Politeness(
    user_agent="StrikeWatch/test (+https://example.org/contact)",
    delay=0,
    timeout=1.0,
    retries=2,
    backoff=0.01,
    max_wait=2.0,
)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    srv = FixtureServer()
    srv.routes["/robots.txt"] = Reply(body=b"User-agent: *\nDisallow: /private/\n")
    with srv.running():
        yield srv


def get(url: str, politeness: Politeness = FAST, **kw: str) -> Response:
    async def run() -> Response:
        async with Fetcher(politeness) as f:
            return await f.get(url, **kw)

    return asyncio.run(run())


def test_ok_with_user_agent_and_validators(server: FixtureServer) -> None:
    server.routes["/a"] = Reply(body=b"hello", etag='"v1"', headers={"Last-Modified": "x"})
    r = get(server.url + "/a")
    assert (r.status, r.body, r.etag, r.last_modified) == (200, b"hello", '"v1"', "x")
    req = next(q for q in server.requests if q.path == "/a")
    assert req.headers["user-agent"] == FAST.user_agent
    again = get(server.url + "/a", etag='"v1"')
    assert again.not_modified and again.body == b""
    assert [q for q in server.requests if q.path == "/a"][1].headers["if-none-match"] == '"v1"'


def test_500_is_an_error_after_retries_are_not_spent_on_it(server: FixtureServer) -> None:
    server.routes["/e"] = Reply(status=500, body=b"boom")
    with pytest.raises(FetchError, match="HTTP 500") as err:
        get(server.url + "/e")
    assert err.value.where == server.url + "/e"
    assert server.paths().count("/e") == 1  # 500 is not retried


def test_503_is_retried_then_succeeds(server: FixtureServer) -> None:
    calls = iter([Reply(status=503), Reply(status=503), Reply(body=b"ok")])
    server.routes["/flaky"] = lambda req: next(calls)
    assert get(server.url + "/flaky").body == b"ok"
    assert server.paths().count("/flaky") == 3


def test_429_waits_retry_after(server: FixtureServer) -> None:
    calls = iter([Reply(status=429, headers={"Retry-After": "1"}), Reply(body=b"ok")])
    server.routes["/busy"] = lambda req: next(calls)
    import time

    t0 = time.monotonic()
    assert get(server.url + "/busy").body == b"ok"
    assert time.monotonic() - t0 >= 0.9


def test_429_asking_too_long_is_reported_with_the_pause(server: FixtureServer) -> None:
    server.routes["/later"] = Reply(status=429, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError, match="retry after 3600 s") as err:
        get(server.url + "/later")
    assert err.value.retry_after == 3600
    assert server.paths().count("/later") == 1


def test_timeout(server: FixtureServer) -> None:
    server.routes["/slow"] = Reply(body=b"late", delay=1.5)
    with pytest.raises(FetchError, match="timed out"):
        get(server.url + "/slow", Politeness(delay=0, timeout=0.3, retries=1, backoff=0.01))


def test_refused_connection(server: FixtureServer) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        get(f"http://127.0.0.1:{port}/x", Politeness(delay=0, retries=0, robots=False))


def test_gzip_is_decompressed(server: FixtureServer) -> None:
    server.routes["/z"] = Reply(body=b"compressed text " * 100, gzip=True)
    assert get(server.url + "/z").body == b"compressed text " * 100


def test_gzip_bomb_is_refused_after_decompression(server: FixtureServer) -> None:
    server.routes["/bomb"] = Reply(body=b"\0" * 2_000_000, gzip=True)
    small = Politeness(delay=0, max_bytes=1_000_000)
    assert len(gzip.compress(b"\0" * 2_000_000)) < 1_000_000
    with pytest.raises(FetchError, match="too large"):
        get(server.url + "/bomb", small)


def test_20_mb_page_is_refused(server: FixtureServer) -> None:
    server.routes["/huge"] = Reply(body=b"x" * 20_000_000)
    with pytest.raises(FetchError, match=r"too large \(20,000,000 bytes; the limit is 5,242,880"):
        get(server.url + "/huge")
    server.routes["/stream"] = Reply(stream=20_000_000)  # no Content-Length
    with pytest.raises(FetchError, match=r"too large .more than 5,242,880 bytes"):
        get(server.url + "/stream")


def test_redirects_followed_loops_and_chains_refused(server: FixtureServer) -> None:
    server.routes["/old"] = Reply(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(body=b"moved")
    r = get(server.url + "/old")
    assert (r.body, r.url) == (b"moved", server.url + "/new")
    server.routes["/loop"] = Reply(status=302, headers={"Location": "/loop2"})
    server.routes["/loop2"] = Reply(status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="redirect loop"):
        get(server.url + "/loop")
    for n in range(10):
        server.routes[f"/r{n}"] = Reply(status=302, headers={"Location": f"/r{n + 1}"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        get(server.url + "/r0")


def test_robots_disallow(server: FixtureServer) -> None:
    server.routes["/private/x"] = Reply(body=b"secret")
    with pytest.raises(FetchError, match=r"robots\.txt"):
        get(server.url + "/private/x")
    assert "/private/x" not in server.paths()


def test_robots_5xx_keeps_off_the_site_and_404_allows(server: FixtureServer) -> None:
    server.routes["/robots.txt"] = Reply(status=503)
    server.routes["/p"] = Reply(body=b"page")
    with pytest.raises(FetchError, match=r"robots\.txt"):
        get(server.url + "/p", Politeness(delay=0, retries=0))
    server.routes["/robots.txt"] = Reply(status=404)
    assert get(server.url + "/p").body == b"page"


def test_per_host_delay_spaces_requests(server: FixtureServer) -> None:
    import time

    for n in range(3):
        server.routes[f"/d{n}"] = Reply(body=b".")

    async def run() -> float:
        async with Fetcher(Politeness(delay=0.2, robots=False)) as f:
            t0 = time.monotonic()
            await asyncio.gather(*(f.get(f"{server.url}/d{n}") for n in range(3)))
            return time.monotonic() - t0

    assert asyncio.run(run()) >= 0.4


def test_wrong_charset_falls_back_to_the_page_s_declaration() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Київ</body></html>'
    body = page.encode("cp1251")
    assert "Київ" in decode_body(body, "text/html; charset=utf-8")
    assert "Київ" in decode_body(body, "text/html")
    assert decode_body("Київ".encode(), "text/html; charset=utf-8") == "Київ"
    assert decode_body(b"caf\xe9", "text/html; charset=nonsense") == "café"


def test_wrong_charset_page_is_read(server: FixtureServer) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Харків</body></html>'
    server.routes["/cp"] = Reply(
        body=page.encode("cp1251"), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    assert "Харків" in get(server.url + "/cp").text()


def test_retry_after_forms() -> None:
    assert retry_after("120") == 120
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after("soon") is None and retry_after(None) is None
