"""A workspace that takes a new device identity keeps its data and its tickets; new tickets carry the new key."""

from __future__ import annotations

from sqlalchemy import select

from core.checkin import CheckInTarget
from core.models import CheckIn, Device, Registration, Status, Ticket
from core.services import checkin, tickets
from core.services.devices import take_new_identity


def test_new_identity_keeps_old_tickets_valid_and_signs_new_ones_with_a_new_key(demo_workspace) -> None:
    before = demo_workspace.device_id
    with demo_workspace.unit_of_work() as uow:
        entered = select(Ticket.registration_id).join(CheckIn, CheckIn.ticket_id == Ticket.id)
        first, second = uow.session.scalars(select(Registration).where(
            Registration.status == Status.CONFIRMED, Registration.id.not_in(entered)).limit(2)).all()
        old_ticket = tickets.ticket_for_registration(uow, first.id)
        old_key = uow.session.get(Device, before).public_key

    after = take_new_identity(demo_workspace)

    assert after == demo_workspace.device_id != before
    with demo_workspace.unit_of_work() as uow:
        assert uow.session.get(Device, before).public_key == old_key  # the old row stays: its tickets verify
        assert checkin.scan(uow, old_ticket.token, CheckInTarget(first.event_id)).accepted
        new_ticket = tickets.reissue_ticket(uow, second.id)
        new_key = uow.session.get(Device, after).public_key
    assert new_key is not None and new_key != old_key
    with demo_workspace.unit_of_work() as uow:
        assert checkin.scan(uow, new_ticket.token, CheckInTarget(second.event_id)).accepted
    with demo_workspace.reading() as session:
        recorded_by = set(session.scalars(select(CheckIn.device_id).where(CheckIn.ticket_id.in_(
            [old_ticket.id, new_ticket.id]))))
    assert recorded_by == {after}
