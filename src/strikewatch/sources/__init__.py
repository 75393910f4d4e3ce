"""Sources: the readers that turn files, streams and archives into articles.

:func:`read_inputs` reads what the CLI names (files, directories, standard input); the shard
readers stream JSONL and WARC archives for batch runs; the prefilter skips unrelated pages.
"""

from __future__ import annotations

from strikewatch.sources.files import read_inputs

__all__ = ["read_inputs"]
