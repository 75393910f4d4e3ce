"""English claimants: who states a figure, by canonical English name; governors known by
name; pronouns and reporting verbs that carry a claimant on. Used by
``extraction.claimants``."""

from __future__ import annotations

from typing import Final

# Canonical claimant names and the phrases that name them. "{region}" claimants are
# built by the extractor from a place name next to "governor" / "military administration".
CLAIMANTS: Final = (
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
OFFICIALS_BY_NAME: Final = (
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

# "the defence ministry" is Russia's unless Ukraine's is named: the claimant named so, the
# phrase that makes it Ukraine's (matched in the claimant phrase, and in it with the words
# before it), and the name then
DEFAULT_MINISTRY: Final = "Russian Defence Ministry"
UKRAINIAN_MINISTRY_START: Final = r"(?i)ukrain"
UKRAINIAN_MINISTRY: Final = r"Ukrain\w*\s+(?:[Dd]efen[cs]e\s+)?[Mm]inistry"
UKRAINIAN_MINISTRY_NAME: Final = "Ukrainian Defence Ministry"
# claimants on the Russian side (the others are Ukrainian)
RUSSIAN_CLAIMANTS: Final = ("Russian Defence Ministry", "Moscow mayor")
# A regional governor or administration named by office; the region comes from the place
# named nearby ("{region} governor", or "{region} Military Administration" when the phrase
# holds MILITARY_ADMINISTRATION)
GOVERNOR: Final = (
    r"\b(?:[Gg]overnor|[Gg]ov\.|[Hh]ead\s+of\s+(?:the\s+)?[A-Z][\w\s]{0,40}?(?:Regional|Oblast)\s+"
    r"(?:State|Military)\s+Administration|(?:Regional|Oblast)\s+(?:State\s+|Military\s+)+Administration)"
)
MILITARY_ADMINISTRATION: Final = "military administration"
GOVERNOR_NAME: Final = "{region} governor"
ADMINISTRATION_NAME: Final = "{region} Military Administration"
# "he said", "the ministry added", "according to him": the claimant of the sentences before
PRONOUN_REPORT: Final = (
    r"\b(?:he|she|it|they|the\s+(?:statement|ministry|governor|mayor|official|administration|"
    r"agency|air\s+force|military|report))\s+(?:said|says|added|wrote|reported|noted|stated|"
    r"claimed)\b|\baccording\s+to\s+(?:him|her|them)\b"
)
# A "Source: ..." line names the claimant of the whole text (case-sensitive)
SOURCE_LINE: Final = r"(?m)^[ \t]*Source\s*:"
SOURCE_WORD: Final = "Source"
