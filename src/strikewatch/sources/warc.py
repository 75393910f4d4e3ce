"""Web archives (``.warc``, ``.warc.gz``; for example Common Crawl's news crawl), for batch
runs. HTML ``response`` records go through the HTML reader (:func:`html.article_from_html`);
the record's target URI is kept as the article's URL and its record id is the default article
id. Records are located ``where@offset``.

warcio takes a truncated stream for a short archive, so the reader checks each record's
promised length and reads the stream to its end, where a cut-off gzip stream raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from strikewatch.errors import InputError
from strikewatch.sources.html import article_from_html
from strikewatch.sources.reader import Origin, Record

__all__ = ["read"]


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return "utf-8"


def read(stream: IO[bytes], origin: Origin, /) -> Iterator[Record]:
    """The HTML pages of a web archive, located ``where@offset``."""
    yield from _records(stream, origin)
    # warcio takes a truncated stream's EOFError for the end of the archive; reading on
    # raises it again, so a cut-off shard is never taken as whole
    while stream.read(1 << 20):
        pass


def _records(stream: IO[bytes], origin: Origin) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = origin.limit
    it = ArchiveIterator(stream)
    try:
        for record in it:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            body = record.content_stream().read(limit + 1)
            # (the offset is known only once the record is read: warcio reads to its end)
            where = f"{origin.where}@{it.get_record_offset()}"
            if len(body) > limit:
                yield where, InputError(f"record larger than {limit >> 20} MB", where=where)
                continue
            while record.raw_stream.read(1 << 16):
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:  # bytes its length promised
                yield where, InputError("truncated record, stopped reading", where=where)
                return
            try:
                html = body.decode(_charset(ctype), errors="replace")
            except LookupError:
                html = body.decode("utf-8", errors="replace")
            if origin.keep is not None and not origin.keep(html):
                yield where, None
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or where
            yield where, article_from_html(html, where=where, default_id=rid.strip("<>"), url=uri)
    except ArchiveLoadFailed as err:
        where = origin.where
        yield where, InputError(f"corrupt WARC, stopped reading: {err}", where=where)
