"""scan -> verdict: no input crashes it, forged or altered tokens are never accepted, every attempt is recorded."""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.checkin import CheckInTarget, IssuerFacts, Reason, TicketFacts, decide, read_scan
from core.models import CheckIn, EventKind, Registration, Status, Ticket
from core.services import agenda, checkin, tickets
from core.tickets import generate_private_key, public_key_bytes, sign_token

KEY = generate_private_key()
DEVICE, EVENT, TICKET = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
TOKEN = sign_token(KEY, EVENT, TICKET, DEVICE)
ISSUERS = {DEVICE: IssuerFacts(public_key_bytes(KEY))}
FACTS = TicketFacts(TICKET, uuid.uuid4(), EVENT, Status.CONFIRMED)


@given(st.text(max_size=600))
def test_no_text_crashes_the_decision(text):
    verdict = decide(read_scan(text), CheckInTarget(EVENT), FACTS, ISSUERS)
    assert isinstance(verdict.reason, Reason)


@given(st.integers(0, len(TOKEN) - 1), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_an_altered_token_is_never_accepted(position, char):
    altered = TOKEN[:position] + char + TOKEN[position + 1:]
    verdict = decide(read_scan(altered), CheckInTarget(EVENT), FACTS, ISSUERS)
    assert verdict.accepted == (altered == TOKEN)


def test_every_other_last_character_is_refused():
    # The last base32 character has spare bits: some changes there keep the bytes, and were accepted.
    for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567":
        altered = TOKEN[:-1] + char
        verdict = decide(read_scan(altered), CheckInTarget(EVENT), FACTS, ISSUERS)
        assert verdict.accepted == (altered == TOKEN), char


def test_signature_of_another_key_is_forged_and_other_event_refused():
    forged = sign_token(generate_private_key(), EVENT, TICKET, DEVICE)
    assert decide(read_scan(forged), CheckInTarget(EVENT), FACTS, ISSUERS).reason is Reason.FORGED
    assert decide(read_scan(TOKEN), CheckInTarget(uuid.uuid4()), FACTS, ISSUERS).reason is Reason.OTHER_EVENT
    assert decide(read_scan(TOKEN[:-5]), CheckInTarget(EVENT), FACTS, ISSUERS).reason is Reason.UNREADABLE
    revoked = {DEVICE: IssuerFacts(public_key_bytes(KEY), key_revoked=True)}
    assert decide(read_scan(TOKEN), CheckInTarget(EVENT), FACTS, revoked).reason is Reason.REVOKED


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_through_the_service_always_give_a_recorded_verdict(workspace, data):
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Forum", EventKind.AUTRE, date(2026, 11, 13), date(2026, 11, 13))
        result = checkin.scan(uow, data.decode("latin-1"), CheckInTarget(event))
    assert not result.accepted


def test_bad_inputs_of_the_issue_on_the_demo(demo_workspace):
    with demo_workspace.reading() as session:
        entered = select(Ticket.registration_id).join(CheckIn, CheckIn.ticket_id == Ticket.id)
        reg_id, event_id = session.execute(select(Registration.id, Registration.event_id).where(
            Registration.status == Status.CONFIRMED, Registration.id.not_in(entered)).limit(1)).one()
        other_event = session.scalar(select(Registration.event_id).where(Registration.event_id != event_id).limit(1))
    target = CheckInTarget(event_id)
    with demo_workspace.unit_of_work() as uow:
        ticket = tickets.reissue_ticket(uow, reg_id)
        before = uow.session.scalar(select(func.count()).select_from(CheckIn))
        same_second = [checkin.scan(uow, ticket.token, target) for _ in range(2)]
        assert [r.verdict.reason for r in same_second] == [Reason.VALID, Reason.ALREADY_CHECKED_IN]
        assert checkin.scan(uow, "x" * 10_000, target).verdict.reason is Reason.UNREADABLE
        assert checkin.scan(uow, ticket.token, CheckInTarget(other_event)).verdict.reason is Reason.OTHER_EVENT
        old = uow.session.scalar(select(Ticket).where(Ticket.registration_id == reg_id, Ticket.id != ticket.id))
        assert checkin.scan(uow, old.token, target).verdict.reason is Reason.REVOKED
        # undo is a new record; after it the ticket enters again
        undo = checkin.undo(uow, same_second[0].checkin_id)
        assert undo.undone_id == same_second[0].checkin_id
        assert checkin.scan(uow, ticket.code.lower(), target).verdict.reason is Reason.VALID
        assert uow.session.scalar(select(func.count()).select_from(CheckIn)) == before + 7


def test_scan_or_search_is_decided_by_the_shape_of_the_text():
    from core.checkin import Shape, shape_of

    assert shape_of("camille chauvin") is Shape.TEXT
    assert shape_of("chauvin") is Shape.TEXT
    assert shape_of("marie.dupont2@example.org") is Shape.TEXT
    assert shape_of("06 12 34 56 78") is Shape.TEXT
    for code in ("d8z2c4", "D8Z-2C4", "k7p 4qx", 'd8z"c4'):  # any case, dash or space, AZERTY digits
        assert shape_of(code) is Shape.CODE, code
    assert shape_of("10230000") is Shape.REFERENCE  # a HelloAsso number, a Weezevent barcode
    assert shape_of("391636955919") is Shape.REFERENCE
    assert shape_of("A" * 181) is Shape.TOKEN
    assert shape_of("") is Shape.TEXT and shape_of("\udcff" * 3) is Shape.TEXT


def test_a_person_admitted_without_registration_scanned_again_is_already_in():
    import uuid
    from datetime import UTC, datetime

    from core.checkin import CheckInTarget, PriorCheckIn, Reason, TicketFacts, decide
    from core.checkin.reading import Reading, ReadingKind
    from core.models import Status

    event, session, ticket = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    facts = TicketFacts(ticket, uuid.uuid4(), event, Status.CONFIRMED)
    target = CheckInTarget(event, session)
    reading = Reading(ReadingKind.TEXT, "")
    assert decide(reading, target, facts).reason is Reason.NOT_REGISTERED_TO_SESSION
    admitted = PriorCheckIn(uuid.uuid4(), session, datetime(2026, 11, 13, 9, tzinfo=UTC), "Accueil 1")
    again = decide(reading, target, TicketFacts(ticket, facts.registration_id, event, Status.CONFIRMED,
                                                prior=(admitted,)))
    assert again.reason is Reason.ALREADY_CHECKED_IN and again.first == admitted
