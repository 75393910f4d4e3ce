"""Rules kept as data: every lexicon the extractor uses, grouped by concept.

Each table here is plain data (tuples of regex source and label); the modules that use
them compile them once. Tests in ``tests/test_patterns.py`` exercise each entry, so a new
word is added here together with a row in that table, never as a special case in code.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- metrics
CORE_METRICS = ("launched", "intercepted", "suppressed", "hit", "killed", "injured")
EXTRA_METRICS = (
    "hospitalized",
    "killed_children",
    "injured_children",
    "rescued",
    "missing",
    "hit_sites",
    "debris_sites",
)
WEAPON_CLASSES = (
    "drone",
    "missile",
    "cruise_missile",
    "ballistic_missile",
    "guided_bomb",
    "any",
)
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to")

# --------------------------------------------------------------------------- numbers
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that stand for a number on their own ("a single drone", "a dozen missiles").
SPECIAL_NUMBERS = {
    "a dozen": 12,
    "dozen": 12,
    "a single": 1,
    "single": 1,
    "a pair of": 2,
    "both": 2,
}

# Words right before a number that set its qualifier. Longest phrases first.
QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("a minimum of", "at_least"),
    ("at least", "at_least"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("more than", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("well above", "more_than"),
    ("over", "more_than"),
    ("approximately", "about"),
    ("an estimated", "about"),
    ("close to", "about"),
    ("roughly", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("around", "about"),
    ("about", "about"),
    ("some", "about"),
    ("as many as", "up_to"),
    ("fewer than", "up_to"),
    ("less than", "up_to"),
    ("up to", "up_to"),
)

# --------------------------------------------------------------------------- weapons
# Phrases that name a weapon, with the class they imply. Checked longest-first at the
# head of a noun phrase after a number ("29 Shahed drones", "two Kalibr cruise missiles").
# ``head`` entries can end a noun phrase; ``modifier`` entries only refine the class.
WEAPON_HEADS: tuple[tuple[str, str], ...] = (
    (r"unmanned aerial vehicles?|unmanned aircraft|UAVs?|drones?|Shaheds?|Gerans?", "drone"),
    (r"loitering munitions?|kamikaze drones?|decoys?|Gerberas?|Lancets?", "drone"),
    (r"guided aerial bombs?|guided bombs?|glide bombs?|aerial bombs?|KABs?|bombs", "guided_bomb"),
    (r"cruise missiles?|Kalibrs?|Kh-(?:101|555|55|22|32|59|69)s?|Onyx(?:es)?|Oniks", "cruise_missile"),
    (r"Iskander-Ks?|Storm Shadows?|Neptunes?|Tomahawks?|Zircons?|Tsirkons?", "cruise_missile"),
    (r"ballistic missiles?|aeroballistic missiles?|Kinzhals?|Iskander-Ms?|Iskanders?", "ballistic_missile"),
    (r"KN-23s?|S-300s?|S-400s?|ATACMS|Tochka-Us?", "ballistic_missile"),
    (r"guided missiles?|anti-aircraft missiles?|missiles?|Kh-\d+[A-Z]*s?", "missile"),
    (r"air targets|aerial targets|airborne targets|targets|air attack weapons", "any"),
    (r"means of air attack|aerial weapons|air attack assets|projectiles", "any"),
)  # fmt: skip
WEAPON_MODIFIERS: tuple[tuple[str, str], ...] = (
    (r"Shahed(?:-\d+(?:/\d+)?)?(?:-type)?|Geran(?:-\d+)?|decoy|kamikaze|attack|strike", "drone"),
    (r"reconnaissance", "drone"),
    (r"Kalibr|Kh-(?:101|555|55|22|32|59|69)|Onyx|Oniks|Iskander-K|cruise|supersonic", "cruise_missile"),
    (r"Iskander-M(?:/KN-23)?|Iskander|KN-23|Kinzhal|ballistic|aeroballistic|S-300|S-400", "ballistic_missile"),
    (r"guided aerial|guided|glide", "guided_bomb"),
)  # fmt: skip
WEAPON_FAMILY = {
    "drone": "drone",
    "missile": "missile",
    "cruise_missile": "missile",
    "ballistic_missile": "missile",
    "guided_bomb": "guided_bomb",
    "any": "any",
}

# --------------------------------------------------------------------------- people
PERSON_HEADS = (
    r"people|persons?|civilians?(?!\s+(?:enterprises?|infrastructure|objects?|facilit\w+|targets?|buildings?|areas?|sites?|vehicles?|cars?|ships?|vessels?|ports?|airports?|plants?|factor\w+))"
    r"|residents?|individuals?|citizens?|children|child|kids?"
    r"|adults?|men|man|women|woman|boys?|girls?|teenagers?|infants?|babies|baby"
    r"|employees?|workers?|staff|passengers?|pensioners?|rescuers?|firefighters?|drivers?|guards?"
    r"|miners?|farmers?|fishermen|teachers?|students?|nurses?|patients?|guests?|shoppers?"
    r"|medics?|doctors?|police officers?|policemen|journalists?|soldiers?|servicemen"
    r"|volunteers?|victims?|family members|others|more"
)
CHILD_HEADS = r"children|child|kids?|boys?|girls?|teenagers?|infants?|babies|baby"

# Nouns after a number that make it anything but a strike figure: storeys, ages, times,
# distances, shares, counts of places or things. (Years and clock times are caught by
# the number scanner itself.)
TRAP_HEADS = (
    r"-?(?:year|month|week|day|hour|minute)s?[- ]old|-?stor(?:e)?y|-?storeys?|-?stories|-?floors?"
    r"|years?|months?|weeks?|days?|hours?|minutes?|seconds?|nights?|times"
    r"|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|%|percent|per cent|percentage points?"
    r"|districts?|regions?|oblasts?|provinces?|settlements?|villages?|towns?|cities"
    r"|communities|countries|nations?|airports?|apartments?|houses?|homes?|buildings?"
    r"|cars?|vehicles?|trucks?|locations?|sites?|facilities|objects?|enterprises?"
    r"|troops|battalions?|brigades?|tanks?|launchers?|ships?|boats?|aircraft|planes?|jets?"
    r"|transformers?|substations?|zones?|schools?|hospitals?|windows?|points?|sq|flights?|trains?"
    r"|trams?|buses|carriages?|wagons?|shells?|rounds?|attacks|strikes|explosions|fires"
    r"|billion|million|thousand|hryvnias?|rubles?|roubles?|dollars?|euros?|tons?|tonnes?"
)

# --------------------------------------------------------------------------- metric cues
# Verbs and nouns that say what happened to the counted things. "pre" cues come before
# the number and take it as object ("shot down 14 drones"); "post" cues follow the noun
# phrase ("14 drones were shot down", "two more disappeared"). Every cue is a regex.
PRE_CUES: tuple[tuple[str, str], ...] = (
    (r"repell?(?:ed|ing)?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:attack|assault|raid)s?\s+(?:by|of|involving)", "intercepted"),
    (r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|down(?:s)?\b|brought\s+down|took\s+down", "intercepted"),
    (r"destroy(?:ed|ing|s)?|destruction\s+of|intercept(?:ed|ing|s)?|interception\s+of", "intercepted"),
    (r"number\s+of\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|UAVs|targets)\s+(?:destroyed|shot\s+down|downed|intercepted)\b[^.;]{0,80}?\b(?:at|to)", "intercepted"),
    (r"neutrali[sz](?:ed|ing|es)?|eliminat(?:ed|ing|es)|repell?(?:ed|ing)", "intercepted"),
    (r"jamm(?:ed|ing)|suppress(?:ed|ing)?|diverted|redirected", "suppressed"),
    (r"(?:struck|hit)\s+(?:[\w’'-]+\s+){0,3}?(?:\d+|[a-z]+)\s+(?:[\w’'-]+\s+)?(?:locations|sites|targets|objects|facilities|buildings|places)\s+with|(?:direct\s+)?hits\s+(?:by|from|of)|impacts?\s+(?:of|by)", "hit"),
    (r"(?:interceptions|downings)\s+(?:numbered|totall?ed|stood\s+at|reached)", "intercepted"),
    (r"struck\s+with|attacked\s+by|targeted\s+by|made\s+up\s+of|consist(?:ed|ing)\s+of|compris(?:ed|ing)(?:\s+of)?", "launched"),
    (r"launch(?:ed|es|ing)?|fir(?:ed|ing|es)|unleash(?:ed|ing)|direct(?:ed|ing)|sen[dt](?:ing)?", "launched"),
    (r"us(?:ed|ing)|deploy(?:ed|ing)|releas(?:ed|ing)|dropp(?:ed|ing)|tracked|detected", "launched"),
    (r"(?:attack(?:ed|ing|s)?|bombard(?:ed|ing|s)?|target(?:ed|ing|s)?|struck|hit|strik(?:e|es|ing)|pound(?:ed|ing)|shell(?:ed|ing))\s+(?:[\w’'-]+\s+){0,6}?(?:with|using)", "launched"),
    (r"(?:attack|assault|raid|strike)s?\s+(?:by|of|involving|with|using)", "launched"),
    (r"kill(?:ed|ing|s)?|deaths?\s+of|claim(?:ed|ing)?\s+the\s+lives\s+of|death\s+toll\s+(?:rose|climbed|increased|jumped|reached|stands|stood)\s+(?:to|at)", "killed"),
    (r"(?:toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|fatalities|victims|killed))\b[^.;]{0,120}?\b(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped|reached|stands|stood|grew|grown)\s+(?:to|at)", "killed"),
    (r"(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|victims))\b[^.;]{0,60}?\bto", "killed"),
    (r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing)?|number\s+of\s+(?:people\s+)?(?:injured|wounded)\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|reached|grew|grown)(?:\s+to)?", "injured"),
    (r"hospitali[sz](?:ed|ing)", "hospitalized"),
    (r"rescu(?:ed|ing)|pull(?:ed|ing)\s+out", "rescued"),
)  # fmt: skip

# Noun cues: weaker than any verb ("a wave of 84 drones destroyed over Russia").
PRE_NOUN_CUES: tuple[tuple[str, str], ...] = (
    (r"launches\s+of|(?:wave|barrage|swarm|salvo|volley)\s+of", "launched"),
)

# Passive or intransitive forms after the noun phrase. Strong cues have an auxiliary or
# are intransitive; they beat a pre cue. Weak cues are bare participles ("drones
# launched by Russia") and only apply when nothing else does.
_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|will|would|to)\s+[\"“”']?)"
_ADV = r"(?:(?:lightly|slightly|seriously|severely|critically|badly|fatally|gravely|also|all|reportedly|successfully|then|later|subsequently|eventually|confirmed|said|reported|believed|presumed|likely|already|each|both|allegedly|probably|to|have|been|be|further|as|well)\s+)"
POST_CUES_STRONG: tuple[tuple[str, str], ...] = (
    (_AUX + _ADV + r"{0,4}(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|repelled|hit\s+and\s+destroyed|brought\s+down|taken\s+down|taken\s+out)", "intercepted"),
    (_AUX + _ADV + r"{0,4}(?:jammed|suppressed|lost|diverted|redirected)", "suppressed"),
    (r"(?:(?:have|has|had)\s+)?(?:disappeared|vanished|went\s+missing)|(?:did\s+not|didn[’']t|failed\s+to|fail\s+to|could\s+not|never)\s+reach(?:ed)?|(?:were|was)\s+(?:\w+\s+){0,2}?lost", "suppressed"),
    (r"(?:locationally|location(?:ally)?)\s+lost|lost\s+(?:from|on|off)\s+(?:the\s+)?radar|lost\s+in\s+flight|lost\s+location", "suppressed"),
    (r"hit\s+(?:the\s+|their\s+|its\s+)?(?:intended\s+)?targets?|reach(?:ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:intended\s+)?(?:targets?|target\s+area|city|capital|town)|got\s+through|struck\s+(?:the\s+|their\s+)?targets?|penetrated", "hit"),
    (_AUX + _ADV + r"{0,4}(?:launched|fired|released|dropped|recorded\s+launch)", "launched"),
    (r"(?:attacked|targeted)\b(?!\s+by)|(?:had\s+|have\s+)?(?:took|taken)\s+part\b|(?:were|was)\s+involved\b", "launched"),
    (r"(?:struck|hit)(?=\s+(?!with\b))", "hit"),
    (_AUX + _ADV + r"{0,4}(?:killed|dead|died)|died|dead|(?:lost|lose)\s+their\s+lives|perished|among\s+the\s+dead", "killed"),
    (_AUX + _ADV + r"{0,4}(?:injured|wounded|hurt)|(?:sustained|suffered|received)\s+(?:\w+\s+){0,3}?(?:injur|wound)\w*|injured|wounded|hurt", "injured"),
    (r"(?:were|was|are|is)\s+(?:being\s+|still\s+)?treated\s+for\s+(?:\w+\s+)?(?:injuries|wounds)", "injured"),
    (_AUX + _ADV + r"{0,4}(?:hospitali[sz]ed|taken\s+to\s+(?:the\s+)?hospital)|(?:are|were|remain(?:ed|s)?|stay(?:ed)?)\s+in\s+(?:the\s+)?hospital|hospitali[sz]ed", "hospitalized"),
    (_AUX + _ADV + r"{0,4}(?:rescued|pulled\s+(?:out|from))", "rescued"),
    (_AUX + _ADV + r"{0,4}missing|remain\s+missing|unaccounted\s+for", "missing"),
)  # fmt: skip
POST_CUES_WEAK: tuple[tuple[str, str], ...] = (
    (r"shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|brought\s+down", "intercepted"),
    (r"jammed|suppressed", "suppressed"),
    (r"launched|fired", "launched"),
)

# Nouns that are themselves a casualty count ("ten injuries", "four dead").
CASUALTY_NOUNS: tuple[tuple[str, str], ...] = (
    (r"injuries|injured|wounded|casualties\s+injured", "injured"),
    (r"dead|deaths|fatalities|killed|bodies\b(?!\s+of)", "killed"),
)

# --------------------------------------------------------------------------- context
# Sentences that state background or cumulative numbers, not one attack.
BACKGROUND = (
    r"since\s+the\s+(?:start|beginning|outbreak)\s+of\b",
    r"since\s+(?:February|Feb\.)\s+(?:24,?\s+)?2022|since\s+20\d\d|since\s+(?:early|late|mid-?)\s*\w+\s+20\d\d",
    r"\b(?:per|a)\s+(?:year|month|day|week)\b(?!\s+(?:after|before|earlier|later|ago))|\bannual(?:ly)?\b|\bon\s+some\s+days\b|\bon\s+(?:an\s+)?average\b|\bevery\s+(?:day|night|week)\b",
    r"\bproduc(?:e|ed|es|ing|tion)\b|\bmanufactur\w*|\bstockpil\w*|\bdeliveries\b|\bdelivery\s+of\b|\bpledged\b|\baid\s+package\b",
    r"\bprevious\s+(?:largest|biggest|record)|\bthe\s+previous\s+record|\bso\s+far\s+this\s+(?:year|month)",
    r"\b(?:in|during|over)\s+the\s+(?:past|last|previous)\s+(?:few\s+|two\s+|three\s+)?(?:weeks?|months?|years?)\b|\bthis\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\bin\s+recent\s+(?:weeks|months)|\blast\s+(?:week|month|year)\b|\bin\s+some\s+(?:weeks|months|days|nights)\b",
    r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:alone|as\s+a\s+whole)|\bin\s+20\d\d\b",
    r"\bin\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)",
    r"\brevis(?:ed|ing)\b|\bhad\s+(?:earlier|initially|previously)\s+(?:said|reported)|\bEarlier,?\s+[^.]*\bhad\s+(?:said|reported|put|given)\b",
    r"\b(?:a|one|two|three|four|several|a\s+few)\s+(?:weeks?|months?|years?)\s+(?:earlier|ago|before)\b|\blast\s+(?:spring|summer|autumn|fall|winter)\b",
    r"\bin\s+total\s+since\b|\btotal\s+(?:number|of)\s+[^.]{0,40}\bsince\b|\bthroughout\s+the\s+(?:war|year|month|conflict)",
)  # fmt: skip

# Habits and intentions make numbers hypothetical only within their own clause
# ("Moscow wants to be able to send 1,000 drones a night", but not "the ministry, whose
# figures usually cover fixed-wing drones only, said 12 drones were destroyed").
BACKGROUND_CLAUSE = (
    r"\b(?:wants?|plans?|aims?|intends?|hopes?|seeks?|expects?)\s+to\b|\bable\s+to\b|\bcapable\s+of\b|\bcould\s+(?:send|launch|fire|produce)\b",
    r"\btypically\b|\busually\b|\boften\b|\bregularly\b",
)  # fmt: skip

# Casualties from fighting on the ground are not strike figures.
NON_AIR_CASUALTY = (
    r"\bshell(?:ing|ed|s)\b|\bartillery\b|\bmortar\b|\bfront\s*line\b|\bin\s+battle\b|\bin\s+combat\b"
    r"|\bkilled\s+in\s+action\b|\bground\s+(?:assault|offensive|fighting)\b|\bcar\s+crash\b|\baccident\b"
)

# Words that make a paragraph or sentence about air strikes at all.
STRIKE_WORDS = (
    r"\b(?:drones?|UAVs?|unmanned|missiles?|Shaheds?|Gerans?|rockets?|air\s+defen[cs]es?|air\s+force"
    r"|strikes?|struck|attack(?:s|ed)?|assault|bombardment|barrage|air\s+raid|air\s+alert|explosions?"
    r"|debris|shrapnel|bombs?|Kalibr|Iskander|Kinzhal|Kh-\d+|intercept\w*|shot\s+down|downed)\b"
)

# Lower-case fragments of which an article about air strikes contains at least one; texts
# with none are skipped before any other work. Recall matters more than precision here.
RELEVANCE_KEYS = (
    "drone", "uav", "unmanned", "missile", "rocket", "shahed", "geran", "kalibr", "iskander",
    "kinzhal", "kh-", "bomb", "air defen", "air force", "air raid", "air alert", "airstrike",
    "air strike", "intercept", "shot down", "shoot down", "downed", "strike", "struck", "attack",
    "shelling", "explosion", "blast", "debris", "shrapnel", "barrage", "bombard",
)  # fmt: skip

# Boilerplate a pasted web page carries. A line is ignored when it starts with one of
# BOILERPLATE_START (regex), contains one of BOILERPLATE_PHRASES (lower-case text), or
# ends with a photo credit (BOILERPLATE_END, regex).
BOILERPLATE_START = (
    r"(?:FILE|PHOTO|IMAGE|VIDEO)\s*(?:PHOTO)?\s*[-–—:]",
    r"(?:Photo|Image|Picture|Video|Illustrative photo|Credit)s?\s*:",
    r"(?i:leave a (?:reply|comment)|be first to comment|send this to a friend|share (?:this|on))",
    r"(?i:comments?\s*\(?\d*\)?\s*$)",
    r"(?i:follow (?:ap|us|our)|read more|related(?: articles| stories)?\s*:|advertisement|subscribe|newsletter)",
    r"(?i:original source|information in this report is from|editor\s*:|source\s*:\s*xinhua)",
    r"(?i:(?:updated|created|published|last updated)\s*:?\s*[\d\w ,:|-]*$)",
    r"_{3,}\s*$|[-=*]{3,}\s*$",
)
BOILERPLATE_PHRASES = (
    "stay up to date with notifications", "notifications can be managed", "your support helps",
    "your support makes", "your donation", "make a donation", "give a donation", "donate now",
    "support our journalism", "support independent journalism", "paywall", "we need reporters",
    "is trusted by americans", "choose not to lock", "quality journalism should",
    "thank you for registering", "please refresh the page", "please refresh your browser",
    "logged in", "log in to", "sign up", "sign in", "newsletter", "subscribe to", "click here",
    "all rights reserved", "©", "accept cookies", "cookie policy",
)  # fmt: skip
BOILERPLATE_END = (
    r"\((?:[^()]*/)?\s*(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|The Associated Press|Associated Press"
    r"|Anadolu|Reuters Photo|AA Photo|TASS|RIA Novosti|Ukrinform|Sputnik)\s*(?:Photo|Images)?\)\s*$",
    r"\([^()]*(?:Telegram channel|official Telegram|press service|Photo)[^()]*/[^()]*\)\s*$",
)

# --------------------------------------------------------------------------- sides
# Phrases that say who attacks whom. Value: the side under attack (target).
# Strength 3: a demonym inside the figure's own noun phrase ("57 Ukrainian drones").
NP_SIDE = (
    (r"\b(?:Ukrainian|Ukraine['’]s|Ukraine-launched|Ukrainian-launched)\b", "RU"),
    (
        r"\b(?:Russian|Russia['’]s|Russian-launched|Russia-launched|Iranian-made|Iranian-designed|North Korean)\b",
        "UA",
    ),
)
# Strength 2: actors and directions in the sentence.
ACTOR_SIDE: tuple[tuple[str, str], ...] = (
    (r"\b(?:Russian|Russia['’]s)\s+(?:air\s+defen[cs]es?|air\s+defen[cs]e\s+(?:systems?|forces|units|crews)|defen[cs]e\s+forces|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|military\s+said|territory|regions?|cities|city\s+of|capital|soil|airspace|oil|refinery|border\s+regions?)", "RU"),
    (r"\b(?:Russia|Moscow)\s+(?:said|says|reported|reports|claimed|claims|announced)\b|\bRussia\s+(?:\w+\s+){0,2}?(?:downed|shot\s+down|intercepted|destroyed)\b", "RU"),
    (r"\b(?:over|across|into|on|in|against|inside|deep\s+into)\s+(?:the\s+)?Russia(?:n\s+territory)?\b|\b(?:launched|fired|sent|used|carried\s+out|attack(?:ed)?|struck|hit|targeted)\s+by\s+(?:Ukraine|Kyiv|Ukrainian\s+forces)\b", "RU"),
    (r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:drones?|UAVs?|unmanned|missiles?|attack|strikes?|drone\s+attacks?|drone\s+strikes?|forces\s+(?:launched|attacked|struck|fired|targeted)|military\s+(?:launched|attacked|struck))", "RU"),
    (r"\b(?:Ukraine|Kyiv)\s+(?:launched|attacked|fired|struck|targeted|hit|sent)\b", "RU"),
    (r"\b(?:Russia|Moscow|Russian|Kremlin)[- ](?:installed|appointed|occupied)\b|\b(?:installed|appointed)\s+by\s+(?:Moscow|Russia|the\s+Kremlin)\b|\bCrimean?\b|\bSevastopol\b", "RU"),
    (r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:air\s+defen[cs]es?|air\s+force|Air\s+Force|Defen[cs]e\s+Forces|troops|military|forces|aircraft|authorities|officials|army|armed\s+forces|mobile\s+fire)", "UA"),
    (r"\b(?:Ukraine|Kyiv)\s+(?:said|says|reported|reports|claimed)\b|\bUkraine\s+(?:\w+\s+){0,3}?(?:downed|shot\s+down|shoot\s+down|intercepted|destroyed)\b", "UA"),
    (r"\b(?:over|across|into|on|against|at|inside)\s+Ukraine\b|\b(?:launched|fired|sent|used|carried\s+out|attack(?:ed)?|struck|hit|targeted)\s+by\s+(?:Russia|Moscow|the\s+Kremlin|Russian\s+forces)\b|\bRussian\s+(?:forces|troops|army|military|aircraft|bombers|warplanes|jets|warships?)\b", "UA"),
    (r"\b(?:Russian|Russia['’]s)\s+(?:drones?|UAVs?|missiles?|Shaheds?|attack|strikes?|drone\s+attacks?|missile\s+attacks?|drone\s+strikes?|missile\s+strikes?|bombardment|assault|barrage|air\s+attack|aerial\s+attack)", "UA"),
    (r"\b(?:Russia|the\s+Russians|Russians|Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}?(?:launched|attacked|fired|struck|targeted|bombarded|used|sent|directed|unleashed|hit|pounded)\b|\bKremlin['’]s\s+forces\b", "UA"),
    (r"\bUkrainian\s+(?:capital|cities|city|regions?|territory)\b", "UA"),
)  # fmt: skip

# --------------------------------------------------------------------------- claimants
# Canonical claimant names and the phrases that name them. "{region}" claimants are
# built by the extractor from a place name next to "governor" / "military administration".
CLAIMANTS: tuple[tuple[str, str], ...] = (
    (r"(?:Ukraine['’]s|Ukrainian)\s+[Aa]ir\s+[Ff]orce(?:\s+Command)?|[Aa]ir\s+[Ff]orce\s+(?:of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine|officials|Command|spokesm[ae]n|spokesperson|commander)|Ukrainian\s+Air\s+Force\s+Commander|\bthe\s+air\s+force\b|Air\s+Force\b|Oleshchuk|Ihnat|Ignat", "Ukrainian Air Force"),
    (r"(?:Russian|Russia['’]s)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)|[Tt]he\s+(?:[Dd]efen[cs]e\s+)?[Mm]inistry\b|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e", "Russian Defence Ministry"),
    (r"General\s+Staff(?:\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine)?|Ukraine['’]s\s+General\s+Staff|general\s+staff", "General Staff of the Armed Forces of Ukraine"),
    (r"(?:Kyiv|Kiev|[Cc]ity|[Cc]apital)(?:['’]s)?\s+(?:[Cc]ity\s+)?[Mm]ilitary\s+[Aa]dministration|Kyiv\s+military|city['’]s\s+military\s+authorities|Popkov|Tkachenko|[Cc]ity\s+administration|Kyiv\s+City\s+Administration", "Kyiv City Military Administration"),
    (r"Defen[cs]e\s+Forces\s+of\s+(?:the\s+)?South(?:\s+of\s+Ukraine)?|Defen[cs]e\s+Forces\s+of\s+Ukraine['’]s\s+South|[Ss]outhern\s+(?:[Dd]efen[cs]e\s+[Ff]orces|[Mm]ilitary\s+[Cc]ommand|[Oo]perational\s+[Cc]ommand|[Dd]efen[cs]e\s+[Ff]orces)|Pletenchuk|Gumenyuk|Humeniuk", "Defense Forces of the South of Ukraine"),
    (r"[Cc]ommander[- ]in[- ][Cc]hief|Zaluzhn(?:y|yi|iy)|Syrskyi|Syrsky", "Commander-in-Chief of the Armed Forces of Ukraine"),
    (r"(?:President\s+)?(?:Volodymyr\s+)?Zelensk(?:yy|iy|y|yi)", "President of Ukraine"),
    (r"State\s+Emergency\s+Service|emergency\s+services", "State Emergency Service of Ukraine"),
    (r"(?:Kyiv|Kiev)\s+[Mm]ayor|Klitschko", "Kyiv mayor"),
    (r"Moscow\s+[Mm]ayor|Sobyanin", "Moscow mayor"),
    (r"Kharkiv\s+[Mm]ayor|Terekhov", "Kharkiv mayor"),
    (r"Dnipro\s+[Mm]ayor|Filatov", "Dnipro mayor"),
    (r"Lviv\s+[Mm]ayor|Sadovyi", "Lviv mayor"),
    (r"Odesa\s+[Mm]ayor|Trukhanov", "Odesa mayor"),
    (r"Zaporizhzhia\s+[Mm]ayor", "Zaporizhzhia mayor"),
    (r"Sumy\s+[Mm]ayor", "Sumy mayor"),
)  # fmt: skip
# Governors and heads of regional administrations known by name -> their region.
OFFICIALS_BY_NAME: tuple[tuple[str, str], ...] = (
    ("Gladkov", "Belgorod Oblast"), ("Bogomaz", "Bryansk Oblast"), ("Smirnov", "Kursk Oblast"),
    ("Khinshtein", "Kursk Oblast"), ("Starovoit", "Kursk Oblast"), ("Golubev", "Rostov Oblast"),
    ("Slyusar", "Rostov Oblast"), ("Milyaev", "Tula Oblast"), ("Nikitin", "Nizhny Novgorod Oblast"),
    ("Bocharov", "Volgograd Oblast"), ("Gusev", "Voronezh Oblast"), ("Vorobyov", "Moscow Oblast"),
    ("Vorobyev", "Moscow Oblast"), ("Kondratyev", "Krasnodar Krai"), ("Razvozhayev", "Sevastopol"),
    ("Aksyonov", "Crimea"), ("Syniehubov", "Kharkiv Oblast"), ("Lysak", "Dnipropetrovsk Oblast"),
    ("Kiper", "Odesa Oblast"), ("Kravchenko", "Kyiv Oblast"), ("Kalashnyk", "Kyiv Oblast"),
    ("Fedorov", "Zaporizhzhia Oblast"), ("Prokudin", "Kherson Oblast"), ("Vitaliy Kim", "Mykolaiv Oblast"),
    ("Filashkin", "Donetsk Oblast"), ("Artiukh", "Sumy Oblast"), ("Hryhorov", "Sumy Oblast"),
    ("Kozytskyi", "Lviv Oblast"), ("Chaus", "Chernihiv Oblast"), ("Lunin", "Poltava Oblast"),
    ("Taburets", "Cherkasy Oblast"), ("Borzov", "Vinnytsia Oblast"), ("Koval", "Rivne Oblast"),
    ("Nadal", "Ternopil Oblast"), ("Artamonov", "Lipetsk Oblast"), ("Klychkov", "Oryol Oblast"),
    ("Nikitin", "Nizhny Novgorod Oblast"), ("Shapsha", "Kaluga Oblast"), ("Anokhin", "Smolensk Oblast"),
)  # fmt: skip

# --------------------------------------------------------------------------- prefilter
# Word stems that any strike report uses in at least one form, in English, Ukrainian and
# Russian, matched case-insensitively anywhere in a page (``prefilter.is_candidate``). A page
# without any of them is skipped before extraction. Keep them specific enough to skip most
# news, and general enough that no strike report is lost (recall on the dev corpus is tested).
PREFILTER_KEYWORDS: tuple[str, ...] = (
    # English
    "drone", "missile", "air defen", "air-defen", "shahed", "geran", "uav", "intercept",
    "shot down", "shoot down", "downed", "kamikaze", "ballistic", "airstrike", "air strike",
    "air raid", "iskander", "kinzhal", "kalibr", "guided bomb", "glide bomb",
    # Ukrainian
    "дрон", "ракет", "безпілотн", "бпла", "шахед", "протиповітрян", "ппо ", "збито", "збили",
    "повітряна тривога", "балістичн", "крилат",
    # Russian
    "беспилотн", "шахед", "пво ", "сбит", "сбил", "перехвач", "противовоздушн", "герань",
    "баллистическ", "крылат", "авиаудар",
)  # fmt: skip
