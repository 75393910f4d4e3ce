"""The layout's promises: modules small enough to read in one sitting, functions short enough
to follow, and no stage reading English words from a module of the engine."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    p
    for folder in (ROOT / "src" / "strikewatch", ROOT / "tools", ROOT / "bench")
    for p in folder.rglob("*.py")
)
MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 120


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_and_functions_stay_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MAX_MODULE_LINES, "split the module by job"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{node.name}: {length} lines"


ENGINE = sorted((ROOT / "src" / "strikewatch" / "extraction").glob("*.py"))
# English words the packs hold (not the codes of vocab.py, such as "killed" or "drone"); the
# engine's modules may name them in comments and docstrings (examples), never in code.
_WORDS = re.compile(
    r"\b(?:drones|missiles|people|overnight|yesterday|Monday|governor|mayor|ministry|said|shot"
    r"|Kyiv|Russia|Ukraine|air force|were|was)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_the_engine_holds_no_english_words_in_code(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            assert not _WORDS.search(node.value), (path.name, node.value[:60])
