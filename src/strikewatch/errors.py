"""Every error StrikeWatch raises on purpose derives from :class:`StrikeWatchError`.

The command line turns these into one line on standard error (``strikewatch: <message>``),
never a traceback. Each error carries the input it concerns (``where``) and, where there is
one, what the user can do about it (``hint``).
"""

from __future__ import annotations


class StrikeWatchError(Exception):
    """Base class of every StrikeWatch error."""

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(StrikeWatchError):
    """An input file or record could not be read as an article."""


class EvaluationError(StrikeWatchError):
    """Gold or article files for ``evaluate`` are missing or malformed."""


class BaselineError(StrikeWatchError):
    """The evaluation baseline file is missing or malformed."""


class StoreError(StrikeWatchError):
    """The event store cannot be opened, migrated or queried as asked."""


class LanguagePackError(StrikeWatchError):
    """A language pack is missing or lacks a part (``strikewatch.lang``)."""


class FetchError(StrikeWatchError):
    """A source could not be fetched: refused by robots.txt, an HTTP error, a timeout, a
    response too large, too many redirects (``strikewatch.sources.fetch``)."""

    retry_after: float | None = None
    """Seconds the server asked to wait (``Retry-After``), when it did."""

    def later(self, seconds: float | None) -> FetchError:
        """This error, with the pause the server asked for."""
        self.retry_after = seconds
        return self


class ConfigError(StrikeWatchError):
    """A sources file (``sources.toml``) or a source named on the command line is malformed."""
