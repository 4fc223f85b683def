"""The demo is alive on whatever day it is built: the Rencontres today with a desk to run, the Mois de l'ESS around
them, last year's edition past a year's retention; the same day, hour and seed give the same demo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import clock
from core.demo import build_demo_workspace, is_stale
from core.models import Person
from core.services import rgpd
from core.services.agenda_read import load_agenda
from core.services.checkin_board import counters
from core.services.events import current_event, list_events
from tests.demo import last_edition

DAYS = [
    datetime(2026, 12, 2, 9, 40, tzinfo=UTC),  # a Wednesday morning after the old fixed dates
    datetime(2027, 3, 28, 1, 30, tzinfo=UTC),  # the night of the spring change in Paris
    datetime(2027, 10, 31, 0, 30, tzinfo=UTC),  # inside the repeated autumn hour
]


@pytest.mark.parametrize("instant", DAYS, ids=lambda d: d.isoformat())
def test_the_demo_built_on_a_day_has_its_rencontres_that_day_with_people_to_check_in(tmp_path: Path, instant):
    with clock.preserved():
        clock.freeze(instant)
        today = clock.today()
        workspace = build_demo_workspace(tmp_path / "demo.envol", people=80)
        try:
            event = current_event(workspace)
            assert event is not None and "Rencontres" in event.name and str(today.year) in event.name
            assert event.starts_on == event.ends_on == today
            with workspace.reading() as session:
                board = counters(session, event.id)
            assert board.expected > board.checked_in  # the desk has people still to come today

            mois = next(e for e in list_events(workspace) if "Mois" in e.name)
            assert mois.starts_on < today < mois.ends_on and str(today.year) in mois.name
            sessions = load_agenda(workspace, mois.id).sessions
            assert any(s.ends_at < clock.now() for s in sessions) and any(s.starts_at > clock.now() for s in sessions)

            last = last_edition(workspace)
            assert str(today.year - 1) in last.name and (today - last.ends_on).days > 365
            with workspace.reading() as session:
                plan = rgpd.plan_purge(session, last.id, 365)  # past the default retention: a purge can run
            assert plan.people and plan.kept_for_later_events  # some came back this year and are kept
            assert not is_stale(workspace)
            clock.freeze(instant + timedelta(days=1))
            assert is_stale(workspace)  # tomorrow, `envol --demo` builds it again
        finally:
            workspace.close()


def test_a_session_of_the_rencontres_is_running_when_the_demo_opens_in_the_day(tmp_path: Path):
    with clock.preserved():
        clock.freeze(datetime(2027, 1, 2, 14, 5, tzinfo=UTC))  # 15:05 in Paris
        with build_demo_workspace(tmp_path / "demo.envol", people=40) as workspace:
            event = current_event(workspace)
            sessions = load_agenda(workspace, event.id).sessions
            assert any(s.starts_at <= clock.now() < s.ends_at for s in sessions)
            with workspace.reading() as session:
                assert counters(session, event.id).checked_in > 0


def test_same_day_and_seed_same_demo(tmp_path: Path):
    def people(path: Path) -> list[tuple[str, str, str | None]]:
        with build_demo_workspace(path, people=30) as workspace, workspace.reading() as session:
            rows = session.execute(select(Person.first_name, Person.last_name, Person.email)
                                   .order_by(Person.last_name, Person.first_name, Person.email)).all()
            assert session.scalar(select(func.count()).select_from(Person)) == len(rows)
            return [tuple(row) for row in rows]

    with clock.preserved():
        clock.freeze(datetime(2027, 1, 2, 10, tzinfo=UTC))
        assert people(tmp_path / "a.envol") == people(tmp_path / "b.envol")
