"""`strikewatch follow` and `strikewatch sources` on the command line, against a local
fixture server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.sources.server import FixtureServer, Reply, tg_message, tg_page

from strikewatch.cli import main


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    srv = FixtureServer()
    srv.routes["/robots.txt"] = Reply(status=404)
    msg = tg_message(
        "kpszsu",
        5,
        "Russia launched 40 Shahed drones at Ukraine overnight; 31 were shot down.",
        "2025-07-04T05:15:00+00:00",
    )
    srv.routes["/s/kpszsu"] = Reply(body=tg_page("kpszsu", "Air Force", [msg]))
    srv.routes["/gone"] = Reply(status=404)
    with srv.running():
        yield srv


def test_follow_once_named_sources_and_sources_listing(
    server: FixtureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIKEWATCH_TELEGRAM_URL", server.url)
    db = str(tmp_path / "s.db")
    r = CliRunner().invoke(
        main,
        ["follow", "--once", "--telegram", "kpszsu", "--page", server.url + "/gone", "--db", db],
    )
    assert r.exit_code == 1, r.output  # the page failed
    assert "telegram kpszsu: 1 new or edited, 1 stored" in r.output
    assert "HTTP 404" in r.output and "Traceback" not in r.output
    assert "round: 2 sources polled (1 failed" in r.output
    r = CliRunner().invoke(main, ["sources", "--db", db, "--format", "json"])
    rows = {d["kind"]: d for d in map(json.loads, r.output.splitlines())}
    assert rows["telegram"]["claimant"] == "Ukrainian Air Force"  # from the default file
    assert rows["telegram"]["items"] == 1 and rows["page"]["failures"] == 1
    r = CliRunner().invoke(main, ["sources", "--db", db, "--format", "table"])
    assert "kpszsu" in r.output and "1 failures: " in r.output


def test_follow_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "s.toml"
    bad.write_text('[[source]]\nkind = "rss"\naddress = "x"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["follow", str(bad), "--once", "--db", str(tmp_path / "d.db")])
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "unknown kind" in r.output
    r = CliRunner().invoke(main, ["follow", "--once", "--telegram", "a b", "--db", "x.db"])
    assert r.exit_code == 2 and "--telegram: not a Telegram channel name" in r.output
    r = CliRunner().invoke(main, ["follow", "--once", "--every", "soon", "--page", "http://x"])
    assert r.exit_code == 2 and "not a duration" in r.output
