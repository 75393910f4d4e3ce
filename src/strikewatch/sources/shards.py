"""Archive-sized inputs: JSONL shards (optionally gzip) and web archives (WARC, WARC.gz).

:func:`shard_records` streams one shard as ``(location, item)`` pairs, where ``item`` is an
:class:`Article`, an :class:`InputError` (a corrupt record or a corrupt shard), or ``None``
for a record the prefilter skipped. Every record passes :func:`prefilter.is_candidate` on its
raw text before any JSON or HTML parsing. The readers are those of ``extract``: the one JSONL
reader (:mod:`.jsonl`) and, for web archives, :mod:`.warc`, whose HTML pages go through the
HTML reader (:func:`html.article_from_html`).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final, cast

from strikewatch.errors import InputError
from strikewatch.sources import jsonl, tgexport, warc
from strikewatch.sources.prefilter import is_candidate
from strikewatch.sources.reader import MAX_BYTES, Origin, Reader, Record

__all__ = ["SHARD_READERS", "SHARD_SUFFIXES", "Record", "find_shards", "shard_records"]

SHARD_READERS: Final[dict[str, Reader]] = {
    ".jsonl": jsonl.read,
    ".jsonl.gz": jsonl.read,
    ".warc": warc.read,
    ".warc.gz": warc.read,
    ".json": tgexport.read,  # Telegram Desktop exports (result.json)
}
"""The reader of each shard suffix (lower case); ``.gz`` shards are decompressed on the fly."""

SHARD_SUFFIXES: Final = tuple(SHARD_READERS)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in SHARD_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _export_or_not_json(path: Path) -> bool:
    """A ``.json`` file in a folder is a shard when it is a Telegram Desktop export."""
    if _kind(path) != ".json":
        return True
    from strikewatch.sources.files import shaped_reader

    return shaped_reader(path) is tgexport.read


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
                    if f.is_file()
                    and _kind(f)
                    and not f.name.startswith(".")
                    and _export_or_not_json(f)
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
    """The records of one shard (read as JSONL when its suffix is none of ours)."""
    kind = _kind(path)
    where = str(path)
    try:
        raw: IO[bytes] = (
            cast(IO[bytes], gzip.open(path, "rb"))  # noqa: SIM115 - closed by the with below
            if kind and kind.endswith(".gz")
            else path.open("rb")
        )
    except OSError as err:
        yield where, InputError(f"cannot be read: {err}", where=where)
        return
    read = SHARD_READERS.get(kind or "", jsonl.read)
    origin = Origin(where=where, stem=path.name.split(".")[0], limit=MAX_BYTES, keep=is_candidate)
    with raw:
        try:
            yield from read(raw, origin)
        except (OSError, EOFError, zlib.error) as err:  # truncated or corrupt compression
            yield where, InputError(f"corrupt shard, stopped reading: {err}", where=where)
