"""What the printed documents show, read from the database into frozen dataclasses (no ORM, no Qt).

Badges need the tickets' tokens; feuilles d'émargement the registrants of a session or half-day.
Attestations are computed from real check-ins in core.services.attendance.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import typography
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, ValidationError
from core.meetings.read import DeskMeeting, schedules
from core.models import (
    BadgeRole,
    Event,
    EventSession,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    SessionChoice,
    Status,
    Ticket,
    Venue,
)
from core.services.attendance import checked_in_registrations
from core.services.print_log import printed_counts
from core.validation import search_key

NOON = time(12, 30)  # a session starting before this is in the morning; ending after 13:30 reaches the afternoon
AFTERNOON = time(13, 30)


@dataclass(frozen=True, slots=True)
class BadgeData:
    registration_id: uuid.UUID
    first_name: str
    last_name: str
    organisation: str | None
    role: BadgeRole
    event_name: str
    ticket_code: str | None
    token: str | None  # encoded in the QR code; None when the registration has no ticket yet
    printed_count: int  # how many times this badge was already printed
    event_dates: str = ""  # « 13 novembre 2026 », « du 2 au 30 novembre 2026 »
    # The person's business meetings at the event, printed on the badge's back (or the next label).
    meetings: tuple[DeskMeeting, ...] = ()


@dataclass(frozen=True, slots=True)
class SheetRow:
    last_name: str
    first_name: str
    organisation: str | None
    checked_in: bool


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    """A feuille d'émargement: one session, or all sessions of a half-day."""

    event_name: str
    title: str
    day: date
    hours: str  # "14:00 – 17:00"
    venue: str
    facilitators: str
    columns: tuple[str, ...]  # one signature column per half-day
    rows: tuple[SheetRow, ...]


def _event(session: Session, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", f"event {event_id} not found")
    return event


def _tickets(uow: UnitOfWork, event_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str | None]]:
    """Ticket code and token per registration; missing tickets are issued first by the check-in feature's
    service (ensure_tickets returns only the new ones, so every valid ticket is read back afterwards)."""
    try:
        tickets = importlib.import_module("core.services.tickets")
    except ImportError:
        tickets = None
    if tickets is not None and hasattr(tickets, "ensure_tickets"):
        tickets.ensure_tickets(uow, event_id)
    rows = uow.session.execute(
        select(Ticket.registration_id, Ticket.code, Ticket.token)
        .join(Registration, Registration.id == Ticket.registration_id)
        .where(Registration.event_id == event_id, Ticket.revoked_at.is_(None))
        .order_by(Ticket.created_at)
    ).all()
    return {registration_id: (code, token) for registration_id, code, token in rows}


def event_dates(first: date, last: date) -> str:
    """« 13 novembre 2026 », « du 2 au 30 novembre 2026 », « du 30 octobre au 2 novembre 2026 »."""
    if first == last:
        return typography.long_date(first, weekday=False)
    if (first.year, first.month) == (last.year, last.month):
        return f"du {'1er' if first.day == 1 else first.day} au {typography.long_date(last, weekday=False)}"
    if first.year == last.year:
        start = typography.long_date(first, weekday=False).rsplit(" ", 1)[0]
        return f"du {start} au {typography.long_date(last, weekday=False)}"
    return f"du {typography.long_date(first, weekday=False)} au {typography.long_date(last, weekday=False)}"


def badge_role(person_role: str | None, organisation: str | None, kind: OrganisationKind | None,
               full_name: str, facilitators: str) -> BadgeRole:
    """The colour band guessed from what the directory knows, when the office chose none for the registration."""
    role = search_key(person_role)
    if "benevol" in role:
        return BadgeRole.BENEVOLE
    if search_key(full_name) in facilitators or "intervenant" in role:
        return BadgeRole.INTERVENANT
    if kind == OrganisationKind.COLLECTIVITE:
        return BadgeRole.ORGANISATION
    if kind == OrganisationKind.ENTREPRISE:
        return BadgeRole.ENTREPRISE_PARTENAIRE
    return BadgeRole.PARTICIPANT


def _meetings_by_registration(session: Session, event_id: uuid.UUID,
                              registration_ids: Collection[uuid.UUID] | None) -> dict[uuid.UUID, tuple[DeskMeeting, ...]]:
    """Per registration, its person's active meetings in time order (only those asked for when given)."""
    query = select(Registration.person_id, Registration.id).where(Registration.event_id == event_id,
                                                                  Registration.status == Status.CONFIRMED)
    if registration_ids is not None:
        query = query.where(Registration.id.in_(list(registration_ids)))
    registration_of = dict(session.execute(query).all())
    found = schedules(session, event_id, None if registration_ids is None else list(registration_of))
    return {registration_of[person]: tuple(mine) for person, mine in found.items() if person in registration_of}


