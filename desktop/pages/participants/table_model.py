"""The participants table: a QAbstractTableModel over plain rows, filtered and sorted in memory.

20,000 rows fit easily in memory; a keystroke tests each row's pre-folded search text,
which answers in a few milliseconds where a query per keystroke would wait on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.services.participants import ParticipantRow
from core.validation import search_key
from desktop import labels

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("participants", text)


# (header, value shown, sort key)
COLUMNS: list[tuple[str, Callable[[ParticipantRow], str], Callable[[ParticipantRow], Any]]] = [
    (QT_TRANSLATE_NOOP("participants", "Nom"), lambda r: r.last_name, lambda r: r.sort_name),
    (QT_TRANSLATE_NOOP("participants", "Prénom"), lambda r: r.first_name, lambda r: search_key(r.first_name, r.last_name)),
    (QT_TRANSLATE_NOOP("participants", "Structure"), lambda r: r.organisation or "", lambda r: search_key(r.organisation)),
    (QT_TRANSLATE_NOOP("participants", "Type"), lambda r: labels.organisation_kind(r.organisation_kind), lambda r: labels.organisation_kind(r.organisation_kind)),
    (QT_TRANSLATE_NOOP("participants", "Commune"), lambda r: r.commune or "", lambda r: search_key(r.commune)),
    (QT_TRANSLATE_NOOP("participants", "E-mail"), lambda r: r.email or "", lambda r: r.email or ""),
    (QT_TRANSLATE_NOOP("participants", "Statut"), lambda r: labels.status(r.status), lambda r: r.status.value),
    (QT_TRANSLATE_NOOP("participants", "Sessions"), lambda r: str(r.sessions), lambda r: r.sessions),
    (QT_TRANSLATE_NOOP("participants", "Accueilli"),
     lambda r: QCoreApplication.translate("participants", "oui") if r.checked_in else "",
     lambda r: r.checked_in),
]
NUMERIC = [False] * 7 + [True, False]
ELASTIC = 5  # the e-mail gives way, elided with its tooltip


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ParticipantRow] = []
        self._visible: list[ParticipantRow] = []
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # --- feeding
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self._all = self._sorted(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        words = search_key(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._apply()
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._visible[row]

    @property
    def total(self) -> int:
        return len(self._all)

    def _sorted(self, rows: Sequence[ParticipantRow]) -> list[ParticipantRow]:
        column, order = self._sort
        return sorted(rows, key=COLUMNS[column][2], reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply(self) -> None:
        """Filtering keeps the order of the sorted list: a keystroke never sorts."""
        words = self._words
        self._visible = [r for r in self._all if all(w in r.search_text for w in words)] if words else self._all

    # --- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](self._visible[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and NUMERIC[index.column()]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == self._sort:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._all = self._sorted(self._all)
        self._apply()
        self.layoutChanged.emit()
