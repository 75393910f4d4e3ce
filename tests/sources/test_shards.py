"""Tests for strikewatch.sources.shards: shard discovery, and the shard readers (the one JSONL
reader, which ``extract`` uses too, and the WARC reader)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from tools.synth import write_shards

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.files import read_inputs
from strikewatch.sources.shards import SHARD_SUFFIXES, find_shards, shard_records

# every line mentions drones, so that the prefilter lets each one through
LINES = [
    json.dumps({"id": "first", "text": "Drones hit Odesa port overnight."}),
    "",
    '{"id": "broken", "text": "Drones over Lviv',
    json.dumps(["drones", "in", "an", "array"]),
    json.dumps({"id": "drones-without-text"}),
    json.dumps({"text": "Drones hit Dnipro.", "published": "2024-06-03"}),
    json.dumps({"text": "Drones over Sumy.", "published": "soon"}),
    json.dumps({"text": "Five drones downed near Kharkiv."}),
]


def _shard(path: Path, lines: list[str] | bytes) -> Path:
    data = lines if isinstance(lines, bytes) else ("\n".join(lines) + "\n").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def _described(items: list[Article | InputError | None]) -> list[str]:
    return [str(i) if isinstance(i, InputError) else repr(i) for i in items]


def _text(item: Article | InputError | None) -> str:
    """An item without the path of its input."""
    return f"{item.message} ({item.hint})" if isinstance(item, InputError) else repr(item)


def test_a_shard_reads_as_extract_reads_the_same_jsonl_file(tmp_path: Path) -> None:
    """One JSONL reader: the same articles, the same errors naming the same lines."""
    shard = _shard(tmp_path / "corpus.jsonl", LINES)
    records = list(shard_records(shard))
    extracted = list(read_inputs([str(shard)]))
    assert _described([item for _, item in records]) == _described(list(extracted))
    assert [where for where, _ in records] == [f"{shard}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    errors = [item for _, item in records if isinstance(item, InputError)]
    assert [e.where for e in errors] == [f"{shard}:{n}" for n in (3, 4, 5, 7)]
    assert errors[0].message.startswith("malformed JSON at column ")
    assert errors[1].message == "JSON line is not an object (got array)"
    assert str(errors[2]) == f'{shard}:5: no "text" field (every article needs its "text")'
    assert errors[3].message == "\"published\" is not an ISO date: 'soon'"


def test_gzip_shard_equals_plain_shard(tmp_path: Path) -> None:
    plain = list(shard_records(_shard(tmp_path / "a" / "s.jsonl", LINES)))
    packed = list(shard_records(_shard(tmp_path / "b" / "s.jsonl.gz", LINES)))
    assert [(where.rsplit(":", 1)[-1], _text(item)) for where, item in plain] == [
        (where.rsplit(":", 1)[-1], _text(item)) for where, item in packed
    ]


def test_shard_ids_are_the_name_before_its_first_dot_and_the_line(tmp_path: Path) -> None:
    shard = _shard(tmp_path / "crawl.2024-06.jsonl.gz", [json.dumps({"text": "Drones."})] * 2)
    assert [item.id for _, item in shard_records(shard) if isinstance(item, Article)] == [
        "crawl:1",
        "crawl:2",
    ]


def test_prefiltered_records_are_none_at_their_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "The harvest festival opens on Sunday."}), LINES[0]]
    records = list(shard_records(_shard(tmp_path / "s.jsonl", lines)))
    assert [(where.rsplit(":", 1)[1], item is None) for where, item in records] == [
        ("1", True),
        ("2", False),
    ]


def test_bad_bytes_in_a_shard_line_are_that_line_s_error(tmp_path: Path) -> None:
    """In ``extract`` a NUL byte marks a binary file and ends it; a shard goes on."""
    data = b'{"text": "drones \xff"}\n{"text": "drones \x00"}\n\xef\xbb\xbf{"text": "drones"}\n'
    records = list(shard_records(_shard(tmp_path / "s.jsonl", data)))
    assert [where.rsplit(":", 1)[1] for where, _ in records] == ["1", "2", "3"]
    utf8, binary, bom = (item for _, item in records)
    assert isinstance(utf8, InputError) and utf8.message.startswith("is not valid UTF-8 (byte 0xff")
    assert isinstance(binary, InputError) and binary.message.startswith("is a binary file")
    assert isinstance(bom, Article) and bom.text == "drones"
    file_items = list(read_inputs([str(tmp_path / "s.jsonl")]))
    assert len(file_items) == 2 and isinstance(file_items[1], InputError)
    assert file_items[1].where == str(tmp_path / "s.jsonl")


def test_overlong_record_is_skipped_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from strikewatch.sources import shards

    monkeypatch.setattr(shards, "MAX_BYTES", 100)
    lines = [LINES[0], json.dumps({"text": "drones " * 40}), LINES[-1]]
    records = list(shard_records(_shard(tmp_path / "s.jsonl", lines)))
    assert [type(item) for _, item in records] == [Article, InputError, Article]
    error = records[1][1]
    assert isinstance(error, InputError) and error.where == f"{tmp_path / 's.jsonl'}:2"
    assert error.message.startswith("too large (")


def test_blank_shard_gives_nothing_and_a_cut_gzip_shard_an_error(tmp_path: Path) -> None:
    assert list(shard_records(_shard(tmp_path / "blank.jsonl", b"\n  \n"))) == []
    data = gzip.compress(("\n".join(LINES * 50) + "\n").encode())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    *_, (where, last) = shard_records(cut)
    assert where == str(cut) and isinstance(last, InputError)
    assert last.message.startswith("corrupt shard, stopped reading")


def test_a_file_of_another_suffix_named_directly_is_read_as_jsonl(tmp_path: Path) -> None:
    shard = _shard(tmp_path / "export.ndjson", [LINES[0]])
    [(where, item)] = shard_records(shard)
    assert where == f"{shard}:1" and isinstance(item, Article) and item.id == "first"


def test_unreadable_shard(tmp_path: Path) -> None:
    [(where, item)] = shard_records(tmp_path / "gone.jsonl")
    assert where == str(tmp_path / "gone.jsonl")
    assert isinstance(item, InputError) and item.message.startswith("cannot be read: ")


def test_find_shards(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a/z.warc.gz", "a/y.JSONL.GZ", "c.warc", ".hidden.jsonl", "d.txt"):
        _shard(tmp_path / "in" / name, [LINES[0]])
    other = _shard(tmp_path / "notes.txt", [LINES[0]])
    found, errors = find_shards([str(tmp_path / "in"), str(other), str(tmp_path / "nope")])
    assert [p.relative_to(tmp_path / "in").as_posix() for p in found] == [
        "a/y.JSONL.GZ",
        "a/z.warc.gz",
        "b.jsonl",
        "c.warc",
    ]
    assert [(e.where, e.message) for e in errors] == [
        (str(other), "not a shard"),
        (str(tmp_path / "nope"), "does not exist"),
    ]
    assert errors[0].hint == f"batch reads {', '.join(SHARD_SUFFIXES)} files and directories"


def test_warc_records_are_located_by_offset_and_keep_their_url(tmp_path: Path) -> None:
    (shard,) = write_shards(tmp_path, 4, shards=1, kind="warc", seed=5, relevant_share=1.0)
    records = list(shard_records(shard))
    assert len(records) == 4
    for where, item in records:
        assert where.startswith(f"{shard}@")
        assert isinstance(item, Article) and item.url and item.url.startswith("https://")


def test_a_cyrillic_report_in_an_escaped_jsonl_shard_is_extracted(tmp_path: Path) -> None:
    shard = tmp_path / "uk.jsonl"
    report = {"id": "uk1", "text": "Сили ППО збили 40 дронів над Києвом уночі."}
    shard.write_text(json.dumps(report) + "\n", encoding="ascii")
    (where, item), *_ = list(shard_records(shard))
    assert isinstance(item, Article) and item.id == "uk1", where


@pytest.mark.parametrize("kind", ["warc", "warc.gz"])
@pytest.mark.parametrize("keep", [0.1, 0.25, 0.5, 0.99])
def test_a_cut_off_web_archive_is_never_taken_for_a_whole_one(
    tmp_path: Path, kind: str, keep: float
) -> None:
    """Small archives too: warcio reads a truncated stream as a short one, so the shard
    reader checks each record's promised length and the gzip stream's end itself."""
    (whole,) = write_shards(tmp_path / "in", 6, shards=1, kind=kind, seed=3, relevant_share=1.0)
    data = whole.read_bytes()
    cut = tmp_path / f"cut.{kind}"
    cut.write_bytes(data[: int(len(data) * keep)])
    records = [item for _, item in shard_records(cut)]
    assert isinstance(records[-1], InputError) and "stopped reading" in records[-1].message
    assert all(isinstance(r, Article) for r in records[:-1])
    assert len(records) - 1 < 6
    assert [type(r) for _, r in shard_records(whole)] == [Article] * 6
