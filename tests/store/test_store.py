"""The store on both backends: migrations, idempotent ingest, syndication, events, queries.

Fixture articles are short wire-style reports written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, func, select

from strikewatch.errors import InputError, StoreError
from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store.engine import resolve_url
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import MIGRATIONS, article_bands, articles, figures

MON = dt.date(2025, 3, 10)
TUE = dt.date(2025, 3, 11)

AIR_FORCE = (
    "KYIV, March 10 (Wire) - Russia launched 97 drones at Ukraine overnight, Ukraine's air "
    "force said on Monday. Air defences shot down 60 of the drones, while 30 more were lost "
    "to electronic jamming, the air force said. In Kharkiv, two people were injured, regional "
    "governor Oleh Syniehubov said."
)
# the same wire story as another site runs it: new dateline, one clause changed
COPY = (
    "KYIV (Courier) - Russia launched 97 drones at Ukraine overnight, Ukraine's air force said "
    "on Monday. Air defences shot down 60 of the drones, while 30 more were lost to electronic "
    "jamming, the air force said. In Kharkiv, two people were injured, regional governor Oleh "
    "Syniehubov said on Telegram."
)
OTHER_SOURCE = (
    "Ukrainian forces downed 61 Russian drones overnight into Monday, a military spokesman "
    "said, out of 97 launched by Russia. Two people were hurt in Kharkiv."
)
LATER = (
    "Russian drones struck Kharkiv overnight into Monday. Five people were injured, Governor "
    "Oleh Syniehubov said on Tuesday."
)
UNDATED = "Russia launched 12 drones at the Odesa region, the air force said. Nine were shot down."
NEXT_NIGHT = (
    "Russia attacked Ukraine with 40 drones overnight into Tuesday, the air force said on "
    "Tuesday. Air defences destroyed 35 of them over Odesa. Emergency crews put out a fire "
    "at a warehouse in the city's port district and cleared debris from a school yard, the "
    "regional administration said."
)


def art(id: str, text: str, published: dt.date | None = MON, source: str = "Wire") -> Article:
    return Article(text=text, id=id, source=source, published=published)


def test_resolve_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STRIKEWATCH_DB", raising=False)
    assert resolve_url(None) == "sqlite:///strikewatch.db"
    assert resolve_url("data/x.db") == "sqlite:///data/x.db"
    monkeypatch.setenv("STRIKEWATCH_DB", "postgresql+psycopg://u@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_url("other.db") == "sqlite:///other.db"


def test_migrations_are_recorded_and_applied_once(db_url: str) -> None:
    with open_store(db_url) as first:
        assert first.schema_version() == MIGRATIONS[-1][0]
    with open_store(db_url) as again:
        assert again.migrate() == []
        assert again.schema_version() == MIGRATIONS[-1][0]


def test_unusable_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot use database URL"):
        open_store("postgresql+nodriver://u@localhost/x")
    with pytest.raises(StoreError, match="unsupported database"):
        open_store("nosuchdb://x")
    with pytest.raises(StoreError, match="unsupported database"):
        open_store("mysql://u@localhost/x")


def test_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="database error") as err:
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "server is running" in str(err.value)


def test_same_article_twice_is_stored_once(store: Store) -> None:
    a = art("a1", AIR_FORCE)
    first = ingest(store, [a])
    again = ingest(store, [a, art("renamed", AIR_FORCE + "\n")])
    assert (first.stored, again.stored, again.duplicates) == (1, 0, 2)
    assert store.counts()["articles"] == 1


def test_syndicated_copy_is_linked_and_counted_as_one_source(store: Store) -> None:
    stats = ingest(store, [art("a1", AIR_FORCE), art("a2", COPY, source="Courier")])
    assert (stats.stored, stats.syndicated) == (2, 1)
    with store.read() as conn:
        rows = conn.execute(
            select(articles.c.ref, articles.c.duplicate_of, articles.c.id).order_by(articles.c.id)
        ).all()
    assert rows[0].duplicate_of is None and rows[1].duplicate_of == rows[0].id
    (ev,) = store.list_events()
    assert (ev.articles, ev.sources) == (2, 1)
    assert ev.conflicts == 0


def test_unrelated_stories_are_not_duplicates(store: Store) -> None:
    stats = ingest(store, [art("a1", AIR_FORCE), art("a3", OTHER_SOURCE)])
    assert stats.syndicated == 0


def test_reconciled_event_keeps_every_claim(store: Store) -> None:
    ingest(
        store,
        [
            art("a1", AIR_FORCE),
            art("a2", COPY, source="Courier"),
            art("a3", OTHER_SOURCE, source="Herald"),
            art("a4", LATER, published=TUE, source="Gazette"),
        ],
    )
    (row,) = store.list_events()
    assert (row.slug, row.attacker, row.target, row.date) == ("2025-03-10-RU-UA", "RU", "UA", MON)
    assert (row.articles, row.sources) == (4, 3)
    ev = store.get_event(row.slug)
    assert store.get_event(row.id).slug == ev.slug == store.get_event("2025-03-10-ru-ua").slug
    by_key = {(f.metric, f.weapon, f.place): f for f in ev.figures}
    launched = by_key[("launched", "drone", "Ukraine")]
    assert (launched.value, launched.claimant) == (97, "Ukrainian Air Force")
    assert len(launched.claims) == 3
    shot = by_key[("intercepted", "drone", "Ukraine")]
    assert shot.value == 60 and shot.conflict  # 60 (air force) vs 61 (spokesman)
    assert row.conflicts >= 1
    assert {c.values for c in ev.conflicts if c.metric == "intercepted"} == {("60", "61")}
    hurt = by_key[("injured", None, "Kharkiv")]
    assert hurt.value == 5 and "latest" in hurt.rule
    assert [r.value for r in hurt.revisions] == [2, 5]
    assert not hurt.conflict
    ledger = {r.weapon: r for r in ev.ledger}
    assert ledger["drone"].residual == 97 - 60 - 30
    for f in ev.figures:
        for c in f.claims:
            assert c.evidence.text and c.outlet
    assert "Kharkiv" in ev.places
    # every claim of the event traces back to the article text it quotes
    with store.read() as conn:
        for f in ev.figures:
            for c in f.claims:
                text = conn.scalar(select(articles.c.text).where(articles.c.id == c.article_id))
                assert text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_different_nights_are_different_events(store: Store) -> None:
    ingest(store, [art("a1", AIR_FORCE), art("n2", NEXT_NIGHT, published=TUE)])
    slugs = [e.slug for e in store.list_events()]
    assert slugs == ["2025-03-11-RU-UA", "2025-03-10-RU-UA"]


def test_undated_copy_joins_the_event_of_its_dated_original(store: Store) -> None:
    # without a publication date "overnight into Tuesday" fixes no date
    undated_copy = NEXT_NIGHT.replace("the air force said on Tuesday", "the air force said")
    ingest(
        store,
        [
            art("a1", AIR_FORCE),
            art("n2", NEXT_NIGHT, published=TUE),
            art("copy", undated_copy, published=None),
        ],
    )
    rows = {e.slug: e for e in store.list_events()}
    assert rows["2025-03-11-RU-UA"].articles == 2
    assert rows["2025-03-10-RU-UA"].articles == 1
    assert store.unassigned_reports() == []


def test_undated_report_with_nothing_to_tie_it_stays_unassigned_and_is_listed(
    store: Store,
) -> None:
    ingest(
        store,
        [
            art("a1", AIR_FORCE),
            art("n2", NEXT_NIGHT, published=TUE),
            art("nodate", UNDATED, published=None),
        ],
    )
    assert all(e.articles == 1 for e in store.list_events())
    listed = store.unassigned_reports()
    assert [r["article"] for r in listed] == ["nodate"]
    assert listed[0]["figures"] == 2


def test_placing_undated_reports_costs_the_same_few_statements_however_many(
    store: Store,
) -> None:
    """Undated reports are (re)placed in a fixed number of statements, so reconciliation
    stays linear in corpus size instead of querying once per undated report."""
    from sqlalchemy import event as sa_event

    def stories(first: int, n: int) -> list[Article]:
        return [
            art(
                f"u{i}",
                f"Russia launched {i + 3} drones at the Sumy region, the air force said.",
                None,
            )
            for i in range(first, first + n)
        ]

    def statements(night: dt.date) -> int:
        """Statements that storing one dated and one undated article of ``night`` runs."""
        count = 0

        def tally(*_: object) -> None:
            nonlocal count
            count += 1

        dated = NEXT_NIGHT.replace("40 drones", f"{night.day + 40} drones")
        undated = UNDATED.replace("12 drones", f"{night.day + 12} drones")
        sa_event.listen(store.engine, "before_cursor_execute", tally)
        try:
            ingest(store, [art(f"d{night}", dated, night), art(f"l{night}", undated, night)])
        finally:
            sa_event.remove(store.engine, "before_cursor_execute", tally)
        return count

    ingest(store, stories(0, 2))
    few = statements(TUE)
    ingest(store, stories(2, 60))
    many = statements(TUE + dt.timedelta(days=7))
    assert len(store.unassigned_reports()) == 62
    # one statement more or less for the syndication lookup (the second batch finds LSH
    # candidates); querying per undated report would add at least 60
    assert abs(many - few) <= 2, (few, many)


def test_event_filters(store: Store) -> None:
    ingest(
        store,
        [
            art("a1", AIR_FORCE),
            art("n2", NEXT_NIGHT, published=TUE),
            art(
                "ru",
                "Russia's defence ministry said on Monday its air defences destroyed 14 "
                "Ukrainian drones overnight over the Belgorod region.",
            ),
        ],
    )
    assert {e.slug for e in store.list_events(since=TUE)} == {"2025-03-11-RU-UA"}
    assert {e.slug for e in store.list_events(until=MON)} == {
        "2025-03-10-RU-UA",
        "2025-03-10-UA-RU",
    }
    assert [e.slug for e in store.list_events(attacker="ua")] == ["2025-03-10-UA-RU"]
    assert [e.slug for e in store.list_events(target="UA", limit=1)] == ["2025-03-11-RU-UA"]
    # a place matches itself and what lies inside it; aliases are understood
    assert [e.slug for e in store.list_events(place="Kharkov")] == ["2025-03-10-RU-UA"]
    assert [e.slug for e in store.list_events(place="Kharkiv Oblast")] == ["2025-03-10-RU-UA"]
    assert [e.slug for e in store.list_events(place="Belgorod Oblast")] == ["2025-03-10-UA-RU"]
    assert store.list_events(place="Lviv") == []


def test_unknown_event_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no event"):
        store.get_event("2020-01-01-RU-UA")
    with pytest.raises(StoreError, match="no event"):
        store.get_event(12345)


def test_unreadable_inputs_are_counted_and_the_rest_stored(store: Store) -> None:
    errors: list[str] = []
    stats = ingest(
        store,
        [InputError("binary file", where="x.bin"), art("a1", AIR_FORCE)],
        on_error=lambda e: errors.append(str(e)),
    )
    assert (stats.failed, stats.stored) == (1, 1)
    assert errors == ["x.bin: binary file"]


def test_stored_figures_match_their_articles(store: Store) -> None:
    ingest(store, [art("a1", AIR_FORCE), art("a3", OTHER_SOURCE), art("n2", NEXT_NIGHT, TUE)])
    with store.read() as conn:
        rows = conn.execute(
            select(figures.c.ev_start, figures.c.ev_end, figures.c.ev_text, articles.c.text).join(
                articles, articles.c.id == figures.c.article
            )
        ).all()
        per_article = conn.execute(select(articles.c.n_figures, articles.c.id)).all()
    assert rows
    for start, end, quote, text in rows:
        assert text[start:end] == quote
    assert sum(n for n, _ in per_article) == len(rows)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from([AIR_FORCE, COPY, OTHER_SOURCE, LATER, UNDATED]), max_size=6))
def test_ingest_in_any_order_is_idempotent(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('h') / 's.db'}"
    with open_store(url) as s:
        batch = [art(f"x{i}", t) for i, t in enumerate(texts)]
        ingest(s, batch, batch_size=2)
        before = s.counts()
        ingest(s, list(reversed(batch)))
        assert s.counts() == before
        assert before["articles"] == len(set(texts))
        assert before["pending"] == 0


def test_events_json_shape(store: Store) -> None:
    ingest(store, [art("a1", AIR_FORCE)])
    (row,) = store.list_events()
    d = row.to_dict()
    assert d["slug"] == "2025-03-10-RU-UA" and d["launched"] == 97 and d["injured"] == 2
    ev = store.get_event(row.id).to_dict()
    json.dumps(ev)  # serialisable as is
    assert ev["figures"][0]["claims"][0]["evidence"]["text"]


def test_events_rebuilt_in_batches_are_the_events_rebuilt_at_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reconciliation holds the claims of only ``REBUILD_BATCH`` events at a time; batches of
    one event give the same events as one batch of all."""
    from strikewatch.store import rebuild

    batch = [
        art("a1", AIR_FORCE),
        art("a2", OTHER_SOURCE),
        art("a3", LATER, published=TUE),
        art("a4", NEXT_NIGHT, published=TUE),
        art("a5", UNDATED, published=None),
    ]
    ingest(store, batch)
    whole = [store.get_event(e.id).to_dict() for e in store.list_events()]
    assert len(whole) >= 2
    monkeypatch.setattr(rebuild, "REBUILD_BATCH", 1)
    sizes: list[int] = []
    real = rebuild._rebuild_batch

    def counted(conn: Connection, ids: Sequence[int]) -> None:
        sizes.append(len(ids))
        real(conn, ids)

    monkeypatch.setattr(rebuild, "_rebuild_batch", counted)
    with store.write() as conn:
        ids = [e.id for e in store.list_events()]
        rebuild._rebuild_many(conn, ids)
    assert sizes == [1] * len(ids)
    assert [store.get_event(e.id).to_dict() for e in store.list_events()] == whole


