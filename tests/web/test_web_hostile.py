"""The server under hostile requests (issue 14): the token is checked before the body, a
body past the limit is refused with 413 saying the limit, hostile JSON and NULs are 422,
pages may not be framed, and exported cells never run as spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.events.export import export
from strikewatch.store import Store, open_store
from strikewatch.web import create_app
from strikewatch.web.api import MAX_BODY

TOKEN = "hostile-test-token"
ARTICLE = {
    "id": "w1",
    "source": '=HYPERLINK("http://example.org","click")',
    "published": "2025-03-09",
    "text": "Russia launched 40 drones at Kyiv overnight; 31 were shot down, the air force said.",
}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    store: Store = open_store(str(tmp_path / "web.db"))
    with TestClient(create_app(store, ingest_token=TOKEN)) as c:
        yield c
    store.close()


def _post(client: TestClient, body: bytes, auth: str | None = f"Bearer {TOKEN}") -> int:
    headers = {"Content-Type": "application/json"}
    if auth is not None:
        headers["Authorization"] = auth
    return client.post("/api/articles", content=body, headers=headers).status_code


@pytest.mark.parametrize("auth", [TOKEN, f"Basic {TOKEN}", "Bearer", "Bearer wrong", None])
def test_only_a_bearer_token_is_accepted(client: TestClient, auth: str | None) -> None:
    assert _post(client, json.dumps(ARTICLE).encode(), auth) == 401
    assert _post(client, json.dumps(ARTICLE).encode(), f"bearer {TOKEN}") == 201


def test_an_unauthenticated_large_body_is_refused_by_its_token(client: TestClient) -> None:
    assert _post(client, b"x" * (MAX_BODY * 3), auth=None) == 401


def test_a_body_past_the_limit_is_413_saying_the_limit(client: TestClient) -> None:
    text = "Russia launched 40 drones. " * (MAX_BODY // 20)
    body = json.dumps({"id": "big", "text": text}).encode()
    r = client.post(
        "/api/articles",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert f"{MAX_BODY:,}" in r.json()["title"]


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"text": "drones", "n": ' + b"9" * 5000 + b"}",
        b'{"text": "Russia launched 40 drones\\u0000 at Kyiv."}',
        b'{"text": "\xff\xfe drones"}',
        b"{",
    ],
    ids=["deep", "long-int", "nul", "not-utf8", "malformed"],
)
def test_hostile_json_is_422_and_the_store_goes_on(client: TestClient, body: bytes) -> None:
    assert _post(client, body) == 422
    assert _post(client, json.dumps(ARTICLE).encode()) == 201


def test_pages_may_not_be_framed_and_send_no_referrer_outside(client: TestClient) -> None:
    for path in ("/", "/api/events"):
        r = client.get(path)
        assert r.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        assert r.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_exported_cells_never_start_a_formula(tmp_path: Path, fmt: str) -> None:
    store = open_store(str(tmp_path / "export.db"))
    try:
        with TestClient(create_app(store, ingest_token=TOKEN)) as client:
            assert _post(client, json.dumps(ARTICLE).encode()) == 201
            web_csv = client.get("/api/export.csv").text
        buf = io.StringIO()
        export(store, fmt, out=buf)
    finally:
        store.close()
    for text in (buf.getvalue(), web_csv):
        cells = [cell for row in list(csv.reader(io.StringIO(text)))[1:] for cell in row]
        assert cells
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    if fmt == "acled":  # the outlet is in the notes: neutralised, not dropped
        assert "'=HYPERLINK" in buf.getvalue()
