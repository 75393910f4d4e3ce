"""Tests for the reader protocol (strikewatch.sources.reader) and the registry of file
readers (``files.READERS``): every registered reader follows the protocol, and a reader
registered there is read like the others."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources import files, jsonl
from strikewatch.sources.reader import (
    MAX_BYTES,
    Item,
    Origin,
    Reader,
    Record,
    whole_document,
)
from strikewatch.sources.shards import SHARD_READERS

HTML = (
    "<html><body><article><p>Russia launched 24 attack drones at Ukraine overnight, the "
    "Ukrainian air force said on Wednesday morning, and 21 of them were destroyed.</p>"
    "<p>Debris fell on a residential street in Kharkiv, damaging several houses.</p>"
    "</article></body></html>"
)
VALID = {
    ".txt": b"Drones hit Kyiv.",
    ".json": json.dumps({"text": "Drones hit Kyiv."}).encode(),
    ".jsonl": (json.dumps({"text": "Drones hit Kyiv."}) + "\n").encode(),
    ".html": HTML.encode(),
    ".htm": HTML.encode(),
}


def test_suffixes_are_the_registry_s() -> None:
    assert files.SUFFIXES == tuple(files.READERS) == (".txt", ".json", ".jsonl", ".html", ".htm")
    assert files.STREAMED.issubset(files.READERS)
    assert set(VALID) == set(files.READERS)


def test_the_registries_hold_readers_of_their_own_modules() -> None:
    for registry in (files.READERS, SHARD_READERS):
        for suffix, reader in registry.items():
            assert reader.__module__.startswith("strikewatch.sources."), suffix
            assert reader.__module__ != "strikewatch.sources.reader", suffix


@pytest.mark.parametrize("suffix", list(VALID))
def test_every_file_reader_follows_the_protocol(suffix: str) -> None:
    reader: Reader = files.READERS[suffix]
    origin = Origin(where=f"in{suffix}", stem="in")
    records = list(reader(io.BytesIO(VALID[suffix]), origin))
    assert len(records) == 1
    where, item = records[0]
    assert where.startswith(origin.where)
    assert isinstance(item, Article) and item.id.startswith("in")
    assert "drones" in item.text.lower()


@pytest.mark.parametrize("suffix", list(VALID))
def test_every_file_reader_applies_the_prefilter(suffix: str) -> None:
    origin = Origin(where="x", stem="x", keep=lambda raw: False)
    assert [item for _, item in files.READERS[suffix](io.BytesIO(VALID[suffix]), origin)] == [None]


def _toy(text: str, origin: Origin) -> Item:
    return Article(text=text.upper(), id=origin.stem, published=origin.published)


def test_whole_document_checks_before_it_parses() -> None:
    read = whole_document(_toy)
    assert read.__module__ == __name__

    def items(data: bytes, limit: int = MAX_BYTES) -> list[Article | InputError | None]:
        return [item for _, item in read(io.BytesIO(data), Origin("doc", "d", limit=limit))]

    assert items(b"drones") == [Article(text="DRONES", id="d")]
    [large] = items(b"x" * 11, limit=10)
    assert isinstance(large, InputError)
    assert (large.where, large.message) == ("doc", "too large (11 bytes; the limit is 10 bytes)")
    for data, message in [(b" \n", "is empty"), (b"a\x00b", "is a binary file")]:
        [error] = items(data)
        assert isinstance(error, InputError) and error.message.startswith(message)


def test_a_reader_registered_in_files_is_read_like_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def shouting(stream: io.BytesIO, origin: Origin) -> Iterator[Record]:
        yield from whole_document(_toy)(stream, origin)

    monkeypatch.setitem(files.READERS, ".md", shouting)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.md").write_text("drones over kyiv", encoding="utf-8")
    (tmp_path / "in" / "skip.pdf").write_bytes(b"%PDF")
    assert list(files.read_inputs([str(tmp_path / "in")])) == [
        Article(text="DRONES OVER KYIV", id="note")
    ]
    [error] = files.read_inputs([str(tmp_path / "in" / "skip.pdf")])
    assert isinstance(error, InputError) and error.hint is not None
    assert error.hint.endswith(".html, .md")


def test_jsonl_reader_on_a_stream() -> None:
    data = b'{"text": "a"}\n\n{"text": "b", "id": "own"}\n'
    origin = Origin(where="feed", stem="feed")
    assert list(jsonl.read(io.BytesIO(data), origin)) == [
        ("feed:1", Article(text="a", id="feed:1")),
        ("feed:3", Article(text="b", id="own")),
    ]
