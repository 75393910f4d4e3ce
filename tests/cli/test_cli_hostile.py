"""The command line under hostile conditions (issue 14, finding 9), run as a person runs it:
standard input closed, output to a full disk, a FIFO inside an input folder, a hostile line
among good ones. Each is one line on standard error, never a traceback, and the good inputs
are read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STRIKEWATCH = [sys.executable, "-m", "strikewatch"]
GOOD = {"id": "good", "text": "Russia launched 40 drones at Kyiv overnight; 31 were shot down."}


def _run(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*STRIKEWATCH, *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kw,  # type: ignore[call-overload]
    )


def test_extract_with_standard_input_closed() -> None:
    r = subprocess.run(
        [*STRIKEWATCH, "extract", "-"],
        stdin=None,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(0),
    )
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "strikewatch: <stdin>: is closed (pipe an article in, or name a file)"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_extract_to_a_full_disk(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [*STRIKEWATCH, "extract", str(tmp_path), "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert r.returncode == 2
    assert r.stderr.strip() == "strikewatch: cannot write: No space left on device"


def test_a_fifo_in_an_input_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    r = _run("extract", str(tmp_path), "--format", "json")
    assert r.returncode == 1
    assert json.loads(r.stdout)["id"] == "good"
    assert "b.txt: is not a regular file" in r.stderr
    assert "Traceback" not in r.stderr


def test_hostile_lines_among_good_ones_on_standard_input() -> None:
    lines = [
        json.dumps(GOOD),
        "[" * 100_000,
        '{"id": "nul", "text": "drones\\u0000"}',
        json.dumps({"id": "big", "text": "Russia launched 3000000000 drones overnight."}),
        json.dumps({**GOOD, "id": "good2"}),
    ]
    data = ("\n".join(lines) + "\n").encode() + b'{"text": "\xff drones"}\n'
    r = subprocess.run(
        [*STRIKEWATCH, "extract", "-", "--format", "json"],
        input=data,
        capture_output=True,
        timeout=120,
    )
    out = [json.loads(line)["id"] for line in r.stdout.decode().splitlines()]
    assert out == ["good", "big", "good2"]
    err = r.stderr.decode()
    assert "Traceback" not in err
    assert "big: 3000000000 is no figure" in err
    assert r.returncode == 1
