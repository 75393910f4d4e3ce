"""English noun phrases: what a number counts (weapons, people, casualty nouns), the nouns
that make a number no figure, anaphors ("33 of them", "two more"). Used by
``extraction.nouns``."""

from __future__ import annotations

from typing import Final

# Phrases that name a weapon, with the class they imply. Checked longest-first at the
# head of a noun phrase after a number ("29 Shahed drones", "two Kalibr cruise missiles").
# ``head`` entries can end a noun phrase; ``modifier`` entries only refine the class.
WEAPON_HEADS: Final = (
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
WEAPON_MODIFIERS: Final = (
    (r"Shahed(?:-\d+(?:/\d+)?)?(?:-type)?|Geran(?:-\d+)?|decoy|kamikaze|attack|strike", "drone"),
    (r"reconnaissance", "drone"),
    (r"Kalibr|Kh-(?:101|555|55|22|32|59|69)|Onyx|Oniks|Iskander-K|cruise|supersonic", "cruise_missile"),
    (r"Iskander-M(?:/KN-23)?|Iskander|KN-23|Kinzhal|ballistic|aeroballistic|S-300|S-400", "ballistic_missile"),
    (r"guided aerial|guided|glide", "guided_bomb"),
)  # fmt: skip
# Between two weapon words: "cruise and ballistic missiles"
WEAPON_CONJUNCTION: Final = r"\s+(?:and|or)\s+(?=[A-Za-z])"
# After a weapon noun phrase, a second weapon of the other family counted together:
# "62 drones and missiles" (group ``w``: the second head; ``drone_words``: its drone forms)
AND_MORE: Final = (
    r"\s*(?:,\s*|\s+)(?:and|or|&)\s+(?!(?:a|an|one|the|several|some|many|few|a\s+few|dozens|scores|numerous|multiple|other|more)\b)"
    r"(?:[A-Za-z\-]+\s+){0,2}?(?P<w>drones?|UAVs?|missiles?|rockets?|bombs?)\b"
)
AND_MORE_DRONE_WORDS: Final = ("drone", "uav")

PERSON_HEADS: Final = (
    r"people|persons?|civilians?(?!\s+(?:enterprises?|infrastructure|objects?|facilit\w+|targets?|buildings?|areas?|sites?|vehicles?|cars?|ships?|vessels?|ports?|airports?|plants?|factor\w+))"
    r"|residents?|individuals?|citizens?|children|child|kids?"
    r"|adults?|men|man|women|woman|boys?|girls?|teenagers?|infants?|babies|baby"
    r"|employees?|workers?|staff|passengers?|pensioners?|rescuers?|firefighters?|drivers?|guards?"
    r"|miners?|farmers?|fishermen|teachers?|students?|nurses?|patients?|guests?|shoppers?"
    r"|medics?|doctors?|police officers?|policemen|journalists?|soldiers?|servicemen"
    r"|volunteers?|victims?|family members|others|more"
)
# person heads that say "more of the same" ("two more", "three others")
MORE_WORDS: Final = ("more", "others", "other")
CHILD_HEADS: Final = r"children|child|kids?|boys?|girls?|teenagers?|infants?|babies|baby"
# "11 people, three of them children": a part of the toll
CHILD_SUBSET: Final = r"\s*(?:,\s*)?(?:were\s+|are\s+)?(?:children|kids|minors)\b"

# Nouns after a number that make it anything but a strike figure: storeys, ages, times,
# distances, shares, counts of places or things. (Years and clock times are caught by
# the number scanner itself.)
TRAP_HEADS: Final = (
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

# Nouns that are themselves a casualty count ("ten injuries", "four dead").
CASUALTY_NOUNS: Final = (
    (r"injuries|injured|wounded|casualties\s+injured", "injured"),
    (r"dead|deaths|fatalities|killed|bodies\b(?!\s+of)", "killed"),
)

# "33 of them", "the others": the count refers back to an earlier noun phrase
ANAPHOR: Final = r"of\s+(?:them|which|those|these)\b|others?\b(?!\s+(?:drones?|missiles?|UAVs?))"
# An anaphor that names a part of its antecedent ("33 of them"), not more of it ("two more")
PART_OF: Final = "of"
# "14 of 16 drones", "57 out of 97": the total shares the counted noun phrase
PARTITIVE_NUM: Final = r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?"
# "19 of the injured": a part of a toll given elsewhere
PARTITIVE_THE: Final = r"(?:of|for)\s+(?:the|these|those)\s+"
# Words at which a noun phrase ends
STOP_WORDS: Final = (
    r"(?:of|in|on|at|over|from|to|into|toward|towards|across|near|by|with|for|during|after|before"
    r"|since|as|than|and|or|but|while|were|was|is|are|have|has|had|been|be|will|would|could|that"
    r"|which|who|the|a|an|this|these|those|its|their|his|her|hit|struck|attacked|targeted|flew"
    r"|disappeared|died|fell|crashed|reached|exploded|launched|fired|shot|downed|destroyed"
    r"|intercepted|killed|remain|remained|went|got|did|failed|fail|also|each|apiece|overnight"
    r"|yesterday|today|nationwide|more\s+than|in\s+total|altogether)\b"
)
# One word of a noun phrase: a word, a number with letters ("5-storey"), a number or a sign
TOKEN: Final = r"[\"“”‘’'(\[]*([A-Za-z][\w’'\-/.]*[\w]|[A-Za-z]|\d+(?:-?[A-Za-z]+[\w-]*)+|\d[\d,]*|[^\s\w])[\"“”’')\]]*"
