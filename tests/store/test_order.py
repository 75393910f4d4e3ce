"""The same articles give the same events in any order of ingest (issue 14, finding 6):
ties between claims of one day and one rank are broken by the claims themselves, never by
the order rows reached the store. On both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from strikewatch import Article
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.store.read import iter_events, list_events

DAY = dt.date(2025, 3, 9)
# Four reports of one night, published the same day, each with a different count and the
# same kind of claimant (the air force): a tie at every rank.
TEXTS = [
    "Russia launched {} drones at Ukraine overnight, Ukraine's air force said.",
    "Ukraine's air force said Russia launched {} drones at the country overnight.",
    "Air defences shot down {} drones over Kyiv overnight, the Kyiv City Military "
    "Administration said, and two people were injured.",
    "Overnight, Russia attacked Ukraine with {} drones, the air force said; three people "
    "were injured in Kyiv.",
]
ARTICLES = [
    Article(text=t.format(n), id=f"a{i}", published=DAY, source=f"Outlet {i}")
    for i, (t, n) in enumerate(zip(TEXTS, (16, 126, 40, 90), strict=True))
]


def _events(store: Store) -> Any:
    rows = [dataclasses.asdict(r) for r in list_events(store)]
    events = [e.to_dict() for e in iter_events(store)]
    # row ids differ with the order of ingest; everything else must not
    text = json.dumps({"list": rows, "events": events}, sort_keys=True, default=str)
    text = re.sub(r'"(id|figure_id|article_id|source_id)": \d+', r'"\1": 0', text)
    text = re.sub(r'"figure_ids": \[[\d, ]*\]', '"figure_ids": []', text)
    return json.loads(text)


@pytest.fixture
def second_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A second, empty store on the same backend."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'second.db'}"
    import psycopg

    server, name = db_url.rsplit("/", 1)
    plain = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}_2"')
    return f"{db_url}_2"


@pytest.mark.parametrize("order", list(itertools.permutations(range(4)))[::5])
def test_events_do_not_depend_on_the_order_of_ingest(
    db_url: str, second_url: str, order: tuple[int, ...]
) -> None:
    first = open_store(db_url)
    try:
        ingest(first, ARTICLES)  # one batch, in the listed order
        want = _events(first)
    finally:
        first.close()
    second = open_store(second_url)
    try:
        for k in order:  # another order, one batch each
            ingest(second, [ARTICLES[k]])
        assert _events(second) == want
    finally:
        second.close()
