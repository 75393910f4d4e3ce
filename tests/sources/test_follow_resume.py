"""Kill and resume: `strikewatch follow --once` killed mid-round (SIGKILL, then SIGTERM)
loses nothing stored, and the next run finishes without storing anything twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sources.server import (
    FixtureServer,
    Reply,
    article_page,
    rfc822,
    rss,
    tg_message,
    tg_page,
)

from strikewatch.store import open_store
from strikewatch.store.schema import articles

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    srv = FixtureServer()
    srv.routes["/robots.txt"] = Reply(status=404)
    msgs = [
        tg_message(
            "kpszsu",
            i,
            f"Russia launched {i} Shahed drones at Ukraine overnight.",
            "2025-07-04T05:15:00+00:00",
        )
        for i in (11, 12, 13)
    ]
    srv.routes["/s/kpszsu"] = Reply(body=tg_page("kpszsu", "Air Force", msgs))
    items = []
    for n in range(4):
        text = f"Russia launched {30 + n} missiles at Ukraine overnight, officials said on day {n}."
        srv.routes[f"/slow/{n}"] = Reply(
            body=article_page(f"Story {n}", [text], "2025-07-05").encode(), delay=3.0
        )
        items.append((f"{srv.url}/slow/{n}", f"Story {n}", text, rfc822("2025-07-05")))
    srv.routes["/rss"] = Reply(body=rss("Slow News", items))
    with srv.running():
        yield srv


def refs(db: str) -> Counter[str]:
    with open_store(db) as store, store.read() as conn:
        return Counter(conn.scalars(select(articles.c.ref)))


def run(tmp_path: Path, server: FixtureServer, db: str) -> subprocess.Popen[bytes]:
    conf = tmp_path / "sources.toml"
    conf.write_text(
        "[follow]\ndelay = 0\nper_host = 4\ntimeout = 10\nretries = 0\n"
        f'telegram_url = "{server.url}"\n'
        '[[source]]\nkind = "telegram"\naddress = "kpszsu"\nclaimant = "Ukrainian Air Force"\n'
        f'[[source]]\nkind = "feed"\naddress = "{server.url}/rss"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    return subprocess.Popen(
        [sys.executable, "-m", "strikewatch", "follow", str(conf), "--once", "--db", db],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(
    server: FixtureServer, path: str, proc: subprocess.Popen[bytes], seconds: float = 60
) -> None:
    deadline = time.monotonic() + seconds
    while path not in server.paths():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, server.paths()
        time.sleep(0.05)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killed_mid_round_loses_nothing_and_resumes(
    tmp_path: Path, server: FixtureServer, how: signal.Signals
) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    proc = run(tmp_path, server, db)
    wait_for(server, "/slow/0", proc)  # the channel is polled; the feed's pages are being fetched
    deadline = time.monotonic() + 30
    while sum(refs(db).values()) < 3:  # the channel's messages are stored
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    proc.send_signal(how)
    _, err = proc.communicate(timeout=60)
    if how == signal.SIGTERM:  # a clean stop: one line on stderr, no traceback
        assert b"Traceback" not in err and b"stopping" in err, err
    first = refs(db)
    assert set(first) == {f"t.me/kpszsu/{i}" for i in (11, 12, 13)}
    for n in range(4):
        server.routes[f"/slow/{n}"].delay = 0  # type: ignore[union-attr]
    proc = run(tmp_path, server, db)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    second = refs(db)
    assert max(second.values()) == 1  # nothing stored twice
    assert len(second) == 3 + 4
    assert set(first) <= set(second)
