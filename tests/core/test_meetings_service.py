"""The meetings through the services: requests (entered, imported, refused), the plan written as meetings, the desk
re-planning no-shows at a slot's start without moving anyone else, and the flow on two desks that sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core import clock
from core.errors import EnvolError
from core.meetings import plan, programme, replan, requests
from core.meetings.read import desk_meetings, overview
from core.models import Meeting, MeetingSide, MeetingStatus, RequestStatus
from core.sync.bundle import sync_with_bundle
from tests.core.meetings_helpers import at, build_small, check_in_all_but
from tests.core.sync_helpers import blank_template, new_replica


def _active(workspace, event_id):
    with workspace.reading() as s:
        view = overview(s, event_id)
    return [m for m in view.meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.HELD)]


def test_the_plan_places_accepted_requests_without_double_booking(workspace):
    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        report = plan.compute_plan(uow, small.event_id)
    meetings = _active(workspace, small.event_id)
    assert report.placed == len(meetings) > 0
    assert report.gap <= 0.02 and report.bound >= report.objective
    seats = [(m.slot_number, m.table_number) for m in meetings]
    people = [(m.slot_number, p.participant_id) for m in meetings for p in (m.first, m.second)]
    assert len(set(seats)) == len(seats) and len(set(people)) == len(people)
    # 8 structures × 3 accepted requests = 24 > 3 slots × 4 tables = 12: the rest say why.
    assert report.placed + len(report.unplaced) == 24
    assert {u.reason.value for u in report.unplaced} <= {"no_table", "partners_busy", "person_full"}


def test_computing_again_keeps_pinned_and_started_meetings(workspace):
    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    with workspace.unit_of_work() as uow:
        pinned = uow.session.scalars(select(Meeting).order_by(Meeting.id)).first()
        pinned.pinned = True
        kept = (pinned.id, pinned.slot_id, pinned.table_id)
    with clock.frozen(at("10:05")), workspace.unit_of_work() as uow:  # the first slot has started
        first_slot = {(m.id, m.slot_id, m.table_id) for m in uow.session.scalars(select(Meeting))
                      if m.slot_id == programme.slots(uow, small.programme_id)[0].id}
        report = plan.compute_plan(uow, small.event_id)
        after = {(m.id, m.slot_id, m.table_id) for m in uow.session.scalars(select(Meeting))}
    assert kept in after and first_slot <= after
    assert report.kept >= len(first_slot)


def test_three_absent_companies_free_their_meetings_and_partners_get_someone_present(workspace):
    small = build_small(workspace, companies=8, structures=10, tables=8, asks=1)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    absent = set(small.companies[:3])
    check_in_all_but(workspace, small, absent)
    before = {m.id: (m.slot_number, m.table_number) for m in _active(workspace, small.event_id)}
    with clock.frozen(at("10:00")), workspace.unit_of_work() as uow:
        slot = replan.current_slot(uow, small.event_id)
        report = replan.replan_slot(uow, small.event_id, slot)
    after = _active(workspace, small.event_id)
    assert report.freed, "the absent companies' meetings of the first slot are freed"
    for r in report.replacements:
        assert r.new.participant_id not in absent and r.partner.participant_id not in absent
        assert MeetingSide.STRUCTURE in (r.new.side, r.partner.side), "two companies are never paired"
    freed = {mid for mid, _names in report.freed}
    # Nobody else moved: every meeting still active kept its slot and table.
    for m in after:
        if m.id in before:
            assert before[m.id] == (m.slot_number, m.table_number)
            assert m.id not in freed
    slot_one = [m for m in after if m.slot_number == 1]
    tables = [m.table_number for m in slot_one]
    people = [p.participant_id for m in slot_one for p in (m.first, m.second)]
    assert len(set(tables)) == len(tables) and len(set(people)) == len(people)
    assert not {p for p in people} & absent
    # The partners keep their own table: a replacement sits where the freed meeting was.
    freed_tables = {before[mid][1] for mid in freed}
    assert {r.table_number for r in report.replacements} <= freed_tables
    # At check-in the partner sees the new meeting.
    assert report.replacements and not report.left_alone
    r = report.replacements[0]
    with workspace.reading() as s:
        lines = desk_meetings(s, small.event_id, r.partner.person_id)
    assert any(line.with_name == r.new.name and line.replanned for line in lines)


def test_a_slot_that_is_over_is_never_replanned(workspace):
    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
        first = programme.slots(uow, small.programme_id)[0].id
    with clock.frozen(at("10:30")), pytest.raises(EnvolError) as caught, workspace.unit_of_work() as uow:
        replan.replan_slot(uow, small.event_id, first)
    assert caught.value.code == "meetings_slot_over"


def test_bad_requests_get_a_clear_code(workspace):
    small = build_small(workspace, asks=1)
    s, c = small.structures[0], small.companies[0]
    import uuid

    cases = [((s, s), "meetings_self_request"), ((s, uuid.uuid4()), "meetings_unknown_person")]
    for (a, b), code in cases:
        with pytest.raises(EnvolError) as caught, workspace.unit_of_work() as uow:
            requests.request(uow, small.programme_id, a, b)
        assert caught.value.code == code
    with pytest.raises(EnvolError) as caught, workspace.unit_of_work() as uow:
        requests.request(uow, small.programme_id, s, c, priority=7)
    assert caught.value.code == "meetings_bad_priority"


def test_import_keeps_good_rows_and_names_the_bad_ones_by_line(workspace):
    small = build_small(workspace, asks=0)
    data = ("Demandeur;Destinataire;Priorité;Motif;Statut\n"
            "p4@example.org;p0@example.org;1;Mécénat;acceptée\n"
            "p5@example.org;Entreprise 1;2;;oui\n"
            "inconnu@example.org;p0@example.org;1;;\n"
            "p6@example.org;p6@example.org;1;;\n"
            "p7@example.org;p2@example.org;9;;\n").encode()
    with workspace.unit_of_work() as uow:
        report = requests.import_requests(uow, small.programme_id, data, "demandes.csv")
    assert (report.created, report.updated) == (2, 0)
    assert [(p.row, p.code) for p in report.problems] == [
        (4, "meetings_unknown_person"), (5, "meetings_self_request"), (6, "meetings_bad_priority")]
    with workspace.reading() as s:
        view = overview(s, small.event_id)
    assert {r.status for r in view.requests} == {RequestStatus.ACCEPTED}


def test_a_plan_asked_with_no_tables_says_so(workspace):
    small = build_small(workspace, tables=0)
    with pytest.raises(EnvolError) as caught, workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id, now=at("08:00"))
    assert caught.value.code == "meetings_no_tables"


def test_plan_at_the_office_no_shows_at_the_desk_both_see_the_same(tmp_path: Path):
    template = blank_template(tmp_path)
    office = new_replica(template, tmp_path / "bureau.envol")
    desk = new_replica(template, tmp_path / "accueil.envol")
    stick = tmp_path / "cle.envolsync"
    small = build_small(office, companies=8, structures=10, tables=8, asks=1)
    with clock.frozen(at("08:00")), office.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    sync_with_bundle(office, stick)
    sync_with_bundle(desk, stick)
    assert _active(desk, small.event_id) == _active(office, small.event_id)
    check_in_all_but(desk, small, set(small.companies[:3]))
    with clock.frozen(at("10:01")), desk.unit_of_work() as uow:
        report = replan.replan_slot(uow, small.event_id, replan.current_slot(uow, small.event_id))
    assert report.replacements
    sync_with_bundle(desk, stick)
    sync_with_bundle(office, stick)
    assert _active(office, small.event_id) == _active(desk, small.event_id)
    office.close()
    desk.close()


def test_after_the_day_held_meetings_and_follow_ups_reach_the_funder_report(workspace):
    from core.exports.report import funder_report, report_sheets
    from core.meetings.after import set_follow_up
    from core.models import MeetingFollowUp

    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    check_in_all_but(workspace, small, {small.companies[0]})
    meetings = _active(workspace, small.event_id)
    both_here = [m for m in meetings if small.companies[0] not in (m.first.participant_id, m.second.participant_id)]
    with workspace.unit_of_work() as uow:
        set_follow_up(uow, [both_here[0].id], MeetingFollowUp.PARTENARIAT)
    with clock.frozen(at("12:00")):
        report = funder_report(workspace, small.event_id)
    figures = report.meetings
    assert figures is not None
    assert (figures.planned, figures.held) == (len(meetings), len(both_here))
    assert figures.structures_received == len({m.first.structure if m.first.side == MeetingSide.STRUCTURE
                                               else m.second.structure for m in both_here})
    assert dict(figures.follow_ups) == {MeetingFollowUp.PARTENARIAT: 1}
    assert figures.by_commune == (("Sevran", len(both_here), figures.structures_received),)
    with workspace.unit_of_work() as uow:  # corrected by hand: that one did not take place after all
        replan.mark(uow, [both_here[0].id], MeetingStatus.MISSED)
    with clock.frozen(at("12:00")):
        again = funder_report(workspace, small.event_id).meetings
    assert again is not None and again.held == len(both_here) - 1
    titles = [sheet.title for sheet in report_sheets(report)]
    assert "Rendez-vous d'affaires" in titles and "Rendez-vous par commune" in titles


def test_erasing_a_person_clears_their_profile_and_the_reasons_of_their_requests(workspace):
    from core.models import MeetingParticipant, MeetingRequest
    from core.services import rgpd

    small = build_small(workspace, asks=1)
    structure = small.structures[0]
    with workspace.unit_of_work() as uow:
        programme.join(uow, small.programme_id, small.person_of[structure], MeetingSide.STRUCTURE,
                       profile="Nous cherchons un mécène pour notre ressourcerie de Sevran")
        requests.request(uow, small.programme_id, structure, small.companies[1], priority=1,
                         reason="Rencontrer Mme Nom1, que je connais", status=RequestStatus.ACCEPTED)
        requests.request(uow, small.programme_id, small.structures[1], structure, priority=2,
                         reason="Voir la ressourcerie de M. Nom4 à Sevran", status=RequestStatus.ACCEPTED)
        plan.compute_plan(uow, small.event_id, now=at("08:00"))
    with workspace.unit_of_work() as uow:
        rgpd.erase_person(uow, small.person_of[structure])
    with workspace.reading() as s:
        assert s.get(MeetingParticipant, structure).profile is None
        reasons = s.scalars(select(MeetingRequest.reason).where(
            (MeetingRequest.requester_id == structure) | (MeetingRequest.target_id == structure))).all()
        view = overview(s, small.event_id)
    assert len(reasons) >= 3 and all(r is None for r in reasons)  # made and received: both name them
    # The meetings stay (the report's counts do not move) but show the erased name, nothing of the person.
    theirs = [m for m in view.meetings if structure in (m.first.participant_id, m.second.participant_id)]
    assert theirs and all("Nom4" not in f"{m.first.name} {m.second.name}" for m in theirs)
    assert rgpd.export_person(workspace, small.person_of[structure])["meetings"][0]["profile"] is None


def test_a_persons_data_export_lists_their_meetings_requests_availability_and_follow_ups(workspace):
    from core.meetings import after
    from core.models import MeetingFollowUp
    from core.services import rgpd

    small = build_small(workspace, asks=1)
    structure, company = small.structures[0], small.companies[1]
    with workspace.unit_of_work() as uow:
        first_slot = programme.slots(uow, small.programme_id)[0]
        programme.join(uow, small.programme_id, small.person_of[structure], MeetingSide.STRUCTURE,
                       offers=["achats"], profile="Ressourcerie à Sevran", available=[first_slot.id], max_meetings=2)
        requests.request(uow, small.programme_id, structure, company, priority=1, reason="Un mécénat de compétences",
                         status=RequestStatus.ACCEPTED)
        requests.request(uow, small.programme_id, small.structures[1], structure, priority=3,
                         status=RequestStatus.PENDING)
        plan.compute_plan(uow, small.event_id, now=at("08:00"))
    with workspace.reading() as s:
        mine = [r for r in overview(s, small.event_id).meetings
                if structure in (r.first.participant_id, r.second.participant_id)]
    with workspace.unit_of_work() as uow:
        after.set_follow_up(uow, [mine[0].id], MeetingFollowUp.CONTACT)

    record = rgpd.export_person(workspace, small.person_of[structure])["meetings"]
    assert len(record) == 1
    joined = record[0]
    assert joined["event"] == "Rencontres territoriales" and joined["side"] == "structure"
    assert joined["profile"] == "Ressourcerie à Sevran" and joined["max_meetings"] == 2
    assert joined["available_slots"] == [first_slot.starts_at.isoformat()]
    assert {r["to"] for r in joined["requests_made"]} >= {"Prénom1 Nom1"}
    assert "Un mécénat de compétences" in [r["reason"] for r in joined["requests_made"]]
    assert [r["from"] for r in joined["requests_received"]] == [f"Prénom{len(small.companies) + 1} "
                                                               f"Nom{len(small.companies) + 1}"]
    assert len(joined["meetings"]) == len(mine) >= 1
    assert joined["meetings"][0]["starts_at"] == first_slot.starts_at.isoformat()
    assert "contact_pris" in [m["follow_up"] for m in joined["meetings"]]
    # Someone who never joined the meetings: nothing.
    with workspace.unit_of_work() as uow:
        from core.services import directory

        stranger = directory.create_person(uow, "Zoé", "Ailleurs")
    assert rgpd.export_person(workspace, stranger.id)["meetings"] == []


def _profile(workspace, participant, **changes):
    with workspace.reading() as s:
        current = programme.profile_of(s, participant)
    values = {"side": current.side, "offers": current.offers, "seeks": current.seeks, "profile": current.profile,
              "available": current.available, "max_meetings": current.max_meetings, "sector": current.sector}
    with workspace.unit_of_work() as uow:
        programme.edit_profile(uow, participant, **{**values, **changes})


def test_the_profile_form_edits_the_participation_and_the_sector_of_the_persons_structure(workspace):
    small = build_small(workspace, asks=0)
    company = small.companies[0]
    with workspace.unit_of_work() as uow:
        second = programme.slots(uow, small.programme_id)[1].id
    _profile(workspace, company, side=MeetingSide.FINANCEUR, offers=["financement", "mecenat"], seeks=[],
             profile="  Fondation d'entreprise  ", available=[second], max_meetings=2, sector="k")
    with workspace.reading() as s:
        after = programme.profile_of(s, company)
    assert (after.side, after.offers, after.seeks, after.profile) == (
        MeetingSide.FINANCEUR, ("financement", "mecenat"), (), "Fondation d'entreprise")
    assert (after.available, after.max_meetings, after.sector, after.organisation) == (
        frozenset({second}), 2, "K", "Entreprise 0")
    with pytest.raises(EnvolError) as error:
        _profile(workspace, company, sector="Z")
    assert error.value.code == "unknown_sector"
    _profile(workspace, company, sector=None, available=None, max_meetings=None)
    with workspace.reading() as s:
        cleared = programme.profile_of(s, company)
    assert (cleared.sector, cleared.available, cleared.max_meetings) == (None, None, None)


def test_the_funder_report_counts_the_meetings_held_by_the_companies_sector(workspace):
    from core.exports.report import funder_report, report_sheets

    small = build_small(workspace)
    _profile(workspace, small.companies[0], sector="K")
    _profile(workspace, small.companies[1], sector="K")
    _profile(workspace, small.companies[2], sector="H")
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    check_in_all_but(workspace, small, set())
    meetings = _active(workspace, small.event_id)
    with clock.frozen(at("12:00")):
        report = funder_report(workspace, small.event_id)
    assert report.meetings is not None

    def company_of(m):
        return m.first if m.first.side == MeetingSide.ENTREPRISE else m.second

    expected = {}
    for code, firms in (("K", small.companies[:2]), ("H", small.companies[2:3]), (None, small.companies[3:])):
        mine = [m for m in meetings if company_of(m).participant_id in firms]
        expected[code] = (len(mine), len({m.first.structure if company_of(m) is m.second else m.second.structure
                                          for m in mine}), len({company_of(m).participant_id for m in mine}))
    assert {code: rest for code, *rest in report.meetings.by_sector} == {
        code: list(v) for code, v in expected.items() if v[0]}
    sheet = next(s for s in report_sheets(report) if s.title == "Rendez-vous par secteur")
    assert [row[0] for row in sheet.rows][:1] == ["Banque et assurance"]  # the most meetings first
    assert "(secteur non renseigné)" in [row[0] for row in sheet.rows]


def test_a_few_peoples_schedules_read_directly_match_the_whole_plan(workspace):
    from core.meetings.read import schedule_of, schedules

    small = build_small(workspace)
    with clock.frozen(at("08:00")), workspace.unit_of_work() as uow:
        plan.compute_plan(uow, small.event_id)
    check_in_all_but(workspace, small, {small.companies[0]})
    with clock.frozen(at("10:01")), workspace.unit_of_work() as uow:  # freed and replaced meetings too
        replan.replan_slot(uow, small.event_id, programme.slots(uow, small.programme_id)[0].id)
    with workspace.reading() as s:
        view = overview(s, small.event_id)
        every = schedules(s, small.event_id)
        one = schedules(s, small.event_id, [small.person_of[small.structures[0]]])
    for who in view.people:
        expected = [(r.starts_at, r.table_number, other.name, other.structure, r.replanned)
                    for r, other in schedule_of(view.meetings, who.participant_id)]
        assert [(m.starts_at, m.table_number, m.with_name, m.with_structure, m.replanned)
                for m in every.get(who.person_id, [])] == expected
    assert list(one) == [small.person_of[small.structures[0]]]
