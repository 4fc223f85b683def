"""The list of things to review after a sync: conflicting edits and double entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from core.sync.review import ReviewItem

Index = QModelIndex | QPersistentModelIndex


def _value(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


class ReviewsModel(QAbstractTableModel):
    HEADERS = ("Type", "Concerne", "Champ", "Ma valeur", "Leur valeur")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewItem] = []

    def set_rows(self, rows: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("sync", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.rows[index.row()]
        duplicate = item.kind == "duplicate_checkin"
        column = index.column()
        if column == 0:
            return QCoreApplication.translate("sync", "Double entrée") if duplicate else QCoreApplication.translate("sync", "Modifications concurrentes")
        if column == 1:
            return item.what
        if column == 2:
            return QCoreApplication.translate("sync", "entrée") if duplicate else item.field
        if duplicate:
            return (QCoreApplication.translate("sync", "première entrée (retenue)") if column == 3
                    else QCoreApplication.translate("sync", "entrée en double ({0})").format(item.device or "?"))
        return _value(item.mine if column == 3 else item.theirs)

    def item(self, row: int) -> ReviewItem | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
