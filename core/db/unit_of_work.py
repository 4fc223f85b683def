"""One unit of work per user action: it owns the ORM session and the transaction.

Services receive a UnitOfWork and never commit; the caller's `with` block commits on success
and rolls back on any exception, so an action applies completely or not at all.
Listeners registered with `on_flush` (the sync change log) see every change in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import WorkspaceError

FlushListener = Callable[[Session], None]


class UnitOfWork:
    def __init__(
        self, session_factory: sessionmaker[Session], flush_listeners: list[FlushListener], path: str = ""
    ) -> None:
        self._path = path
        self._factory = session_factory
        self._flush_listeners = flush_listeners
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("a unit of work is used inside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        for listener in self._flush_listeners:
            event.listen(self._session, "before_flush", _adapt(listener))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            if exc_type is None:
                try:
                    session.commit()
                except OperationalError as error:
                    session.rollback()
                    _raise_if_locked(error, self._path)
                    raise
            else:
                session.rollback()
                if isinstance(exc, OperationalError):
                    _raise_if_locked(exc, self._path)
        finally:
            session.close()
            self._session = None


def _raise_if_locked(error: OperationalError, path: str) -> None:
    """Another program holding the file past the busy timeout is a situation to explain, not a crash."""
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        raise WorkspaceError("workspace_locked", "the workspace is in use by another program", path=path) from error


def _adapt(listener: FlushListener) -> Callable[..., None]:
    def before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
        listener(session)

    return before_flush
