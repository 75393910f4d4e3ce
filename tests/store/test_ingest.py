"""Ingest as users run it: separate processes, killed mid-way, or two at once on one file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tools.synth import generate_articles

from strikewatch.events.dedup import content_hash


def _write_jsonl(path: Path, articles: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")


def _ingest_cmd(db: Path, *inputs: Path, batch: int = 50) -> list[str]:
    return [
        sys.executable,
        "-m",
        "strikewatch",
        "ingest",
        *map(str, inputs),
        "--db",
        str(db),
        "--batch-size",
        str(batch),
        "--no-progress",
    ]


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def _assert_whole_articles(db: Path) -> None:
    """Every stored article has all the reports and figures it was stored with, and LSH
    buckets only when it is an original with reports (copies are found through their
    original; articles without reports are never compared; full buckets drop old members)."""
    with sqlite3.connect(db, timeout=30) as conn:
        over = conn.execute(
            "SELECT count(*) FROM (SELECT bucket FROM article_bands GROUP BY bucket"
            " HAVING count(*) > 10)"
        ).fetchone()[0]
    assert over == 0
    with sqlite3.connect(db, timeout=30) as conn:
        broken = conn.execute(
            """
            SELECT a.id FROM articles a
            WHERE a.n_reports != (SELECT count(*) FROM reports r WHERE r.article = a.id)
               OR a.n_figures != (SELECT count(*) FROM figures f WHERE f.article = a.id)
               OR (SELECT count(*) FROM article_bands b WHERE b.article = a.id)
                  > CASE WHEN a.duplicate_of IS NULL AND a.n_reports > 0 THEN 16 ELSE 0 END
            """
        ).fetchall()
    assert broken == []


def _distinct(articles: list[dict[str, object]]) -> int:
    return len({content_hash(str(a["text"])) for a in articles})


def _finish(db: Path) -> None:
    """After the final run: every dated report is in an event, nothing left queued."""
    with sqlite3.connect(db, timeout=30) as conn:
        assert conn.execute("SELECT count(*) FROM pending_keys").fetchone()[0] == 0
        orphans = conn.execute(
            "SELECT count(*) FROM reports WHERE date IS NOT NULL AND event IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    arts = list(generate_articles(1200, seed=11, relevant_share=0.6))
    src = tmp_path / "corpus.jsonl"
    _write_jsonl(src, arts)
    db = tmp_path / "store.db"
    proc = subprocess.Popen(_ingest_cmd(db, src), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db, "articles") < 150 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; use more articles"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = _count(db, "articles")
    assert 0 < partial < _distinct(arts)
    _assert_whole_articles(db)

    done = subprocess.run(_ingest_cmd(db, src), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{partial:,} already stored" in done.stdout
    assert _count(db, "articles") == _distinct(arts)
    _assert_whole_articles(db)
    _finish(db)


def test_two_ingest_processes_on_one_sqlite_file_lose_nothing(tmp_path: Path) -> None:
    arts = list(generate_articles(700, seed=12, relevant_share=0.6))
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write_jsonl(first, arts[:450])
    _write_jsonl(second, arts[250:])  # 200 articles in both
    db = tmp_path / "store.db"
    procs = [
        subprocess.Popen(
            _ingest_cmd(db, p, batch=20), stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for p in (first, second)
    ]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    assert _count(db, "articles") == _distinct(arts)
    _assert_whole_articles(db)
    _finish(db)
