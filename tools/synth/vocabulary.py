"""The word and sentence tables of the synthetic articles, as data.

Calendar words, place and claimant names, weapon kinds and wording variants; strike report
sentence templates (Russia on Ukraine, Ukraine on Russia, both sides), context paragraphs, and
ordinary news (sport, economy, weather, culture) without strike vocabulary. Templates carry
``{slot}`` fields that ``tools.synth.slots`` fills; texts are plain ASCII.
"""

from __future__ import annotations

MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec")  # fmt: skip
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ORDINALS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "11th",
            "12th", "14th", "15th")  # fmt: skip

# -- names ----------------------------------------------------------------------------------

UA_DATELINES = ("KYIV", "KYIV", "KYIV", "KHARKIV, Ukraine", "ODESA, Ukraine", "DNIPRO, Ukraine",
                "LVIV, Ukraine", "ZAPORIZHZHIA, Ukraine")  # fmt: skip
RU_DATELINES = ("MOSCOW", "MOSCOW", "LONDON", "BELGOROD, Russia")
BOTH_DATELINES = ("KYIV/MOSCOW", "KYIV", "LONDON")
UA_REGIONS = ("Kyiv", "Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Mykolaiv",
              "Chernihiv", "Sumy", "Poltava", "Kherson", "Zhytomyr", "Cherkasy", "Vinnytsia",
              "Khmelnytskyi", "Lviv", "Rivne", "Volyn", "Kirovohrad", "Donetsk", "Ivano-Frankivsk",
              "Ternopil")  # fmt: skip
UA_CITIES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Chernihiv",
             "Sumy", "Poltava", "Kherson", "Zhytomyr", "Lviv", "Kryvyi Rih", "Kramatorsk",
             "Vinnytsia", "Bila Tserkva", "Izmail", "Pavlohrad", "Brovary", "Uman")  # fmt: skip
KYIV_DISTRICTS = ("Solomianskyi", "Holosiivskyi", "Shevchenkivskyi", "Darnytskyi", "Dniprovskyi",
                  "Obolonskyi", "Podilskyi", "Pecherskyi", "Desnianskyi",
                  "Sviatoshynskyi")  # fmt: skip
RU_REGIONS = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Oryol", "Tula", "Kaluga",
              "Lipetsk", "Tambov", "Smolensk", "Ryazan", "Nizhny Novgorod", "Volgograd",
              "Saratov", "Moscow")  # fmt: skip
RU_CITIES = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Taganrog",
             "Novorossiysk", "Tula", "Engels", "Yelets", "Sevastopol", "Feodosia",
             "Ryazan")  # fmt: skip
UA_CLAIMANTS = ("Ukraine's air force", "the Ukrainian air force", "Ukraine's Air Force",
                "the air force command", "Ukraine's military")  # fmt: skip
RU_CLAIMANTS = ("Russia's Defence Ministry", "the Russian Defence Ministry",
                "Russia's defence ministry", "the Defence Ministry in Moscow")  # fmt: skip
UA_OFFICIALS = ("the regional governor", "the head of the regional military administration",
                "local authorities", "the city's mayor", "regional officials",
                "the state emergency service")  # fmt: skip
RU_OFFICIALS = ("the regional governor", "the local governor", "regional authorities",
                "the acting governor")  # fmt: skip
RU_DRONES = ("drones", "Shahed drones", "Shahed-type attack drones", "attack drones and decoys",
             "Shahed and decoy drones", "Geran-2 drones", "kamikaze drones", "UAVs",
             "unmanned aerial vehicles", "long-range attack drones")  # fmt: skip
UA_DRONES = ("Ukrainian drones", "Ukrainian UAVs", "fixed-wing drones", "unmanned aerial vehicles",
             "aircraft-type drones")  # fmt: skip
# (words, fewest, most) per missile kind, so that salvos have plausible sizes.
RU_MISSILES = (
    ("missiles", 2, 40), ("cruise missiles", 4, 60), ("Kh-101 cruise missiles", 4, 60),
    ("Kalibr cruise missiles", 2, 20), ("Iskander-M ballistic missiles", 1, 12),
    ("Kinzhal aeroballistic missiles", 1, 8), ("ballistic missiles", 1, 15),
    ("Kh-59 guided missiles", 1, 10), ("S-300 missiles", 1, 12), ("Kh-22 cruise missiles", 2, 10),
)  # fmt: skip
UA_MISSILES = (("ATACMS missiles", 1, 8), ("Neptune missiles", 1, 6),
               ("Storm Shadow cruise missiles", 1, 12), ("guided missiles", 1, 10))  # fmt: skip
