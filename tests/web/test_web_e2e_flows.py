"""Issue 19 in a real browser, as a person would use the dashboard: the filter form
submitted with empty fields, sorting and paging that keep the filters, the overview's
direction switch keeping the weapon class, a click on a bar, a conflict opened from the
list, the map's circles by mouse and keyboard, and no sideways scrolling at 1366 and 390
px on any page. Each page is screenshotted into ``build/screenshots/``."""

from __future__ import annotations

import pytest
from tests.web import test_web_e2e as e2e

SHOTS = e2e.SHOTS
# the server, the browser and the page of the first browser tests, as fixtures here too
base_url, browser, page = e2e.base_url, e2e.browser, e2e.page

PAGES = [
    "/",
    "/?attacker=UA",
    "/?since=2023-01-01",  # weekly bars over more than two years
    "/events",
    "/events?place=Kyiv",
    "/events/2025-05-12-RU-UA",
    "/events/2025-05-16-RU-UA",  # with what was hit
    "/events?damage=energy",
    "/?damage=energy",
    "/map",
    "/articles",
    "/articles/1",
    "/sources",
    "/events?since=2025-13",
    "/no-such-page",
]
ERROR_PAGES = ("/events?since=2025-13", "/no-such-page")


def test_filter_form_with_empty_fields(page: object, base_url: str) -> None:
    page.goto(base_url + "/events")  # type: ignore[attr-defined]
    page.fill("input[name=place]", "Kyiv")  # type: ignore[attr-defined]
    page.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "since=&" in page.url and "place=Kyiv" in page.url  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text() == "Events"  # type: ignore[attr-defined]
    assert "1 event match the filters" in page.inner_text("#count")  # type: ignore[attr-defined]
    assert "place=Kyiv" in page.get_attribute("#count a.csv", "href")  # type: ignore[attr-defined]
    # sorting keeps the filter and says so to screen readers
    page.click("th >> text=Launched")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "place=Kyiv" in page.url and "sort=launched" in page.url  # type: ignore[attr-defined]
    assert page.get_attribute("th[aria-sort]", "aria-sort") == "descending"  # type: ignore[attr-defined]
    assert page.locator("table.events tbody tr").count() == 1  # type: ignore[attr-defined]
    # a facet narrows; the form submitted again keeps the sort
    page.select_option("select[name=attacker]", "RU")  # type: ignore[attr-defined]
    page.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "sort=launched" in page.url and "attacker=RU" in page.url  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "events-filtered.png"), full_page=True)  # type: ignore[attr-defined]
    page.click("text=Reset filters")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.url.endswith("/events")  # type: ignore[attr-defined]
    assert "4 events" in page.inner_text("#count")  # type: ignore[attr-defined]
    assert "Ukraine" in page.inner_text("aside.facets")  # type: ignore[attr-defined]


def test_overview_direction_weapon_and_bar_click(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-chart-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    assert page.get_attribute(".switch a[aria-current]", "data-side") == "RU"  # type: ignore[attr-defined]
    assert "Suppressed:" in page.inner_text(".terms")  # type: ignore[attr-defined]
    page.select_option("#weapon", "drone")  # type: ignore[attr-defined]
    assert "weapon=drone" in page.url  # type: ignore[attr-defined]
    page.click(".switch a[data-side=UA]")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-chart-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    assert "attacker=UA" in page.url  # type: ignore[attr-defined]
    assert page.input_value("#weapon") == "drone"  # type: ignore[attr-defined]
    assert page.locator("#timeline-table tbody tr").count() == 1  # type: ignore[attr-defined]
    # a click on the bar opens that night's event
    point = page.evaluate(  # type: ignore[attr-defined]
        """() => { const c = document.getElementById('timeline');
        const el = Chart.getChart(c).getDatasetMeta(0).data[0];
        const r = c.getBoundingClientRect();
        return {x: r.left + el.x, y: r.top + (el.y + el.base) / 2}; }"""
    )
    page.mouse.click(point["x"], point["y"])  # type: ignore[attr-defined]
    page.wait_for_url("**/events/2025-05-13-UA-RU")  # type: ignore[attr-defined]
    assert "Ukraine → Russia" in page.inner_text("h1")  # type: ignore[attr-defined]


def test_open_a_conflict_from_the_list(page: object, base_url: str) -> None:
    page.goto(base_url + "/events")  # type: ignore[attr-defined]
    page.click("a[href='/events/2025-05-12-RU-UA#conflicts']")  # type: ignore[attr-defined]
    page.wait_for_selector("#conflicts")  # type: ignore[attr-defined]
    row = page.locator("table.disputed tbody tr").first  # type: ignore[attr-defined]
    assert row.locator("td.value").count() == 2
    assert {"40", "41"} <= {v.strip() for v in row.locator("td.value").all_inner_texts()}
    assert "drones" in row.locator("th").inner_text()
    # the flagged headline row links to the same row
    page.click("a.flag >> nth=0")  # type: ignore[attr-defined]
    assert page.url.endswith("#dispute-1")  # type: ignore[attr-defined]
    text = page.inner_text("main")  # type: ignore[attr-defined]
    assert "cruise_missile" not in text and "ballistic_missile" not in text
    assert "Bold" in text and "red row" in text
    page.screenshot(path=str(SHOTS / "event-conflict.png"), full_page=True)  # type: ignore[attr-defined]


def test_map_circles_by_mouse_and_keyboard(page: object, base_url: str) -> None:
    page.goto(base_url + "/map")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-map-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    circles = page.locator("#map svg a circle.place")  # type: ignore[attr-defined]
    assert circles.count() >= 4
    radii = [
        float(r)
        for r in page.eval_on_selector_all(
            "#map circle.place", "cs => cs.map(c => c.getAttribute('r'))"
        )
    ]  # type: ignore[attr-defined]
    assert max(radii) == pytest.approx(34)
    fills = set(
        page.eval_on_selector_all("#map circle.place", "cs => cs.map(c => c.getAttribute('fill'))")
    )  # type: ignore[attr-defined]
    assert len(fills) == 2  # Russia's attacks and Ukraine's
    assert page.locator("#map text.label").count() >= 4  # type: ignore[attr-defined]
    assert "Size" in page.inner_text("#map-key")  # type: ignore[attr-defined]
    page.focus("#map svg a >> nth=0")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_url("**/events?place=*")  # type: ignore[attr-defined]
    assert page.locator("table.events tbody tr a").count() >= 1  # type: ignore[attr-defined]
    page.goto(base_url + "/map?since=2025-05-13&until=2025-05-13")  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-map-ready=true]", timeout=15_000)  # type: ignore[attr-defined]
    assert page.locator("#map circle.place").count() == 2  # type: ignore[attr-defined]
    # the view holds every place, Orenburg Oblast (55.5° E) included
    inside = page.evaluate(  # type: ignore[attr-defined]
        """() => { const svg = document.querySelector('#map svg');
        const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
        return [...svg.querySelectorAll('circle.place')].map(c => [c.dataset.place,
          +c.getAttribute('cx') > 0 && +c.getAttribute('cx') < w &&
          +c.getAttribute('cy') > 0 && +c.getAttribute('cy') < h]); }"""
    )
    assert ["Orenburg Oblast", True] in inside and all(ok for _, ok in inside)


