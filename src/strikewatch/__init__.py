"""StrikeWatch: source-cited figures about drone and missile strikes, from news text.

The public API is small: read articles, extract reports from one article, score against gold.

>>> from strikewatch import Article, extract
>>> result = extract(Article(text="Russia launched 12 drones overnight.", id="x"))
"""

from strikewatch.errors import InputError, StrikeWatchError
from strikewatch.models import Article, ArticleResult, Evidence, Figure, Report

__all__ = [
    "Article",
    "ArticleResult",
    "Evidence",
    "Figure",
    "InputError",
    "Report",
    "StrikeWatchError",
    "extract",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # Lazy import keeps `import strikewatch` cheap for tools that only need the models.
    if name == "extract":
        from strikewatch.extract import extract

        return extract
    raise AttributeError(name)
