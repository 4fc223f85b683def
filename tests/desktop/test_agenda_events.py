"""Events, venues and rooms managed from the Agenda page, driven like a user through its dialogs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from core.agenda.timing import local
from core.services.agenda_read import load_agenda, load_places
from core.services.events import list_events
from desktop.pages.agenda.event_dialog import DuplicateEventDialog, EventDialog
from desktop.pages.agenda.places_dialog import PlacesDialog


def settle(qtbot, context) -> None:
    # Writes chain further reads on the worker (reload, event list): wait until the queue stays empty.
    for _ in range(4):
        context.tasks.wait_idle()
        qtbot.wait(20)


def agenda_page(qtbot, main_window):
    main_window.show_page("agenda")
    page = main_window.pages["agenda"]
    qtbot.waitUntil(lambda: page.data is not None and main_window.event_box.count() > 0)
    return page


def chooser_names(main_window) -> list[str]:
    box = main_window.event_box
    return [box.itemText(i) for i in range(box.count())]


def test_create_an_event_through_the_dialog_and_find_it_in_the_chooser(qtbot, main_window, context):
    page = agenda_page(qtbot, main_window)
    page.events.new_action.trigger()
    dialog = page.events.dialog
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    # Bad input first: an event ending before it starts stays open, with the reason, nothing lost.
    QTest.keyClicks(dialog.name, "Forum de l'emploi solidaire")
    dialog.starts_on.setDate(QDate(2027, 3, 18))
    dialog.ends_on.setDate(QDate(2027, 3, 17))
    dialog.accept()
    assert dialog.isVisible() and "se termine avant" in dialog.error.text()
    dialog.ends_on.setDate(QDate(2027, 3, 18))
    QTest.keyClicks(dialog.capacity, "0")
    dialog.accept()
    assert dialog.isVisible() and "au moins 1 place" in dialog.error.text()
    dialog.capacity.clear()
    QTest.keyClicks(dialog.capacity, "120")
    QTest.keyClicks(dialog.registration_url, "https://example.org/forum")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter accepts, like OK
    settle(qtbot, context)

    assert "Forum de l'emploi solidaire" in chooser_names(main_window)
    assert main_window.event_box.currentText() == "Forum de l'emploi solidaire"
    assert context.current_event.name == "Forum de l'emploi solidaire" and context.current_event.capacity == 120
    assert page.data.event.draft.registration_url == "https://example.org/forum"
    assert page.data.sessions == () and page.day_box.value_at(0) == date(2027, 3, 18)


def test_duplicate_the_rencontres_to_2027_shifts_every_session(qtbot, main_window, context):
    page = agenda_page(qtbot, main_window)
    source = page.data
    page.events.duplicate_action.trigger()
    dialog = page.events.dialog
    assert isinstance(dialog, DuplicateEventDialog)
    # Proposed: next year's name, the same weekday a year later (52 weeks).
    day = source.event.draft.starts_on
    next_year = f"Rencontres territoriales de l'ESS {day.year + 1}"
    assert dialog.name.text() == next_year
    assert dialog.starts_on.date().toPython() == day + timedelta(days=364)
    assert "364" in dialog.shift.text()
    dialog.accept()
    settle(qtbot, context)

    copy = next(e for e in list_events(context.workspace) if e.name == next_year)
    assert context.current_event.id == copy.id and main_window.event_box.currentText() == copy.name
    assert copy.starts_on == copy.ends_on == day + timedelta(days=364)
    copied = load_agenda(context.workspace, copy.id)
    assert len(copied.sessions) == len(source.sessions) > 0
    for old, new in zip(source.sessions, copied.sessions, strict=True):
        assert new.title == old.title and new.room_id == old.room_id
        assert local(new.starts_at) == local(old.starts_at) + timedelta(days=364)
        assert local(new.ends_at).time() == local(old.ends_at).time()
    # The source keeps its sessions, untouched.
    assert load_agenda(context.workspace, source.event.id).sessions == source.sessions


def test_deleting_an_event_with_registrations_is_refused_with_a_message(qtbot, main_window, context):
    page = agenda_page(qtbot, main_window)
    before = chooser_names(main_window)
    page.events.delete_action.trigger()
    box = page.events.dialog
    assert isinstance(box, QMessageBox) and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, context)
    assert "inscriptions : il ne peut pas être supprimé" in page.message.text()
    assert chooser_names(main_window) == before
    assert len(load_agenda(context.workspace, context.current_event.id).sessions) == len(page.data.sessions) > 0


def test_duplicate_then_delete_the_copy_goes_back_to_an_existing_event(qtbot, main_window, context):
    page = agenda_page(qtbot, main_window)
    page.events.duplicate_action.trigger()
    next_year = str(page.data.event.draft.starts_on.year + 1)
    page.events.dialog.accept()
    settle(qtbot, context)
    assert context.current_event.name.endswith(next_year)
    page.events.delete_action.trigger()
    page.events.dialog.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, context)
    assert "supprimé" in page.message.text()
    assert not any(name.endswith(next_year) for name in chooser_names(main_window))
    assert context.current_event is not None and not context.current_event.name.endswith(next_year)


def test_add_a_venue_and_a_room_then_refuse_deleting_a_venue_in_use(qtbot, main_window, context):
    page = agenda_page(qtbot, main_window)
    page.places_action.trigger()
    dialog = page.places_dialog
    assert isinstance(dialog, PlacesDialog)
    settle(qtbot, context)
    count = dialog.venue_model.rowCount()
    assert count > 0

    dialog.new_venue()
    QTest.keyClicks(dialog.venue_name, "Maison des associations")
    QTest.keyClicks(dialog.commune, "Tremblay-en-France")
    QTest.keyClicks(dialog.insee, "931")  # too short: refused, the form keeps what was typed
    QTest.keyClick(dialog.venue_name, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert "5 caractères" in dialog.message.text() and dialog.venue_name.text() == "Maison des associations"
    dialog.insee.clear()
    QTest.keyClicks(dialog.insee, "93073")
    QTest.keyClick(dialog.venue_name, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert dialog.venue_model.rowCount() == count + 1
    assert dialog.venue_name.text() == "Maison des associations"  # the new venue is selected for its rooms

    QTest.keyClicks(dialog.room_name, "Salle du conseil")
    QTest.keyClicks(dialog.room_capacity, "beaucoup")
    QTest.keyClick(dialog.room_capacity, Qt.Key.Key_Return)
    assert "Capacité illisible" in dialog.message.text()
    dialog.room_capacity.clear()
    QTest.keyClicks(dialog.room_capacity, "35")
    QTest.keyClick(dialog.room_capacity, Qt.Key.Key_Return)
    settle(qtbot, context)
    assert [dialog.room_model.data(dialog.room_model.index(0, c)) for c in range(2)] == ["Salle du conseil", "35"]
    places = load_places(context.workspace)
    venue = next(v for v in places.venues if v.name == "Maison des associations")
    assert venue.commune == "Tremblay-en-France" and venue.insee_code == "93073"
    assert [(r.name, r.capacity) for r in places.rooms_of(venue.id)] == [("Salle du conseil", 35)]

    # A venue where sessions take place cannot be deleted; the message says why.
    used = page.data.rooms[0].venue_id
    dialog.venue_view.selectRow(dialog.venue_model.row_of(used))
    dialog.delete_venue()
    dialog.confirmation.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, context)
    assert "sessions ont lieu dans ce lieu : déplacez-les" in dialog.message.text()
    assert any(v.id == used for v in load_places(context.workspace).venues)

    # Closing the dialog refreshes the page: the new room is offered to sessions.
    dialog.reject()
    settle(qtbot, context)
    assert any(r.name == "Salle du conseil" for r in page.data.rooms)
