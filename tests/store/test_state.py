"""Source state in the store (strikewatch.store.state), revisions (Store.add_articles with
revise) and migration 3 from a version-2 store, on both backends."""

from __future__ import annotations

from sqlalchemy import select, text

from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import MIGRATIONS, articles, figures, sources
from strikewatch.store.state import PollOutcome, SourceInfo

TEXT = "Russia launched {n} Shahed drones at Ukraine overnight on July 4, 2025."


def test_register_save_and_list(store: Store) -> None:
    a, b = store.register_sources(
        [
            SourceInfo("telegram", "kpszsu", claimant="Ukrainian Air Force"),
            SourceInfo("page", "http://x/"),
        ]
    )
    assert (a.info.kind, a.failures, a.n_items) == ("telegram", 0, 0)
    (again,) = store.register_sources([SourceInfo("telegram", "kpszsu", outlet="Air Force")])
    assert again.id == a.id and again.info.outlet == "Air Force"
    store.save_poll(a.id, PollOutcome(last_seen="12", etag='"e"', stored=3))
    store.save_poll(b.id, PollOutcome(error="HTTP 500", next_poll="2999-01-01T00:00:00+00:00"))
    store.save_poll(b.id, PollOutcome(error="HTTP 503"))
    states = {s.info.kind: s for s in store.list_sources()}
    assert (states["telegram"].last_seen, states["telegram"].etag) == ("12", '"e"')
    assert states["telegram"].n_items == 3 and states["telegram"].last_poll
    assert (states["page"].failures, states["page"].last_error) == (2, "HTTP 503")
    store.save_poll(b.id, PollOutcome(stored=1))
    assert {s.info.kind: s for s in store.list_sources()}["page"].failures == 0
    assert states["telegram"].to_dict()["items"] == 3


def test_articles_record_their_source_and_revisions_replace(store: Store) -> None:
    (src,) = store.register_sources([SourceInfo("telegram", "kpszsu")])
    one = Article(text=TEXT.format(n=40), id="t.me/kpszsu/5")
    ingest(store, [one], source=src.id, revise=True)
    assert store.known_items(src.id, ["t.me/kpszsu/5", "t.me/kpszsu/6"]).keys() == {"t.me/kpszsu/5"}
    edited = Article(text=TEXT.format(n=45), id="t.me/kpszsu/5")
    stats = ingest(store, [edited], source=src.id, revise=True)
    assert (stats.stored, stats.revised) == (1, 1)
    with store.read() as conn:
        rows = conn.execute(select(articles.c.ref, articles.c.source, articles.c.revision)).all()
        values = list(conn.scalars(select(figures.c.value)))
    assert [tuple(r) for r in rows] == [("t.me/kpszsu/5", src.id, 1)]
    assert values == [45]
    (event,) = store.list_events()
    assert event.launched == 45
    # the same ref from a file (no source) is another article, not a revision
    ingest(store, [Article(text=TEXT.format(n=50), id="t.me/kpszsu/5")])
    assert store.counts()["articles"] == 2


def test_migration_3_upgrades_a_version_2_store(db_url: str) -> None:
    with open_store(db_url) as s, s.write() as conn:
        conn.execute(text("DROP INDEX ix_articles_source"))
        conn.execute(text("DROP INDEX ix_articles_ref"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN source"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN revision"))
        conn.execute(text("DROP TABLE sources"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 3"))
    with open_store(db_url) as s:
        assert s.schema_version() == MIGRATIONS[-1][0] >= 3
        s.register_sources([SourceInfo("feed", "http://x/")])
        with s.read() as conn:
            assert conn.scalar(select(sources.c.address)) == "http://x/"
