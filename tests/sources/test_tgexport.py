"""Telegram Desktop exports (strikewatch.sources.tgexport) read by extract, ingest and batch,
and the sources file (strikewatch.sources.config)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strikewatch.errors import ConfigError, InputError
from strikewatch.models import Article
from strikewatch.sources import files, tgexport
from strikewatch.sources.config import (
    channel_name,
    default_path,
    load_config,
    parse_duration,
    with_sources,
)
from strikewatch.sources.shards import find_shards, shard_records

EXPORT = {
    "name": "Повітряні Сили ЗС України",
    "type": "public_channel",
    "id": 1234567,
    "messages": [
        {"id": 1, "type": "service", "date": "2025-07-03T20:00:00", "text": ""},
        {
            "id": 2,
            "type": "message",
            "date": "2025-07-04T07:15:32",
            "text": [
                "Russia launched ",
                {"type": "bold", "text": "40 drones"},
                " at Ukraine overnight; 31 were shot down.",
            ],
        },
        {"id": 3, "type": "message", "date": "2025-07-04T08:00:00", "text": "Photo", "photo": "x"},
        {"id": 4, "type": "message", "date": "2025-07-04T09:00:00", "text": ""},
    ],
}


def write(tmp_path: Path, obj: dict[str, object], name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_export_read_by_extract_with_file_stem_ids(tmp_path: Path) -> None:
    items = list(files.read_inputs([str(write(tmp_path, EXPORT))]))
    assert all(isinstance(i, Article) for i in items)
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in arts] == ["result:2", "result:3"]
    assert arts[0].text == "Russia launched 40 drones at Ukraine overnight; 31 were shot down."
    assert arts[0].published is not None and arts[0].published.isoformat() == "2025-07-04"
    assert arts[0].source == "Повітряні Сили ЗС України" and arts[0].url is None


def test_export_with_username_gives_t_me_ids(tmp_path: Path) -> None:
    path = write(tmp_path, {**EXPORT, "username": "kpszsu"})
    arts = [i for i in files.read_inputs([str(path)]) if isinstance(i, Article)]
    assert (arts[0].id, arts[0].url) == ("t.me/kpszsu/2", "https://t.me/kpszsu/2")


def test_other_json_is_still_one_article(tmp_path: Path) -> None:
    path = write(tmp_path, {"text": "Drones hit Kyiv.", "messages": []}, "a.json")
    assert files.shaped_reader(path) is None
    (item,) = files.read_inputs([str(path)])
    assert isinstance(item, Article) and item.id == "a"


def test_export_larger_than_5_mb_is_read(tmp_path: Path) -> None:
    big = {
        **EXPORT,
        "messages": EXPORT["messages"] * 1
        + [  # type: ignore[operator]
            {"id": 10 + n, "type": "message", "date": "2025-07-04", "text": "x" * 1000}
            for n in range(6000)
        ],
    }
    path = write(tmp_path, big)
    assert path.stat().st_size > 5 * 1024 * 1024
    assert sum(isinstance(i, Article) for i in files.read_inputs([str(path)])) == 6002


def test_malformed_export_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "type": "public_channel", "messages": [ {', encoding="utf-8")
    (item,) = files.read_inputs([str(path)])
    assert isinstance(item, InputError) and "malformed JSON" in item.message


def test_batch_takes_exports_and_skips_other_json_in_folders(tmp_path: Path) -> None:
    write(tmp_path, EXPORT)
    write(tmp_path, {"text": "x"}, "gold.json")
    found, errors = find_shards([str(tmp_path)])
    assert [p.name for p in found] == ["result.json"] and not errors
    records = list(shard_records(found[0]))
    assert [where.rsplit("#", 1)[1] for where, _ in records] == ["2", "3"]


def test_message_text_forms() -> None:
    assert tgexport.message_text("a") == "a"
    assert tgexport.message_text(["a", {"type": "link", "text": "b"}, 5]) == "ab"
    assert tgexport.message_text(None) == ""


# ------------------------------------------------------------------------------ config
def test_default_sources_file_loads_with_official_channels() -> None:
    conf = load_config(default_path())
    by = {(s.kind, s.address): s for s in conf.sources}
    assert by[("telegram", "kpszsu")].claimant == "Ukrainian Air Force"
    assert by[("telegram", "mod_russia")].claimant == "Russian Defence Ministry"
    assert by[("telegram", "klitschko")].claimant == "Kyiv mayor"
    assert {s.lang for s in conf.sources if s.kind == "feed"} == {"en", "uk", "ru"}
    assert conf.every == 600 and "+https://" in conf.politeness.user_agent


def test_named_sources_keep_the_default_claimant(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = load_config(None)
    conf = with_sources(defaults, telegram=["t.me/kpszsu", "@other_chan"], known=defaults.sources)
    assert [(s.address, s.claimant) for s in conf.sources] == [
        ("kpszsu", "Ukrainian Air Force"),
        ("other_chan", None),
    ]
    monkeypatch.setenv("STRIKEWATCH_TELEGRAM_URL", "http://127.0.0.1:9/")
    assert load_config(None).telegram_url == "http://127.0.0.1:9"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[source]]\nkind = "rss"\naddress = "http://x"\n', "unknown kind 'rss'"),
        ('[[source]]\nkind = "feed"\naddress = "ftp://x"\n', "not an http(s) URL"),
        ('[[source]]\nkind = "telegram"\naddress = "a b"\n', "not a Telegram channel name"),
        ('[[source]]\nkind = "feed"\naddress = "http://x"\ncolour = "red"\n', "unknown key"),
        ('[follow]\nevery = "soon"\n', "not a duration"),
        ("[follow]\ndelay = -1\n", "at least 0"),
        ("[follow\n", "malformed TOML"),
        ("[other]\n", "unknown table"),
    ],
)
def test_malformed_config_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        load_config(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_durations_and_channel_names() -> None:
    assert [parse_duration(v) for v in ("90s", "10m", "1.5h", "1d", 30)] == [
        90,
        600,
        5400,
        86400,
        30,
    ]
    assert channel_name("https://t.me/s/kpszsu") == "kpszsu"
    with pytest.raises(ConfigError):
        parse_duration("0m")
