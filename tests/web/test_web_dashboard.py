"""Issue 19 through the ASGI test client: empty form fields are no filters (pages and API),
counts, facets, links that carry the filters, the filtered CSV export, the overview's one
direction and its bars, the favicon, Atom titles and error pages in words."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.sources.files import article_from_dict
from strikewatch.store import Store, open_store
from strikewatch.store.ingest import ingest
from strikewatch.web import create_app

ARTICLES = [
    {
        "id": "kyiv-night",
        "source": "Wire",
        "published": "2025-05-12",
        "text": (
            "Russia launched 48 drones and three ballistic missiles at Ukraine overnight, the "
            "air force said on Monday. Air defences shot down 40 drones. In Kyiv, one person "
            "was killed and six were injured."
        ),
    },
    {
        "id": "kyiv-other",
        "source": "Herald",
        "published": "2025-05-12",
        "text": "Ukrainian forces downed 41 Russian drones overnight, a spokesman said.",
    },
    {
        "id": "odesa",
        "source": "Herald",
        "published": "2025-05-14",
        "text": (
            "Russia launched 12 drones at the Odesa region overnight, the air force said on "
            "Wednesday. Nine drones were shot down."
        ),
    },
    {
        "id": "belgorod",
        "source": "Courier",
        "published": "2025-05-13",
        "text": (
            "Ukraine launched 30 drones at Russia overnight, the Russian Defence Ministry said "
            "on Tuesday, adding that all 30 were destroyed over the Belgorod region."
        ),
    },
]
EMPTY_FORM = {"since": "", "until": "", "attacker": "", "target": "", "place": "", "weapon": ""}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(str(tmp_path_factory.mktemp("dash") / "dash.db"))
    ingest(s, [article_from_dict(a, default_id="x") for a in ARTICLES])
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def test_empty_fields_are_no_filter_on_pages_and_api(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    for path in ("/api/events", "/events", "/api/facets", "/api/export.csv"):
        r = client.get(path, params={**EMPTY_FORM, "q": ""})
        assert r.status_code == 200, (path, r.text[:300])
    emptied = client.get("/api/events", params={**EMPTY_FORM, "q": ""}).json()
    assert emptied["events"] == everything["events"] and emptied["total"] == 3
    for path in ("/api/overview", "/api/stats/daily", "/api/places", "/", "/map"):
        r = client.get(path, params={"since": "", "until": "", "attacker": ""})
        assert r.status_code == 200, path
    some = client.get("/api/events", params={**EMPTY_FORM, "attacker": "UA"}).json()
    assert [e["attacker"] for e in some["events"]] == ["UA"] and some["total"] == 1


def test_events_page_counts_facets_and_links_carry_the_filters(client: TestClient) -> None:
    html = client.get("/events", params={**EMPTY_FORM, "attacker": "RU", "sort": "launched"}).text
    assert "2 events match the filters" in html
    assert 'href="/api/export.csv?attacker=RU"' in html
    assert 'href="/api/events?attacker=RU&amp;sort=launched"' in html
    assert 'href="/events">Reset filters' in html
    assert 'aria-sort="descending"' in html
    # paging and sorting links keep the filter
    assert "?attacker=RU&amp;sort=date&amp;order=desc" in html
    shown = re.sub(r"<[^>]+>", " ", html)  # what a person reads: no codes
    assert "ballistic_missile" not in shown and "ballistic missiles" in shown
    facets = client.get("/api/facets", params={"attacker": "RU"}).json()
    assert facets["total"] == 2
    assert {f["value"]: f["events"] for f in facets["facets"]["weapon"]}["drone"] == 2
    assert {f["value"] for f in facets["facets"]["outlet"]} == {"Wire", "Herald"}
    assert facets["facets"]["claimant"] and facets["facets"]["place"]
    nothing = client.get("/events", params={"q": "no such thing"}).text
    assert "No event matches" in nothing


def test_csv_export_honours_the_filters(client: TestClient) -> None:
    def slugs(params: dict[str, str]) -> set[str]:
        text = client.get("/api/export.csv", params=params).text
        return {row["event"] for row in csv.DictReader(io.StringIO(text))}

    assert len(slugs({})) == 3
    assert slugs({"attacker": "UA"}) == {"2025-05-13-UA-RU"}
    assert slugs({**EMPTY_FORM, "since": "2025-05-14"}) == {"2025-05-14-RU-UA"}


def test_overview_shows_one_direction_with_linked_bars(client: TestClient) -> None:
    ru = client.get("/api/overview").json()
    assert ru["attacker"] == "RU" and ru["grain"] == "day"
    assert [b["start"] for b in ru["bars"]] == ["2025-05-12", "2025-05-13", "2025-05-14"]
    quiet = ru["bars"][1]  # the night of Ukraine's attack: nothing of Russia's
    assert quiet["launched"] is None and quiet["link"] is None
    assert ru["bars"][0]["link"] == "/events/2025-05-12-RU-UA"
    ua = client.get("/api/overview", params={"attacker": "UA"}).json()
    assert [b["launched"] for b in ua["bars"]] == [30]
    long = client.get("/api/overview", params={"since": "2023-01-01"}).json()
    assert long["grain"] == "week" and sum(b["launched"] or 0 for b in long["bars"]) == 63
    week = next(b for b in long["bars"] if b["launched"])
    assert week["link"].startswith("/events?since=")
    years = client.get("/api/overview", params={"since": "2020-01-01"}).json()
    assert years["grain"] == "month" and years["bars"][0]["start"] == "2020-01-01"
    page = client.get("/", params={"attacker": "UA", "weapon": "drone"}).text
    assert 'aria-current="page"' in page and "Ukraine → Russia" in page
    # the weapon class survives a switch of direction
    assert re.search(r'href="/\?weapon=drone&amp;attacker=RU" data-side="RU"', page)
    assert "Suppressed:" in page and "<table" in page


def test_small_things(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    feed = client.get("/feed.atom").text
    assert "<title>13 May 2025: Ukraine -&gt; Russia, 30 launched</title>" in feed
    bad = client.get("/events", params={"since": "2025-13", "attacker": "XX"})
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"]
    assert "is not a date" in bad.text and "is not one of the choices" in bad.text
    assert 'href="/events">Back to this page' in bad.text
    assert "string_pattern" not in bad.text and "^(" not in bad.text
    api = client.get("/api/events", params={"since": "2025-13-01"})
    assert api.status_code == 422 and api.headers["content-type"] == "application/problem+json"
    impossible = client.get("/events", params={"since": "2025-02-30"})
    assert impossible.status_code == 422 and "is not a date" in impossible.text
    missing = client.get("/events/2020-01-01-RU-UA")
    assert missing.status_code == 404 and 'href="/events"' in missing.text


def test_facets_follow_new_events(tmp_path: Path) -> None:
    s = open_store(str(tmp_path / "grow.db"))
    ingest(s, [article_from_dict(ARTICLES[0], default_id="x")])
    c = TestClient(create_app(s))
    assert [f["value"] for f in c.get("/api/facets").json()["facets"]["attacker"]] == ["RU"]
    ingest(s, [article_from_dict(ARTICLES[3], default_id="x")])
    after = c.get("/api/facets").json()["facets"]["attacker"]
    assert sorted(f["value"] for f in after) == ["RU", "UA"]
    s.close()


def test_every_list_page_links_csv_and_json_of_what_it_shows(client: TestClient) -> None:
    for path in ("/events", "/articles", "/sources"):
        page = client.get(path).text
        assert 'class="csv"' in page and 'class="json"' in page, path
    rows = client.get("/api/articles.csv").text.splitlines()
    assert rows[0].startswith("id,ref,title,outlet") and len(rows) > 1
    assert client.get("/api/articles.csv", params={"limit": 1}).text.count("\n") == 2
    assert client.get("/api/sources.csv").headers["content-type"].startswith("text/csv")
