"""Extraction tables: (language, sentence, expected figures), so that every language pack is
tested alike. Fixtures are short wire-style sentences written for these tests; none is taken
from a real article."""

from __future__ import annotations

import datetime as dt

import pytest

from strikewatch import Article, extract

PUB = dt.date(2024, 11, 17)  # a Sunday

Fact = tuple[str | None, str, str | None, int, str]  # attacker, metric, weapon, value, qualifier


def facts(text: str, published: dt.date | None = PUB, lang: str = "en") -> list[Fact]:
    result = extract(Article(text=text, id="t", published=published, lang=lang))
    return sorted(
        (r.attacker, f.metric, f.weapon, f.value, f.qualifier)
        for r in result.reports
        for f in r.figures
    )


def core(text: str, lang: str = "en") -> list[tuple[str, str | None, int]]:
    return sorted(
        (m, w, v)
        for _, m, w, v, _ in facts(text, lang=lang)
        if m in ("launched", "intercepted", "suppressed", "hit", "killed", "injured")
    )


CORE = ("launched", "intercepted", "suppressed", "hit", "killed", "injured")

# Sentences with a slot, per language, for the tables of phrases and nouns.
QUALIFIER_SENTENCE = {
    "en": "Air defences shot down {} drones over Kyiv overnight.",
    "uk": "Вночі сили ППО збили {} дронів над Києвом.",
    "ru": "Ночью силы ПВО сбили {} беспилотников над Киевом.",
}
WEAPON_SENTENCE = {
    "en": "Russia launched 14 {} at Ukraine overnight, the air force said.",
    "uk": "Вночі Росія випустила по Україні 14 {}, повідомили Повітряні сили.",
    "ru": "Ночью Россия выпустила по Украине 14 {}, сообщили Воздушные силы.",
}
DATE_SENTENCE = {
    "en": "Russia launched 40 drones at Ukraine {}, the air force said.",
    "uk": "Росія {} випустила по Україні 40 дронів, повідомили Повітряні сили.",
    "ru": "Россия {} выпустила по Украине 40 беспилотников, сообщили Воздушные силы.",
}


