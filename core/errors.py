"""Domain errors carry a stable code; the interfaces turn codes into words.

A code never changes once released: the GUI, the command line and tests match on it.
"""

from __future__ import annotations

from typing import Any


class EnvolError(Exception):
    """Base of every error Envol reports to a person."""

    code: str = "error"

    def __init__(self, code: str | None = None, message: str = "", **details: Any) -> None:
        self.code = code or self.code
        self.details = details
        super().__init__(message or self.code)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ValidationError(EnvolError):
    """Input refused before anything is written (empty name, malformed e-mail, bad SIRET...)."""

    code = "invalid"


class RuleViolation(EnvolError):
    """A domain rule refused the action (duplicate registration, session of another event...)."""

    code = "rule"


class NotFound(EnvolError):
    code = "not_found"


class WorkspaceError(EnvolError):
    """The workspace file cannot be used as it is; nothing was written to it."""

    code = "workspace"
