"""The Russian pack (``strikewatch/lang/ru/``): every entry of its rule tables has an
example here, checked through the same compiled rules the extractor uses; and the key scans
derived from the rules never skip one of those examples. Fixtures are our own sentences."""

from __future__ import annotations

import re

import pytest

from strikewatch.extraction import dates, segment
from strikewatch.extraction.fastre import CIPattern
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.places import lookup
from strikewatch.lang import load_pack
from strikewatch.vocab import QUALIFIERS

PACK = load_pack("ru")
UK = Lexicon("ru")


def _entry_hit(rx: re.Pattern[str] | CIPattern, text: str) -> set[int]:
    return {int((m.lastgroup or "g0")[1:].partition("_")[0]) for m in rx.finditer(text)}


PRE_EXAMPLES = [
    "силы ПВО отразили атаку с применением 20 дронов",
    "перехвачены и уничтожены девять беспилотников",
    "сбиты 13 беспилотников",
    "перехвачено 12 ракет",
    "отражены две ракеты",
    "локально потеряны 12 БПЛА",
    "зафиксировано попадание 25 ударных БПЛА",
    "противник атаковал Украину 50 ударными БПЛА",
    "противник выпустил 20 ракет",
    "атака с применением 30 дронов",
    "погибли два человека",
    "пострадали три человека",
    "госпитализированы трое",
    "спасены пять человек",
]
POST_EXAMPLES = [
    "13 беспилотников были сбиты",
    "12 БПЛА локально потеряны",
    "шесть дронов не долетели до целей",
    "два дрона попали в цель",
    "20 ракет было выпущено",
    "10 дронов атаковали город",
    "два дрона ударили по складу",
    "два человека погибли",
    "три человека пострадали",
    "четверо остаются в больнице",
    "трое госпитализированы",
    "пять человек были спасены",
    "двое пропали без вести",
]
WEAPON_HEAD_EXAMPLES = [
    "ударных БПЛА",
    "беспилотников-имитаторов",
    "управляемых авиабомб",
    "крылатых ракет",
    "баллистические ракеты",
    "ракет",
    "средств воздушного нападения",
]
WEAPON_MODIFIER_EXAMPLES = [
    "ударных",
    "разведывательных",
    "крылатых",
    "баллистических",
    "управляемых",
]
CLAIMANT_EXAMPLES = [
    "сообщили Воздушные силы ВСУ",
    "сообщило Минобороны РФ",
    "сообщил Генштаб",
    "сообщили в КГВА",
    "сообщили Силы обороны юга",
    "заявил главнокомандующий",
    "заявил президент Зеленский",
    "сообщили в ГСЧС",
    "сообщил мэр Киева",
    "сообщил мэр Москвы Сергей Собянин",
    "сообщил Терехов",
    "сообщил Филатов",
    "сообщил Садовый",
    "сообщил Труханов",
    "сообщил мэр Запорожья",
    "сообщил мэр Сум",
]
ACTOR_EXAMPLES = [
    ("средствами ПВО сбиты", "RU"),
    ("дроны над территорией России", "RU"),
    ("в оккупированном Крыму", "RU"),
    ("Воздушные силы сообщили", "UA"),
    ("противник атаковал Украину", "UA"),
    ("российские дроны атаковали", "UA"),
]
BACKGROUND_EXAMPLES = [
    "с начала специальной военной операции",
    "с 24 февраля 2022 года",
    "300 дронов в месяц",
    "Россия производит дроны",
    "предыдущий рекорд",
    "за прошедшую неделю",
    "в октябре",
    "всего с начала года",
    "неделю назад",
    "за все время",
]
PLACE_FORMS = [
    ("в Харькове", "Kharkiv"),
    ("на Харьковщине", "Kharkiv Oblast"),
    ("Харьковской области", "Kharkiv Oblast"),
    ("над Брянской областью", "Bryansk Oblast"),
    ("в Подмосковье", "Moscow Oblast"),
    ("в Киевском районе Харькова", "Kyivskyi district, Kharkiv"),
    ("Киева", "Kyiv"),
    ("в Одессе", "Odesa"),
    ("в Днепре", "Dnipro"),
    ("в Кривом Роге", "Kryvyi Rih"),
    ("над Краснодарским краем", "Krasnodar Krai"),
    ("над Крымом", "Crimea"),
    ("в Белгородской области", "Belgorod Oblast"),
    ("в Москве", "Moscow"),
    ("над территорией Московского региона", "Moscow Oblast"),
]


@pytest.mark.parametrize(("index", "example"), list(enumerate(PRE_EXAMPLES)))
def test_pre_cue_entry(index: int, example: str) -> None:
    assert len(PRE_EXAMPLES) == len(PACK.PRE_CUES)
    assert index in _entry_hit(UK.cues.pre, example)


