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
and places are drawn per article, lazily (``_Slots.__missing__`` draws a value only when the
template asks for it); context and ordinary-news sentences are rendered in a dozen variants up
front and walked in a random order, so no template repeats within an article while the family
lasts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["SOURCE", "generate_articles", "write_jsonl"]

SOURCE = "StrikeWatch synthetic"

_FIRST_DAY = dt.date(2023, 1, 1).toordinal()
_DAYS = 3 * 365
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
           "Dec")  # fmt: skip
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORDINALS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "11th",
             "12th", "14th", "15th")  # fmt: skip

# -- names ----------------------------------------------------------------------------------

_UA_DATELINES = ("KYIV", "KYIV", "KYIV", "KHARKIV, Ukraine", "ODESA, Ukraine", "DNIPRO, Ukraine",
                 "LVIV, Ukraine", "ZAPORIZHZHIA, Ukraine")  # fmt: skip
_RU_DATELINES = ("MOSCOW", "MOSCOW", "LONDON", "BELGOROD, Russia")
_BOTH_DATELINES = ("KYIV/MOSCOW", "KYIV", "LONDON")
_UA_REGIONS = ("Kyiv", "Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Mykolaiv",
               "Chernihiv", "Sumy", "Poltava", "Kherson", "Zhytomyr", "Cherkasy", "Vinnytsia",
               "Khmelnytskyi", "Lviv", "Rivne", "Volyn", "Kirovohrad", "Donetsk", "Ivano-Frankivsk",
               "Ternopil")  # fmt: skip
_UA_CITIES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Chernihiv",
              "Sumy", "Poltava", "Kherson", "Zhytomyr", "Lviv", "Kryvyi Rih", "Kramatorsk",
              "Vinnytsia", "Bila Tserkva", "Izmail", "Pavlohrad", "Brovary", "Uman")  # fmt: skip
_KYIV_DISTRICTS = ("Solomianskyi", "Holosiivskyi", "Shevchenkivskyi", "Darnytskyi", "Dniprovskyi",
                   "Obolonskyi", "Podilskyi", "Pecherskyi", "Desnianskyi",
                   "Sviatoshynskyi")  # fmt: skip
_RU_REGIONS = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Oryol", "Tula", "Kaluga",
               "Lipetsk", "Tambov", "Smolensk", "Ryazan", "Nizhny Novgorod", "Volgograd",
               "Saratov", "Moscow")  # fmt: skip
_RU_CITIES = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Taganrog",
              "Novorossiysk", "Tula", "Engels", "Yelets", "Sevastopol", "Feodosia",
              "Ryazan")  # fmt: skip
_UA_CLAIMANTS = ("Ukraine's air force", "the Ukrainian air force", "Ukraine's Air Force",
                 "the air force command", "Ukraine's military")  # fmt: skip
_RU_CLAIMANTS = ("Russia's Defence Ministry", "the Russian Defence Ministry",
                 "Russia's defence ministry", "the Defence Ministry in Moscow")  # fmt: skip
_UA_OFFICIALS = ("the regional governor", "the head of the regional military administration",
                 "local authorities", "the city's mayor", "regional officials",
                 "the state emergency service")  # fmt: skip
_RU_OFFICIALS = ("the regional governor", "the local governor", "regional authorities",
                 "the acting governor")  # fmt: skip
_RU_DRONES = ("drones", "Shahed drones", "Shahed-type attack drones", "attack drones and decoys",
              "Shahed and decoy drones", "Geran-2 drones", "kamikaze drones", "UAVs",
              "unmanned aerial vehicles", "long-range attack drones")  # fmt: skip
_UA_DRONES = ("Ukrainian drones", "Ukrainian UAVs", "fixed-wing drones", "unmanned aerial vehicles",
              "aircraft-type drones")  # fmt: skip
# (words, fewest, most) per missile kind, so that salvos have plausible sizes.
_RU_MISSILES = (
    ("missiles", 2, 40), ("cruise missiles", 4, 60), ("Kh-101 cruise missiles", 4, 60),
    ("Kalibr cruise missiles", 2, 20), ("Iskander-M ballistic missiles", 1, 12),
    ("Kinzhal aeroballistic missiles", 1, 8), ("ballistic missiles", 1, 15),
    ("Kh-59 guided missiles", 1, 10), ("S-300 missiles", 1, 12), ("Kh-22 cruise missiles", 2, 10),
)  # fmt: skip
_UA_MISSILES = (("ATACMS missiles", 1, 8), ("Neptune missiles", 1, 6),
                ("Storm Shadow cruise missiles", 1, 12), ("guided missiles", 1, 10))  # fmt: skip
_LOST = ("were locationally lost", "were lost from radar", "were jammed by electronic warfare",
         "did not reach their targets", "were suppressed by electronic warfare",
         "disappeared from radar")  # fmt: skip
_DOWNED = ("shot down", "destroyed", "intercepted", "neutralised", "downed")
_QUALIFIERS = ("", "", "", "at least ", "more than ", "about ", "nearly ", "over ")
_LAUNCH_SITES = ("Tu-95 bombers over the Caspian Sea", "ships in the Black Sea",
                 "the Kursk region", "occupied Crimea", "MiG-31K jets", "the Bryansk region",
                 "the Belgorod region")  # fmt: skip
_DATE_PHRASES = ("overnight", "overnight into {wd}", "during the night", "early on {wd}",
                 "in the early hours of {wd}", "overnight")  # fmt: skip
# Numbers read with a consonant first, for "a {n}-storey building", "a {n}-year-old boy".
_FLOORS = ("five", "six", "seven", "nine", "10", "12", "14", "16", "17", "19", "20", "22", "24")
_AGES = ("two", "three", "four", "five", "six", "seven", "nine", "10", "12", "13", "14", "15",
         "16", "17")  # fmt: skip
