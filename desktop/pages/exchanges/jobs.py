"""Database work of the Échanges page and its dialogs: counted while it runs (tests and the wall wait for `busy` to
fall back to 0), its refusal said in the owner's message line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QLabel

from core.errors import EnvolError
from desktop.messages import describe


class _Owner(Protocol):
    busy: int
    message: QLabel
    context: Any


def run_counted(owner: _Owner, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
    owner.busy += 1

    def finished(result: Any) -> None:
        owner.busy -= 1
        done(result)

    def failed(error: BaseException) -> None:
        owner.busy -= 1
        owner.message.setText(describe(error) if isinstance(error, EnvolError) else str(error))

    owner.context.tasks.database(fn, finished, failed)
