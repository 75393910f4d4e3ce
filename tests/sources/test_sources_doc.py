"""docs/sources.md kept honest: the modules, names and tests it refers to exist, and its table
of readers lists every registered suffix with the module that reads it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from strikewatch.sources import files, shards

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "src" / "strikewatch" / "sources"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def _table() -> dict[str, str]:
    """Suffix -> module, from the table of readers."""
    table = DOC.split("## The readers", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)\.py` \| ([^|]+) \|", table, re.M)
    assert len(rows) >= 5
    return {suffix: module for module, cell in rows for suffix in re.findall(r"`([^`]+)`", cell)}


def test_every_registered_suffix_is_listed_with_its_module() -> None:
    table = _table()
    registered = {**files.READERS, **shards.SHARD_READERS}
    assert set(table) == set(registered)
    for suffix, reader in registered.items():
        assert reader.__module__ == f"strikewatch.sources.{table[suffix]}", suffix


def test_every_module_of_the_package_is_described() -> None:
    for module in MODULES:
        assert f"`{module}.py`" in DOC, module


def test_names_the_doc_gives_exist() -> None:
    names = set(re.findall(r"`(\w+)\.(\w+)", DOC))
    checked = 0
    for module, name in names:
        if module in MODULES and name != "py":
            assert hasattr(importlib.import_module(f"strikewatch.sources.{module}"), name), (
                f"{module}.{name}"
            )
            checked += 1
    assert checked >= 15
    for dotted in re.findall(r"`(strikewatch\.[\w.]+)`", DOC):
        module, _, name = dotted.rpartition(".")
        assert hasattr(importlib.import_module(module), name), dotted


def test_tests_the_doc_names_exist() -> None:
    for path in re.findall(r"`(tests/[\w/]+\.py)`", DOC):
        assert (ROOT / path).exists(), path
    assert "VALID" in (ROOT / "tests" / "sources" / "test_reader.py").read_text(encoding="utf-8")
