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

import datetime as dt
import re
from dataclasses import replace

from strikewatch.extraction.context import is_relevant as _relevant
from strikewatch.extraction.lexicon import lexicon
from strikewatch.extraction.report import reports
from strikewatch.lang import DEFAULT, has_pack
from strikewatch.models import Article, ArticleResult, Evidence, Report
from strikewatch.sources.article import without_surrogates


def article_lang(article: Article) -> str:
    """The language an article is read in: its ``lang``, else the one its text is in."""
    if article.lang:
        return article.lang
    from strikewatch.sources.langid import identify

    return identify(article.text) or DEFAULT


def extract(article: Article) -> ArticleResult:
    """Reports for one article (FORMAT.md section 2). Pure; never raises on any text.

    Without a ``lang``, a page that mixes languages (a Ukrainian story quoting a Russian
    ministry's post at length) is also read paragraph by paragraph: the paragraphs of each
    other language go through that language's pack, and their figures join the reports."""
    lang = article_lang(article)
    text = article.text
    clean = without_surrogates(text)
    found, notes = _read(lang, clean, article.published)
    if not article.lang:
        for other, kept in _other_languages(clean, lang).items():
            more, _ = _read(other, kept, article.published)
            found = _merged(found, tuple(_quoting(clean, r) for r in more))
    if clean is not text:
        found = tuple(_quoting(text, r) for r in found)
    return ArticleResult(id=article.id, reports=found, lang=lang, notes=notes)


def _read(
    lang: str, text: str, published: dt.date | None
) -> tuple[tuple[Report, ...], tuple[str, ...]]:
    lex = lexicon(lang)
    try:
        if lex is not None and _relevant(lex.context, text):
            return reports(lex, text, published)
    except RecursionError:  # pragma: no cover - pathological input
        pass
    return (), ()


MIN_OTHER_LETTERS = 60
"""Letters a paragraph needs before its own language counts: a short line (a quoted name, a
caption) is read with the article."""


def _other_languages(text: str, main: str) -> dict[str, str]:
    """For each language other than ``main`` with a pack that whole paragraphs of ``text``
    are written in: the text with every other paragraph blanked (same length, same offsets,
    line breaks kept). Empty for a text in one language."""
    from strikewatch.sources.langid import identify_paragraphs, may_mix

    if len(text) > MAX_MIXED_CHARS or not may_mix(text, main, MIN_OTHER_LETTERS):
        return {}

    spans: dict[str, list[tuple[int, int]]] = {}
    for start, end, code in identify_paragraphs(text):
        if code and code != main and has_pack(code) and _letters(text, start, end):
            spans.setdefault(code, []).append((start, end))
    out: dict[str, str] = {}
    for code, kept in spans.items():
        parts: list[str] = []
        at = 0
        for start, end in kept:
            parts.append(_blank(text[at:start]))
            parts.append(text[start:end])
            at = end
        parts.append(_blank(text[at:]))
        out[code] = "".join(parts)
    return out


MAX_MIXED_CHARS = 1_000_000
"""Longer texts are read in their main language only (the paragraph pass stays bounded)."""


def _letters(text: str, start: int, end: int) -> bool:
    return sum(c.isalpha() for c in text[start:end]) >= MIN_OTHER_LETTERS


_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank(chunk: str) -> str:
    """``chunk`` with every character but line breaks made a space."""
    return _NOT_NEWLINE.sub(" ", chunk)


def _merged(found: tuple[Report, ...], more: tuple[Report, ...]) -> tuple[Report, ...]:
    """``found`` with the reports of another language's paragraphs: a report of the same
    attacker, target and night gains the figures and places it lacks; others are added."""
    out = list(found)
    for r in more:
        key = (r.attacker, r.target, r.date)
        i = next((k for k, o in enumerate(out) if (o.attacker, o.target, o.date) == key), None)
        if i is None:
            out.append(r)
            continue
        have = {(f.metric, f.weapon, f.value, f.place) for f in out[i].figures}
        new = tuple(f for f in r.figures if (f.metric, f.weapon, f.value, f.place) not in have)
        places = out[i].places + tuple(p for p in r.places if p not in out[i].places)
        out[i] = replace(out[i], figures=out[i].figures + new, places=places)
    return tuple(out)


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
