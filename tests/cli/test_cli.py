"""Tests of the ``strikewatch`` command line: the installed console script and click's runner.

Every input error must be one line on stderr naming the file (and line), never a traceback;
the other inputs still produce their JSON lines; exit status 1 when any input failed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from strikewatch.cli import main

SCRIPT = Path(sys.executable).parent / "strikewatch"

# Short wire-style fixtures, written for these tests.
NIGHT_TEXT = (
    "Russia attacked Ukraine with 40 drones overnight, the air force said. "
    "Air defence shot down 31 of them."
)
ODESA_TEXT = (
    "Russian forces launched 12 Shahed drones at the Odesa region overnight, the regional "
    "governor said. Air defence units destroyed nine of them. Two people were injured."
)
JSON_ARTICLE = {"id": "odesa-night", "published": "2024-11-17", "text": ODESA_TEXT}


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def out_lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line.strip()]

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out_lines]

    def ids(self) -> list[str]:
        return [r["id"] for r in self.records()]


def run(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
    """Run the installed console script."""
    proc = subprocess.run(
        [str(SCRIPT), *(str(a) for a in args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8"),
        proc.stderr.decode("utf-8", errors="replace"),
    )


def invoke(*args: str | Path, stdin: bytes | str | None = None) -> Run:
    """Run the command in-process with click's runner (stdout and stderr kept apart)."""
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    return Run(result.exit_code, result.stdout, result.stderr)


def assert_no_traceback(r: Run) -> None:
    assert "Traceback" not in r.err
    assert "Traceback" not in r.out


@pytest.fixture
def good(tmp_path: Path) -> tuple[Path, Path]:
    """A good .txt and a good .json article."""
    txt = tmp_path / "night.txt"
    txt.write_text(NIGHT_TEXT, encoding="utf-8")
    js = tmp_path / "odesa.json"
    js.write_text(json.dumps(JSON_ARTICLE), encoding="utf-8")
    return txt, js


# --------------------------------------------------------------------------- help


def test_help_lists_commands() -> None:
    r = run("--help")
    assert r.code == 0
    for command in ("extract", "evaluate"):
        assert command in r.out
    assert_no_traceback(r)


def test_script_is_installed() -> None:
    assert SCRIPT.exists()


# --------------------------------------------------------------------------- extract: success


def test_extract_good_inputs_exit_zero(good: tuple[Path, Path]) -> None:
    txt, js = good
    r = run("extract", txt, js)
    assert r.code == 0
    assert r.err == ""
    assert r.ids() == ["night", "odesa-night"]


def test_format_json_one_object_per_article_with_sliceable_evidence(
    good: tuple[Path, Path],
) -> None:
    txt, js = good
    r = run("extract", "--format", "json", txt, js)
    assert r.code == 0
    texts = {"night": NIGHT_TEXT, "odesa-night": ODESA_TEXT}
    records = r.records()
    assert len(records) == len(r.out_lines) == 2
    n_figures = 0
    for rec in records:
        assert set(rec) == {"id", "reports"}
        text = texts[rec["id"]]
        for report in rec["reports"]:
            for fig in report["figures"]:
                n_figures += 1
                ev = fig["evidence"]
                assert 0 <= ev["start"] < ev["end"] <= len(text)
                assert text[ev["start"] : ev["end"]] == ev["text"]
    assert n_figures >= 3


def test_format_table_mentions_id_and_value(good: tuple[Path, Path]) -> None:
    txt, _ = good
    r = run("extract", "--format", "table", txt)
    assert r.code == 0
    assert "night" in r.out
    assert "40" in r.out
    assert not r.out.lstrip().startswith("{")


def test_format_choice_rejected() -> None:
    r = run("extract", "--format", "xml", "whatever.txt")
    assert r.code == 2
    assert_no_traceback(r)


# --------------------------------------------------------------------------- extract: errors


def _write_empty(p: Path) -> None:
    p.write_bytes(b"")


def _write_binary(p: Path) -> None:
    p.write_bytes(b"Drones\x00\x01\x02\x00 over Kyiv\x00")


def _write_latin1(p: Path) -> None:
    p.write_bytes("Air defence shot down 12 drones near the caf\u00e9.".encode("latin-1"))


def _write_oversized(p: Path) -> None:
    with p.open("wb") as f:
        f.truncate(5 * 1024 * 1024 + 1)  # sparse


def _write_bad_json(p: Path) -> None:
    p.write_text('{"id": "x", "text": "Russia launched 5 drones', encoding="utf-8")


def _write_unsupported(p: Path) -> None:
    p.write_text(NIGHT_TEXT, encoding="utf-8")


