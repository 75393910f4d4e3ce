"""English sides: who attacks whom, from demonyms in a noun phrase and actors in the
sentence; launch sites and capitals that stand for governments. Used by
``extraction.sides``."""

from __future__ import annotations

from typing import Final

# Phrases that say who attacks whom. Value: the side under attack (target).
# Strength 3: a demonym inside the figure's own noun phrase ("57 Ukrainian drones").
NP_SIDE: Final = (
    (r"\b(?:Ukrainian|Ukraine['’]s|Ukraine-launched|Ukrainian-launched)\b", "RU"),
    (
        r"\b(?:Russian|Russia['’]s|Russian-launched|Russia-launched|Iranian-made|Iranian-designed|North Korean)\b",
        "UA",
    ),
)
# Strength 2: actors and directions in the sentence.
ACTOR_SIDE: Final = (
    (r"\b(?:Russian|Russia['’]s)\s+(?:air\s+defen[cs]es?|air\s+defen[cs]e\s+(?:systems?|forces|units|crews)|defen[cs]e\s+forces|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|military\s+said|territory|regions?|cities|city\s+of|capital|soil|airspace|oil|refinery|border\s+regions?)", "RU"),
    (r"\b(?:Russia|Moscow)\s+(?:said|says|reported|reports|claimed|claims|announced)\b|\bRussia\s+(?:\w+\s+){0,2}?(?:downed|shot\s+down|intercepted|destroyed)\b", "RU"),
    (r"\b(?:over|across|into|on|in|against|inside|deep\s+into)\s+(?:the\s+)?Russia(?:n\s+territory)?\b(?!['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|barrage|bombardment|shelling|missiles?|drones?)\b)|\b(?:launched|fired|sent|used|carried\s+out|attack(?:ed)?|struck|hit|targeted)\s+by\s+(?:Ukraine|Kyiv|Ukrainian\s+forces)\b", "RU"),
    (r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:drones?|UAVs?|unmanned|missiles?|attack|strikes?|drone\s+attacks?|drone\s+strikes?|(?:armed\s+)?forces\s+(?:\w+\s+)?(?:launched|attacked|struck|fired|targeted|hit|shelled)|military\s+(?:launched|attacked|struck))", "RU"),
    (r"\b(?:Ukraine|Kyiv)\s+(?:launched|attacked|fired|struck|targeted|hit|sent)\b", "RU"),
    (r"\b(?:Russia|Moscow|Russian|Kremlin)[- ](?:installed|appointed|occupied)\b|\b(?:installed|appointed)\s+by\s+(?:Moscow|Russia|the\s+Kremlin)\b|\bCrimean?\b|\bSevastopol\b", "RU"),
    (r"\b(?:Ukrainian|Ukraine['’]s)\s+(?:air\s+defen[cs]es?|air\s+force|Air\s+Force|Defen[cs]e\s+Forces|troops|military|forces|aircraft|authorities|officials|army|armed\s+forces|mobile\s+fire)", "UA"),
    (r"\b(?:Ukraine|Kyiv)\s+(?:said|says|reported|reports|claimed)\b|\bUkraine\s+(?:\w+\s+){0,3}?(?:downed|shot\s+down|shoot\s+down|intercepted|destroyed)\b", "UA"),
    (r"\b(?:over|across|into|on|against|at|inside)\s+Ukraine\b|\b(?:launched|fired|sent|used|carried\s+out|attack(?:ed)?|struck|hit|targeted)\s+by\s+(?:Russia|Moscow|the\s+Kremlin|Russian\s+forces)\b|\bRussian\s+(?:forces|troops|army|military|aircraft|bombers|warplanes|jets|warships?)\b", "UA"),
    (r"\b(?:Russian|Russia['’]s)\s+(?:drones?|UAVs?|missiles?|Shaheds?|attack|strikes?|drone\s+attacks?|missile\s+attacks?|drone\s+strikes?|missile\s+strikes?|bombardment|assault|barrage|air\s+attack|aerial\s+attack)", "UA"),
    (r"\b(?:Russia|the\s+Russians|Russians|Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}?(?:launched|attacked|fired|struck|targeted|bombarded|used|sent|directed|unleashed|hit|pounded)\b|\bKremlin['’]s\s+forces\b", "UA"),
    (r"\bUkrainian\s+(?:capital|cities|city|regions?|territory)\b", "UA"),
)  # fmt: skip

# Sentences holding an attack at all (with a place, or STRIKE_WORDS of context.py)
ATTACK_CONTEXT: Final = (
    r"\b(?:attack\w*|strikes?|struck|hit|assault|bombard\w*|barrage|explosions?|blasts?|debris"
    r"|shrapnel|damag\w*|destroy\w*|intercept\w*|shot\s+down|downed|air\s+defen[cs]es?|air\s+raid"
    r"|fires?|caught\s+fire|kill\w*|injur\w*|wound\w*|dead|died|targeted|repel\w*|bombs?|drones?"
    r"|missiles?|UAVs?|Shaheds?)\b"
)
# "launched from Crimea", "from the Bryansk direction": the places after it are launch
# sites, not targets, up to LAUNCH_SITE_END
LAUNCH_SITE: Final = (
    r"\b(?:(?:launched|fired|took\s+off|taken\s+off|flew\s+in|came|coming|flying)\s+(?:[\w-]+\s+){0,8}?from"
    r"|from\s+the\s+(?:\w+\s+){1,2}?direction"
    r"|launch\s+(?:areas?|sites?|positions?)\s*:?|from\s+the\s+(?:direction|territory)\s+of"
    r"|from\s+(?:the\s+)?(?:Russian|occupied|temporarily\s+occupied)\s+(?:\w+\s+){0,3})"
)
LAUNCH_SITE_END: Final = r"[.;),]|\s+(?:and\s+)?(?:at|on|toward|towards|against|was|were)\s"
# "Moscow said", "Kyiv's forces": a capital standing for its government is no target
# (case-sensitive, right after the place name)
METONYMY: Final = (
    r"(?:['’]s\b|\s+(?:said|says|has|have|had|is|was|will|would|carried|launched|accused|accuses"
    r"|denies|denied|claimed|claims|wants|insists|insisted|pulled|annexed|seized|sent|struck|hit"
    r"|attacked|fired|responded|reacted|commented|condemned|declined|blamed|vowed|braces|bracing"
    r"|hopes|pinned|plans|planned|expects|urged|urges|asked|needs|signed|agreed|received|receives"
    r"|did\s+not\s+(?:immediately\s+)?(?:comment|respond|react))\b|,\s+for\s+its\s+part\b)"
)
# ... and before it: "no comment from Moscow", "accused Kyiv of" (ends where the name starts)
METONYMY_BEFORE: Final = (
    r"\b(?:(?:comment|response|reaction|statement|confirmation|word)\s+from"
    r"|(?:accused|accuses|accusing|blamed|blames|blaming|urged|warned)|talks\s+(?:with|between))"
    r"\s+(?:the\s+)?$"
)
