"""Extraction: one article in, its strike reports out (the language-neutral engine).

:func:`extract` is the one pure per-article function that the CLI, the store, ``follow`` and
the batch runner call. The stages live in the modules of this package; the words they know
come from a language pack (:mod:`strikewatch.lang`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from strikewatch.extraction.engine import extract, is_relevant

__all__ = ["extract", "is_relevant"]


def __getattr__(name: str) -> Any:
    # Imported when first asked for: the store reads the gazetteer (extraction.places)
    # without compiling the extractor's rules.
    if name not in __all__:
        raise AttributeError(f"module 'strikewatch.extraction' has no attribute {name!r}")
    value = getattr(importlib.import_module("strikewatch.extraction.engine"), name)
    globals()[name] = value
    return value
