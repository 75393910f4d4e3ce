"""Sources: the readers that turn files, streams and archives into articles.

:func:`read_inputs` reads what the CLI names (files, directories, standard input); the shard
readers stream JSONL and WARC archives for batch runs; the prefilter skips unrelated pages.
Each input kind is one small module behind one protocol (:mod:`.reader`): :mod:`.text`,
:mod:`.jsonfile`, :mod:`.jsonl`, :mod:`.html`, :mod:`.warc`; ``docs/sources.md`` tells how
to add one. :mod:`.langid` tells English, Ukrainian and Russian apart.
"""

from __future__ import annotations

from strikewatch.sources.files import read_inputs

__all__ = ["read_inputs"]
