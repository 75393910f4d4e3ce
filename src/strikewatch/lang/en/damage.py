"""English damage words: object phrases with the kind (and detail) of what was hit, the words
that say something was damaged, and the traps (hypotheticals, negations, areas named as
places, buildings named to say where something happened). Used by ``extraction.damage``;
the kinds are ``vocab.DAMAGE_KINDS`` (docs/damage.md). Case-insensitive."""

from __future__ import annotations

from typing import Final

# (spelled out, not \w+: every object phrase starts with a letter the engine can skip ahead
# to; "9-storey building" is found from "storey")
_STOREY = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?"
    r"|single|double|multi|high)[-\s](?:storey|story|floor)"
)
_HOME_MOD = rf"(?:{_STOREY}\s+|multi-?(?:storey|story)\s+|high-?rise\s+|residential\s+|apartment\s+|private\s+|civilian\s+)"
_HOUSE = r"(?:houses?|homes?|dwellings?|cottages?)"
_BUILDING = r"(?:buildings?|blocks?|high-?rises?|towers?)"

# (object phrase, kind or kind/detail); at one position the first row that matches wins, so
# longer phrases come before the words they hold ("power plant" before "plant").
DAMAGE_OBJECTS: Final = (
    # energy
    (r"(?:thermal\s+|hydro(?:electric)?\s+|nuclear\s+|coal-fired\s+)?power\s+(?:plants?|stations?)|(?:thermal|hydroelectric|combined\s+heat\s+and\s+power)\s+(?:plants?|stations?)|CHPs?|TPPs?|HPPs?|power\s+generation\s+\w+",
    "energy/generation"),
    (r"(?:electrical\s+|power\s+|electricity\s+)?substations?", "energy/substation"),
    (r"power\s+(?:lines?|grid|networks?)|(?:transmission|high-voltage)\s+lines?|(?:electricity|electrical|energy)\s+(?:grid|networks?|lines?)", "energy/grid"),
    (r"(?:critical\s+)?(?:energy|power|electricity|electrical)\s+(?:infrastructure|facilit(?:y|ies)|sites?|objects?|equipment|supply\s+facilit(?:y|ies))|heating\s+(?:plants?|facilit(?:y|ies)|infrastructure|mains?|pipes?|networks?)|heat(?:ing)?\s+supply\s+\w+|boiler\s+(?:houses?|rooms?)", "energy"),
    # oil and gas
    (r"(?:oil\s+)?refiner(?:y|ies)", "oil_gas/refinery"),
    (r"(?:oil|fuel|petroleum|petrol)\s+(?:depots?|storage(?:\s+(?:facilit(?:y|ies)|depots?|tanks?))?|tanks?|terminals?|reservoirs?|bases?)|(?:fuel|oil)\s+and\s+(?:lubricants?|energy)\s+(?:depots?|facilit(?:y|ies))|tank\s+farms?", "oil_gas/depot"),
    (r"(?:oil|gas|fuel)\s+(?:infrastructure|facilit(?:y|ies)|pipelines?|pumping\s+stations?|production\s+\w+|processing\s+(?:plants?|facilit(?:y|ies)))|gas\s+(?:distribution|compressor)\s+stations?|storage\s+tanks?", "oil_gas"),
    # ports and shipping
    (r"(?:sea\s+|river\s+)?ports?(?:\s+(?:infrastructure|facilit(?:y|ies)|terminals?))?|port's\s+\w+|grain\s+terminals?|(?:cargo|civilian)\s+(?:ships?|vessels?)|ships?|vessels?|harbou?rs?|docks?|piers?|berths?|tankers?", "port"),
    # transport
    (r"(?:railway|rail|railroad)\s+(?:infrastructure|stations?|lines?|tracks?|depots?|junctions?|bridges?|facilit(?:y|ies))|railways?|train\s+stations?|trains?|locomotives?|(?:freight\s+|passenger\s+)?(?:wagons?|carriages?)|tram\s+depots?|trams?", "transport/rail"),
    (r"(?:civilian\s+)?airports?", "transport/airport"),
    (r"road\s+infrastructure|bridges?|highways?|bus\s+(?:stations?|depots?)|(?:passenger\s+)?buses|minibus(?:es)?|trolleybus(?:es)?|trams?", "transport/road"),
    (r"transport\s+(?:infrastructure|facilit(?:y|ies)|hubs?)|logistics\s+(?:infrastructure|hubs?|centres?|centers?)", "transport"),
    # medical, education, government, cultural
    (r"(?:children's\s+|maternity\s+|regional\s+|city\s+|military\s+)?hospitals?|clinics?|maternity\s+(?:ward|wards|homes?)|medical\s+(?:facilit(?:y|ies)|institutions?|centres?|centers?|buildings?)|health(?:care)?\s+(?:facilit(?:y|ies)|centres?|centers?)|ambulances?|polyclinics?", "medical"),
    (r"schools?|kindergartens?|nurser(?:y|ies)|universit(?:y|ies)|colleges?|lyceums?|gymnasiums?|educational\s+(?:facilit(?:y|ies)|institutions?|buildings?)", "education"),
    (r"administrative\s+buildings?|(?:buildings?|premises|offices?)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:council|administration|court|police|prosecutor's\s+office)|(?:city|town)\s+halls?|(?:city|town|village|regional|district|military)\s+(?:council|administration)\s+buildings?|government\s+(?:buildings?|offices?|quarter)|administration\s+buildings?|police\s+(?:stations?|buildings?)|court(?:house)?\s+buildings?", "government"),
    (r"churche?s?|cathedrals?|monaster(?:y|ies)|mosques?|synagogues?|temples?|museums?|theat(?:re|er)s?|librar(?:y|ies)|monuments?|(?:historic|heritage)\s+(?:buildings?|sites?|centre|center)|cultural\s+(?:centres?|centers?|sites?|heritage|facilit(?:y|ies)|institutions?|buildings?)|concert\s+halls?", "cultural"),
    # military
    (r"military\s+(?:airfields?|air\s*bases?|bases?|facilit(?:y|ies)|targets?|objects?|sites?|units?|infrastructure|installations?|depots?|warehouses?|equipment|aircraft|vessels?|ships?)|air\s*bases?|airfields?|(?:ammunition|weapons?|arms)\s+(?:depots?|dumps?|warehouses?|stores?|storage(?:\s+\w+)?)|arsenals?|barracks|command\s+posts?|radars?(?:\s+stations?)?|warships?", "military"),
    # agriculture, communications, industry, commercial
    (r"grain\s+(?:storage(?:\s+facilit(?:y|ies))?|stores|silos?|elevators?|warehouses?|infrastructure|facilit(?:y|ies))|(?:agricultural|agro-?industrial|farm)\s+(?:enterprises?|facilit(?:y|ies)|buildings?|companies?|machinery|equipment|land)|farms?|barns?|granar(?:y|ies)|silos?|(?:grain\s+)?elevators?|livestock\s+\w+|greenhouses?|poultry\s+\w+", "agriculture"),
    (r"(?:tele)?communications?\s+(?:infrastructure|towers?|facilit(?:y|ies)|equipment|lines?)|(?:TV|television|radio|mobile|cell|phone)\s+(?:towers?|masts?|antennas?|stations?|centres?|centers?)|telecom(?:munications)?\s+\w+|broadcasting\s+\w+", "communications"),
    (r"(?:industrial|manufacturing|production)\s+(?:facilit(?:y|ies)|enterprises?|sites?|plants?|premises|buildings?|infrastructure|zones?|areas?|companies?|workshops?)|(?:defen[cs]e|military-industrial|chemical|metallurgical|machine-building|aircraft|drone|arms|ammunition|explosives?|steel|cement|tyre|tire)\s+(?:plants?|factor(?:y|ies)|enterprises?|works|facilit(?:y|ies))|factor(?:y|ies)|plants?|enterprises?|workshops?|mills?", "industry"),
    (r"shopping\s+(?:centres?|centers?|malls?)|malls?|supermarkets?|shops?|stores?|markets?|restaurants?|caf(?:e|é)s?|hotels?|office\s+(?:buildings?|centres?|centers?|premises|blocks?)|business\s+(?:centres?|centers?|premises)|(?:petrol|gas|filling)\s+stations?|(?:auto|car)\s+repair\s+(?:shops?|facilit(?:y|ies)|stations?|workshops?|garages?)|car\s+(?:dealerships?|washes?|showrooms?)|warehouses?|commercial\s+(?:buildings?|premises|facilit(?:y|ies)|properties)|storage\s+facilit(?:y|ies)|pharmac(?:y|ies)|postal\s+(?:terminals?|depots?)", "commercial"),
    # residential
    (rf"{_HOME_MOD}{_HOME_MOD}*(?:residential\s+|apartment\s+)?(?:{_BUILDING}|{_HOUSE}|complex(?:es)?)|blocks?\s+of\s+flats|(?:storey|story|floor)\s+(?:residential\s+|apartment\s+)?(?:{_BUILDING}|{_HOUSE})|residential\s+(?:areas?|neighbou?rhoods?|quarters?|sectors?|districts?|infrastructure)|apartments?|flats?|{_HOUSE}|housing|dormitor(?:y|ies)|summer\s+houses?|dachas?", "residential"),
)  # fmt: skip

