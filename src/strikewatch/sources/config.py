"""The sources file of ``strikewatch follow`` (TOML; ``docs/follow.md``) and the sources named
on the command line.

A ``[follow]`` table sets the round interval and the politeness of fetching; each
``[[source]]`` names one source: its ``kind`` (``feed``, ``telegram``, ``page``), its
``address`` (a URL, or a Telegram channel name), and optionally ``name``, ``claimant``,
``outlet`` and ``lang``. The default file, ``strikewatch/data/sources.toml``
(:func:`default_path`), lists the official channels and major outlets users start with;
a source named on the command line takes its claimant and outlet from it when listed there.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from strikewatch.errors import ConfigError
from strikewatch.sources.fetch import DEFAULT_CONTACT, Politeness, user_agent
from strikewatch.store.state import KINDS, SourceInfo

__all__ = [
    "TELEGRAM_ENV",
    "FollowConfig",
    "channel_name",
    "default_path",
    "load_config",
    "parse_duration",
    "with_sources",
]

TELEGRAM_ENV = "STRIKEWATCH_TELEGRAM_URL"
"""The environment variable that overrides the Telegram preview's base URL."""

_CHANNEL = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,63}")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d)?")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_SOURCE_KEYS = frozenset({"kind", "address", "name", "claimant", "outlet", "lang"})
_POLITE_KEYS = {
    "delay": float,
    "per_host": int,
    "concurrency": int,
    "timeout": float,
    "retries": int,
    "backoff": float,
    "max_wait": float,
    "max_bytes": int,
    "max_redirects": int,
}
_AT_LEAST_ONE = frozenset({"per_host", "concurrency", "telegram_pages", "feed_items"})
_FOLLOW_KEYS = frozenset(
    {*_POLITE_KEYS, "every", "contact", "telegram_url", "telegram_pages", "feed_items"}
)


@dataclass(frozen=True, slots=True)
class FollowConfig:
    """What ``follow`` polls and how."""

    sources: tuple[SourceInfo, ...] = ()
    politeness: Politeness = field(default_factory=Politeness)
    every: float = 600.0  # seconds between two rounds
    telegram_url: str = "https://t.me"  # base of the public preview (``/s/<channel>``)
    telegram_pages: int = 10  # preview pages read backwards per poll, at most
    feed_items: int = 50  # newest feed entries followed per poll, at most
    max_backoff: float = 6 * 3600.0  # longest pause of a failing source


def default_path() -> Path:
    """The packaged default sources file."""
    return Path(str(resources.files("strikewatch") / "data" / "sources.toml"))


def parse_duration(value: str | float | int) -> float:
    """Seconds of ``"90s"``, ``"10m"``, ``"1.5h"``, ``"1d"`` or a number of seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        found = _DURATION.fullmatch(str(value).strip().lower())
        if not found:
            raise ConfigError(f"not a duration: {value!r}", hint="write e.g. 90s, 10m, 1h or 1d")
        seconds = float(found.group(1)) * _UNITS[found.group(2)]
    if seconds <= 0:
        raise ConfigError(f"not a positive duration: {value!r}")
    return seconds


def channel_name(value: str) -> str:
    """A Telegram channel's name from ``name``, ``@name`` or a ``t.me/name`` link."""
    name = re.sub(r"^(?:https?://)?(?:t\.me|telegram\.me)/(?:s/)?", "", value.strip())
    name = name.lstrip("@").strip("/")
    if not _CHANNEL.fullmatch(name):
        raise ConfigError(
            f"not a Telegram channel name: {value!r}",
            hint="give the public name, e.g. kpszsu or t.me/kpszsu",
        )
    return name


def _url(value: str) -> str:
    value = value.strip()
    if not re.match(r"https?://[^/\s]+", value):
        raise ConfigError(f"not an http(s) URL: {value!r}", hint="e.g. https://example.org/rss")
    return value