_OTHER_CITIES = ("LONDON", "BERLIN", "WARSAW", "PARIS", "KYIV", "VIENNA", "PRAGUE", "ROME",
                 "MADRID", "NEW YORK")  # fmt: skip
_TEAMS = ("Dynamo", "Shakhtar", "Rapid", "Sparta", "Legia", "Benfica", "Celtic", "Ajax",
          "Porto", "Lazio", "Hertha", "Slavia")  # fmt: skip
_CAPITALS = ("Brussels", "Berlin", "Paris", "Warsaw", "Rome", "Vienna", "Helsinki", "Madrid")
_NEUTRAL = ("Istanbul", "Geneva", "Riyadh", "Doha", "Abu Dhabi")

# -- strike report sentences, Russia on Ukraine ----------------------------------------------

_RU_UA_LEAD = (
    "{dl}, {mon} {day} (StrikeWatch) - Russia launched {D} {dw} at Ukraine {dp}, {cl} said on "
    "{wd}.",
    "{dl}, {mon} {day} (StrikeWatch) - Russian forces attacked Ukraine with {D} {dw} {dp}, "
    "{cl} said, in an assault that targeted energy facilities in {r1} and {r2}.",
    "{dl}, {mon} {day} (StrikeWatch) - {Cl} said on {wd} that Russia had sent {D} {dw} against "
    "the country {dp}, hitting homes and infrastructure in several regions.",
    "{dl}, {mon} {day} (StrikeWatch) - Ukraine came under a large drone attack {dp}, with {cl} "
    "reporting {D} {dw} launched from Russian territory and occupied Crimea.",
    "{dl}, {mon} {day} (StrikeWatch) - Russia struck Ukraine {dp} with {D} {dw}, {cl} said, "
    "and explosions were reported in {c1} and several other cities.",
)
_RU_UA_INTERCEPT = (
    "Air defence units {down} {Di} of them, while {Ds} {lost}.",
    "According to the military, {Di} drones were {down} over {r1}, {r2} and {r3}, and another "
    "{Ds} {lost}.",
    "The air force said {Di} drones had been {down} and {Ds} {lost}; the remaining ones struck "
    "targets in {r3}.",
    "Mobile fire groups, fighter jets and electronic warfare units repelled the attack: {Di} "
    "drones were {down}, and {Ds} {lost}.",
    "Of those, {Di} were {down} by air defences and {Ds} {lost}, the statement said.",
)
_RU_UA_MISSILES = (
    "Russia also fired {M} {mw} from {site}, {Mi} of which were {down}.",
    "The attack also involved {M} {mw}; air defences {down} {Mi} of them.",
    "In addition, the military tracked {M} {mw} launched from {site}, and said {Mi} were {down}.",
)
_RU_UA_REGIONAL = (
    "Over {r1}, {a1} drones were {down}, the regional military administration said.",
    "Air defences were active over {r2}, where {q}{a2} drones were brought down.",
    "In {r1} alone, {a1} drones were {down}, officials said.",
)
_RU_UA_CASUALTIES = (
    "In {c1}, {q}{k} people were killed and {inj} injured, {off} said.",
    "According to {off}, {q}{inj} people were wounded in {r2}, among them a {age}-year-old boy.",
    "A drone hit an apartment building in {c2}, killing {k} and injuring {q}{inj}, {off} said.",
    "Falling debris injured {inj} people in {c2}, {off} said, adding that no one was killed.",
    "In the capital, {q}{inj} people were hurt, the Kyiv City Military Administration said, "
    "with damage reported in the {kd} district.",
    "The death toll in {c1} rose to {k} by {wd} afternoon, {off} said, and {q}{inj} people were "
    "being treated for injuries.",
    "A man was killed in {r3} when debris hit his house, {off} said.",
    "No casualties were reported in {r3}, where debris damaged a power line.",
)
_RU_UA_DETAILS = (
    "Debris fell on a {fl}-storey residential building in {c1}, setting several flats on fire.",
    "The first explosions were heard at around {hh}:{mm} local time.",
    "It was the {ord} attack on {c2} this month, local officials said.",
    "The air raid alert in {c1} lasted for more than {hrs} hours.",
    "A warehouse about {km} km from the centre of {c2} caught fire after a drone hit it.",
    "Power was cut to around {pct} percent of households in {r1} for several hours.",
    "Rescue teams worked through the morning at a partly collapsed {fl}-storey building.",
    "Emergency crews put out fires covering about {area} square metres, the emergency service "
    "said.",
    "Windows were blown out in a school and {n5} private houses in {c2}.",
)
_RU_UA_QUOTES = (
    '"Every such night shows why we need more air defence," President Volodymyr Zelenskiy '
    "wrote on social media, adding that the attack had been aimed at civilians.",
    '"The city held out," the mayor of {c1} said in a video address, thanking rescuers who '
    "worked through the night.",
    "Foreign Minister Andrii Sybiha said Russia was trying to break the country's energy "
    "system before winter and called for tougher sanctions.",
    "Residents of {c1} spent the night in metro stations and basements as explosions rang out.",
)
_RU_UA_BACKGROUND = (
    "Russia has launched more than {bg} drones at Ukraine since the start of the full-scale "
    "invasion in 2022, according to Ukrainian estimates.",
    "Moscow has stepped up its air campaign in recent months, often sending hundreds of drones "
    "in a single night.",
    "Ukraine has asked its allies for more air defence systems to protect cities and the power "
    "grid before winter.",
    "Russia denies targeting civilians and says its strikes are aimed at military and energy "
    "infrastructure.",
)

# -- strike report sentences, Ukraine on Russia ----------------------------------------------

