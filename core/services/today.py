"""What the home page « Aujourd'hui » and the sidebar's badges show: one read, a few counting queries.

Every figure is a count in SQL (never rows brought into Python), so it stays quick at 100,000 registrations:
today's and the coming events with registered / checked in / waiting list, the current event's next session,
agenda conflicts, probable duplicates (people sharing a folded name or an e-mail, structures sharing a SIRET),
open sync reviews and changes not yet sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from core import clock
from core.agenda.conflicts import find_conflicts
from core.db.workspace import Workspace
from core.models import Event, EventSession, Organisation, Person, Registration, Status
from core.services.agenda_read import load_agenda, slots
from core.services.directory_window import FIRST_SORT, LAST_SORT
from core.sync.service import sync_status


@dataclass(frozen=True, slots=True)
class EventFigures:
    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    registered: int  # confirmed
    checked_in: int  # entries that no undo cancels
    waiting: int
    is_today: bool


@dataclass(frozen=True, slots=True)
class NextSession:
    id: uuid.UUID
    title: str
    starts_at: datetime


@dataclass(frozen=True, slots=True)
class TodaySummary:
    today: date
    events: tuple[EventFigures, ...]  # today's first, then the coming ones (at most 3 in all)
    current: EventFigures | None  # the event chosen on this device
    next_session: NextSession | None  # of the current event, from now on
    conflicts: int  # agenda conflicts of the current event
    duplicate_people: int  # pairs to review
    duplicate_structures: int
    sync_waiting: int
    sync_reviews: int  # conflicts and double entries brought by syncs, not settled
    last_sync_at: datetime | None
    hub_url: str | None

    @property
    def to_check_in(self) -> int:
        """People still expected at today's events (the desk's badge)."""
        return sum(max(0, e.registered - e.checked_in) for e in self.events if e.is_today)


_CHECKED_IN = """
SELECT count(DISTINCT c.ticket_id) FROM checkins c
WHERE c.event_id = :event AND c.session_id IS NULL AND c.accepted = 1 AND c.kind != 'undo'
  AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes_id = c.id)
"""


def _figures(session: object, event: Event, today: date) -> EventFigures:
    counts = dict(session.execute(  # type: ignore[attr-defined]
        select(Registration.status, func.count()).where(Registration.event_id == event.id)
        .group_by(Registration.status)).all())
    checked = session.execute(text(_CHECKED_IN), {"event": event.id.hex}).scalar_one()  # type: ignore[attr-defined]
    return EventFigures(event.id, event.name, event.starts_on, event.ends_on, int(counts.get(Status.CONFIRMED, 0)),
                        int(checked or 0), int(counts.get(Status.WAITING, 0)),
                        event.starts_on <= today <= event.ends_on)


def _pairs(session: Session, groups: Select[Any]) -> int:
    """Pairs within the groups, summed by SQLite: 26,000 groups of 100,000 people never become Python rows (their
    fetch held the interpreter's lock 50 ms on every count, while the window waited)."""
    counted = groups.subquery()
    total = session.scalar(select(func.coalesce(func.sum(counted.c.n * (counted.c.n - 1) / 2), 0)))
    return int(total or 0)


def today_summary(workspace: Workspace, current_id: uuid.UUID | None) -> TodaySummary:
    today, now = clock.today(), clock.now()
    with workspace.reading() as session:
        coming = list(session.scalars(select(Event).where(Event.ends_on >= today)
                                      .order_by(Event.starts_on, Event.name).limit(3)))
        events = tuple(_figures(session, e, today) for e in coming)
        current_event = session.get(Event, current_id) if current_id else None
        current = next((e for e in events if e.id == current_id), None)
        if current is None and current_event is not None:
            current = _figures(session, current_event, today)
        next_session = None
        if current is not None:
            row = session.execute(select(EventSession.id, EventSession.title, EventSession.starts_at)
                                  .where(EventSession.event_id == current.id, EventSession.ends_at >= now)
                                  .order_by(EventSession.starts_at).limit(1)).first()
            next_session = NextSession(row[0], row[1], row[2]) if row else None
        n = func.count().label("n")
        people = _pairs(session, select(n).select_from(Person).group_by(LAST_SORT, FIRST_SORT)
                        .having(func.count() > 1))
        people += _pairs(session, select(n).select_from(Person).where(Person.email.is_not(None))
                         .group_by(func.lower(Person.email)).having(func.count() > 1))
        structures = _pairs(session, select(n).select_from(Organisation).where(Organisation.siret.is_not(None))
                            .group_by(Organisation.siret).having(func.count() > 1))
    conflicts = 0
    if current is not None:
        conflicts = len(find_conflicts(slots(load_agenda(workspace, current.id).sessions)))
    status = sync_status(workspace)
    return TodaySummary(today, events, current, next_session, conflicts, people, structures, status.waiting,
                        status.open_conflicts + status.open_duplicates, status.last_sync_at, status.hub_url)