# Words that say something was hit, damaged, destroyed or set on fire; an object phrase
# counts only in a clause that holds one.
DAMAGE_VERBS: Final = (
    r"damag(?:e|ed|es|ing)",
    r"destroy(?:ed|ing|s)?|destruction",
    r"struck|strikes?\s+on|hit(?:ting|s)?|target(?:ed|ing)|attacked|attacks?\s+on",
    r"caught\s+fire|on\s+fire|set\s+ablaze|ablaze|fires?\s+(?:also\s+|then\s+|later\s+|quickly\s+)?(?:broke\s+out|erupted|started)|fires?\s+(?:at|in|on)|blazes?|burn(?:ed|t|ing|s)?|engulfed|in\s+flames",
    r"cut|knocked\s+out|severed|out\s+of\s+service|disabled|sparked|strikes?(?!\s+(?:drones?|UAVs?|unmanned|group))",
    r"collaps(?:ed|es|ing)|wreck(?:ed|age)|ruin(?:ed|s)|flattened|razed|gutted|shattered|blown\s+out|levell?ed|impact(?:ed)?|explosions?\s+(?:at|in|on|near)",
    r"(?:were|was)\s+(?:hit|damaged|destroyed|struck)|suffered|sustained",
)  # fmt: skip

# Clauses whose objects are no damage: hypotheticals, habits, plans and negations.
DAMAGE_NOT: Final = (
    r"(?:could|may|might|would|will)\s+(?:be\s+)?(?:hit|strike|target|damage|attack|destroy)",
    r"threat(?:en(?:s|ed|ing)?)?\s+(?:to|of)|risk\s+of|(?:plans?|plann(?:ed|ing)|aims?|aim(?:ed|ing)|intends?|preparing|prepares?|seeks?|seeking|tries|trying|tried)\s+to",
    r"repeatedly|regularly|routinely|rarely|seldom|halt(?:s|ed|ing)?\s+(?:attacks|strikes)|ceasefire|truce|moratorium|systematically|campaign\s+(?:of|against)|for\s+months|every\s+(?:night|day|week)|winter\s+(?:campaign|attacks)",
    r"no\s+(?:\w+\s+){0,3}(?:was|were)\s+(?:damaged|hit|destroyed)|not\s+damaged|no\s+damage|without\s+(?:causing\s+)?damage|undamaged|did\s+not\s+(?:damage|hit)|no\s+(?:destruction|damage|fire)|avoided|spared|protect(?:ed|ing|ion)?",
    r"warn(?:ed|s|ing)?|feared?|fears|if\b|unless\b|since\s+(?:an?\s+|the\s+|last\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|series\s+of|latest\s+in|wave\s+of\s+(?:strikes|attacks)",
    # the aftermath: repairs, help for those whose homes were hit
    r"repair(?<!auto repair)(?<!car repair)(?:s|ed|ing)?(?!\s+(?:shops?|facilit|stations?|workshops?|garages?))|restor(?:ed|ing|ation)|rebuil(?:t|d|ding)|compensation|support\s+point|shelter(?:ed)?\s+in|temporary\s+windows",
)  # fmt: skip

