"""Ukrainian claimants: who states a figure, by canonical English name; governors known by
name (in the cases news text gives them); pronouns and reporting verbs that carry a
claimant on. Used by ``extraction.claimants``."""

from __future__ import annotations

from typing import Final

# Canonical claimant names and the phrases that name them.
CLAIMANTS: Final = (
    (r"Повітрян\w*\s+[Сс]ил\w*(?:\s+(?:ЗСУ|ЗС\s+України|Збройних\s+[Сс]ил\s+України))?|Командуванн\w*\s+Повітряних\s+[Сс]ил|Ігнат\w*|Олещук\w*|ПС\s+ЗСУ", "Ukrainian Air Force"),
    (r"Міноборони\s+(?:РФ|Росії|країни-агресорки)|[Мм]іністерств\w*\s+оборони\s+(?:РФ|Росії)|російськ\w*\s+(?:[Мм]іністерств\w*\s+оборони|Міноборони)|Міноборони", "Russian Defence Ministry"),
    (r"Генеральн\w*\s+штаб\w*(?:\s+ЗСУ)?|Генштаб\w*", "General Staff of the Armed Forces of Ukraine"),
    (r"КМВА|Київськ\w*\s+міськ\w*\s+військов\w*\s+адміністраці\w*|Попк\w*|Ткаченк\w*", "Kyiv City Military Administration"),
    (r"Сил\w*\s+оборони\s+[Пп]івдня(?:\s+України)?|Плетенчук\w*|Гуменюк", "Defense Forces of the South of Ukraine"),
    (r"[Гг]оловнокомандувач\w*|Сирськ\w*|Залужн\w*", "Commander-in-Chief of the Armed Forces of Ukraine"),
    (r"(?:[Пп]резидент\w*\s+)?(?:Володимир\w*\s+)?Зеленськ\w*|[Пп]резидент\w*\s+України", "President of Ukraine"),
    (r"ДСНС|Державн\w*\s+служб\w*\s+(?:України\s+)?з\s+надзвичайних\s+ситуацій|[Рр]ятувальник\w*", "State Emergency Service of Ukraine"),
    (r"Кличк\w*|[Мм]ер\w*\s+Києва|[Мм]іськ\w*\s+голов\w*\s+Києва", "Kyiv mayor"),
    (r"Собянін\w*|[Мм]ер\w*\s+Москви", "Moscow mayor"),
    (r"Терехов\w*|[Мм]ер\w*\s+Харкова|[Мм]іськ\w*\s+голов\w*\s+Харкова", "Kharkiv mayor"),
    (r"Філатов\w*|[Мм]ер\w*\s+Дніпра|[Мм]іськ\w*\s+голов\w*\s+Дніпра", "Dnipro mayor"),
    (r"Садов\w*|[Мм]ер\w*\s+Львова|[Мм]іськ\w*\s+голов\w*\s+Львова", "Lviv mayor"),
    (r"Труханов\w*|[Мм]ер\w*\s+Одеси|[Мм]іськ\w*\s+голов\w*\s+Одеси", "Odesa mayor"),
    (r"[Мм]ер\w*\s+Запоріжжя|[Мм]іськ\w*\s+голов\w*\s+Запоріжжя", "Zaporizhzhia mayor"),
    (r"[Мм]ер\w*\s+Сум|[Мм]іськ\w*\s+голов\w*\s+Сум", "Sumy mayor"),
)  # fmt: skip
# Governors and heads of regional administrations known by name, in the cases news text
# gives them ("Синєгубов", "за словами Синєгубова") -> their region.
OFFICIALS_BY_NAME: Final = (
    ("Гладков", "Belgorod Oblast"), ("Гладкова", "Belgorod Oblast"), ("Богомаз", "Bryansk Oblast"),
    ("Богомаза", "Bryansk Oblast"), ("Хінштейн", "Kursk Oblast"), ("Хінштейна", "Kursk Oblast"),
    ("Старовойт", "Kursk Oblast"), ("Голубєв", "Rostov Oblast"), ("Гусєв", "Voronezh Oblast"),
    ("Гусєва", "Voronezh Oblast"), ("Воробйов", "Moscow Oblast"), ("Кондратьєв", "Krasnodar Krai"),
    ("Розвожаєв", "Sevastopol"), ("Розвожаєва", "Sevastopol"), ("Аксьонов", "Crimea"), ("Аксьонова", "Crimea"),
    ("Синєгубов", "Kharkiv Oblast"), ("Синєгубова", "Kharkiv Oblast"), ("Лисак", "Dnipropetrovsk Oblast"),
    ("Лисака", "Dnipropetrovsk Oblast"), ("Лукашук", "Dnipropetrovsk Oblast"), ("Лукашука", "Dnipropetrovsk Oblast"),
    ("Кіпер", "Odesa Oblast"), ("Кіпера", "Odesa Oblast"), ("Кравченко", "Kyiv Oblast"),
    ("Калашник", "Kyiv Oblast"), ("Калашника", "Kyiv Oblast"), ("Федоров", "Zaporizhzhia Oblast"),
    ("Федорова", "Zaporizhzhia Oblast"), ("Прокудін", "Kherson Oblast"), ("Прокудіна", "Kherson Oblast"),
    ("Кім", "Mykolaiv Oblast"), ("Кіма", "Mykolaiv Oblast"), ("Філашкін", "Donetsk Oblast"),
    ("Філашкіна", "Donetsk Oblast"), ("Артюх", "Sumy Oblast"), ("Григоров", "Sumy Oblast"),
    ("Козицький", "Lviv Oblast"), ("Козицького", "Lviv Oblast"), ("Чаус", "Chernihiv Oblast"),
    ("Лунін", "Poltava Oblast"), ("Луніна", "Poltava Oblast"), ("Пронін", "Poltava Oblast"),
    ("Проніна", "Poltava Oblast"), ("Табурець", "Cherkasy Oblast"), ("Борзов", "Vinnytsia Oblast"),
    ("Борзова", "Vinnytsia Oblast"), ("Коваль", "Rivne Oblast"), ("Надал", "Ternopil Oblast"),
)  # fmt: skip

