"""Telegram Desktop exports of a channel (``result.json``): each message with text is an
article.

The file is one JSON object with the channel's ``name``, ``type`` and ``id`` and its
``messages``; a message's ``text`` is a string, or a list of strings and entities
(``{"type": "bold", "text": "..."}``), joined in order. The id is
``t.me/<channel>/<message id>`` when the channel's username is known (a ``username`` key,
or a ``link`` to ``t.me``), else ``<file stem>:<message id>``; the url is the message's
link when the username is known; the date is the message's ``date`` as written (the
exporting computer's time); the outlet is the channel's name. Service messages and
messages without text are skipped.

``.json`` files of this shape are recognised by :func:`looks_like` (``files.SHAPES``) and
read whole up to :data:`MAX_EXPORT_BYTES`; the size limit of ``origin.limit`` applies to
each message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.article import parse_date, storable
from strikewatch.sources.jsonfile import load_json
from strikewatch.sources.reader import Origin, Record, decode, too_large, with_where

__all__ = ["MAX_EXPORT_BYTES", "looks_like", "message_text", "read"]

MAX_EXPORT_BYTES = 512 * 1024 * 1024
"""Largest export read (it is parsed whole)."""

_SHAPE = re.compile(
    rb'^\s*\{.{0,4000}?"type"\s*:\s*"(?:public|private)_(?:channel|supergroup)"', re.S
)
_MESSAGES = re.compile(rb'"messages"\s*:\s*\[')


def looks_like(head: bytes) -> bool:
    """Whether the first bytes of a ``.json`` file are those of a channel's export."""
    return bool(_SHAPE.match(head)) and bool(_MESSAGES.search(head))


def message_text(value: object) -> str:
    """The text of a message: a string, or a list of strings and ``{"text": ...}`` parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in value
            if isinstance(part, str | dict)
        )
    return ""


def _username(export: dict[str, Any]) -> str | None:
    name = export.get("username")
    if isinstance(name, str) and re.fullmatch(r"@?[A-Za-z][A-Za-z0-9_]{3,63}", name):
        return name.lstrip("@")
    link = export.get("link")
    found = re.match(r"(?:https?://)?t\.me/([A-Za-z][A-Za-z0-9_]{3,63})/?$", str(link or ""))
    return found.group(1) if found else None


def _article(
    message: dict[str, Any], channel: str | None, outlet: str | None, origin: Origin
) -> Article | InputError | None:
    number = message.get("id")
    text = message_text(message.get("text")).strip()
    if message.get("type", "message") != "message" or not text or not isinstance(number, int):
        return None
    where = f"{origin.where}#{number}"
    if len(text.encode("utf-8")) > origin.limit:
        return too_large(len(text.encode("utf-8")), where, origin.limit)
    try:
        date = parse_date(message.get("date"))
    except ValueError:
        date = None
    ref = f"t.me/{channel}/{number}" if channel else f"{origin.stem}:{number}"
    try:
        return storable(
            Article(
                text=text,
                id=ref,
                url=f"https://{ref}" if channel else None,
                source=outlet,
                published=date or origin.published,
            )
        )
    except InputError as err:
        return with_where(err, where)


def read(stream: IO[bytes], origin: Origin) -> Iterator[Record]:
    """The messages of an export, each a record (``where#id``)."""
    data = stream.read(MAX_EXPORT_BYTES + 1)
    if len(data) > MAX_EXPORT_BYTES:
        yield origin.where, too_large(len(data), origin.where, MAX_EXPORT_BYTES)
        return
    try:
        export = load_json(decode(data, origin.where), origin.where)
    except InputError as err:
        yield origin.where, err
        return
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        yield (
            origin.where,
            InputError(
                "not a Telegram Desktop export (no messages list)",
                where=origin.where,
                hint="export the channel as JSON from Telegram Desktop",
            ),
        )
        return
    channel = _username(export)
    outlet = export.get("name") if isinstance(export.get("name"), str) else None
    for message in export["messages"]:
        if not isinstance(message, dict):
            continue
        item = _article(message, channel, outlet, origin)
        if item is None:
            continue
        where = f"{origin.where}#{message['id']}"
        if origin.keep is not None and isinstance(item, Article) and not origin.keep(item.text):
            yield where, None
        else:
            yield where, item
