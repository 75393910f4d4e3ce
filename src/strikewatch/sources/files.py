"""Turn files, directories and standard input into :class:`~strikewatch.models.Article` records.

Accepted inputs (``shared/eval/FORMAT.md`` section 1):

``.txt``
    The whole file is the article text; the id is the file stem.
``.json``
    One article object; the id defaults to the file stem.
``.jsonl``
    One article object a line; blank lines are skipped; the id defaults to ``stem:lineno``.
    Files are streamed a line at a time, so the size limit applies to each line.
``.html`` / ``.htm``
    Main text extracted with trafilatura, title from its metadata, publication date from
    htmldate. Both libraries are given the page content, never a URL, so nothing is fetched.
a directory
    Walked recursively in sorted order; files with the suffixes above are read, hidden files
    and directories and other suffixes are ignored.
``-``
    Standard input: one JSON object, JSON lines, or else plain text (id ``stdin``).

Text is kept exactly as decoded, because evidence offsets refer to it. The only changes are
that a leading UTF-8 byte order mark is dropped and that, for plain text (``.txt``, plain text
on standard input) and HTML, Windows line ends ``"\\r\\n"`` become ``"\\n"``. Text inside JSON
strings is never changed.

:func:`read_inputs` never raises for a bad input: it yields an :class:`InputError` naming the
file (and line) in place of the article, so the caller can report it and go on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from strikewatch.errors import InputError
from strikewatch.models import Article

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "article_from_dict",
    "article_from_html",
    "parse_date",
    "read_inputs",
]

MAX_BYTES = 5 * 1024 * 1024
"""Largest input (file or standard input) read, in bytes."""

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
"""File suffixes read (compared case-insensitively)."""

_EXPECTED = "expected .txt, .json, .jsonl, .html"
_BINARY_PROBE = 8192
_STDIN_WHERE = "<stdin>"
_STDIN_ID = "stdin"
_OPTIONAL_STRINGS = ("url", "source", "title")
_LANG = re.compile(r"[A-Za-z]{2}")  # ISO 639-1


# --------------------------------------------------------------------------- values


def parse_date(value: object) -> dt.date | None:
    """Parse an ISO date or datetime (``"2024-05-01"``, ``"2024-05-01T06:00:00Z"``).

    ``None`` and empty strings give ``None``. A datetime with a time zone gives the date as
    written in that zone (no conversion to UTC). ``date``/``datetime`` objects are returned
    as dates. Anything else raises :class:`ValueError`.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not an ISO date: {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def article_from_dict(obj: object, *, default_id: str, published: dt.date | None = None) -> Article:
    """Validate one decoded JSON article object and build an :class:`Article`.

    ``text`` is required (a non-empty string); ``id`` may be a string or an integer;
    ``url``, ``source`` and ``title`` are strings or null; ``published`` is an ISO date or
    datetime or null; ``lang`` is an ISO 639-1 code ("en", "uk") or null. Other keys are
    ignored. ``default_id`` is used when the object has no id; ``published`` only when the
    object has no date. Raises :class:`InputError` (without ``where``: the caller knows the
    file) when the object is not a valid article.
    """
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {_json_type(obj)}")
    if "text" not in obj:
        raise InputError('no "text" field', hint='every article needs its "text"')
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(f'"text" is not a string (got {_json_type(text)})')
    if not text.strip():
        raise InputError('"text" is empty')

    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        article_id = default_id
    elif isinstance(raw_id, str):
        article_id = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        raise InputError(f'"id" must be a string or an integer (got {_json_type(raw_id)})')

    strings: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f'"{key}" must be a string or null (got {_json_type(value)})')
        strings[key] = value or None

    raw_date = obj.get("published")
    try:
        date = parse_date(raw_date)
    except ValueError:
        raise InputError(
            f'"published" is not an ISO date: {raw_date!r}', hint="use YYYY-MM-DD"
        ) from None

    lang = obj.get("lang")
    if lang is not None and not (isinstance(lang, str) and _LANG.fullmatch(lang)):
        raise InputError(
            f'"lang" is not an ISO 639-1 code: {lang!r}', hint='use two letters, e.g. "uk"'
        )

    return Article(
        text=text,
        id=article_id,
        url=strings["url"],
        source=strings["source"],
        title=strings["title"],
        published=date if date is not None else published,
        lang=lang.lower() if lang else None,
    )


# --------------------------------------------------------------------------- bytes -> str


def _too_large(size: int, where: str) -> InputError:
    return InputError(
        f"too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes)",
        where=where,
        hint="split it into smaller files",
    )