# "Міноборони" is Russia's unless Ukraine's is named
DEFAULT_MINISTRY: Final = "Russian Defence Ministry"
UKRAINIAN_MINISTRY_START: Final = r"(?i)україн"
UKRAINIAN_MINISTRY: Final = r"(?:Міноборони|[Мм]іністерств\w*\s+оборони)\s+України"
UKRAINIAN_MINISTRY_NAME: Final = "Ukrainian Defence Ministry"
RUSSIAN_CLAIMANTS: Final = ("Russian Defence Ministry", "Moscow mayor")
# A regional governor or administration named by office; the region comes from the place
# named nearby ("{region} governor", or "{region} Military Administration" when the phrase
# holds MILITARY_ADMINISTRATION)
GOVERNOR: Final = (
    r"\b(?:[Гг]убернатор\w*|[Гг]олов\w*\s+(?:\w+\s+)?(?:ОВА|ОДА|обласн\w*\s+(?:державн\w*|військов\w*)\s+адміністраці\w*)"
    r"|[Оо]чільник\w*\s+(?:\w+\s+)?(?:ОВА|ОДА|області|обласн\w*\s+(?:державн\w*|військов\w*)\s+адміністраці\w*)"
    r"|[Нн]ачальник\w*\s+(?:\w+\s+)?(?:ОВА|ОДА|обласн\w*\s+(?:державн\w*|військов\w*)\s+адміністраці\w*)"
    r"|(?:ОВА|обласн\w*\s+військов\w*\s+адміністраці\w*|військов\w*\s+адміністраці\w*))"
)
MILITARY_ADMINISTRATION: Final = "військов"
GOVERNOR_NAME: Final = "{region} governor"
ADMINISTRATION_NAME: Final = "{region} Military Administration"
# "повідомив він", "за його словами": the claimant of the sentences before
PRONOUN_REPORT: Final = (
    r"\b(?:він|вона|вони|відомство|міністерство|губернатор|мер|очільник\w*|посадовець)\s+"
    r"(?:сказав|сказала|заявив|заявила|додав|додала|написав|написала|повідомив|повідомила|"
    r"зазначив|зазначила|уточнив|уточнила)\b|\bза\s+(?:його|її|їхніми)\s+словами\b"
)
# A "Джерело: ..." line names the claimant of the whole text (case-sensitive)
SOURCE_LINE: Final = r"(?m)^[ \t]*Джерело\s*:"
SOURCE_WORD: Final = "Джерело"
