"""The desk's name search: results follow the box (debounced), and Enter acts on the results of the text in the box.

Enter pressed while the results on screen belong to an older text (the debounce has not fired yet, or the search is
still running) does not act on them: the search for the text in the box runs at once, and Enter acts when its
results arrive. Results that come back for a text no longer in the box are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QTableView

from core.checkin import CheckInTarget
from core.services.checkin_search import SearchHit, search_people, spelling_index
from desktop.context import AppContext
from desktop.pages.desk.models import SearchModel

DEBOUNCE_MS = 120  # as the pages' filters: a name typed at a normal pace still makes one search


class DeskSearch(QObject):
    chosen = Signal(object)  # the SearchHit that Enter (or a double click) checks in
    nobody = Signal(str)  # Enter on a text that finds nobody

    def __init__(self, context: AppContext, box: QLineEdit, model: SearchModel, table: QTableView,
                 target: Callable[[], CheckInTarget | None]) -> None:
        super().__init__(box)
        self.context, self.box, self.model, self.table, self.target = context, box, model, table, target
        self.shown_for: str | None = None  # the text whose results are on screen
        self.pending: str | None = None  # Enter was pressed on this text; waiting for its results
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        box.textChanged.connect(self._typed)
        workspace = context.workspace

        def warm() -> None:  # the typo-forgiving index, built before the first name is typed, beside the writer
            with workspace.reading() as session:
                spelling_index(session.connection())

        context.tasks.read(warm)

    def _typed(self, text: str) -> None:
        if self.pending is not None and self.pending != text.strip():
            self.pending = None  # typing on after Enter: that Enter was for a text no longer there
        self.timer.start()

    def fresh(self) -> bool:
        """The results on screen are those of the text in the box."""
        return not self.timer.isActive() and self.shown_for == self.box.text().strip()

    def enter(self) -> None:
        """Enter in the box: act on the results of its text, now if they are on screen, else when they arrive."""
        text = self.box.text().strip()
        if not text:
            return
        if self.fresh():
            self._act(text)
            return
        self.pending = text
        self.search_now()

    def search_now(self) -> None:
        self.timer.stop()
        target, query = self.target(), self.box.text().strip()
        if target is None or not query:
            self._show(query, [])
            return
        workspace = self.context.workspace

        def work() -> tuple[str, list[SearchHit]]:
            with workspace.reading() as session:
                return query, list(search_people(session, target.event_id, query))

        self.context.tasks.database(work, self._searched)

    def _searched(self, result: tuple[str, list[SearchHit]]) -> None:
        query, hits = result
        if query != self.box.text().strip():
            return  # an older text's results: never shown under a newer one
        self._show(query, hits)
        if self.pending == query:
            self._act(query)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        self.shown_for = query
        self.model.set_rows(hits)
        if hits:
            self.table.selectRow(0)

    def _act(self, text: str) -> None:
        self.pending = None
        hit = self.selected()
        if hit is None:
            self.nobody.emit(text)
        else:
            self.chosen.emit(hit)

    def selected(self) -> SearchHit | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.model.rows[row] if row < len(self.model.rows) else None

    def clear(self) -> None:
        self.pending = None
        self.box.clear()
        self.timer.stop()
        self._show("", [])