@pytest.mark.parametrize(("index", "example"), list(enumerate(POST_EXAMPLES)))
def test_post_cue_entry(index: int, example: str) -> None:
    assert len(POST_EXAMPLES) == len(PACK.POST_CUES_STRONG)
    assert index in _entry_hit(UK.cues.post_strong, example)


@pytest.mark.parametrize(("index", "example"), list(enumerate(WEAPON_HEAD_EXAMPLES)))
def test_weapon_head_entry(index: int, example: str) -> None:
    assert len(WEAPON_HEAD_EXAMPLES) == len(PACK.WEAPON_HEADS)
    assert index in _entry_hit(UK.nouns.weapon_head, example)


@pytest.mark.parametrize(("index", "example"), list(enumerate(WEAPON_MODIFIER_EXAMPLES)))
def test_weapon_modifier_entry(index: int, example: str) -> None:
    assert len(WEAPON_MODIFIER_EXAMPLES) == len(PACK.WEAPON_MODIFIERS)
    m = UK.nouns.weapon_mod.fullmatch(example)
    assert m is not None and int((m.lastgroup or "g0")[1:].partition("_")[0]) == index


@pytest.mark.parametrize(("index", "example"), list(enumerate(CLAIMANT_EXAMPLES)))
def test_claimant_entry(index: int, example: str) -> None:
    assert len(CLAIMANT_EXAMPLES) == len(PACK.CLAIMANTS)
    assert index in _entry_hit(UK.claims.claimant, example)
    assert UK.claims.key.within(example, 0, len(example))


@pytest.mark.parametrize(("name", "region"), PACK.OFFICIALS_BY_NAME)
def test_officials_have_known_regions(name: str, region: str) -> None:
    assert lookup(region) is not None
    text = f"сообщил {name}"
    assert UK.claims.key.within(text, 0, len(text))


@pytest.mark.parametrize(("index", "example"), list(enumerate(ACTOR_EXAMPLES)))
def test_actor_entry(index: int, example: tuple[str, str]) -> None:
    assert len(ACTOR_EXAMPLES) == len(PACK.ACTOR_SIDE)
    text, side = example
    assert index in _entry_hit(UK.sides.actor, text)
    assert PACK.ACTOR_SIDE[index][1] == side


@pytest.mark.parametrize("example", BACKGROUND_EXAMPLES)
def test_background_entry(example: str) -> None:
    assert len(BACKGROUND_EXAMPLES) == len(PACK.BACKGROUND)
    assert UK.context.background.search(example)
    assert UK.context.background_key.within(example, 0, len(example))


@pytest.mark.parametrize(("word", "qualifier"), PACK.QUALIFIER_WORDS)
def test_qualifier_words(word: str, qualifier: str) -> None:
    m = UK.numbers.lead.search(f"сбито {word} ")
    assert m is not None and UK.numbers.qualifier_map[m.group("q")] == qualifier
    assert qualifier in QUALIFIERS


@pytest.mark.parametrize(
    ("words", "value"),
    [("одного", 1), ("двух", 2), ("тремя", 3), ("трёх", 3), ("пятерых", 5),
     ("сорок восемь", 48), ("двухсот пятидесяти", 250), ("полтора десятка", 15),
     ("полсотни", 50), ("девятнадцать", 19), ("сто восемьдесят семь", 187), ("трое", 3),
     ("обе", 2)],
)  # fmt: skip
def test_number_words(words: str, value: int) -> None:
    assert PACK.word_value(words) == value
    assert UK.numbers.num_words.fullmatch(words.lower())


@pytest.mark.parametrize(
    "line",
    ["Читайте также: все новости дня", "Фото: ГСЧС", "Подписывайтесь на наш Telegram",
     "Обновлено: 07.02.2025 10:12", "___"],
)  # fmt: skip
def test_boilerplate_lines(line: str) -> None:
    assert segment.is_boilerplate(UK.text, line)


def test_date_keys_cover_every_phrase_kind() -> None:
    examples = {
        "previous_night": "накануне вечером",
        "attack_wd": "атака на город в воскресенье",
        "night_dm": "в ночь с 22 на 23 августа",
        "into_wd": "в ночь на вторник",
        "wd_night": "во вторник ночью",
        "night_of_dm": "в ночь на 23 августа",
        "dm": "вечером 19 августа",
        "wd": "в пятницу",
        "ref_minus_1": "вчера вечером",
        "ref": "прошлой ночью",
    }
    assert set(examples) == {kind for kind, _, _ in PACK.PHRASES}
    for kind, text in examples.items():
        found = dates.find_phrases(UK.dates, text, 0, len(text), None)
        assert kind in {p.kind for p in found}, (kind, text)


@pytest.mark.parametrize(("text", "name"), PLACE_FORMS)
def test_inflected_places_name_the_canonical_place(text: str, name: str) -> None:
    from strikewatch.extraction.places import find_places

    found = find_places(UK.places, text)
    assert found and found[0].place.name == name  # the place itself, then a city it lies in
    english = lookup(name)
    assert english is not None and found[0].place == english  # same kind, country, parent
