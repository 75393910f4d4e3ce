"""A local HTTP server for the follow tests and the benchmark: fixture feeds, Telegram
preview pages and article pages on 127.0.0.1, with every failure a source can show.

A route is a path (with its query string) and either a :class:`Reply` or a function of the
request giving one. Every request is recorded (path and headers)."""

from __future__ import annotations

import gzip
import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    etag: str | None = None  # answer 304 to a request bearing it
    gzip: bool = False
    stream: int = 0  # send this many zero bytes in 64 KB chunks, without Content-Length


Route = Reply | Callable[["Request"], Reply]


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class FixtureServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                req = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                with server.lock:
                    server.requests.append(req)
                    route = server.routes.get(self.path)
                if route is None:
                    reply = Reply(404, b"not found")
                else:
                    reply = route(req) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag and req.headers.get("if-none-match") == reply.etag:
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = gzip.compress(reply.body) if reply.gzip else reply.body
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                if reply.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if reply.stream:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"\0" * 65536
                    try:
                        for _ in range(reply.stream // len(chunk)):
                            self.wfile.write(chunk)
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with suppress(OSError):
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests]

    @contextmanager
    def running(self) -> Iterator[FixtureServer]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()


# ----------------------------------------------------------------------------- fixtures
def tg_message(channel: str, number: int, text: str, stamp: str, *, edited: bool = False) -> str:
    body = "<br/>".join(html.escape(line) for line in text.split("\n"))
    meta = "edited " if edited else ""
    return f"""
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{number}" data-view="eyJjIjotMTAwMTQ5In0">
    <div class="tgme_widget_message_user"><a href="https://t.me/{channel}"><i class="tgme_widget_message_user_photo bgcolor0" data-content="П"></i></a></div>
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{channel}"><span dir="auto">Channel</span></a></div>
      <div class="tgme_widget_message_text js-message_text" dir="auto"><i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/E29AA0.png')"><b>⚠️</b></i> {body}</div>
      <div class="tgme_widget_message_footer compact js-message_footer">
        <div class="tgme_widget_message_info short js-message_info">
          <span class="tgme_widget_message_views">41.2K</span><span class="copyonly"> views</span>
          <span class="tgme_widget_message_meta">{meta}<a class="tgme_widget_message_date" href="https://t.me/{channel}/{number}"><time datetime="{stamp}" class="time">07:15</time></a></span>
        </div>
      </div>
    </div>
  </div>
</div>"""


def tg_page(channel: str, title: str, messages: list[str], before: int | None = None) -> bytes:
    more = (
        f'<div class="tme_messages_more js-messages_more" data-before="{before}"></div>'
        if before
        else ""
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)} – Telegram</title>
<meta property="og:title" content="{html.escape(title)}"></head>
<body class="widget_frame_base tgme_webpreview_body">
<header class="tgme_header search_collapsed"><div class="tgme_header_info">
<div class="tgme_channel_info_header_title"><span dir="auto">{html.escape(title)}</span></div>
<div class="tgme_channel_info_header_username"><a href="https://t.me/{channel}">@{channel}</a></div>
</div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">
{more}
{"".join(messages)}
</section></main></body></html>""".encode()


def article_page(title: str, paragraphs: list[str], date: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{html.escape(title)}</title>
<meta property="article:published_time" content="{date}T06:30:00+00:00">
<meta property="og:site_name" content="Fixture News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(title)}</h1><time datetime="{date}">{date}</time>{body}</article>
<footer>© Fixture News. All rights reserved.</footer></body></html>"""


def rss(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """items: (link, title, summary, RFC 822 date)."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f"<guid>{html.escape(link)}</guid><description>{html.escape(s)}</description>"
        f"<pubDate>{d}</pubDate></item>"
        for link, t, s, d in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>https://example.org/</link>"
        f"<description>fixture</description>{entries}</channel></rss>"
    ).encode()


def rfc822(day: str, hour: int = 6) -> str:
    import datetime as dt

    when = dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00")
    return formatdate(when.timestamp(), usegmt=True)
