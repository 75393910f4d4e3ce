"""The one small protocol every reader follows, and the byte checks the readers share.

A reader turns one input kind into articles. It is a function::

    def read(stream: IO[bytes], origin: Origin) -> Iterator[Record]

given the open byte stream and an :class:`Origin` (how errors name the input, the default
article id, the fallback date, the size limit and the optional prefilter). It yields one
``(location, item)`` pair per record, where ``item`` is an :class:`Article`, an
:class:`InputError` (the record or the input cannot be read; never raised), or ``None`` for a
record ``origin.keep`` rejected. Read errors of the stream itself (:class:`OSError`) are left
to the caller, which knows whether the input is a file or a compressed shard.

Inputs that are one document (``.txt``, ``.json``, ``.html``) are read whole: such a reader
is a function of the decoded text, made into a :class:`Reader` by :func:`whole_document`,
which applies the size limit and the binary and UTF-8 checks first. Inputs that hold many
records (JSONL, WARC) stream: the limit applies to each record.

``docs/sources.md`` tells how to add a reader.
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Protocol

from strikewatch.errors import InputError
from strikewatch.models import Article

__all__ = [
    "BINARY",
    "MAX_BYTES",
    "Item",
    "Origin",
    "Reader",
    "Record",
    "decode",
    "decode_bytes",
    "plain",
    "read_whole",
    "too_large",
    "whole_document",
    "with_where",
]

MAX_BYTES = 5 * 1024 * 1024
"""Largest input (a file, standard input, or one record of a streamed input) read, in bytes."""

_BINARY_PROBE = 8192

BINARY = "is a binary file (contains NUL bytes)"
"""The message of the error for input holding NUL bytes."""

Item = Article | InputError
"""What the extract inputs give: an article, or the error that stands in its place."""

Record = tuple[str, Article | InputError | None]
"""One record of an input: its location (``path``, ``path:line``, ``path@offset``) and the
article, the error, or ``None`` when the prefilter (``Origin.keep``) skipped it."""


@dataclass(frozen=True, slots=True)
class Origin:
    """What a reader knows about its input besides the bytes."""

    where: str
    """How errors name the input: its path as given, or ``<stdin>``."""
    stem: str
    """The default article id; inputs with many records number them ``stem:line``."""
    published: dt.date | None = None
    """The date of articles whose input gives none."""
    limit: int = MAX_BYTES
    """The most bytes read for one document or one record."""
    keep: Callable[[str], bool] | None = None
    """A prefilter on a record's raw text (``None``: keep every record)."""


class Reader(Protocol):
    """Reads one input kind: the open byte stream in, ``(location, item)`` records out."""

    def __call__(self, stream: IO[bytes], origin: Origin, /) -> Iterator[Record]: ...


# --------------------------------------------------------------------------- bytes -> str


def too_large(size: int, where: str, limit: int) -> InputError:
    return InputError(
        f"too large ({size:,} bytes; the limit is {limit:,} bytes)",
        where=where,
        hint="split it into smaller files",
    )


def decode_bytes(data: bytes, where: str) -> str:
    """Raw bytes as text: not binary, valid UTF-8, a leading byte order mark dropped."""
    if b"\x00" in data[:_BINARY_PROBE]:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            hint = "it looks like UTF-16; save it as UTF-8"
        else:
            hint = "expected UTF-8 text"
        raise InputError(BINARY, where=where, hint=hint)
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = skip + err.start
        raise InputError(
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at byte offset {offset})",
            where=where,
            hint="save it as UTF-8",
        ) from None


def decode(data: bytes, where: str) -> str:
    """A whole input checked and decoded: not empty, not binary, valid UTF-8 (BOM dropped)."""
    if not data.strip():
        raise InputError("is empty", where=where)
    text = decode_bytes(data, where)
    if not text.strip():
        raise InputError("is empty", where=where)
    return text


def read_whole(stream: IO[bytes], origin: Origin) -> str:
    """The whole stream as text, at most ``origin.limit`` bytes; raises :class:`InputError`."""
    data = stream.read(origin.limit + 1)  # a file may have grown since it was measured
    if len(data) > origin.limit:
        raise too_large(len(data), origin.where, origin.limit)
    return decode(data, origin.where)


def plain(text: str) -> str:
    """The only normalisation of plain text and HTML: CRLF line ends become LF."""
    return text.replace("\r\n", "\n")


def with_where(err: InputError, where: str) -> InputError:
    """The same error, naming ``where``."""
    return InputError(err.message, where=where, hint=err.hint)


def whole_document(parse: Callable[[str, Origin], Item]) -> Reader:
    """The :class:`Reader` of a one-document input kind, from the function that turns the
    decoded text into its article (or error): size limit, binary and UTF-8 checks first,
    then the prefilter, then ``parse``."""

    def read(stream: IO[bytes], origin: Origin, /) -> Iterator[Record]:
        try:
            text = read_whole(stream, origin)
        except InputError as err:
            yield origin.where, err
            return
        if origin.keep is not None and not origin.keep(text):
            yield origin.where, None
            return
        yield origin.where, parse(text, origin)

    read.__module__ = parse.__module__  # the reader belongs to the module of its kind
    return read
