"""Batch runs on a real Dask LocalCluster (2 worker processes) over generated JSONL, gzip and
WARC shards: Parquet output equal to single-process extraction, resume, corrupt inputs logged,
and loading the output into the store."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from tools.synth import generate_articles, write_shards

from strikewatch.batch.run import BatchStats, load_output, run, shard_key
from strikewatch.cli import main
from strikewatch.errors import StrikeWatchError
from strikewatch.extraction.engine import extract
from strikewatch.models import Article
from strikewatch.sources.files import article_from_dict
from strikewatch.sources.shards import shard_records
from strikewatch.store import open_store
from strikewatch.store.ingest import ingest


def _rows(out: Path, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in sorted((out / table).glob("*.parquet")):
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def _reference(shards: list[Path]) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """The same shards extracted in this process, without Dask or Parquet."""
    reports, figures = set(), set()
    for shard in shards:
        for _, item in shard_records(shard):
            if not isinstance(item, Article):
                continue
            for k, r in enumerate(extract(item).reports):
                reports.add((item.id, k, r.attacker, r.target, r.date, tuple(r.places)))
                for f in r.figures:
                    ev = f.evidence
                    fig = (item.id, k, f.metric, f.weapon, f.value, f.qualifier, f.place)
                    figures.add((*fig, f.claimant, ev.start, ev.end, ev.text))
    return reports, figures


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path, BatchStats]:
    root = tmp_path_factory.mktemp("batch")
    shards = [
        *write_shards(root / "in", 120, shards=2, kind="jsonl", seed=21, relevant_share=0.5),
        *write_shards(root / "in", 60, shards=1, kind="jsonl.gz", seed=22, relevant_share=0.5),
        *write_shards(
            root / "in" / "web", 40, shards=1, kind="warc.gz", seed=23, relevant_share=0.5
        ),
    ]
    shards[2] = shards[2].rename(root / "in" / "gz-shard-0000.jsonl.gz")
    out = root / "out"
    stats = run([str(root / "in")], out, workers=2)
    return shards, out, stats


def test_local_cluster_output_equals_single_process_extract(
    corpus: tuple[list[Path], Path, BatchStats],
) -> None:
    shards, out, stats = corpus
    assert stats.shards == 4 and stats.skipped == 0 and stats.errors == 0
    assert stats.records == 220 and 0 < stats.candidates < 220
    assert len(stats.peak_rss_mb) == 2  # both worker processes did work
    # the three phases are timed apart: shard work ends with the last shard
    assert stats.startup_seconds > 0 and stats.seconds > 0 and stats.shutdown_seconds > 0
    reports = {
        (r["article"], r["report"], r["attacker"], r["target"], r["date"], tuple(r["places"]))
        for r in _rows(out, "reports")
    }
    cols = ("article", "report", "metric", "weapon", "value", "qualifier", "place")
    figures = {
        (*(f[c] for c in cols), f["claimant"], f["start"], f["end"], f["evidence"])
        for f in _rows(out, "figures")
    }
    ref_reports, ref_figures = _reference(shards)
    assert reports == ref_reports and figures == ref_figures
    assert len(figures) > 100
    # and for the JSONL shards, equal to extracting the generated articles themselves
    direct = {
        (a["id"], k, f.metric, f.value)
        for a in generate_articles(120, seed=21, relevant_share=0.5)
        for k, r in enumerate(extract(article_from_dict(a, default_id="x")).reports)
        for f in r.figures
    }
    from_batch = {
        (f["article"], f["report"], f["metric"], f["value"])
        for shard in shards[:2]
        for f in pq.read_table(out / "figures" / f"{shard_key(shard)}.parquet").to_pylist()
    }
    assert from_batch == direct
    for shard in shards:  # evidence slices the stored text (ids may repeat across shards)
        key = shard_key(shard)
        arts = pq.read_table(out / "articles" / f"{key}.parquet").to_pylist()
        texts = {a["article"]: a["text"] for a in arts}
        for f in pq.read_table(out / "figures" / f"{key}.parquet").to_pylist():
            assert texts[f["article"]][f["start"] : f["end"]] == f["evidence"]


def test_rerun_skips_finished_shards(corpus: tuple[list[Path], Path, BatchStats]) -> None:
    shards, out, _ = corpus
    before = {p: p.stat().st_mtime_ns for p in (out / "done").glob("*.json")}
    again = run([str(s) for s in shards], out, workers=1)
    assert (again.shards, again.skipped, again.records) == (4, 4, 0)
    assert {p: p.stat().st_mtime_ns for p in (out / "done").glob("*.json")} == before


def test_ingest_reports_loads_the_batch_output(
    corpus: tuple[list[Path], Path, BatchStats], tmp_path: Path
) -> None:
    _, out, stats = corpus
    db = tmp_path / "b.db"
    result = CliRunner().invoke(main, ["ingest", "--reports", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as s:
        counts = s.counts()
        assert counts["articles"] == stats.articles
        assert counts["reports"] == stats.reports and counts["figures"] == stats.figures
        assert counts["events"] > 0 and counts["pending"] == 0
    pairs = list(load_output(out))
    direct = tmp_path / "direct.db"
    with open_store(str(direct)) as s:
        ingest(s, [a for a, _ in pairs])  # extracting again gives the same store
        assert s.counts() == counts


def test_corrupt_shards_and_records_are_logged_and_the_rest_continues(tmp_path: Path) -> None:
    good = write_shards(tmp_path / "in", 30, shards=1, kind="jsonl", seed=5, relevant_share=1.0)
    lines = good[0].read_text(encoding="utf-8").splitlines()
    lines.insert(3, '{"text": "Russia launched 5 drones", broken')
    good[0].write_text("\n".join(lines) + "\n", encoding="utf-8")
    payload = gzip.compress(("\n".join(lines) + "\n").encode())
    (tmp_path / "in" / "cut.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    (tmp_path / "in" / "bad.warc.gz").write_bytes(b"this is not a web archive at all")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path / "in"), "--out", str(out), "--workers", "1"]
    )
    assert result.exit_code == 1
    assert "logged in" in result.stderr and "Traceback" not in result.output
    logged = [
        json.loads(line)
        for f in sorted((out / "errors").glob("*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
    where = {e["location"] for e in logged}
    assert f"{good[0]}:4" in where
    assert str(tmp_path / "in" / "cut.jsonl.gz") in where
    assert str(tmp_path / "in" / "bad.warc.gz") in where
    assert len(list((out / "done").glob("*.json"))) == 3
    assert len(_rows(out, "articles")) >= 30  # the good shard and the readable part of the cut one


def test_missing_input_and_unreachable_scheduler_are_errors(tmp_path: Path) -> None:
    with pytest.raises(StrikeWatchError, match="does not exist"):
        run([str(tmp_path / "nothing")], tmp_path / "out")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "nothing"), "--out", "o"])
    assert result.exit_code == 2 and result.stderr.startswith("strikewatch: ")
    shard = write_shards(tmp_path, 2, shards=1, kind="jsonl")
    with pytest.raises(StrikeWatchError, match="cannot reach the Dask scheduler"):
        run([str(shard[0])], tmp_path / "o", scheduler="tcp://127.0.0.1:9", connect_timeout=1)


def test_joins_a_running_cluster_by_its_address(tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    shards = write_shards(tmp_path / "in", 40, shards=2, kind="jsonl", seed=6, relevant_share=0.5)
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        stats = run([str(s) for s in shards], tmp_path / "out", scheduler=cluster.scheduler_address)
    assert (stats.shards, stats.records) == (2, 40)
    assert stats.reports == len(_rows(tmp_path / "out", "reports")) > 0


def test_an_unforeseen_reader_failure_is_logged_for_its_shard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import strikewatch.batch.run as batch

    (shard,) = write_shards(tmp_path / "in", 5, shards=1, kind="jsonl", seed=6, relevant_share=1.0)

    def failing(path: Path):  # type: ignore[no-untyped-def]
        yield from list(shard_records(path))[:2]
        raise ValueError("parser blew up")

    monkeypatch.setattr(batch, "shard_records", failing)
    stats = batch.process_shard(str(shard), str(tmp_path / "out"))
    assert (stats["records"], stats["errors"]) == (2, 1)
    (log,) = (tmp_path / "out" / "errors").glob("*.jsonl")
    entry = json.loads(log.read_text(encoding="utf-8"))
    assert entry["location"] == str(shard) and "ValueError (parser blew up)" in entry["error"]
    assert (tmp_path / "out" / "done" / f"{shard_key(shard)}.json").exists()
