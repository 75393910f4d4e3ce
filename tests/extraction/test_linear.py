"""Extraction work is linear in the text, counted, not timed: the regex searches that an
adversarial text costs (one sentence naming a place thousands of times, one of numbers, of
claimants and dates...), and the characters those searches are given, grow in step with its
length. (Wall time is measured by bench/bench_adversarial.py.)

The count runs in plain Python (a copy of the sources without compiled modules, in a
subprocess), where every call into the regex engine is visible to ``sys.setprofile``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import strikewatch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from bench_adversarial import KINDS, _text  # noqa: E402

_COUNT = """
import json, re, sys
from strikewatch import Article, extract
CALLS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
SCANS = {"search", "finditer"}
def count(text):
    # one for each call into the regex engine; and for each search or scan through the
    # speed layer (fastre: CIPattern, Anchored), the characters it is given to scan
    n = 0
    begun = set()  # a generator (finditer) is "called" again at each resumption
    def prof(frame, event, arg):
        nonlocal n
        if event == "c_call" and getattr(arg, "__name__", "") in CALLS:
            if isinstance(getattr(arg, "__self__", None), re.Pattern):
                n += 1
        elif event == "call" and frame.f_code.co_name in SCANS and frame not in begun:
            if frame.f_code.co_filename.endswith("fastre.py"):
                begun.add(frame)
                loc = frame.f_locals
                t = loc.get("text")
                if isinstance(t, str):
                    n += max(0, min(loc.get("endpos", len(t)), len(t)) - loc.get("pos", 0))
    article = Article(text=text, id="x", lang="en")
    extract(article)  # the language pack compiles outside the count
    sys.setprofile(prof)
    try:
        extract(article)
    finally:
        sys.setprofile(None)
    return n
print(json.dumps([count(t) for t in json.loads(sys.stdin.read())]))
"""


@pytest.fixture(scope="module")
def plain_python(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment that imports the plain-Python sources."""
    tmp = tmp_path_factory.mktemp("plain")
    package = Path(strikewatch.__file__).parent
    shutil.copytree(package, tmp / "strikewatch", ignore=shutil.ignore_patterns("*.so"))
    return {**os.environ, "PYTHONPATH": str(tmp), "STRIKEWATCH_PURE": "1"}


def test_regex_searches_grow_linearly_with_adversarial_texts(plain_python: dict[str, str]) -> None:
    small, large = 2, 8  # KB
    texts = [_text(unit, kb) for unit in KINDS.values() for kb in (small, large)]
    run = subprocess.run(
        [sys.executable, "-c", _COUNT],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=plain_python,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    counts = json.loads(run.stdout)
    for k, name in enumerate(KINDS):
        a, b = counts[2 * k], counts[2 * k + 1]
        # four times the text, at most about four times the work (plus a constant)
        assert b <= 4.5 * a + 50, (name, a, b)
