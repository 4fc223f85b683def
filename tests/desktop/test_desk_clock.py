"""A laptop whose clock is years off (dead CMOS battery at 2000-01-01) says so at the desk; a right clock says nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from core import clock
from core.services.events import clock_doubt, list_events
from desktop.pages.desk.page import DeskPage


def test_the_desk_warns_when_the_machine_date_is_years_from_every_event(qtbot, context):
    with clock.preserved():
        clock.set_clock(datetime(2000, 1, 1, 9, tzinfo=UTC))
        page = DeskPage(context)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.clock_warning.isVisible, timeout=10000)
    text = page.clock_warning.text()
    assert "01/01/2000" in text and "Vérifiez la date" in text


def test_the_desk_is_quiet_on_the_demo_day(qtbot, context):
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    context.tasks.wait_idle()
    qtbot.wait(50)
    assert not page.clock_warning.isVisible()


def test_a_doubt_only_beyond_a_year_on_either_side(demo_workspace):
    events = list_events(demo_workspace)
    first, last = min(e.starts_on for e in events), max(e.ends_on for e in events)
    assert clock_doubt(events, first - timedelta(days=365)) is None  # exactly a year before (or less)
    assert clock_doubt(events, date(2000, 1, 1)).nearest == first
    assert clock_doubt(events, last + timedelta(days=800)).nearest == last