BAD_FILES = [
    pytest.param("missing.txt", None, "does not exist", id="missing"),
    pytest.param("empty.txt", _write_empty, "empty", id="empty"),
    pytest.param("binary.txt", _write_binary, "binary", id="binary"),
    pytest.param("latin1.txt", _write_latin1, "UTF-8", id="non-utf8"),
    pytest.param("huge.txt", _write_oversized, "too large", id="oversized"),
    pytest.param("broken.json", _write_bad_json, "malformed JSON", id="malformed-json"),
    pytest.param("notes.csv", _write_unsupported, "unsupported file type", id="suffix"),
]


@pytest.mark.parametrize(("name", "writer", "fragment"), BAD_FILES)
def test_bad_input_is_one_line_and_others_still_run(
    tmp_path: Path, good: tuple[Path, Path], name: str, writer: Any, fragment: str
) -> None:
    txt, js = good
    bad = tmp_path / name
    if writer is not None:
        writer(bad)
    r = run("extract", "--format", "json", txt, bad, js)
    assert_no_traceback(r)
    assert r.code == 1
    assert len(r.err_lines) == 1, r.err
    line = r.err_lines[0]
    assert str(bad) in line
    assert fragment in line
    assert r.ids() == ["night", "odesa-night"]


def test_oversized_file_is_sparse_and_rejected_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    _write_oversized(huge)
    assert huge.stat().st_size > 5 * 1024 * 1024
    r = run("extract", huge)
    assert r.code == 1
    assert r.out == ""
    assert len(r.err_lines) == 1
    assert "huge.json" in r.err_lines[0]
    assert_no_traceback(r)


def test_only_bad_inputs_exit_one_with_no_output(tmp_path: Path) -> None:
    r = run("extract", tmp_path / "nope.txt", tmp_path / "nope2.json")
    assert r.code == 1
    assert r.out == ""
    assert len(r.err_lines) == 2
    assert "nope.txt" in r.err_lines[0]
    assert "nope2.json" in r.err_lines[1]
    assert_no_traceback(r)


def test_malformed_jsonl_line_among_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "first", "text": NIGHT_TEXT}),
        '{"id": "second", "text": "Russia launched 7 drones',
        "",
        json.dumps({"id": "fourth", "text": ODESA_TEXT}),
        json.dumps({"text": "Ukrainian drones hit a depot overnight, killing 2 workers."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("extract", "--format", "json", path)
    assert_no_traceback(r)
    assert r.code == 1
    assert r.ids() == ["first", "fourth", "feed:5"]
    assert len(r.err_lines) == 1, r.err
    assert f"{path}:2" in r.err_lines[0]
    assert "malformed JSON" in r.err_lines[0]


def test_jsonl_line_that_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "first", "text": NIGHT_TEXT}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "last", "text": ODESA_TEXT}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    r = run("extract", path)
    assert_no_traceback(r)
    assert r.code == 1
    assert r.ids() == ["first", "last"]
    assert len(r.err_lines) == 2
    assert f"{path}:2" in r.err_lines[0]
    assert f"{path}:3" in r.err_lines[1]


def test_directory_mixing_good_and_bad_files(tmp_path: Path) -> None:
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "a-night.txt").write_text(NIGHT_TEXT, encoding="utf-8")
    (d / "b-odesa.json").write_text(json.dumps(JSON_ARTICLE), encoding="utf-8")
    _write_bad_json(d / "c-broken.json")
    _write_empty(d / "d-empty.txt")
    _write_binary(d / "e-binary.txt")
    _write_latin1(d / "f-latin1.txt")
    (d / "sub" / "g-feed.jsonl").write_text(
        json.dumps({"id": "g1", "text": NIGHT_TEXT}) + "\n{oops\n", encoding="utf-8"
    )
    (d / "notes.csv").write_text("ignored in a directory", encoding="utf-8")
    (d / ".hidden.txt").write_text("", encoding="utf-8")

    r = run("extract", "--format", "json", d)
    assert_no_traceback(r)
    assert r.code == 1
    assert r.ids() == ["a-night", "odesa-night", "g1"]
    expected = ["c-broken.json", "d-empty.txt", "e-binary.txt", "f-latin1.txt", "g-feed.jsonl:2"]
    assert len(r.err_lines) == len(expected), r.err
    for line, name in zip(r.err_lines, expected, strict=True):
        assert name in line
        assert line.startswith("strikewatch: ")


def test_directory_of_good_files_exits_zero(tmp_path: Path) -> None:
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "one.txt").write_text(NIGHT_TEXT, encoding="utf-8")
    (d / "two.json").write_text(json.dumps(JSON_ARTICLE), encoding="utf-8")
    (d / "readme.md").write_text("not an article", encoding="utf-8")
    r = run("extract", d)
    assert r.code == 0
    assert r.err == ""
    assert r.ids() == ["one", "odesa-night"]


