"""Tables that fit: column widths from their content, numbers narrow and right-aligned, one elastic column.

Every column takes the width its header and the rows on screen need (capped, so that one long e-mail does not
push the rest away); the `elastic` column (the e-mail, a free text) takes what remains of the width and elides,
its full text in the tooltip (the models give ToolTipRole). Rows never wrap; the table is re-fitted when rows
arrive and when it is resized.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop import design

PADDING = 24  # the cell's margins and the sort arrow


class _Fitter(QObject):
    def __init__(self, table: QTableView, numeric: Sequence[bool], elastic: int | None, caps: dict[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.numeric = list(numeric)
        self.elastic = elastic
        self.caps = caps
        self.fitted_rows = False  # fitted once rows were on screen (a windowed model's first rows arrive later)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._timer.start)
        model.dataChanged.connect(lambda *_: self._timer.start() if not self.fitted_rows else None)
        model.modelReset.connect(lambda: setattr(self, "fitted_rows", False))
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # shown again after the window changed size while it was hidden
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def fit(self) -> None:
        if not self.table.isVisible():  # a hidden table would be measured over its first thousand rows
            return  # shown, it gets a resize event and fits then
        table, header = self.table, self.table.horizontalHeader()
        metrics = table.fontMetrics()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the design's headings (font-weight 600, set by its style sheet)
        heading_metrics = QFontMetrics(bold)
        count = header.count()
        widths = {}
        for column in range(count):
            if table.isColumnHidden(column):
                continue
            title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            heading = heading_metrics.horizontalAdvance(title) + PADDING
            cap = self.caps.get(column, metrics.horizontalAdvance("M" * 8) if self.numeric[column]
                                else metrics.horizontalAdvance("x" * 46))
            # The cap holds back long contents, never the column's own title (« Inscriptions » was « scriptions »).
            widths[column] = max(min(heading, cap if column in self.caps else heading),
                                 min(table.sizeHintForColumn(column) + 8, cap))
        if self.elastic is not None and self.elastic in widths:
            rest = table.viewport().width() - sum(w for c, w in widths.items() if c != self.elastic)
            widths[self.elastic] = max(metrics.horizontalAdvance("x" * 14), rest)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self.fitted_rows = table.model().rowCount() > 0 and table.model().index(0, 0).data() not in (None, "…")


def fit_columns(table: QTableView, numeric: Sequence[bool], *, elastic: int | None = None,
                caps: dict[int, int] | None = None) -> None:
    """Set up `table` (its model already set) to fit its columns to their content."""
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(design.row_height(table.fontMetrics().height()))
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(0)  # measure the rows on screen, never thousands of them
    table.verticalHeader().setResizeContentsPrecision(0)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    table._fitter = _Fitter(table, numeric, elastic, caps or {})  # type: ignore[attr-defined]


def remember_sort(table: QTableView, key: str) -> None:
    """The table's sort column and order kept in the machine's settings: the page opens sorted as it was left,
    here and after a restart. (Pages live as long as the window: their filter text stays while one goes
    elsewhere and back; it is not kept across restarts, where a forgotten filter would hide people.)"""
    prefix = f"views/{key}/"
    settings = QSettings("Envol", "Envol")
    column, order = settings.value(prefix + "sort_column"), settings.value(prefix + "sort_order")
    header = table.horizontalHeader()
    if column is not None and order is not None and 0 <= int(column) < header.count():
        table.sortByColumn(int(column), Qt.SortOrder(int(order)))

    def save(column: int, order: Qt.SortOrder) -> None:
        settings = QSettings("Envol", "Envol")
        settings.setValue(prefix + "sort_column", column)
        settings.setValue(prefix + "sort_order", int(order.value))

    header.sortIndicatorChanged.connect(save)
