"""The Ukrainian language pack: every Ukrainian word the extractor knows, by stage (see
:mod:`strikewatch.lang`)."""
