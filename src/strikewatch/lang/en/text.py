"""English page text: boilerplate lines of pasted web pages and the abbreviations after
which a full stop ends no sentence. Used by ``extraction.segment``."""

from __future__ import annotations

from typing import Final

# Boilerplate a pasted web page carries. A line is ignored when it starts with one of
# BOILERPLATE_START (regex), contains one of BOILERPLATE_PHRASES (lower-case text), or
# ends with a photo credit (BOILERPLATE_END, regex).
BOILERPLATE_START: Final = (
    r"(?:FILE|PHOTO|IMAGE|VIDEO)\s*(?:PHOTO)?\s*[-–—:]",
    r"(?:Photo|Image|Picture|Video|Illustrative photo|Credit)s?\s*:",
    r"(?i:leave a (?:reply|comment)|be first to comment|send this to a friend|share (?:this|on))",
    r"(?i:comments?\s*\(?\d*\)?\s*$)",
    r"(?i:follow (?:ap|us|our)|read more|related(?: articles| stories)?\s*:|advertisement|subscribe|newsletter)",
    r"(?i:original source|information in this report is from|editor\s*:|source\s*:\s*xinhua)",
    r"(?i:(?:updated|created|published|last updated)\s*:?\s*[\d\w ,:|-]*$)",
    r"_{3,}\s*$|[-=*]{3,}\s*$",
)
BOILERPLATE_PHRASES: Final = (
    "stay up to date with notifications", "notifications can be managed", "your support helps",
    "your support makes", "your donation", "make a donation", "give a donation", "donate now",
    "support our journalism", "support independent journalism", "paywall", "we need reporters",
    "is trusted by americans", "choose not to lock", "quality journalism should",
    "thank you for registering", "please refresh the page", "please refresh your browser",
    "logged in", "log in to", "sign up", "sign in", "newsletter", "subscribe to", "click here",
    "all rights reserved", "©", "accept cookies", "cookie policy",
)  # fmt: skip
BOILERPLATE_END: Final = (
    r"\((?:[^()]*/)?\s*(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|The Associated Press|Associated Press"
    r"|Anadolu|Reuters Photo|AA Photo|TASS|RIA Novosti|Ukrinform|Sputnik)\s*(?:Photo|Images)?\)\s*$",
    r"\([^()]*(?:Telegram channel|official Telegram|press service|Photo)[^()]*/[^()]*\)\s*$",
)

# Abbreviations after which a full stop does not end a sentence (case-sensitive; tested on
# the few characters before the stop).
ABBREVIATIONS: Final = (
    r"(?:\b(?:Gov|Govs|Mr|Mrs|Ms|Dr|Maj|Gen|Lt|Col|Capt|Sgt|Rep|Sen|St|Jr|Sr|No|vs|approx|est"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Prof|Adm|Cmdr|Brig|a\.m|p\.m|U\.S"
    r"|U\.K|U\.N|Inc|Co|Corp|Ltd)|\b[A-Z])\.$"
)
# What may open the next sentence after a full stop (a capital letter or a digit, maybe
# after a quote or bracket)
SENTENCE_START: Final = r"[\"“‘(\[]?[A-Z0-9]"
