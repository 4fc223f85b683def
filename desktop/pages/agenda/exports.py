"""Export actions of the agenda page: programme PDF, .ics of the event or of the selected session, OpenAgenda
JSON. The bytes are made from the page's snapshot on the background pool; the GUI thread only asks where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from core.agenda.openagenda import openagenda_bytes
from core.files import write_whole
from core.services.agenda_read import AgendaData, require_sessions

if TYPE_CHECKING:
    from desktop.pages.agenda.page import AgendaPage

# kind: (menu text, file filter, suffix)
KINDS = {
    "pdf": (QT_TRANSLATE_NOOP("agenda", "Programme imprimable (PDF)…"), "PDF (*.pdf)", ".pdf"),
    "ics": (QT_TRANSLATE_NOOP("agenda", "Calendrier de l'événement (.ics)…"), "iCalendar (*.ics)", ".ics"),
    "session_ics": (QT_TRANSLATE_NOOP("agenda", "Calendrier de la session choisie (.ics)…"), "iCalendar (*.ics)", ".ics"),
    "openagenda": (QT_TRANSLATE_NOOP("agenda", "Pour OpenAgenda (JSON)…"), "JSON (*.json)", ".json"),
}


def render(kind: str, data: AgendaData, session_id: object = None) -> bytes:
    # Imported here, on the worker that renders: iCalendar and ReportLab took most of the Agenda page's first
    # opening (0.85 s of frozen window on a busy laptop), for exports made now and then.
    from core.agenda.ical import calendar_bytes
    from printing.programme import programme_pdf

    if kind == "pdf":
        return programme_pdf(data)
    if kind == "ics":
        return calendar_bytes(data)
    if kind == "session_ics":
        return calendar_bytes(require_sessions(data), [session_id] if session_id else [])  # type: ignore[list-item]
    return openagenda_bytes(data)


class ExportActions(QObject):
    def __init__(self, page: AgendaPage) -> None:
        super().__init__(page)
        self.page = page
        self.actions: list[QAction] = []
        for kind, (text, _filter, _suffix) in KINDS.items():
            action = QAction(QCoreApplication.translate("agenda", text), page)
            action.triggered.connect(lambda _=False, k=kind: self.ask(k))
            self.actions.append(action)

    def ask(self, kind: str) -> None:
        data = self.page.data
        if data is None:
            return
        text, file_filter, suffix = KINDS[kind]
        name = data.event.name if kind != "session_ics" else "session"
        path, _ = QFileDialog.getSaveFileName(self.page, QCoreApplication.translate("agenda", text).rstrip("…"),
                                              str(Path.home() / f"{_safe(name)}{suffix}"), file_filter)
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        data, session_id = self.page.data, self.page.grid.selected
        if data is None:
            return

        def work(_progress: object) -> Path:
            content = render(kind, data, session_id)
            write_whole(path, content)
            return path

        def done(written: Path) -> None:
            self.page.message.setStyleSheet("color: #1f5f1f")
            self.page.message.setText(QCoreApplication.translate("agenda", "Exporté : {0}").format(written))
            if on_done is not None:
                on_done(written)

        def failed(error: BaseException) -> None:
            self.page.message.setStyleSheet("color: #a01010")
            self.page._error(error)

        self.page.context.tasks.background(work, done, failed)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_'" else "_" for c in name).strip() or "agenda"
