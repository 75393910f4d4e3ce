"""Hostile articles never wedge the store (issue 14): after each, on both backends, the
store takes new articles and rebuilds their events. A NUL refuses its one article alone;
figures past the ceiling never reach an integer column."""

from __future__ import annotations

import datetime as dt

import pytest

from strikewatch import Article, InputError
from strikewatch.models import Evidence, Figure, Report
from strikewatch.store import Store
from strikewatch.store.ingest import ingest
from strikewatch.store.read import list_events

NIGHT = dt.date(2025, 3, 9)
NORMAL = Article(
    text="Russia launched 40 drones at Kyiv overnight; 31 were shot down, the air force said.",
    id="normal",
    published=NIGHT,
)


def _huge_report(value: int) -> Report:
    """A report as an old batch output might hold it, with a figure past any ceiling."""
    text = "Russia launched many drones."
    return Report(
        attacker="RU",
        target="UA",
        date=NIGHT,
        figures=(
            Figure("launched", "drone", value, "exact", "Ukraine", None, Evidence(0, 28, text)),
            Figure("intercepted", "drone", 5, "exact", "Ukraine", None, Evidence(0, 28, text)),
        ),
    )


HOSTILE: list[Article | tuple[Article, tuple[Report, ...]]] = [
    Article(text="Russia launched 3000000000 drones at Kyiv overnight.", id="big", published=NIGHT),
    Article(
        text="Russia launched 9223372036854775807 drones overnight.", id="max", published=NIGHT
    ),
    Article(text="Russia launched 40 drones \x00 at Kyiv overnight.", id="nul", published=NIGHT),
    Article(text="Russia launched 40 drones \ud800 at Kyiv overnight.", id="sur", published=NIGHT),
    Article(text="Russia launched 40 drones yesterday.", id="min", published=dt.date.min),
    Article(
        text="Russia launched 40 drones on Friday night.", id="max-date", published=dt.date.max
    ),
    (Article(text="Russia launched many drones.", id="batch"), (_huge_report(3_000_000_000),)),
    (Article(text="Russia launched many drones!", id="batch2"), (_huge_report(2**63 + 5),)),
]


@pytest.mark.parametrize("item", HOSTILE, ids=lambda i: (i[0] if isinstance(i, tuple) else i).id)
def test_the_store_takes_new_articles_after_a_hostile_one(
    store: Store, item: Article | tuple[Article, tuple[Report, ...]]
) -> None:
    errors: list[InputError] = []
    stats = ingest(store, [item], on_error=errors.append)
    assert stats.read + stats.failed == 1
    article = item[0] if isinstance(item, tuple) else item
    if "\x00" in article.text:
        assert stats.failed == 1 and "NUL" in str(errors[0]) and "\n" not in str(errors[0])
    after = ingest(store, [NORMAL])
    assert after.stored == 1 and after.failed == 0
    (event,) = [e for e in list_events(store) if e.date == NIGHT and e.target == "UA"]
    assert event.launched is not None and event.launched <= 100_000


def test_a_nul_refuses_its_article_alone_in_a_batch(store: Store) -> None:
    errors: list[InputError] = []
    batch = [NORMAL, HOSTILE[2], Article(text=NORMAL.text + " Two were injured.", id="n2")]
    stats = ingest(store, batch, on_error=errors.append)
    assert (stats.read, stats.failed) == (2, 1)
    assert [e.where for e in errors] == ["nul"]
