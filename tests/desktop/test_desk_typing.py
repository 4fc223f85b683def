"""The desk in the real main window, typed on as people and scanners do (issue 12).

Enter pressed at any moment of the search debounce checks in the person whose name is in the box; a fast typist's
name is searched, never logged as a failed scan; a short code typed by hand checks in; Ctrl+Z undoes the last entry
whatever has the focus, and says whom it undid. Timing runs on the keyboard's own clock (desk_keyboard).
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from core.models import CheckIn, Person, Registration, Status, Ticket
from core.services.checkin_search import search_people
from core.typography import fill
from tests.desktop.desk_keyboard import Keyboard

SCANNER_MS = 8
PERSON_MS = (60, 150)


@pytest.fixture
def desk(qtbot, main_window):
    main_window.show_page("accueil")
    page = main_window.pages["accueil"]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: page.target() is not None, timeout=10000)
    page.context.tasks.wait_idle()
    return page


def _ambiguous_prefix(workspace, event_id):
    """A text T and a prefix P of it whose first results differ (as « chauv » → Chauveau, « chauvin » → Chauvin)."""
    with workspace.reading() as session:
        names = sorted(set(session.scalars(
            select(func.lower(Person.last_name)).join(Registration, Registration.person_id == Person.id)
            .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED))))
        for name in names:
            if len(name) < 6 or not name.isascii() or not name.isalpha():
                continue
            full = search_people(session, event_id, name)
            if not full or full[0].fuzzy:
                continue
            for k in range(3, len(name) - 1):
                short = search_people(session, event_id, name[:k])
                if short and short[0].registration_id != full[0].registration_id:
                    return name[:k], name, short[0], full[0]
    raise AssertionError("the demo has no two names sharing a prefix")


def _checkins(workspace) -> int:
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(CheckIn))


def _last_checkin(workspace):
    with workspace.reading() as session:
        return session.execute(select(CheckIn.verdict, Ticket.registration_id, CheckIn.raw_input)
                               .outerjoin(Ticket, Ticket.id == CheckIn.ticket_id)
                               .order_by(CheckIn.scanned_at.desc(), CheckIn.created_at.desc()).limit(1)).one()


def _verdict_for(qtbot, desk, keyboard, count):
    keyboard.deliver()
    qtbot.waitUntil(lambda: _checkins(desk.context.workspace) == count + 1 and desk.verdict.reason != "", timeout=20000)
    keyboard.deliver()


@pytest.mark.parametrize("moment", ["at once", "75 ms", "149 ms", "debounce fired", "results shown",
                                    "older search in flight"])
def test_enter_at_every_moment_of_the_debounce_checks_in_the_name_in_the_box(qtbot, desk, context, moment):
    prefix, full, first_of_prefix, wanted = _ambiguous_prefix(context.workspace, context.current_event.id)
    keyboard = Keyboard(qtbot, desk)
    box = desk.search_box
    box.setFocus()
    keyboard.type(box, prefix, 90)
    if moment == "older search in flight":
        keyboard.wait(200)  # the prefix's search is queued; its results are not back yet
    else:
        keyboard.wait(200)
        keyboard.deliver()
        assert desk.search_model.rows[0].registration_id == first_of_prefix.registration_id
    rest = full[len(prefix):]
    keyboard.type(box, rest, 40)
    if moment.endswith(" ms"):
        keyboard.wait(float(moment.split()[0]))
    elif moment == "debounce fired":
        keyboard.wait(150)  # the search of the whole text is asked, its results not shown yet
    elif moment == "results shown":
        keyboard.wait(150)
        keyboard.deliver()
    count = _checkins(context.workspace)
    keyboard.key(box, Qt.Key.Key_Return)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.title.text() == wanted.name
    assert _last_checkin(context.workspace).registration_id == wanted.registration_id
    assert _checkins(context.workspace) == count + 1  # one check-in, of the right person
    assert box.text() == ""


def test_a_fast_typist_searching_a_name_never_logs_a_failed_scan(qtbot, desk, context):
    _prefix, _full, _other, wanted = _ambiguous_prefix(context.workspace, context.current_event.id)
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    gaps = [random.Random(12).randint(30, 70) for _ in wanted.name]  # some keys closer than a scanner's limit
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, wanted.name.lower(), gaps)
    keyboard.wait(300)  # a pause: the scanner's silence and the debounce both pass
    keyboard.deliver()
    assert _checkins(context.workspace) == count and desk.verdict.reason == ""
    assert desk.search_box.text() == wanted.name.lower()
    assert any(hit.registration_id == wanted.registration_id for hit in desk.search_model.rows)
    keyboard.type(desk.search_box, "", [], enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert _last_checkin(context.workspace).raw_input is None  # a check-in from the search, not a scan


def _unscanned(workspace, event_id, n=0):
    with workspace.reading() as session:
        scanned = select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        return session.execute(
            select(Ticket.code, Ticket.token, Registration.id).join(Registration)
            .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED,
                   Ticket.id.not_in(scanned)).order_by(Ticket.code).offset(n).limit(1)).one()


@pytest.mark.parametrize(("spelling", "pace"), [
    ("lower, no dash, slowly", 130), ("upper with dash, a typist", 55), ("lower with dash, in a burst", 20)])
def test_a_short_code_typed_by_hand_checks_in(qtbot, desk, context, spelling, pace):
    code, _token, registration_id = _unscanned(context.workspace, context.current_event.id)
    typed = code.replace("-", "").lower() if "no dash" in spelling else (
        code.upper() if "upper" in spelling else code.lower())
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, typed, pace, enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "valid"
    assert _last_checkin(context.workspace).registration_id == registration_id


def test_a_code_typed_on_the_list_of_passages_checks_in(qtbot, desk, context):
    code, _token, registration_id = _unscanned(context.workspace, context.current_event.id, 1)
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.recent.setFocus()
    keyboard.type(desk.recent, code.lower(), 25, enter=True)  # no text field has the focus
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "valid"
    assert _last_checkin(context.workspace).registration_id == registration_id


@pytest.mark.parametrize("enter", [True, False])
def test_a_scanner_token_in_the_search_box_is_a_scan_and_leaves_the_box_as_it_was(qtbot, desk, context, enter):
    _code, token, registration_id = _unscanned(context.workspace, context.current_event.id, 2)
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, "dup", 120)
    keyboard.wait(800)  # the volunteer stops typing, the ticket is held under the scanner
    keyboard.type(desk.search_box, token, SCANNER_MS, enter=enter)
    if not enter:
        keyboard.wait(200)  # the scanner's silence ends the scan
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "valid"
    assert _last_checkin(context.workspace).registration_id == registration_id
    assert desk.search_box.text() == "dup"


def test_an_unknown_platform_barcode_gets_its_verdict(qtbot, desk, context):
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.recent.setFocus()
    keyboard.type(desk.recent, "99999999999999", SCANNER_MS, enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "unknown" and desk.verdict.title.text() == "Billet non reconnu"


@pytest.mark.parametrize("focus", ["search box", "results", "passages", "undo button", "control box"])
def test_ctrl_z_undoes_the_last_entry_from_any_focus_and_says_whom(qtbot, desk, context, focus):
    _code, _token, registration_id = _unscanned(context.workspace, context.current_event.id, 3)
    with context.workspace.reading() as session:
        person = session.execute(select(Person.first_name, Person.last_name).join(
            Registration, Registration.person_id == Person.id).where(Registration.id == registration_id)).one()
    name = f"{person.first_name} {person.last_name}"
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, name.lower(), 100, enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "valid" and desk.verdict.title.text() == name
    widget = {"search box": desk.search_box, "results": desk.results, "passages": desk.recent,
              "undo button": desk.undo_button, "control box": desk.target_box}[focus]
    widget.setFocus()
    if focus == "search box":
        keyboard.type(desk.search_box, "ab", 100)  # some text: Ctrl+Z must not undo the typing instead
    keyboard.key(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    keyboard.deliver()
    qtbot.waitUntil(lambda: desk.verdict.reason == "undo", timeout=20000)
    assert desk.verdict.title.text() == fill("Entrée de {0} annulée.", name)
    if focus == "search box":
        assert desk.search_box.text() == "ab"
    with context.workspace.reading() as session:
        assert session.scalar(select(func.count()).where(CheckIn.kind == "undo")) >= 1


def test_the_locked_desk_cannot_be_left_by_any_key_or_click(qtbot, desk, main_window, context, monkeypatch):
    import desktop.pages.registrations.actions as actions

    opened: list[object] = []
    monkeypatch.setattr(actions, "open_import", lambda *args: opened.append(args))
    event = context.current_event
    with qtbot.waitSignal(desk.lock_changed, timeout=10000):
        assert desk.lock("2468")
    assert main_window.lock_label.isVisible() and "Accueil verrouillé" in main_window.lock_label.text()

    qtbot.keyClick(desk.search_box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Fichier › Importer
    assert opened == []
    for number in range(1, len(main_window.specs) + 1):  # Ctrl+1…7
        qtbot.keyClick(desk.search_box, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "accueil"
    agenda_row = [spec.key for spec in main_window.specs].index("agenda")
    rect = main_window.nav.visualItemRect(main_window.nav.item(agenda_row))
    qtbot.mouseClick(main_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page_key() == "accueil"
    assert main_window.nav.currentRow() == [spec.key for spec in main_window.specs].index("accueil")
    assert not main_window.event_box.isEnabled()
    qtbot.keyClick(main_window.event_box, Qt.Key.Key_Down)
    assert context.current_event == event
    main_window.show_page("synchronisation")  # the sync indicator's click asks for its page
    assert main_window.current_page_key() == "accueil"
    assert not any(action.isEnabled() for action in main_window._menu_actions())

    # The desk's own actions still work: a search, a check-in.
    code, _token, _registration = _unscanned(context.workspace, event.id, 4)
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, code, 100, enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "valid"

    with qtbot.waitSignal(desk.lock_changed, timeout=20000):
        desk.unlock("2468")
    assert not main_window.lock_label.isVisible() and main_window.event_box.isEnabled()
    qtbot.mouseClick(main_window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page_key() == "agenda" and main_window.nav.currentRow() == agenda_row
    qtbot.keyClick(main_window.nav, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1


def test_a_person_not_registered_to_the_session_is_admitted_with_one_key_and_counted_apart(qtbot, desk, context):
    from core.models import SessionChoice

    qtbot.waitUntil(lambda: desk.target_box.count() > 1, timeout=20000)
    desk.target_box.setCurrentIndex(1)
    session_id = desk.target().session_id
    with context.workspace.reading() as session:
        chosen = select(SessionChoice.registration_id).where(SessionChoice.session_id == session_id)
        scanned = select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        code, registration_id = session.execute(
            select(Ticket.code, Registration.id).join(Registration)
            .where(Registration.event_id == context.current_event.id, Registration.status == Status.CONFIRMED,
                   Registration.id.not_in(chosen), Ticket.id.not_in(scanned)).order_by(Ticket.code).limit(1)).one()
    keyboard = Keyboard(qtbot, desk)
    count = _checkins(context.workspace)
    desk.search_box.setFocus()
    keyboard.type(desk.search_box, code, 110, enter=True)
    _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "not_registered_to_session" and desk.admit_button.isVisible()
    keyboard.key(desk.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _verdict_for(qtbot, desk, keyboard, count + 1)
    assert desk.verdict.reason == "admitted_unregistered" and not desk.admit_button.isVisible()
    last = _last_checkin(context.workspace)
    assert last.registration_id == registration_id and last.raw_input == "admis sans inscription"
    qtbot.waitUntil(lambda: "(dont 1 sans inscription)" in desk.counter_label.text(), timeout=20000)
    keyboard.type(desk.search_box, code, 110, enter=True)  # the same person again: already in
    _verdict_for(qtbot, desk, keyboard, count + 2)
    assert desk.verdict.reason == "already_checked_in"
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() > 2, timeout=20000)
    shown = [desk.recent_model.data(desk.recent_model.index(r, 1)) for r in range(3)]
    assert shown[1] == "✔ Admis sans inscription" and shown[2] == "⚠ Pas inscrit(e)"


def test_the_desk_names_the_device_by_its_human_name(qtbot, desk, main_window, context):
    main_window.ask_device_name()
    qtbot.waitUntil(lambda: getattr(main_window, "device_dialog", None) is not None, timeout=10000)
    dialog = main_window.device_dialog
    assert dialog.textValue().startswith("Poste ") or dialog.textValue()  # the demo's name, or the default
    dialog.setTextValue("Accueil 1")
    dialog.accept()
    context.tasks.wait_idle()
    code, _token, _registration = _unscanned(context.workspace, context.current_event.id, 5)
    keyboard = Keyboard(qtbot, desk)
    for _n in range(2):
        count = _checkins(context.workspace)
        desk.search_box.setFocus()
        keyboard.type(desk.search_box, code, 100, enter=True)
        _verdict_for(qtbot, desk, keyboard, count)
    assert desk.verdict.reason == "already_checked_in"
    assert "au poste « Accueil 1 »" in desk.verdict.detail.text()


def test_a_new_workspace_is_poste_1_not_the_machine_name(workspace):
    from core.services.devices import device_name

    assert device_name(workspace) == "Poste 1"
