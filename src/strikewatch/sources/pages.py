"""Plain web pages listed by URL: fetched once a round with a conditional GET (``ETag``,
``Last-Modified``), read as ``.html`` files are (:func:`html.article_from_html`: main text,
title, date). The id and url are the page's URL; the outlet is the configuration's, else
the page's site name. A page that changed since its last poll is a revision of the stored
article (``Store.add_articles`` with ``revise``), not a second article.

:func:`read` is the reader of a saved page, the HTML reader itself.
"""

from __future__ import annotations

from dataclasses import replace

from strikewatch.models import Article
from strikewatch.sources import html
from strikewatch.sources.fetch import Fetcher
from strikewatch.sources.html import article_from_html
from strikewatch.sources.telegram import Found

__all__ = ["poll", "read"]

read = html.read
"""A saved page reads as an ``.html`` file."""


async def poll(
    fetcher: Fetcher,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    outlet: str | None = None,
    lang: str | None = None,
) -> Found:
    """The page's article, or nothing when it has not changed (304)."""
    answer = await fetcher.get(url, etag=etag, last_modified=last_modified)
    if answer.not_modified:
        return Found()
    found = article_from_html(answer.text(), where=url, default_id=url, url=url)
    if isinstance(found, Article):
        found = replace(found, id=url, url=url, source=outlet or found.source, lang=lang)
    return Found(
        items=(found,), last_seen=url, etag=answer.etag, last_modified=answer.last_modified
    )
