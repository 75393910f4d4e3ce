"""Language packs: every word the extractor knows, one folder per language.

A pack is a folder ``lang/<code>/`` (ISO 639-1) of plain data modules, one per stage of the
engine (``strikewatch.extraction``), which knows no words of its own:

========== ===================================================================
module     what it holds
========== ===================================================================
text       boilerplate lines, abbreviations, what may start a sentence
numbers    number words (and ``word_value``), qualifiers, traps around numbers
nouns      weapon heads and modifiers, people, casualty nouns, trap nouns, anaphors
cues       metric cues before and after a number; clause words around them
sides      demonyms and actor phrases (who attacks whom), launch sites, metonymy
claimants  claimant phrases with canonical English names, officials by name
context    background and cumulative phrases, ground fighting, strike words
dates      month and weekday names, date phrases by kind, datelines
places     place designators ("region", "district"), adjectives of places
damage     object phrases with the kind of what was hit, damage words, their traps
========== ===================================================================

:func:`load_pack` merges a pack's modules into one namespace, which the engine compiles
once per language (``extraction.lexicon``). How to add a language: ``docs/languages.md``.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from strikewatch.errors import LanguagePackError

PARTS = (
    "text", "numbers", "nouns", "cues", "sides", "claimants", "context", "dates", "places",
    "damage",
)  # fmt: skip
# The languages with a pack; articles in any other language yield no reports (and the CLI
# says how many were skipped).
PACKS = ("en", "uk", "ru")
DEFAULT = "en"  # for texts whose language cannot be told (too few letters)


def has_pack(code: str | None) -> bool:
    return code in PACKS


def skipped_note(by_lang: dict[str | None, int]) -> str | None:
    """The one line that says how many articles were skipped for want of a language pack
    (``by_lang``: articles read, by language), or None when none was."""
    skipped = {lang: n for lang, n in by_lang.items() if not has_pack(lang)}
    if not skipped:
        return None
    total = sum(skipped.values())
    parts = ", ".join(
        f"{lang or 'unknown'}: {n}" for lang, n in sorted(skipped.items(), key=lambda x: -x[1])
    )
    return (
        f"{total} article{'s' if total != 1 else ''} skipped for want of a language pack "
        f"({parts}); packs: {', '.join(PACKS)}"
    )


@cache
def load_pack(code: str) -> ModuleType:
    """The pack of language ``code``: the public names of its modules in one namespace."""
    if code not in PACKS:
        raise LanguagePackError(f"no language pack for {code!r}", hint=f"packs: {', '.join(PACKS)}")
    pack = ModuleType(f"strikewatch.lang.{code}", f"The {code} language pack")
    for part in PARTS:
        try:
            module = importlib.import_module(f"strikewatch.lang.{code}.{part}")
        except ModuleNotFoundError as err:
            raise LanguagePackError(
                f"language pack {code!r} has no {part}.py", hint="see docs/languages.md"
            ) from err
        for name, value in vars(module).items():
            if name.isupper() or name == "word_value":
                if hasattr(pack, name):
                    raise LanguagePackError(f"language pack {code!r}: {name} is defined twice")
                setattr(pack, name, value)
    return pack
