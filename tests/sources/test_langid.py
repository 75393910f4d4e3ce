"""Tests for strikewatch.sources.langid on short texts written for these tests: headlines,
one-line posts, longer paragraphs, texts that quote another language, and texts without
enough letters."""

from __future__ import annotations

import time

import pytest

from strikewatch.sources import langid
from strikewatch.sources.langid import identify, identify_paragraphs, may_mix

EN = [
    "Drones hit a power plant near Odesa overnight",
    "Air defence shot down 14 of 19 drones, the air force said.",
    "Missile strike on Kharkiv: two dead, eleven injured",
    "BREAKING: explosions reported in Kyiv",
    "The regional governor said debris fell on a warehouse in the early hours of Tuesday.",
    "Shahed drones again",
    "Kyiv",
    "Café owner in Lviv says the blast wave shattered every window on the street",
    "12:40 - 3 missiles, 25 drones",
    # English quoting Ukrainian, and English quoting Russian
    "The mayor wrote on Telegram: «Вибухи в місті, залишайтеся в укриттях». "
    "He gave no further details about the damage or about any casualties.",
    "State television quoted the ministry as saying «Сбиты все цели», but it offered no "
    "evidence for the claim that every drone had been destroyed before reaching the city.",
]

UK = [
    "Уночі ворог атакував Харків ударними дронами",
    "Сили оборони знищили 23 безпілотники над областю",
    "Вибухи у Львові: що відомо станом на ранок",
    "Повітряна тривога в Києві триває вже дві години.",
    "Обстріл Херсона: пошкоджено п'ять будинків",
    "Мер міста повідомив, що уламки впали на дах школи, але ніхто не постраждав.",
    "Тиша. Ворожих дронів у небі немає",
    "Загроза балістики з півночі!",
    "Ракета та два дрони над Одесою",  # no і ї є: the word "та" decides
    "Вибухи в мiстi",  # Latin i typed for і
    "Обʼєкт інфраструктури пошкоджено",
    "06:15 — 4 ракети, 12 дронів",
    # Ukrainian quoting Russian
    "Голова ОВА написав, що окупанти знову брешуть. Їхні канали пишуть «Нанесен удар по "
    "военным объектам», але насправді ракета влучила в житловий будинок, де мешкали "
    "пенсіонери.",
]

RU = [
    "Над Белгородом сбиты три беспилотника",
    "ПВО отразила атаку на Москву, сообщил мэр",
    "Взрывы в Курске: что известно к утру",
    "В Ростовской области объявлен режим ЧС",
    "Губернатор заявил, что обломки упали на территорию предприятия.",
    "Ещё два дрона сбиты над Брянской областью",
    "Сбит еще один «Шахед»",
    "Это уже третья атака за неделю",
    "Пострадавших нет, сообщили в МЧС",  # no marked letter: their absence decides
    "Обстрел Донецка: повреждены дома и школа",
    "23:10 — 5 ракет, 9 дронов сбиты",
    # Russian quoting Ukrainian
    "Украинские СМИ процитировали слова мэра: «Ситуація під контролем», однако жители "
    "сообщают о новых взрывах, и власти пока не дали объяснений.",
]

NONE = [
    "",
    "   \n\t ",
    "12 34 56",
    "2024-05-01 06:00",
    "+380 44 000 00 00",
    "🚀🚀🚀 ⚠️",
    "ок",  # two letters
    "ПВО",  # three letters and no mark: too short to tell
    "الطائرات المسيرة فوق المدينة",
    "无人机袭击了城市",
    "Επίθεση με μη επανδρωμένα αεροσκάφη",
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        *((t, "en") for t in EN),
        *((t, "uk") for t in UK),
        *((t, "ru") for t in RU),
        *((t, None) for t in NONE),
    ],
)
def test_identify(text: str, lang: str | None) -> None:
    assert identify(text) == lang


def test_fixture_table_is_large_enough() -> None:
    assert min(len(EN), len(UK), len(RU)) >= 10


def test_case_does_not_matter() -> None:
    for text in (*EN, *UK, *RU):
        assert identify(text.upper()) == identify(text) == identify(text.lower()), text


def test_word_lists_are_data_and_disjoint() -> None:
    assert not langid.UK_WORDS & langid.RU_WORDS
    assert {"що", "та", "від", "які", "це"} <= langid.UK_WORDS
    assert {"что", "это", "как", "его", "от"} <= langid.RU_WORDS
    for shared in ("для", "по"):  # both languages use them
        assert shared not in langid.UK_WORDS | langid.RU_WORDS
    assert not set(langid.UK_LETTERS) & set(langid.RU_LETTERS)


def test_paragraph_spans() -> None:
    text = (
        "Drones hit Odesa overnight, officials said.\r\n"
        "\n"
        "  Голова ОВА повідомив, що пошкоджено порт.\n"
        "Над Белгородом сбиты два беспилотника.  \n"
        "12:30\n"
    )
    spans = identify_paragraphs(text)
    assert [(text[s:e], lang) for s, e, lang in spans] == [
        ("Drones hit Odesa overnight, officials said.", "en"),
        ("Голова ОВА повідомив, що пошкоджено порт.", "uk"),
        ("Над Белгородом сбиты два беспилотника.", "ru"),
        ("12:30", None),
    ]
    assert identify_paragraphs("") == [] and identify_paragraphs(" \n\n ") == []


def test_long_texts_add_up_their_evidence() -> None:
    uk = " ".join(UK[:9])
    ru = " ".join(RU[:9])
    assert identify(uk + " " + RU[0]) == "uk"
    assert identify(ru + " " + UK[0]) == "ru"
    assert identify(" ".join(EN) + " " + uk) == "en"


def test_cost_is_linear_and_small() -> None:
    article = ((" ".join(UK) + "\n") * 3).encode()[:3072].decode("utf-8", "ignore")
    assert 3000 < len(article.encode()) <= 3072
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        identify(article)
    per_article = (time.perf_counter() - start) / runs
    assert per_article < 1e-3, per_article
    start = time.perf_counter()
    for text in ("i" * 200_000, "ї'" * 100_000, "м" + "i" * 200_000, " \n" * 100_000):
        identify(text)
        identify_paragraphs(text)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("text", "main", "may"),
    [
        ("Drones hit Odesa overnight.", "en", False),
        ("Drones hit Odesa. Дрони атакували Одесу.", "en", True),
        ("Дрони атакували Одесу вночі, пошкоджено будинки.", "uk", False),
        ("Дрони атакували Одесу. Беспилотники атаковали Одессу, повреждены здания.", "uk", True),
        ("Беспилотники атаковали Одессу, повреждены здания.", "ru", False),
        ("Беспилотники атаковали Одессу. Дрони атакували Одесу і порт.", "ru", True),
        ("Дрони атакували Одесу. " + "The air force said drones hit the port. " * 3, "uk", True),
    ],
)
def test_may_mix_gates_the_paragraph_pass(text: str, main: str, may: bool) -> None:
    assert may_mix(text, main, 60) is may
    if not may:  # the gate never hides a paragraph of another language
        langs = {code for _, _, code in identify_paragraphs(text)}
        assert langs <= {main, None}