# ----------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia launched 62 drones overnight.", [("launched", "drone", 62)]),
        ("en", "Russia launched 1,250 drones last week in total.", []),
        ("en", "Russia launched 1,250 drones overnight.", [("launched", "drone", 1250)]),
        ("en", "Russia launched Sixty-seven drones overnight.", [("launched", "drone", 67)]),
        ("en", "Russia launched sixty-seven drones overnight.", [("launched", "drone", 67)]),
        ("en", "Russia launched twenty one drones overnight.", [("launched", "drone", 21)]),
        ("en", "Russia launched a dozen drones at Odesa overnight.", [("launched", "drone", 12)]),
        ("en", "Air defences shot down a single drone over Lviv.", [("intercepted", "drone", 1)]),
        ("en", "Russia fired one missile at Kharkiv.", [("launched", "missile", 1)]),
        (
            "en",
            "Air defences intercepted 18 out of 23 drones launched by Russia overnight.",
            [("intercepted", "drone", 18), ("launched", "drone", 23)],
        ),
        (
            "en",
            "Ukraine shot down 14 of 16 Shahed drones launched by Russia.",
            [("intercepted", "drone", 14), ("launched", "drone", 16)],
        ),
        (
            "en",
            "Air defences shot down all 29 drones launched by Russia.",
            [("intercepted", "drone", 29), ("launched", "drone", 29)],
        ),
        (
            "en",
            "Russia launched 62 drones and one missile; 33 of them were intercepted.",
            [("intercepted", "any", 33), ("launched", "drone", 62), ("launched", "missile", 1)],
        ),
        (
            "en",
            "Russia launched 40 drones. Air defences destroyed 31 of them.",
            [("intercepted", "drone", 31), ("launched", "drone", 40)],
        ),
        (
            "en",
            "Russia launched 120 drones and missiles, including 11 missiles.",
            [("launched", "any", 120), ("launched", "missile", 11)],
        ),
        (
            "en",
            "Russia launched 40 drones overnight; all but six were shot down.",
            [("intercepted", "drone", 34), ("launched", "drone", 40)],
        ),
        (
            "en",
            "Russia launched 147 drones, and air defences managed to shoot down 97, while "
            "25 drones did not reach their targets.",
            [("intercepted", "drone", 97), ("launched", "drone", 147), ("suppressed", "drone", 25)],
        ),
        (
            "en",
            "Russia launched 58 drones. Another 21 were lost from radar.",
            [("launched", "drone", 58), ("suppressed", "drone", 21)],
        ),
        (
            "en",
            "The ministry said 17 drones were downed over the Belgorod region, 12 over the "
            "Kursk region and nine over the Bryansk region.",
            [
                ("intercepted", "drone", 17),
                ("intercepted", "drone", 12),
                ("intercepted", "drone", 9),
            ],
        ),
        (
            "en",
            "The ministry said two drones each were downed over the Oryol and Tver regions, "
            "and one each over the Ivanovo and Kostroma regions.",
            [("intercepted", "drone", 2)] * 2 + [("intercepted", "drone", 1)] * 2,
        ),
        (
            "en",
            "The ministry said its air defences destroyed 30 drones: over the Kursk region (12), "
            "Crimea (8) and the Bryansk region (10).",
            [("intercepted", "drone", v) for v in (30, 12, 8, 10)],
        ),
        (
            "en",
            "Of the 89 drones Russia sent overnight, 61 were neutralised and 24 never reached their targets.",
            [("launched", "drone", 89), ("intercepted", "drone", 61), ("suppressed", "drone", 24)],
        ),
        (
            "en",
            "Air defence shot down or suppressed 66 drones, the air force said.",
            [("intercepted", "drone", 66)],
        ),
        (
            "en",
            "General Zaluzhnyi said 15 cruise missiles, 20 Shahed drones and one "
            "reconnaissance drone were shot down.",
            [
                ("intercepted", "cruise_missile", 15),
                ("intercepted", "drone", 1),
                ("intercepted", "drone", 20),
            ],
        ),
        ("uk", "Вночі ворог атакував Україну 62 ударними БпЛА.", [("launched", "drone", 62)]),
        ("uk", "Сили ППО збили сорок вісім дронів над Київщиною.", [("intercepted", "drone", 48)]),
        (
            "uk",
            "Над Одесою збито двох дронів і трьома ракетами атакували порт.",
            [("intercepted", "drone", 2), ("launched", "missile", 3)],
        ),
        ("uk", "Було знищено близько півтора десятка ворожих цілей.", [("intercepted", "any", 15)]),
        (
            "uk",
            "Сили ППО знищили 11 з 16 шахедів, які ворог запустив уночі.",
            [("intercepted", "drone", 11), ("launched", "drone", 16)],
        ),
        (
            "uk",
            "Вночі ворог атакував 50 дронами. Збито/подавлено 40 БпЛА, ще 8 – локаційно втрачені.",
            [("launched", "drone", 50), ("intercepted", "drone", 40), ("suppressed", "drone", 8)],
        ),
        ("ru", "Ночью противник атаковал Украину 62 ударными БПЛА.", [("launched", "drone", 62)]),
        (
            "ru",
            "Силы ПВО уничтожили сорок восемь беспилотников над Брянской областью.",
            [("intercepted", "drone", 48)],
        ),
        (
            "ru",
            "Россия запустила 69 беспилотников, 57 из которых были сбиты.",
            [("launched", "drone", 69), ("intercepted", "drone", 57)],
        ),
        (
            "ru",
            "Ночью средствами ПВО перехвачены и уничтожены полсотни беспилотников.",
            [("intercepted", "drone", 50)],
        ),
        (
            "ru",
            "Восемь БПЛА сбили над Белгородской областью, по два — над Липецкой областью и Крымом.",
            [("intercepted", "drone", 8), ("intercepted", "drone", 2), ("intercepted", "drone", 2)],
        ),
    ],
)
def test_numbers(lang: str, text: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert core(text, lang) == sorted(expected)


# ----------------------------------------------------------------------------- traps
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A drone hit a five-story building in Kyiv."),
        ("en", "A 12-storey apartment block was damaged by drone debris."),
        ("en", "The drone strike wounded a five-year-old, officials said."),
        (
            "en",
            "Russia has launched over 4,000 missiles at Ukraine since the start of the full-scale invasion.",
        ),
        ("en", "Russia launched 2,000 drones in October alone, the air force said."),
        ("en", "The plant produces 300 Shahed drones a month."),
        ("en", "The air raid alert lasted from 01:30 to 05:40 in Kyiv."),
        ("en", "It was the ninth massive missile barrage on the capital."),
        ("en", "It was the 12th drone attack on Kyiv this month."),
        ("en", "The drones flew 1,500 km from the border before they were shot down."),
        ("en", "Air defences have shot down 85% of the drones this year."),
        ("en", "Explosions were heard for 24 hours after the drone attack."),
        ("en", "The drone attack damaged houses in five districts of the region."),
        ("en", "In 2023 the air force shot down drones over the capital."),
        ("en", "Several dozen drones were shot down over the Rostov region overnight."),
        ("en", "Dozens of drones and several missiles were shot down over the region."),
        (
            "en",
            "Ukraine said the Kh-101 and Kh-22 missiles came from the north, and S-300 launchers fired.",
        ),
        ("en", "Russia attacked with Shahed-136 drones on the night of 15-16 September."),
        ("en", "No one was hurt when debris from a downed drone hit a house."),
        ("en", "One of the drones crashed into a warehouse after being hit by air defences."),
        ("en", "The Pentagon said some 10,000 troops had been sent to the region."),
        ("en", "Air defences repelled assaults near 15 settlements along the front."),
        ("uk", "Дрон влучив у будинок, де живе 60-річна пенсіонерка."),
        ("uk", "Дрон влучив у 9-поверхівку в Києві."),
        ("uk", "Від початку повномасштабного вторгнення Росія випустила 9000 ракет."),
        ("uk", "За тиждень ворог атакував Україну 1200 дронами."),
        ("uk", "Вночі ворог атакував Україну десятками дронів."),
        ("ru", "За неделю противник выпустил 800 беспилотников по Украине."),
        ("ru", "С начала года силы ПВО сбили 3000 беспилотников."),
        ("ru", "Ночью несколько беспилотников атаковали Москву."),
    ],
)
def test_traps_give_no_figures(lang: str, text: str) -> None:
    assert core(text, lang) == []


# ----------------------------------------------------------------------------- qualifiers
@pytest.mark.parametrize(
    ("lang", "phrase", "qualifier"),
    [
        ("en", "at least 20", "at_least"),
        ("en", "no fewer than 20", "at_least"),
        ("en", "more than 20", "more_than"),
        ("en", "over 20", "more_than"),
        ("en", "about 20", "about"),
        ("en", "around 20", "about"),
        ("en", "some 20", "about"),
        ("en", "nearly 20", "about"),
        ("en", "almost 20", "about"),
        ("en", "roughly 20", "about"),
        ("en", "up to 20", "up_to"),
        ("en", "20", "exact"),
        ("en", "a total of 20", "exact"),
        ("uk", "щонайменше 20", "at_least"),
        ("uk", "понад 20", "more_than"),
        ("uk", "близько 20", "about"),
        ("uk", "майже 20", "about"),
        ("uk", "до 20", "up_to"),
        ("uk", "20", "exact"),
        ("ru", "не менее 20", "at_least"),
        ("ru", "более 20", "more_than"),
        ("ru", "свыше 20", "more_than"),
        ("ru", "около 20", "about"),
        ("ru", "почти 20", "about"),
        ("ru", "до 20", "up_to"),
    ],
)
def test_qualifiers(lang: str, phrase: str, qualifier: str) -> None:
    got = facts(QUALIFIER_SENTENCE[lang].format(phrase), lang=lang)
    assert [(m, v, q) for _, m, _, v, q in got] == [("intercepted", 20, qualifier)]