# Object phrases that name an area (not an object) when they follow a location word:
# "debris fell in a residential area" is no damaged object.
DAMAGE_AREA: Final = r"\b(?:areas?|neighbou?rhoods?|quarters?|sectors?|districts?|zones?|ports?|berths?|harbou?rs?|docks?|piers?)\b"
DAMAGE_LOCATION_BEFORE: Final = r"\b(?:in|into|near|over|across|around|above|on|onto|at|within|throughout|outside)\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\w'-]+\s+)?"
# After an object phrase: it names where something happened, or what was cut off ("the building where the mayor
# spoke", "the hospital in which ...", "the school's director").
# ... unless a damage word comes before it in its clause ("a drone hit the house where ...").
DAMAGE_WHERE: Final = r"\s*,?\s*(?:where|in\s+which|at\s+which|whose)\b"
DAMAGE_NOT_AFTER: Final = r"['’]s\s+(?:director|head|staff|chief|spokes\w+)|\s+(?:were\s+|was\s+)?(?:left\s+)?without\s+(?:power|electricity|heat(?:ing)?|water|gas|light)"
# What may stand between a stated count and its object phrase (fullmatch): modifiers only.
DAMAGE_COUNT_GAP: Final = r"\s+(?:(?:more|other|further|additional|private|residential|apartment|civilian|nearby|small|large|local|old|new|administrative|commercial|industrial|agricultural|educational|medical|energy|power|electrical|critical|high-?rise|multi-?stor(?:e)?y|(?:\w+|\d+)[-\s](?:storey|story|floor))\s+){0,3}"
# Where a clause ends for the damage words: a semicolon, "while", "whereas", "but".
DAMAGE_CLAUSE_EDGE: Final = r";|\s(?:while|whereas|but|although|meanwhile)\s|,\s+and\s|\.\s"
# Before an object phrase: it is where the injured were taken, not what was hit.
DAMAGE_NOT_BEFORE: Final = r"\bnon-|(?:taken|rushed|brought|admitted|transported|delivered|evacuated)\s+to\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+)?"
# Between two object phrases of one kind: the second is where the first is ("a tank at the
# oil depot"): one object.
DAMAGE_JOIN: Final = r"\s+(?:at|in|on|of)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}"
# Between an object phrase and one of another kind it belongs to ("a warehouse of an
# industrial enterprise"): one object, of the second kind.
DAMAGE_OWNER: Final = r"\s+of\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}"
# Between an area-like object phrase (a port) and a place it stands for ("the port of Odesa").
DAMAGE_PLACE_OF: Final = r"\s+of\s+(?:the\s+)?(?:city\s+of\s+)?"
# Object phrases that name a whole ("port infrastructure"): left out beside a specific
# object of the same kind in the sentence.
DAMAGE_GENERAL: Final = r"\b(?:infrastructure|facilit(?:y|ies)|objects?|sites?|sector)\b"
# Words (their first four letters) that name one object of a kind in other words.
DAMAGE_SYNONYMS: Final = (
    ("plan", "fact", "ente", "indu", "work"),
    ("vess", "ship", "tank", "tugb", "carr", "boat", "depo", "rese"),
)
# Whether every literal key of the object phrases and damage words starts a word (then a
# sentence where they occur only inside words is not read: "port" in "report").
DAMAGE_KEYS_START_WORDS: Final = True