_UA_RU_LEAD = (
    "{dl}, {mon} {day} (StrikeWatch) - Russian air defences {down} {Di} {uw} {dp}, {cl} said "
    "on {wd}.",
    "{dl}, {mon} {day} (StrikeWatch) - {Cl} said on {wd} that its air defence systems had "
    "{down} {Di} {uw} over several Russian regions {dp}.",
    "{dl}, {mon} {day} (StrikeWatch) - Ukraine attacked Russian regions with drones {dp}, and "
    "{cl} said {q}{Di} {uw} were {down}.",
)
_UA_RU_BREAKDOWN = (
    "The ministry said {a1} of the drones were {down} over {R1}, {a2} over {R2} and the rest "
    "over {R3}.",
    "The largest number, {a1}, were {down} over {R1}, it said.",
    "Drones were {down} over {R1}, {R2} and {R3}, the ministry said, without giving a breakdown.",
    "Of those, {a1} were {down} over {R1} and {a2} over {R2}, according to the ministry.",
)
_UA_RU_EXTRA = (
    "Moscow mayor Sergei Sobyanin said {q2}{mo} drones flying towards the capital had been "
    "shot down.",
    "The ministry also reported that {UM} {umw} were {down} over {R3}.",
    "It did not say how many drones had been launched or whether any had hit their targets.",
    "Emergency services were working at the sites where debris fell, officials said.",
)
_BOTH_RUSSIAN_SIDE = (
    "On the Russian side, {rcl} said air defences had {down} {bDi} {uw} over {R1} and {R2}.",
    "Russia, for its part, said {bq}{bDi} {uw} were {down} over its territory, most of them "
    "over {R1}.",
)
_UA_RU_CASUALTIES = (
    "The governor of {R1} said {inj} people were injured when debris fell on a residential area.",
    "In {rc}, a drone set fire to a fuel depot, {off} said, adding that there were no casualties.",
    "According to {off}, {k} people were killed and {q}{inj} wounded in {R2}.",
    "Debris damaged a {fl}-storey building in {rc}, but no one was hurt, {off} said.",
    "A drone hit an industrial site in {rc}, {off} said, and a fire there was put out within "
    "{hrs} hours.",
)
_UA_RU_TRANSPORT = (
    "Flights at Vnukovo, Domodedovo and Sheremetyevo airports were suspended for several hours, "
    "and {planes} planes were diverted, the aviation authority said.",
    "Trains to {rc} were delayed by up to {hrs} hours after debris damaged a rail line.",
    "Mobile internet was restricted in {R1} during the attack, residents said.",
)
_UA_RU_BACKGROUND = (
    "Kyiv rarely comments on attacks inside Russia but says it targets infrastructure that "
    "supports the war.",
    "Ukraine has expanded its long-range drone programme and says it produces thousands of "
    "drones a month.",
    "The figures could not be independently verified.",
    "Russian refineries and fuel depots have been hit repeatedly by Ukrainian drones this year, "
    "according to industry sources.",
)

_RU_UA_TITLES = (
    "Russia launches {D} drones at Ukraine overnight",
    "Ukraine says it downed {Di} of {D} Russian drones",
    "Russian drone attack hits {c1}, air force reports {Di} downed",
    "Russia attacks Ukraine with drones and missiles, {c1} hit",
)
_UA_RU_TITLES = (
    "Russia says it destroyed {Di} Ukrainian drones overnight",
    "Ukrainian drones target {R1}, Russia says",
    "Drone attack on Russian regions, airports briefly closed",
)
_BOTH_TITLES = (
    "Russia and Ukraine trade overnight drone attacks",
    "Drone attacks on both sides of the border overnight",
)

_KINDS = ("ru_ua", "ua_ru", "both")
_SKELETONS = 240  # strike report templates per kind and generator
_SPLIT = "\x1e"  # where the first context paragraph goes

# -- context paragraphs in strike reports ----------------------------------------------------

_CONTEXT = (
    "European Union foreign ministers met in {cap} on {wd} to discuss a new package of "
    "sanctions against Russia, the {ord} since the war began.",
    "The United States announced a {bn} billion dollar package of military aid, which officials "
    "said would include interceptors and artillery ammunition.",
    "President Volodymyr Zelenskiy thanked partners for their support and said Ukraine still "
    "needed {sys} more air defence systems to cover its cities.",
    "The Kremlin said it saw no basis for peace talks at present and accused Western "
    "countries of prolonging the conflict.",
    "Talks between delegations from the two sides in {cap2} ended after {hrs} hours without "
    "agreement on a ceasefire.",
    "The NATO secretary general said allies would keep supporting Ukraine and condemned the "
    "attacks on civilian infrastructure.",
    "Ukraine's energy minister said repair crews were working around the clock to restore "
    "power, and urged residents to limit electricity use in the evening.",
    "On the front line, Russian forces kept up assaults near Pokrovsk and Kupiansk, the "
    "general staff said in its daily update.",
    "The International Atomic Energy Agency said it was monitoring the situation at the "
    "Zaporizhzhia nuclear power plant.",
    "Poland said it had scrambled aircraft as a precaution while the attack on western "
    "Ukraine was under way.",
    "Human rights monitors said civilian casualties had risen over the past {months} months.",
    "The foreign ministry in Kyiv summoned envoys to brief them on the consequences of the "
    "attack, a spokesman said.",
    "Analysts at the Institute for the Study of War said the timing of the attack suggested "
    "Moscow wanted to increase pressure ahead of the talks.",
    "The grid operator said scheduled outages would be introduced in {n1} regions on {wd} evening.",
    "Germany's defence minister, visiting {cap}, promised to speed up deliveries of "
    "equipment ordered last year.",
    "Britain said it would host a meeting of {n2} countries next month to coordinate support "
    "for Kyiv.",
    "The Kremlin spokesman told reporters that Moscow remained open to negotiations on its own "
    "terms.",
    "Hungary again blocked a joint EU statement, diplomats said, delaying a decision until the "
    "next summit.",
    "The United Nations humanitarian office said {n3} million people in Ukraine needed aid.",
    "Ukraine's parliament extended martial law and general mobilisation for another {days} days.",
    "Gas storage facilities were {pct} percent full, the state energy company said.",
    "The central bank said damage to power plants had cut industrial output in recent weeks.",
    "Schools in frontline regions will continue remote lessons until the end of the term, the "
    "education ministry said.",
    "Prosecutors opened a criminal case over the attack and said they would document the "
    "damage for future claims.",
    "The Ukrainian military said it had hit a Russian ammunition depot in the occupied south, "
    "a claim that could not be verified.",
    "Railway operator Ukrzaliznytsia said some trains were running up to {hrs} hours late.",
    "China's foreign ministry called on both sides to show restraint and return to dialogue.",
    "The White House said it was reviewing new requests from Kyiv for long-range weapons.",
    "Volunteers handed out hot meals and blankets at temporary shelters across the city.",
    "Insurers estimated the cost of damage to housing this year at more than {bn} billion dollars.",
    "A prisoner exchange mediated by the United Arab Emirates brought {n4} soldiers home, "
    "officials said.",
    "The Russian foreign ministry accused Western governments of supplying weapons for "
    "attacks on Russian territory.",
    "Lithuania and Latvia said they would increase military spending to {gdpshare} percent "
    "of economic output.",
    "Ukraine's prime minister said the government would allocate extra funds to repair "
    "damaged homes before the cold season.",
    "The Kremlin declined to comment on reports of a possible summit.",
    "Moldova's government said it was monitoring its airspace after earlier incidents near "
    "the border.",
)