def badges(uow: UnitOfWork, event_id: uuid.UUID, *, session_id: uuid.UUID | None = None,
           registration_ids: Collection[uuid.UUID] | None = None, only_not_printed: bool = False) -> list[BadgeData]:
    """Badges of the event's confirmed registrations, sorted by name; optionally one session's, a selection,
    or only those never printed."""
    session = uow.session
    event = _event(session, event_id)
    query = (
        select(Registration.id, Person.first_name, Person.last_name, Person.role, Organisation.name,
               Organisation.kind, Registration.badge_role)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED)
    )
    if session_id is not None:
        _session_of_event(session, session_id, event_id)
        query = query.join(SessionChoice, SessionChoice.registration_id == Registration.id).where(
            SessionChoice.session_id == session_id, SessionChoice.status == Status.CONFIRMED)
    if registration_ids is not None:
        query = query.where(Registration.id.in_(list(registration_ids)))
    facilitators = search_key(*session.scalars(select(EventSession.facilitators)
                                               .where(EventSession.event_id == event_id)))
    tickets = _tickets(uow, event_id)
    printed = printed_counts(session, event_id)
    meetings = _meetings_by_registration(session, event_id, registration_ids)
    out = []
    for reg_id, first, last, person_role, org, kind, chosen in session.execute(query).all():
        if only_not_printed and printed.get(reg_id):
            continue
        code, token = tickets.get(reg_id, (None, None))
        role = chosen or badge_role(person_role, org, kind, f"{first} {last}", facilitators)
        out.append(BadgeData(reg_id, first, last, org, role, event.name, code, token, printed.get(reg_id, 0),
                             event_dates(event.starts_on, event.ends_on), meetings.get(reg_id, ())))
    out.sort(key=lambda b: (search_key(b.last_name), search_key(b.first_name)))
    return out


@dataclass(frozen=True, slots=True)
class BadgeRoleInfo:
    """A registration's badge role: the one chosen by the office (None: guessed), and the guess."""

    registration_id: uuid.UUID
    first_name: str
    last_name: str
    event_name: str
    chosen: BadgeRole | None
    guessed: BadgeRole

    @property
    def role(self) -> BadgeRole:
        return self.chosen or self.guessed


def badge_role_info(session: Session, registration_id: uuid.UUID) -> BadgeRoleInfo:
    row = session.execute(
        select(Registration.event_id, Registration.badge_role, Person.first_name, Person.last_name, Person.role,
               Organisation.name, Organisation.kind)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.id == registration_id)
    ).one_or_none()
    if row is None:
        raise NotFound("registration_not_found", f"registration {registration_id} not found")
    event_id, chosen, first, last, person_role, org, kind = row
    event = _event(session, event_id)
    facilitators = search_key(*session.scalars(select(EventSession.facilitators)
                                               .where(EventSession.event_id == event_id)))
    guessed = badge_role(person_role, org, kind, f"{first} {last}", facilitators)
    return BadgeRoleInfo(registration_id, first, last, event.name, chosen, guessed)


def set_badge_role(uow: UnitOfWork, registration_id: uuid.UUID, role: BadgeRole | None) -> BadgeRoleInfo:
    """Choose the colour band of this registration's badge; None goes back to the guess."""
    registration = uow.session.get(Registration, registration_id)
    if registration is None:
        raise NotFound("registration_not_found", f"registration {registration_id} not found")
    if registration.badge_role != role:
        registration.badge_role = role
        uow.session.flush()
    return badge_role_info(uow.session, registration_id)


def _session_of_event(session: Session, session_id: uuid.UUID, event_id: uuid.UUID | None = None) -> EventSession:
    found = session.get(EventSession, session_id)
    if found is None:
        raise NotFound("session_not_found", f"session {session_id} not found")
    if event_id is not None and found.event_id != event_id:
        raise ValidationError("session_of_other_event", "this session belongs to another event")
    return found


def _venue_text(session: Session, sessions: list[EventSession]) -> str:
    """Each venue written once, with the rooms used in it: « Espace Jacques Prévert, Aulnay-sous-Bois
    (Salle A, Salle B) »."""
    rooms: dict[str, list[str]] = {}
    for s in sessions:
        venue = session.get(Venue, s.venue_id) if s.venue_id else None
        if venue is None:
            continue
        used = rooms.setdefault(venue.name + (f", {venue.commune}" if venue.commune else ""), [])
        if s.room is not None and s.room.name not in used:
            used.append(s.room.name)
    return " ; ".join(f"{name} ({', '.join(used)})" if used else name for name, used in rooms.items())