# ----------------------------------------------------------------------------- weapons
@pytest.mark.parametrize(
    ("lang", "noun", "weapon"),
    [
        ("en", "Shahed drones", "drone"),
        ("en", "Shahed-136 attack drones", "drone"),
        ("en", "Geran-2 drones", "drone"),
        ("en", "UAVs", "drone"),
        ("en", "unmanned aerial vehicles", "drone"),
        ("en", "kamikaze drones", "drone"),
        ("en", "decoy drones", "drone"),
        ("en", "loitering munitions", "drone"),
        ("en", "Kh-101 cruise missiles", "cruise_missile"),
        ("en", "Kalibr cruise missiles", "cruise_missile"),
        ("en", "Kalibrs", "cruise_missile"),
        ("en", "cruise missiles", "cruise_missile"),
        ("en", "Iskander-M ballistic missiles", "ballistic_missile"),
        ("en", "Iskander-M/KN-23 ballistic missiles", "ballistic_missile"),
        ("en", "Kinzhal hypersonic missiles", "ballistic_missile"),
        ("en", "Kinzhal aeroballistic missiles", "ballistic_missile"),
        ("en", "KN-23 missiles", "ballistic_missile"),
        ("en", "S-300 missiles", "ballistic_missile"),
        ("en", "ballistic missiles", "ballistic_missile"),
        ("en", "guided aerial bombs", "guided_bomb"),
        ("en", "glide bombs", "guided_bomb"),
        ("en", "missiles", "missile"),
        ("en", "guided missiles", "missile"),
        ("en", "cruise and ballistic missiles", "missile"),
        ("en", "air targets", "any"),
        ("en", "drones and missiles", "any"),
        ("en", "air attack weapons", "any"),
        ("uk", "ударних БпЛА типу Shahed", "drone"),
        ("uk", "шахедів", "drone"),
        ("uk", "дронів-імітаторів", "drone"),
        ("uk", "ракет Іскандер-М", "ballistic_missile"),
        ("uk", "балістичних ракет", "ballistic_missile"),
        ("uk", "крилатих ракет Х-101", "cruise_missile"),
        ("uk", "ракет Калібр", "cruise_missile"),
        ("uk", "керованих авіабомб", "guided_bomb"),
        ("uk", "засобів повітряного нападу", "any"),
        ("ru", "ударных БПЛА типа «Герань»", "drone"),
        ("ru", "беспилотников", "drone"),
        ("ru", "баллистических ракет «Искандер-М»", "ballistic_missile"),
        ("ru", "ракет «Кинжал»", "ballistic_missile"),
        ("ru", "крылатых ракет", "cruise_missile"),
        ("ru", "управляемых авиабомб", "guided_bomb"),
        ("ru", "ракет", "missile"),
    ],
)
def test_weapons(lang: str, noun: str, weapon: str) -> None:
    got = facts(WEAPON_SENTENCE[lang].format(noun), lang=lang)
    assert [(m, w, v) for _, m, w, v, _ in got] == [("launched", weapon, 14)]


