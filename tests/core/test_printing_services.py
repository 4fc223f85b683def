"""The print log and the printing data: not printed twice by accident, filters for whom to print."""

from __future__ import annotations

import uuid

import pytest

from core.errors import NotFound, RuleViolation, ValidationError
from core.models import BadgeRole, PrintedDocument, PrintRecord
from core.services import print_data
from core.services.print_log import printed_counts, record_prints
from tests.printing.scenario import build


def test_a_reprint_needs_a_reason_which_is_logged(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace, extra_people=2)
    first, second, *_ = scenario.tokens
    with workspace.unit_of_work() as uow:
        summary = record_prints(uow, [first], stock="a4-8", device_id=workspace.device_id)
    assert (summary.printed, summary.reprinted) == (1, 0)
    with pytest.raises(RuleViolation) as error, workspace.unit_of_work() as uow:
        record_prints(uow, [first, second])
    assert error.value.code == "already_printed" and error.value.details["count"] == 1
    with workspace.unit_of_work() as uow:  # the refused job wrote nothing
        assert printed_counts(uow.session, scenario.event_id) == {first: 1}
        summary = record_prints(uow, [first, second], reprint_reason="  badge perdu  ")
    assert (summary.printed, summary.reprinted) == (1, 1)
    with workspace.reading() as session:
        reasons = {r.registration_id: r.reprint_reason for r in session.query(PrintRecord)}
        assert printed_counts(session, scenario.event_id) == {first: 2, second: 1}
    assert reasons[second] is None and "badge perdu" in {r for r in reasons.values() if r}
    with pytest.raises(ValidationError), workspace.unit_of_work() as uow:
        record_prints(uow, [])


def test_badges_for_whom(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace, extra_people=3)
    everyone = list(scenario.tokens)
    with workspace.unit_of_work() as uow:
        record_prints(uow, everyone[:2])
    with workspace.unit_of_work() as uow:
        all_badges = print_data.badges(uow, scenario.event_id)
        not_printed = print_data.badges(uow, scenario.event_id, only_not_printed=True)
        chosen = print_data.badges(uow, scenario.event_id, registration_ids=everyone[2:4])
        of_session = print_data.badges(uow, scenario.event_id, session_id=scenario.empty)
    assert len(all_badges) == len(everyone)
    assert {b.registration_id for b in not_printed} == set(everyone[2:])
    assert {b.registration_id for b in chosen} == set(everyone[2:4])
    assert of_session == []
    assert {b.token for b in all_badges} == set(scenario.tokens.values())
    assert BadgeRole.ENTREPRISE_PARTENAIRE in {b.role for b in all_badges}
    assert sum(b.printed_count for b in all_badges) == 2


def test_a_badge_role_chosen_for_a_registration_wins_over_the_guess(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace, extra_people=2)
    with workspace.unit_of_work() as uow:
        guessed = {b.registration_id: b.role for b in print_data.badges(uow, scenario.event_id)}
    company = next(r for r, role in guessed.items() if role == BadgeRole.ENTREPRISE_PARTENAIRE)
    other = next(r for r, role in guessed.items() if role == BadgeRole.PARTICIPANT)
    with workspace.unit_of_work() as uow:
        info = print_data.set_badge_role(uow, company, BadgeRole.INTERVENANT)
        print_data.set_badge_role(uow, other, BadgeRole.BENEVOLE)
    assert (info.chosen, info.guessed, info.role) == (BadgeRole.INTERVENANT, BadgeRole.ENTREPRISE_PARTENAIRE,
                                                      BadgeRole.INTERVENANT)
    with workspace.unit_of_work() as uow:
        roles = {b.registration_id: b.role for b in print_data.badges(uow, scenario.event_id)}
    assert roles[company] == BadgeRole.INTERVENANT and roles[other] == BadgeRole.BENEVOLE
    assert {r: v for r, v in roles.items() if r not in (company, other)} == {
        r: v for r, v in guessed.items() if r not in (company, other)}

    with workspace.unit_of_work() as uow:  # back to the guess
        assert print_data.set_badge_role(uow, company, None).role == BadgeRole.ENTREPRISE_PARTENAIRE
    with workspace.unit_of_work() as uow:
        assert {b.registration_id: b.role for b in print_data.badges(uow, scenario.event_id)}[company] == \
            BadgeRole.ENTREPRISE_PARTENAIRE
    with pytest.raises(NotFound), workspace.unit_of_work() as uow:
        print_data.set_badge_role(uow, uuid.uuid4(), BadgeRole.BENEVOLE)


def test_attestations_are_logged_with_their_code_and_may_be_issued_again(workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace, extra_people=2)
    first, *_ = scenario.checked_in
    with workspace.unit_of_work() as uow:
        record_prints(uow, [first], document=PrintedDocument.ATTESTATION, verification_codes={first: "ABCDE-FGH23"})
        summary = record_prints(uow, [first], document=PrintedDocument.ATTESTATION,
                                verification_codes={first: "ABCDE-FGH23"})
    assert (summary.printed, summary.reprinted) == (0, 1)
    with workspace.reading() as session:
        assert printed_counts(session, scenario.event_id, PrintedDocument.ATTESTATION) == {first: 2}
        assert printed_counts(session, scenario.event_id) == {}  # no badge printed
        assert {r.verification_code for r in session.query(PrintRecord)} == {"ABCDE-FGH23"}
