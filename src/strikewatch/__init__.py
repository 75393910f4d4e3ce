"""StrikeWatch: source-cited figures about drone and missile strikes, from news text.

The public API is small: read articles, extract reports from one article, score against gold.

>>> from strikewatch import Article, extract
>>> result = extract(Article(text="Russia launched 12 drones overnight.", id="x"))
>>> [(f.metric, f.weapon, f.value) for r in result.reports for f in r.figures]
[('launched', 'drone', 12)]
"""

from strikewatch.errors import InputError, StrikeWatchError
from strikewatch.extractor import extract, is_relevant
from strikewatch.models import Article, ArticleResult, Evidence, Figure, Report
from strikewatch.readers import read_inputs

__all__ = [
    "Article",
    "ArticleResult",
    "Evidence",
    "Figure",
    "InputError",
    "Report",
    "StrikeWatchError",
    "extract",
    "is_relevant",
    "read_inputs",
]
__version__ = "0.1.0"
