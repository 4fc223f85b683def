"""Undoable session changes. A command holds the session before and after (None: absent) and asks the page
to go from one to the other; the page shows the change at once and writes it through the services on the
database worker. Consecutive keyboard nudges of one session merge into one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from core.db.workspace import Workspace
from core.services import agenda
from core.services.agenda import SessionDetail

if TYPE_CHECKING:
    from desktop.pages.agenda.page import AgendaPage

NUDGE_ID = 3001


def transition(workspace: Workspace, before: SessionDetail | None, after: SessionDetail | None
               ) -> SessionDetail | None:
    """Bring the database from `before` to `after` in one unit of work (runs on the database worker)."""
    with workspace.unit_of_work() as uow:
        if before is None and after is not None:
            return agenda.restore_session(uow, after)
        if after is None and before is not None:
            agenda.delete_session(uow, before.id)
            return None
        assert after is not None
        return agenda.update_session(uow, after.id, after.draft)


class SessionChange(QUndoCommand):
    def __init__(self, page: AgendaPage, before: SessionDetail | None, after: SessionDetail | None, text: str,
                 *, nudge: bool = False) -> None:
        super().__init__(text)
        self.page, self.before, self.after, self.nudge = page, before, after, nudge
        self.failed = False

    def redo(self) -> None:
        if not self.failed:
            self.page.apply_change(self, self.before, self.after)

    def undo(self) -> None:
        if not self.failed:
            self.page.apply_change(self, self.after, self.before)

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not (isinstance(other, SessionChange) and other.nudge and self.after is not None
                and other.before is not None and other.before.id == self.after.id):
            return False
        self.after = other.after
        return True
