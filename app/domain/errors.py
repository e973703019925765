"""Typed errors: services raise them, only the UI's error presenter turns them into windows."""

from __future__ import annotations


class ConvivioError(Exception):
    """Base of every error Convivio raises on purpose."""


class DomainError(ConvivioError):
    """A rule of the domain was broken; the message is shown to the user as is."""


class ValidationError(DomainError):
    """One field of a draft is invalid.

    Attributes:
        field: the name of the draft field at fault, so a dialog can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFound(DomainError):
    """A record the user referred to does not exist (any more)."""


class EnvironmentProblem(ConvivioError):
    """The world got in the way: disk, database file, server. Not the user's input."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class StorageUnavailable(EnvironmentProblem):
    """The database can't be opened or written (locked, read-only, damaged, unreachable)."""


class ConflictError(EnvironmentProblem):
    """Someone else changed the record since we read it; we refuse to overwrite silently."""


class ExportTargetError(EnvironmentProblem):
    """An export could not be written where the user asked."""