def _open_fresh_files(urls: list[str], barrier: Any, failures: Any) -> None:
    for url in urls:
        barrier.wait()  # every process opens the new file at the same moment
        try:
            open_store(url).close()
        except StoreError as err:
            failures.put(str(err))


def test_processes_opening_a_new_sqlite_file_at_once_all_succeed(tmp_path: Path) -> None:
    """Switching a new file to WAL answers "database is locked" at once (busy timeout or
    not) when another process opens it at the same moment: about one open in a hundred
    with three processes failed before the switch was retried. Three processes (spawned, so
    no lock of this one's threads is copied into them) open 200 new files together."""
    ctx = multiprocessing.get_context("spawn")
    failures = ctx.Queue()
    barrier = ctx.Barrier(3)
    urls = [f"sqlite:///{tmp_path / f'{i}.db'}" for i in range(200)]
    procs = [
        ctx.Process(target=_open_fresh_files, args=(urls, barrier, failures)) for _ in range(3)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
        assert p.exitcode == 0
    errors = []
    while not failures.empty():
        errors.append(failures.get())
    assert errors == []


def test_ingest_reports_progress_within_and_after_batches(store: Store) -> None:
    from tools.synth import generate_articles

    from strikewatch.sources.files import article_from_dict
    from strikewatch.store.ingest import PROGRESS_EVERY

    items = [
        article_from_dict(d, default_id=str(i))
        for i, d in enumerate(generate_articles(250, seed=3, relevant_share=0.2))
    ]
    calls: list[int] = []
    stats = ingest(store, items, batch_size=2 * PROGRESS_EVERY, on_progress=calls.append)
    assert calls == [PROGRESS_EVERY, 2 * PROGRESS_EVERY, 250]
    assert stats.read == 250


@pytest.mark.parametrize("batches", [(13,), (8, 5), (1,) * 12])
def test_a_full_bucket_keeps_its_most_recent_members(
    tmp_path: Path, batches: tuple[int, ...]
) -> None:
    """Originals sharing one LSH bucket: it keeps the BUCKET_CAP most recently stored,
    whether they come in one batch or several; their other buckets keep everyone."""
    import random

    from strikewatch.store import write

    rnd = random.Random(7)
    s = open_store(f"sqlite:///{tmp_path / 'cap.db'}")
    k = 0
    for size in batches:
        batch = []
        for _ in range(size):
            k += 1
            sig = bytes(rnd.getrandbits(8) for _ in range(512))  # unlike any other
            batch.append(
                write.StoredArticle(
                    Article(text=f"Story number {k}.", id=str(k)),
                    f"hash-{k}",
                    sig,
                    [(0, 42), (1, 1000 + k)],
                    [],
                )
            )
        assert s.add_articles(batch).stored == size
    with s.read() as conn:
        ids = list(conn.scalars(select(articles.c.id).order_by(articles.c.id)))
        shared = sorted(
            conn.scalars(select(article_bands.c.article).where(article_bands.c.bucket == 42))
        )
        own = conn.scalar(
            select(func.count()).select_from(article_bands).where(article_bands.c.bucket > 1000)
        )
    assert shared == ids[-write.BUCKET_CAP :]
    assert own == len(ids) == sum(batches)
    assert write._older_members([5, 1, 9]) == []
    assert write._older_members(list(range(12, 0, -1))) == [1, 2]
    s.close()
