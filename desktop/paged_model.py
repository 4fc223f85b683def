"""A table model that holds a window of rows at a time: SQLite sorts and filters, the view asks for what it shows.

`fetch(query, sort, descending, offset, limit) -> Window` runs on the reading worker. The model knows the total
count from the first window; a row not loaded yet shows blank and asks for its block, which arrives by signal and
repaints. A filter, a sort or a change starts again from the first block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from desktop.context import AppContext

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200
Column = tuple[str, Callable[[Any], str], str | None, bool]  # header (to translate), value, sort key, numeric


class PagedTableModel(QAbstractTableModel):
    def __init__(self, context: AppContext, columns: list[Column], header_context: str,
                 fetch: Callable[[str, str, bool, int, int], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self.columns = columns
        self.header_context = header_context
        self._fetch = fetch
        self._query = ""
        self._sort: tuple[int, bool] = (0, False)
        self._total = 0
        self._blocks: dict[int, tuple[Any, ...]] = {}
        self._asked: set[int] = set()
        self._generation = 0  # answers to an older filter or sort are dropped
        self.loading = False
        self.loaded_once = False
        self._debounce = QTimer(self, singleShot=True, interval=120)  # one query for a burst of keystrokes
        self._debounce.timeout.connect(self.reload)
        self.on_loaded: Callable[[], None] = lambda: None

    # --- asking
    def set_filter(self, text: str, *, now: bool = False) -> None:
        if text == self._query:
            return
        self._query = text
        if now:
            self.reload()
        else:
            self._debounce.start()

    def reload(self) -> None:
        """Ask the first block again (a filter, a sort, a change elsewhere); the others follow as they are shown."""
        self._debounce.stop()
        self._generation += 1
        self._asked = set()
        self._ask(0, reset=True)

    def _ask(self, block: int, *, reset: bool = False) -> None:
        if block in self._asked:
            return
        self._asked.add(block)
        generation, query, (column, descending) = self._generation, self._query, self._sort
        sort = self.columns[column][2] or self.columns[0][2] or ""
        fetch = self._fetch
        self.loading = True
        self._context.tasks.read(lambda: fetch(query, sort, descending, block * BLOCK, BLOCK),
                                 lambda window: self._arrived(generation, block, window, reset))

    def _arrived(self, generation: int, block: int, window: Any, reset: bool) -> None:
        if generation != self._generation:
            return
        if reset:
            self.beginResetModel()
            self._total = window.total
            self._blocks = {block: window.rows}
            self.endResetModel()
        else:
            self._blocks[block] = window.rows
            first = block * BLOCK
            last = min(self._total, first + len(window.rows)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.loading = False
        self.loaded_once = True
        self.on_loaded()

    # --- reading
    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Any | None:
        """The row's object, or None while its block is still on its way."""
        block = self._blocks.get(row // BLOCK)
        if block is None:
            if 0 <= row < self._total:
                self._ask(row // BLOCK)
            return None
        return block[row % BLOCK] if row % BLOCK < len(block) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        numeric = self.columns[index.column()][3]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        text = self.columns[index.column()][1](row)
        return None if role == Qt.ItemDataRole.ToolTipRole and (numeric or not text) else text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.header_context, self.columns[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section][3]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column][2] is None:
            return
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reload()
