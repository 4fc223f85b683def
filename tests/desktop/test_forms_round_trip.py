"""Every form round-trips: opened, then saved without touching anything, its row is byte-for-byte what it was and no
change is logged for sync. Editing one field changes that field only (issue 12: editing a person's phone erased
their structure, because the structure box never found the stored id)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select, text

from core.models import Person, SyncChange


def row(workspace, table: str, row_id: uuid.UUID) -> tuple[Any, ...]:
    """The stored row as SQLite holds it (raw columns, no ORM conversion)."""
    with workspace.reading() as session:
        return tuple(session.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id.hex}).one())


def logged(workspace) -> int:
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(SyncChange))


def settle(qtbot, context) -> None:
    for _ in range(4):
        context.tasks.wait_idle()
        qtbot.wait(20)


def _open_editor(qtbot, page, row_id):
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    index = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == row_id)
    page.table.setCurrentIndex(page.model.index(index, 0))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # as the button says
    dialog = next(d for d in page.findChildren(QDialog) if hasattr(d, "save_button") and d.isVisible())
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
    return dialog


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_person_form_untouched_changes_nothing_and_the_phone_alone_keeps_the_structure(qtbot, context):
    from desktop.pages.registrations.directory_pages import PeoplePage

    workspace = context.workspace
    with workspace.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.organisation_id.is_not(None))
                                   .order_by(Person.last_name).limit(1))
    before, changes = row(workspace, "people", person_id), logged(workspace)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    dialog = _open_editor(qtbot, page, person_id)
    assert dialog.structure.currentText() != "— aucune —"  # the stored structure is shown
    _save(qtbot, dialog)
    settle(qtbot, context)
    assert row(workspace, "people", person_id) == before
    assert logged(workspace) == changes

    dialog = _open_editor(qtbot, page, person_id)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "01 48 60 00 00")
    _save(qtbot, dialog)
    settle(qtbot, context)
    with workspace.reading() as session:
        saved = session.get(Person, person_id)
        assert saved.phone == "01 48 60 00 00"
        assert saved.organisation_id is not None and saved.organisation_id.hex == before[_column(
            workspace, "people", "organisation_id")]


def _column(workspace, table: str, name: str) -> int:
    with workspace.reading() as session:
        names = [r[1] for r in session.execute(text(f"PRAGMA table_info({table})"))]
    return names.index(name)


def test_person_form_keeps_a_structure_this_device_does_not_list(qtbot, context):
    """A structure id the list does not hold (not synced here yet) is shown as unknown and saved as it was."""
    from desktop.pages.registrations.directory_pages import PeoplePage

    workspace = context.workspace
    with workspace.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.organisation_id.is_not(None)).limit(1))
    page = PeoplePage(context)
    qtbot.addWidget(page)
    dialog = _open_editor(qtbot, page, person_id)
    stored = dialog.structure.value()
    index = dialog.structure.index_of(stored)
    dialog.structure.removeItem(index)  # as if this device's list did not hold it
    dialog.structure.set_value(stored, "Structure inconnue sur ce poste")
    dialog.baseline.take()
    dialog.email.setText("quelquun@example.org")
    _save(qtbot, dialog)
    settle(qtbot, context)
    with workspace.reading() as session:
        assert session.get(Person, person_id).organisation_id == stored


def test_structure_form_untouched_changes_nothing(qtbot, context):
    from core.models import Organisation
    from desktop.pages.registrations.directory_pages import StructuresPage

    workspace = context.workspace
    with workspace.unit_of_work() as uow:  # stored as an import may leave it: spaces the form would clean
        org = uow.session.scalars(select(Organisation).where(Organisation.siret.is_not(None)).limit(1)).first() \
            or uow.session.scalars(select(Organisation).limit(1)).one()
        org.commune = "  Sevran "
        org_id = org.id
    before, changes = row(workspace, "organisations", org_id), logged(workspace)
    page = StructuresPage(context)
    qtbot.addWidget(page)
    dialog = _open_editor(qtbot, page, org_id)
    _save(qtbot, dialog)
    settle(qtbot, context)
    assert row(workspace, "organisations", org_id) == before and logged(workspace) == changes

    dialog = _open_editor(qtbot, page, org_id)
    dialog.member.setChecked(not dialog.member.isChecked())
    _save(qtbot, dialog)
    settle(qtbot, context)
    with workspace.reading() as session:
        saved = session.get(Organisation, org_id)
        assert saved.commune == "  Sevran " and saved.kind.value == before[_column(workspace, "organisations", "kind")]


def _agenda(qtbot, main_window):
    main_window.show_page("agenda")
    page = main_window.pages["agenda"]
    qtbot.waitUntil(lambda: page.data is not None and bool(page.data.sessions), timeout=10000)
    return page


def test_session_form_untouched_changes_nothing_even_with_seconds_and_spaces(qtbot, main_window, context):
    from core.models import EventSession

    workspace = context.workspace
    page = _agenda(qtbot, main_window)
    session_id = next(s.id for s in page.data.sessions if s.draft.room_id is not None)
    with workspace.unit_of_work() as uow:  # what the form cannot show exactly: seconds, a trailing newline
        stored = uow.session.get(EventSession, session_id)
        stored.starts_at = stored.starts_at.replace(second=30)
        stored.description = (stored.description or "Atelier") + "\n"
    page.reload()
    qtbot.waitUntil(lambda: page.data.session(session_id).draft.starts_at.second == 30, timeout=10000)
    before, changes, steps = row(workspace, "sessions", session_id), logged(workspace), page.undo_stack.count()

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())  # OK, nothing touched
    page.edit_session(session_id)
    settle(qtbot, context)
    assert row(workspace, "sessions", session_id) == before and logged(workspace) == changes
    assert page.undo_stack.count() == steps

    def change_title() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.title.setText(dialog.title.text() + " (bis)")
        dialog.accept()
    QTimer.singleShot(0, change_title)
    page.edit_session(session_id)
    settle(qtbot, context)
    with workspace.reading() as session:
        saved = session.get(EventSession, session_id)
        assert saved.title.endswith(" (bis)") and saved.starts_at.second == 30 and saved.description.endswith("\n")
        assert saved.room_id is not None


def test_event_form_untouched_changes_nothing(qtbot, main_window, context):
    workspace = context.workspace
    page = _agenda(qtbot, main_window)
    event_id = page.data.event.id
    before, changes = row(workspace, "events", event_id), logged(workspace)
    page.events.edit_action.trigger()
    page.events.dialog.accept()
    settle(qtbot, context)
    assert row(workspace, "events", event_id) == before and logged(workspace) == changes


def test_venue_and_room_forms_untouched_change_nothing(qtbot, main_window, context):
    workspace = context.workspace
    page = _agenda(qtbot, main_window)
    page.places_action.trigger()
    dialog = page.places_dialog
    settle(qtbot, context)
    venue_id = next(v.id for v in dialog.places.venues if dialog.places.rooms_of(v.id))
    dialog.venue_view.selectRow(dialog.venue_model.row_of(venue_id))
    dialog.room_view.selectRow(0)
    room_id = dialog.selected_room()
    assert dialog.room_model.rowCount() == len(dialog.places.rooms_of(venue_id))  # the rooms of that venue
    assert venue_id is not None and room_id is not None
    venue, room, changes = row(workspace, "venues", venue_id), row(workspace, "rooms", room_id), logged(workspace)
    qtbot.keyClick(dialog.venue_name, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.room_name, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert "rien n'a changé" in dialog.message.text()
    assert row(workspace, "venues", venue_id) == venue and row(workspace, "rooms", room_id) == room
    assert logged(workspace) == changes


def test_badge_role_form_untouched_changes_nothing(qtbot, context):
    from core.models import Registration
    from desktop.pages.participants.page import ParticipantsPage

    workspace = context.workspace
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    registration_id = page.model.row_at(0).registration_id
    before, changes = row(workspace, Registration.__tablename__, registration_id), logged(workspace)
    dialog = page.choose_badge_role()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
    _save(qtbot, dialog)
    settle(qtbot, context)
    assert row(workspace, Registration.__tablename__, registration_id) == before and logged(workspace) == changes


def test_import_mapping_saved_untouched_is_the_same_and_the_wheel_changes_no_combo(qtbot, context, monkeypatch):
    from pathlib import Path

    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QFileDialog

    from core.imports import Field
    from desktop.pages.registrations.import_dialog import MAPPING_SETTING, ImportDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    sample = Path("/work/shared/samples/helloasso-rencontres-2026.csv")
    dialog = ImportDialog(context, None, sample)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=20000)
    dialog.combo(2).set_value(Field.IGNORE)  # a choice of the organiser, saved
    dialog.save_button.click()
    settle(qtbot, context)
    key = MAPPING_SETTING.format(preset=dialog.mapping.preset)
    saved = context.workspace.setting(key)

    again = ImportDialog(context, None, sample)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.mapping is not None, timeout=20000)
    assert again.combo(2).value() == Field.IGNORE
    shown = [again.combo(r).value() for r in range(again.mapping_table.rowCount())]
    viewport = again.mapping_table.viewport()
    for _ in range(5):  # the wheel over the table scrolls it; no combo changes on the way
        target = again.combo(0)
        event = QWheelEvent(QPointF(10, 10), QPointF(target.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(target, event)
    assert viewport is not None
    assert [again.combo(r).value() for r in range(again.mapping_table.rowCount())] == shown
    again.save_button.click()
    settle(qtbot, context)
    assert context.workspace.setting(key) == saved


def test_opening_the_desk_keeps_the_badge_stock_setting(qtbot, context):
    from desktop.pages.desk.badge_printing import ENABLED_KEY, STOCK_KEY
    from desktop.pages.desk.page import DeskPage

    settings = QSettings("Envol", "Envol")
    settings.setValue(STOCK_KEY, "a4-10")  # a stock the desk does not offer for one badge
    settings.setValue(ENABLED_KEY, "false")
    settings.sync()
    page = DeskPage(context)
    qtbot.addWidget(page)
    settings.sync()
    assert settings.value(STOCK_KEY) == "a4-10"


def test_the_agenda_undo_names_the_change_in_french_and_never_widens_the_window(qtbot, main_window, context):
    from datetime import timedelta

    from desktop.pages.agenda.grid import MoveRequest

    main_window.resize(1200, 760)
    page = _agenda(qtbot, main_window)
    qtbot.wait(50)
    width, nav = main_window.width(), main_window.nav.width()
    session = max(page.data.sessions, key=lambda s: len(s.title))
    with context.workspace.unit_of_work() as uow:  # a long title, as real workshops have
        from core.models import EventSession

        uow.session.get(EventSession, session.id).title = session.title + " : coopérer entre structures de l'ESS et " \
            "entreprises engagées du territoire de Paris Terres d'Envol"
    page.reload()
    qtbot.waitUntil(lambda: page.data.session(session.id).title.endswith("Envol"), timeout=10000)
    session = page.data.session(session.id)
    page.move_session(MoveRequest(session.id, session.starts_at + timedelta(minutes=30), session.draft.room_id))
    settle(qtbot, context)
    assert page.undo_action.text().startswith("Annuler le déplacement de « ")
    assert page.undo_button.toolTip().startswith(f"Annuler le déplacement de « {session.title} »")
    assert page.undo_button.text().endswith("…")
    qtbot.wait(50)
    assert main_window.width() == width and main_window.nav.width() == nav
    assert main_window.minimumSizeHint().width() <= width
