"""Polite, bounded HTTP fetching for followed sources (httpx, asynchronous).

:class:`Fetcher` is what every source kind fetches through. Per request it:

- names itself: ``User-Agent: StrikeWatch/<version> (+<contact URL>)``;
- honours robots.txt (``urllib.robotparser``; fetched once per site and fetcher; a
  robots.txt that answers 4xx allows everything, one that cannot be fetched or answers
  5xx forbids the site for this round, as RFC 9309 says), and its ``Crawl-delay``;
- waits ``delay`` seconds between two requests to one host, and runs at most ``per_host``
  requests to one host and ``concurrency`` in all at once;
- sends ``If-None-Match`` / ``If-Modified-Since`` when the caller has validators (a 304
  answer is :attr:`Response.not_modified`);
- gives up on a connection or an answer slower than ``timeout`` seconds;
- retries timeouts, connection failures and 429, 502, 503, 504 answers ``retries``
  times, waiting ``Retry-After`` when the server says (up to ``max_wait``) or ``backoff``
  seconds doubled at each attempt;
- refuses bodies over ``max_bytes`` (the ``Content-Length``, or the bytes read after
  decompression, so a gzip bomb is refused too) and chains of more than
  ``max_redirects`` redirects, or a redirect loop;
- decodes text by the ``charset`` of ``Content-Type``, else the page's own declaration
  (``<meta charset>``, ``<?xml encoding?>``), else UTF-8, else Windows-1252
  (:func:`decode_body`).

Every failure is a :class:`~strikewatch.errors.FetchError` naming the URL, with
``retry_after`` set when the server asked for a pause longer than the fetcher waits.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import re
import time
import urllib.robotparser
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from strikewatch import __version__
from strikewatch.errors import FetchError
from strikewatch.sources.reader import MAX_BYTES

__all__ = [
    "DEFAULT_CONTACT",
    "ROBOTS_TTL",
    "Fetcher",
    "Politeness",
    "Response",
    "RobotsCache",
    "decode_body",
    "retry_after",
    "user_agent",
]

DEFAULT_CONTACT = "https://github.com/strikewatch/strikewatch"
_RETRY_STATUS = frozenset({429, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is honoured up to this many seconds
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """The User-Agent of every request: the product, its version and a contact URL."""
    return f"StrikeWatch/{__version__} (+{contact})"


@dataclass(frozen=True, slots=True)
class Politeness:
    """How a :class:`Fetcher` treats the servers it asks (``[follow]`` of the config)."""

    user_agent: str = field(default_factory=user_agent)
    delay: float = 1.0  # seconds between two requests to one host
    per_host: int = 2  # requests to one host at once
    concurrency: int = 16  # requests at once in all
    timeout: float = 20.0  # seconds to connect, and between two reads of an answer
    retries: int = 2  # further attempts after a timeout, a failed connection, 429/5xx
    backoff: float = 2.0  # seconds before the first retry without Retry-After; doubled
    max_wait: float = 120.0  # longest Retry-After waited for within a round
    max_bytes: int = MAX_BYTES  # largest body read (after decompression)
    max_redirects: int = 5
    robots: bool = True  # honour robots.txt


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched answer: 200 with its body, or 304 (``not_modified``) without one."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        return decode_body(self.body, self.content_type)


def _header_charset(content_type: str) -> str | None:
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return found.group(1) if found else None


def _try(body: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        codecs.lookup(charset)
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_body(body: bytes, content_type: str = "") -> str:
    """Text of a body: a byte order mark, else the ``Content-Type`` charset, else the
    document's own declaration, else UTF-8, whichever decodes first; else Windows-1252
    with replacement characters. A server that names the wrong charset is common."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    declared = _DECLARED.search(body[:4096])
    in_doc = (declared.group(1) or declared.group(2)).decode("ascii") if declared else None
    for charset in (_header_charset(content_type), in_doc, "utf-8"):
        text = _try(body, charset)
        if text is not None:
            return text
    return body.decode("cp1252", errors="replace")


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


ROBOTS_TTL = 3600.0
"""Seconds a site's robots.txt is kept by a fetcher, or by the rounds sharing its cache."""

RobotsCache = dict[str, tuple[float, urllib.robotparser.RobotFileParser | bool]]
"""robots.txt rules by site (``scheme://host:port``), with when they were fetched."""


@dataclass
class _Host:
    """One host's gate: its concurrent requests and the time its next one may start."""

    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0
    delay: float = 0.0


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