# ----------------------------------------------------------------------------- metrics
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Air defences downed 30 drones.", [("intercepted", "drone", 30)]),
        ("en", "Air defence units destroyed 30 drones.", [("intercepted", "drone", 30)]),
        ("en", "Air defence neutralised 30 drones.", [("intercepted", "drone", 30)]),
        ("en", "30 drones were intercepted over the capital.", [("intercepted", "drone", 30)]),
        (
            "en",
            "The ministry reported the destruction of 30 drones.",
            [("intercepted", "drone", 30)],
        ),
        ("en", "30 drones were jammed by electronic warfare.", [("suppressed", "drone", 30)]),
        ("en", "30 drones were locationally lost.", [("suppressed", "drone", 30)]),
        ("en", "30 drones disappeared from radar.", [("suppressed", "drone", 30)]),
        ("en", "30 drones failed to reach their targets.", [("suppressed", "drone", 30)]),
        ("en", "30 drones never reached their targets.", [("suppressed", "drone", 30)]),
        ("en", "Russia struck six sites with nine missiles.", [("hit", "missile", 9)]),
        ("en", "Five drones hit their targets.", [("hit", "drone", 5)]),
        ("en", "Russia attacked Ukraine with 30 drones.", [("launched", "drone", 30)]),
        ("en", "Russia bombarded Kharkiv with 30 drones.", [("launched", "drone", 30)]),
        (
            "en",
            "Russian jets dropped 30 guided bombs on Kharkiv.",
            [("launched", "guided_bomb", 30)],
        ),
        ("en", "The city was attacked by 30 Shahed drones.", [("launched", "drone", 30)]),
        ("en", "Two people were killed in the drone attack.", [("killed", None, 2)]),
        (
            "en",
            "The missile strike killed two people and injured nine.",
            [("injured", None, 9), ("killed", None, 2)],
        ),
        (
            "en",
            "The drone strike left four dead and 11 wounded.",
            [("injured", None, 11), ("killed", None, 4)],
        ),
        ("en", "A woman was injured by drone debris.", [("injured", None, 1)]),
        ("en", "The missile attack killed a man in the village.", [("killed", None, 1)]),
        ("en", "A 67-year-old man was killed when a drone hit his house.", [("killed", None, 1)]),
        (
            "en",
            "The Kyiv military administration reported ten injuries after the drone attack.",
            [("injured", None, 10)],
        ),
        (
            "en",
            "The death toll from the missile strike on the city rose to 12.",
            [("killed", None, 12)],
        ),
        (
            "en",
            "Two more people died in hospital, bringing the death toll from the drone strike to five.",
            [("killed", None, 2), ("killed", None, 5)],
        ),
        (
            "en",
            "At least 30 people were wounded in the missile strike, five of them children.",
            [("injured", None, 30)],
        ),
        (
            "en",
            "The missile attack injured nine people, including a child.",
            [("injured", None, 9)],
        ),
        (
            "en",
            "Two people were killed by shelling in the front-line town.",
            [],
        ),
        ("uk", "Зафіксовано влучання 14 ударних БпЛА на 8 локаціях.", [("hit", "drone", 14)]),
        (
            "uk",
            "Внаслідок удару дронів загинули двоє людей, шестеро поранено.",
            [("killed", None, 2), ("injured", None, 6)],
        ),
        (
            "uk",
            "Після ракетного удару 19 людей загинули, 53 постраждали.",
            [("killed", None, 19), ("injured", None, 53)],
        ),
        ("uk", "Унаслідок атаки дрона загинула 47-річна жінка.", [("killed", None, 1)]),
        ("uk", "Після удару ракети троє людей травмовані.", [("injured", None, 3)]),
        ("uk", "Ще 12 БпЛА не долетіли до цілей.", [("suppressed", "drone", 12)]),
        ("ru", "Зафиксировано попадание 25 ударных БПЛА на 11 локациях.", [("hit", "drone", 25)]),
        (
            "ru",
            "После удара беспилотника погибли два человека, трое ранены.",
            [("killed", None, 2), ("injured", None, 3)],
        ),
        ("ru", "В результате ракетного удара пострадали пять человек.", [("injured", None, 5)]),
        ("ru", "После атаки дронов погиб 60-летний мужчина.", [("killed", None, 1)]),
    ],
)
def test_metrics(lang: str, text: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert core(text, lang) == sorted(expected)


def test_children_and_hospital_are_extra_metrics() -> None:
    got = facts(
        "At least 30 people were wounded in the missile strike, five of them children. "
        "Twelve of the injured remain in hospital."
    )
    metrics = {(m, v) for _, m, _, v, _ in got}
    assert ("injured_children", 5) in metrics
    assert ("hospitalized", 12) in metrics
    assert ("injured", 30) in metrics


# ----------------------------------------------------------------------------- attackers
@pytest.mark.parametrize(
    ("lang", "text", "attacker"),
    [
        (
            "en",
            "Russian air defences shot down 57 Ukrainian drones over the Krasnodar region.",
            "UA",
        ),
        (
            "en",
            "The Russian Defence Ministry said 30 drones were destroyed over the Kursk region.",
            "UA",
        ),
        ("en", "Ukraine's air force said Russia launched 40 drones overnight.", "RU"),
        ("en", "Air defences shot down 12 drones over the Belgorod region.", "UA"),
        ("en", "Air defences shot down 12 drones over the Kharkiv region.", "RU"),
        ("en", "Russian forces downed 30 drones over Crimea.", "UA"),
        (
            "en",
            "Moscow mayor Sergei Sobyanin said 10 drones flying toward the city were shot down.",
            "UA",
        ),
        ("en", "Sevastopol's Moscow-installed governor said 11 missiles were shot down.", "UA"),
        (
            "en",
            "Ukraine fired five ATACMS missiles at Sevastopol, the Russian Defence Ministry said.",
            "UA",
        ),
        ("uk", "Вночі ворог атакував Україну 40 дронами.", "RU"),
        ("uk", "Над Бєлгородською областю збито 10 українських дронів.", "UA"),
        ("ru", "Ночью противник атаковал Украину 40 беспилотниками.", "RU"),
        ("ru", "Минобороны РФ: над Курской областью сбиты 12 беспилотников.", "UA"),
    ],
)
def test_attacker(lang: str, text: str, attacker: str) -> None:
    got = facts(text, lang=lang)
    assert got, text
    assert {a for a, *_ in got} == {attacker}


def test_two_directions_make_two_reports() -> None:
    text = (
        "Russia launched 80 drones at Ukraine overnight, and 61 were shot down, Ukraine's air force "
        "said. The Russian Defence Ministry said its air defences destroyed 43 Ukrainian drones "
        "over the Bryansk and Kursk regions."
    )
    result = extract(Article(text=text, id="t", published=PUB))
    by_attacker = {r.attacker: r for r in result.reports}
    assert set(by_attacker) == {"RU", "UA"}
    assert {(f.metric, f.value) for f in by_attacker["UA"].figures} == {("intercepted", 43)}
    assert {"Bryansk Oblast", "Kursk Oblast"} <= set(by_attacker["UA"].places)


# ----------------------------------------------------------------------------- claimants
@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "en",
            "Ukraine's air force said Russia launched 40 drones overnight.",
            "Ukrainian Air Force",
        ),
        ("en", "Russia launched 40 drones overnight, the air force said.", "Ukrainian Air Force"),
        (
            "en",
            "Russia launched 40 drones, according to the Ukrainian Air Force.",
            "Ukrainian Air Force",
        ),
        (
            "en",
            "The Russian Defence Ministry said 30 Ukrainian drones were destroyed.",
            "Russian Defence Ministry",
        ),
        (
            "en",
            "Russia's Defense Ministry reported the downing of 30 Ukrainian drones.",
            "Russian Defence Ministry",
        ),
        (
            "en",
            "Two people were injured in the drone attack, the Kyiv City Military Administration wrote on Telegram.",
            "Kyiv City Military Administration",
        ),
        (
            "en",
            "Kyiv Mayor Vitali Klitschko said two people were injured in the drone attack.",
            "Kyiv mayor",
        ),
        ("en", "Moscow Mayor Sergei Sobyanin said 10 drones were shot down.", "Moscow mayor"),
        (
            "en",
            "Belgorod governor Vyacheslav Gladkov said two people were wounded in the drone attack.",
            "Belgorod Oblast governor",
        ),
        (
            "en",
            "Two people were killed in the missile strike, Odesa regional governor Oleh Kiper said.",
            "Odesa Oblast governor",
        ),
        ("uk", "Вночі збито 40 дронів, повідомили Повітряні сили ЗСУ.", "Ukrainian Air Force"),
        (
            "uk",
            "Над Брянською областю збито 20 дронів, заявило Міноборони РФ.",
            "Russian Defence Ministry",
        ),
        ("uk", "У Києві збито 10 дронів, повідомили в КМВА.", "Kyiv City Military Administration"),
        (
            "uk",
            "Унаслідок атаки дронів у Києві постраждали двоє людей, повідомив Кличко.",
            "Kyiv mayor",
        ),
        (
            "uk",
            "На Харківщині внаслідок удару КАБ поранено трьох людей, повідомив Синєгубов.",
            "Kharkiv Oblast governor",
        ),
        (
            "ru",
            "Над Брянской областью сбиты 20 беспилотников, сообщило Минобороны России.",
            "Russian Defence Ministry",
        ),
        ("ru", "На подлете к Москве сбиты 5 беспилотников, сообщил Собянин.", "Moscow mayor"),
        (
            "ru",
            "В Белгородской области после атаки дрона пострадали двое, сообщил Гладков.",
            "Belgorod Oblast governor",
        ),
    ],
)
def test_claimants(lang: str, text: str, claimant: str) -> None:
    result = extract(Article(text=text, id="t", published=PUB, lang=lang))
    claimants = {f.claimant for r in result.reports for f in r.figures}
    assert claimants == {claimant}


