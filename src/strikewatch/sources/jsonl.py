"""JSON lines: one article object a line. The one JSONL reader, used for ``.jsonl`` files,
JSON lines on standard input and JSONL shards (plain or gzip) in batch runs.

The input streams a line at a time, so a corpus of any size is read in constant memory;
the size limit (``Origin.limit``) applies to each line. Lines split on ``"\\n"`` only
(``str.splitlines()`` would also split on U+2028 and friends, which JSON allows unescaped
inside strings; a trailing ``"\\r"`` is JSON whitespace). Blank lines are skipped; a byte
order mark at the start of a line is dropped. The id of an article without one is
``stem:line``.

A bad line yields an :class:`InputError` named ``where:line``, and the other lines are read.
A line holding NUL bytes gives the error :data:`reader.BINARY`; ``extract`` takes a ``.jsonl``
file with such a line for a binary file and stops there (``files.py``).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Iterator
from typing import IO

from strikewatch.errors import InputError
from strikewatch.sources.article import article_from_dict, json_type
from strikewatch.sources.jsonfile import load_json
from strikewatch.sources.reader import Item, Origin, Record, decode_bytes, too_large, with_where

__all__ = ["parse_line", "read"]


def parse_line(line: str, where: str, default_id: str, published: dt.date | None) -> Item:
    """The article of one decoded JSON line, or the error that names ``where``."""
    try:
        obj = load_json(line, where, in_line=True)
        if not isinstance(obj, dict):
            raise InputError(f"JSON line is not an object (got {json_type(obj)})")
        return article_from_dict(obj, default_id=default_id, published=published)
    except InputError as err:
        return with_where(err, where)


def _skip_line(stream: IO[bytes]) -> int:
    """Reads past the rest of an overlong line; returns how many bytes it held."""
    size = 0
    while chunk := stream.readline(1 << 20):
        size += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return size


def read(stream: IO[bytes], origin: Origin, /) -> Iterator[Record]:
    """The records of a JSON lines stream, located ``where:line``."""
    limit = origin.limit
    lineno = 0
    while raw := stream.readline(limit + 1):
        lineno += 1
        where = f"{origin.where}:{lineno}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            yield where, too_large(len(raw) + _skip_line(stream), where, limit)
            continue
        if lineno == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw, where)  # (drops a byte order mark on any line)
        except InputError as err:  # (a .jsonl file stops at a binary line: files.py)
            yield where, err
            continue
        if not line.strip():
            continue
        if origin.keep is not None and not origin.keep(line):
            yield where, None
            continue
        yield where, parse_line(line, where, f"{origin.stem}:{lineno}", origin.published)
