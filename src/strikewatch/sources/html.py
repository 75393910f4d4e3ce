"""``.html`` / ``.htm``: the main text extracted with trafilatura, the title from its
metadata, the publication date from htmldate. Both libraries are given the page content,
never a URL, so nothing is fetched. Windows line ends become ``"\\n"`` first. Also the page
reader of web archive (WARC) records.
"""

from __future__ import annotations

import datetime as dt

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.article import parse_date, storable
from strikewatch.sources.reader import Item, Origin, plain, whole_document, with_where

__all__ = ["article", "article_from_html", "read"]


def _from_html(text: str, where: str, default_id: str, published: dt.date | None) -> Item:
    import htmldate
    import trafilatura

    html = plain(text)
    try:
        body = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        if not isinstance(body, str) or not body.strip():
            return InputError("no article text found in HTML", where=where)
        meta = trafilatura.extract_metadata(html, extensive=False)
        # htmldate downloads a *string* that looks like a URL; bytes are never fetched.
        found = htmldate.find_date(html.encode("utf-8"), extensive_search=False, original_date=True)
    except Exception as err:  # a library failure on one page must not stop the run
        return InputError(f"could not parse HTML: {err}", where=where)

    try:
        date = parse_date(found) if isinstance(found, str) else None
    except ValueError:
        date = None

    def meta_str(name: str) -> str | None:
        value = getattr(meta, name, None) if meta is not None else None
        return (value.strip() or None) if isinstance(value, str) else None

    return Article(
        text=body,
        id=default_id,
        url=meta_str("url"),
        source=meta_str("sitename"),
        title=meta_str("title"),
        published=date if date is not None else published,
    )


def article_from_html(
    html: str,
    *,
    where: str,
    default_id: str,
    published: dt.date | None = None,
    url: str | None = None,
) -> Item:
    """An HTML page's main text, title and date, as ``extract`` reads ``.html`` files; used
    for web archive (WARC) records too. ``url`` is kept when the page does not give one."""
    found = _from_html(html, where, default_id, published)
    if isinstance(found, Article) and found.url is None and url:
        found = Article(
            text=found.text,
            id=found.id,
            url=url,
            source=found.source,
            title=found.title,
            published=found.published,
        )
    if isinstance(found, Article):
        try:
            return storable(found)
        except InputError as err:
            return with_where(err, where)
    return found


def article(text: str, origin: Origin) -> Item:
    """The article of one decoded HTML page."""
    return article_from_html(
        text, where=origin.where, default_id=origin.stem, published=origin.published
    )


read = whole_document(article)