# ----------------------------------------------------------------------------- places
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Air defences shot down 12 drones over the Kyiv region overnight.", "Kyiv Oblast"),
        ("en", "Air defences shot down 12 drones over Kyiv overnight.", "Kyiv"),
        ("en", "Air defences shot down 12 drones over the Kiev region overnight.", "Kyiv Oblast"),
        (
            "en",
            "Russian air defences shot down 12 drones over the Belgorod region.",
            "Belgorod Oblast",
        ),
        ("en", "Russia launched 40 drones at Ukraine overnight.", "Ukraine"),
        ("en", "Two people were injured in a drone strike on Kharkov.", "Kharkiv"),
        ("en", "Three people were killed in a missile strike on Odessa.", "Odesa"),
        ("uk", "У Харкові внаслідок удару КАБ поранено чотирьох людей.", "Kharkiv"),
        ("uk", "Вночі над Київщиною збито 12 дронів.", "Kyiv Oblast"),
        ("uk", "У Полтавській області збито 3 ракети.", "Poltava Oblast"),
        ("ru", "Над Брянской областью сбиты 12 беспилотников.", "Bryansk Oblast"),
        ("ru", "Ночью 5 беспилотников сбиты в Подмосковье.", "Moscow Oblast"),
    ],
)
def test_figure_place(lang: str, text: str, place: str) -> None:
    result = extract(Article(text=text, id="t", published=PUB, lang=lang))
    assert {f.place for r in result.reports for f in r.figures} == {place}


@pytest.mark.parametrize(
    ("second", "place"),
    [
        # a toll with no place, in a story whose tolls lie in one place, is that place's
        ("The governor had given a figure of nine dead on Friday evening.", "Dnipro"),
        # a toll said to be national stays national
        ("Across Ukraine, nine people were killed overnight, officials said.", "Ukraine"),
    ],
)
def test_a_toll_without_a_place_follows_the_story_s_one_place(second: str, place: str) -> None:
    text = (
        "Russian missiles struck Dnipro overnight, and the number of people killed in the city "
        f"rose to 14 on Saturday, the regional governor said.\n\n{second}"
    )
    result = extract(Article(text=text, id="t", published=PUB))
    places = {f.value: f.place for r in result.reports for f in r.figures if f.metric == "killed"}
    assert places == {14: "Dnipro", 9: place}


def test_report_places_include_kyiv_districts() -> None:
    text = (
        "Russian drones attacked Kyiv overnight, injuring four people. Debris fell in the "
        "Solomianskyi and Darnytskyi districts, the city administration said."
    )
    (report,) = extract(Article(text=text, id="t", published=PUB)).reports
    assert {"Kyiv", "Solomianskyi district, Kyiv", "Darnytskyi district, Kyiv"} <= set(
        report.places
    )


# ----------------------------------------------------------------------------- reports and dates
@pytest.mark.parametrize(
    ("lang", "phrase", "published", "expected"),
    [
        ("en", "overnight", "2024-11-17", "2024-11-17"),
        ("en", "late Saturday", "2024-11-17", "2024-11-16"),
        ("en", "early Sunday", "2024-11-17", "2024-11-17"),
        ("en", "overnight into Friday", "2024-11-17", "2024-11-15"),
        ("en", "on Monday", "2024-11-17", "2024-11-11"),
        ("en", "on the night of 29 to 30 October", "2024-11-17", "2024-10-30"),
        ("en", "on Oct. 19, 2024", "2024-11-17", "2024-10-19"),
        ("en", "last night", "2024-11-17", "2024-11-17"),
        ("en", "this morning", "2024-11-17", "2024-11-17"),
        ("en", "on Saturday night", "2024-11-17", "2024-11-17"),
        ("en", "on the night of August 23", "2024-11-17", "2024-08-23"),
        ("en", "on the night of 15-16 September", "2024-11-17", "2024-09-16"),
        ("en", "on Oct. 19, 2024", None, "2024-10-19"),
        ("en", "overnight", None, None),
        ("en", "on Monday", None, None),
        ("uk", "у ніч на 7 лютого", "2025-02-07", "2025-02-07"),
        ("uk", "у ніч з 22 на 23 серпня", "2024-08-23", "2024-08-23"),
        ("uk", "у ніч на середу", "2024-11-17", "2024-11-13"),
        ("uk", "минулої ночі", "2024-11-17", "2024-11-17"),
        ("uk", "вчора ввечері", "2024-11-17", "2024-11-16"),
        ("uk", "у ніч на 7 лютого", None, None),
        ("ru", "в ночь на 23 августа", "2024-08-23", "2024-08-23"),
        ("ru", "в ночь с 22 на 23 августа", "2024-08-24", "2024-08-23"),
        ("ru", "в ночь на вторник", "2024-11-17", "2024-11-12"),
        ("ru", "сегодня утром", "2024-11-17", "2024-11-17"),
    ],
)
def test_report_date(lang: str, phrase: str, published: str | None, expected: str | None) -> None:
    pub = dt.date.fromisoformat(published) if published else None
    text = DATE_SENTENCE[lang].format(phrase)
    (report,) = extract(Article(text=text, id="t", published=pub, lang=lang)).reports
    assert (report.date.isoformat() if report.date else None) == expected