def _decode(data: bytes, where: str) -> str:
    """Check and decode raw input: not empty, not binary, valid UTF-8 (BOM dropped)."""
    if not data.strip():
        raise InputError("is empty", where=where)
    if b"\x00" in data[:_BINARY_PROBE]:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            hint = "it looks like UTF-16; save it as UTF-8"
        else:
            hint = "expected UTF-8 text"
        raise InputError("is a binary file (contains NUL bytes)", where=where, hint=hint)
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = skip + err.start
        raise InputError(
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at byte offset {offset})",
            where=where,
            hint="save it as UTF-8",
        ) from None
    if not text.strip():
        raise InputError("is empty", where=where)
    return text


def _plain(text: str) -> str:
    """The only normalisation applied to plain text and HTML: CRLF line ends become LF."""
    return text.replace("\r\n", "\n")


# --------------------------------------------------------------------------- formats


def _load_json(text: str, where: str, *, in_line: bool = False) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        at = f"column {err.colno}" if in_line else f"line {err.lineno}, column {err.colno}"
        raise InputError(f"malformed JSON at {at}: {err.msg}", where=where) from None


def _with_where(err: InputError, where: str) -> InputError:
    return InputError(err.message, where=where, hint=err.hint)


def _from_json(
    text: str, where: str, default_id: str, published: dt.date | None
) -> Article | InputError:
    try:
        obj = _load_json(text, where)
        if not isinstance(obj, dict):
            hint = "put one article a line in a .jsonl file" if isinstance(obj, list) else None
            raise InputError(
                f"JSON is not an object (got {_json_type(obj)})", where=where, hint=hint
            )
        return article_from_dict(obj, default_id=default_id, published=published)
    except InputError as err:
        return _with_where(err, where)


def _jsonl_line(
    line: str, line_where: str, default_id: str, published: dt.date | None
) -> Article | InputError:
    try:
        obj = _load_json(line, line_where, in_line=True)
        if not isinstance(obj, dict):
            raise InputError(f"JSON line is not an object (got {_json_type(obj)})")
        return article_from_dict(obj, default_id=default_id, published=published)
    except InputError as err:
        return _with_where(err, line_where)


def _from_jsonl(
    text: str, where: str, id_prefix: str, published: dt.date | None
) -> Iterator[Article | InputError]:
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends, which
    # JSON allows unescaped inside strings. A trailing "\r" is JSON whitespace.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_line(line, f"{where}:{lineno}", f"{id_prefix}:{lineno}", published)