def test_empty_directory_is_named(tmp_path: Path) -> None:
    d = tmp_path / "nothing"
    d.mkdir()
    r = run("extract", d)
    assert r.code == 1
    assert len(r.err_lines) == 1
    assert str(d) in r.err_lines[0]
    assert_no_traceback(r)


def test_extract_without_paths_is_usage_error() -> None:
    r = run("extract")
    assert r.code == 2
    assert_no_traceback(r)


# --------------------------------------------------------------------------- stdin


def test_stdin_plain_text() -> None:
    r = run("extract", "-", stdin=NIGHT_TEXT.encode())
    assert r.code == 0
    assert r.ids() == ["stdin"]
    (rec,) = r.records()
    values = {f["value"] for rep in rec["reports"] for f in rep["figures"]}
    assert 40 in values


def test_stdin_json_object() -> None:
    r = invoke("extract", "-", stdin=json.dumps(JSON_ARTICLE).encode())
    assert r.code == 0, r.err
    assert r.ids() == ["odesa-night"]
    (rec,) = r.records()
    assert rec["reports"]
    assert rec["reports"][0]["date"] == "2024-11-17"


def test_stdin_jsonl() -> None:
    data = (
        json.dumps({"id": "s1", "text": NIGHT_TEXT})
        + "\n"
        + json.dumps({"id": "s2", "text": ODESA_TEXT})
        + "\n"
    )
    r = invoke("extract", "-", stdin=data.encode())
    assert r.code == 0, r.err
    assert r.ids() == ["s1", "s2"]


def test_stdin_jsonl_with_bad_line() -> None:
    data = json.dumps({"id": "s1", "text": NIGHT_TEXT}) + "\n{broken\n"
    r = run("extract", "-", stdin=data.encode())
    assert_no_traceback(r)
    assert r.code == 1
    assert r.ids() == ["s1"]
    assert len(r.err_lines) == 1
    assert "<stdin>:2" in r.err_lines[0]


def test_stdin_empty() -> None:
    r = run("extract", "-", stdin=b"")
    assert r.code == 1
    assert r.out == ""
    assert len(r.err_lines) == 1
    assert "<stdin>" in r.err_lines[0]
    assert_no_traceback(r)


def test_stdin_and_file_together(good: tuple[Path, Path]) -> None:
    txt, _ = good
    r = run("extract", txt, "-", stdin=ODESA_TEXT.encode())
    assert r.code == 0
    assert r.ids() == ["night", "stdin"]


# --------------------------------------------------------------------------- --published


def _dates(r: Run) -> list[str | None]:
    return [rep["date"] for rec in r.records() for rep in rec["reports"]]


def test_published_fills_date_of_txt(good: tuple[Path, Path]) -> None:
    txt, _ = good
    without = invoke("extract", txt)
    assert without.code == 0
    assert _dates(without) == [None]
    r = invoke("extract", "--published", "2024-11-17", txt)
    assert r.code == 0, r.err
    assert _dates(r) == ["2024-11-17"]


def test_published_on_real_script(good: tuple[Path, Path]) -> None:
    txt, _ = good
    r = run("extract", "--published", "2024-11-17", txt)
    assert r.code == 0
    assert _dates(r) == ["2024-11-17"]


def test_published_does_not_override_json_date(tmp_path: Path) -> None:
    path = tmp_path / "dated.json"
    path.write_text(json.dumps({**JSON_ARTICLE, "published": "2024-10-05"}), encoding="utf-8")
    r = invoke("extract", "--published", "2024-11-17", path)
    assert r.code == 0
    assert _dates(r) == ["2024-10-05"]


def test_bad_published_is_usage_error(good: tuple[Path, Path]) -> None:
    txt, _ = good
    r = run("extract", "--published", "nonsense", txt)
    assert r.code == 2
    assert_no_traceback(r)
    assert "--published" in r.err
    assert "nonsense" in r.err
    assert r.out == ""


# --------------------------------------------------------------------------- evaluate


def _gold_and_articles(tmp_path: Path) -> tuple[Path, Path]:
    """One article whose gold holds its two figures plus one it will not find."""
    gold = tmp_path / "gold"
    arts = tmp_path / "articles"
    gold.mkdir()
    arts.mkdir()
    article = {"id": "night-1", "published": "2024-11-17", "text": NIGHT_TEXT}
    (arts / "night-1.json").write_text(json.dumps(article), encoding="utf-8")
    fig = {"weapon": "drone", "qualifier": "exact", "place": "Ukraine"}
    gold_obj = {
        "id": "night-1",
        "published": "2024-11-17",
        "reports": [
            {
                "attacker": "RU",
                "target": "UA",
                "date": "2024-11-17",
                "places": [],
                "figures": [
                    {"metric": "launched", "value": 40, **fig},
                    {"metric": "intercepted", "value": 31, **fig},
                    {"metric": "suppressed", "value": 9, **fig},
                ],
            }
        ],
    }
    (gold / "night-1.json").write_text(json.dumps(gold_obj), encoding="utf-8")
    return gold, arts


