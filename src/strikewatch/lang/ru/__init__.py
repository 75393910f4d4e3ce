"""The Russian language pack: every Russian word the extractor knows, by stage (see
:mod:`strikewatch.lang`)."""
