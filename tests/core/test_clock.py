"""The one clock: the network's day in Paris, a clock moved for a whole process, and sync with a wrong machine clock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from core import clock
from core.models import Person
from core.services import directory
from core.sync.bundle import sync_with_bundle
from tests.core.sync_helpers import blank_template, new_replica


@pytest.mark.parametrize(("instant", "paris_day"), [
    (datetime(2026, 11, 30, 23, 30, tzinfo=UTC), date(2026, 12, 1)),  # 00:30 in Paris: already December
    (datetime(2027, 3, 28, 1, 30, tzinfo=UTC), date(2027, 3, 28)),  # just after the spring change (03:30 CEST)
    (datetime(2027, 3, 27, 22, 59, tzinfo=UTC), date(2027, 3, 27)),  # 23:59 CET the evening before
    (datetime(2027, 10, 31, 0, 30, tzinfo=UTC), date(2027, 10, 31)),  # inside the repeated autumn hour
    (datetime(2027, 6, 30, 22, 0, tzinfo=UTC), date(2027, 7, 1)),  # midnight in summer time is 22:00 UTC
])
def test_today_is_the_day_in_paris_not_in_utc(frozen_clock, instant: datetime, paris_day: date) -> None:
    frozen_clock(instant)
    assert clock.now() == instant
    assert clock.today() == paris_day
    assert clock.today("UTC") == instant.date()


def test_a_moved_clock_runs_on_from_where_it_was_put() -> None:
    before = clock.now()
    with clock.preserved():
        clock.set_clock(datetime(2000, 1, 1, tzinfo=UTC))
        first = clock.now()
        second = clock.now()
        assert first.year == 2000 and first <= second and clock.moved()
        assert clock.today() == date(2000, 1, 1)
    assert abs((clock.now() - before).total_seconds()) < 60  # and back where the suite had put it


def test_a_process_started_with_envol_clock_lives_at_that_date(tmp_path: Path) -> None:
    env = {**os.environ, clock.CLOCK_ENV: "2027-01-02T10:00:00Z"}
    out = subprocess.run([sys.executable, "-c", "from core import clock; print(clock.today(), clock.moved())"],
                         env=env, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2027-01-02", "True"]


def test_sync_orders_edits_by_what_a_desk_has_seen_even_with_its_clock_in_2000(tmp_path: Path) -> None:
    """A laptop whose CMOS battery died (clock at 2000-01-01) edits a phone after receiving an edit from a desk at
    the right time: its edit is the later one on both desks (the hybrid clock moved past what it received)."""
    template = blank_template(tmp_path)
    bundle = tmp_path / "cle.envolsync"
    right, wrong = new_replica(template, tmp_path / "right.envol"), new_replica(template, tmp_path / "wrong.envol")
    with clock.preserved():
        try:
            clock.set_clock(datetime(2027, 1, 2, 10, tzinfo=UTC))
            with right.unit_of_work() as uow:
                person = directory.create_person(uow, "Éloïse", "Martin", phone="01 02 03 04 05").id
            sync_with_bundle(right, bundle)
            with right.unit_of_work() as uow:
                uow.session.get(Person, person).phone = "06 00 00 00 01"
            sync_with_bundle(right, bundle)

            clock.set_clock(datetime(2000, 1, 1, tzinfo=UTC))
            sync_with_bundle(wrong, bundle)
            with wrong.unit_of_work() as uow:
                uow.session.get(Person, person).phone = "07 00 00 00 02"  # seen later by the person at that desk
            sync_with_bundle(wrong, bundle)

            clock.set_clock(datetime(2027, 1, 2, 10, 5, tzinfo=UTC))
            sync_with_bundle(right, bundle)
            for space in (right, wrong):
                with space.reading() as session:
                    assert session.scalar(select(Person.phone).where(Person.id == person)) == "07 00 00 00 02"
        finally:
            right.close()
            wrong.close()


def test_today_is_read_in_the_workspace_time_zone(workspace, frozen_clock) -> None:
    from core.services.events import TIMEZONE_KEY, network_today

    frozen_clock(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    assert network_today(workspace) == date(2026, 12, 1)  # Paris by default: already December
    workspace.set_setting(TIMEZONE_KEY, "America/Cayenne")  # a network overseas: still November there
    assert network_today(workspace) == date(2026, 11, 30)
