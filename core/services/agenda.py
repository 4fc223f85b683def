"""The agenda's sessions: create, edit, move, duplicate, delete (and restore, for undo).

Times are instants (UTC); the GUI and the exports show them in the event's zone (see core.agenda.timing).
Events, venues and rooms are in core.services.agenda_places; reads for the views in core.services.agenda_read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import func, select

from core import validation as v
from core.agenda.timing import DEFAULT_TIMEZONE, at_wall_clock, parse_hhmm
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation, ValidationError
from core.models import Audience, Event, EventSession, Room, SessionChoice, SessionKind, Status, Venue
from core.services.agenda_places import create_event, create_room, create_venue  # noqa: F401 - historic home

__all__ = [
    "SessionDetail", "SessionDraft", "SessionInfo", "add_session", "create_event", "create_room", "create_session", "create_venue",
    "delete_session", "duplicate_session", "local_time", "move_session", "restore_session", "session_detail",
    "session_info", "update_session", "validate_draft",
]


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: uuid.UUID
    event_id: uuid.UUID
    title: str
    kind: SessionKind
    starts_at: datetime
    ends_at: datetime
    venue_id: uuid.UUID | None
    room_id: uuid.UUID | None
    capacity: int | None


def session_info(s: EventSession) -> SessionInfo:
    return SessionInfo(s.id, s.event_id, s.title, s.kind, s.starts_at, s.ends_at, s.venue_id, s.room_id, s.capacity)


@dataclass(frozen=True, slots=True)
class SessionDraft:
    """Everything a person edits in a session; the editor dialog and undo carry it."""

    title: str
    starts_at: datetime
    ends_at: datetime
    kind: SessionKind = SessionKind.ATELIER
    venue_id: uuid.UUID | None = None
    room_id: uuid.UUID | None = None
    capacity: int | None = None
    facilitators: str | None = None
    description: str | None = None
    audience: Audience = Audience.OPEN
    accessibility: str | None = None


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """A session as the views show it: its draft, its identity and its confirmed registrations."""

    id: uuid.UUID
    event_id: uuid.UUID
    draft: SessionDraft
    confirmed: int = 0

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def starts_at(self) -> datetime:
        return self.draft.starts_at

    @property
    def ends_at(self) -> datetime:
        return self.draft.ends_at

    @property
    def room_id(self) -> uuid.UUID | None:
        return self.draft.room_id


def _draft_of(row: EventSession) -> SessionDraft:
    return SessionDraft(**{f.name: getattr(row, f.name) for f in fields(SessionDraft)})


def session_detail(row: EventSession, confirmed: int = 0) -> SessionDetail:
    return SessionDetail(row.id, row.event_id, _draft_of(row), confirmed)


def local_time(day: date, hhmm: str, timezone: str = DEFAULT_TIMEZONE) -> datetime:
    """An instant from a wall-clock time on a day, in the event's zone (DST-correct)."""
    return at_wall_clock(day, parse_hhmm(hhmm), timezone)


def _optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def validate_draft(draft: SessionDraft) -> SessionDraft:
    """The draft cleaned, or a ValidationError; pure, so the editor dialog checks before it closes."""
    if draft.starts_at.tzinfo is None or draft.ends_at.tzinfo is None:
        raise ValidationError("naive_time", "session times must be instants (time-zone aware)")
    if draft.ends_at <= draft.starts_at:
        raise ValidationError("session_ends_before_start", "the session ends before it starts")
    return replace(
        draft, title=v.required_name(draft.title, "titre"), capacity=v.capacity(draft.capacity),
        facilitators=_optional_text(v.clean_text(draft.facilitators)), description=_optional_text(draft.description),
        accessibility=_optional_text(draft.accessibility),
    )


def _checked(uow: UnitOfWork, draft: SessionDraft) -> SessionDraft:
    draft = validate_draft(draft)
    if draft.room_id is not None:
        room = uow.session.get(Room, draft.room_id)
        if room is None:
            raise NotFound("room_not_found", "no such room")
        draft = replace(draft, venue_id=room.venue_id)  # a room decides its venue
    elif draft.venue_id is not None and uow.session.get(Venue, draft.venue_id) is None:
        raise NotFound("venue_not_found", "no such venue")
    return draft


