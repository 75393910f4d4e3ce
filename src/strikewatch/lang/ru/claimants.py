"""Russian claimants: who states a figure, by canonical English name; governors known by
name (in the cases news text gives them); pronouns and reporting verbs that carry a
claimant on. Used by ``extraction.claimants``."""

from __future__ import annotations

from typing import Final

CLAIMANTS: Final = (
    (r"Воздушн\w*\s+[Сс]ил\w*(?:\s+(?:ВСУ|ВС\s+Украины|Украины))?|Военно-воздушн\w*\s+[Сс]ил\w*\s+Украины|[Кк]омандовани\w*\s+Воздушн\w*\s+[Сс]ил\w*|Игнат\w*|Олещук\w*", "Ukrainian Air Force"),
    (r"Минобороны\s+(?:РФ|России)|[Мм]инистерств\w*\s+обороны\s+(?:РФ|России)|российск\w*\s+(?:[Мм]инистерств\w*\s+обороны|Минобороны|военн\w*\s+ведомств\w*)|Минобороны|[Вв]оенн\w*\s+ведомств\w*", "Russian Defence Ministry"),
    (r"Генеральн\w*\s+штаб\w*(?:\s+ВСУ)?|Генштаб\w*", "General Staff of the Armed Forces of Ukraine"),
    (r"КГВА|Киевск\w*\s+городск\w*\s+военн\w*\s+администраци\w*|Попко|Ткаченко", "Kyiv City Military Administration"),
    (r"Сил\w*\s+обороны\s+[Юю]га(?:\s+Украины)?|Плетенчук\w*|Гуменюк", "Defense Forces of the South of Ukraine"),
    (r"[Гг]лавнокомандующ\w*|Сырск\w*|Залужн\w*", "Commander-in-Chief of the Armed Forces of Ukraine"),
    (r"(?:[Пп]резидент\w*\s+)?(?:Владимир\w*\s+)?Зеленск\w*|[Пп]резидент\w*\s+Украины", "President of Ukraine"),
    (r"ГСЧС|Государственн\w*\s+служб\w*\s+(?:Украины\s+)?по\s+чрезвычайным\s+ситуациям|[Сс]пасател\w*", "State Emergency Service of Ukraine"),
    (r"Кличко|[Мм]эр\w*\s+Киева|[Гг]ородск\w*\s+голов\w*\s+Киева", "Kyiv mayor"),
    (r"Собянин\w*|[Мм]эр\w*\s+Москвы|[Мм]эр\w*\s+(?:столицы|города)\s+Серге\w*\s+Собянин\w*", "Moscow mayor"),
    (r"Терехов\w*|[Мм]эр\w*\s+Харькова", "Kharkiv mayor"),
    (r"Филатов\w*|[Мм]эр\w*\s+Днепра", "Dnipro mayor"),
    (r"Садов\w*|[Мм]эр\w*\s+Львова", "Lviv mayor"),
    (r"Труханов\w*|[Мм]эр\w*\s+Одессы", "Odesa mayor"),
    (r"[Мм]эр\w*\s+Запорожья", "Zaporizhzhia mayor"),
    (r"[Мм]эр\w*\s+Сум", "Sumy mayor"),
)  # fmt: skip
OFFICIALS_BY_NAME: Final = (
    ("Гладков", "Belgorod Oblast"), ("Гладкова", "Belgorod Oblast"), ("Гладковым", "Belgorod Oblast"),
    ("Богомаз", "Bryansk Oblast"), ("Богомаза", "Bryansk Oblast"), ("Хинштейн", "Kursk Oblast"),
    ("Хинштейна", "Kursk Oblast"), ("Старовойт", "Kursk Oblast"), ("Смирнов", "Kursk Oblast"),
    ("Голубев", "Rostov Oblast"), ("Голубева", "Rostov Oblast"), ("Слюсарь", "Rostov Oblast"),
    ("Миляев", "Tula Oblast"), ("Никитин", "Nizhny Novgorod Oblast"), ("Бочаров", "Volgograd Oblast"),
    ("Гусев", "Voronezh Oblast"), ("Гусева", "Voronezh Oblast"), ("Воробьев", "Moscow Oblast"),
    ("Воробьёв", "Moscow Oblast"), ("Кондратьев", "Krasnodar Krai"), ("Кондратьева", "Krasnodar Krai"),
    ("Развожаев", "Sevastopol"), ("Развожаева", "Sevastopol"), ("Аксенов", "Crimea"),
    ("Аксенова", "Crimea"), ("Аксёнов", "Crimea"), ("Аксёнова", "Crimea"), ("Синегубов", "Kharkiv Oblast"),
    ("Синегубова", "Kharkiv Oblast"), ("Лысак", "Dnipropetrovsk Oblast"), ("Лысака", "Dnipropetrovsk Oblast"),
    ("Кипер", "Odesa Oblast"), ("Кипера", "Odesa Oblast"), ("Федоров", "Zaporizhzhia Oblast"),
    ("Прокудин", "Kherson Oblast"), ("Ким", "Mykolaiv Oblast"), ("Филашкин", "Donetsk Oblast"),
    ("Артюх", "Sumy Oblast"), ("Козицкий", "Lviv Oblast"), ("Чаус", "Chernihiv Oblast"),
    ("Лунин", "Poltava Oblast"), ("Пронин", "Poltava Oblast"), ("Артамонов", "Lipetsk Oblast"),
    ("Клычков", "Oryol Oblast"), ("Шапша", "Kaluga Oblast"), ("Анохин", "Smolensk Oblast"),
)  # fmt: skip

DEFAULT_MINISTRY: Final = "Russian Defence Ministry"
UKRAINIAN_MINISTRY_START: Final = r"(?i)украин"
UKRAINIAN_MINISTRY: Final = r"(?:Минобороны|[Мм]инистерств\w*\s+обороны)\s+Украины"
UKRAINIAN_MINISTRY_NAME: Final = "Ukrainian Defence Ministry"
RUSSIAN_CLAIMANTS: Final = ("Russian Defence Ministry", "Moscow mayor")
GOVERNOR: Final = (
    r"\b(?:[Гг]убернатор\w*|[Гг]лав\w*\s+(?:\w+\s+)?(?:ОВА|ОГА|областн\w*\s+(?:государственн\w*|военн\w*)\s+администраци\w*|региона)"
    r"|[Нн]ачальник\w*\s+(?:\w+\s+)?(?:ОВА|ОГА|областн\w*\s+(?:государственн\w*|военн\w*)\s+администраци\w*)"
    r"|(?:ОВА|областн\w*\s+военн\w*\s+администраци\w*|военн\w*\s+администраци\w*))"
)
MILITARY_ADMINISTRATION: Final = "военн"
GOVERNOR_NAME: Final = "{region} governor"
ADMINISTRATION_NAME: Final = "{region} Military Administration"
PRONOUN_REPORT: Final = (
    r"\b(?:он|она|они|ведомство|министерство|губернатор|мэр|глава|чиновник)\s+"
    r"(?:сказал|сказала|заявил|заявила|добавил|добавила|написал|написала|сообщил|сообщила|"
    r"отметил|отметила|уточнил|уточнила|рассказал|рассказала)\b|\bпо\s+(?:его|ее|её|их)\s+(?:словам|данным)\b"
)
SOURCE_LINE: Final = r"(?m)^[ \t]*Источник\s*:"
SOURCE_WORD: Final = "Источник"