def _stream_jsonl(
    path: Path, where: str, published: dt.date | None
) -> Iterator[Article | InputError]:
    """A .jsonl file read a line at a time, so a corpus of any size streams in constant
    memory; the size limit applies to each line (one article), not to the file."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _os_error(err, where)
        return
    with handle:
        seen_text = False
        lineno = 0
        while True:
            try:
                raw = handle.readline(MAX_BYTES + 1)
            except OSError as err:
                yield _os_error(err, where)
                return
            if not raw:
                break
            lineno += 1
            line_where = f"{where}:{lineno}"
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                size = len(raw)
                while chunk := handle.readline(1 << 20):  # skip the rest of the line
                    size += len(chunk)
                    if chunk.endswith(b"\n"):
                        break
                yield _too_large(size, line_where)
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            seen_text = True
            try:
                line = _decode(raw, line_where)
            except InputError as err:
                if "binary" in err.message:  # a binary file: one error for the file
                    yield _with_where(err, where)
                    return
                yield err
                continue
            yield _jsonl_line(line, line_where, f"{path.stem}:{lineno}", published)
        if not seen_text:
            yield InputError("is empty", where=where)


def _from_html(
    text: str, where: str, default_id: str, published: dt.date | None
) -> Article | InputError:
    import htmldate
    import trafilatura

    html = _plain(text)
    try:
        body = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        if not isinstance(body, str) or not body.strip():
            return InputError("no article text found in HTML", where=where)
        meta = trafilatura.extract_metadata(html, extensive=False)
        # htmldate downloads a *string* that looks like a URL; bytes are never fetched.
        found = htmldate.find_date(html.encode("utf-8"), extensive_search=False, original_date=True)
    except Exception as err:  # a library failure on one page must not stop the run
        return InputError(f"could not parse HTML: {err}", where=where)

    try:
        date = parse_date(found) if isinstance(found, str) else None
    except ValueError:
        date = None

    def meta_str(name: str) -> str | None:
        value = getattr(meta, name, None) if meta is not None else None
        return (value.strip() or None) if isinstance(value, str) else None

    return Article(
        text=body,
        id=default_id,
        url=meta_str("url"),
        source=meta_str("sitename"),
        title=meta_str("title"),
        published=date if date is not None else published,
    )


def article_from_html(
    html: str,
    *,
    where: str,
    default_id: str,
    published: dt.date | None = None,
    url: str | None = None,
) -> Article | InputError:
    """An HTML page's main text, title and date, as ``extract`` reads ``.html`` files; used
    for web archive (WARC) records too. ``url`` is kept when the page does not give one."""
    found = _from_html(html, where, default_id, published)
    if isinstance(found, Article) and found.url is None and url:
        return Article(
            text=found.text,
            id=found.id,
            url=url,
            source=found.source,
            title=found.title,
            published=found.published,
        )
    return found


def _parse_file(
    path: Path, text: str, where: str, published: dt.date | None
) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    stem = path.stem
    if suffix == ".txt":
        yield Article(text=_plain(text), id=stem, published=published)
    elif suffix == ".json":
        yield _from_json(text, where, stem, published)
    elif suffix == ".jsonl":
        yield from _from_jsonl(text, where, stem, published)
    else:
        yield _from_html(text, where, stem, published)


# --------------------------------------------------------------------------- sources


def _os_error(err: OSError, where: str) -> InputError:
    if isinstance(err, FileNotFoundError):
        return InputError("does not exist", where=where)
    if isinstance(err, PermissionError):
        return InputError("permission denied", where=where)
    return InputError(f"cannot be read: {err.strerror or err}", where=where)


def _read_file(
    path: Path, where: str, size: int, published: dt.date | None
) -> Iterator[Article | InputError]:
    if path.suffix.lower() == ".jsonl":
        yield from _stream_jsonl(path, where, published)
        return
    if size > MAX_BYTES:
        yield _too_large(size, where)
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as err:
        yield _os_error(err, where)
        return
    if len(data) > MAX_BYTES:
        yield _too_large(len(data), where)
        return
    try:
        text = _decode(data, where)
    except InputError as err:
        yield err
        return
    yield from _parse_file(path, text, where, published)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _walk(
    directory: Path, published: dt.date | None, seen: set[str]
) -> Iterator[Article | InputError]:
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
        elif _supported(child):
            yield from _read_file(child, where, info.st_size, published)


def _read_path(raw: str, published: dt.date | None) -> Iterator[Article | InputError]:
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
            yield InputError("directory holds no article files", where=raw, hint=_EXPECTED)
        return
    if not _supported(path):
        kind = f'"{path.suffix}"' if path.suffix else "(no file suffix)"
        yield InputError(f"unsupported file type {kind}", where=raw, hint=_EXPECTED)
        return
    yield from _read_file(path, raw, info.st_size, published)


def _read_stdin(stream: IO[bytes], published: dt.date | None) -> Iterator[Article | InputError]:
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
    try:
        text = _decode(data, where)
    except InputError as err:
        yield err
        return

    head = text.lstrip()
    if head.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as whole_err:
            first = next(line for line in text.split("\n") if line.strip())
            try:
                first_obj = json.loads(first)
            except json.JSONDecodeError:
                first_obj = None
            if isinstance(first_obj, dict):
                yield from _from_jsonl(text, where, _STDIN_ID, published)
            else:
                yield InputError(
                    f"malformed JSON at line {whole_err.lineno}, column {whole_err.colno}: "
                    f"{whole_err.msg}",
                    where=where,
                )
            return
        try:  # valid JSON starting with "{" is an object
            yield article_from_dict(obj, default_id=_STDIN_ID, published=published)
        except InputError as err:
            yield _with_where(err, where)
        return
    if head.startswith("["):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            pass  # not JSON: plain text that happens to start with "["
        else:
            yield InputError(
                "JSON is not an object (got array)",
                where=where,
                hint="give one article object, or one object a line (JSON lines)",
            )
            return
    yield Article(text=_plain(text), id=_STDIN_ID, published=published)


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputError]:
    """Yield an :class:`Article` for every article in ``paths``, in order.

    Each path is a file, a directory (walked recursively in sorted order) or ``-`` for
    ``stdin`` (default ``sys.stdin.buffer``). ``published`` is the date given to articles
    whose input has none. Every bad input yields an :class:`InputError` naming the file (and
    line, for JSON lines) in place of its article; nothing is raised for bad input.
    """
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, published)
        else:
            yield from _read_path(raw, published)