def test_dateline_date_is_not_the_attack_date() -> None:
    text = "KYIV, Nov 18 (Wire) - Russia launched 40 drones at Ukraine on Saturday, the air force said."
    (report,) = extract(Article(text=text, id="t", published=dt.date(2024, 11, 18))).reports
    assert report.date == dt.date(2024, 11, 16)


def test_undated_article_uses_a_printed_full_date() -> None:
    text = (
        "Odesa port, Ukraine, Sept. 25, 2023.\n\nRussia attacked Odesa with 19 drones early Monday."
    )
    (report,) = extract(Article(text=text, id="t")).reports
    assert report.date == dt.date(2023, 9, 25)


def test_earlier_night_is_its_own_report() -> None:
    text = (
        "Russia launched 40 drones at Ukraine overnight, the air force said.\n\n"
        "On 10 November, Russia launched 25 drones at Kyiv, and all of them were destroyed."
    )
    reports = extract(Article(text=text, id="t", published=PUB)).reports
    assert sorted((r.date.isoformat() if r.date else "", len(r.figures)) for r in reports) == [
        ("2024-11-10", 2),
        ("2024-11-17", 1),
    ]


def test_repeated_figure_is_reported_once() -> None:
    text = (
        "Three killed in Russian drone strike on Kyiv\n"
        "Three people were killed in a Russian drone strike on Kyiv overnight, officials said. "
        "The deaths of at least three people were confirmed by the city administration."
    )
    got = core(text)
    assert got == [("killed", None, 3)]


def test_article_without_attack_has_no_reports() -> None:
    text = (
        "The central bank kept its key rate at 15.5% and expects inflation to slow to 8% next year."
    )
    assert extract(Article(text=text, id="t", published=PUB)).reports == ()


def test_attack_without_figures_still_makes_a_report() -> None:
    text = "Russian drones attacked Kyiv overnight, the city administration said."
    (report,) = extract(Article(text=text, id="t", published=PUB)).reports
    assert (report.attacker, report.target, report.figures) == ("RU", "UA", ())
    assert "Kyiv" in report.places


def test_boilerplate_gives_no_figures() -> None:
    text = (
        "FILE - Firefighters work after a drone attack in Kyiv, Oct. 17, 2024. Russia launched 99 drones.\n"
        "Russia launched 40 drones at Ukraine overnight, the air force said.\n"
        "Your support helps us tell the story of the 300 drones that hit cities this year.\n"
        "Thank you for registering\n"
    )
    assert core(text) == [("launched", "drone", 40)]


def test_every_evidence_slices_the_text() -> None:
    text = (
        "KYIV (Wire) - Russia launched 62 drones and one missile overnight; 33 of them were "
        "intercepted and 25 were jammed, the air force said. In Kyiv, nine people were injured."
    )
    result = extract(Article(text=text, id="t", published=PUB))
    figures = [f for r in result.reports for f in r.figures]
    assert len(figures) == 5
    for f in figures:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert (
            str(f.value) in f.evidence.text or "nine" in f.evidence.text or "one" in f.evidence.text
        )


# ----------------------------------------------------------------------------- issue 17
# Error classes seen in real English reporting; several phrasings each (written for these
# tests). Rows: (language, sentence, expected core figures).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the attacker from a possessive phrase, not "in Russia" as a place
        (
            "en",
            "One person was killed in Russia's missile attack on the capital.",
            [("killed", None, 1)],
        ),
        (
            "en",
            "Two people died in Russia's overnight drone strike on Odesa, officials said.",
            [("killed", None, 2)],
        ),
        (
            "en",
            "Russia's nighttime strikes on Ukraine killed at least 9 people.",
            [("killed", None, 9)],
        ),
        # a partitive: the part takes the verb after the total, the total is the launch
        (
            "en",
            "The attack resulted in 18 of 25 drones being shot down.",
            [("intercepted", "drone", 18), ("launched", "drone", 25)],
        ),
        (
            "en",
            "14 of 16 drones were shot down, the air force said.",
            [("intercepted", "drone", 14), ("launched", "drone", 16)],
        ),
        (
            "en",
            "The air force said 57 out of 97 drones were destroyed overnight.",
            [("intercepted", "drone", 57), ("launched", "drone", 97)],
        ),
        # a vague count after "and" starts a count of its own
        (
            "en",
            "At least 11 people were killed and dozens more wounded in the strike.",
            [("killed", None, 11)],
        ),
        (
            "en",
            "Four civilians were killed and several others injured in the drone attack.",
            [("killed", None, 4)],
        ),
        # "N more" with a new head noun that is no weapon
        (
            "en",
            "Russia fired 12 missiles at Odesa. Two more unmanned boats were destroyed.",
            [("launched", "missile", 12)],
        ),
        # launch verbs beyond "launched"
        (
            "en",
            "The attack included six Shahed drones and two cruise missiles.",
            [("launched", "drone", 6), ("launched", "cruise_missile", 2)],
        ),
        (
            "en",
            "The barrage consisted of 40 drones and three missiles.",
            [("launched", "drone", 40), ("launched", "missile", 3)],
        ),
        (
            "en",
            "Up to eight drones were heading for the capital, the military said.",
            [("launched", "drone", 8)],
        ),
        # outcomes in appositions and quotes; "neutralised by electronic warfare" is suppressed
        (
            "en",
            "Russia launched three drones at Odesa. One was shot down and the other two, "
            "'neutralised by electronic warfare', crashed in a field.",
            [("launched", "drone", 3), ("intercepted", "drone", 1), ("suppressed", "drone", 2)],
        ),
        (
            "en",
            "Russia launched three drones at Odesa. One was shot down, while two others — "
            "jammed by electronic warfare — crashed.",
            [("launched", "drone", 3), ("intercepted", "drone", 1), ("suppressed", "drone", 2)],
        ),
        (
            "en",
            "Russia launched 20 drones at Odesa; 12 were neutralised by EW.",
            [("launched", "drone", 20), ("suppressed", "drone", 12)],
        ),
        # a part of a toll told again with what was done for them: no second injured count
        (
            "en",
            "Russian drones hit Kharkiv, injuring 22 people. Five injured people were treated "
            "at the scene.",
            [("injured", None, 22)],
        ),
        (
            "en",
            "Russian drones hit Kharkiv, injuring 22 people. Seven wounded civilians were "
            "given first aid, doctors said.",
            [("injured", None, 22)],
        ),
        (
            "en",
            "Russian drones hit Kharkiv, injuring 22 people. Five injured people were "
            "hospitalised.",
            [("injured", None, 22)],  # (and hospitalized 5, an extra metric)
        ),
        (
            "en",
            "Russian drones hit Kharkiv overnight. Five people were treated for injuries.",
            [("injured", None, 5)],  # treated *for injuries*: the toll itself
        ),
    ],
)
def test_issue_17_error_classes(
    lang: str, text: str, expected: list[tuple[str, str | None, int]]
) -> None:
    got = facts(text, lang=lang)
    assert sorted((m, w, v) for _, m, w, v, _ in got if m in CORE) == sorted(expected)
    assert all(a == "RU" for a, *_ in got), got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Whereas Russia launched some 900 such drones over the whole previous winter, October alone saw 400.",
        ),
        ("en", "In October alone Russia launched 2,000 drones at Ukraine."),
        ("en", "Over the entire summer, Russia fired some 300 missiles at the country."),
    ],
)
def test_issue_17_background_comparisons_and_seasons(lang: str, text: str) -> None:
    assert core(text, lang) == []


