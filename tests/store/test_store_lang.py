"""The store across languages, on both backends: ``articles.lang`` (migration 2, filled at
ingest, returned by the reads), one night reported in Ukrainian, Russian and English, and a
translation that is not a syndicated copy.

The texts are short posts written for these tests in the official styles of the Ukrainian Air
Force, the Russian Defence Ministry and the wire services.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, inspect, select, text

from strikewatch.events.dedup import THRESHOLD, signature, similarity
from strikewatch.extraction.engine import extract
from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store import read as queries
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import MIGRATIONS, articles, schema_migrations

SUN = dt.date(2025, 3, 9)

UA_AIR_FORCE = (
    "У ніч на 9 березня противник атакував Україну 40 ударними БпЛА типу Shahed, повідомили "
    "Повітряні сили ЗС України. За даними Повітряних сил, станом на 09:00 протиповітряною "
    "обороною збито 31 ударний БпЛА на півночі, сході та півдні країни."
)
RU_MOD = (
    "В течение прошедшей ночи дежурными средствами ПВО уничтожены 25 украинских беспилотных "
    "летательных аппаратов над территорией Брянской области, сообщили в Минобороны России."
)
EN_WIRE = (
    "Russia launched 40 drones at Ukraine overnight, and 31 were shot down, the air force said "
    "on Sunday."
)
# the Ukrainian post and its English translation
UA_POST = (
    "У ніч на 9 березня противник атакував Україну 40 ударними БпЛА типу Shahed, повідомили "
    "Повітряні сили ЗС України. Станом на 09:00 протиповітряною обороною збито 31 ударний БпЛА, "
    "повідомили Повітряні сили ЗС України."
)
UA_POST_EN = (
    "On the night of March 9, the enemy attacked Ukraine with 40 Shahed-type strike drones, the "
    "Air Force of the Armed Forces of Ukraine reported. As of 09:00, air defences shot down 31 "
    "strike drones, the Air Force of the Armed Forces of Ukraine reported."
)


def art(id: str, text: str, source: str, lang: str | None = None) -> Article:
    return Article(text=text, id=id, source=source, published=SUN, lang=lang)


def _langs(store: Store) -> dict[str, str | None]:
    return {a["ref"]: a["lang"] for a in queries.list_articles(store)}


def test_a_store_created_without_lang_gains_it(db_url: str) -> None:
    """A store of version 1 (no ``articles.lang``), with an article in it, is migrated when
    opened: the column is added, null in the old row; new articles get their language."""
    with open_store(db_url) as s:
        ingest(s, [art("old", EN_WIRE, "Wire")])
        with s.write() as conn:  # back to version 1, as a store made before migration 2
            conn.execute(text("ALTER TABLE articles DROP COLUMN lang"))
            conn.execute(delete(schema_migrations).where(schema_migrations.c.version > 1))
        with s.read() as conn:
            assert "lang" not in {c["name"] for c in inspect(conn).get_columns("articles")}
            assert s.schema_version() == 1
    with open_store(db_url) as s:
        assert s.schema_version() == MIGRATIONS[-1][0] >= 3
        assert s.migrate() == []
        with s.read() as conn:
            assert list(conn.scalars(select(schema_migrations.c.version))) == [
                v for v, _, _ in MIGRATIONS
            ]
            assert list(conn.scalars(select(articles.c.lang))) == [None]
        ingest(s, [art("uk", UA_AIR_FORCE, "Air Force")])
        assert _langs(s) == {"old": None, "uk": "uk"}
        (old,) = [a for a in queries.list_articles(s) if a["ref"] == "old"]
        assert queries.article_detail(s, old["id"])["lang"] is None
        assert len(s.get_event("2025-03-09-RU-UA").figures) == 2


def test_lang_is_the_articles_or_the_one_it_was_read_in(store: Store) -> None:
    """Stored ``lang``: the input's; else identified, as the extractor read the text; for
    reports from a batch output (extracted elsewhere), identified the same way."""
    batch_article = art("batch", RU_MOD, "MoD")
    ingest(
        store,
        [
            art("given", UA_AIR_FORCE, "Air Force", lang="uk"),
            art("found", EN_WIRE, "Wire"),
            art(
                "de", "Russland griff die Ukraine in der Nacht mit 40 Drohnen an.", "Zeitung", "de"
            ),
            (batch_article, extract(batch_article).reports),
        ],
    )
    assert _langs(store) == {"given": "uk", "found": "en", "de": "de", "batch": "ru"}
    for row in queries.list_articles(store):
        detail = queries.article_detail(store, row["id"])
        assert detail["lang"] == row["lang"]
    texts = queries.article_texts(store, [r["id"] for r in queries.list_articles(store)])
    assert sorted(lang for _, lang in texts.values()) == ["de", "en", "ru", "uk"]


def test_one_night_in_three_languages(store: Store) -> None:
    """A Ukrainian Air Force post, a Russian Defence Ministry post and an English wire story
    about the night of 9 March: the Ukrainian post and the wire story make one RU->UA event
    with their claims side by side; the Russian post makes the UA->RU event."""
    stats = ingest(
        store,
        [
            art("ua", UA_AIR_FORCE, "Air Force"),
            art("ru", RU_MOD, "MoD"),
            art("en", EN_WIRE, "Wire"),
        ],
    )
    assert (stats.stored, stats.syndicated) == (3, 0)
    assert _langs(store) == {"ua": "uk", "ru": "ru", "en": "en"}
    assert {e.slug for e in store.list_events()} == {"2025-03-09-RU-UA", "2025-03-09-UA-RU"}

    ua = store.get_event("2025-03-09-RU-UA")
    assert (ua.articles, ua.sources, len(ua.conflicts)) == (2, 2, 0)
    by_key = {(f.metric, f.weapon, f.place): f for f in ua.figures}
    for metric, value in (("launched", 40), ("intercepted", 31)):
        f = by_key[(metric, "drone", "Ukraine")]
        assert (f.value, f.claimant, f.conflict) == (value, "Ukrainian Air Force", False)
        assert sorted((c.article_ref, c.value, c.claimant) for c in f.claims) == [
            ("en", value, "Ukrainian Air Force"),
            ("ua", value, "Ukrainian Air Force"),
        ]
        assert len({c.source_id for c in f.claims}) == 2

    ru = store.get_event("2025-03-09-UA-RU")
    assert (ru.articles, ru.sources) == (1, 1)
    (f,) = ru.figures
    assert (f.metric, f.weapon, f.place, f.value) == ("intercepted", "drone", "Bryansk Oblast", 25)
    assert [(c.article_ref, c.claimant) for c in f.claims] == [("ru", "Russian Defence Ministry")]


def test_a_translation_is_not_a_syndicated_copy(store: Store) -> None:
    """A Ukrainian post and its English translation share no word 3-shingles: two independent
    sources, neither linked to the other, their claims counted apart."""
    assert similarity(signature(UA_POST), signature(UA_POST_EN)) < THRESHOLD
    stats = ingest(store, [art("post", UA_POST, "Air Force"), art("tr", UA_POST_EN, "Translator")])
    assert (stats.stored, stats.syndicated) == (2, 0)
    with store.read() as conn:
        rows = conn.execute(
            select(articles.c.id, articles.c.ref, articles.c.duplicate_of, articles.c.lang)
        ).all()
    assert sorted((r.ref, r.duplicate_of, r.lang) for r in rows) == [
        ("post", None, "uk"),
        ("tr", None, "en"),
    ]
    ids = {r.ref: r.id for r in rows}
    (row,) = store.list_events()
    assert (row.slug, row.articles, row.sources) == ("2025-03-09-RU-UA", 2, 2)
    ev = store.get_event(row.slug)
    for f in ev.figures:
        assert {(c.article_ref, c.source_id) for c in f.claims} == {
            ("post", ids["post"]),
            ("tr", ids["tr"]),
        }
