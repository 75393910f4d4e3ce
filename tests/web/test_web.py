"""The HTTP API and the pages through the ASGI test client, on a store of short wire-style
fixtures written for these tests."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.sources.files import article_from_dict
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.web import create_app

TOKEN = "s3cret-token"
HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">'
ARTICLES = [
    {
        "id": "kyiv-night",
        "source": "Wire",
        "title": "Drones over Kyiv",
        "published": "2025-05-12",
        "text": (
            "KYIV, May 12 (Wire) - Russia launched 48 drones and three ballistic missiles at "
            "Ukraine overnight, the air force said on Monday. Air defences shot down 40 drones, "
            "it said. In Kyiv, one person was killed and six were injured, the city military "
            "administration said."
        ),
    },
    {
        "id": "kyiv-other",
        "source": "Herald",
        "published": "2025-05-12",
        "text": (
            "Ukrainian forces downed 41 Russian drones overnight into Monday, a military "
            "spokesman said. Russia launched 48 drones in all."
        ),
    },
    {
        "id": "hostile",
        "source": "Paste <b>site</b>",
        "title": f"Odesa {HOSTILE}",
        "published": "2025-05-14",
        "text": (
            f"Russia launched 12 drones at the Odesa region overnight, the air force said on "
            f"Wednesday. {HOSTILE} Nine drones were shot down."
        ),
    },
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    ingest(s, [article_from_dict(a, default_id="x") for a in ARTICLES])
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, ingest_token=TOKEN))


def test_events_api_and_filters(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    events = r.json()["events"]
    assert [e["slug"] for e in events] == ["2025-05-14-RU-UA", "2025-05-12-RU-UA"]
    kyiv = events[1]
    assert (kyiv["launched"], kyiv["intercepted"], kyiv["conflicts"]) == (51, 40, 1)
    one = client.get("/api/events", params={"place": "Kiev", "weapon": "ballistic_missile"})
    assert [e["slug"] for e in one.json()["events"]] == ["2025-05-12-RU-UA"]
    assert client.get("/api/events", params={"q": "odesa"}).json()["events"][0]["slug"] == (
        "2025-05-14-RU-UA"
    )
    asc = client.get("/api/events", params={"sort": "launched", "order": "asc", "limit": 1})
    assert [e["launched"] for e in asc.json()["events"]] == [12]
    assert client.get("/api/events", params={"since": "2025-05-13"}).json()["events"][0][
        "date"
    ] == ("2025-05-14")


def test_event_detail_has_claims_ledger_and_conflicts(client: TestClient) -> None:
    ev = client.get("/api/events/2025-05-12-RU-UA").json()
    shot = next(f for f in ev["figures"] if f["metric"] == "intercepted")
    assert shot["conflict"] and {c["value"] for c in shot["claims"]} == {40, 41}
    assert ev["conflicts"] and ev["ledger"]
    assert all(c["evidence"]["text"] for f in ev["figures"] for c in f["claims"])


def test_every_page_has_a_json_twin(client: TestClient) -> None:
    pages = {
        "/": "/api/overview",
        "/events": "/api/events",
        "/events/2025-05-12-RU-UA": "/api/events/2025-05-12-RU-UA",
        "/map": "/api/places",
        "/articles": "/api/articles",
        "/articles/1": "/api/articles/1",
    }
    for page, twin in pages.items():
        html = client.get(page)
        assert html.status_code == 200, page
        assert f'<link rel="alternate" type="application/json" href="{twin}">' in html.text
        assert client.get(twin).status_code == 200, twin


def test_overview_stats_and_places(client: TestClient) -> None:
    days = client.get("/api/stats/daily").json()["days"]
    assert [d["date"] for d in days] == ["2025-05-12", "2025-05-14"]
    assert days[0]["by_weapon"]["drone"] == {"launched": 48, "intercepted": 40}
    places = {p["place"]: p for p in client.get("/api/places").json()["places"]}
    assert places["Kyiv"]["impacts"] == {"killed": 1, "injured": 6}
    assert places["Kyiv"]["lat"] == pytest.approx(50.45, abs=0.1)
    largest = client.get("/api/overview").json()["largest"]
    assert largest[0]["launched"] == 51


def test_exports_and_feed(client: TestClient) -> None:
    csv_text = client.get("/api/export.csv")
    assert csv_text.headers["content-type"].startswith("text/csv")
    assert csv_text.text.splitlines()[0].startswith("event,date,attacker")
    geo = json.loads(client.get("/api/export.geojson").text)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    feed = client.get("/feed.atom")
    assert feed.headers["content-type"] == "application/atom+xml"
    root = ET.fromstring(feed.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert "12 May 2025: Russia -> Ukraine, 51 launched, 1 killed" in titles


def test_errors_are_json_problems(client: TestClient) -> None:
    for path, status in [
        ("/api/events/1999-01-01-RU-UA", 404),
        ("/api/articles/4242", 404),
        ("/api/events/%C2%B2", 404),  # a superscript two is a digit to str.isdigit
        ("/api/events/99999999999999999999999", 404),
        ("/api/events?since=yesterday", 422),
        ("/api/events?limit=0", 422),
        ("/api/events?sort=password", 422),
        ("/api/nothing-here", 404),
    ]:
        r = client.get(path)
        assert r.status_code == status, path
        assert r.headers["content-type"] == "application/problem+json"
        body = r.json()
        assert body["status"] == status and body["title"]
        assert "Traceback" not in r.text
    page = client.get("/events/1999-01-01-RU-UA")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_hostile_article_text_is_escaped_everywhere(client: TestClient) -> None:
    art = next(a for a in client.get("/api/articles").json()["articles"] if a["ref"] == "hostile")
    for page in (f"/articles/{art['id']}", "/events/2025-05-14-RU-UA", "/articles", "/events"):
        html = client.get(page).text
        assert "<script>window.pwned" not in html, page
        assert "<img src=x" not in html, page
        assert "<b>site</b>" not in html, page
    article_page = client.get(f"/articles/{art['id']}").text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in article_page
    assert "Content-Security-Policy" in client.get("/").headers


def test_filters_cannot_inject_sql(client: TestClient, store: Store) -> None:
    before = store.counts()
    for value in ("'; DROP TABLE events; --", "Kyiv' OR '1'='1", '" OR 1=1 --', "%", "_"):
        for name in ("place", "q"):
            r = client.get("/api/events", params={name: value})
            assert r.status_code == 200
            assert r.json()["events"] == [], (name, value)
    assert client.get("/api/events", params={"attacker": "RU' OR 1=1"}).status_code == 422
    assert store.counts() == before


def test_post_article_needs_the_token(client: TestClient, store: Store) -> None:
    body = {
        "id": "posted",
        "published": "2025-05-15",
        "text": "Russia launched 20 drones at Ukraine overnight, the air force said on Thursday.",
    }
    assert client.post("/api/articles", json=body).status_code == 401
    wrong = client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    bad = client.post("/api/articles", json={"id": 3}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["stored"] is True
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["duplicate"] is True
    assert "2025-05-15-RU-UA" in [e["slug"] for e in client.get("/api/events").json()["events"]]


def test_read_only_without_a_token(store: Store) -> None:
    c = TestClient(create_app(store))
    r = c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403


def test_vendor_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/").text
    assert "http://" not in page.replace('xmlns="http://www.w3.org', "") and "https://" not in page
    js = client.get("/vendor/chart.umd.min.js")
    assert js.status_code == 200 and len(js.content) > 10_000
    assert client.get("/vendor/countries-50m.json").json()["type"] == "Topology"
    assert client.get("/vendor/../../etc/passwd").status_code == 404


def test_serve_command_is_documented(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from strikewatch.cli import main

    out = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "--ingest-token" in out and "127.0.0.1" in out


def test_overview_window_is_the_year_up_to_the_latest_event(client: TestClient) -> None:
    # the year up to the latest event, cut to the store's first night
    latest = client.get("/api/events", params={"limit": 1}).json()["events"][0]["date"]
    data = client.get("/api/overview").json()
    assert data["since"] == data["first"] == "2025-05-12" and data["until"] == latest
    narrow = client.get("/api/overview", params={"since": "2025-05-13"}).json()
    assert narrow["days"] and all(d["date"] >= "2025-05-13" for d in narrow["days"])
    assert "2025-05-12" in [d["date"] for d in data["days"]]


@pytest.mark.parametrize(
    "path", ["/api/overview", "/api/stats/daily", "/api/places", "/api/events"]
)
@pytest.mark.parametrize("value", ["0001-01-01", "0001-01-02", "9999-12-31"])
def test_extreme_dates_are_answered_not_crashed(client: TestClient, path: str, value: str) -> None:
    for name in ("since", "until"):
        r = client.get(path, params={name: value})
        assert r.status_code == 200, (path, name, value, r.text)


def test_filtered_pages_link_their_filtered_json_twin(client: TestClient) -> None:
    html = client.get("/events", params={"place": "Kyiv", "page": 1}).text
    assert '<link rel="alternate" type="application/json" href="/api/events?place=Kyiv">' in html
    page2 = client.get("/articles", params={"page": 2}).text
    assert 'href="/api/articles?offset=50&amp;limit=50"' in page2
    ru = client.get("/", params={"attacker": "RU"}).text
    assert 'href="/api/overview?attacker=RU"' in ru


def test_overview_splits_by_attacker_and_leaves_unstated_figures_empty(
    client: TestClient,
) -> None:
    both = client.get("/api/overview").json()
    ru = client.get("/api/overview", params={"attacker": "RU"}).json()
    ua = client.get("/api/overview", params={"attacker": "UA"}).json()
    assert ru["attacker"] == "RU" and ru["days"] and ru["largest"]
    assert ua["days"] == [] and ua["largest"] == []
    assert len(both["days"]) >= len(ru["days"])
    daily = client.get("/api/stats/daily", params={"attacker": "RU"}).json()["days"]
    night = next(d for d in daily if d["date"] == "2025-05-14")
    assert night["launched"] == 12 and night["killed"] is None  # no toll stated: no zero
    assert client.get("/api/stats/daily", params={"attacker": "XX"}).status_code == 422


def test_nul_characters_are_refused_not_sent_to_the_database(client: TestClient) -> None:
    assert client.get("/api/events", params={"place": "Ky\x00iv"}).status_code == 422
    assert client.get("/api/events", params={"q": "\x00"}).status_code == 422
    assert client.get("/api/events/2025-05-12-RU-UA%00").status_code == 404


def test_only_web_addresses_become_links(store: Store) -> None:
    c = TestClient(create_app(store, ingest_token=TOKEN))
    body = {
        "id": "js-url",
        "url": "javascript:alert(1)",
        "published": "2025-05-20",
        "text": "Russia launched 7 drones at Ukraine overnight, the air force said on Tuesday.",
    }
    posted = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 201
    art = next(a for a in c.get("/api/articles").json()["articles"] if a["ref"] == "js-url")
    html = c.get(f"/articles/{art['id']}").text
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    titles = c.get("/feed.atom").text
    assert "<title>20 May 2025: Russia -&gt; Ukraine" in titles


def test_wrong_method_lists_the_methods_of_the_path(client: TestClient) -> None:
    r = client.put("/api/articles")
    assert r.status_code == 405 and r.headers["content-type"] == "application/problem+json"
    assert r.headers["allow"] == "GET, POST"
    assert client.delete("/api/events/2025-05-12-RU-UA").headers["allow"] == "GET"
    page = client.post("/events")
    assert page.status_code == 405 and "text/html" in page.headers["content-type"]


def test_each_app_answers_from_its_own_store(store: Store, tmp_path: Path) -> None:
    """The routes are declared once, at module level; the store comes from the app serving the
    request, so two apps (and a dependency override) never mix their stores."""
    from strikewatch.web.deps import get_store

    empty = open_store(str(tmp_path / "empty.db"))
    full, bare = TestClient(create_app(store)), TestClient(create_app(empty))
    assert full.get("/api/events").json()["events"]
    assert bare.get("/api/events").json()["events"] == []
    assert {getattr(r, "path", None) for r in create_app(empty).routes} >= {"/", "/api/events"}
    app = create_app(store)
    app.dependency_overrides[get_store] = lambda: empty
    assert TestClient(app).get("/api/events").json()["events"] == []
    empty.close()