# -- ordinary news without strike vocabulary ------------------------------------------------

_SPORT_LEAD = (
    "{team} beat {team2} {g1}-{g2} on {wd}, moving "
    "{pts} points clear at the top of the table with {left} games left.",
    "{team} and {team2} drew {g2}-{g2} on {wd} in front of "
    "a crowd of {crowd}, leaving both sides outside the top four.",
)
_SPORT = (
    "The winning goal came after {minute} minutes, when the captain headed in a corner.",
    "The coach said his side had played their best football of the season after the break.",
    "The club has won {wins} of its last {games} league matches and has not lost at home since "
    "{month_name}.",
    "Ticket prices for the next round will rise by {pct} percent, the organisers said.",
    "The goalkeeper made {saves} saves and was named player of the match.",
    "The league's top scorer now has {goals} goals this season.",
    "In the other match of the evening, the visitors came from behind to win in stoppage time.",
    "A record {crowd} spectators watched the final at the national stadium.",
    "The club's president said a new training centre would open in {year2}.",
    "The forward, signed in the summer for {fee} million euros, has yet to find his form.",
    "Television rights for the next {yrs} seasons were sold for a record sum.",
    "The women's team qualified for the European championship for the {ord} time.",
    "Supporters unveiled a banner marking {anniv} years since the club was founded.",
    "The match was briefly stopped in the second half because of fog.",
    "The two clubs meet again in the cup semi-final in {days} days.",
    "The midfielder's contract was extended until {year2}, the club said.",
)
_ECON_LEAD = (
    "Annual inflation slowed to {infl} percent in {month_name}, the statistics office said on "
    "{wd}, as lower food prices offset higher utility bills.",
    "The central bank kept its key interest rate at "
    "{rate} percent on {wd}, as expected by {n1} of {n2} economists polled.",
)
_ECON = (
    "Gross domestic product grew {gdp} percent year on year in the third quarter.",
    "Retail sales rose {pct} percent, helped by higher wages and lower food prices.",
    "The currency was little changed at {fx} to the dollar.",
    "Exports of grain and vegetable oil reached {mt} million tonnes since the start of the season.",
    "The government expects the budget deficit to narrow to {def_} percent of output next year.",
    "Manufacturing output fell for the {ord} consecutive month, a business survey showed.",
    "The country's largest lender reported a net profit of {bn} billion for the first half.",
    "Unemployment stood at {unemp} percent, the lowest level in {yrs} years.",
    "Fuel prices at filling stations rose {pct2} percent over the month.",
    "The finance ministry sold bonds worth {bn2} billion at an average yield of {yield_} percent.",
    "Car sales climbed {pct} percent from a year earlier, an industry group said.",
    "Analysts expect the bank to cut rates by {bp} basis points at its next meeting.",
    "Food prices were {pct2} percent higher than a year ago, driven by vegetables and dairy.",
    "Foreign direct investment reached {bn} billion dollars in the first nine months.",
    "Wages in the private sector rose {pct} percent in nominal terms.",
    "The stock index closed {idx} percent higher, led by banks and retailers.",
)
_WEATHER_LEAD = (
    "Temperatures are expected to reach {temp} degrees "
    "Celsius on {wd}, the weather service said, issuing a heat warning for {n1} regions.",
    "Heavy rain brought up to {rain} millimetres of water "
    "in {hrs} hours to parts of the region, forecasters said on {wd}.",
)
_WEATHER = (
    "Wind gusts of up to {wind} km/h are forecast for the coast.",
    "Night temperatures will stay between {tlo} and {thi} degrees.",
    "Road authorities asked drivers to slow down on {n1} motorways because of poor visibility.",
    "The last time the city recorded such temperatures was in {year}.",
    "Farmers said the dry spell could cut the wheat harvest by {pct} percent.",
    "River levels rose by {cm} centimetres overnight and are expected to peak on {wd}.",
    "Forecasters expect conditions to return to normal by the end of the week.",
    "Some {n4} households were left without electricity after trees fell on power lines.",
    "The fire service said it had responded to {calls} calls since the morning.",
    "Snow is possible in the mountains above {alt}00 metres.",
    "Water use in the capital rose {pct2} percent as residents tried to keep cool.",
    "Beaches along the lake were closed because of algae, the health authority said.",
    "Insurers said claims from the storm could reach {bn} million euros.",
    "The national weather service said the month was the wettest since records began in {year}.",
    "Ferries to the islands were cancelled for the {ord} day in a row.",
)
_CULTURE_LEAD = (
    "The annual film festival opened on {wd} with {films} "
    "films in competition and more than {visitors} tickets already sold.",
    "A major exhibition of {century}th-century paintings "
    "opened at the national museum on {wd}, bringing together {works} works from {n1} "
    "collections.",
)
_CULTURE = (
    "The organisers said attendance was up {pct} percent on last year.",
    "The opening concert featured an orchestra of {players} musicians.",
    "The festival's budget of {bn} million euros is funded mostly by the city.",
    "Tickets cost {price} euros, with free entry for students on {wd}s.",
    "The show will run until {month_name} and then travel to {n1} other cities.",
    "Critics praised the restoration of an altarpiece from the {century}th century, shown for "
    "the first time.",
    "The main award will be presented on the final evening, {days} days from now.",
    "The director's previous film drew {visitors} viewers in cinemas at home.",
    "A retrospective of the painter's early work fills {rooms} rooms on the ground floor.",
    "The jury is chaired by an actress who won the festival's top prize in {year}.",
    "Publishers said book sales rose {pct2} percent in the first half of the year.",
    "The opera house will reopen in {year2} after a renovation that cost {bn2} million euros.",
    "More than {n4} volunteers help run the event each year.",
    "A new translation of the novel sold out within {days} days.",
    "The museum said it would extend opening hours to {hour} p.m. on weekends.",
)
_TOPIC_TITLES = (
    ("{team} beat {team2} to go {pts} points clear", "{team} and {team2} share the points"),
    ("Inflation slows to {infl} percent", "Central bank holds rate at {rate} percent"),
    ("Heat warning issued for {n1} regions", "Heavy rain floods roads near {city_t}"),
    ("Film festival opens with {films} films", "Museum unveils {works} paintings"),
)
_TOPIC_LEADS = (_SPORT_LEAD, _ECON_LEAD, _WEATHER_LEAD, _CULTURE_LEAD)
_TOPIC_SENTENCES = (_SPORT, _ECON, _WEATHER, _CULTURE)