@pytest.mark.parametrize("width", [1366, 390])
def test_no_sideways_scroll_on_any_page(browser: object, base_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    for path in PAGES:
        pg.goto(base_url + path)
        if path in ERROR_PAGES:  # the browser logs the status of the page itself
            errors[:] = [e for e in errors if "Failed to load resource" not in e]
        if path.startswith("/?") or path == "/":
            pg.wait_for_selector("body[data-chart-ready=true]", timeout=15_000)
            box = pg.locator("#timeline").bounding_box()
            assert box and box["height"] >= 200, (path, width)
            thinnest = pg.evaluate(
                """() => Math.min(...Chart.getChart(document.getElementById('timeline'))
                .getDatasetMeta(0).data.map(b => b.width))"""
            )
            assert thinnest >= 2, (path, width, thinnest)
        if path == "/map":
            pg.wait_for_selector("body[data-map-ready=true]", timeout=15_000)
        wide = pg.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
        name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-") or "home"
        pg.screenshot(path=str(SHOTS / f"w{width}-{name}.png"), full_page=True)
        assert wide[0] <= wide[1], (path, width, wide)
        header = pg.locator("header nav a").all()
        assert all(a.is_visible() for a in header), (path, width)
    pg.keyboard.press("Tab")
    assert pg.evaluate("() => document.activeElement.textContent") == "Skip to content"
    assert errors == []
    context.close()


def test_what_was_hit_filter_event_and_overview_series(page: object, base_url: str) -> None:
    """Issue 20 on the dashboard: the events form's "What was hit" choice, the event page's
    table of what was hit with its quote, and the overview's series of nights."""
    page.goto(base_url + "/events")  # type: ignore[attr-defined]
    page.select_option("select[name=damage]", "energy")  # type: ignore[attr-defined]
    page.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "damage=energy" in page.url and "place=&" in page.url  # type: ignore[attr-defined]
    assert "1 event match the filters" in page.inner_text("#count")  # type: ignore[attr-defined]
    assert "energy" in page.inner_text("aside.facets [data-facet=damage]")  # type: ignore[attr-defined]
    page.click("table.events tbody tr a")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    table = page.inner_text("#damage table")  # type: ignore[attr-defined]
    assert "energy" in table and "substations" in table and "Kharkiv" in table
    assert "damaged an electricity substation" in table
    assert page.get_attribute("#damage .evidence", "lang") == "en"  # type: ignore[attr-defined]
    page.click("#damage tbody th a")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "damage=energy" in page.url  # type: ignore[attr-defined]
    # the overview: nights with energy hit, per night, linked to their events
    page.goto(base_url + "/?since=2025-05-01&until=2025-05-31")  # type: ignore[attr-defined]
    page.select_option("#damage", "energy")  # type: ignore[attr-defined]
    page.click("form.controls button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    rows = page.locator("#damage-series tbody tr")  # type: ignore[attr-defined]
    assert rows.count() == 1 and "2025-05-16" in rows.inner_text()
    page.click("#damage-series tbody a")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "damage=energy" in page.url and "1 event" in page.inner_text("#count")  # type: ignore[attr-defined]
