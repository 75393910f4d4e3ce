"""Ingest: read articles, extract, store in batched transactions, reconcile into events.

The per-article work (:func:`prepare`: extraction, content hash, MinHash signature) is pure and
runs outside any transaction; each batch is then written in one short transaction
(``Store.add_articles``), so memory stays flat in corpus size and a killed run loses at most
the batch in flight. Rerunning skips what is stored (content hash) and finishes the
reconciliation queued by the killed run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from strikewatch.errors import InputError
from strikewatch.events.dedup import bands, content_hash, signature
from strikewatch.extraction.engine import article_lang, extract
from strikewatch.models import Article, Report
from strikewatch.sources.article import storable
from strikewatch.store.engine import Store
from strikewatch.store.rebuild import reconcile_pending
from strikewatch.store.write import StoredArticle
from strikewatch.vocab import MAX_FIGURE

__all__ = ["IngestStats", "ingest", "prepare"]

# Articles a transaction stores. Each batch's index entries (content hashes and LSH band
# buckets are random keys) land all over their B-trees; at 100,000 stored articles, writing
# those pages at every commit cost more than the rows themselves with batches of 200.
BATCH_SIZE = 1000
PROGRESS_EVERY = 100  # articles between progress calls within a batch


@dataclass
class IngestStats:
    read: int = 0  # articles read
    stored: int = 0  # new articles stored
    duplicates: int = 0  # already stored (same content)
    syndicated: int = 0  # stored and linked to an original as a near-duplicate copy
    revised: int = 0  # stored as a new revision of an article its source gave before
    failed: int = 0  # inputs that could not be read
    reports: int = 0
    figures: int = 0
    events: int = 0  # events rebuilt
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def prepare(article: Article, reports: tuple[Report, ...] | None = None) -> StoredArticle:
    """Everything the store needs for one article, computed without touching the store;
    ``reports`` already extracted (by a batch run) are used as they are.

    The article's language is its ``lang``, else the one the extractor read it in (for
    ``reports`` given, the one :func:`article_lang` identifies, as the extractor did)."""
    if reports is None:
        result = extract(article)
        reports, lang = result.reports, article.lang or result.lang
    else:
        lang = article_lang(article)
    # Syndication only matters for claims, so articles without reports get no signature:
    # they are stored (once, by content hash) but never compared.
    sig = signature(article.text) if reports else b""
    return StoredArticle(
        article=article,
        content_hash=content_hash(article.text),
        signature=sig,
        bands=bands(sig) if reports else (),
        reports=reports,
        lang=lang,
    )


def ingest(
    store: Store,
    items: Iterable[Article | InputError | tuple[Article, tuple[Report, ...]]],
    *,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_reconcile: Callable[[], None] | None = None,
    source: int | None = None,
    revise: bool = False,
    stop: Callable[[], bool] | None = None,
) -> IngestStats:
    """Stores every article of ``items`` and rebuilds the events they touch.

    ``items`` is what :func:`strikewatch.sources.files.read_inputs` yields: unreadable inputs are
    counted, passed to ``on_error`` and skipped. Items may also be (article, reports) pairs
    extracted elsewhere (``batch.load_output``); those are stored without extracting again.
    ``on_progress`` is called with the number of articles read every ``PROGRESS_EVERY``
    articles and after each batch is stored;
    ``on_reconcile`` once, when reconciliation starts.

    ``source`` and ``revise`` are those of ``Store.add_articles`` (``strikewatch follow``:
    the source each article came from; an edited message replaces its stored revision).
    ``stop`` is asked before each item: once it answers true, no more items are read, and
    what was read is stored and reconciled.
    """
    stats = IngestStats()
    t0 = time.perf_counter()
    batch: list[StoredArticle] = []

    def flush() -> None:
        if not batch:
            return
        res = store.add_articles(batch, source=source, revise=revise)
        stats.stored += res.stored
        stats.revised += res.revised
        stats.duplicates += res.duplicates
        stats.syndicated += res.syndicated
        batch.clear()
        if on_progress:
            on_progress(stats.read)

    for item in items:
        if stop is not None and stop():
            break
        if not isinstance(item, InputError):
            item = _storable(item)  # the last check before a transaction: never raises
        if isinstance(item, InputError):
            stats.failed += 1
            if on_error:
                on_error(item)
            continue
        stats.read += 1
        prepared = prepare(item[0], item[1]) if isinstance(item, tuple) else prepare(item)
        stats.reports += len(prepared.reports)
        stats.figures += sum(len(r.figures) for r in prepared.reports)
        batch.append(prepared)
        if len(batch) >= batch_size:
            flush()
        elif on_progress and stats.read % PROGRESS_EVERY == 0:
            on_progress(stats.read)
    flush()
    if on_reconcile:
        on_reconcile()
    stats.events = reconcile_pending(store)
    stats.seconds = time.perf_counter() - t0
    return stats


def _storable(
    item: Article | tuple[Article, tuple[Report, ...]],
) -> Article | tuple[Article, tuple[Report, ...]] | InputError:
    """An item every backend can store, else the error that refuses it alone: a NUL in its
    text, which PostgreSQL refuses (lone surrogates become U+FFFD); and figures outside 0 to
    ``MAX_FIGURE`` (from an older batch output) are left out, as extraction leaves them."""
    article = item[0] if isinstance(item, tuple) else item
    try:
        clean = storable(article)
    except InputError as err:
        return InputError(err.message, where=article.id or "article", hint=err.hint)
    if not isinstance(item, tuple):
        return clean
    reports = tuple(
        replace(r, figures=tuple(f for f in r.figures if 0 <= f.value <= MAX_FIGURE))
        for r in item[1]
    )
    return clean, reports