# -- slot values -----------------------------------------------------------------------------
#
# A slot is drawn the first time a template asks for it (``_Slots.__missing__``), so an article
# only pays for the values its templates use. Specs: (kind, a, b) with kind
#   0: one of the strings in a          1: integer a .. a+b-1
#   2: like 1, small ones may be spelled out ("three")
#   3: b(integer a .. a+b-1), a formatter  4: a(generator, slots) sets this and related slots


def _distinct(gen: _Generator, slots: _Slots, keys: Sequence[str], draw: Callable[[], str]) -> None:
    seen: set[str] = set()
    for key in keys:
        value = draw()
        while value in seen:
            value = draw()
        seen.add(value)
        slots[key] = value


def _region_forms(names: Sequence[str], russian: bool) -> tuple[tuple[str, ...], ...]:
    """Per region, its spellings in news copy, as often as they are used (out of ten)."""
    if russian:
        return tuple((f"the {n} region",) * 7 + (f"{n} Oblast",) * 3 for n in names)
    return tuple((f"the {n} region",) * 5 + (f"{n} Oblast",) * 4 + (f"{n} oblast",) for n in names)


_UA_REGION_FORMS = _region_forms(_UA_REGIONS, False)
_RU_REGION_FORMS = _region_forms(_RU_REGIONS, True)


def _three_regions(
    gen: _Generator, slots: _Slots, keys: tuple[str, str, str], forms: Sequence[Sequence[str]]
) -> None:
    r = gen.random
    n = len(forms)
    i = int(r() * n)
    j = (i + 1 + int(r() * (n - 1))) % n
    k = i
    while k in (i, j):
        k = int(r() * n)
    for key, region in zip(keys, (i, j, k), strict=True):
        slots[key] = forms[region][int(r() * 10)]


def _ua_regions(gen: _Generator, slots: _Slots) -> None:
    _three_regions(gen, slots, ("r1", "r2", "r3"), _UA_REGION_FORMS)


def _ru_regions(gen: _Generator, slots: _Slots) -> None:
    _three_regions(gen, slots, ("R1", "R2", "R3"), _RU_REGION_FORMS)


def _cities(gen: _Generator, slots: _Slots) -> None:
    _distinct(gen, slots, ("c1", "c2"), lambda: gen.one(_UA_CITIES))


def _teams(gen: _Generator, slots: _Slots) -> None:
    _distinct(gen, slots, ("team", "team2"), lambda: gen.one(_TEAMS))
    goals = gen.between(0, 3)
    slots["g2"] = goals
    slots["g1"] = goals + gen.between(1, 3)


def _drones(gen: _Generator, slots: _Slots) -> None:
    """Launched, downed and lost drones, and regional shares of the downed ones."""
    r = gen.random
    size = r()
    if size < 0.5:
        launched = gen.between(8, 60)
    elif size < 0.9:
        launched = gen.between(60, 250)
    else:
        launched = gen.between(250, 740)
    down = int(launched * (0.45 + 0.5 * r()))
    lost = int((launched - down) * r())
    first = int(down * (0.2 + 0.5 * r()))
    num = gen.num
    slots["D"] = num(launched)
    slots["Di"] = num(down)
    slots["Ds"] = num(lost)
    slots["a1"] = num(first)
    slots["a2"] = num(int((down - first) * r()))


def _salvo(gen: _Generator, slots: _Slots, kinds: Sequence[tuple[str, int, int]], pre: str) -> None:
    words, lo, hi = kinds[gen.pick(len(kinds))]
    fired = gen.between(lo, hi)
    slots[pre + "M"] = gen.num(fired)
    slots[pre + "Mi"] = gen.num(int(fired * (0.3 + 0.7 * gen.random())))
    slots[pre.lower() + "mw"] = words


def _ru_missiles(gen: _Generator, slots: _Slots) -> None:
    _salvo(gen, slots, _RU_MISSILES, "")


def _ua_missiles(gen: _Generator, slots: _Slots) -> None:
    _salvo(gen, slots, _UA_MISSILES, "U")


def _tenths(n: int) -> str:
    return str(n / 10)


def _thousands(n: int) -> str:
    return f"{n * 1000:,}"