def half_day_columns(start: datetime, end: datetime) -> tuple[str, ...]:
    """One signature column per half-day the span covers (local times)."""
    columns = []
    day = start.date()
    while day <= end.date():
        morning = (day > start.date() or start.time() < NOON) and (day < end.date() or end.time() > time(8, 0))
        afternoon = (day < end.date() or end.time() > AFTERNOON) and (day > start.date() or start.time() < time(19))
        prefix = "" if start.date() == end.date() else f"{day.day:02d}/{day.month:02d} "
        if morning:
            columns.append(f"{prefix}Matin")
        if afternoon:
            columns.append(f"{prefix}Après-midi")
        day = date.fromordinal(day.toordinal() + 1)
    return tuple(columns) if len(columns) > 1 else ("Signature",)


def _sheet(session: Session, event: Event, title: str, sessions: list[EventSession], day: date,
           start: datetime, end: datetime) -> AttendanceSheet:
    session_ids = [s.id for s in sessions]
    rows = session.execute(
        select(Registration.id, Person.last_name, Person.first_name, Organisation.name).distinct()
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .join(SessionChoice, SessionChoice.registration_id == Registration.id)
        .where(SessionChoice.session_id.in_(session_ids), SessionChoice.status == Status.CONFIRMED,
               Registration.status == Status.CONFIRMED)
    ).all() if session_ids else []
    present = checked_in_registrations(session, event.id, session_ids=session_ids)
    sheet_rows = sorted(
        (SheetRow(last, first, org, reg_id in present) for reg_id, last, first, org in rows),
        key=lambda r: (search_key(r.last_name), search_key(r.first_name)),
    )
    facilitators = " ; ".join(dict.fromkeys(s.facilitators for s in sessions if s.facilitators))
    return AttendanceSheet(event.name, title, day, typography.hours(start, end), _venue_text(session, sessions),
                           facilitators, half_day_columns(start, end), tuple(sheet_rows))


def sheet_for_session(session: Session, session_id: uuid.UUID) -> AttendanceSheet:
    found = _session_of_event(session, session_id)
    event = _event(session, found.event_id)
    zone = ZoneInfo(event.timezone)
    start, end = found.starts_at.astimezone(zone), found.ends_at.astimezone(zone)
    return _sheet(session, event, found.title, [found], start.date(), start, end)


def sheet_for_half_day(session: Session, event_id: uuid.UUID, day: date, afternoon: bool) -> AttendanceSheet:
    """Everyone registered to a session of that morning (or afternoon): one sheet for funders per half-day."""
    event = _event(session, event_id)
    zone = ZoneInfo(event.timezone)
    chosen = [s for s in session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                         .order_by(EventSession.starts_at))
              if s.starts_at.astimezone(zone).date() == day
              and (s.starts_at.astimezone(zone).time() >= NOON) == afternoon]
    if not chosen:
        raise ValidationError("no_session_that_half_day", "no session in this half-day", day=day.isoformat())
    start = min(s.starts_at for s in chosen).astimezone(zone)
    end = max(s.ends_at for s in chosen).astimezone(zone)
    title = ("Après-midi" if afternoon else "Matinée") + " : " + " ; ".join(s.title for s in chosen)
    sheet = _sheet(session, event, title, chosen, day, start, end)
    column = "Après-midi" if afternoon else "Matin"
    return AttendanceSheet(sheet.event_name, sheet.title, sheet.day, sheet.hours, sheet.venue, sheet.facilitators,
                           (column,), sheet.rows)


def sheet_for_day(session: Session, event_id: uuid.UUID, day: date) -> AttendanceSheet:
    """Everyone registered to a session that day: one sheet with a Matin and an Après-midi signature column."""
    event = _event(session, event_id)
    zone = ZoneInfo(event.timezone)
    chosen = [s for s in session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                         .order_by(EventSession.starts_at))
              if s.starts_at.astimezone(zone).date() == day]
    if not chosen:
        raise ValidationError("no_session_that_half_day", "no session that day", day=day.isoformat())
    start = min(s.starts_at for s in chosen).astimezone(zone)
    end = max(s.ends_at for s in chosen).astimezone(zone)
    sheet = _sheet(session, event, "Journée", chosen, day, start, end)
    return AttendanceSheet(sheet.event_name, sheet.title, sheet.day, sheet.hours, sheet.venue, sheet.facilitators,
                           ("Matin", "Après-midi"), sheet.rows)


@dataclass(frozen=True, slots=True)
class SessionItem:
    id: uuid.UUID
    title: str
    starts_at: datetime  # local to the event


def event_sessions(session: Session, event_id: uuid.UUID) -> list[SessionItem]:
    """The event's sessions in time order, for a "which session" menu."""
    event = _event(session, event_id)
    zone = ZoneInfo(event.timezone)
    return [SessionItem(s.id, s.title, s.starts_at.astimezone(zone))
            for s in session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                     .order_by(EventSession.starts_at, EventSession.title))]


def half_days(items: list[SessionItem]) -> list[tuple[date, bool]]:
    """(day, afternoon) of every half-day that has a session."""
    return sorted({(s.starts_at.date(), s.starts_at.time() >= NOON) for s in items})
