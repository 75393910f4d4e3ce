"""The English language pack: every English word the extractor knows, by stage (see
:mod:`strikewatch.lang`)."""