def _quarter_points(n: int) -> str:
    return str(25 * n)


def _two_digits(n: int) -> str:
    return f"{n:02d}"


def _choice(seq: Sequence[str]) -> tuple[int, Any, Any]:
    return (0, seq, None)


def _range(lo: int, hi: int, fmt: Callable[[int], str] | None = None) -> tuple[int, Any, Any]:
    return (3, lo, (hi - lo + 1, fmt)) if fmt else (1, lo, hi - lo + 1)


def _count(lo: int, hi: int) -> tuple[int, Any, Any]:
    """A count of people or weapons: small ones are sometimes spelled out."""
    return (2, lo, hi - lo + 1)


_GROUPS: dict[Callable[[_Generator, _Slots], None], tuple[str, ...]] = {
    _ua_regions: ("r1", "r2", "r3"),
    _ru_regions: ("R1", "R2", "R3"),
    _cities: ("c1", "c2"),
    _teams: ("team", "team2", "g1", "g2"),
    _drones: ("D", "Di", "Ds", "a1", "a2"),
    _ru_missiles: ("M", "Mi", "mw"),
    _ua_missiles: ("UM", "UMi", "umw"),
}
_SPECS: dict[str, tuple[int, Any, Any]] = {
    key: (4, make, None) for make, keys in _GROUPS.items() for key in keys
}
_SPECS.update(
    dw=_choice(_RU_DRONES), uw=_choice(_UA_DRONES), down=_choice(_DOWNED), lost=_choice(_LOST),
    site=_choice(_LAUNCH_SITES), rc=_choice(_RU_CITIES), kd=_choice(_KYIV_DISTRICTS),
    q=_choice(_QUALIFIERS), q2=_choice(_QUALIFIERS), ord=_choice(_ORDINALS),
    cap=_choice(_CAPITALS), cap2=_choice(_NEUTRAL), month_name=_choice(_MONTH_NAMES),
    bq=_choice(_QUALIFIERS), bk=_count(1, 6), binj=_count(1, 30), bDi=_count(3, 140),
    k=_count(1, 14), inj=_count(1, 60), k_1=_count(1, 9), inj_1=_count(1, 40), k_2=_count(1, 9),
    inj_2=_count(1, 40), q_1=_choice(_QUALIFIERS), q_2=_choice(_QUALIFIERS),
    mo=_count(2, 40), n5=_count(2, 30),
    fl=_choice(_FLOORS), age=_choice(_AGES), planes=_range(5, 60), hh=_range(0, 6, _two_digits),
    mm=_range(0, 59, _two_digits), hrs=_range(2, 14), km=_range(5, 60), pct=_range(2, 35),
    pct2=_range(2, 35), area=_range(50, 2000), bg=_range(15, 45, _thousands),
    bn=_range(1, 60), bn2=_range(1, 60), sys=_range(5, 25), months=_range(3, 18),
    n1=_range(2, 9), n2=_range(12, 40), n3=_range(4, 14), n4=_range(90, 400), days=_range(4, 90),
    gdpshare=_range(30, 55, _tenths), pts=_range(2, 9), left=_range(3, 15),
    crowd=_range(8, 70, _thousands), minute=_range(50, 89), wins=_range(4, 9),
    games=_range(10, 12), saves=_range(3, 11), goals=_range(11, 29), year2=_range(2026, 2030),
    fee=_range(5, 60), yrs=_range(3, 25), anniv=_range(50, 125), infl=_range(20, 140, _tenths),
    rate=_range(20, 160, _tenths),
    gdp=_range(1, 60, _tenths), fx=_range(360, 430, _tenths),
    mt=_range(50, 400, _tenths), def_=_range(20, 90, _tenths),
    unemp=_range(30, 120, _tenths), yield_=_range(80, 190, _tenths),
    bp=_range(1, 4, _quarter_points),
    idx=_range(1, 35, _tenths), temp=_range(31, 41), rain=_range(40, 160),
    wind=_range(50, 110), tlo=_range(-5, 12), thi=_range(13, 24), year=_range(1950, 2019),
    cm=_range(20, 180), calls=_range(40, 600), alt=_range(8, 20), films=_range(12, 40),
    visitors=_range(10, 200, _thousands), century=_range(15, 19), works=_range(40, 300),
    players=_range(40, 120), price=_range(8, 45), rooms=_range(3, 12), hour=_range(8, 10),
)  # fmt: skip