class Fetcher:
    """Fetches URLs politely; use as ``async with Fetcher(politeness) as f: await f.get(url)``.

    ``transport`` replaces the network (tests)."""

    def __init__(
        self,
        politeness: Politeness | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        robots: RobotsCache | None = None,
    ):
        self.p = politeness or Politeness()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._hosts: dict[str, _Host] = {}
        self._robots: RobotsCache = {} if robots is None else robots
        self._robots_lock = asyncio.Lock()
        self._all: asyncio.Semaphore | None = None
        self.requests = 0  # requests sent (robots.txt included)
        self.conditional = 0  # of which carried validators

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            headers={"User-Agent": self.p.user_agent},
            timeout=httpx.Timeout(self.p.timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=self.p.concurrency),
            transport=self._transport,
        )
        self._all = asyncio.Semaphore(self.p.concurrency)
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- the public call
    async def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """The answer to ``GET url``, after redirects; raises :class:`FetchError`."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: set[str] = set()
        current = url
        for _ in range(self.p.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError("only http and https URLs are fetched", where=current)
            if self.p.robots and not await self._allowed(current):
                raise FetchError(
                    "disallowed by the site's robots.txt",
                    where=current,
                    hint="remove the source, or ask the site",
                )
            if headers:
                self.conditional += 1
            answer = await self._request(current, headers)
            if answer.status in _REDIRECT_STATUS:
                location = answer.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {answer.status} without a Location", where=current)
                seen.add(current)
                current = urljoin(current, location)
                if current in seen:
                    raise FetchError("redirect loop", where=url)
                continue
            return Response(
                url=current,
                status=answer.status,
                body=answer.body,
                content_type=answer.headers.get("content-type", ""),
                etag=answer.headers.get("etag"),
                last_modified=answer.headers.get("last-modified"),
            )
        raise FetchError(f"more than {self.p.max_redirects} redirects", where=url)

    # -- robots.txt
    async def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_lock:  # one robots.txt fetch per site
            cached = self._robots.get(site)
            if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
                cached = self._robots[site] = (time.monotonic(), await self._fetch_robots(site))
        rules = cached[1]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.p.user_agent, url)

    async def _fetch_robots(self, site: str) -> urllib.robotparser.RobotFileParser | bool:
        try:
            answer = await self._request(f"{site}/robots.txt", {}, retries=0, strict=False)
        except FetchError:
            return False  # unreachable: nothing is fetched from the site this round
        if 400 <= answer.status < 500 or answer.status in _REDIRECT_STATUS:
            return True
        if answer.status >= 500:
            return False
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(decode_body(answer.body, answer.headers.get("content-type", "")).splitlines())
        delay = rules.crawl_delay(self.p.user_agent)
        if delay is not None:
            self._host(urlsplit(site).netloc).delay = min(float(delay), _MAX_CRAWL_DELAY)
        return rules

    # -- one request, retried
    def _host(self, netloc: str) -> _Host:
        host = self._hosts.get(netloc)
        if host is None:
            host = self._hosts[netloc] = _Host(asyncio.Semaphore(self.p.per_host))
        return host

    @asynccontextmanager
    async def _turn(self, url: str) -> AsyncIterator[None]:
        """Waits for a slot of the host and of the fetcher, and for the host's delay."""
        host = self._host(urlsplit(url).netloc)
        assert self._all is not None, "use the fetcher as an async context manager"
        async with host.slots, self._all:
            async with host.lock:
                wait = host.next_at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_at = time.monotonic() + max(self.p.delay, host.delay)
            yield

    async def _request(
        self, url: str, headers: dict[str, str], retries: int | None = None, strict: bool = True
    ) -> _Answer:
        """The answer, after retries; an error status raises unless not ``strict``."""
        tries = (self.p.retries if retries is None else retries) + 1
        for attempt in range(tries):
            last = attempt == tries - 1
            try:
                async with self._turn(url):
                    answer = await self._once(url, headers)
            except (httpx.TimeoutException, TimeoutError):
                problem = f"timed out (no answer within {self.p.timeout:g} s)"
            except httpx.TransportError as err:
                problem = f"cannot connect: {err or type(err).__name__}"
            else:
                if not strict:
                    return answer
                if answer.status not in _RETRY_STATUS:
                    if answer.status >= 400:
                        raise FetchError(f"HTTP {answer.status} {answer.reason}".strip(), where=url)
                    return answer
                asked = retry_after(answer.headers.get("retry-after"))
                problem = f"HTTP {answer.status} {answer.reason}".strip()
                if asked is not None and asked > self.p.max_wait:
                    raise FetchError(
                        f"{problem}; asked to retry after {asked:.0f} s", where=url
                    ).later(asked)
                if not last:
                    await asyncio.sleep(asked if asked is not None else self._pause(attempt))
                    continue
                raise FetchError(problem, where=url).later(asked)
            if last:
                raise FetchError(problem, where=url)
            await asyncio.sleep(self._pause(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def _pause(self, attempt: int) -> float:
        return float(self.p.backoff * 2**attempt)

    async def _once(self, url: str, headers: dict[str, str]) -> _Answer:
        assert self._client is not None, "use the fetcher as an async context manager"
        self.requests += 1
        # a server that drips bytes slower than it times out still ends within this bound
        async with (
            asyncio.timeout(self.p.timeout * 3),
            self._client.stream("GET", url, headers=headers) as r,
        ):
            if r.status_code >= 300:
                return _Answer(r.status_code, r.reason_phrase, r.headers, b"")
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.p.max_bytes:
                raise self._too_large(url, int(declared))
            parts: list[bytes] = []
            size = 0
            async for chunk in r.aiter_bytes():
                size += len(chunk)
                if size > self.p.max_bytes:
                    raise self._too_large(url, size, more=True)
                parts.append(chunk)
            return _Answer(r.status_code, r.reason_phrase, r.headers, b"".join(parts))

    def _too_large(self, url: str, size: int, *, more: bool = False) -> FetchError:
        amount = f"more than {self.p.max_bytes:,}" if more else f"{size:,}"
        return FetchError(
            f"too large ({amount} bytes; the limit is {self.p.max_bytes:,} bytes)", where=url
        )
