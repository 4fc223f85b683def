"""The Agenda page driven like a user: drag a session to another day, nudge by keyboard, see conflicts, undo."""

from __future__ import annotations

from datetime import time, timedelta

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core.agenda.conflicts import ConflictCode
from core.agenda.timing import local
from core.models import EventKind
from core.services.agenda_read import load_agenda
from core.services.events import event_info, list_events
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.pages.agenda.editor import SessionDialog
from desktop.pages.agenda.page import AgendaPage


def _event(workspace, kind):
    return max((e for e in list_events(workspace) if e.kind == kind), key=lambda e: e.starts_on)  # this edition


@pytest.fixture
def make_page(qtbot, demo_workspace):
    def make(kind: EventKind) -> AgendaPage:
        tasks = Tasks()
        context = AppContext(demo_workspace, tasks, _event(demo_workspace, kind))
        page = AgendaPage(context)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitUntil(lambda: page.data is not None)
        page._tasks = tasks  # keep alive
        return page
    return make


def settle(page: AgendaPage) -> None:
    page.context.tasks.wait_idle()
    QTest.qWait(20)


def stored(page: AgendaPage, title: str):
    data = load_agenda(page.context.workspace, page.data.event.id)
    return next(s for s in data.sessions if s.title.startswith(title))


def test_drag_the_atelier_commercial_to_another_day_then_undo(make_page):
    page = make_page(EventKind.MOIS_ESS)
    grid = page.grid
    session = next(s for s in page.data.sessions if s.title.startswith("Atelier commercial"))
    day = local(session.starts_at).date()
    rect = grid.block_rect(session.id)
    start = rect.center()
    # Two columns to the right: two days later (a column a day), same time.
    end = QPoint(start.x() + 2 * grid.col_width, start.y())
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, QPoint(start.x() + 30, start.y()))
    QTest.mouseMove(grid, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(page)
    moved = stored(page, "Atelier commercial")
    assert local(moved.starts_at).date() == day + timedelta(days=2)
    assert local(moved.starts_at).time() == time(14, 0)
    assert page.undo_stack.count() == 1
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    assert local(stored(page, "Atelier commercial").starts_at).date() == day
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(page)
    assert local(stored(page, "Atelier commercial").starts_at).date() == day + timedelta(days=2)


def test_keyboard_move_creates_a_room_conflict_listed_then_undone(make_page):
    page = make_page(EventKind.RENCONTRES)
    grid = page.grid
    assert grid.by_rooms and page.conflict_model.rowCount() == 0
    achats = next(s for s in page.data.sessions if s.title.startswith("Achats"))
    grid.setFocus()
    grid.select(achats.id)
    # Salle B → Salle A is one column to the left in the rooms view (rooms sorted by name).
    column = next(n for n, c in enumerate(grid.columns) if c.room_id == achats.room_id)
    target = next(n for n, c in enumerate(grid.columns) if c.title == "Salle A")
    key = Qt.Key.Key_Left if target < column else Qt.Key.Key_Right
    for _ in range(abs(target - column)):
        QTest.keyClick(grid, key, Qt.KeyboardModifier.AltModifier)
    settle(page)
    assert page.conflict_model.rowCount() == 1
    assert page.conflict_model.conflicts[0].code == ConflictCode.ROOM_DOUBLE_BOOKED
    text = page.conflict_model.data(page.conflict_model.index(0, 0))
    assert "Salle A" in text and "Achats responsables" in text
    assert stored(page, "Achats").room_id == grid.columns[target].room_id
    # Double-click on the conflict jumps to the session.
    grid.select(None)
    page.jump_to_conflict(page.conflict_model.index(0, 0))
    assert grid.selected in page.conflict_model.conflicts[0].session_ids
    # Alt+Down nudges by 15 minutes; consecutive nudges are one undo step.
    grid.select(achats.id)
    QTest.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(page)
    assert stored(page, "Achats").starts_at == achats.starts_at + timedelta(minutes=15)
    page.undo_stack.undo()
    settle(page)
    assert page.conflict_model.rowCount() == 0
    assert stored(page, "Achats").room_id == achats.room_id
    assert stored(page, "Achats").starts_at == achats.starts_at


def test_editor_refuses_end_before_start_and_empty_title(make_page, qtbot):
    page = make_page(EventKind.RENCONTRES)
    session = page.data.sessions[0]
    dialog = SessionDialog(page, page.data, session.draft)
    qtbot.addWidget(dialog)
    dialog.end.setTime(dialog.start.time().addSecs(-3600))
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert "se termine avant de commencer" in dialog.error.text()
    dialog.end.setTime(dialog.start.time().addSecs(3600))
    dialog.title.setText("  ")
    dialog.accept()
    assert "vide" in dialog.error.text()
    dialog.title.setText("Plénière d'ouverture (nouvelle formule)")
    dialog.capacity.setText("0")
    dialog.accept()
    assert "au moins 1 place" in dialog.error.text()
    dialog.capacity.setText("250")
    dialog.accept()
    assert dialog.result_draft is not None and dialog.result_draft.capacity == 250


def test_create_duplicate_delete_and_export(make_page, tmp_path):
    page = make_page(EventKind.RENCONTRES)
    count = len(page.data.sessions)
    source = page.data.sessions[-1]
    page.duplicate_session(source.id)
    settle(page)
    assert len(load_agenda(page.context.workspace, page.data.event.id).sessions) == count + 1
    assert any(c.code == ConflictCode.ROOM_DOUBLE_BOOKED for c in page.conflicts)
    page.delete_session(page.grid.selected)
    settle(page)
    assert len(load_agenda(page.context.workspace, page.data.event.id).sessions) == count
    assert page.conflicts == []
    written = []
    page.exports.export_to("ics", tmp_path / "r.ics", written.append)
    page.exports.export_to("pdf", tmp_path / "r.pdf", written.append)
    page.context.tasks.wait_idle()
    QTest.qWait(50)
    assert len(written) == 2
    cal = icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes())
    assert len(cal.walk("VEVENT")) == count
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert event_info  # the page follows context.current_event


def test_a_ghost_block_and_the_target_time_follow_the_drag(make_page):
    page = make_page(EventKind.MOIS_ESS)
    grid = page.grid
    session = next(s for s in page.data.sessions if s.title.startswith("Atelier commercial"))
    start = grid.block_rect(session.id).center()
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, QPoint(start.x() + 30, start.y()))
    assert grid.drop_text == f"{grid.columns[0 + (start.x() + 30 - 52) // grid.col_width].title} · 14:00–" \
        + f"{local(session.ends_at):%H:%M}"
    ghost_top = grid._ghost.top()
    QTest.mouseMove(grid, QPoint(start.x() + grid.col_width, start.y() + 45))  # a column right, 45 min later
    column = (start.x() + grid.col_width - 52) // grid.col_width
    assert grid.drop_text.startswith(f"{grid.columns[column].title} · 14:45–")
    assert grid._ghost.top() == ghost_top + 45 and grid._ghost.left() > grid.block_rect(session.id).right()
    image = grid.grab(grid._ghost.toAlignedRect()).toImage()
    assert image.pixelColor(3, 3).name() != image.pixelColor(image.width() // 2, image.height() - 3).name()  # drawn
    QTest.keyClick(grid, Qt.Key.Key_Escape)  # changed one's mind: nothing moves
    assert grid.drop_text == "" and grid._ghost is None
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    settle(page)
    assert stored(page, "Atelier commercial").starts_at == session.starts_at and page.undo_stack.count() == 0
