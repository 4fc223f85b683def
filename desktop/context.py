"""The explicit context every page receives: the open workspace, the workers, the current event.

No global application object: pages get this at construction and talk to each other through its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.db.workspace import Workspace
from core.services.events import EventInfo, choose_event
from desktop.background import Tasks


class AppContext(QObject):
    # Emitted after a mutation with its summary object; views decide what to refresh.
    data_changed = Signal(object)
    event_changed = Signal(object)  # EventInfo | None

    def __init__(self, workspace: Workspace, tasks: Tasks, event: EventInfo | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.current_event = event

    def set_event(self, event: EventInfo | None) -> None:
        if event == self.current_event:
            return
        self.current_event = event
        if event is not None:
            self.tasks.database(lambda: choose_event(self.workspace, event.id))
        self.event_changed.emit(event)
