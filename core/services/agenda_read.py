"""What the agenda views and exports read: one event with its sessions, places and confirmed counts, in one go."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from core.agenda.conflicts import Conflict, Slot, find_conflicts
from core.agenda.timing import event_window
from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
from core.models import Event, EventSession, Room, SessionChoice, Status, Venue
from core.services.agenda import SessionDetail, session_detail
from core.services.agenda_places import (
    EventDetail,
    RoomDetail,
    VenueDetail,
    event_detail,
    room_detail,
    venue_detail,
)


@dataclass(frozen=True)
class AgendaData:
    event: EventDetail
    sessions: tuple[SessionDetail, ...]  # by start time
    venues: dict[uuid.UUID, VenueDetail] = field(default_factory=dict)
    rooms: tuple[RoomDetail, ...] = ()  # every room of the workspace, by venue then name

    @property
    def timezone(self) -> str:
        return self.event.draft.timezone

    def room(self, room_id: uuid.UUID | None) -> RoomDetail | None:
        return next((r for r in self.rooms if r.id == room_id), None) if room_id else None

    def session(self, session_id: uuid.UUID) -> SessionDetail | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def with_session(self, detail: SessionDetail) -> AgendaData:
        """The same agenda with one session replaced (or added); keeps the confirmed count already known."""
        known = self.session(detail.id)
        if known is not None and detail.confirmed == 0:
            detail = replace(detail, confirmed=known.confirmed)
        others = [s for s in self.sessions if s.id != detail.id]
        return replace(self, sessions=tuple(sorted([*others, detail], key=_order)))

    def without_session(self, session_id: uuid.UUID) -> AgendaData:
        return replace(self, sessions=tuple(s for s in self.sessions if s.id != session_id))

    def conflicts(self) -> list[Conflict]:
        draft = self.event.draft
        return find_conflicts(slots(self.sessions), event_window(draft.starts_on, draft.ends_on, draft.timezone))


def _order(s: SessionDetail) -> tuple[object, ...]:
    return (s.starts_at, s.ends_at, s.title)


def slots(sessions: Iterable[SessionDetail]) -> list[Slot]:
    return [Slot(s.id, s.starts_at, s.ends_at, s.room_id, s.draft.facilitators, s.draft.capacity, s.confirmed)
            for s in sessions]


def load_agenda(workspace: Workspace, event_id: uuid.UUID) -> AgendaData:
    with workspace.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound("event_not_found", "no such event")
        confirmed: dict[uuid.UUID, int] = dict(session.execute(
            select(SessionChoice.session_id, func.count())
            .join(EventSession, SessionChoice.session_id == EventSession.id)
            .where(EventSession.event_id == event_id, SessionChoice.status == Status.CONFIRMED)
            .group_by(SessionChoice.session_id)
        ).all())
        rows = session.scalars(select(EventSession).where(EventSession.event_id == event_id))
        sessions = tuple(sorted((session_detail(r, confirmed.get(r.id, 0)) for r in rows), key=_order))
        venues = {v.id: venue_detail(v) for v in session.scalars(select(Venue).order_by(Venue.name))}
        rooms = session.scalars(select(Room).join(Venue).order_by(Venue.name, Room.name))
        return AgendaData(event_detail(event), sessions, venues, tuple(room_detail(r) for r in rooms))


def require_sessions(data: AgendaData) -> AgendaData:
    """Exports of an empty programme say so instead of writing an empty file."""
    if not data.sessions:
        raise RuleViolation("event_has_no_session", "the event has no session yet", event=data.event.name)
    return data


@dataclass(frozen=True)
class PlacesData:
    """Every venue and room of the workspace, for the venues and rooms editor."""
    venues: tuple[VenueDetail, ...]  # by name
    rooms: tuple[RoomDetail, ...]  # by venue then name

    def rooms_of(self, venue_id: uuid.UUID | None) -> tuple[RoomDetail, ...]:
        return tuple(r for r in self.rooms if r.venue_id == venue_id)


def load_places(workspace: Workspace) -> PlacesData:
    with workspace.reading() as session:
        venues = tuple(venue_detail(v) for v in session.scalars(select(Venue).order_by(Venue.name)))
        rooms = session.scalars(select(Room).join(Venue).order_by(Venue.name, Room.name))
        return PlacesData(venues, tuple(room_detail(r) for r in rooms))
