"""RSS and Atom feeds (feedparser), each item followed to its article page.

An entry's article is its page's: main text, title and date through trafilatura and
htmldate, as for ``.html`` files (:func:`html.article_from_html`); the id is the entry's
link (else its id), the url its link, the date the page's (else the entry's), the outlet
the configuration's (else the feed's title). When the page cannot be fetched or holds no
article text, the entry's own summary (its HTML stripped) is the text.

:func:`read` is the reader of a saved feed document (the protocol of ``docs/sources.md``):
each entry's summary becomes an article, without fetching anything. :func:`poll` fetches a
feed with its validators, skips the entries its source gave before (``known``) and fetches
the pages of the newest ``feed_items`` others, concurrently.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from strikewatch.errors import FetchError, InputError
from strikewatch.models import Article
from strikewatch.sources.article import storable
from strikewatch.sources.fetch import Fetcher, Response
from strikewatch.sources.html import article_from_html
from strikewatch.sources.reader import Origin, Record, with_where
from strikewatch.sources.telegram import Found

__all__ = ["Entry", "entries", "poll", "read", "summary_article"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry."""

    ref: str  # the link, else the entry's id
    link: str | None
    title: str | None
    summary: str  # plain text
    published: dt.date | None
    feed_title: str | None


def _plain(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        node = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for br in node.iter("br", "p"):
        br.tail = "\n" + (br.tail or "")
    return str(node.text_content()).strip()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    return None


def entries(data: bytes, content_type: str, where: str) -> list[Entry]:
    """The entries of a feed document, oldest first; raises :class:`InputError` when it is
    no feed (malformed XML with no entry that has a link or an id)."""
    import feedparser

    # a file object, never a string: feedparser fetches strings that look like URLs
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-type": content_type})
    title = parsed.feed.get("title") or None
    found: list[Entry] = []
    for e in parsed.entries:
        link = e.get("link") or None
        ref = link or e.get("id")
        if not ref:
            continue
        summary = e.get("summary") or ""
        if not summary and e.get("content"):
            summary = e.content[0].get("value", "")
        found.append(
            Entry(
                ref=ref,
                link=link,
                title=e.get("title") or None,
                summary=_plain(summary),
                published=_date(e.get("published_parsed") or e.get("updated_parsed")),
                feed_title=title,
            )
        )
    if parsed.get("bozo") and not found:  # malformed, and nothing usable read from it
        problem = parsed.get("bozo_exception")
        raise InputError(f"not a feed: {problem or 'no entries'}", where=where)
    dated = all(f.published for f in found)
    # feeds list newest first; by date when every entry has one
    return sorted(found, key=lambda f: f.published or dt.date.min) if dated else found[::-1]


def summary_article(
    entry: Entry, outlet: str | None, lang: str | None, where: str
) -> Article | InputError:
    """The article of an entry from its summary alone."""
    if not entry.summary:
        return InputError("the page cannot be read and the entry has no summary", where=where)
    try:
        return storable(
            Article(
                text=entry.summary,
                id=entry.ref,
                url=entry.link,
                source=outlet or entry.feed_title,
                title=entry.title,
                published=entry.published,
                lang=lang,
            )
        )
    except InputError as err:
        return with_where(err, where)


def read(stream: IO[bytes], origin: Origin) -> Iterator[Record]:
    """The reader of a saved feed: each entry's summary an article (``where#n``)."""
    data = stream.read(origin.limit + 1)
    if len(data) > origin.limit:
        from strikewatch.sources.reader import too_large

        yield origin.where, too_large(len(data), origin.where, origin.limit)
        return
    try:
        found = entries(data, "", origin.where)
    except InputError as err:
        yield origin.where, err
        return
    for n, entry in enumerate(found, 1):
        where = f"{origin.where}#{n}"
        if origin.keep is not None and not origin.keep(entry.summary):
            yield where, None
        else:
            yield where, summary_article(entry, None, None, where)


async def _article(
    fetcher: Fetcher, entry: Entry, outlet: str | None, lang: str | None
) -> Article | InputError:
    page: Response | None = None
    if entry.link:
        try:
            page = await fetcher.get(entry.link)
        except FetchError:
            page = None
    if page is not None and page.body:
        found = article_from_html(
            page.text(),
            where=page.url,
            default_id=entry.ref,
            published=entry.published,
            url=entry.link,
        )
        if isinstance(found, Article):
            return Article(
                text=found.text,
                id=entry.ref,
                url=entry.link or found.url,
                source=outlet or found.source or entry.feed_title,
                title=found.title or entry.title,
                published=found.published or entry.published,
                lang=lang,
            )
    return summary_article(entry, outlet, lang, entry.link or entry.ref)


async def poll(
    fetcher: Fetcher,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    known: Callable[[Sequence[str]], dict[str, str]],
    items: int,
    outlet: str | None = None,
    lang: str | None = None,
) -> Found:
    """The new entries of the feed at ``url`` as articles, oldest first."""
    answer = await fetcher.get(url, etag=etag, last_modified=last_modified)
    if answer.not_modified:
        return Found()
    try:
        found = entries(answer.body, answer.content_type, answer.url)
    except InputError as err:
        raise FetchError(err.message, where=url) from None
    seen = known([e.ref for e in found])
    fresh = [e for e in found if e.ref not in seen][-items:]
    articles = await asyncio.gather(*(_article(fetcher, e, outlet, lang) for e in fresh))
    return Found(
        items=tuple(articles),
        last_seen=found[-1].ref if found else None,
        etag=answer.etag,
        last_modified=answer.last_modified,
    )
