"""The « Rendez-vous » page on the demo: the slot under way shows who is missing, F9 frees the no-shows' meetings and
offers their partners someone present, the replacements print on labels; at the desk, a person's meetings show
under the verdict."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from core import clock
from core.meetings.read import overview, present_people
from core.models import CheckIn, Meeting, MeetingOrigin, MeetingStatus, Registration, Ticket
from desktop.pages.desk.page import DeskPage
from desktop.pages.meetings.page import MeetingsPage


@pytest.fixture
def first_slot(context):
    with context.workspace.reading() as session:
        view = overview(session, context.current_event.id)
    assert view is not None and view.slots, "the demo's Rencontres have a meeting programme"
    return view.slots[0]


def _three_companies_stay_away(context, starts) -> set:
    """Everyone with a meeting in the first slot has come but three companies, whenever the demo was built (built
    before the doors open, nobody has come yet)."""
    from datetime import timedelta

    from core.checkin import CheckInTarget
    from core.models import MeetingSide
    from core.services import checkin

    event = context.current_event.id
    with context.workspace.reading() as session:
        view = overview(session, event)
        here = present_people(session, event)
        first = [m for m in view.meetings if m.slot_number == 1]
        companies = sorted({w.person_id for m in first for w in (m.first, m.second)
                            if w.side != MeetingSide.STRUCTURE}, key=lambda p: (p in here, str(p)))
        away = set(companies[:3])
        coming = {w.person_id for m in first for w in (m.first, m.second)} - here - away
        ticket_of = dict(session.execute(select(Registration.person_id, Ticket.id).join(Ticket)).all())
    with context.workspace.unit_of_work() as uow:
        for person in sorted(coming, key=str):
            checkin.check_in_ticket(uow, ticket_of[person], CheckInTarget(event),
                                    scanned_at=starts - timedelta(minutes=20))
    return away


def test_f9_frees_the_no_shows_and_offers_their_partners_someone_present(qtbot, context, first_slot):
    _number, starts, _ends = first_slot
    _three_companies_stay_away(context, starts)
    with clock.frozen(starts):
        page = MeetingsPage(context)
        qtbot.addWidget(page)
        page.show()
        printed: list[bytes] = []
        page.label_printer = printed.append
        qtbot.waitUntil(lambda: page.slot_model.rowCount() > 0, timeout=20000)
        page.tabs.setCurrentIndex(3)
        missing = [r for r in page.slot_model.rows
                   if {r.first.person_id, r.second.person_id} - page.present]
        assert missing, "the demo has no-shows in the first slot"
        assert "absent" in page.slot_model.data(page.slot_model.index(page.slot_model.rows.index(missing[0]), 2)) + \
            page.slot_model.data(page.slot_model.index(page.slot_model.rows.index(missing[0]), 4))
        qtbot.keyClick(page, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: "libérés" in page.replan_label.text(), timeout=30000)
        qtbot.waitUntil(lambda: bool(printed), timeout=30000)
    with context.workspace.reading() as session:
        freed = session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.FREED)).all()
        new = session.scalars(select(Meeting).where(Meeting.origin == MeetingOrigin.REPLAN)).all()
        here = present_people(session, context.current_event.id)
    assert len(freed) == len(missing)
    assert new and f"{len(new)} remplacements" in page.replan_label.text()
    assert printed[0].startswith(b"%PDF")
    qtbot.waitUntil(lambda: any(r.replanned for r in page.slot_model.rows), timeout=20000)
    seated = [r for r in page.slot_model.rows if r.status == MeetingStatus.PLANNED]
    assert all({r.first.person_id, r.second.person_id} <= here for r in seated if r.replanned)


def test_checking_in_someone_with_meetings_shows_them_under_the_verdict(qtbot, context):
    with context.workspace.reading() as session:
        view = overview(session, context.current_event.id)
        scanned = select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        people = {w.person_id for m in view.meetings for w in (m.first, m.second)}
        code = session.scalar(select(Ticket.code).join(Registration).where(
            Registration.person_id.in_(people), Ticket.id.not_in(scanned)).order_by(Ticket.code))
    assert code, "a demo meeting participant has not come yet"
    desk = DeskPage(context)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: desk.verdict.reason == "valid", timeout=20000)
    qtbot.waitUntil(lambda: desk.meetings_note.isVisible(), timeout=20000)
    assert "rendez-vous :" in desk.meetings_note.text() and "table" in desk.meetings_note.text()


def test_the_participants_tab_edits_a_profile_and_the_list_shows_the_new_sector(qtbot, context):
    from core.meetings import programme
    from core.models import MeetingSide

    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    tab = page.participants
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20000)
    page.tabs.setCurrentWidget(tab)
    row = next(i for i, w in enumerate(tab.model.rows) if w.side == MeetingSide.STRUCTURE and w.structure)
    who = tab.model.rows[row]
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.form.isEnabled() and who.name in tab.heading.text(), timeout=20000)
    assert tab.slots.count() == len(page.view.slots) >= 2

    tab.side.set_value(MeetingSide.FINANCEUR)
    tab.offers.set_checked({"financement"})
    tab.seeks.set_checked({"mecenat", "numerique"})
    tab.slots.set_checked({1})  # the first slot only
    tab.maximum.setValue(1)
    tab.sector.set_value("Q")
    tab.description.setPlainText("Fondation d'une mutuelle, soutient les projets de santé")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "enregistré" in tab.message.text(), timeout=20000)

    with context.workspace.reading() as session:
        saved = programme.profile_of(session, who.participant_id)
        first_slot = programme.load_slots(session, saved.programme_id)[0].id
    assert saved.side == MeetingSide.FINANCEUR
    assert (saved.offers, set(saved.seeks)) == (("financement",), {"mecenat", "numerique"})
    assert (saved.available, saved.max_meetings, saved.sector) == (frozenset({first_slot}), 1, "Q")
    assert saved.profile == "Fondation d'une mutuelle, soutient les projets de santé"
    # The page reloads: the list shows the side and the sector, the same person stays selected with the new values.
    qtbot.waitUntil(lambda: any(w.participant_id == who.participant_id and w.sector == "Q"
                                for w in tab.model.rows), timeout=20000)
    row = next(i for i, w in enumerate(tab.model.rows) if w.participant_id == who.participant_id)
    shown = [tab.model.data(tab.model.index(row, c)) for c in range(tab.model.columnCount())]
    assert "Santé et action sociale" in shown and "Financeur / partenaire" in shown
    qtbot.waitUntil(lambda: tab.slots.checked() == [1] and tab.maximum.value() == 1, timeout=20000)


def test_the_creation_choices_show_only_while_the_event_has_no_programme(qtbot, context):
    from tests.demo import demo_event

    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None, timeout=20000)  # the Rencontres have their programme
    assert not page.create_row.isVisible() and f"{len(page.view.tables)} tables" in page.programme_label.text()
    context.set_event(demo_event(context.workspace, "Mois"))  # no business meetings there
    qtbot.waitUntil(lambda: page.view is None and page.create_row.isVisible(), timeout=20000)
    assert page.create_button.isEnabled() and "pas encore de rendez-vous" in page.programme_label.text()
