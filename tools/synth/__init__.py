"""Deterministic synthetic news articles for benchmarks and load tests.

``generate_articles`` yields article dicts in the shape of ``shared/eval/FORMAT.md`` section 1.
A share of them (``relevant_share``) are wire-style strike reports assembled from sentence
templates: launched/intercepted/suppressed figures by weapon class, casualties by place,
claimants, qualifiers, date phrases, numbers that are not figures (building heights, ages,
times, distances, war-long totals) and context paragraphs on diplomacy, energy and the front.
The rest are ordinary news (sport, economy, weather, culture) with plenty of numbers but no
strike vocabulary (no drones, missiles, bombs, air defence or interceptions).

Everything is drawn from one ``random.Random(seed)`` per call, so the same arguments always give
the same articles, whatever else the process does. Texts are plain ASCII. The figures are
invented: the articles only have to look like news to an extractor.

Speed matters (benchmarks generate hundreds of thousands of articles; the aim is more than
20,000 articles a second), so most work is done once per call: strike reports come from a few
hundred skeletons (sentence choice, claimant, dateline and wording already made) whose numbers
and places are drawn per article, lazily (``Slots.__missing__`` draws a value only when the
template asks for it); context and ordinary-news sentences are rendered in a dozen variants up
front and walked in a random order, so no template repeats within an article while the family
lasts.

``lang="uk"`` and ``lang="ru"`` give Ukrainian and Russian articles (``cyrillic``, with the
tables ``vocab_uk`` and ``vocab_ru``): official channels' posts and news rewrites, counts that
agree with their nouns, inflected place names; sizes are UTF-8 bytes. English is unchanged.

The package: ``vocabulary`` (the word and sentence tables), ``slots`` (how template slots are
drawn), ``generator`` (``generate_articles``), ``files`` (``write_jsonl``, ``write_shards``).
"""

from __future__ import annotations

from tools.synth.files import write_jsonl, write_shards
from tools.synth.generator import SOURCE, generate_articles

__all__ = ["SOURCE", "generate_articles", "write_jsonl", "write_shards"]
