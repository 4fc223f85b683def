"""The list of things to review after a sync: conflicting edits and double entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from core.sync.review import ReviewItem
from desktop.rows_model import Index, RowsModel


def _value(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


class ReviewsModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("sync", "Type"), QT_TRANSLATE_NOOP("sync", "Concerne"),
               QT_TRANSLATE_NOOP("sync", "Champ"), QT_TRANSLATE_NOOP("sync", "Ma valeur"),
               QT_TRANSLATE_NOOP("sync", "Leur valeur"))
    context = "sync"
    rows: list[ReviewItem]

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
