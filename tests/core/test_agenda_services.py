"""Agenda services: editing sessions, events, venues and rooms; DST-correct times; bad input with stable codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from core.agenda.timing import at_wall_clock, local, shift_days
from core.errors import NotFound, RuleViolation, ValidationError
from core.models import EventKind, SessionKind
from core.services import agenda, agenda_places, registrations
from core.services.agenda_read import load_agenda
from tests.demo import demo_event


@pytest.fixture
def mois(workspace):
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Mois de l'ESS", EventKind.MOIS_ESS, date(2026, 10, 20), date(2026, 11, 30))
        venue = agenda.create_venue(uow, "Tiers-lieu", address="Avenue de la Gare", commune="Sevran")
        room = agenda.create_room(uow, venue, "Atelier", 20)
        other = agenda.create_room(uow, venue, "Mezzanine", 20)
    return event, venue, room, other


def test_times_are_wall_clock_across_the_october_change(workspace, mois):
    event, _venue, room, _ = mois
    with workspace.unit_of_work() as uow:
        before = agenda.create_session(uow, event, "Samedi", agenda.local_time(date(2026, 10, 24), "10:00"),
                                       agenda.local_time(date(2026, 10, 24), "12:00"), room_id=room)
        after = agenda.create_session(uow, event, "Lundi", agenda.local_time(date(2026, 10, 26), "10:00"),
                                      agenda.local_time(date(2026, 10, 26), "12:00"), room_id=room)
    data = load_agenda(workspace, event)
    by_title = {s.title: s for s in data.sessions}
    assert by_title["Samedi"].starts_at == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)  # CEST, UTC+2
    assert by_title["Lundi"].starts_at == datetime(2026, 10, 26, 9, 0, tzinfo=UTC)  # CET, UTC+1
    assert local(by_title["Lundi"].starts_at).time() == time(10, 0)
    # Moving by one day keeps 10:00 on the wall, it does not add 24 hours.
    with workspace.unit_of_work() as uow:
        moved = agenda.move_session(uow, before.id, shift_days(before.starts_at, 1), room)
    assert moved.starts_at == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    assert local(moved.ends_at).time() == time(12, 0)
    assert after.id != before.id


def test_a_time_skipped_in_spring_is_refused_and_the_october_repeat_is_summer_time():
    with pytest.raises(ValidationError) as error:
        at_wall_clock(date(2026, 3, 29), time(2, 30))
    assert error.value.code == "nonexistent_local_time"
    assert at_wall_clock(date(2026, 10, 25), time(2, 30)) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_update_move_duplicate_delete_and_restore(workspace, mois):
    event, venue, room, other = mois
    day = date(2026, 11, 10)
    with workspace.unit_of_work() as uow:
        info = agenda.create_session(uow, event, "Atelier commercial", agenda.local_time(day, "14:00"),
                                     agenda.local_time(day, "17:00"), room_id=room, capacity=20)
    with workspace.unit_of_work() as uow:
        detail = load_agenda(workspace, event).session(info.id)
        assert detail is not None
        edited = agenda.update_session(uow, info.id, replace(
            detail.draft, title="  Atelier   commercial B2B ", kind=SessionKind.RENDEZ_VOUS, facilitators="A, B",
            description="Vendre aux entreprises", accessibility="Boucle magnétique"))
    assert edited.title == "Atelier commercial B2B"
    assert edited.draft.venue_id == venue
    with workspace.unit_of_work() as uow:
        moved = agenda.move_session(uow, info.id, agenda.local_time(date(2026, 11, 12), "09:00"), other)
    assert (moved.room_id, local(moved.ends_at).time()) == (other, time(12, 0))
    with workspace.unit_of_work() as uow:
        copy = agenda.duplicate_session(uow, info.id)
    assert copy.id != info.id and copy.draft == moved.draft
    with workspace.unit_of_work() as uow:
        gone = agenda.delete_session(uow, copy.id)
    assert load_agenda(workspace, event).session(copy.id) is None
    with workspace.unit_of_work() as uow:
        agenda.restore_session(uow, gone)
    assert load_agenda(workspace, event).session(copy.id) == gone


def test_bad_session_input_has_stable_codes_and_writes_nothing(workspace, mois):
    event, _venue, room, _ = mois
    day = date(2026, 11, 10)
    start, end = agenda.local_time(day, "14:00"), agenda.local_time(day, "17:00")
    cases = [
        (dict(title="   ", starts_at=start, ends_at=end), "empty_name"),
        (dict(title="X", starts_at=end, ends_at=start), "session_ends_before_start"),
        (dict(title="X", starts_at=start, ends_at=start), "session_ends_before_start"),
        (dict(title="X", starts_at=start, ends_at=end, capacity=0), "bad_capacity"),
        (dict(title="X", starts_at=start, ends_at=end, capacity=-3), "bad_capacity"),
    ]
    for kwargs, code in cases:
        with pytest.raises(ValidationError) as error, workspace.unit_of_work() as uow:
            agenda.create_session(uow, event, room_id=room, **kwargs)
        assert error.value.code == code
    assert load_agenda(workspace, event).sessions == ()
    with workspace.unit_of_work() as uow:
        info = agenda.create_session(uow, event, "Bon", start, end, room_id=room)
    detail = load_agenda(workspace, event).session(info.id)
    with pytest.raises(ValidationError) as error, workspace.unit_of_work() as uow:
        agenda.update_session(uow, info.id, replace(detail.draft, ends_at=start.replace(hour=1)))
    assert error.value.code == "session_ends_before_start"
    assert load_agenda(workspace, event).session(info.id) == detail  # nothing lost


def test_a_chosen_session_cannot_be_deleted(demo_workspace):

    rencontres = demo_event(demo_workspace, "Rencontres")
    data = load_agenda(demo_workspace, rencontres.id)
    chosen = next(s for s in data.sessions if s.confirmed)
    with pytest.raises(RuleViolation) as error, demo_workspace.unit_of_work() as uow:
        agenda.delete_session(uow, chosen.id)
    assert error.value.code == "session_has_registrations"
    with pytest.raises(RuleViolation) as error, demo_workspace.unit_of_work() as uow:
        agenda_places.delete_event(uow, rencontres.id)
    assert error.value.code == "event_has_registrations"
    assert registrations  # the demo registered people through the registrations service


def test_duplicate_event_shifts_sessions_by_calendar_days(workspace, mois):
    _event, _venue, room, _ = mois
    with workspace.unit_of_work() as uow:
        last_year = agenda.create_event(uow, "Rencontres 2025", EventKind.RENCONTRES, date(2025, 11, 14),
                                        date(2025, 11, 14), registration_url="https://example.org/inscription")
        agenda.create_session(uow, last_year, "Plénière", agenda.local_time(date(2025, 11, 14), "09:00"),
                              agenda.local_time(date(2025, 11, 14), "10:00"), room_id=room)
    with workspace.unit_of_work() as uow:
        copy = agenda_places.duplicate_event(uow, last_year, "Rencontres 2026", date(2026, 11, 13))
    data = load_agenda(workspace, copy.id)
    assert (copy.draft.starts_on, copy.draft.ends_on) == (date(2026, 11, 13), date(2026, 11, 13))
    assert copy.draft.registration_url == "https://example.org/inscription"
    [plenary] = data.sessions
    assert local(plenary.starts_at) == datetime(2026, 11, 13, 9, 0, tzinfo=local(plenary.starts_at).tzinfo)
    assert plenary.room_id == room


def test_events_venues_rooms_edit_and_refusals(workspace, mois):
    event, venue, room, other = mois
    with workspace.unit_of_work() as uow:
        detail = agenda_places.update_event(uow, event, agenda_places.EventDraft(
            "Mois de l'ESS 2026", EventKind.MOIS_ESS, date(2026, 11, 1), date(2026, 11, 30)))
        agenda_places.update_venue(uow, venue, "La Fabrique", address="1 avenue de la Gare", commune="Sevran",
                                   accessibility="Plain-pied")
        agenda_places.update_room(uow, other, "Mezzanine haute", 15)
    assert detail.name == "Mois de l'ESS 2026"
    bad = [
        (lambda uow: agenda_places.update_event(uow, event, replace(detail.draft, name="")), "empty_name"),
        (lambda uow: agenda_places.update_event(uow, event, replace(detail.draft, ends_on=date(2026, 10, 1))),
         "event_ends_before_start"),
        (lambda uow: agenda_places.update_event(uow, event, replace(detail.draft, registration_url="inscription")),
         "malformed_url"),
        (lambda uow: agenda_places.update_room(uow, room, "Atelier", 0), "bad_capacity"),
        (lambda uow: agenda_places.create_venue(uow, ""), "empty_name"),
    ]
    for action, code in bad:
        with pytest.raises(ValidationError) as error, workspace.unit_of_work() as uow:
            action(uow)
        assert error.value.code == code
    with workspace.unit_of_work() as uow:
        agenda.create_session(uow, event, "Ici", agenda.local_time(date(2026, 11, 3), "10:00"),
                              agenda.local_time(date(2026, 11, 3), "11:00"), room_id=room)
    for action, code in [(lambda uow: agenda_places.delete_room(uow, room), "room_in_use"),
                         (lambda uow: agenda_places.delete_venue(uow, venue), "venue_in_use")]:
        with pytest.raises(RuleViolation) as error, workspace.unit_of_work() as uow:
            action(uow)
        assert error.value.code == code
    with workspace.unit_of_work() as uow:
        agenda_places.delete_room(uow, other)
    with pytest.raises(NotFound), workspace.unit_of_work() as uow:
        agenda_places.update_room(uow, other, "X")
    with workspace.unit_of_work() as uow:
        agenda_places.delete_event(uow, event)
    with pytest.raises(NotFound):
        load_agenda(workspace, event)
