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