# A report needs an attack of its own: a capital named as its government is no place of attack
@pytest.mark.parametrize(
    ("lang", "text", "reports"),
    [
        (
            "en",
            "Ukraine's air force said Russia launched 40 drones overnight, and 30 were shot "
            "down. There was no immediate comment from Moscow on the attack.",
            [("RU", "UA")],
        ),
        (
            "en",
            "Russia's defence ministry said its air defences destroyed 25 Ukrainian drones "
            "overnight. Kyiv did not comment on the strikes.",
            [("UA", "RU")],
        ),
        (
            "en",
            "Russia's defence ministry said 25 Ukrainian drones were destroyed over the "
            "Belgorod region. Moscow has accused Kyiv of attacking civilians with drones.",
            [("UA", "RU")],
        ),
        (
            "en",
            "Allies pledged more air defence as Kyiv braces for another winter of Russian "
            "attacks on its power grid.",
            [],
        ),
        (
            "ru",
            "ПВО уничтожили 25 украинских беспилотников над Белгородской областью. "
            "Комментариев из Киева не поступало, атака продолжается.",
            [("UA", "RU")],
        ),
    ],
)
def test_issue_17_no_report_without_an_attack(
    lang: str, text: str, reports: list[tuple[str, str]]
) -> None:
    result = extract(Article(text=text, id="t", published=PUB, lang=lang))
    assert [(r.attacker, r.target) for r in result.reports] == reports


# "including N over X" after a clause that named the weapon without a count
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian air defences downed Ukrainian drones over seven regions overnight, "
            "including 12 over the Bryansk region.",
            [("intercepted", "drone", 12, "Bryansk Oblast")],
        ),
        (
            "Drones were shot down over seven regions, including 12 over Bryansk and five "
            "over Kursk, the Russian defence ministry said.",
            [("intercepted", "drone", 5, "Kursk"), ("intercepted", "drone", 12, "Bryansk")],
        ),
        (
            "Air defences destroyed 40 drones over seven regions, including 12 over Bryansk.",
            [("intercepted", "drone", 12, "Bryansk"), ("intercepted", "drone", 40, "Russia")],
        ),
    ],
)
def test_issue_17_including_n_over(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    result = extract(Article(text=text, id="t", published=PUB, lang="en"))
    got = sorted(
        (f.metric, f.weapon or "", f.value, f.place or "")
        for r in result.reports
        for f in r.figures
    )
    assert got == expected
    assert [(r.attacker, r.target) for r in result.reports] == [("UA", "RU")]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Single drones were downed over the Oryol and Tula regions.",
            ["Oryol Oblast", "Tula Oblast"],
        ),
        (
            "en",
            "Single UAVs were destroyed over the Kursk, Bryansk and Belgorod regions.",
            ["Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast"],
        ),
        ("en", "A single drone was downed over the Oryol region.", ["Oryol Oblast"]),
    ],
)
def test_issue_17_distributive_singles(lang: str, text: str, places: list[str]) -> None:
    result = extract(Article(text=text, id="t", published=PUB, lang=lang))
    figures = [f for r in result.reports for f in r.figures]
    assert sorted(f.place or "" for f in figures) == places
    assert {(f.metric, f.value) for f in figures} == {("intercepted", 1)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Since 24 February 2022, Russia has launched thousands of drones. Overnight, Russia launched 40 drones at Kyiv.",
        ),
        (
            "en",
            "Russia has attacked Ukraine daily since 24 February 2022. Overnight, it launched 40 drones at Kyiv.",
        ),
        (
            "en",
            "Russia has launched missiles at Kyiv since Feb. 24, 2022. Overnight, it launched 40 drones at the city.",
        ),
    ],
)
def test_issue_17_a_background_date_never_dates_the_attack(lang: str, text: str) -> None:
    (report,) = extract(Article(text=text, id="t", published=PUB, lang=lang)).reports
    assert report.date == PUB


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Over the past 24 hours, the Ukrainian Armed Forces attacked the region with 53 drones.",
        ),
        ("en", "Ukrainian forces repeatedly struck the Kursk region with 20 drones overnight."),
        (
            "en",
            "Ukraine's armed forces attacked Russia's Belgorod region with 12 drones, the governor said.",
        ),
    ],
)
def test_issue_17_ukrainian_forces_attacking_make_russia_the_target(lang: str, text: str) -> None:
    got = facts(text, lang=lang)
    assert got and {(a, m) for a, m, *_ in got} == {("UA", "launched")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "out of N" opening a sentence names the total, as "of the N" does
        (
            "en",
            '"Out of 40 Shaheds flying over the region, 33 were neutralised," he said.',
            [("intercepted", "drone", 33), ("launched", "drone", 40)],
        ),
        (
            "en",
            "Out of 25 drones launched at the city, 20 were shot down.",
            [("intercepted", "drone", 20), ("launched", "drone", 25)],
        ),
        # "bringing the number of people killed ... to N"
        (
            "en",
            "Rescuers worked through the night, bringing the number of people killed in the strike on Dnipro to seven.",
            [("killed", None, 7)],
        ),
        (
            "en",
            "The number rose again, bringing the number of killed to 12, officials said of the drone strike.",
            [("killed", None, 12)],
        ),
    ],
)
def test_issue_17_totals_and_tolls(
    lang: str, text: str, expected: list[tuple[str, str | None, int]]
) -> None:
    assert core(text, lang) == sorted(expected)


