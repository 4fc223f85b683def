"""Lists keep their state: the sort chosen on a page (also after a restart), the filter while one goes elsewhere;
Personnes says who entered the current event, as Participants does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.services.participants import participants
from tests.demo import last_edition


def _column(model, title: str) -> int:  # type: ignore[no-untyped-def]
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def test_sort_and_filter_survive_a_trip_elsewhere_and_the_sort_a_restart(qtbot, main_window, context) -> None:  # type: ignore[no-untyped-def]
    from desktop.main_window import MainWindow

    main_window.show_page("participants")
    page = main_window.pages["participants"]
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10000)
    structure = _column(page.model, "Structure")
    page.table.horizontalHeader().setSortIndicator(structure, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(page.filter_box, "a")
    main_window.show_page("agenda")
    main_window.show_page("participants")
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (structure, Qt.SortOrder.DescendingOrder)
    assert page.filter_box.text() == "a"

    people = main_window.pages["personnes"]
    people.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # Prénom, Z to A
    main_window.close()

    again = MainWindow(context)  # the next start on this machine
    qtbot.addWidget(again)
    again.show_page("participants")
    header = again.pages["participants"].table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (structure, Qt.SortOrder.DescendingOrder)
    assert again.pages["participants"].filter_box.text() == ""  # a forgotten filter would hide people
    header = again.pages["personnes"].table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    again.close()


def test_personnes_shows_who_entered_the_current_event(qtbot, main_window, context) -> None:  # type: ignore[no-untyped-def]
    # Last year's Rencontres: people came (this year's may have no one in yet, the demo built at night).
    context.set_event(last_edition(context.workspace))
    entered = {row.person_id for row in participants(context.workspace, context.current_event.id) if row.checked_in}
    assert entered
    main_window.show_page("personnes")
    page = main_window.pages["personnes"]
    qtbot.waitUntil(lambda: page.model.loaded_once, timeout=20000)
    column = _column(page.model, "Accueilli")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None and page.model.index(0, column).data() == "oui",
                    timeout=20000)
    shown = [page.model.row_at(r) for r in range(min(len(entered) + 5, page.model.rowCount()))]
    qtbot.waitUntil(lambda: all(page.model.row_at(r) is not None for r in range(len(shown))), timeout=20000)
    marked = {page.model.row_at(r).id for r in range(len(shown)) if page.model.index(r, column).data() == "oui"}
    assert marked == entered
