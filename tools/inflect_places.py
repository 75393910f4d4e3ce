"""Write the inflected Ukrainian and Russian forms of the gazetteer's places as data.

The extractor matches place names case-sensitively as written, and Ukrainian and Russian
inflect them: "Харків", "у Харкові", "Харкова"; "Харківської області", "на Харківщині";
"над Брянской областью", "в Подмосковье". This script inflects, once, the nominative names
listed below (in every singular case; plural-only names in their plural cases) with
pymorphy3 and its dictionaries (``pip install pymorphy3 pymorphy3-dicts-uk
pymorphy3-dicts-ru``, the ``dev`` extra), and writes them to
``src/strikewatch/data/places_uk.json`` and ``places_ru.json``, which the language packs
name (``PLACE_FORMS``) and ``extraction.places`` reads: run time needs no morphology.

Each file is ``{"bare": {form: place}, "region": {form: place}, "district": {form: [places]}}``:

- ``bare``: a city or country by its own name, a region by its own noun ("Харківщина",
  "Подмосковье", "Крым");
- ``region``: a region's adjective, which names it only before a region word of the pack's
  ``SUFFIX`` ("Харківської області", "Краснодарским краем", "Полтавської ОВА");
- ``district``: a district's adjective before a district word ("Солом'янському районі").

The places are canonical English names of ``data/places.json``. Usage::

    python tools/inflect_places.py          # writes both files
    python tools/inflect_places.py --check  # exit 1 when the files are not up to date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "strikewatch" / "data"

# canonical place | Ukrainian names | Russian names (several names: comma-separated)
CITIES = """
Ukraine|Україна|Украина
Black Sea|Чорне море|Черное море
Sea of Azov|Азовське море|Азовское море
Caspian Sea|Каспійське море|Каспийское море
Baltic Sea|Балтійське море|Балтийское море
Kerch Strait|Керченська протока|Керченский пролив
Crimean Bridge|Кримський міст|Крымский мост
Russia|Росія,Російська Федерація|Россия,Российская Федерация
Belarus|Білорусь|Беларусь,Белоруссия
Moldova|Молдова|Молдова,Молдавия
Romania|Румунія|Румыния
Poland|Польща|Польша
Kyiv|Київ|Киев
Kharkiv|Харків|Харьков
Odesa|Одеса|Одесса
Dnipro|Дніпро|Днепр
Lviv|Львів|Львов
Zaporizhzhia|Запоріжжя|Запорожье
Mykolaiv|Миколаїв|Николаев
Chernihiv|Чернігів|Чернигов
Sumy|Суми|Сумы
Kherson|Херсон|Херсон
Poltava|Полтава|Полтава
Zhytomyr|Житомир|Житомир
Cherkasy|Черкаси|Черкассы
Vinnytsia|Вінниця|Винница
Khmelnytskyi|Хмельницький|Хмельницкий
Rivne|Рівне|Ровно
Lutsk|Луцьк|Луцк
Ternopil|Тернопіль|Тернополь
Ivano-Frankivsk|Івано-Франківськ|Ивано-Франковск
Uzhhorod|Ужгород|Ужгород
Chernivtsi|Чернівці|Черновцы
Kropyvnytskyi|Кропивницький|Кропивницкий
Kramatorsk|Краматорськ|Краматорск
Bila Tserkva|Біла Церква|Белая Церковь
Brovary|Бровари|Бровары
Boryspil|Бориспіль|Борисполь
Irpin|Ірпінь|Ирпень
Bucha|Буча|Буча
Fastiv|Фастів|Фастов
Obukhiv|Обухів|Обухов
Vyshhorod|Вишгород|Вышгород
Vasylkiv|Васильків|Васильков
Hostomel|Гостомель|Гостомель
Izmail|Ізмаїл|Измаил
Chornomorsk|Чорноморськ|Черноморск
Bilhorod-Dnistrovskyi|Білгород-Дністровський|Белгород-Днестровский
Reni|Рені|Рени
Kryvyi Rih|Кривий Ріг,=Кривому Розі,=Кривім Розі|Кривой Рог
Pavlohrad|Павлоград|Павлоград
Nikopol|Нікополь|Никополь
Marhanets|Марганець|Марганец
Kamianske|Кам'янське|Каменское
Synelnykove|Синельникове|Синельниково
Zhovti Vody|Жовті Води|Желтые Воды
Kremenchuk|Кременчук|Кременчуг
Myrhorod|Миргород|Миргород
Lubny|Лубни|Лубны
Horishni Plavni|Горішні Плавні|Горишние Плавни
Konotop|Конотоп|Конотоп
Shostka|Шостка|Шостка
Okhtyrka|Охтирка|Ахтырка
Romny|Ромни|Ромны
Uman|Умань|Умань
Starokostiantyniv|Старокостянтинів|Староконстантинов
Shepetivka|Шепетівка|Шепетовка
Kamianets-Podilskyi|Кам'янець-Подільський|Каменец-Подольский
Kalush|Калуш|Калуш
Kolomyia|Коломия|Коломыя
Kovel|Ковель|Ковель
Dubno|Дубно|Дубно
Drohobych|Дрогобич|Дрогобыч
Mukachevo|Мукачево|Мукачево
Berdychiv|Бердичів|Бердичев
Korosten|Коростень|Коростень
Nizhyn|Ніжин|Нежин
Pryluky|Прилуки|Прилуки
Oleksandriia|Олександрія|Александрия
Ochakiv|Очаків|Очаков
Voznesensk|Вознесенськ|Вознесенск
Pervomaisk|Первомайськ|Первомайск
Kupiansk|Куп'янськ|Купянск
Izium|Ізюм|Изюм
Chuhuiv|Чугуїв|Чугуев
Lozova|Лозова|Лозовая
Balakliia|Балаклія|Балаклея
Vovchansk|Вовчанськ|Волчанск
Bohodukhiv|Богодухів|Богодухов
Sloviansk|Слов'янськ|Славянск
Pokrovsk|Покровськ|Покровск
Myrnohrad|Мирноград|Мирноград
Kostiantynivka|Костянтинівка|Константиновка
Druzhkivka|Дружківка|Дружковка
Dobropillia|Добропілля|Доброполье
Chasiv Yar|Часів Яр|Часов Яр
Toretsk|Торецьк|Торецк
Orikhiv|Оріхів|Орехов
Huliaipole|Гуляйполе|Гуляйполе
Beryslav|Берислав|Берислав
Donetsk|Донецьк|Донецк
Horlivka|Горлівка|Горловка
Makiivka|Макіївка|Макеевка
Mariupol|Маріуполь|Мариуполь
Bakhmut|Бахмут|Бахмут,Артемовск
Avdiivka|Авдіївка|Авдеевка
Luhansk|Луганськ|Луганск
Sievierodonetsk|Сєвєродонецьк|Северодонецк
Lysychansk|Лисичанськ|Лисичанск
Alchevsk|Алчевськ|Алчевск
Melitopol|Мелітополь|Мелитополь
Berdiansk|Бердянськ|Бердянск
Enerhodar|Енергодар|Энергодар
Tokmak|Токмак|Токмак
Nova Kakhovka|Нова Каховка|Новая Каховка
Kakhovka|Каховка|Каховка
Henichesk|Генічеськ|Геническ
Skadovsk|Скадовськ|Скадовск
Oleshky|Олешки|Алешки
Sevastopol|Севастополь|Севастополь
Simferopol|Сімферополь|Симферополь
Kerch|Керч|Керчь
Feodosia|Феодосія|Феодосия
Yevpatoria|Євпаторія|Евпатория
Dzhankoi|Джанкой|Джанкой
Saky|Саки|Саки
Moscow|Москва|Москва
St Petersburg|Санкт-Петербург,Петербург|Санкт-Петербург,Петербург
Belgorod|Бєлгород|Белгород
Kursk|Курськ|Курск
Bryansk|Брянськ|Брянск
Oryol|Орел|Орел,Орёл
Lipetsk|Липецьк|Липецк
Voronezh|Воронеж|Воронеж
Tula|Тула|Тула
Kaluga|Калуга|Калуга
Smolensk|Смоленськ|Смоленск
Tver|Твер|Тверь
Ryazan|Рязань|Рязань
Yaroslavl|Ярославль|Ярославль
Nizhny Novgorod|Нижній Новгород|Нижний Новгород
Rostov-on-Don|Ростов-на-Дону,Ростов|Ростов-на-Дону,Ростов
Volgograd|Волгоград|Волгоград
Astrakhan|Астрахань|Астрахань
Saratov|Саратов|Саратов
Samara|Самара|Самара
Penza|Пенза|Пенза
Tambov|Тамбов|Тамбов
Pskov|Псков|Псков
Kaliningrad|Калінінград|Калининград
Ivanovo|Іваново|Иваново
Kostroma|Кострома|Кострома
Cherepovets|Череповець|Череповец
Ulyanovsk|Ульяновськ|Ульяновск
Orenburg|Оренбург|Оренбург
Orsk|Орськ|Орск
Murmansk|Мурманськ|Мурманск
Yekaterinburg|Єкатеринбург|Екатеринбург
Chelyabinsk|Челябінськ|Челябинск
Krasnodar|Краснодар|Краснодар
Stavropol|Ставрополь|Ставрополь
Perm|Перм|Пермь
Kazan|Казань|Казань
Ufa|Уфа|Уфа
Cheboksary|Чебоксари|Чебоксары
Saransk|Саранськ|Саранск
Izhevsk|Іжевськ|Ижевск
Makhachkala|Махачкала|Махачкала
Grozny|Грозний|Грозный
Taganrog|Таганрог|Таганрог
Novoshakhtinsk|Новошахтинськ|Новошахтинск
Millerovo|Міллерово|Миллерово
Shakhty|Шахти|Шахты
Bataysk|Батайськ|Батайск
Volgodonsk|Волгодонськ|Волгодонск
Morozovsk|Морозовськ|Морозовск
Novorossiysk|Новоросійськ|Новороссийск
Tuapse|Туапсе|Туапсе
Sochi|Сочі|Сочи
Yeysk|Єйськ|Ейск
Primorsko-Akhtarsk|Приморсько-Ахтарськ|Приморско-Ахтарск
Anapa|Анапа|Анапа
Armavir|Армавір|Армавир
Krymsk|Кримськ|Крымск
Tikhoretsk|Тихорецьк|Тихорецк
Temryuk|Темрюк|Темрюк
Engels|Енгельс|Энгельс
Yelabuga|Єлабуга|Елабуга
Nizhnekamsk|Нижньокамськ|Нижнекамск
Syzran|Сизрань|Сызрань
Tolyatti|Тольятті|Тольятти
Yelets|Єлець|Елец
Kstovo|Кстово|Кстово
Zheleznogorsk|Железногорськ|Железногорск
Kurchatov|Курчатов|Курчатов
Sudzha|Суджа|Суджа
Rylsk|Рильськ|Рыльск
Shebekino|Шебекіне|Шебекино
Valuyki|Валуйки|Валуйки
Stary Oskol|Старий Оскол|Старый Оскол
Grayvoron|Грайворон|Грайворон
Klintsy|Клинці|Клинцы
Novozybkov|Новозибков|Новозыбков
Toropets|Торопець|Торопец
Michurinsk|Мічурінськ|Мичуринск
Kaspiysk|Каспійськ|Каспийск
Ust-Luga|Усть-Луга|Усть-Луга
Primorsk|Приморськ|Приморск
Kirishi|Кириші|Кириши
Borisoglebsk|Борисоглібськ|Борисоглебск
Liski|Лиски|Лиски
Podolsk|Подольськ|Подольск
Domodedovo|Домодєдово|Домодедово
Ramenskoye|Раменське|Раменское
Krasnogorsk|Красногорськ|Красногорск
Khimki|Хімки|Химки
Mytishchi|Митищі|Мытищи
Balashikha|Балашиха|Балашиха
Odintsovo|Одинцово|Одинцово
Lyubertsy|Люберці|Люберцы
Kolomna|Коломна|Коломна
Kashira|Кашира|Кашира
Stupino|Ступіно|Ступино
Sergiev Posad|Сергієв Посад|Сергиев Посад
Elektrostal|Електросталь|Электросталь
Noginsk|Ногінськ|Ногинск
Minsk|Мінськ|Минск
Gomel|Гомель|Гомель
Brest|Брест|Брест
"""
# canonical region | Ukrainian adjective, then own nouns | Russian likewise ("-" : none)
REGIONS = """
Kyiv Oblast|Київська,Київщина|Киевская,Киевщина
Kharkiv Oblast|Харківська,Харківщина,Слобожанщина|Харьковская,Харьковщина
Odesa Oblast|Одеська,Одещина|Одесская,Одесщина,Одессщина
Dnipropetrovsk Oblast|Дніпропетровська,Дніпропетровщина|Днепропетровская,Днепропетровщина
Lviv Oblast|Львівська,Львівщина|Львовская,Львовщина
Zaporizhzhia Oblast|Запорізька,Запоріжчина|Запорожская
Mykolaiv Oblast|Миколаївська,Миколаївщина|Николаевская,Николаевщина
Chernihiv Oblast|Чернігівська,Чернігівщина|Черниговская,Черниговщина
Sumy Oblast|Сумська,Сумщина|Сумская,Сумщина
Kherson Oblast|Херсонська,Херсонщина|Херсонская,Херсонщина
Poltava Oblast|Полтавська,Полтавщина|Полтавская,Полтавщина
Zhytomyr Oblast|Житомирська,Житомирщина|Житомирская,Житомирщина
Cherkasy Oblast|Черкаська,Черкащина|Черкасская,Черкасщина
Vinnytsia Oblast|Вінницька,Вінниччина|Винницкая,Винничина
Khmelnytskyi Oblast|Хмельницька,Хмельниччина|Хмельницкая
Rivne Oblast|Рівненська,Рівненщина|Ровенская,Ровенщина
Volyn Oblast|Волинська,Волинь|Волынская,Волынь
Ternopil Oblast|Тернопільська,Тернопільщина|Тернопольская,Тернопольщина
Ivano-Frankivsk Oblast|Івано-Франківська,Прикарпаття,Івано-Франківщина|Ивано-Франковская,Прикарпатье
Zakarpattia Oblast|Закарпатська,Закарпаття|Закарпатская,Закарпатье
Chernivtsi Oblast|Чернівецька,Буковина|Черновицкая,Буковина
Kirovohrad Oblast|Кіровоградська,Кіровоградщина|Кировоградская,Кировоградщина
Donetsk Oblast|Донецька,Донеччина|Донецкая,Донетчина
Luhansk Oblast|Луганська,Луганщина|Луганская,Луганщина
Donbas|-,Донбас|-,Донбасс
Crimea|-,Крим|-,Крым
Moscow Oblast|Московська,Підмосков'я,=Підмосков'ї|Московская,Подмосковье
Belgorod Oblast|Бєлгородська,Бєлгородщина|Белгородская,Белгородчина,Белгородщина
Bryansk Oblast|Брянська,Брянщина|Брянская,Брянщина
Kursk Oblast|Курська,Курщина|Курская,Курщина
Oryol Oblast|Орловська|Орловская,Орловщина
Lipetsk Oblast|Липецька|Липецкая
Voronezh Oblast|Воронезька|Воронежская
Tula Oblast|Тульська|Тульская
Kaluga Oblast|Калузька|Калужская
Smolensk Oblast|Смоленська|Смоленская,Смоленщина
Tver Oblast|Тверська|Тверская
Ryazan Oblast|Рязанська|Рязанская
Yaroslavl Oblast|Ярославська|Ярославская
Nizhny Novgorod Oblast|Нижньогородська|Нижегородская
Rostov Oblast|Ростовська|Ростовская
Volgograd Oblast|Волгоградська|Волгоградская
Astrakhan Oblast|Астраханська|Астраханская
Saratov Oblast|Саратовська|Саратовская
Samara Oblast|Самарська|Самарская
Penza Oblast|Пензенська|Пензенская
Tambov Oblast|Тамбовська|Тамбовская
Leningrad Oblast|Ленінградська|Ленинградская
Novgorod Oblast|Новгородська|Новгородская
Pskov Oblast|Псковська|Псковская
Kaliningrad Oblast|Калінінградська|Калининградская
Ivanovo Oblast|Івановська|Ивановская
Vladimir Oblast|Владимирська|Владимирская
Kostroma Oblast|Костромська|Костромская
Kirov Oblast|Кіровська|Кировская
Vologda Oblast|Вологодська|Вологодская
Ulyanovsk Oblast|Ульяновська|Ульяновская
Orenburg Oblast|Оренбурзька|Оренбургская
Murmansk Oblast|Мурманська|Мурманская
Sverdlovsk Oblast|Свердловська|Свердловская
Chelyabinsk Oblast|Челябінська|Челябинская
Krasnodar Krai|Краснодарський,Кубань|Краснодарский,Кубань
Stavropol Krai|Ставропольський,Ставропілля|Ставропольский,Ставрополье
Perm Krai|Пермський|Пермский
Tatarstan|-,Татарстан|-,Татарстан
Bashkortostan|-,Башкортостан,Башкирія|-,Башкортостан,Башкирия
Chuvashia|-,Чувашія|-,Чувашия
Mordovia|-,Мордовія|-,Мордовия
Udmurtia|-,Удмуртія|-,Удмуртия
Dagestan|-,Дагестан|-,Дагестан
Chechnya|-,Чечня|-,Чечня
Ingushetia|-,Інгушетія|-,Ингушетия
North Ossetia|-,Північна Осетія|-,Северная Осетия
Kabardino-Balkaria|-,Кабардино-Балкарія|-,Кабардино-Балкария
Adygea|-,Адигея|-,Адыгея
Kalmykia|-,Калмикія|-,Калмыкия
"""
# canonical district | Ukrainian adjective | Russian adjective
DISTRICTS = """
Holosiivskyi district, Kyiv|Голосіївський|Голосеевский
Darnytskyi district, Kyiv|Дарницький|Дарницкий
Desnianskyi district, Kyiv|Деснянський|Деснянский
Dniprovskyi district, Kyiv|Дніпровський|Днепровский
Obolonskyi district, Kyiv|Оболонський|Оболонский
Pecherskyi district, Kyiv|Печерський|Печерский
Podilskyi district, Kyiv|Подільський|Подольский
Shevchenkivskyi district, Kyiv|Шевченківський|Шевченковский
Solomianskyi district, Kyiv|Солом'янський|Соломенский
Sviatoshynskyi district, Kyiv|Святошинський|Святошинский
Shevchenkivskyi district, Kharkiv|Шевченківський|Шевченковский
Kyivskyi district, Kharkiv|Київський|Киевский
Kholodnohirskyi district, Kharkiv|Холодногірський|Холодногорский
Saltivskyi district, Kharkiv|Салтівський|Салтовский
Nemyshlianskyi district, Kharkiv|Немишлянський|Немышлянский
Slobidskyi district, Kharkiv|Слобідський|Слободской
Osnovianskyi district, Kharkiv|Основ'янський|Основянский
Industrialnyi district, Kharkiv|Індустріальний|Индустриальный
Novobavarskyi district, Kharkiv|Новобаварський|Новобаварский
Boryspil district|Бориспільський|Бориспольский
Obukhiv district|Обухівський|Обуховский
Fastiv district|Фастівський|Фастовский
Vyshhorod district|Вишгородський|Вышгородский
Brovary district|Броварський|Броварской
Bucha district|Бучанський|Бучанский
Bila Tserkva district|Білоцерківський|Белоцерковский
Odesa district|Одеський|Одесский
Izmail district|Ізмаїльський|Измаильский
Bilhorod-Dnistrovskyi district|Білгород-Дністровський|Белгород-Днестровский
Nikopol district|Нікопольський|Никопольский
Kryvyi Rih district|Криворізький|Криворожский
Synelnykove district|Синельниківський|Синельниковский
Pavlohrad district|Павлоградський|Павлоградский
Kharkiv district|Харківський|Харьковский
Chuhuiv district|Чугуївський|Чугуевский
Kupiansk district|Куп'янський|Купянский
Izium district|Ізюмський|Изюмский
Bohodukhiv district|Богодухівський|Богодуховский
Sumy district|Сумський|Сумской
Shostka district|Шосткинський|Шосткинский
Konotop district|Конотопський|Конотопский
Okhtyrka district|Охтирський|Ахтырский
Chernihiv district|Чернігівський|Черниговский
Kremenchuk district|Кременчуцький|Кременчугский
Poltava district|Полтавський|Полтавский
Ramensky district|Раменський|Раменский
Rodionovo-Nesvitaysk district|Родіоново-Несвітайський|Родионово-Несветайский
Kstovsky district|Кстовський|Кстовский
"""

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2", "gen2")
_APOSTROPHES = ("'", "’", "ʼ")


def _rows(table: str) -> list[tuple[str, list[str], list[str]]]:
    out = []
    for line in table.strip().splitlines():
        place, uk, ru = line.split("|")
        out.append((place, uk.split(","), ru.split(",")))
    return out


def _best(morph: Any, word: str, pos: str) -> Any:
    """The parse of ``word`` as a nominative of part of speech ``pos``."""
    parses = [p for p in morph.parse(word) if pos == p.tag.POS and "nomn" in p.tag]
    if not parses:
        return None
    geo = [p for p in parses if "Geox" in str(p.tag)]
    return (geo or parses)[0]


def _by_case(parse: Any, genders: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """The forms of a parse's lexeme by case: in its own number (a plural-only name stays
    plural), for adjectives in the singular of ``genders``; vocatives left out."""
    plural = "plur" in parse.tag and parse.tag.POS == "NOUN"
    out: dict[str, list[str]] = {}
    for form in parse.lexeme:
        tag = form.tag
        if tag.case not in _CASES or ("plur" in tag) != plural:
            continue
        if genders and tag.gender not in genders:
            continue
        words = out.setdefault(tag.case, [])
        if form.word not in words:
            words.append(form.word)
    return out


def _word_forms(morph: Any, word: str, pos: str, genders: tuple[str, ...] = ()) -> list[str]:
    """``word`` in every case (see :func:`_by_case`), written with its capital letters;
    hyphenated parts inflect each on their own when each is known
    ("Кам'янець-Подільський"), or only the first ("Ростов-на-Дону")."""
    if "-" in word and not morph.word_is_known(word.lower()):
        parts = word.split("-")
        if parts[1:2] == ["на"]:
            return [f + "-" + "-".join(parts[1:]) for f in _word_forms(morph, parts[0], pos)]
        first = _best(morph, parts[0].lower(), pos)
        second = _best(morph, parts[1].lower(), "ADJF") if len(parts) == 2 else None
        if first is None or second is None:
            return [word]
        a, b = _by_case(first), _by_case(second, (first.tag.gender,))
        out = [word]
        for case in a:
            for x in a[case]:
                for y in b.get(case, ()):
                    out.append(_cased(word, f"{x}-{y}"))
        return list(dict.fromkeys(out))
    p = _best(morph, word.replace("'", "’").lower(), pos) or _best(morph, word.lower(), pos)
    if p is None:
        return [word]
    out = [word]
    for forms in _by_case(p, genders).values():
        out.extend(_cased(word, f.replace("’", "'")) for f in forms)
    return list(dict.fromkeys(out))


def _cased(model: str, form: str) -> str:
    """``form`` with the capital letters of ``model`` (by position of each part)."""
    parts = form.split("-")
    models = model.split("-")
    out = []
    for k, part in enumerate(parts):
        m = models[k] if k < len(models) else ""
        out.append(part[:1].upper() + part[1:] if m[:1].isupper() else part)
    return "-".join(out)


def _phrase_forms(morph: Any, phrase: str) -> list[str]:
    """A name of one or more words ("Кривий Ріг", "Біла Церква") in every case, its
    adjectives agreeing with its noun; a name written "=..." is taken as it is."""
    if phrase.startswith("="):
        return [phrase[1:]]
    words = phrase.split()
    if len(words) == 1:
        return _word_forms(morph, words[0], "NOUN")
    noun = _best(morph, words[-1].lower(), "NOUN")
    if noun is None:
        return [phrase]
    nouns = _by_case(noun)
    plural = "plur" in noun.tag
    heads = []
    for w in words[:-1]:
        a = _best(morph, w.lower(), "ADJF")
        heads.append(_by_case(a, () if plural else (noun.tag.gender,)) if a is not None else None)
    out = [phrase]
    for case, forms in nouns.items():
        for nf in forms:
            head = [
                w if h is None else h.get(case, [w])[0]
                for w, h in zip(words[:-1], heads, strict=True)
            ]
            out.append(
                " ".join(
                    [
                        *(_cased(w, f) for w, f in zip(words[:-1], head, strict=True)),
                        _cased(words[-1], nf),
                    ]
                )
            )
    return list(dict.fromkeys(out))


def _variants(form: str) -> list[str]:
    """A form as news text writes it: any of the apostrophes, "ё" or "е"."""
    out = [form]
    if "'" in form:
        out = [form.replace("'", a) for a in _APOSTROPHES]
    if "ё" in form or "Ё" in form:
        out += [f.replace("ё", "е").replace("Ё", "Е") for f in out]
    return out


def build(lang: str) -> dict[str, Any]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)

    def names(row: tuple[str, list[str], list[str]]) -> list[str]:
        return row[1] if lang == "uk" else row[2]

    bare: dict[str, str] = {}
    region: dict[str, str] = {}
    district: dict[str, list[str]] = {}

    def add_bare(form: str, place: str) -> None:
        for v in _variants(form):
            bare.setdefault(v, place)

    for row in _rows(CITIES):
        for name in names(row):
            for form in _phrase_forms(morph, name):
                add_bare(form, row[0])
    for row in _rows(REGIONS):
        adjective, *nouns = names(row)
        if adjective != "-":
            for form in _word_forms(morph, adjective, "ADJF", ("masc", "femn", "neut")):
                for v in _variants(form):
                    region.setdefault(v, row[0])
        for noun in nouns:
            for form in _phrase_forms(morph, noun):
                add_bare(form, row[0])
    for row in _rows(DISTRICTS):
        for form in _word_forms(morph, names(row)[0], "ADJF", ("masc",)):
            for v in _variants(form):
                district.setdefault(v, [])
                if row[0] not in district[v]:
                    district[v].append(row[0])
    return {
        "bare": dict(sorted(bare.items())),
        "region": dict(sorted(region.items())),
        "district": dict(sorted(district.items())),
    }


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when a file is out of date")
    args = ap.parse_args(argv)
    stale = []
    for lang in ("uk", "ru"):
        path = DATA / f"places_{lang}.json"
        text = _dump(build(lang))
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            data = json.loads(text)
            print(f"{path.name}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items()))
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