def test_evaluate_missing_gold_dir(tmp_path: Path, good: tuple[Path, Path]) -> None:
    txt, _ = good
    r = run("evaluate", "--gold", tmp_path / "no-such-gold", "--articles", txt)
    assert r.code == 2
    assert len(r.err_lines) == 1
    assert "no-such-gold" in r.err_lines[0]
    assert_no_traceback(r)


def test_evaluate_json(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    r = run("evaluate", "--gold", gold, "--articles", arts, "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    for key in ("precision", "recall", "f1"):
        assert key in data
        assert 0.0 <= data[key] <= 1.0
    assert data["recall"] < 1.0  # the suppressed figure is not in the text


def test_evaluate_text(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    r = invoke("evaluate", "--gold", gold, "--articles", arts)
    assert r.code == 0, r.err
    assert "f1" in r.out.lower()


def _f1(tmp_path: Path, gold: Path, arts: Path) -> float:
    r = invoke("evaluate", "--gold", gold, "--articles", arts, "--json")
    assert r.code == 0
    return float(json.loads(r.out)["f1"])


def _gated(
    tmp_path: Path, gold: Path, arts: Path, floors: dict[str, object], *extra: str
) -> tuple[Run, Path]:
    """Run ``evaluate --baseline`` on the tiny corpus with these floors (corpus "tiny")."""
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(floors), encoding="utf-8")
    args = ("--gold", gold, "--articles", arts, "--baseline", baseline, "--corpus", "tiny")
    return run("evaluate", *args, *extra), baseline


def test_evaluate_baseline_floor_above_score_fails(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    assert _f1(tmp_path, gold, arts) < 0.99
    r, _ = _gated(tmp_path, gold, arts, {"tiny": {"f1": 0.99}}, "--no-diffs")
    assert r.code == 1
    assert any("gate" in line and "f1" in line for line in r.err_lines)
    assert_no_traceback(r)


def test_evaluate_baseline_floor_below_score_passes(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tiny": {"f1": 0.1, "precision": 0.1}}), encoding="utf-8")
    r = run(
        "evaluate", "--gold", gold, "--articles", arts, "--baseline", baseline, "--corpus", "tiny"
    )
    assert r.code == 0, r.err
    assert r.err == ""


def test_evaluate_baseline_unknown_corpus_is_fatal(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tiny": {"f1": 0.1}}), encoding="utf-8")
    r = run(
        "evaluate", "--gold", gold, "--articles", arts, "--baseline", baseline, "--corpus", "other"
    )
    assert r.code == 2
    assert len(r.err_lines) == 1
    assert_no_traceback(r)


def test_evaluate_malformed_baseline_is_fatal(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    r = run("evaluate", "--gold", gold, "--articles", arts, "--baseline", baseline)
    assert r.code == 2
    assert len(r.err_lines) == 1
    assert "baseline.json" in r.err_lines[0]
    assert_no_traceback(r)


def test_raise_floors_never_lowers(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    assert _f1(tmp_path, gold, arts) < 0.99
    r, baseline = _gated(tmp_path, gold, arts, {"tiny": {"f1": 0.99}}, "--raise-floors")
    assert_no_traceback(r)
    floors = json.loads(baseline.read_text(encoding="utf-8"))["tiny"]
    assert floors["f1"] == 0.99
    # The other gated scores were recorded at (about) their current values.
    assert "precision" in floors and "recall" in floors
    # The floor still sits above the score, so the gate still fails.
    assert r.code == 1


def test_raise_floors_creates_and_raises(tmp_path: Path) -> None:
    gold, arts = _gold_and_articles(tmp_path)
    score = _f1(tmp_path, gold, arts)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tiny": {"f1": 0.05}, "keep": {"f1": 0.5}}), encoding="utf-8")
    r = invoke(
        "evaluate",
        "--gold",
        gold,
        "--articles",
        arts,
        "--baseline",
        baseline,
        "--corpus",
        "tiny",
        "--raise-floors",
    )
    assert r.code == 0, r.err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    # Raised from 0.05 towards the current score (possibly less a safety margin), never above.
    assert 0.05 < data["tiny"]["f1"] <= score + 1e-4
    assert data["keep"] == {"f1": 0.5}


# --------------------------------------------------------------------------- start-up


def test_store_commands_do_not_load_the_extractor_or_datasketch() -> None:
    """The extractor's patterns (0.2 s to compile) and datasketch (which imports SciPy,
    0.3 s) are loaded when first used, so `events`, `show`, `export` and `serve` start in
    about half the time."""
    code = (
        "import sys, strikewatch, strikewatch.cli, strikewatch.store, strikewatch.store.read; "
        "print(sorted(m for m in ('strikewatch.extraction.engine', 'datasketch')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