LOST = ("were locationally lost", "were lost from radar", "were jammed by electronic warfare",
        "did not reach their targets", "were suppressed by electronic warfare",
        "disappeared from radar")  # fmt: skip
DOWNED = ("shot down", "destroyed", "intercepted", "neutralised", "downed")
QUALIFIERS = ("", "", "", "at least ", "more than ", "about ", "nearly ", "over ")
LAUNCH_SITES = ("Tu-95 bombers over the Caspian Sea", "ships in the Black Sea",
                "the Kursk region", "occupied Crimea", "MiG-31K jets", "the Bryansk region",
                "the Belgorod region")  # fmt: skip
DATE_PHRASES = ("overnight", "overnight into {wd}", "during the night", "early on {wd}",
                "in the early hours of {wd}", "overnight")  # fmt: skip
# Numbers read with a consonant first, for "a {n}-storey building", "a {n}-year-old boy".
FLOORS = ("five", "six", "seven", "nine", "10", "12", "14", "16", "17", "19", "20", "22", "24")
AGES = ("two", "three", "four", "five", "six", "seven", "nine", "10", "12", "13", "14", "15",
        "16", "17")  # fmt: skip
OTHER_CITIES = ("LONDON", "BERLIN", "WARSAW", "PARIS", "KYIV", "VIENNA", "PRAGUE", "ROME",
                "MADRID", "NEW YORK")  # fmt: skip
TEAMS = ("Dynamo", "Shakhtar", "Rapid", "Sparta", "Legia", "Benfica", "Celtic", "Ajax",
         "Porto", "Lazio", "Hertha", "Slavia")  # fmt: skip
CAPITALS = ("Brussels", "Berlin", "Paris", "Warsaw", "Rome", "Vienna", "Helsinki", "Madrid")
NEUTRAL = ("Istanbul", "Geneva", "Riyadh", "Doha", "Abu Dhabi")

# -- strike report sentences, Russia on Ukraine ----------------------------------------------