class _Slots(dict[str, Any]):
    """Template values, drawn the first time a template asks for them (``str.format_map``)."""

    def __init__(self, gen: _Generator, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.gen = gen

    def __missing__(self, key: str) -> Any:
        kind, a, b = _SPECS[key]
        r = self.gen.random
        value: Any
        if kind == 0:
            value = a[int(r() * len(a))]
        elif kind == 1:
            value = a + int(r() * b)
        elif kind == 2:
            n = a + int(r() * b)
            value = _NUMBER_WORDS[n] if n < 10 and r() < 0.5 else str(n)
        elif kind == 3:
            value = b[1](a + int(r() * b[0]))
        else:
            a(self.gen, self)
            return self[key]
        self[key] = value
        return value


# -- the generator ---------------------------------------------------------------------------


class _Family:
    """Ready-made variants of each sentence template of one family (context, sport, ...).

    ``take`` walks the templates in a random order with a random stride coprime to their
    number, so an article never repeats a template until the family is used up.
    """

    def __init__(
        self, gen: _Generator, templates: Sequence[str], variants: int, unit: int = 1
    ) -> None:
        units = [" ".join(templates[i : i + unit]) for i in range(0, len(templates), unit)]
        self.variants = [
            [t.format_map(_Slots(gen, {"wd": gen.one(_WEEKDAYS)})) for _ in range(variants)]
            for t in units
        ]
        n = len(units)
        self.strides = [s for s in range(1, n) if math.gcd(s, n) == 1] or [1]
        self.shortest = max(1, 2 // unit)  # units per paragraph
        self.longest = max(1, 4 // unit)

    def take(self, gen: _Generator, budget: int) -> str:
        """Paragraphs of two to four sentences, about ``budget`` chars (one unit more)."""
        r = gen.random
        variants = self.variants
        n = len(variants)
        count = len(variants[0])
        i = int(r() * n)
        stride = self.strides[int(r() * len(self.strides))]
        parts: list[str] = []
        size = 0
        in_para = 0
        shortest, longest = self.shortest, self.longest
        for _ in range(n):
            x = r() * count
            variant = int(x)
            if in_para >= longest or (in_para >= shortest and x - variant < 0.4):
                parts.append("\n\n")
                in_para = 0
            elif in_para:
                parts.append(" ")
            sentence = variants[i][variant]
            parts.append(sentence)
            in_para += 1
            size += len(sentence) + 1
            if size >= budget:
                break
            i = (i + stride) % n
        return "".join(parts)


class _Generator:
    """All state of one ``generate_articles`` call: the random stream and the sentence families."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.context = _Family(self, _CONTEXT, 12)
        self.topics = [_Family(self, sentences, 16, unit=2) for sentences in _TOPIC_SENTENCES]
        self.skeletons = [[self._skeleton(kind) for _ in range(_SKELETONS)] for kind in _KINDS]

    def pick(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def one(self, seq: Sequence[str]) -> str:
        return seq[int(self.random() * len(seq))]

    def num(self, n: int) -> str:
        """Small numbers are sometimes spelled out, as wire copy does."""
        if n < 10 and self.random() < 0.5:
            return _NUMBER_WORDS[n]
        return f"{n:,}" if n >= 10000 else str(n)

    def fill(self, templates: Sequence[str], slots: _Slots) -> str:
        return templates[int(self.random() * len(templates))].format_map(slots)

    def some(self, templates: Sequence[str], count: int) -> str:
        """``count`` different templates, joined into one paragraph template.

        Casualty counts get their own slot per sentence ("{inj}", "{inj_1}", ...), so that two
        places in one paragraph do not report the same numbers.
        """
        n = len(templates)
        chosen = [self.pick(n)]
        while len(chosen) < count:
            i = self.pick(n)
            if i not in chosen:
                chosen.append(i)
        sentences = []
        for j, i in enumerate(chosen):
            sentence = templates[i]
            if j:
                for key in ("{k}", "{inj}", "{q}"):
                    sentence = sentence.replace(key, f"{key[:-1]}_{j}}}")
            sentences.append(sentence)
        return " ".join(sentences)

    # -- articles ----------------------------------------------------------------------------

    def _slots(self, published: dt.date) -> _Slots:
        wd = _WEEKDAYS[published.weekday()]
        return _Slots(self, {"wd": wd, "mon": _MONTHS[published.month - 1], "day": published.day})

    def _skeleton(self, kind: str) -> str:
        """One strike report as a template: title, newline, the first two paragraphs, a
        ``_SPLIT`` mark (where a context paragraph goes), the other paragraphs.

        Choices that need no per-article randomness (which sentences, claimant, dateline,
        date phrase, officials) are made here, once per skeleton; numbers and places stay
        slots and are drawn for each article.
        """
        one, some = self.one, self.some
        if kind == "ua_ru":
            claimant = one(_RU_CLAIMANTS)
            title = one(_UA_RU_TITLES)
            paras = [
                one(_UA_RU_LEAD),
                one(_UA_RU_BREAKDOWN) + " " + one(_UA_RU_EXTRA),
                some(_UA_RU_CASUALTIES, 1 + self.pick(2)),
                one(_UA_RU_TRANSPORT),
                one(_UA_RU_BACKGROUND),
            ]
            dateline, official = one(_RU_DATELINES), one(_RU_OFFICIALS)
        else:
            claimant = one(_UA_CLAIMANTS)
            second = one(_RU_UA_INTERCEPT)
            if self.random() < 0.45:
                second += " " + one(_RU_UA_MISSILES)
            paras = [one(_RU_UA_LEAD), second]
            if self.random() < 0.5:
                paras.append(one(_RU_UA_REGIONAL))
            paras.append(some(_RU_UA_CASUALTIES, 1 + self.pick(3)))
            paras.append(some(_RU_UA_DETAILS, 2))
            if kind == "both":
                title = one(_BOTH_TITLES)
                paras.append(
                    one(_BOTH_RUSSIAN_SIDE).replace("{rcl}", one(_RU_CLAIMANTS))
                    + " "
                    + one(_UA_RU_CASUALTIES)
                    .replace("{off}", one(_RU_OFFICIALS))
                    .replace("{k}", "{bk}")
                    .replace("{inj}", "{binj}")
                    .replace("{q}", "{bq}")
                )
                dateline = one(_BOTH_DATELINES)
            else:
                title = one(_RU_UA_TITLES)
                paras.append(one(_RU_UA_QUOTES))
                dateline = one(_UA_DATELINES)
            paras.append(one(_RU_UA_BACKGROUND))
            official = one(_UA_OFFICIALS)
        text = title + "\n" + "\n\n".join(paras[:2]) + _SPLIT + "\n\n".join(paras[2:])
        for key, value in (
            ("{dl}", dateline),
            ("{dp}", one(_DATE_PHRASES)),
            ("{cl}", claimant),
            ("{Cl}", claimant[0].upper() + claimant[1:]),
            ("{off}", official),
        ):
            text = text.replace(key, value)
        for name, (how, values, _) in _SPECS.items():
            if how == 0:  # word choices are made per skeleton too
                text = text.replace("{" + name + "}", one(values))
        return text

    def strike(self, published: dt.date, target: int) -> tuple[str, str]:
        x = self.random()
        skeletons = self.skeletons[0 if x < 0.65 else 1 if x < 0.9 else 2]
        filled = skeletons[self.pick(len(skeletons))].format_map(self._slots(published))
        title, _, text = filled.partition("\n")
        head, _, tail = text.partition(_SPLIT)
        size = len(head) + len(tail) + 2
        if size > target * 1.2:  # short targets: drop trailing paragraphs
            paras = tail.split("\n\n")
            while paras and size > target * 1.2:
                size -= len(paras.pop()) + 2
            tail = "\n\n".join(paras)
        budget = int(target * 0.97) - size
        extra = []
        while budget > 0:
            more = self.context.take(self, budget)
            extra.append(more)
            budget -= len(more) + 2
        if not extra:
            return title, head + "\n\n" + tail if tail else head
        first, _, rest = "\n\n".join(extra).partition("\n\n")
        parts = [head, first, tail, rest] if tail else [head, first, rest]
        return title, "\n\n".join(p for p in parts if p)

    def ordinary(self, published: dt.date, target: int) -> tuple[str, str]:
        """News without strikes: one topic, or a digest of several when the text is long."""
        topic = self.pick(len(_TOPIC_LEADS))
        variant = self.pick(2)
        s = self._slots(published)
        city = self.one(_OTHER_CITIES)
        s["city_t"] = city.title()
        title = _TOPIC_TITLES[topic][variant].format_map(s)
        lead = _TOPIC_LEADS[topic][variant].format_map(s)
        paras = [f"{city}, {s['mon']} {s['day']} (StrikeWatch) - {lead}"]
        budget = int(target * 0.97) - len(paras[0])
        while budget > 0:
            if len(paras) > 1:  # the next item of the digest gets its own lead
                lead = self.fill(_TOPIC_LEADS[topic], _Slots(self, {"wd": s["wd"]}))
                paras.append(lead)
                budget -= len(lead) + 2
            more = self.topics[topic].take(self, budget)
            paras.append(more)
            budget -= len(more) + 2
            topic = (topic + 1 + self.pick(len(_TOPIC_LEADS) - 1)) % len(_TOPIC_LEADS)
        return title, "\n\n".join(paras)


def generate_articles(
    n: int, *, seed: int = 0, relevant_share: float = 1.0, target_bytes: int = 3000
) -> Iterator[dict[str, Any]]:
    """Yields ``n`` synthetic articles (FORMAT.md section 1), the same ones for the same arguments.

    About ``relevant_share`` of them are strike reports, the rest ordinary news. Texts are ASCII
    and within 25% of ``target_bytes`` for targets of 1,000 bytes and more. Bad arguments raise
    ``ValueError`` at once, not at the first ``next``.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    if not 0.0 <= relevant_share <= 1.0:
        raise ValueError(f"relevant_share must be between 0 and 1, got {relevant_share}")
    if target_bytes <= 0:
        raise ValueError(f"target_bytes must be positive, got {target_bytes}")
    return _articles(n, seed, relevant_share, target_bytes)


def _articles(
    n: int, seed: int, relevant_share: float, target_bytes: int
) -> Iterator[dict[str, Any]]:
    gen = _Generator(seed)
    rand = gen.random
    from_ordinal = dt.date.fromordinal
    for i in range(n):
        published = from_ordinal(_FIRST_DAY + int(rand() * _DAYS))
        if rand() < relevant_share:
            title, text = gen.strike(published, target_bytes)
        else:
            title, text = gen.ordinary(published, target_bytes)
        yield {
            "id": f"synth-{i:07d}",
            "url": None,
            "source": SOURCE,
            "title": title,
            "published": published.isoformat(),
            "text": text,
        }


def write_jsonl(path: Path, articles: Iterable[dict[str, Any]]) -> int:
    """Writes one JSON object a line to ``path`` and returns how many were written."""
    count = 0
    dumps = json.dumps
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(dumps(article, ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


def _html_page(article: dict[str, Any]) -> bytes:
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>\n" for p in article["text"].split("\n") if p.strip())
    title = escape(article["title"] or "")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        f"<meta property='article:published_time' content='{article['published']}'>"
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>\n{paras}</article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    return page.encode("utf-8")


def write_shards(
    directory: Path,
    n: int,
    *,
    shards: int,
    kind: str = "jsonl",
    seed: int = 0,
    relevant_share: float = 0.1,
) -> list[Path]:
    """Writes ``n`` synthetic articles into ``shards`` files of ``kind`` "jsonl", "jsonl.gz",
    "warc" or "warc.gz" (HTML response records) and returns their paths."""
    import gzip

    if kind not in ("jsonl", "jsonl.gz", "warc", "warc.gz"):
        raise ValueError(f"unknown shard kind {kind!r}")
    directory.mkdir(parents=True, exist_ok=True)
    articles = generate_articles(n, seed=seed, relevant_share=relevant_share)
    per = -(-n // shards) if shards else n
    paths: list[Path] = []
    for k in range(shards):
        chunk = [a for _, a in zip(range(per), articles, strict=False)]
        if not chunk:
            break
        path = directory / f"shard-{k:04d}.{kind}"
        if kind.startswith("jsonl"):
            opener = gzip.open if kind.endswith(".gz") else open
            with opener(path, "wt", encoding="utf-8") as out:
                for a in chunk:
                    out.write(json.dumps(a) + "\n")
        else:
            from io import BytesIO

            from warcio.statusandheaders import StatusAndHeaders
            from warcio.warcwriter import WARCWriter

            with path.open("wb") as raw:
                writer = WARCWriter(raw, gzip=kind.endswith(".gz"))
                for i, a in enumerate(chunk):
                    body = _html_page(a)
                    headers = StatusAndHeaders(
                        "200 OK",
                        [("Content-Type", "text/html; charset=utf-8")],
                        protocol="HTTP/1.1",
                    )
                    record = writer.create_warc_record(
                        f"https://news.example.org/{k}/{i}/{a['id']}",
                        "response",
                        payload=BytesIO(body),
                        http_headers=headers,
                    )
                    writer.write_record(record)
        paths.append(path)
    return paths
