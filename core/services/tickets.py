"""Issue tickets: a signed token and a short code per registration, signed with this device's key.

The private key lives only in this device's LocalSetting table; its public key is on the Device row,
which syncs, so that every desk verifies every other desk's tickets offline.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation
from core.models import Device, LocalSetting, Registration, Status, Ticket, utcnow
from core.tickets import (
    generate_private_key,
    new_code,
    private_key_from_text,
    private_key_to_text,
    public_key_bytes,
    sign_token,
)

DEVICE_KEY = "device_id"  # same key as core.db.workspace.DEVICE_KEY
PRIVATE_KEY_SETTING = "ticket_signing_key"
_CODE_ATTEMPTS = 20


@dataclass(frozen=True, slots=True)
class TicketInfo:
    id: uuid.UUID
    registration_id: uuid.UUID
    code: str
    token: str
    revoked: bool = False


def ticket_info(ticket: Ticket) -> TicketInfo:
    return TicketInfo(ticket.id, ticket.registration_id, ticket.code, ticket.token or "", ticket.revoked_at is not None)


def this_device_id(uow: UnitOfWork) -> uuid.UUID:
    setting = uow.session.get(LocalSetting, DEVICE_KEY)
    if setting is None:
        raise NotFound("device_not_found", "this workspace has no device identity")
    return uuid.UUID(setting.value)


def signing_key(uow: UnitOfWork) -> tuple[uuid.UUID, Ed25519PrivateKey]:
    """This device's id and private key, made (and its public key published) on first use."""
    device_id = this_device_id(uow)
    setting = uow.session.get(LocalSetting, PRIVATE_KEY_SETTING)
    device = uow.session.get(Device, device_id)
    if device is None:
        raise NotFound("device_not_found", "this device's row is missing", id=str(device_id))
    if setting is not None:
        key = private_key_from_text(setting.value)
        if device.public_key != public_key_bytes(key):
            device.public_key = public_key_bytes(key)
        return device_id, key
    key = generate_private_key()
    uow.session.add(LocalSetting(key=PRIVATE_KEY_SETTING, value=private_key_to_text(key)))
    device.public_key = public_key_bytes(key)
    uow.session.flush()
    return device_id, key


def _unused_code(uow: UnitOfWork, taken: set[str]) -> str:
    for _ in range(_CODE_ATTEMPTS):
        code = new_code()
        if code not in taken and uow.session.scalar(select(Ticket.id).where(Ticket.code == code)) is None:
            taken.add(code)
            return code
    raise RuleViolation("ticket_code_exhausted", "no free ticket code found")  # pragma: no cover


def _issue(uow: UnitOfWork, reg_id: uuid.UUID, event_id: uuid.UUID, key: Ed25519PrivateKey,
           device_id: uuid.UUID, taken: set[str]) -> Ticket:
    ticket = Ticket(id=uuid.uuid4(), registration_id=reg_id, code=_unused_code(uow, taken),
                    issued_by_device_id=device_id)
    ticket.token = sign_token(key, event_id, ticket.id, device_id)
    uow.session.add(ticket)
    return ticket


def ensure_tickets(uow: UnitOfWork, event_id: uuid.UUID) -> list[TicketInfo]:
    """A ticket for every confirmed or waiting registration of the event that has none; returns the new ones."""
    has_ticket = select(Ticket.id).where(Ticket.registration_id == Registration.id, Ticket.revoked_at.is_(None))
    missing = uow.session.scalars(
        select(Registration.id).where(
            Registration.event_id == event_id,
            Registration.status.in_([Status.CONFIRMED, Status.WAITING]),
            ~has_ticket.exists(),
        ).order_by(Registration.requested_at, Registration.id)
    ).all()
    if not missing:
        return []
    device_id, key = signing_key(uow)
    taken: set[str] = set()
    tickets = [_issue(uow, reg_id, event_id, key, device_id, taken) for reg_id in missing]
    uow.session.flush()
    return [ticket_info(t) for t in tickets]


def ticket_for_registration(uow: UnitOfWork, registration_id: uuid.UUID) -> TicketInfo:
    """The registration's valid ticket, issued now if it has none (a walk-in, a late import)."""
    reg = uow.session.get(Registration, registration_id)
    if reg is None:
        raise NotFound("registration_not_found", "no such registration", id=str(registration_id))
    ticket = uow.session.scalar(
        select(Ticket).where(Ticket.registration_id == registration_id, Ticket.revoked_at.is_(None))
        .order_by(Ticket.created_at.desc()).limit(1)
    )
    if ticket is None:
        device_id, key = signing_key(uow)
        ticket = _issue(uow, reg.id, reg.event_id, key, device_id, set())
        uow.session.flush()
    return ticket_info(ticket)


def revoke_ticket(uow: UnitOfWork, ticket_id: uuid.UUID) -> TicketInfo:
    """Revoke a ticket (lost, resold, reissued): it scans as "revoked" on every desk after sync."""
    ticket = uow.session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("ticket_not_found", "no such ticket", id=str(ticket_id))
    if ticket.revoked_at is None:
        ticket.revoked_at = utcnow()
        uow.session.flush()
    return ticket_info(ticket)


def reissue_ticket(uow: UnitOfWork, registration_id: uuid.UUID) -> TicketInfo:
    """Revoke the registration's ticket(s) and issue a new one (a lost or shared badge)."""
    for ticket in uow.session.scalars(
        select(Ticket).where(Ticket.registration_id == registration_id, Ticket.revoked_at.is_(None))
    ):
        ticket.revoked_at = utcnow()
    uow.session.flush()
    return ticket_for_registration(uow, registration_id)
