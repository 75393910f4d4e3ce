"""Languages on the dashboard: the article JSON carries ``lang``, the article page names the
language in words, and every quoted text of an article carries the HTML ``lang`` attribute of
that article (parsed from the HTML; no browser needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from strikewatch.models import Article
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.store.schema import articles
from strikewatch.web import create_app

SUN = dt.date(2025, 3, 9)
UA = (
    "У ніч на 9 березня противник атакував Україну 40 ударними БпЛА типу Shahed, повідомили "
    "Повітряні сили ЗС України. За даними Повітряних сил, станом на 09:00 протиповітряною "
    "обороною збито 31 ударний БпЛА на півночі, сході та півдні країни."
)
RU = (
    "В течение прошедшей ночи дежурными средствами ПВО уничтожены 25 украинских беспилотных "
    "летательных аппаратов над территорией Брянской области, сообщили в Минобороны России."
)
EN = (
    "Russia launched 40 drones at Ukraine overnight, and 31 were shot down, the air force said "
    "on Sunday."
)
# an article stored before articles.lang existed: its language is unknown
OLD = "Russia launched 7 drones at the Sumy region overnight, the air force said on Sunday."


class LangParser(HTMLParser):
    """The text inside each element with a ``lang`` attribute, as (lang, class, text): the
    language of the nearest element that states one, as a browser reads it."""

    VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None, str]] = []  # tag, lang, class
        self.found: list[tuple[str, str, list[str]]] = []
        self.open: list[int] = []  # index in found of each open element with a lang

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        a = dict(attrs)
        lang = a.get("lang")
        self.stack.append((tag, lang, a.get("class") or ""))
        if lang is not None:
            self.open.append(len(self.found))
            self.found.append((lang, a.get("class") or tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self.stack:
            t, lang, _ = self.stack.pop()
            if lang is not None:
                self.open.pop()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open:
            self.found[self.open[-1]][2].append(data)

    def texts(self, lang: str) -> list[str]:
        return ["".join(parts) for code, _, parts in self.found if code == lang]


def parse(html: str) -> LangParser:
    p = LangParser()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(str(tmp_path_factory.mktemp("web-lang") / "web.db"))
    ingest(
        s,
        [
            Article(text=UA, id="ua", source="Air Force", published=SUN, title="Збито 31 БпЛА"),
            Article(text=RU, id="ru", source="MoD", published=SUN, lang="ru"),
            Article(text=EN, id="en", source="Wire", published=SUN),
            Article(text=OLD, id="old", source="Archive", published=SUN),
        ],
    )
    with s.write() as conn:
        conn.execute(update(articles).where(articles.c.ref == "old").values(lang=None))
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def ids(client: TestClient) -> dict[str, int]:
    return {a["ref"]: a["id"] for a in client.get("/api/articles").json()["articles"]}


def test_article_json_has_lang(client: TestClient) -> None:
    listed = {a["ref"]: a["lang"] for a in client.get("/api/articles").json()["articles"]}
    assert listed == {"ua": "uk", "ru": "ru", "en": "en", "old": None}
    for ref, aid in ids(client).items():
        assert client.get(f"/api/articles/{aid}").json()["lang"] == listed[ref]


@pytest.mark.parametrize(
    ("ref", "code", "words"),
    [
        ("ua", "uk", "Ukrainian"),
        ("ru", "ru", "Russian"),
        ("en", "en", "English"),
        ("old", "", "unknown"),
    ],
)
def test_article_page_names_the_language_and_marks_the_text(
    client: TestClient, ref: str, code: str, words: str
) -> None:
    html = client.get(f"/articles/{ids(client)[ref]}").text
    assert f"language: {words}" in html
    p = parse(html)
    text = {"ua": UA, "ru": RU, "en": EN, "old": OLD}[ref]
    # the whole text is inside the article's language (data goes to the innermost element
    # with a lang: the English figure tags within it are apart)
    (body,) = [(lang, "".join(parts)) for lang, cls, parts in p.found if cls == "article-text"]
    assert body == (code, text)
    tags = [(lang, "".join(parts)) for lang, cls, parts in p.found if cls == "tags"]
    assert tags and all(lang == "en" and t for lang, t in tags)
    if ref == "ua":  # its title is Ukrainian too
        assert "Збито 31 БпЛА" in p.texts("uk")


def test_event_quotes_carry_their_articles_lang(client: TestClient) -> None:
    p = parse(client.get("/events/2025-03-09-RU-UA").text)
    quotes = [(lang, "".join(parts)) for lang, cls, parts in p.found if cls == "evidence"]
    # launched and intercepted nationally, each claimed by the Ukrainian post and the wire;
    # launched at Sumy by the article of unknown language (lang="")
    assert sorted(lang for lang, _ in quotes) == ["", "en", "en", "uk", "uk"]
    assert all("БпЛА" in q for lang, q in quotes if lang == "uk")
    assert all("drones" in q and "БпЛА" not in q for lang, q in quotes if lang == "en")
    assert all(q in OLD for lang, q in quotes if lang == "")
    # the text around each quote ("show more") is in its article's language too
    around = {lang: "".join(parts) for lang, cls, parts in p.found if cls == "context"}
    assert around == {"uk": UA, "en": EN, "": OLD}
    assert "(Ukrainian)" in client.get("/events/2025-03-09-RU-UA").text

    p = parse(client.get("/events/2025-03-09-UA-RU").text)
    quotes = [(lang, "".join(parts)) for lang, cls, parts in p.found if cls == "evidence"]
    assert quotes and all(lang == "ru" and "Брянской" in q for lang, q in quotes)
