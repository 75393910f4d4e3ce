"""Turn files, directories and standard input into :class:`~strikewatch.models.Article` records.

Accepted inputs (``shared/eval/FORMAT.md`` section 1), each read by the reader registered
for its suffix in :data:`READERS` (``docs/sources.md``):

``.txt``
    The whole file is the article text; the id is the file stem (:mod:`.text`).
``.json``
    One article object; the id defaults to the file stem (:mod:`.jsonfile`).
``.jsonl``
    One article object a line; blank lines are skipped; the id defaults to ``stem:lineno``.
    Files are streamed a line at a time, so the size limit applies to each line (:mod:`.jsonl`).
a Telegram Desktop export (``result.json``)
    Each message with text is an article (:mod:`.tgexport`, picked by the file's shape).
``.html`` / ``.htm``
    Main text extracted with trafilatura, title from its metadata, publication date from
    htmldate. Both libraries are given the page content, never a URL, so nothing is fetched
    (:mod:`.html`).
a directory
    Walked recursively in sorted order; files with the suffixes above are read, hidden files
    and directories and other suffixes are ignored.
``-``
    Standard input: one JSON object, JSON lines, or else plain text (id ``stdin``).

Text is kept exactly as decoded, because evidence offsets refer to it. The only changes are
that a leading UTF-8 byte order mark is dropped and that, for plain text (``.txt``, plain text
on standard input) and HTML, Windows line ends ``"\\r\\n"`` become ``"\\n"``. Text inside JSON
strings is never changed.

This module handles paths, directories and standard input: the size limit of whole files
(checked before a file is opened), and read errors. The binary and UTF-8 checks are those of
:mod:`.reader`, shared by every reader.

:func:`read_inputs` never raises for a bad input: it yields an :class:`InputError` naming the
file (and line) in place of the article, so the caller can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Final

from strikewatch.errors import InputError
from strikewatch.sources import html, jsonfile, jsonl, text, tgexport
from strikewatch.sources.article import article_from_dict, parse_date
from strikewatch.sources.html import article_from_html
from strikewatch.sources.reader import (
    BINARY,
    MAX_BYTES,
    Item,
    Origin,
    Reader,
    Record,
    decode,
    too_large,
    with_where,
)

__all__ = [
    "MAX_BYTES",
    "READERS",
    "SHAPES",
    "STREAMED",
    "SUFFIXES",
    "article_from_dict",
    "article_from_html",
    "parse_date",
    "read_inputs",
]

READERS: Final[dict[str, Reader]] = {
    ".txt": text.read,
    ".json": jsonfile.read,
    ".jsonl": jsonl.read,
    ".html": html.read,
    ".htm": html.read,
}
"""The reader of each file suffix (lower case)."""

STREAMED: Final = frozenset({".jsonl"})
"""Suffixes whose readers stream records: the size limit applies to each record, not to the
file, which is opened whatever its size."""

SHAPES: Final[dict[str, tuple[tuple[Callable[[bytes], bool], Reader], ...]]] = {
    ".json": ((tgexport.looks_like, tgexport.read),),
}
"""Readers of a suffix's files of a recognisable shape, each with the test of the file's
first :data:`SHAPE_PROBE` bytes that picks it: a Telegram Desktop export is a ``.json``
file. A shaped reader reads many records, so the size limit applies to each of them."""

SHAPE_PROBE = 65536

SUFFIXES: Final = tuple(READERS)
"""File suffixes read (compared case-insensitively)."""

_STDIN_WHERE = "<stdin>"
_STDIN_ID = "stdin"


def _expected() -> str:
    """The hint of an unsupported file: the first suffix of each reader."""
    first: dict[Reader, str] = {}
    for suffix, reader in READERS.items():
        first.setdefault(reader, suffix)
    return f"expected {', '.join(first.values())}"


def _os_error(err: OSError, where: str) -> InputError:
    if isinstance(err, FileNotFoundError):
        return InputError("does not exist", where=where)
    if isinstance(err, PermissionError):
        return InputError("permission denied", where=where)
    return InputError(f"cannot be read: {err.strerror or err}", where=where)


def _items(records: Iterator[Record]) -> Iterator[Item]:
    for _, item in records:
        if item is not None:  # (no prefilter here: every record is kept)
            yield item


def shaped_reader(path: Path) -> Reader | None:
    """The reader :data:`SHAPES` picks for a regular file by its first bytes, if any."""
    tests = SHAPES.get(path.suffix.lower())
    if not tests or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(SHAPE_PROBE)
    except OSError:
        return None
    return next((reader for looks, reader in tests if looks(head)), None)


def _read_file(path: Path, where: str, size: int, published: dt.date | None) -> Iterator[Item]:
    suffix = path.suffix.lower()
    shaped = shaped_reader(path)
    if shaped is None and suffix not in STREAMED and size > MAX_BYTES:
        yield too_large(size, where, MAX_BYTES)
        return
    origin = Origin(where=where, stem=path.stem, published=published, limit=MAX_BYTES)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _os_error(err, where)
        return
    with handle:
        found = False
        try:
            for item in _items((shaped or READERS[suffix])(handle, origin)):
                found = True
                if isinstance(item, InputError) and item.message == BINARY:
                    yield with_where(item, where)  # a binary file: one error for the file
                    return
                yield item
        except OSError as err:
            yield _os_error(err, where)
            return
        if not found:  # a streamed file of blank lines
            yield InputError("is empty", where=where)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def _walk(directory: Path, published: dt.date | None, seen: set[str]) -> Iterator[Item]:
    """Depth-first, entries of each directory in sorted name order; hidden names skipped."""
    try:
        real = os.path.realpath(directory)
        if real in seen:  # a symlink loop
            return
        seen.add(real)
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as err:
        yield _os_error(err, str(directory))
        return
    for name in names:
        if name.startswith("."):
            continue
        child = directory / name
        where = str(child)
        try:
            info = child.stat()
        except OSError as err:
            if _supported(child):  # e.g. a dangling symlink
                yield _os_error(err, where)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(child, published, seen)
        elif _supported(child) and not stat.S_ISREG(info.st_mode):
            # a FIFO or device found in a folder would wait for a writer for ever
            yield InputError(
                "is not a regular file (a pipe, socket or device); skipped",
                where=where,
                hint="name it on the command line to read it",
            )
        elif _supported(child):
            yield from _read_file(child, where, info.st_size, published)


def _read_path(raw: str, published: dt.date | None) -> Iterator[Item]:
    path = Path(raw)
    try:
        info = path.stat()
    except OSError as err:
        yield _os_error(err, raw)
        return
    if stat.S_ISDIR(info.st_mode):
        found = False
        for item in _walk(path, published, set()):
            found = True
            yield item
        if not found:
            yield InputError("directory holds no article files", where=raw, hint=_expected())
        return
    if not _supported(path):
        kind = f'"{path.suffix}"' if path.suffix else "(no file suffix)"
        yield InputError(f"unsupported file type {kind}", where=raw, hint=_expected())
        return
    yield from _read_file(path, raw, info.st_size, published)


def _read_stdin(stream: IO[bytes], published: dt.date | None) -> Iterator[Item]:
    where = _STDIN_WHERE
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as err:
        yield _os_error(err, where)
        return
    if len(data) > MAX_BYTES:
        yield InputError(
            f"too large (more than {MAX_BYTES:,} bytes)",
            where=where,
            hint="split the input into smaller files",
        )
        return
    origin = Origin(where=where, stem=_STDIN_ID, published=published, limit=MAX_BYTES)
    try:
        content = decode(data, where)
    except InputError as err:
        if data.lstrip().startswith(b"{"):  # JSON lines: each line is decoded on its own
            yield from _items(jsonl.read(io.BytesIO(data), origin))
        else:
            yield err
        return

    head = content.lstrip()
    if head.startswith("{"):
        try:
            obj = json.loads(content)
        except json.JSONDecodeError as whole_err:
            first = next(line for line in content.split("\n") if line.strip())
            try:
                first_obj = json.loads(first)
            except (RecursionError, ValueError):
                first_obj = None
            if isinstance(first_obj, dict):
                yield from _items(jsonl.read(io.BytesIO(data), origin))
            else:
                yield InputError(
                    f"malformed JSON at line {whole_err.lineno}, column {whole_err.colno}: "
                    f"{whole_err.msg}",
                    where=where,
                )
            return
        except (RecursionError, ValueError):  # too deep, or a number too long
            yield from _items(jsonfile.read(io.BytesIO(data), origin))
            return
        try:  # valid JSON starting with "{" is an object
            yield article_from_dict(obj, default_id=_STDIN_ID, published=published)
        except InputError as err:
            yield with_where(err, where)
        return
    if head.startswith("["):
        try:
            json.loads(content)
        except json.JSONDecodeError:
            pass  # not JSON: plain text that happens to start with "["
        except (RecursionError, ValueError):  # JSON, too deep or with a number too long
            yield from _items(jsonfile.read(io.BytesIO(data), origin))
            return
        else:
            yield InputError(
                "JSON is not an object (got array)",
                where=where,
                hint="give one article object, or one object a line (JSON lines)",
            )
            return
    yield text.article(content, origin)


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Yield an :class:`Article` for every article in ``paths``, in order.

    Each path is a file, a directory (walked recursively in sorted order) or ``-`` for
    ``stdin`` (default ``sys.stdin.buffer``). ``published`` is the date given to articles
    whose input has none. Every bad input yields an :class:`InputError` naming the file (and
    line, for JSON lines) in place of its article; nothing is raised for bad input.
    """
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            if stream is None:  # started with standard input closed (`<&-`)
                yield InputError(
                    "is closed", where=_STDIN_WHERE, hint="pipe an article in, or name a file"
                )
                continue
            yield from _read_stdin(stream, published)
        else:
            yield from _read_path(raw, published)
