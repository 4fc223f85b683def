"""The printed programme: grouped by day, with venue addresses and accessibility notes, in readable text."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

import pypdf
import pytest

from core.errors import RuleViolation
from core.models import EventKind
from core.services import agenda
from core.services.agenda_read import load_agenda
from printing.programme import programme_pdf
from tests.demo import demo_event

WEEKDAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]


def test_programme_lists_days_sessions_addresses_and_access(demo_workspace):
    event = demo_event(demo_workspace, "Mois")
    data = load_agenda(demo_workspace, event.id)
    pdf = programme_pdf(data)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    days = sorted({s.starts_at.astimezone(ZoneInfo("Europe/Paris")).date() for s in data.sessions})
    headings = [f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}" for d in days]
    places = [text.index(heading) for heading in headings]  # each day titled in French, in order
    assert len(days) > 2 and places == sorted(places)
    assert "Atelier commercial" in text and "14 h 00" in text
    assert "Avenue de la Gare, Sevran" in text
    assert "étage sans ascenseur" in text
    assert "Lieux et accessibilité" in text


def test_an_empty_programme_is_refused(workspace):
    from datetime import date

    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Vide", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
    with pytest.raises(RuleViolation) as error:
        programme_pdf(load_agenda(workspace, event))
    assert error.value.code == "event_has_no_session"
