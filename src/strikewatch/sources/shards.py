"""Archive-sized inputs: JSONL shards (optionally gzip) and web archives (WARC, WARC.gz).

:func:`shard_records` streams one shard as ``(location, item)`` pairs, where ``item`` is an
:class:`Article`, an :class:`InputError` (a corrupt record or a corrupt shard), or ``None``
for a record the prefilter skipped. Every record passes :func:`prefilter.is_candidate` on its
raw text before any JSON or HTML parsing; HTML responses then go through the same HTML reader
as ``extract`` (``readers.article_from_html``).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.files import MAX_BYTES, article_from_dict, article_from_html
from strikewatch.sources.prefilter import is_candidate

__all__ = ["SHARD_SUFFIXES", "find_shards", "shard_records"]

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
Record = tuple[str, Article | InputError | None]


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in SHARD_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def find_shards(inputs: list[str]) -> tuple[list[Path], list[InputError]]:
    """The shard files of the inputs (directories searched recursively, sorted)."""
    found: list[Path] = []
    errors: list[InputError] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file() and _kind(f) and not f.name.startswith(".")
                )
            )
        elif p.is_file() and _kind(p):
            found.append(p)
        elif p.exists():
            errors.append(
                InputError(
                    "not a shard",
                    where=raw,
                    hint=f"batch reads {', '.join(SHARD_SUFFIXES)} files and directories",
                )
            )
        else:
            errors.append(InputError("does not exist", where=raw))
    return found, errors


def shard_records(path: Path) -> Iterator[Record]:
    kind = _kind(path)
    try:
        raw: IO[bytes] = (
            cast(IO[bytes], gzip.open(path, "rb"))  # noqa: SIM115 - closed by the with below
            if kind and kind.endswith(".gz")
            else path.open("rb")
        )
    except OSError as err:
        yield str(path), InputError(f"cannot be read: {err}", where=str(path))
        return
    with raw:
        try:
            if kind and kind.startswith(".warc"):
                yield from _warc_records(raw, path)
                # warcio takes a truncated stream's EOFError for the end of the archive;
                # reading on raises it again, so a cut-off shard is never taken as whole
                while raw.read(1 << 20):
                    pass
            else:
                yield from _jsonl_records(raw, path)
        except (OSError, EOFError, zlib.error) as err:  # truncated or corrupt compression
            yield str(path), InputError(f"corrupt shard, stopped reading: {err}", where=str(path))


def _jsonl_records(raw: IO[bytes], path: Path) -> Iterator[Record]:
    stem = path.name.split(".")[0]
    lineno = 0
    while True:
        line = raw.readline(MAX_BYTES + 1)
        if not line:
            return
        lineno += 1
        where = f"{path}:{lineno}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while chunk := raw.readline(1 << 20):
                if chunk.endswith(b"\n"):
                    break
            yield where, InputError("record larger than 5 MB", where=where)
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            yield where, InputError(f"not valid UTF-8 ({err.reason})", where=where)
            continue
        if not is_candidate(text):
            yield where, None
            continue
        try:
            obj = json.loads(text)
            if not isinstance(obj, dict):
                raise InputError("JSON line is not an object")
            yield where, article_from_dict(obj, default_id=f"{stem}:{lineno}")
        except json.JSONDecodeError as err:
            yield where, InputError(f"malformed JSON: {err.msg} (column {err.colno})", where=where)
        except InputError as err:
            yield where, InputError(err.message, where=where, hint=err.hint)


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return "utf-8"


def _warc_records(raw: IO[bytes], path: Path) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    it = ArchiveIterator(raw)
    try:
        for record in it:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            body = record.content_stream().read(MAX_BYTES + 1)
            # (the offset is known only once the record is read: warcio reads to its end)
            where = f"{path}@{it.get_record_offset()}"
            if len(body) > MAX_BYTES:
                yield where, InputError("record larger than 5 MB", where=where)
                continue
            while record.raw_stream.read(1 << 16):
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:  # bytes its length promised
                yield where, InputError("truncated record, stopped reading", where=where)
                return
            try:
                html = body.decode(_charset(ctype), errors="replace")
            except LookupError:
                html = body.decode("utf-8", errors="replace")
            if not is_candidate(html):
                yield where, None
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or where
            yield where, article_from_html(html, where=where, default_id=rid.strip("<>"), url=uri)
    except ArchiveLoadFailed as err:
        yield str(path), InputError(f"corrupt WARC, stopped reading: {err}", where=str(path))
