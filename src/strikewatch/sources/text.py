"""``.txt``: the whole file is the article text; the id is the file stem.

The text is kept as decoded (evidence offsets refer to it) except that Windows line ends
``"\\r\\n"`` become ``"\\n"``. Also the reader of plain text on standard input.
"""

from __future__ import annotations

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources.article import storable
from strikewatch.sources.reader import Item, Origin, plain, whole_document, with_where

__all__ = ["article", "read"]


def article(text: str, origin: Origin) -> Item:
    """The article of one decoded plain-text document."""
    try:
        return storable(Article(text=plain(text), id=origin.stem, published=origin.published))
    except InputError as err:
        return with_where(err, origin.where)


read = whole_document(article)
