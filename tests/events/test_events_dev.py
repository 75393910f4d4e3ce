"""Reconciliation of the shared dev corpus (read at run time from ../shared/corpus/dev):
no event merges two nights, and each seed article's attacks come out as one event each per
attacker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from strikewatch.sources.files import read_inputs
from strikewatch.store import open_store
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import articles, events, reports

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    assert DEV.is_dir(), f"the shared dev corpus is missing at {DEV}"
    store = open_store(str(tmp_path_factory.mktemp("dev") / "dev.db"))
    stats = ingest(store, read_inputs([str(DEV / "articles")]))
    assert stats.failed == 0 and stats.stored == stats.read > 0
    yield store
    store.close()


def test_no_event_merges_two_nights(dev_store) -> None:  # type: ignore[no-untyped-def]
    with dev_store.read() as conn:
        rows = conn.execute(
            select(events.c.id, events.c.date, reports.c.date).join(
                reports, reports.c.event == events.c.id
            )
        ).all()
    assert rows
    for _, event_date, report_date in rows:
        assert report_date in (None, event_date)


def test_seed_attacks_are_one_event_each(dev_store) -> None:  # type: ignore[no-untyped-def]
    """Each seed article's reports of one attacker sit in exactly one event: the gold night's."""
    slugs = {e.slug: e for e in dev_store.list_events(limit=None)}
    seeds = sorted((DEV / "gold").glob("00[0-4]_*.json"))
    assert len(seeds) == 5
    for path in seeds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        with dev_store.read() as conn:
            stored = conn.execute(
                select(reports.c.attacker, reports.c.event)
                .join(articles, articles.c.id == reports.c.article)
                .where(articles.c.ref == gold["id"])
            ).all()
        by_attacker: dict[str | None, set[int | None]] = {}
        for attacker, event in stored:
            by_attacker.setdefault(attacker, set()).add(event)
        wanted = {r["attacker"]: r for r in gold["reports"]}
        assert set(by_attacker) == set(wanted), gold["id"]
        for attacker, r in wanted.items():
            slug = f"{r['date']}-{r['attacker']}-{r['target']}"
            assert slug in slugs, (gold["id"], slug)
            assert by_attacker[attacker] == {slugs[slug].id}, (gold["id"], attacker)
