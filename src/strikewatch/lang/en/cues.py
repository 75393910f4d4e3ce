"""English metric cues: the verbs and nouns that say what happened to the counted things,
and the clause words that bound them. Used by ``extraction.cues`` and
``extraction.figures``."""

from __future__ import annotations

from typing import Final

# Verbs and nouns that say what happened to the counted things. "pre" cues come before
# the number and take it as object ("shot down 14 drones"); "post" cues follow the noun
# phrase ("14 drones were shot down", "two more disappeared"). Every cue is a regex.
PRE_CUES: Final = (
    (r"repell?(?:ed|ing)?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:attack|assault|raid)s?\s+(?:by|of|involving)", "intercepted"),
    (r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|down(?:s)?\b|brought\s+down|took\s+down", "intercepted"),
    (r"destroy(?:ed|ing|s)?|destruction\s+of|intercept(?:ed|ing|s)?|interception\s+of", "intercepted"),
    (r"number\s+of\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|UAVs|targets)\s+(?:destroyed|shot\s+down|downed|intercepted)\b[^.;]{0,80}?\b(?:at|to)", "intercepted"),
    (r"neutrali[sz](?:ed|ing|es)?|eliminat(?:ed|ing|es)|repell?(?:ed|ing)", "intercepted"),
    (r"jamm(?:ed|ing)|suppress(?:ed|ing)?|diverted|redirected", "suppressed"),
    (r"(?:struck|hit)\s+(?:[\w’'-]+\s+){0,3}?(?:\d+|[a-z]+)\s+(?:[\w’'-]+\s+)?(?:locations|sites|targets|objects|facilities|buildings|places)\s+with|(?:direct\s+)?hits\s+(?:by|from|of)|impacts?\s+(?:of|by)", "hit"),
    (r"(?:interceptions|downings)\s+(?:numbered|totall?ed|stood\s+at|reached)", "intercepted"),
    (r"struck\s+with|attacked\s+by|targeted\s+by|made\s+up\s+of|consist(?:ed|ing)\s+of|compris(?:ed|ing)(?:\s+of)?|include[sd]", "launched"),
    (r"launch(?:ed|es|ing)?|fir(?:ed|ing|es)|unleash(?:ed|ing)|direct(?:ed|ing)|sen[dt](?:ing)?", "launched"),
    (r"us(?:ed|ing)|deploy(?:ed|ing)|releas(?:ed|ing)|dropp(?:ed|ing)|tracked|detected", "launched"),
    (r"(?:attack(?:ed|ing|s)?|bombard(?:ed|ing|s)?|target(?:ed|ing|s)?|struck|hit|strik(?:e|es|ing)|pound(?:ed|ing)|shell(?:ed|ing))\s+(?:[\w’'-]+\s+){0,6}?(?:with|using)", "launched"),
    (r"(?:attack|assault|raid|strike)s?\s+(?:by|of|involving|with|using)", "launched"),
    (r"kill(?:ed|ing|s)?|deaths?\s+of|claim(?:ed|ing)?\s+the\s+lives\s+of|death\s+toll\s+(?:rose|climbed|increased|jumped|reached|stands|stood)\s+(?:to|at)", "killed"),
    (r"(?:toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|fatalities|victims|killed))\b[^.;]{0,120}?\b(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped|reached|stands|stood|grew|grown)\s+(?:to|at)", "killed"),
    (r"(?:bringing|raising|taking|pushing)\s+the\s+(?:death\s+toll|toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|fatalities|victims|killed))\b[^.;]{0,60}?\bto", "killed"),
    (r"injur(?:ed|ing|es)|wound(?:ed|ing|s)?|hurt(?:ing)?|number\s+of\s+(?:people\s+)?(?:injured|wounded)\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|reached|grew|grown)(?:\s+to)?", "injured"),
    (r"hospitali[sz](?:ed|ing)", "hospitalized"),
    (r"rescu(?:ed|ing)|pull(?:ed|ing)\s+out", "rescued"),
)  # fmt: skip

# Noun cues: weaker than any verb ("a wave of 84 drones destroyed over Russia").
PRE_NOUN_CUES: Final = ((r"launches\s+of|(?:wave|barrage|swarm|salvo|volley)\s+of", "launched"),)

# Passive or intransitive forms after the noun phrase. Strong cues have an auxiliary or
# are intransitive; they beat a pre cue. Weak cues are bare participles ("drones
# launched by Russia") and only apply when nothing else does.
_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|will|would|to)\s+[\"“”']?)"
_ADV = r"(?:(?:lightly|slightly|seriously|severely|critically|badly|fatally|gravely|also|all|reportedly|successfully|then|later|subsequently|eventually|confirmed|said|reported|believed|presumed|likely|already|each|both|allegedly|probably|to|have|been|be|further|as|well)\s+)"
_EW = r"\s+(?:by|with|using|through)\s+(?:means\s+of\s+|the\s+)?(?:electronic\s+(?:warfare|countermeasures|jamming)|EW|jamming|electronic\s+means)"
POST_CUES_STRONG: Final = (
    (_AUX + _ADV + r"{0,4}(?:neutrali[sz]ed|disabled|stopped|downed|brought\s+down|suppressed|jammed)" + _EW, "suppressed"),
    (r"(?:jammed|suppressed|neutrali[sz]ed|disabled|downed)" + _EW, "suppressed"),  # in an apposition
    (_AUX + _ADV + r"{0,4}(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|repelled|hit\s+and\s+destroyed|brought\s+down|taken\s+down|taken\s+out)", "intercepted"),
    (_AUX + _ADV + r"{0,4}(?:jammed|suppressed|lost|diverted|redirected)", "suppressed"),
    (r"(?:(?:have|has|had)\s+)?(?:disappeared|vanished|went\s+missing)|(?:did\s+not|didn[’']t|failed\s+to|fail\s+to|could\s+not|never)\s+reach(?:ed)?|(?:were|was)\s+(?:\w+\s+){0,2}?lost", "suppressed"),
    (r"(?:locationally|location(?:ally)?)\s+lost|lost\s+(?:from|on|off)\s+(?:the\s+)?radar|lost\s+in\s+flight|lost\s+location", "suppressed"),
    (r"hit\s+(?:the\s+|their\s+|its\s+)?(?:intended\s+)?targets?|reach(?:ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:intended\s+)?(?:targets?|target\s+area|city|capital|town)|got\s+through|struck\s+(?:the\s+|their\s+)?targets?|penetrated", "hit"),
    (_AUX + _ADV + r"{0,4}(?:launched|fired|released|dropped|recorded\s+launch|heading\s+(?:for|to|toward|towards)|flying\s+(?:toward|towards))", "launched"),
    (r"(?:attacked|targeted)\b(?!\s+by)|(?:had\s+|have\s+)?(?:took|taken)\s+part\b|(?:were|was)\s+involved\b", "launched"),
    (r"(?:struck|hit)(?=\s+(?!with\b))", "hit"),
    (_AUX + _ADV + r"{0,4}(?:killed|dead|died)|died|dead|(?:lost|lose)\s+their\s+lives|perished|among\s+the\s+dead", "killed"),
    (_AUX + _ADV + r"{0,4}(?:injured|wounded|hurt)|(?:sustained|suffered|received)\s+(?:\w+\s+){0,3}?(?:injur|wound)\w*|injured|wounded|hurt", "injured"),
    (r"(?:were|was|are|is)\s+(?:being\s+|still\s+)?treated\s+for\s+(?:\w+\s+)?(?:injuries|wounds)", "injured"),
    (_AUX + _ADV + r"{0,4}(?:treated|given\s+(?:first\s+|medical\s+|psychological\s+)?(?:aid|help|assistance))(?!\s+for\s+(?:\w+\s+)?(?:injuries|wounds))|received\s+(?:first\s+|medical\s+|psychological\s+)?(?:aid|help|assistance|treatment)", "treated"),
    (_AUX + _ADV + r"{0,4}(?:hospitali[sz]ed|taken\s+to\s+(?:the\s+)?hospital)|(?:are|were|remain(?:ed|s)?|stay(?:ed)?)\s+in\s+(?:the\s+)?hospital|hospitali[sz]ed", "hospitalized"),
    (_AUX + _ADV + r"{0,4}(?:rescued|pulled\s+(?:out|from))", "rescued"),
    (_AUX + _ADV + r"{0,4}missing|remain\s+missing|unaccounted\s+for", "missing"),
)  # fmt: skip
POST_CUES_WEAK: Final = (
    (r"shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|brought\s+down", "intercepted"),
    (r"jammed|suppressed", "suppressed"),
    (r"launched|fired", "launched"),
)

# --------------------------------------------------------------------------- around cues
# A preposition right before a number: "at a civilian enterprise" names no count
PREP_BEFORE: Final = r"\b(?:at|in|on|near|from|of|for|with|by|to|into|outside|inside)\s+$"
# "a man was among those hurt": a part of a toll
AMONG: Final = r"(?:\s+of\s+\d+|\s*,[^,]{0,30},)?\s*(?:was|were|is|are)\s+among\s+(?:the|those)\b"
# a negation right before a cue: "was not injured"
NEGATED: Final = r"\b(?:not|never|no)\s+$|n['’]t\s+$"
# "suppressed and shot down": one count of what was stopped
AND_DOWNED: Final = r"\s+and\s+(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)"
# a number right after a cue: the cue is an active verb with its own object
NUM_AHEAD: Final = (
    r"\s+(?:(?:at\s+least|more\s+than|about|around|some|up\s+to|nearly|almost)\s+)?"
    r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)"
)
# "debris fell at three more": places, not weapons
PLACE_PREP: Final = r"\b(?:at|in|on|near|across)\s+$"
# casualties count as a strike's only in sentences with an air weapon (or none of NON_AIR)
AIR_WEAPON: Final = (
    r"\b(?:drones?|UAVs?|missiles?|air\s*strikes?|airstrikes?|bombs?|Shaheds?|rockets?)\b"
)
# "launched 18 drones and struck": a second verb with its own object
AND_VERB: Final = r"\band\s+(?:then\s+|also\s+)?(?:struck|hit|attacked|targeted|launched|fired)\b"
RELATIVE: Final = r"\b(?:that|which|who)\b"
# "downing 47 drones, out of 72 launched": the total of what was counted
TOTAL_LEAD: Final = r"(?:out\s+of(?:\s+a\s+total\s+of)?|of\s+(?:a\s+total\s+of\s+)?|from)\s+$"
# "Of the 89 drones Russia sent overnight, 61 were neutralised": the total
OF_THE_LEAD: Final = r"(?:^[\s\"“‘']*|[,;:—–-]\s+)(?:out\s+)?of\s+(?:the\s+)?$"
# "Of the missiles, 11 were Iskander-M ballistic missiles": a share of the launch
COPULA_WEAPON: Final = r"\s+(?:were|was|are)\s+(?=[\w\-‘’'\"]+\s+|[\w\-]+$)"
# what may follow a bare number that a verb before it counts ("shoot down 97, while")
ANAPHOR_TAIL: Final = (
    r"\s*(?:[,;.)]|and\b|while\b|$|(?:on|in|at|by|after|as|from|since|overnight|today|yesterday"
    r"|last|early|late|this|over|during|across|near|around|when|following)\b)"
)
# members of a list share the verb after the last one
LIST_GAP: Final = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
# "17 were downed over Belgorod, 12 over Kursk": what may come before a gapped count
GAP_LEAD: Final = r"(?:,|\band|\bincluding|\bamong\s+them|\bwhile|\bwith|\bas\s+well\s+as|\bplus)\s+(?:another\s+|a\s+further\s+|further\s+)?$"
# ... and after it: a place preposition (case-sensitive: a capital letter follows)
GAPPING: Final = r"\s+(?:each\s+)?(?:(?:were|was)\s+)?(?:over|above|in|near|across|around|on|off|outside)\s+(?:the\s+)?[A-Za-z]"
# "Single drones were downed over the Oryol and Tula regions": one for each place named after
# it (matched where the number starts)
DISTRIBUTIVE: Final = r"single\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|Shaheds|targets)\b"
# "two drones each were downed over A and B"
EACH: Final = r"(?:\s+[\w-]+){0,3}?\s+each\b"
# ... or before it, ending where the number starts (English says "each" after it)
EACH_BEFORE: Final = r"(?!)"
# Where a clause ends for the cues after a noun phrase: a semicolon, ", but", ", with", and
# the word WHILE between spaces
CLAUSE_STOP: Final = r";|\s+while\s+|,\s+but\s+|,\s+with\s+|\)\s*;"
COMMA_STOP: Final = r",\s+(?:but|with)\s+"
WHILE: Final = "while"
AND: Final = r"\band\b"
# a pre cue ending in a preposition takes its object after it
ENDS_IN_PREP: Final = r"\b(?:by|of|with|to|at|from)$"
# "was killed and three ...": a passive verb takes no object
PASSIVE_BEFORE: Final = r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$"
THE_BEFORE: Final = r"\bthe\s+$"  # "the injured": a noun, not a verb
OR_JOIN: Final = r"\s+(?:or|and)\s+"  # "shot down or suppressed 66 drones"
# "the 11 drones Russia launched overnight": describes, does not count
REDUCED_RELATIVE: Final = (
    r"\b(?:drones|missiles|UAVs|Shaheds|targets|bombs|rockets)\s+(?:(?:that\s+|which\s+)?(?:Russia|Ukraine"
    r"|Moscow|Kyiv|it|they|the\s+enemy|the\s+Russians|Russian\s+forces)\s+(?:had\s+|has\s+)?)?$"
)
SUBORDINATE: Final = r"\b(?:when|after|as|while|because|before|since|if|where|until)\b"
# A vague quantity between two cues starts a count of its own: "11 people were killed and
# dozens more wounded" gives no injured figure for the 11
VAGUE_SUBJECT: Final = r"\b(?:dozens|scores|hundreds|thousands|several|many|more|others|numerous)\b"
# "all of them were shot down": every weapon launched was intercepted
ALL_DOWNED: Final = (
    r"\b[Aa]ll\s+(?:of\s+them|of\s+these|(?:the\s+|of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:drones|missiles|targets|UAVs|Shaheds))\s+(?:were|have\s+been|had\s+been|was)\s+"
    r"(?:\w+\s+){0,2}?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)"
)
