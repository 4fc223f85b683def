"""Table models of the agenda page: the sessions listed by day (a day title row before each day's sessions)
and the conflicts. Plain rows in, Qt roles out; both are reset from an AgendaData snapshot."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.agenda.conflicts import Conflict
from core.agenda.timing import local
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData
from desktop.dates import long_day
from desktop.pages.agenda import texts

Index = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

SESSION_COLUMNS = [
    QT_TRANSLATE_NOOP("agenda", "Horaire"), QT_TRANSLATE_NOOP("agenda", "Session"), QT_TRANSLATE_NOOP("agenda", "Type"),
    QT_TRANSLATE_NOOP("agenda", "Lieu"), QT_TRANSLATE_NOOP("agenda", "Public"),
    QT_TRANSLATE_NOOP("agenda", "Places"), QT_TRANSLATE_NOOP("agenda", "Confirmés"),
]


class SessionListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_: AgendaData | None = None
        self.rows: list[date | SessionDetail] = []
        self.conflicted: set[uuid.UUID] = set()

    def set_agenda(self, data: AgendaData | None, conflicted: set[uuid.UUID]) -> None:
        self.beginResetModel()
        self.data_, self.conflicted, self.rows = data, conflicted, []
        if data is not None:
            current: date | None = None
            for session in data.sessions:
                day = local(session.starts_at, data.timezone).date()
                if day != current:
                    self.rows.append(day)
                    current = day
                self.rows.append(session)
        self.endResetModel()

    def day_rows(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if isinstance(row, date)]

    def row_of(self, session_id: uuid.UUID) -> int:
        return next((n for n, r in enumerate(self.rows) if isinstance(r, SessionDetail) and r.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(SESSION_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row = self.rows[index.row()]
        if isinstance(row, date):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return long_day(row, capitalised=True)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.conflicted:
            return QBrush(QColor("#f6c9c4"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def _text(self, s: SessionDetail, column: int) -> str:
        assert self.data_ is not None
        tz, draft = self.data_.timezone, s.draft
        if column == 0:
            return f"{local(s.starts_at, tz):%H:%M} – {local(s.ends_at, tz):%H:%M}"
        if column == 1:
            return s.title
        if column == 2:
            return texts.kind(draft.kind)
        if column == 3:
            room = self.data_.room(s.room_id)
            venue = self.data_.venues.get(draft.venue_id) if draft.venue_id else None
            return " — ".join(p for p in (venue.name if venue else None, room.name if room else None) if p)
        if column == 4:
            return texts.audience(draft.audience)
        if column == 5:
            return "" if draft.capacity is None else str(draft.capacity)
        return str(s.confirmed)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return texts.tr(SESSION_COLUMNS[section])
        return None


class ConflictModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.lines: list[str] = []

    def set_conflicts(self, conflicts: list[Conflict], data: AgendaData | None) -> None:
        self.beginResetModel()
        self.conflicts = conflicts if data is not None else []
        self.lines = [texts.conflict_text(c, data) for c in self.conflicts] if data is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.lines[index.row()]
        if role == SESSION_ID_ROLE:
            return self.conflicts[index.row()].session_ids[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return texts.tr(texts.CONFLICT_HEADER)
        return None
