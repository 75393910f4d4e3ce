"""Fuzzing the readers with hostile bytes (issue 14): JSON nested 100,000 deep, integers of
thousands of digits, NULs, lone surrogate escapes, invalid UTF-8 in one line of many. Every
input gives articles or one-line errors, the good inputs after a bad one are read, and
nothing raises. ``STRIKEWATCH_FUZZ_EXAMPLES`` scales the run (see tests/extraction/test_fuzz.py).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikewatch import Article, InputError
from strikewatch.sources import read_inputs
from strikewatch.sources.shards import shard_records

EXAMPLES = int(os.environ.get("STRIKEWATCH_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
GOOD = json.dumps({"id": "good", "text": "Russia launched 40 drones at Kyiv overnight."})

HOSTILE_LINES = [
    "[" * 100_000 + "]" * 100_000,
    "{" + '"a":' * 50_000 + "1" + "}" * 50_000,
    json.dumps({"id": "big", "text": "x"})[:-1] + ', "n": ' + "9" * 5000 + "}",
    '{"id": "huge", "text": "Russia launched ' + "9" * 5000 + ' drones."}',
    '{"id": "nul", "text": "Russia launched 40 drones\\u0000 overnight."}',
    '{"id": "sur", "text": "Russia launched 40 drones \\ud800 overnight."}',
    '{"id": "sur-id\\udfff", "text": "drones"}',
    '{"id": "date", "text": "drones", "published": "0001-01-01"}',
    '{"id": "date2", "text": "drones", "published": "9999-12-31T23:59:59"}',
    '{"id": "lang", "text": "drones", "lang": 5}',
    '{"text": ""}',
    "{",
    "null",
]


def _check(items: list[Article | InputError]) -> None:
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item)  # one line
        else:
            assert "\x00" not in item.text


@pytest.mark.parametrize("line", HOSTILE_LINES, ids=range(len(HOSTILE_LINES)))
def test_a_hostile_line_among_good_ones(line: str, tmp_path: Path) -> None:
    data = f"{GOOD}\n{line}\n{GOOD}\n".encode("utf-8", "surrogatepass")
    # as a .jsonl file, on standard input and as a batch shard
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for items in (
        list(read_inputs([str(path)])),
        list(read_inputs(["-"], stdin=io.BytesIO(data))),
        [item for _, item in shard_records(path) if item is not None],
    ):
        _check(items)
        assert [a.id for a in items if isinstance(a, Article)][:1] == ["good"]
        assert sum(isinstance(a, Article) and a.id == "good" for a in items) == 2


@pytest.mark.parametrize("line", HOSTILE_LINES[:3], ids=range(3))
def test_a_hostile_json_file(line: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(line, encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputError)
    (item,) = read_inputs(["-"], stdin=io.BytesIO(line.encode()))
    assert isinstance(item, InputError)


def test_one_bad_utf8_line_on_stdin_rejects_only_itself() -> None:
    data = GOOD.encode() + b"\n" + b'{"text": "\xff\xfe drones"}\n' + GOOD.encode() + b"\n"
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]


@FUZZ
@given(
    st.binary(max_size=400)
    | st.lists(st.sampled_from(HOSTILE_LINES[3:]), max_size=6).map(
        lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")
    )
)
def test_any_bytes_on_stdin(data: bytes) -> None:
    _check(list(read_inputs(["-"], stdin=io.BytesIO(data))))
