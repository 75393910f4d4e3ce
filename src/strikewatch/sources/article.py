"""The article object of FORMAT.md section 1 (``.json`` files, JSON lines, standard input,
the API): decoded JSON validated into an :class:`~strikewatch.models.Article`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from strikewatch.errors import InputError
from strikewatch.models import Article

__all__ = ["article_from_dict", "json_type", "parse_date"]

_OPTIONAL_STRINGS = ("url", "source", "title")
_LANG = re.compile(r"[A-Za-z]{2}")  # ISO 639-1


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


def json_type(value: object) -> str:
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
        raise InputError(f"expected a JSON object, got {json_type(obj)}")
    if "text" not in obj:
        raise InputError('no "text" field', hint='every article needs its "text"')
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(f'"text" is not a string (got {json_type(text)})')
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
        raise InputError(f'"id" must be a string or an integer (got {json_type(raw_id)})')

    strings: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f'"{key}" must be a string or null (got {json_type(value)})')
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

    return storable(
        Article(
            text=text,
            id=article_id,
            url=strings["url"],
            source=strings["source"],
            title=strings["title"],
            published=date if date is not None else published,
            lang=lang.lower() if lang else None,
        )
    )


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text``, or a copy with each lone surrogate (which JSON escapes can make, and no
    encoder takes) replaced by U+FFFD: same length, so every offset still holds."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


_STRING_FIELDS = ("text", "id", "url", "source", "title")


def storable(article: Article) -> Article:
    """``article`` as every store can keep it: a lone surrogate (which a JSON escape such as
    ``"\\ud800"`` makes, and no encoder takes) becomes U+FFFD, one character for one, so
    offsets hold; raises :class:`InputError` for a NUL character, which PostgreSQL refuses
    in text (the article is refused alone)."""
    changes: dict[str, Any] = {}
    for name in _STRING_FIELDS:
        value = getattr(article, name)
        if not value:
            continue
        if "\x00" in value:
            where = f" at offset {value.index(chr(0)):,}" if name == "text" else ""
            raise InputError(
                f'"{name}" holds a NUL character (U+0000){where}',
                hint="remove it: no store keeps it",
            )
        clean = without_surrogates(value)
        if clean is not value:
            changes[name] = clean
    return replace(article, **changes) if changes else article
