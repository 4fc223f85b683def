"""The desk page driven as a USB scanner types: fast bursts, with and without Enter, AZERTY-garbled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from core.models import CheckIn, Registration, Status, Ticket
from desktop.pages.desk.page import DeskPage
from desktop.pages.desk.scanner import SILENCE_MS


def _unscanned_ticket(workspace, event_id, n=0):
    with workspace.reading() as session:
        scanned = select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        return session.execute(
            select(Ticket.code, Ticket.token).join(Registration)
            .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED,
                   Ticket.id.not_in(scanned)).order_by(Ticket.code).offset(n).limit(1)).one()


@pytest.fixture
def desk(qtbot, context):
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def _type(qtbot, widget, text):
    """Type as a scanner does; QTest.keyClicks only knows ASCII, so é, è, ç, à are sent as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _verdict(qtbot, page, reason):
    qtbot.waitUntil(lambda: page.verdict.reason == reason, timeout=20000)


def test_scanner_code_with_enter_then_second_scan_refused_with_time(qtbot, desk, context):
    code, _token = _unscanned_ticket(context.workspace, context.current_event.id)
    qtbot.keyClicks(desk.recent, code + "\r")
    _verdict(qtbot, desk, "valid")
    assert desk.verdict.title.text() not in ("", "Billet non reconnu")
    desk.verdict.ready()
    qtbot.keyClicks(desk.recent, code + "\r")
    _verdict(qtbot, desk, "already_checked_in")
    assert "Déjà enregistré(e) à" in desk.verdict.detail.text()


def test_token_without_enter_azerty_garbled_into_the_search_box(qtbot, desk, context):
    _code, token = _unscanned_ticket(context.workspace, context.current_event.id, 1)
    garbled = token.translate(str.maketrans("234567", 'é"\'(-è'))
    desk.search_box.setText("dup")
    _type(qtbot, desk.search_box, garbled)
    qtbot.wait(SILENCE_MS + 50)
    _verdict(qtbot, desk, "valid")
    assert desk.search_box.text() == "dup"  # the scan did not land in the search box


def test_search_misspelt_without_accents_then_enter_checks_in(qtbot, desk, context):
    with context.workspace.reading() as session:
        from core.models import Person
        last = session.scalar(select(Person.last_name).join(Registration, Registration.person_id == Person.id)
                              .where(Registration.event_id == context.current_event.id, Registration.status == Status.CONFIRMED)
                              .order_by(Person.last_name).limit(1))
    typo = last[:-1] + ("x" if last[-1] != "x" else "y") if len(last) >= 4 else last
    desk.search_box.setText(typo.lower())
    qtbot.waitUntil(lambda: desk.search_model.rowCount() > 0, timeout=20000)
    assert any(last in hit.name for hit in desk.search_model.rows)
    desk.check_in_selected()
    qtbot.waitUntil(lambda: desk.verdict.reason in ("valid", "already_checked_in"), timeout=20000)


def test_walk_in_and_undo(qtbot, desk, context):
    desk.walk_in("Éloïse", "Nguyễn", "eloise.walkin@example.org")
    _verdict(qtbot, desk, "valid")
    assert desk.verdict.title.text() == "Éloïse Nguyễn"
    qtbot.waitUntil(lambda: any(r.name == "Éloïse Nguyễn" for r in desk.recent_model.rows), timeout=20000)
    row = next(i for i, r in enumerate(desk.recent_model.rows) if r.name == "Éloïse Nguyễn")
    desk.recent.selectRow(row)
    desk.undo_selected()
    qtbot.waitUntil(lambda: any(r.name == "Éloïse Nguyễn" and r.undone for r in desk.recent_model.rows),
                    timeout=20000)


def test_garbage_is_a_verdict_not_a_crash(qtbot, desk):
    qtbot.keyClicks(desk.recent, "zz9z8z7z6z5z\r")  # a barcode of no ticket
    _verdict(qtbot, desk, "unknown")


def test_words_typed_fast_on_a_list_go_to_the_search_box_not_to_the_log(qtbot, desk, context):
    with context.workspace.reading() as session:
        before = session.scalar(select(func.count()).select_from(CheckIn))
    desk.recent.setFocus()
    qtbot.keyClicks(desk.recent, "zzzzzzzzzz\r")
    assert desk.search_box.text() == "zzzzzzzzzz" and desk.search_box.hasFocus()
    context.tasks.wait_idle()
    with context.workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == before


def _unlock(qtbot, page, pin):
    with qtbot.waitSignals([page.lock_changed], timeout=20000):
        page.unlock(pin)


def _refused(qtbot, page, pin):
    with qtbot.waitSignal(page.lock_refused, timeout=20000) as refusal:
        page.unlock(pin)
    return refusal.args[0]


