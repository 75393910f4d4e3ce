"""Extraction: one article in, its strike reports out.

:func:`extract` is the one pure per-article function that the CLI, the store and batch
runners call. It never raises on any text. It picks the article's language (``lang``, else
identified from the text), compiles that language's pack once (:mod:`extraction.lexicon`),
and runs the stages:

1. ``segment``: usable sentences (boilerplate and unrelated stories skipped);
2. ``numbers``: candidate numbers with their qualifier, skipping traps (storeys, ages,
   years, clock times, model numbers such as Kh-101 or Shahed-136);
3. ``nouns``: what each number counts (a weapon class, people, or an anaphor such as "33 of
   them" / "two more");
4. ``cues`` and ``figures``: what happened to them, from the verbs around ("shot down 14
   drones", "25 were jammed", "injuring nine people"), with named handlers for the special
   shapes of news prose;
5. ``sides``, ``claimants``, ``places`` and ``dates`` for every figure, then ``report``:
   grouping into reports of one attacker / target / night, and removal of repeated
   statements of the same figure.

An article in a language without a pack yields no reports (``ArticleResult.lang`` tells
which language it was read as).
"""

from __future__ import annotations

from dataclasses import replace

from strikewatch.extraction.context import is_relevant as _relevant
from strikewatch.extraction.lexicon import lexicon
from strikewatch.extraction.report import reports
from strikewatch.lang import DEFAULT
from strikewatch.models import Article, ArticleResult, Evidence, Report
from strikewatch.sources.article import without_surrogates


def article_lang(article: Article) -> str:
    """The language an article is read in: its ``lang``, else the one its text is in."""
    if article.lang:
        return article.lang
    from strikewatch.sources.langid import identify

    return identify(article.text) or DEFAULT


def extract(article: Article) -> ArticleResult:
    """Reports for one article (FORMAT.md section 2). Pure; never raises on any text."""
    lang = article_lang(article)
    lex = lexicon(lang)
    text = article.text
    clean = without_surrogates(text)
    found: tuple[Report, ...] = ()
    notes: tuple[str, ...] = ()
    try:
        if lex is not None and _relevant(lex.context, clean):
            found, notes = reports(lex, clean, article.published)
    except RecursionError:  # pragma: no cover - pathological input
        found = ()
    if clean is not text:
        found = tuple(_quoting(text, r) for r in found)
    return ArticleResult(id=article.id, reports=found, lang=lang, notes=notes)


def is_relevant(text: str, lang: str = DEFAULT) -> bool:
    """Cheap test: does the text use any air-strike word at all (in language ``lang``)?
    Texts that do not cannot hold a report, so :func:`extract` returns at once for them."""
    lex = lexicon(lang)
    return lex is not None and _relevant(lex.context, text)


def _quoting(text: str, report: Report) -> Report:
    """The report with its evidence quoted from ``text`` (the article as it was given)."""
    figures = tuple(
        replace(
            f,
            evidence=Evidence(
                f.evidence.start, f.evidence.end, text[f.evidence.start : f.evidence.end]
            ),
        )
        for f in report.figures
    )
    damage = tuple(
        replace(
            d,
            evidence=Evidence(
                d.evidence.start, d.evidence.end, text[d.evidence.start : d.evidence.end]
            ),
        )
        for d in report.damage
    )
    return replace(report, figures=figures, damage=damage)
