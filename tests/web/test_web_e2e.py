"""End to end in a real browser: Playwright drives Debian's Chromium (``/usr/bin/chromium``,
installed by ``.ci/run``; nothing is downloaded) against the dashboard served by uvicorn on
loopback. Screenshots go to ``build/screenshots/``."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from strikewatch.sources.files import article_from_dict
from strikewatch.store import open_store
from strikewatch.store.ingest import ingest
from strikewatch.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = os.environ.get("STRIKEWATCH_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTICLES = [
    {
        "id": "kyiv",
        "source": "Wire",
        "published": "2025-05-12",
        "text": (
            "KYIV, May 12 (Wire) - Russia launched 48 drones and three ballistic missiles at "
            "Ukraine overnight, the air force said on Monday. Air defences shot down 40 "
            "drones, it said. In Kyiv, one person was killed and six were injured."
        ),
    },
    {
        "id": "odesa",
        "source": "Herald",
        "published": "2025-05-14",
        "text": (
            "Russia launched 12 drones at the Odesa region overnight, the air force said on "
            "Wednesday. <script>window.pwned = true</script> Nine were shot down. Two "
            "people were injured in Odesa."
        ),
    },
    {
        "id": "kharkiv",
        "source": "Courier",
        "published": "2025-05-16",
        "text": (
            "Russia attacked Ukraine with 60 drones overnight, the air force said on Friday, "
            "adding that 44 were shot down and 12 were lost to jamming. In Kharkiv, three "
            "people were killed. A drone damaged an electricity substation in the city."
        ),
    },
    {
        "id": "kyiv-other",
        "source": "Herald",
        "published": "2025-05-12",
        "text": "Ukrainian forces downed 41 Russian drones overnight, a military spokesman said.",
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
    {
        "id": "orenburg",  # far east: the map's view must grow to hold it
        "source": "Courier",
        "published": "2025-05-13",
        "text": (
            "Ukrainian drones attacked an oil refinery in the Orenburg region overnight, "
            "injuring two workers, the regional governor said on Tuesday."
        ),
    },
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(str(tmp_path_factory.mktemp("e2e") / "e2e.db"))
    ingest(store, [article_from_dict(a, default_id="x") for a in ARTICLES])
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: apt-get install chromium (as .ci/run does) "
            "or set STRIKEWATCH_CHROMIUM",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    pg.on(
        "console",
        lambda m: pg.errors.append("console: " + m.text) if m.type == "error" else None,  # type: ignore[attr-defined]
    )
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: None if r.url.startswith((base_url, "data:")) else outside.append(r.url),
    )
    yield pg
    assert outside == [], f"requests left the server: {outside}"
    assert pg.errors == []  # type: ignore[attr-defined]
    context.close()


def test_overview_chart_renders_with_data(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-chart-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    assert page.get_attribute("#timeline", "data-points") == "3"  # type: ignore[attr-defined]
    box = page.locator("#timeline").bounding_box()  # type: ignore[attr-defined]
    assert box and box["width"] > 300 and box["height"] > 100
    # the chart drew something: the canvas is not blank
    painted = page.evaluate(  # type: ignore[attr-defined]
        """() => { const c = document.getElementById('timeline');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }"""
    )
    assert painted > 1000
    page.select_option("#weapon", "drone")  # type: ignore[attr-defined]
    assert "Largest recent attacks" in page.content()  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)  # type: ignore[attr-defined]


def test_event_page_shows_claims_with_highlighted_quotes(page: object, base_url: str) -> None:
    page.goto(base_url + "/events")  # type: ignore[attr-defined]
    page.click("text=2025-05-12")  # type: ignore[attr-defined]
    page.wait_for_selector("h1")  # type: ignore[attr-defined]
    assert page.url.endswith("/events/2025-05-12-RU-UA")  # type: ignore[attr-defined]
    marks = page.locator("td.quote mark").all_inner_texts()  # type: ignore[attr-defined]
    assert any("48 drones" in m for m in marks)
    assert page.locator("table.ledger").is_visible()  # type: ignore[attr-defined]
    # the quote is the sentence; "show more" unfolds the text around it
    quoted = page.locator(".evidence", has_text="48 drones")  # type: ignore[attr-defined]
    cell = page.locator("td.quote", has=quoted).first  # type: ignore[attr-defined]
    context = cell.locator(".context")
    assert not context.is_visible()
    cell.locator("summary").click()
    assert context.is_visible() and "In Kyiv, one person was killed" in context.inner_text()
    assert "48 drones" in context.locator("mark").inner_text()
    page.screenshot(path=str(SHOTS / "event.png"), full_page=True)  # type: ignore[attr-defined]


def test_map_renders_places_over_country_outlines(page: object, base_url: str) -> None:
    page.goto(base_url + "/map")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-map-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    assert page.locator("#map svg path.land").count() > 50  # type: ignore[attr-defined]
    assert page.locator("#map svg circle.place").count() >= 3  # type: ignore[attr-defined]
    assert "Kharkiv" in page.locator("#map-legend").inner_text()  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "map.png"), full_page=True)  # type: ignore[attr-defined]


def test_script_in_article_text_stays_text(page: object, base_url: str) -> None:
    page.goto(base_url + "/events/2025-05-14-RU-UA")  # type: ignore[attr-defined]
    page.click("td.quote a.src >> nth=0")  # type: ignore[attr-defined]
    page.wait_for_selector(".article-text")  # type: ignore[attr-defined]
    assert "<script>window.pwned = true</script>" in page.inner_text(".article-text")  # type: ignore[attr-defined]
    assert page.evaluate("() => window.pwned === undefined")  # type: ignore[attr-defined]
    assert page.locator(".article-text mark.figure").count() >= 1  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)  # type: ignore[attr-defined]