def _source(raw: Any, where: str) -> SourceInfo:
    if not isinstance(raw, dict):
        raise ConfigError("a [[source]] must be a table", where=where)
    unknown = sorted(set(raw) - _SOURCE_KEYS)
    if unknown:
        raise ConfigError(
            f"unknown key {unknown[0]!r}",
            where=where,
            hint=f"use {', '.join(sorted(_SOURCE_KEYS))}",
        )
    for key, value in raw.items():
        if not isinstance(value, str):
            raise ConfigError(f"{key!r} must be a string", where=where)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"unknown kind {kind!r}", where=where, hint=f"use {', '.join(KINDS)}")
    if not raw.get("address"):
        raise ConfigError("no address", where=where, hint="a URL, or a Telegram channel name")
    try:
        address = channel_name(raw["address"]) if kind == "telegram" else _url(raw["address"])
    except ConfigError as err:
        raise ConfigError(err.message, where=where, hint=err.hint) from None
    lang = raw.get("lang")
    if lang is not None and not re.fullmatch(r"[a-z]{2}", lang):
        raise ConfigError(f"not an ISO 639-1 code: {lang!r}", where=where, hint='e.g. "uk"')
    return SourceInfo(
        kind=kind,
        address=address,
        name=raw.get("name"),
        claimant=raw.get("claimant"),
        outlet=raw.get("outlet"),
        lang=lang,
    )


def _number(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"[follow] {key} must be a number of at least 0", where=where)
    least = 1 if key in _AT_LEAST_ONE else 0
    if kind is int and (not isinstance(value, int) or value < least):
        raise ConfigError(f"[follow] {key} must be a whole number of at least {least}", where=where)
    return kind(value)


def _follow(table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError("[follow] must be a table", where=where)
    unknown = sorted(set(table) - _FOLLOW_KEYS)
    if unknown:
        raise ConfigError(f"unknown key {unknown[0]!r} in [follow]", where=where)
    polite = {k: _number(table, k, t, where) for k, t in _POLITE_KEYS.items() if k in table}
    contact = table.get("contact", DEFAULT_CONTACT)
    if not isinstance(contact, str) or not contact.strip():
        raise ConfigError("[follow] contact must be a URL or an address", where=where)
    out: dict[str, Any] = {"politeness": Politeness(user_agent=user_agent(contact), **polite)}
    try:
        if "every" in table:
            out["every"] = parse_duration(table["every"])
        if "telegram_url" in table:
            out["telegram_url"] = _url(str(table["telegram_url"])).rstrip("/")
    except ConfigError as err:
        raise ConfigError(err.message, where=where, hint=err.hint) from None
    for key in ("telegram_pages", "feed_items"):
        if key in table:
            out[key] = _number(table, key, int, where)
    return out


def load_config(path: Path | None = None) -> FollowConfig:
    """The configuration in the TOML file at ``path`` (default: :func:`default_path`);
    ``$STRIKEWATCH_TELEGRAM_URL`` overrides its ``telegram_url``."""
    path = path or default_path()
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot be read: {err.strerror or err}", where=where) from None
    except UnicodeDecodeError:
        raise ConfigError("is not valid UTF-8", where=where, hint="save it as UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"malformed TOML: {err}", where=where) from None
    unknown = sorted(set(data) - {"follow", "source"})
    if unknown:
        raise ConfigError(
            f"unknown table {unknown[0]!r}", where=where, hint="use [follow] and [[source]]"
        )
    settings = _follow(data.get("follow", {}), where)
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError("source must be an array of tables ([[source]])", where=where)
    infos = [_source(raw, f"{where}: source {n}") for n, raw in enumerate(raw_sources, 1)]
    seen: set[tuple[str, str]] = set()
    unique = []
    for info in infos:
        if (info.kind, info.address) not in seen:
            seen.add((info.kind, info.address))
            unique.append(info)
    config = FollowConfig(sources=tuple(unique), **settings)
    return _env(config)


def _env(config: FollowConfig) -> FollowConfig:
    base = os.environ.get(TELEGRAM_ENV)
    if base:
        try:
            config = replace(config, telegram_url=_url(base).rstrip("/"))
        except ConfigError as err:
            raise ConfigError(err.message, where=TELEGRAM_ENV, hint=err.hint) from None
    return config


def with_sources(
    config: FollowConfig,
    *,
    feeds: Sequence[str] = (),
    telegram: Sequence[str] = (),
    pages: Sequence[str] = (),
    known: Sequence[SourceInfo] = (),
) -> FollowConfig:
    """``config`` following the sources named on the command line instead of its own; a
    source listed in ``known`` (the default file's) keeps its name, claimant, outlet and
    language."""
    listed = {(i.kind, i.address): i for i in known}
    infos: list[SourceInfo] = []
    for kind, values in (("feed", feeds), ("telegram", telegram), ("page", pages)):
        for value in values:
            try:
                address = channel_name(value) if kind == "telegram" else _url(value)
            except ConfigError as err:
                raise ConfigError(err.message, where=f"--{kind}", hint=err.hint) from None
            info = listed.get((kind, address), SourceInfo(kind, address))
            if info not in infos:
                infos.append(info)
    return replace(config, sources=tuple(infos))
