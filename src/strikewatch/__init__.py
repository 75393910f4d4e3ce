"""StrikeWatch: source-cited figures about drone and missile strikes, from news text.

The public API is small: read articles, extract reports from one article, score against gold.

>>> from strikewatch import Article, extract
>>> result = extract(Article(text="Russia launched 12 drones overnight.", id="x"))
>>> [(f.metric, f.weapon, f.value) for r in result.reports for f in r.figures]
[('launched', 'drone', 12)]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from strikewatch.errors import InputError, StrikeWatchError
from strikewatch.models import Article, ArticleResult, Evidence, Figure, Report

if TYPE_CHECKING:
    from strikewatch.extraction import extract, is_relevant
    from strikewatch.sources import read_inputs

__all__ = [
    "Article",
    "ArticleResult",
    "Evidence",
    "Figure",
    "InputError",
    "Report",
    "StrikeWatchError",
    "extract",
    "is_relevant",
    "read_inputs",
]
__version__ = "0.1.0"

# Imported when first asked for: the extractor compiles its patterns at import (0.2 s), which
# the commands that only read a store (events, show, export, serve) do not need.
_LAZY = {"extract": "extraction", "is_relevant": "extraction", "read_inputs": "sources"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'strikewatch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"strikewatch.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
