"""``.json``: one article object (FORMAT.md section 1); the id defaults to the file stem.

Text inside JSON strings is never changed. (The module is not called ``json``: inside the
package that name would hide the standard library's.)
"""

from __future__ import annotations

import json
from typing import Any

from strikewatch.errors import InputError
from strikewatch.sources.article import article_from_dict, json_type
from strikewatch.sources.reader import Item, Origin, whole_document, with_where

__all__ = ["article", "load_json", "read"]


def load_json(text: str, where: str, *, in_line: bool = False) -> Any:
    """Decoded JSON, or an :class:`InputError` naming the line (unless ``in_line``: the
    caller names it) and column of the first mistake; nesting too deep for the decoder and
    integers of more digits than Python converts are errors of the input too."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        at = f"column {err.colno}" if in_line else f"line {err.lineno}, column {err.colno}"
        raise InputError(f"malformed JSON at {at}: {err.msg}", where=where) from None
    except RecursionError:
        raise InputError(
            "JSON nested too deeply", where=where, hint="an article is one flat object"
        ) from None
    except ValueError as err:  # "Exceeds the limit (4300 digits) for integer string ..."
        raise InputError(f"JSON holds a number too long to read ({err})", where=where) from None


def article(text: str, origin: Origin) -> Item:
    """The article of one decoded JSON document."""
    where = origin.where
    try:
        obj = load_json(text, where)
        if not isinstance(obj, dict):
            hint = "put one article a line in a .jsonl file" if isinstance(obj, list) else None
            raise InputError(
                f"JSON is not an object (got {json_type(obj)})", where=where, hint=hint
            )
        return article_from_dict(obj, default_id=origin.stem, published=origin.published)
    except InputError as err:
        return with_where(err, where)


read = whole_document(article)
