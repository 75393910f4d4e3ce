"""The Ukrainian pack (``strikewatch/lang/uk/``): every entry of its rule tables has an
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

PACK = load_pack("uk")
UK = Lexicon("uk")


def _entry_hit(rx: re.Pattern[str] | CIPattern, text: str) -> set[int]:
    return {int((m.lastgroup or "g0")[1:].partition("_")[0]) for m in rx.finditer(text)}


PRE_EXAMPLES = [
    "сили ППО відбили атаку із застосуванням 20 дронів",
    "збито/подавлено 48 ворожих БпЛА",
    "збито 36 ударних БпЛА",
    "знешкоджено 12 безпілотників",
    "ліквідовано 5 дронів",
    "локаційно втрачено 12 БпЛА",
    "зафіксовано влучання 14 ударних БпЛА",
    "противник атакував Україну 50 ударними БпЛА",
    "ворог випустив 20 ракет",
    "атака із застосуванням 30 дронів",
    "загинули двоє людей",
    "до лікарень звернулося 20 осіб",
    "госпіталізовано трьох людей",
    "врятовано п'ятьох людей",
]
POST_EXAMPLES = [
    "36 дронів було збито",
    "12 БпЛА локаційно втрачені",
    "шість дронів не долетіли до цілей",
    "два дрони влучили",
    "20 ракет було випущено",
    "10 дронів атакували місто",
    "два дрони вдарили по складу",
    "двоє людей загинули",
    "троє людей поранені",
    "четверо залишаються у лікарні",
    "троє людей госпіталізовані",
    "п'ятеро людей врятовані",
    "двоє людей зникли безвісти",
]
WEAPON_HEAD_EXAMPLES = [
    "ударних БпЛА",
    "дронів-імітаторів",
    "керованих авіабомб",
    "крилатих ракет",
    "балістичні ракети",
    "ракет",
    "засобів повітряного нападу",
]
WEAPON_MODIFIER_EXAMPLES = ["ударних", "розвідувальних", "крилатих", "балістичних", "керованих"]
CLAIMANT_EXAMPLES = [
    "повідомили Повітряні сили ЗСУ",
    "повідомило Міноборони РФ",
    "повідомив Генштаб",
    "повідомили в КМВА",
    "повідомили Сили оборони Півдня",
    "заявив головнокомандувач",
    "заявив президент Зеленський",
    "повідомили в ДСНС",
    "повідомив мер Києва",
    "повідомив Собянін",
    "повідомив Терехов",
    "повідомив Філатов",
    "повідомив Садовий",
    "повідомив Труханов",
    "повідомив мер Запоріжжя",
    "повідомив мер Сум",
]
ACTOR_EXAMPLES = [
    ("російська ППО збила", "RU"),
    ("дрони над територією Росії", "RU"),
    ("у тимчасово окупованому Криму", "RU"),
    ("Повітряні сили повідомили", "UA"),
    ("противник атакував Україну", "UA"),
    ("російські дрони атакували", "UA"),
]
BACKGROUND_EXAMPLES = [
    "від початку повномасштабного вторгнення",
    "з 24 лютого 2022 року",
    "300 дронів на місяць",
    "Росія виробляє дрони",
    "попередній рекорд",
    "за минулий тиждень",
    "у жовтні",
    "загалом з початку року",
    "тиждень тому",
    "протягом усієї війни",
]
PLACE_FORMS = [
    ("у Харкові", "Kharkiv"),
    ("на Харківщині", "Kharkiv Oblast"),
    ("Харківської області", "Kharkiv Oblast"),
    ("голова Полтавської ОВА", "Poltava Oblast"),
    ("у Солом'янському районі", "Solomianskyi district, Kyiv"),
    ("у Солом’янському районі", "Solomianskyi district, Kyiv"),
    ("Києва", "Kyiv"),
    ("у Києві", "Kyiv"),
    ("з Одеси", "Odesa"),
    ("у Дніпрі", "Dnipro"),
    ("у Кривому Розі", "Kryvyi Rih"),
    ("над Брянською областю", "Bryansk Oblast"),
    ("у Підмосков'ї", "Moscow Oblast"),
    ("у Криму", "Crimea"),
    ("на Київщині", "Kyiv Oblast"),
    ("Краснодарського краю", "Krasnodar Krai"),
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
    text = f"повідомив {name}"
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
    m = UK.numbers.lead.search(f"збито {word} ")
    assert m is not None and UK.numbers.qualifier_map[m.group("q")] == qualifier
    assert qualifier in QUALIFIERS


@pytest.mark.parametrize(
    ("words", "value"),
    [("одного", 1), ("двох", 2), ("трьома", 3), ("п'ятьох", 5), ("п’ятьох", 5),
     ("сорок вісім", 48), ("двохсот п'ятдесяти", 250), ("півтора десятка", 15),
     ("півсотні", 50), ("дев'ятнадцять", 19), ("сто вісімдесят сім", 187), ("троє", 3),
     ("обидві", 2)],
)  # fmt: skip
def test_number_words(words: str, value: int) -> None:
    assert PACK.word_value(words) == value
    assert UK.numbers.num_words.fullmatch(words.lower())


@pytest.mark.parametrize(
    "line",
    ["Читайте також: усі новини дня", "Фото: ДСНС", "Підписуйтесь на наш Telegram",
     "Оновлено: 07.02.2025 10:12", "___"],
)  # fmt: skip
def test_boilerplate_lines(line: str) -> None:
    assert segment.is_boilerplate(UK.text, line)


def test_date_keys_cover_every_phrase_kind() -> None:
    examples = {
        "previous_night": "попередньої ночі",
        "attack_wd": "атака на місто у неділю",
        "night_dm": "у ніч з 22 на 23 серпня",
        "into_wd": "у ніч на середу",
        "wd_night": "у вівторок вночі",
        "night_of_dm": "у ніч на 7 лютого",
        "dm": "ввечері 4 квітня",
        "wd": "у п’ятницю",
        "ref_minus_1": "вчора ввечері",
        "ref": "минулої ночі",
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
