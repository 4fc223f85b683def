"""The desk's hook: checking in someone who has meetings shows them under the verdict
(« 3 rendez-vous : 10 h 15 table 4 avec … »). The desk page calls install_meetings_note(self) once; the rest lives here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from core.meetings.read import DeskMeeting, desk_meetings, person_of_checkin
from core.services.checkin import ScanResult
from printing.meetings import hhmm


def meetings_sentence(meetings: list[DeskMeeting]) -> str:
    if not meetings:
        return ""
    parts = [QCoreApplication.translate("meetings", "{0} table {1} avec {2}").format(
        hhmm(m.starts_at), m.table_number, f"{m.with_name} ({m.with_structure})" if m.with_structure
        else m.with_name) + (QCoreApplication.translate("meetings", " (nouveau)") if m.replanned else "")
        for m in meetings]
    head = (QCoreApplication.translate("meetings", "1 rendez-vous") if len(meetings) == 1 else
            QCoreApplication.translate("meetings", "{0} rendez-vous").format(len(meetings)))
    return f"{head} : " + " ; ".join(parts)


def install_meetings_note(desk: Any) -> QLabel:
    """A line under the desk's verdict, filled after each accepted check-in of a person with meetings."""
    note = QLabel(wordWrap=True)
    note.setObjectName("meetings_note")
    note.setStyleSheet("#meetings_note { background: #fff4d6; color: #3b2f00; padding: 6px; font-size: 15pt; }")
    note.hide()
    layout = desk.layout()
    layout.insertWidget(layout.indexOf(desk.verdict) + 1, note)
    context = desk.context

    def scanned(summary: object) -> None:
        if not isinstance(summary, ScanResult):
            return
        note.hide()
        target = desk.target()
        if target is None:  # accepted or not (already in, say), the person's meetings help
            return
        workspace, event_id, checkin_id = context.workspace, target.event_id, summary.checkin_id

        def load() -> str:
            with workspace.reading() as session:
                person = person_of_checkin(session, checkin_id)
                return "" if person is None else meetings_sentence(desk_meetings(session, event_id, person))

        context.tasks.database(load, show)

    def show(text: str) -> None:
        note.setText(text)
        note.setVisible(bool(text))

    context.data_changed.connect(scanned)
    desk.meetings_note = note
    return note


__all__ = ["install_meetings_note", "meetings_sentence"]
