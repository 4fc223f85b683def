"""Calendar and OpenAgenda exports: parsed back, DST-correct, and refused for an event with no session."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from core.agenda.ical import calendar_bytes
from core.agenda.openagenda import accessibility_codes, openagenda_bytes
from core.errors import RuleViolation
from core.models import EventKind
from core.services import agenda
from core.services.agenda_read import load_agenda
from tests.demo import demo_event


@pytest.fixture
def mois(demo_workspace):
    event = demo_event(demo_workspace, "Mois")
    return load_agenda(demo_workspace, event.id)


def test_ics_of_an_event_parses_back_with_its_paris_time_zone(mois):
    cal = icalendar.Calendar.from_ical(calendar_bytes(mois))
    [tz] = cal.walk("VTIMEZONE")
    assert tz["TZID"] == "Europe/Paris"
    events = cal.walk("VEVENT")
    assert len(events) == len(mois.sessions)
    commercial = next(e for e in events if str(e["SUMMARY"]).startswith("Atelier commercial"))
    start = commercial.decoded("DTSTART")
    session = next(s for s in mois.sessions if s.title.startswith("Atelier commercial"))
    assert start.tzinfo is not None and start.astimezone(UTC) == session.starts_at
    assert start.astimezone(ZoneInfo("Europe/Paris")).time() == time(14, 0)  # as the programme says, in Paris
    assert commercial["DTSTART"].params["TZID"] == "Europe/Paris"
    assert "Tiers-lieu La Fabrique" in str(commercial["LOCATION"])
    assert "France Active Métropole" in str(commercial["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_ics_of_one_session_and_across_the_october_change(workspace):
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Octobre", EventKind.AUTRE, date(2026, 10, 24), date(2026, 10, 26))
        saturday = agenda.create_session(uow, event, "Samedi", agenda.local_time(date(2026, 10, 24), "10:00"),
                                         agenda.local_time(date(2026, 10, 24), "11:00"))
        agenda.create_session(uow, event, "Lundi", agenda.local_time(date(2026, 10, 26), "10:00"),
                              agenda.local_time(date(2026, 10, 26), "11:00"))
    data = load_agenda(workspace, event)
    text = calendar_bytes(data).decode()
    assert "DTSTART;TZID=Europe/Paris:20261024T100000" in text
    assert "DTSTART;TZID=Europe/Paris:20261026T100000" in text
    cal = icalendar.Calendar.from_ical(calendar_bytes(data, [saturday.id]))
    [only] = cal.walk("VEVENT")
    assert only.decoded("DTSTART").astimezone(UTC) == datetime(2026, 10, 24, 8, 0, tzinfo=UTC)


def test_openagenda_json_shape(mois):
    document = json.loads(openagenda_bytes(mois))
    assert document["agenda"]["title"]["fr"] == mois.event.name
    first = document["events"][0]
    assert set(first) >= {"title", "description", "timings", "location", "registration", "accessibility"}
    begin = mois.sessions[0].starts_at.astimezone(ZoneInfo("Europe/Paris"))
    assert first["timings"][0]["begin"] == begin.isoformat()
    assert first["timings"][0]["begin"][10:] in ("T09:30:00+01:00", "T09:30:00+02:00")  # local time with its offset
    assert first["accessibility"] == {"ii": False, "hi": True, "vi": False, "pi": False, "mi": True}
    assert first["location"]["city"] == "Aulnay-sous-Bois"
    assert len(first["description"]["fr"]) <= 200


def test_accessibility_codes_read_from_free_text():
    assert accessibility_codes("Rez-de-chaussée accessible ; étage sans ascenseur")["mi"]
    assert not accessibility_codes("Étage sans ascenseur")["mi"]
    assert accessibility_codes("Interprète LSF, documents FALC")["hi"]
    assert accessibility_codes("Interprète LSF, documents FALC")["ii"]


def test_an_event_with_no_session_is_refused_with_a_clear_code(workspace):
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Vide", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
    data = load_agenda(workspace, event)
    for export in (calendar_bytes, openagenda_bytes):
        with pytest.raises(RuleViolation) as error:
            export(data)
        assert error.value.code == "event_has_no_session"
