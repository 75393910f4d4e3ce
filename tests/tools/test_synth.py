"""The synthetic article generator: deterministic, well-formed, sized and mixed as asked."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest
from tools.synth import SOURCE, generate_articles, write_jsonl

# Words every strike report uses at least one of ...
STRIKE_WORDS = re.compile(r"\b(drones?|UAVs?|unmanned aerial vehicles?|missiles?)\b", re.I)
# ... and none of which may appear in ordinary news.
STRIKE_VOCABULARY = re.compile(
    r"drone|missile|\bUAV|unmanned|shahed|geran|air defen[cs]e|shot down|intercept|ballistic"
    r"|bomb|air raid|\bstrikes?\b|shelling|casualt|killed|wounded|injured",
    re.I,
)
FIELDS = {"id", "url", "source", "title", "published", "text"}


def _texts(articles: list[dict[str, object]]) -> list[str]:
    return [str(a["text"]) for a in articles]


def test_same_seed_same_articles() -> None:
    first = list(generate_articles(300, seed=7, relevant_share=0.5))
    random.seed(12345)  # the module's own stream must not depend on the global one
    random.random()
    second = list(generate_articles(300, seed=7, relevant_share=0.5))
    assert first == second


def test_other_seed_other_articles() -> None:
    first = _texts(list(generate_articles(50, seed=1)))
    second = _texts(list(generate_articles(50, seed=2)))
    assert first != second
    assert len(set(first)) == len(first)  # no two articles of one run are identical


def test_prefix_is_stable() -> None:
    """The first articles do not depend on how many are asked for."""
    assert list(generate_articles(20, seed=3)) == list(generate_articles(200, seed=3))[:20]


@pytest.mark.parametrize("target", [1000, 3000, 8000])
def test_text_size_within_a_quarter_of_target(target: int) -> None:
    sizes = [
        len(a["text"].encode("utf-8"))
        for a in generate_articles(500, seed=target, relevant_share=0.5, target_bytes=target)
    ]
    assert min(sizes) >= 0.75 * target
    assert max(sizes) <= 1.25 * target


def test_relevant_share_respected() -> None:
    articles = list(generate_articles(1000, seed=11, relevant_share=0.2))
    relevant = [t for t in _texts(articles) if STRIKE_WORDS.search(t)]
    assert 0.15 <= len(relevant) / len(articles) <= 0.25


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_extreme_shares(share: float) -> None:
    texts = _texts(list(generate_articles(200, seed=5, relevant_share=share)))
    relevant = sum(1 for t in texts if STRIKE_WORDS.search(t))
    assert relevant == round(200 * share)


def test_ordinary_news_has_no_strike_vocabulary_but_numbers() -> None:
    texts = _texts(list(generate_articles(500, seed=13, relevant_share=0.0)))
    for text in texts:
        assert not STRIKE_VOCABULARY.search(text), STRIKE_VOCABULARY.search(text)
        assert len(re.findall(r"\d+", text)) >= 5


def test_strike_reports_carry_figures_and_traps() -> None:
    texts = _texts(list(generate_articles(500, seed=17, relevant_share=1.0)))
    assert all(STRIKE_WORDS.search(t) for t in texts)
    joined = "\n".join(texts)
    for phrase in ("shot down", "locationally lost", "Iskander-M", "Kh-101", "Shahed",
                   "Belgorod", "Oblast", "at least", "-storey", "-year-old", "Defence Ministry",
                   "air force", "Kyiv City Military Administration", "Sobyanin"):  # fmt: skip
        assert phrase in joined, phrase


def test_ids_unique_and_numbered() -> None:
    ids = [a["id"] for a in generate_articles(1500, seed=2, relevant_share=0.5)]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "synth-0000000"
    assert ids[-1] == "synth-0001499"


def test_articles_have_format_fields_and_survive_json() -> None:
    for article in generate_articles(400, seed=19, relevant_share=0.5):
        assert set(article) == FIELDS
        assert json.loads(json.dumps(article)) == article
        assert article["source"] == SOURCE
        assert article["url"] is None
        assert article["title"] and "{" not in article["title"]
        day = dt.date.fromisoformat(article["published"])
        assert dt.date(2023, 1, 1) <= day <= dt.date(2025, 12, 31)
        text = article["text"]
        assert text.isascii()
        assert "{" not in text and "}" not in text
        assert "\n\n\n" not in text and text == text.strip()


def test_dateline_matches_published_date() -> None:
    months = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
              "Nov", "Dec")  # fmt: skip
    for article in generate_articles(200, seed=23, relevant_share=0.5):
        day = dt.date.fromisoformat(article["published"])
        assert f"{months[day.month - 1]} {day.day} (StrikeWatch) - " in article["text"]


def test_write_jsonl(tmp_path: Path) -> None:
    articles = list(generate_articles(120, seed=29, relevant_share=0.3))
    path = tmp_path / "synth.jsonl"
    assert write_jsonl(path, iter(articles)) == 120
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == articles


def test_write_jsonl_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    assert write_jsonl(path, []) == 0
    assert path.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize(
    "kwargs",
    [{"n": -1}, {"n": 1, "relevant_share": 1.5}, {"n": 1, "relevant_share": -0.1},
     {"n": 1, "target_bytes": 0}],
)  # fmt: skip
def test_bad_arguments_raise_at_call(kwargs: dict[str, float]) -> None:
    n = int(kwargs.pop("n"))
    with pytest.raises(ValueError):
        generate_articles(n, **kwargs)  # type: ignore[arg-type]


# -- Ukrainian and Russian -------------------------------------------------------------------

LANGS = ("uk", "ru")
# Strike words of the Ukrainian and Russian reports (every report has one) ...
CYRILLIC_STRIKE = re.compile(r"БпЛА|БПЛА|безпілотн|беспилотн|дрон|ракет", re.I)
# ... and vocabulary ordinary news must not have.
CYRILLIC_VOCABULARY = re.compile(
    r"БпЛА|БПЛА|безпілотн|беспилотн|дрон|ракет|ППО|ПВО|збит|сбит|атак|обстріл|обстрел"
    r"|загинул|погиб|поранен|ранен|постраждал|пострадал|тривог|тревог|вибух|взрыв",
    re.I,
)


@pytest.mark.parametrize("lang", LANGS)
def test_cyrillic_same_seed_same_articles(lang: str) -> None:
    first = list(generate_articles(200, seed=7, relevant_share=0.5, lang=lang))
    random.seed(54321)
    random.random()
    assert first == list(generate_articles(200, seed=7, relevant_share=0.5, lang=lang))
    assert list(generate_articles(20, seed=7, relevant_share=0.5, lang=lang)) == first[:20]
    other = _texts(list(generate_articles(50, seed=8, lang=lang)))
    assert other != _texts(first[:50])
    assert len(set(other)) == len(other)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("target", [1000, 3000, 8000])
def test_cyrillic_size_within_a_quarter_of_target(lang: str, target: int) -> None:
    sizes = [
        len(a["text"].encode("utf-8"))
        for a in generate_articles(
            400, seed=target, relevant_share=0.5, target_bytes=target, lang=lang
        )
    ]
    assert min(sizes) >= 0.75 * target
    assert max(sizes) <= 1.25 * target


@pytest.mark.parametrize("lang", LANGS)
def test_cyrillic_articles_are_in_their_language(lang: str) -> None:
    from strikewatch.sources.langid import identify

    articles = list(generate_articles(300, seed=41, relevant_share=0.5, lang=lang))
    found = [identify(a["text"]) for a in articles]
    assert found.count(lang) >= 0.95 * len(found)
    for article in articles:
        assert set(article) == FIELDS  # no language field: the system identifies it
        assert article["source"] == SOURCE and article["url"] is None
        assert article["id"].startswith("synth-")
        dt.date.fromisoformat(article["published"])
        text = article["title"] + "\n" + article["text"]
        assert "{" not in text and "}" not in text and "_" not in text
        assert "\n\n\n" not in article["text"] and article["text"] == article["text"].strip()
        assert json.loads(json.dumps(article, ensure_ascii=False)) == article


@pytest.mark.parametrize("lang", LANGS)
def test_cyrillic_relevant_share_and_ordinary_news(lang: str) -> None:
    texts = _texts(list(generate_articles(600, seed=43, relevant_share=0.3, lang=lang)))
    strike = [t for t in texts if CYRILLIC_STRIKE.search(t)]
    assert 0.24 <= len(strike) / len(texts) <= 0.36
    for text in _texts(list(generate_articles(300, seed=47, relevant_share=0.0, lang=lang))):
        assert not CYRILLIC_VOCABULARY.search(text), CYRILLIC_VOCABULARY.search(text)
        assert len(re.findall(r"\d+", text)) >= 5


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("uk", ("У ніч на", "типу Shahed", "збито/подавлено", "локаційно втрачено", "ОВА",
                "області", "щонайменше", "-поверхов", "-річн", "дрони-імітатори")),
        ("ru", ("дежурными средствами ПВО", "— над территорией", "области", "губернатор",
                "Собянин", "по меньшей мере", "-этажный", "-летний", "в ночь на")),
    ],
)  # fmt: skip
def test_cyrillic_strike_reports_carry_their_styles(lang: str, phrases: tuple[str, ...]) -> None:
    texts = _texts(list(generate_articles(400, seed=53, relevant_share=1.0, lang=lang)))
    assert all(CYRILLIC_STRIKE.search(t) for t in texts)
    joined = "\n".join(texts)
    for phrase in phrases:
        assert phrase.lower() in joined.lower(), phrase


@pytest.mark.parametrize("lang", LANGS)
def test_cyrillic_strike_reports_yield_reports(lang: str) -> None:
    """A loose check that the texts read as strike reports to the extractor (the benchmark
    measures speed, not accuracy)."""
    from strikewatch.extraction.engine import extract
    from strikewatch.sources.files import article_from_dict

    articles = list(generate_articles(120, seed=59, relevant_share=1.0, lang=lang))
    found = sum(
        1
        for i, a in enumerate(articles)
        if extract(article_from_dict(a, default_id=str(i))).reports
    )
    assert found >= 0.5 * len(articles)


def test_unknown_language_raises_at_call() -> None:
    with pytest.raises(ValueError):
        generate_articles(1, lang="de")
