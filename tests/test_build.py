"""The compiled build (setup.py, mypyc): what it compiles, that it is what runs here, and that
it extracts exactly what the plain Python modules extract."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from tools.benchmark import COMPILED_MODULES, build, compiled_modules
from tools.synth import generate_articles

import strikewatch
from conftest import stale_compiled
from strikewatch.extraction.engine import extract
from strikewatch.sources.files import article_from_dict, read_inputs

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(strikewatch.__file__).parent


def _setup_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("strikewatch_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines the build, does not run it
    return module


def test_setup_compiles_the_modules_the_benchmarks_report() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text())
    listed = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED"
    )
    dotted = [".".join(Path(p).with_suffix("").parts[2:]) for p in listed]
    assert dotted == list(COMPILED_MODULES)
    assert all((ROOT / p).is_file() for p in listed)


@pytest.mark.skipif(
    os.environ.get("STRIKEWATCH_PURE") == "1", reason="plain Python asked for (STRIKEWATCH_PURE=1)"
)
def test_the_per_article_modules_run_compiled() -> None:
    assert compiled_modules() == list(COMPILED_MODULES), (
        "the compiled modules are missing: run `make compile` (needs a C compiler), "
        "or set STRIKEWATCH_PURE=1 to test plain Python"
    )
    assert build() == "compiled (mypyc)"


def test_pure_is_asked_for_or_forced_by_a_missing_compiler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup = _setup_module()
    monkeypatch.setenv("STRIKEWATCH_PURE", "1")
    assert setup._why_pure() == "STRIKEWATCH_PURE=1 is set"
    assert setup._extensions() == []
    monkeypatch.delenv("STRIKEWATCH_PURE")
    monkeypatch.setattr(setup.shutil, "which", lambda _name: None)
    assert "no C compiler" in setup._why_pure()
    assert setup._extensions() == []


def test_a_source_newer_than_its_compiled_module_is_stale(tmp_path: Path) -> None:
    ext = tmp_path / "extractor.cpython-311-x86_64-linux-gnu.so"
    source = tmp_path / "extractor.py"
    other = tmp_path / "dates.py"  # no compiled module: never stale
    for path in (source, ext, other):
        path.write_text("")
    os.utime(source, (1_000, 1_000))
    os.utime(ext, (2_000, 2_000))
    assert stale_compiled(tmp_path) == []
    os.utime(source, (3_000, 3_000))
    assert stale_compiled(tmp_path) == ["extractor.py"]


_PLAIN = """
import json, sys
from strikewatch.sources.files import article_from_dict
from strikewatch.extraction.engine import extract
for line in sys.stdin:
    a = article_from_dict(json.loads(line), default_id="x")
    print(json.dumps(extract(a).to_dict(), sort_keys=True))
"""


def _articles() -> list[dict[str, object]]:
    paths = [ROOT / "samples" / "articles", *sorted((ROOT / "tests" / "corpora").glob("*/*"))]
    out: list[dict[str, object]] = []
    for a in read_inputs([str(p) for p in paths]):
        if isinstance(a, strikewatch.Article):
            out.append({"id": a.id, "text": a.text, "published": a.published})
    out.extend(generate_articles(300, seed=12, relevant_share=0.8))
    return out


def test_compiled_and_plain_python_extract_the_same(tmp_path: Path) -> None:
    """The same articles through this process's modules and through a copy of the sources
    without any compiled module."""
    if not compiled_modules():
        pytest.skip("no compiled modules here: plain Python is all there is")
    plain = tmp_path / "strikewatch"
    shutil.copytree(PACKAGE, plain, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    articles = _articles()
    assert len(articles) > 300
    lines = "".join(json.dumps(a, default=str) + "\n" for a in articles)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", _PLAIN], input=lines, capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    want = [
        json.dumps(extract(article_from_dict(json.loads(line), default_id="x")).to_dict(),
                   sort_keys=True)
        for line in lines.splitlines()
    ]  # fmt: skip
    got = run.stdout.splitlines()
    assert got == want
    assert sum('"figures": [{' in line for line in got) > 200  # strike reports among them
