"""Telegram public channels, through their public web preview (``https://t.me/s/<channel>``).

Each message with text is an article: id ``t.me/<channel>/<message id>``, its link as url,
the message's text (line breaks kept, emoji as characters), the date of its time stamp in
Kyiv time (the preview gives UTC; "overnight" is resolved against that date), the channel's
title as outlet unless the configuration names one, and the source's language when known.
Messages without text (a photo alone, a service message) are skipped.

:func:`read` is the reader of one saved preview page (the protocol of ``docs/sources.md``);
:func:`poll` fetches a channel's newest page, then pages backwards (``?before=<id>``) until
it reaches the last message seen (at most ``telegram_pages`` pages; one on the first poll),
and gives the messages oldest first. The preview's base URL is ``telegram_url`` of the
configuration, or ``$STRIKEWATCH_TELEGRAM_URL``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.article import storable
from strikewatch.sources.fetch import Fetcher
from strikewatch.sources.reader import Origin, Record, read_whole, with_where

__all__ = ["Found", "kyiv_date", "messages", "poll", "read"]

_POST = re.compile(r"([A-Za-z0-9_]+)/(\d+)")


@dataclass(frozen=True, slots=True)
class Found:
    """What one poll of a source found: items oldest first, and the state to keep."""

    items: tuple[Article | InputError, ...] = ()
    last_seen: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def kyiv_date(stamp: str) -> dt.date | None:
    """The date in Kyiv of an ISO time stamp (as written when it has no zone)."""
    try:
        when = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.date()
    try:
        from zoneinfo import ZoneInfo

        return when.astimezone(ZoneInfo("Europe/Kyiv")).date()
    except Exception:  # no time zone database: the date as written
        return when.date()


def _text(node: object) -> str:
    from lxml import html as lxml_html

    assert isinstance(node, lxml_html.HtmlElement)
    for br in node.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return str(node.text_content()).strip()


def messages(
    page: str, where: str, *, outlet: str | None = None, lang: str | None = None
) -> list[tuple[int, Article | InputError]]:
    """The messages of one preview page, as (message id, article or error), in page order."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as err:
        return [(0, InputError(f"not a Telegram preview page: {err}", where=where))]
    title = tree.xpath('string(//div[contains(@class,"tgme_channel_info_header_title")])').strip()
    found: list[tuple[int, Article | InputError]] = []
    for node in tree.xpath('//div[contains(@class,"tgme_widget_message ")][@data-post]'):
        post = _POST.fullmatch(node.get("data-post", ""))
        if not post:
            continue
        channel, number = post.group(1), int(post.group(2))
        body = node.xpath('.//div[contains(@class,"tgme_widget_message_text")]')
        text = _text(body[-1]) if body else ""
        if not text:
            continue
        stamps = node.xpath('.//a[contains(@class,"tgme_widget_message_date")]/time/@datetime')
        ref = f"t.me/{channel}/{number}"
        try:
            item: Article | InputError = storable(
                Article(
                    text=text,
                    id=ref,
                    url=f"https://{ref}",
                    source=outlet or title or channel,
                    published=kyiv_date(stamps[0]) if stamps else None,
                    lang=lang,
                )
            )
        except InputError as err:
            item = with_where(err, f"{where}#{number}")
        found.append((number, item))
    return found


def read(stream: IO[bytes], origin: Origin) -> Iterator[Record]:
    """The reader of a saved preview page: each message a record (``where#id``)."""
    try:
        page = read_whole(stream, origin)
    except InputError as err:
        yield origin.where, err
        return
    for number, item in messages(page, origin.where):
        if origin.keep is not None and isinstance(item, Article) and not origin.keep(item.text):
            yield f"{origin.where}#{number}", None
        else:
            yield f"{origin.where}#{number}", item


async def poll(
    fetcher: Fetcher,
    channel: str,
    *,
    base: str,
    last_seen: str | None,
    pages: int,
    etag: str | None = None,
    last_modified: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
) -> Found:
    """The channel's messages newer than ``last_seen``, and those of its newest page (which
    may have been edited), oldest first; nothing when the newest page is unchanged (304)."""
    url = f"{base.rstrip('/')}/s/{channel}"
    last = int(last_seen) if last_seen and last_seen.isdigit() else 0
    got: dict[int, Article | InputError] = {}
    before: int | None = None
    first = await fetcher.get(url, etag=etag, last_modified=last_modified)
    if first.not_modified:
        return Found()
    for n in range(max(1, pages) if last else 1):
        answer = first if before is None else await fetcher.get(f"{url}?before={before}")
        page = messages(answer.text(), answer.url, outlet=outlet, lang=lang)
        found = [(i, item) for i, item in page if i]
        got.update(found)
        if not found or (n == 0 and not last):
            break
        before = min(i for i, _ in found)
        if before <= last + 1:
            break
    newest = max(got, default=last)
    return Found(
        items=tuple(got[i] for i in sorted(got)),
        last_seen=str(max(newest, last)) if newest or last else None,
        etag=first.etag,
        last_modified=first.last_modified,
    )