# A page in two languages, read without a ``lang``: each paragraph in its own language.
MIXED = [
    (
        "Russia attacked Ukraine overnight, the air force said in a statement on Telegram.\n\n"
        "У ніч на 7 лютого противник атакував Україну 40 ударними БпЛА типу Shahed. Збито 32 "
        "ворожі безпілотники, повідомили Повітряні сили.\n\n"
        "No casualties were reported in the capital, officials said.",
        "en",
        {("launched", "drone", 40), ("intercepted", "drone", 32)},
    ),
    (
        "Міноборони Росії знову заявило про атаку на Брянську область. Наводимо повідомлення "
        "відомства мовою оригіналу, як його опублікували вранці, без жодних змін чи скорочень.\n\n"
        "За ніч над Брянською областю збито сім безпілотників, повідомили у відомстві.\n\n"
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 25 "
        "украинских беспилотных летательных аппаратов над территорией Курской области.",
        "uk",
        {("intercepted", "drone", 7), ("intercepted", "drone", 25)},
    ),
]


@pytest.mark.parametrize(("text", "main", "facts"), MIXED)
def test_mixed_page_read_paragraph_by_paragraph(
    text: str, main: str, facts: set[tuple[str, str, int]]
) -> None:
    day = dt.date(2025, 2, 7)
    result = extract(Article(id="m", text=text, published=day))
    assert result.lang == main
    got = {(f.metric, f.weapon, f.value) for r in result.reports for f in r.figures}
    assert got == facts
    for r in result.reports:
        for f in r.figures:
            assert text[f.evidence.start : f.evidence.end] == f.evidence.text
    # with the language given, the page is read in that language only
    given = extract(Article(id="m", text=text, published=day, lang=main))
    assert {(f.metric, f.weapon, f.value) for r in given.reports for f in r.figures} < facts


# The Air Force's and ministries' tallies: a total, a colon, then one line per weapon (or per
# region) that takes the total's verb; "з Курської області" in a line is where they flew from.
LISTS = [
    (
        "uk",
        "Всього зафіксовано 153 засоби повітряного нападу:\n"
        "– 4 балістичні ракети Іскандер-М з Курської області;\n"
        "– 6 крилатих ракет Х-101 з району Каспійського моря;\n"
        "– 143 ударні БпЛА типу Shahed.\n\n"
        "Протиповітряною обороною збито/подавлено 128 повітряних цілей:\n"
        "– 2 балістичні ракети;\n– 6 крилатих ракет;\n– 120 ворожих БпЛА.",
        {
            ("launched", "any", 153),
            ("launched", "ballistic_missile", 4),
            ("launched", "cruise_missile", 6),
            ("launched", "drone", 143),
            ("intercepted", "any", 128),
            ("intercepted", "ballistic_missile", 2),
            ("intercepted", "cruise_missile", 6),
            ("intercepted", "drone", 120),
        },
        [("RU", "UA")],
    ),
    (
        "ru",
        "Всего сбиты 40 украинских беспилотников:\n– 20 над Брянской областью;\n"
        "– 12 над Курской областью.",
        {("intercepted", "drone", 40), ("intercepted", "drone", 20), ("intercepted", "drone", 12)},
        [("UA", "RU")],
    ),
    (
        "en",
        "Russia attacked Ukraine overnight. Air defences shot down 60 targets:\n"
        "- 1 Iskander-M missile;\n- 59 drones.",
        {
            ("intercepted", "any", 60),
            ("intercepted", "ballistic_missile", 1),
            ("intercepted", "drone", 59),
        },
        [("RU", "UA")],
    ),
    # lines that start with their number, a dash before the region (the ministry's format)
    (
        "ru",
        "За ночь средствами ПВО перехвачены и уничтожены 31 украинский беспилотник:\n\n"
        "20 — над территорией Брянской области,\n11 — над территорией Курской области.",
        {("intercepted", "drone", 31), ("intercepted", "drone", 20), ("intercepted", "drone", 11)},
        [("UA", "RU")],
    ),
    # a line with its own verb keeps it
    (
        "en",
        "Air defences shot down 60 Russian targets:\n- 59 drones;\n- 3 missiles were jammed.",
        {("intercepted", "any", 60), ("intercepted", "drone", 59), ("suppressed", "missile", 3)},
        [("RU", "UA")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "facts", "sides"), LISTS)
def test_list_items_take_the_totals_verb(
    lang: str, text: str, facts: set[tuple[str, str, int]], sides: list[tuple[str, str]]
) -> None:
    result = extract(Article(id="l", text=text, published=dt.date(2025, 5, 14), lang=lang))
    got = {(f.metric, f.weapon or "", f.value) for r in result.reports for f in r.figures}
    assert got == facts
    assert [(r.attacker, r.target) for r in result.reports] == sides