def test_lock_keeps_volunteers_on_the_desk_even_after_a_restart(qtbot, main_window, context):
    from desktop.main_window import MainWindow

    page = main_window.pages["accueil"]
    main_window.show_page("accueil")
    assert not page.lock("12")  # too short
    assert "au moins 4 chiffres" in page.verdict.detail.text()
    assert page.lock("2468")
    main_window.show_page("participants")
    assert main_window.current_page_key() == "accueil"
    context.tasks.wait_idle()  # the PIN's hash is saved

    # Envol restarted on the same workspace: the window opens on the desk, still locked.
    restarted = MainWindow(context)
    qtbot.addWidget(restarted)
    desk = restarted.pages["accueil"]
    qtbot.waitUntil(desk.is_locked, timeout=20000)
    assert restarted.current_page_key() == "accueil"
    assert desk.lock_button.text() == "Déverrouiller l'accueil"
    restarted.show_page("participants")
    assert restarted.current_page_key() == "accueil"
    assert "Code PIN incorrect" in _refused(qtbot, desk, "0000")
    assert desk.is_locked()
    _unlock(qtbot, desk, "2468")
    assert not desk.is_locked() and "déverrouillé" in desk.verdict.detail.text()
    restarted.show_page("participants")
    assert restarted.current_page_key() == "participants"


def test_wrong_pins_are_slowed_down(qtbot, desk):
    from datetime import timedelta

    from core.models.base import utcnow

    start = utcnow()
    desk.clock = lambda: start
    with qtbot.waitSignal(desk.lock_changed, timeout=20000):
        assert desk.lock("2468")
    desk.context.tasks.wait_idle()  # the PIN's hash is saved
    assert "Code PIN incorrect" in _refused(qtbot, desk, "1111")
    assert "Code PIN incorrect" in _refused(qtbot, desk, "2222")
    assert _refused(qtbot, desk, "3333") == "Code PIN incorrect. Trop d'essais : attendez 5 secondes avant le prochain."
    # Even the right PIN waits: guessing is slowed down, and the volunteer is told for how long.
    desk.clock = lambda: start + timedelta(seconds=4)
    assert _refused(qtbot, desk, "2468") == \
        "Trop d'essais : attendez encore 1 seconde avant de saisir le code PIN."
    assert desk.is_locked()
    desk.clock = lambda: start + timedelta(seconds=5)
    _unlock(qtbot, desk, "2468")
    assert not desk.is_locked()


def _walk_in_dialog(qtbot, desk, context):
    from desktop.pages.desk.walk_in import WalkInDialog

    dialog = WalkInDialog(context, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.structures) and dialog.structure.count() == len(dialog.structures),
                    timeout=20000)
    return dialog


def _structure_of(workspace, last_name):
    from core.models import Person

    with workspace.reading() as session:
        return session.scalars(select(Person.organisation_id).where(Person.last_name == last_name)).one()


def test_walk_in_picks_a_known_structure_from_a_few_letters(qtbot, desk, context):
    from core.services.people import list_organisations
    from desktop.pages.desk.walk_in import StructureChoice

    known = list_organisations(context.workspace)
    # A word found in one structure's name only, typed in lower case from its middle.
    words = [(w, row) for row in known for w in row.name.split() if len(w) >= 6 and w.isascii() and w.isalpha()]
    word, structure = next((w, row) for w, row in words
                           if sum(w.casefold()[1:] in r.name.casefold() for r in known) == 1)
    dialog = _walk_in_dialog(qtbot, desk, context)
    qtbot.keyClicks(dialog.first_name, "Jules")
    qtbot.keyClicks(dialog.last_name, "Passant-Connu")
    qtbot.keyClicks(dialog.structure.lineEdit(), word.casefold()[1:])
    popup = dialog.structure.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert dialog.structure.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.structure.currentText().startswith(structure.name)
    assert dialog.structure_hint.text() == ""  # nothing new will be created
    assert dialog.values()[3] == StructureChoice(structure.id)
    desk.walk_in(*dialog.values())
    _verdict(qtbot, desk, "valid")
    assert _structure_of(context.workspace, "Passant-Connu") == structure.id


def test_walk_in_with_a_new_structure_creates_it_once(qtbot, desk, context):
    from core.services.people import list_organisations
    from desktop.pages.desk.walk_in import StructureChoice

    before = len(list_organisations(context.workspace))
    dialog = _walk_in_dialog(qtbot, desk, context)
    dialog.first_name.setText("Maëlle")
    dialog.last_name.setText("Nouvelle-Venue")
    dialog.structure.setEditText("Tiers-lieu des Essarts")
    assert "Nouvelle structure : « Tiers-lieu des Essarts »" in dialog.structure_hint.text()
    assert dialog.values()[3] == StructureChoice(new_name="Tiers-lieu des Essarts")
    desk.walk_in(*dialog.values())
    _verdict(qtbot, desk, "valid")
    after = list_organisations(context.workspace)
    created = next(row for row in after if row.name == "Tiers-lieu des Essarts")
    assert len(after) == before + 1
    assert _structure_of(context.workspace, "Nouvelle-Venue") == created.id

    # The next walk-in types it without capitals: the same structure, not a second one.
    again = _walk_in_dialog(qtbot, desk, context)
    again.structure.setEditText("tiers-lieu des essarts")
    assert again.structure_hint.text() == ""
    assert again.values()[3] == StructureChoice(created.id)
