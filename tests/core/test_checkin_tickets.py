"""Tickets: signed tokens that any desk verifies, short codes, repair of AZERTY-garbled scanner input."""

from __future__ import annotations

from sqlalchemy import func, select

from core.models import Device, Registration, Status, Ticket
from core.services import tickets
from core.services.events import list_events
from core.tickets import decode_token, input_candidates, normalise_code, repair_azerty, verify_token


def test_demo_registrations_all_have_a_ticket(demo_workspace):
    with demo_workspace.reading() as session:
        active = session.scalar(select(func.count()).select_from(Registration)
                                .where(Registration.status != Status.CANCELLED))
        issued = session.scalar(select(func.count(func.distinct(Ticket.registration_id))))
    assert active and issued == active


def test_ensure_tickets_issues_once_and_token_verifies_with_device_public_key(demo_workspace):
    event = list_events(demo_workspace)[0]
    with demo_workspace.unit_of_work() as uow:
        assert tickets.ensure_tickets(uow, event.id) == []  # the demo already has them
        reg_id = uow.session.scalar(select(Registration.id).where(Registration.event_id == event.id).limit(1))
        info = tickets.ticket_for_registration(uow, reg_id)
        # The device that issued it (the demo's; this copy of the demo took its own identity at its first write).
        device = uow.session.get(Device, uow.session.get(Ticket, info.id).issued_by_device_id)
        public_key = device.public_key
    decoded = decode_token(info.token)
    assert decoded.event_id == event.id and decoded.ticket_id == info.id
    assert verify_token(decoded, public_key)
    assert info.token.isupper() and info.token.isalnum()  # QR alphanumeric mode, no personal data
    assert normalise_code(info.code.lower().replace("-", " ")) == info.code


def test_reissue_revokes_the_old_ticket(demo_workspace):
    with demo_workspace.unit_of_work() as uow:
        reg_id = uow.session.scalar(select(Registration.id).where(Registration.status == Status.CONFIRMED).limit(1))
        old = tickets.ticket_for_registration(uow, reg_id)
        new = tickets.reissue_ticket(uow, reg_id)
        assert new.id != old.id and new.code != old.code
        assert uow.session.get(Ticket, old.id).revoked_at is not None


def test_azerty_repair():
    assert repair_azerty('&é"\'(-è_çà') == "1234567890"
    assert "K7P-4QX" in input_candidates("KèP)'QX")
    assert input_candidates("K7P-4QX")[0] == "K7P-4QX"
    assert input_candidates(" K7P-4QX\n") [0] == "K7P-4QX"


def test_a_reissued_ticket_of_someone_already_in_says_so(demo_workspace):
    from core.checkin import CheckInTarget
    from core.models import CheckIn
    from core.services import checkin

    with demo_workspace.unit_of_work() as uow:
        entered = select(Ticket.registration_id).join(CheckIn, CheckIn.ticket_id == Ticket.id)
        registration = uow.session.scalars(select(Registration).where(
            Registration.status == Status.CONFIRMED, Registration.id.not_in(entered)).limit(1)).one()
        old = tickets.ticket_for_registration(uow, registration.id)
        assert checkin.scan(uow, old.token, CheckInTarget(registration.event_id)).accepted
        new = tickets.reissue_ticket(uow, registration.id)  # badge lost after entering
    with demo_workspace.unit_of_work() as uow:
        result = checkin.scan(uow, new.token, CheckInTarget(registration.event_id))
    assert result.verdict.reason.value == "already_checked_in"
