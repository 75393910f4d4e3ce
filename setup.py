"""Build step: compile the per-article modules to C with mypyc.

All metadata lives in pyproject.toml; this file only adds the compiled modules. mypyc turns
type-annotated Python into a C extension per module (the same source, no second
implementation), which makes extraction about a quarter faster. The ``.py`` files ship
beside the extensions, and Python imports the extension first.

The modules stay plain Python, with a warning, when ``STRIKEWATCH_PURE=1`` is set or the
machine has no C compiler or no Python headers. ``tools.benchmark.build()`` (printed by
the benchmarks) tells which build is running.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup

# What runs for every article (extraction, cleaning, dates, places, key scans) and for every
# batch record (the prefilter). The rest is I/O-bound glue.
COMPILED = [
    "src/strikewatch/extraction/fastre.py",
    "src/strikewatch/extraction/segment.py",
    "src/strikewatch/extraction/numbers.py",
    "src/strikewatch/extraction/nouns.py",
    "src/strikewatch/extraction/cues.py",
    "src/strikewatch/extraction/claimants.py",
    "src/strikewatch/extraction/sides.py",
    "src/strikewatch/extraction/context.py",
    "src/strikewatch/extraction/dates.py",
    "src/strikewatch/extraction/places.py",
    "src/strikewatch/extraction/settlements.py",
    "src/strikewatch/extraction/damage.py",
    "src/strikewatch/extraction/sentence.py",
    "src/strikewatch/extraction/figures.py",
    "src/strikewatch/extraction/lexicon.py",
    "src/strikewatch/extraction/report.py",
    "src/strikewatch/extraction/engine.py",
    "src/strikewatch/sources/prefilter.py",
]


def _why_pure() -> str | None:
    if os.environ.get("STRIKEWATCH_PURE") == "1":
        return "STRIKEWATCH_PURE=1 is set"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on PATH"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h); install python3-dev"
    return None


def _extensions() -> list[object]:
    why = _why_pure()
    if why is not None:
        print(f"strikewatch: building plain Python modules ({why})", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3"))


if __name__ == "__main__":  # how pip's build backend and `python setup.py` run it
    setup(ext_modules=_extensions())
