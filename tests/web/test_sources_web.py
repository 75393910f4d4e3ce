"""/sources and its JSON twin /api/sources."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from strikewatch.store import open_store
from strikewatch.store.state import PollOutcome, SourceInfo
from strikewatch.web import create_app


def test_sources_page_and_twin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as store:
        a, _ = store.register_sources(
            [
                SourceInfo("telegram", "kpszsu", claimant="Ukrainian Air Force"),
                SourceInfo("page", "http://x/"),
            ]
        )
        store.save_poll(a.id, PollOutcome(error="HTTP 503 <b>", next_poll="2999-01-01"))
    client = TestClient(create_app(url))
    data = client.get("/api/sources").json()["sources"]
    assert [(s["kind"], s["failures"]) for s in data] == [("page", 0), ("telegram", 1)]
    page = client.get("/sources")
    assert page.status_code == 200 and 'href="/api/sources"' in page.text
    assert "Ukrainian Air Force" in page.text and "HTTP 503 &lt;b&gt;" in page.text
