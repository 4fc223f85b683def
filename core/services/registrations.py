"""Registration rules: one registration per person and event, capacities, first-come waiting lists.

A place freed by a cancellation goes to the first on the waiting list (by request time), at once,
in the same transaction: nobody has to remember to promote anyone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select

from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation
from core.models import Event, EventSession, Person, Registration, SessionChoice, Source, Status, utcnow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ChoiceInfo:
    session_id: uuid.UUID
    status: Status


@dataclass(frozen=True, slots=True)
class RegistrationInfo:
    id: uuid.UUID
    person_id: uuid.UUID
    event_id: uuid.UUID
    status: Status
    source: Source
    choices: tuple[ChoiceInfo, ...]


@dataclass(frozen=True, slots=True)
class Promotion:
    """Someone moved from a waiting list to a confirmed place. session_id None: the event itself."""

    registration_id: uuid.UUID
    session_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class RegistrationChange:
    registration: RegistrationInfo
    promoted: tuple[Promotion, ...] = ()


def registration_info(reg: Registration) -> RegistrationInfo:
    choices = tuple(ChoiceInfo(c.session_id, c.status) for c in sorted(reg.choices, key=lambda c: c.requested_at))
    return RegistrationInfo(reg.id, reg.person_id, reg.event_id, reg.status, reg.source, choices)


def register(
    uow: UnitOfWork,
    person_id: uuid.UUID,
    event_id: uuid.UUID,
    session_ids: Iterable[uuid.UUID] = (),
    *,
    source: Source = Source.MANUAL,
    source_reference: str | None = None,
) -> RegistrationChange:
    """Register a person to an event (and sessions). Full event or session: on its waiting list."""
    session = uow.session
    event = _get(uow, Event, event_id, "event_not_found")
    _get(uow, Person, person_id, "person_not_found")
    reg = session.scalar(
        select(Registration).where(Registration.person_id == person_id, Registration.event_id == event_id)
    )
    if reg is not None and reg.status != Status.CANCELLED:
        raise RuleViolation("already_registered", "this person is already registered to this event",
                            registration_id=str(reg.id))
    status = Status.CONFIRMED if _has_room(uow, event) else Status.WAITING  # before the new row exists
    if reg is None:
        reg = Registration(person_id=person_id, event_id=event_id)
        session.add(reg)
    reg.status = status
    reg.source = source
    reg.source_reference = source_reference or reg.source_reference
    reg.requested_at = utcnow()
    session.flush()
    for session_id in session_ids:
        _choose(uow, reg, session_id)
    session.flush()
    return RegistrationChange(registration_info(reg))


def choose_sessions(uow: UnitOfWork, registration_id: uuid.UUID, session_ids: Iterable[uuid.UUID]) -> RegistrationChange:
    reg = _get(uow, Registration, registration_id, "registration_not_found")
    if reg.status == Status.CANCELLED:
        raise RuleViolation("registration_cancelled", "the registration is cancelled")
    for session_id in session_ids:
        _choose(uow, reg, session_id)
    uow.session.flush()
    return RegistrationChange(registration_info(reg))


def cancel_choice(uow: UnitOfWork, registration_id: uuid.UUID, session_id: uuid.UUID) -> RegistrationChange:
    reg = _get(uow, Registration, registration_id, "registration_not_found")
    choice = next((c for c in reg.choices if c.session_id == session_id and c.status != Status.CANCELLED), None)
    if choice is None:
        raise NotFound("choice_not_found", "not registered to this session")
    was_confirmed = choice.status == Status.CONFIRMED
    choice.status = Status.CANCELLED
    uow.session.flush()
    promoted = _promote_session(uow, choice.session) if was_confirmed else ()
    return RegistrationChange(registration_info(reg), tuple(promoted))


def cancel(uow: UnitOfWork, registration_id: uuid.UUID) -> RegistrationChange:
    """Cancel a registration and its sessions; the freed places go to the waiting lists."""
    reg = _get(uow, Registration, registration_id, "registration_not_found")
    if reg.status == Status.CANCELLED:
        raise RuleViolation("registration_cancelled", "the registration is already cancelled")
    freed_event = reg.status == Status.CONFIRMED
    freed_sessions = [c.session for c in reg.choices if c.status == Status.CONFIRMED]
    reg.status = Status.CANCELLED
    for choice in reg.choices:
        choice.status = Status.CANCELLED
    uow.session.flush()
    promoted: list[Promotion] = []
    if freed_event:
        promoted += _promote_event(uow, reg.event)
    for event_session in freed_sessions:
        promoted += _promote_session(uow, event_session)
    return RegistrationChange(registration_info(reg), tuple(promoted))


def _choose(uow: UnitOfWork, reg: Registration, session_id: uuid.UUID) -> None:
    event_session = _get(uow, EventSession, session_id, "session_not_found")
    if event_session.event_id != reg.event_id:
        raise RuleViolation("session_of_other_event", "this session belongs to another event",
                            session_id=str(session_id))
    choice = next((c for c in reg.choices if c.session_id == session_id), None)
    if choice is not None and choice.status != Status.CANCELLED:
        return  # choosing twice is harmless
    # Decide before the new row exists: a query's autoflush would otherwise count it in its own session.
    # Someone waiting for the event waits for its sessions too; promotion re-examines them.
    confirmed = reg.status == Status.CONFIRMED and _session_has_room(uow, event_session)
    status = Status.CONFIRMED if confirmed else Status.WAITING
    if choice is None:
        choice = SessionChoice(registration=reg, session_id=session_id, status=status, requested_at=utcnow())
        uow.session.add(choice)
    else:
        choice.status, choice.requested_at = status, utcnow()
    uow.session.flush()


def _has_room(uow: UnitOfWork, event: Event) -> bool:
    if event.capacity is None:
        return True
    taken = uow.session.scalar(
        select(func.count()).where(Registration.event_id == event.id, Registration.status == Status.CONFIRMED)
    )
    return (taken or 0) < event.capacity


def _session_has_room(uow: UnitOfWork, event_session: EventSession) -> bool:
    if event_session.capacity is None:
        return True
    return confirmed_count(uow, event_session.id) < event_session.capacity


def confirmed_count(uow: UnitOfWork, session_id: uuid.UUID) -> int:
    taken = uow.session.scalar(
        select(func.count()).where(SessionChoice.session_id == session_id, SessionChoice.status == Status.CONFIRMED)
    )
    return taken or 0


def _promote_event(uow: UnitOfWork, event: Event) -> list[Promotion]:
    promoted: list[Promotion] = []
    while _has_room(uow, event):
        reg = uow.session.scalar(
            select(Registration)
            .where(Registration.event_id == event.id, Registration.status == Status.WAITING)
            .order_by(Registration.requested_at, Registration.id)
            .limit(1)
        )
        if reg is None:
            break
        reg.status = Status.CONFIRMED
        uow.session.flush()
        promoted.append(Promotion(reg.id, None))
        # Their session choices were waiting behind the event's list: give them a place where one is free.
        for choice in sorted(reg.choices, key=lambda c: c.requested_at):
            if choice.status == Status.WAITING and _session_has_room(uow, choice.session) \
                    and _first_waiting(uow, choice.session_id) is choice:
                choice.status = Status.CONFIRMED
                uow.session.flush()
                promoted.append(Promotion(reg.id, choice.session_id))
    return promoted


def _first_waiting(uow: UnitOfWork, session_id: uuid.UUID) -> SessionChoice | None:
    return uow.session.scalar(
        select(SessionChoice)
        .join(Registration)
        .where(
            SessionChoice.session_id == session_id,
            SessionChoice.status == Status.WAITING,
            Registration.status == Status.CONFIRMED,
        )
        .order_by(SessionChoice.requested_at, SessionChoice.id)
        .limit(1)
    )


def _promote_session(uow: UnitOfWork, event_session: EventSession) -> list[Promotion]:
    promoted: list[Promotion] = []
    while _session_has_room(uow, event_session):
        choice = _first_waiting(uow, event_session.id)
        if choice is None:
            break
        choice.status = Status.CONFIRMED
        uow.session.flush()
        promoted.append(Promotion(choice.registration_id, event_session.id))
    return promoted


def _get(uow: UnitOfWork, model: type[T], key: uuid.UUID, code: str) -> T:
    row = uow.session.get(model, key)
    if row is None:
        raise NotFound(code, f"no {model.__name__} {key}", id=str(key))
    return row