RU_UA_LEAD = (
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
RU_UA_INTERCEPT = (
    "Air defence units {down} {Di} of them, while {Ds} {lost}.",
    "According to the military, {Di} drones were {down} over {r1}, {r2} and {r3}, and another "
    "{Ds} {lost}.",
    "The air force said {Di} drones had been {down} and {Ds} {lost}; the remaining ones struck "
    "targets in {r3}.",
    "Mobile fire groups, fighter jets and electronic warfare units repelled the attack: {Di} "
    "drones were {down}, and {Ds} {lost}.",
    "Of those, {Di} were {down} by air defences and {Ds} {lost}, the statement said.",
)
RU_UA_MISSILES = (
    "Russia also fired {M} {mw} from {site}, {Mi} of which were {down}.",
    "The attack also involved {M} {mw}; air defences {down} {Mi} of them.",
    "In addition, the military tracked {M} {mw} launched from {site}, and said {Mi} were {down}.",
)
RU_UA_REGIONAL = (
    "Over {r1}, {a1} drones were {down}, the regional military administration said.",
    "Air defences were active over {r2}, where {q}{a2} drones were brought down.",
    "In {r1} alone, {a1} drones were {down}, officials said.",
)
RU_UA_CASUALTIES = (
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
RU_UA_DETAILS = (
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
RU_UA_QUOTES = (
    '"Every such night shows why we need more air defence," President Volodymyr Zelenskiy '
    "wrote on social media, adding that the attack had been aimed at civilians.",
    '"The city held out," the mayor of {c1} said in a video address, thanking rescuers who '
    "worked through the night.",
    "Foreign Minister Andrii Sybiha said Russia was trying to break the country's energy "
    "system before winter and called for tougher sanctions.",
    "Residents of {c1} spent the night in metro stations and basements as explosions rang out.",
)
RU_UA_BACKGROUND = (
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

UA_RU_LEAD = (
    "{dl}, {mon} {day} (StrikeWatch) - Russian air defences {down} {Di} {uw} {dp}, {cl} said "
    "on {wd}.",
    "{dl}, {mon} {day} (StrikeWatch) - {Cl} said on {wd} that its air defence systems had "
    "{down} {Di} {uw} over several Russian regions {dp}.",
    "{dl}, {mon} {day} (StrikeWatch) - Ukraine attacked Russian regions with drones {dp}, and "
    "{cl} said {q}{Di} {uw} were {down}.",
)
UA_RU_BREAKDOWN = (
    "The ministry said {a1} of the drones were {down} over {R1}, {a2} over {R2} and the rest "
    "over {R3}.",
    "The largest number, {a1}, were {down} over {R1}, it said.",
    "Drones were {down} over {R1}, {R2} and {R3}, the ministry said, without giving a breakdown.",
    "Of those, {a1} were {down} over {R1} and {a2} over {R2}, according to the ministry.",
)
UA_RU_EXTRA = (
    "Moscow mayor Sergei Sobyanin said {q2}{mo} drones flying towards the capital had been "
    "shot down.",
    "The ministry also reported that {UM} {umw} were {down} over {R3}.",
    "It did not say how many drones had been launched or whether any had hit their targets.",
    "Emergency services were working at the sites where debris fell, officials said.",
)
BOTH_RUSSIAN_SIDE = (
    "On the Russian side, {rcl} said air defences had {down} {bDi} {uw} over {R1} and {R2}.",
    "Russia, for its part, said {bq}{bDi} {uw} were {down} over its territory, most of them "
    "over {R1}.",
)
UA_RU_CASUALTIES = (
    "The governor of {R1} said {inj} people were injured when debris fell on a residential area.",
    "In {rc}, a drone set fire to a fuel depot, {off} said, adding that there were no casualties.",
    "According to {off}, {k} people were killed and {q}{inj} wounded in {R2}.",
    "Debris damaged a {fl}-storey building in {rc}, but no one was hurt, {off} said.",
    "A drone hit an industrial site in {rc}, {off} said, and a fire there was put out within "
    "{hrs} hours.",
)
UA_RU_TRANSPORT = (
    "Flights at Vnukovo, Domodedovo and Sheremetyevo airports were suspended for several hours, "
    "and {planes} planes were diverted, the aviation authority said.",
    "Trains to {rc} were delayed by up to {hrs} hours after debris damaged a rail line.",
    "Mobile internet was restricted in {R1} during the attack, residents said.",
)
UA_RU_BACKGROUND = (
    "Kyiv rarely comments on attacks inside Russia but says it targets infrastructure that "
    "supports the war.",
    "Ukraine has expanded its long-range drone programme and says it produces thousands of "
    "drones a month.",
    "The figures could not be independently verified.",
    "Russian refineries and fuel depots have been hit repeatedly by Ukrainian drones this year, "
    "according to industry sources.",
)

RU_UA_TITLES = (
    "Russia launches {D} drones at Ukraine overnight",
    "Ukraine says it downed {Di} of {D} Russian drones",
    "Russian drone attack hits {c1}, air force reports {Di} downed",
    "Russia attacks Ukraine with drones and missiles, {c1} hit",
)
UA_RU_TITLES = (
    "Russia says it destroyed {Di} Ukrainian drones overnight",
    "Ukrainian drones target {R1}, Russia says",
    "Drone attack on Russian regions, airports briefly closed",
)
BOTH_TITLES = (
    "Russia and Ukraine trade overnight drone attacks",
    "Drone attacks on both sides of the border overnight",
)


# -- context paragraphs in strike reports ----------------------------------------------------

CONTEXT = (
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

SPORT_LEAD = (
    "{team} beat {team2} {g1}-{g2} on {wd}, moving "
    "{pts} points clear at the top of the table with {left} games left.",
    "{team} and {team2} drew {g2}-{g2} on {wd} in front of "
    "a crowd of {crowd}, leaving both sides outside the top four.",
)
SPORT = (
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
ECON_LEAD = (
    "Annual inflation slowed to {infl} percent in {month_name}, the statistics office said on "
    "{wd}, as lower food prices offset higher utility bills.",
    "The central bank kept its key interest rate at "
    "{rate} percent on {wd}, as expected by {n1} of {n2} economists polled.",
)
ECON = (
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
WEATHER_LEAD = (
    "Temperatures are expected to reach {temp} degrees "
    "Celsius on {wd}, the weather service said, issuing a heat warning for {n1} regions.",
    "Heavy rain brought up to {rain} millimetres of water "
    "in {hrs} hours to parts of the region, forecasters said on {wd}.",
)
WEATHER = (
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
CULTURE_LEAD = (
    "The annual film festival opened on {wd} with {films} "
    "films in competition and more than {visitors} tickets already sold.",
    "A major exhibition of {century}th-century paintings "
    "opened at the national museum on {wd}, bringing together {works} works from {n1} "
    "collections.",
)
CULTURE = (
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
TOPIC_TITLES = (
    ("{team} beat {team2} to go {pts} points clear", "{team} and {team2} share the points"),
    ("Inflation slows to {infl} percent", "Central bank holds rate at {rate} percent"),
    ("Heat warning issued for {n1} regions", "Heavy rain floods roads near {city_t}"),
    ("Film festival opens with {films} films", "Museum unveils {works} paintings"),
)
TOPIC_LEADS = (SPORT_LEAD, ECON_LEAD, WEATHER_LEAD, CULTURE_LEAD)
TOPIC_SENTENCES = (SPORT, ECON, WEATHER, CULTURE)