def _row(uow: UnitOfWork, session_id: uuid.UUID) -> EventSession:
    row = uow.session.get(EventSession, session_id)
    if row is None:
        raise NotFound("session_not_found", "no such session")
    return row


def _confirmed(uow: UnitOfWork, session_id: uuid.UUID) -> int:
    return uow.session.scalar(select(func.count()).where(
        SessionChoice.session_id == session_id, SessionChoice.status == Status.CONFIRMED)) or 0


def create_session(
    uow: UnitOfWork, event_id: uuid.UUID, title: str, starts_at: datetime, ends_at: datetime, *,
    kind: SessionKind = SessionKind.ATELIER, venue_id: uuid.UUID | None = None, room_id: uuid.UUID | None = None,
    capacity: int | None = None, facilitators: str | None = None, description: str | None = None,
    audience: Audience = Audience.OPEN, accessibility: str | None = None,
) -> SessionInfo:
    draft = SessionDraft(title, starts_at, ends_at, kind, venue_id, room_id, capacity, facilitators, description,
                         audience, accessibility)
    return session_info(_insert(uow, event_id, draft))


def add_session(uow: UnitOfWork, event_id: uuid.UUID, draft: SessionDraft,
                session_id: uuid.UUID | None = None) -> SessionDetail:
    """Create from a draft (the editor dialog); `session_id` re-creates a deleted session under its own key."""
    return session_detail(_insert(uow, event_id, draft, session_id))


def _insert(uow: UnitOfWork, event_id: uuid.UUID, draft: SessionDraft,
            session_id: uuid.UUID | None = None) -> EventSession:
    if uow.session.get(Event, event_id) is None:
        raise NotFound("event_not_found", "no such event")
    draft = _checked(uow, draft)
    row = EventSession(event_id=event_id, **{f.name: getattr(draft, f.name) for f in fields(SessionDraft)})
    if session_id is not None:
        row.id = session_id
    uow.session.add(row)
    uow.session.flush()
    return row


def update_session(uow: UnitOfWork, session_id: uuid.UUID, draft: SessionDraft) -> SessionDetail:
    """Replace the editable fields; an impossible session (end before start, empty title) is refused.

    A field given exactly as it is stored is left as it is stored: cleaning the draft (spaces, an empty text) only
    applies to the fields that change, so editing the title never rewrites a description it did not touch."""
    row = _row(uow, session_id)
    stored = _draft_of(row)
    checked = _checked(uow, draft)
    for f in fields(SessionDraft):
        if getattr(draft, f.name) != getattr(stored, f.name) and getattr(row, f.name) != getattr(checked, f.name):
            setattr(row, f.name, getattr(checked, f.name))
    uow.session.flush()
    return session_detail(row, _confirmed(uow, session_id))


def move_session(uow: UnitOfWork, session_id: uuid.UUID, starts_at: datetime,
                 room_id: uuid.UUID | None) -> SessionDetail:
    """Move to a new start and room, keeping the duration (a real duration: 3 h stay 3 h across a DST change)."""
    row = _row(uow, session_id)
    draft = _draft_of(row)
    moved = replace(draft, starts_at=starts_at, ends_at=starts_at + (draft.ends_at - draft.starts_at),
                    room_id=room_id, venue_id=draft.venue_id if room_id is None else None)
    return update_session(uow, session_id, moved)


def delete_session(uow: UnitOfWork, session_id: uuid.UUID) -> SessionDetail:
    """Delete a session nobody chose; returns what it was, so that undo can restore it."""
    row = _row(uow, session_id)
    chosen = uow.session.scalar(select(func.count()).where(SessionChoice.session_id == session_id)) or 0
    if chosen:
        raise RuleViolation("session_has_registrations", "people chose this session", count=chosen)
    detail = session_detail(row)
    uow.session.delete(row)
    uow.session.flush()
    return detail


def restore_session(uow: UnitOfWork, detail: SessionDetail) -> SessionDetail:
    """Undo of a delete: the same session under the same key."""
    return add_session(uow, detail.event_id, detail.draft, detail.id)


def duplicate_session(uow: UnitOfWork, session_id: uuid.UUID, *, title: str | None = None) -> SessionDetail:
    """A copy at the same time and place (the conflict list then shows the double booking until it is moved)."""
    row = _row(uow, session_id)
    draft = _draft_of(row)
    return add_session(uow, row.event_id, replace(draft, title=title or draft.title))
