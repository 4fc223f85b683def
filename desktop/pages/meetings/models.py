"""Table models of the « Rendez-vous » page: requests, the plan, the slot under way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.meetings.read import MeetingRow, RequestRow, Who
from core.models import MeetingFollowUp, MeetingStatus, RequestStatus
from desktop.rows_model import RowsModel
from printing.meetings import hhmm

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "meetings"

REQUEST_STATUS = {
    RequestStatus.PENDING: QT_TRANSLATE_NOOP("meetings", "en attente"),
    RequestStatus.ACCEPTED: QT_TRANSLATE_NOOP("meetings", "acceptée"),
    RequestStatus.DECLINED: QT_TRANSLATE_NOOP("meetings", "refusée"),
}
MEETING_STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("meetings", "prévu"),
    MeetingStatus.FREED: QT_TRANSLATE_NOOP("meetings", "libéré (absent)"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("meetings", "tenu"),
    MeetingStatus.MISSED: QT_TRANSLATE_NOOP("meetings", "non tenu"),
}

FOLLOW_UPS = {
    MeetingFollowUp.NONE.value: QT_TRANSLATE_NOOP("meetings", "aucune suite notée"),
    MeetingFollowUp.CONTACT.value: QT_TRANSLATE_NOOP("meetings", "contact pris"),
    MeetingFollowUp.RENDEZ_VOUS.value: QT_TRANSLATE_NOOP("meetings", "rendez-vous"),
    MeetingFollowUp.PARTENARIAT.value: QT_TRANSLATE_NOOP("meetings", "partenariat né"),
    MeetingFollowUp.SANS_SUITE.value: QT_TRANSLATE_NOOP("meetings", "sans suite"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def who_text(who: Who) -> str:
    return f"{who.structure} – {who.name}" if who.structure else who.name


class RequestsModel(RowsModel):
    context = CONTEXT
    headers = (QT_TRANSLATE_NOOP("meetings", "Demandeur"), QT_TRANSLATE_NOOP("meetings", "Souhaite rencontrer"),
               QT_TRANSLATE_NOOP("meetings", "Priorité"), QT_TRANSLATE_NOOP("meetings", "Réponse"),
               QT_TRANSLATE_NOOP("meetings", "Placée"), QT_TRANSLATE_NOOP("meetings", "Motif"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: RequestRow = self.rows[index.row()]
        return [who_text(row.requester), who_text(row.target), str(row.priority), _t(REQUEST_STATUS[row.status]),
                QCoreApplication.translate("meetings", "oui") if row.placed else "", row.reason or ""][index.column()]


class PlanModel(RowsModel):
    context = CONTEXT
    headers = (QT_TRANSLATE_NOOP("meetings", "Heure"), QT_TRANSLATE_NOOP("meetings", "Table"),
               QT_TRANSLATE_NOOP("meetings", "Structure ou personne"), QT_TRANSLATE_NOOP("meetings", "Rencontre"),
               QT_TRANSLATE_NOOP("meetings", "État"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: MeetingRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.status == MeetingStatus.FREED:
            return QColor("#888888")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = _t(MEETING_STATUS[row.status]) + (QCoreApplication.translate("meetings", " · remplacement") if row.replanned else "")
        if row.follow_up != MeetingFollowUp.NONE:
            status += " · " + _t(FOLLOW_UPS[row.follow_up.value])
        return [hhmm(row.starts_at), str(row.table_number), who_text(row.first), who_text(row.second),
                status][index.column()]


class SlotModel(RowsModel):
    """The slot under way, a row per table: who is there, who is missing."""

    context = CONTEXT
    headers = (QT_TRANSLATE_NOOP("meetings", "Table"), QT_TRANSLATE_NOOP("meetings", "Personne"),
               QT_TRANSLATE_NOOP("meetings", "Présence"), QT_TRANSLATE_NOOP("meetings", "Rencontre"),
               QT_TRANSLATE_NOOP("meetings", "Présence"), QT_TRANSLATE_NOOP("meetings", "État"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.present: set[Any] = set()

    def set_slot(self, rows: list[MeetingRow], present: set[Any]) -> None:
        self.present = present
        self.set_rows(rows)

    def _here(self, who: Who) -> str:
        return QCoreApplication.translate("meetings", "✔ arrivé·e") if who.person_id in self.present else QCoreApplication.translate("meetings", "✘ absent·e")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: MeetingRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (2, 4):
            who = row.first if index.column() == 2 else row.second
            return QColor("#1b7a35") if who.person_id in self.present else QColor("#b3261e")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = _t(MEETING_STATUS[row.status]) + (QCoreApplication.translate("meetings", " · remplacement") if row.replanned else "")
        return [str(row.table_number), who_text(row.first), self._here(row.first), who_text(row.second),
                self._here(row.second), status][index.column()]
