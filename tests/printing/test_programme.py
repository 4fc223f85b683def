"""The printed programme: grouped by day, with venue addresses and accessibility notes, in readable text."""

from __future__ import annotations

import io

import pypdf
import pytest

from core.errors import RuleViolation
from core.models import EventKind
from core.services import agenda
from core.services.agenda_read import load_agenda
from core.services.events import list_events
from core.typography import plain
from printing.programme import programme_pdf


def test_programme_lists_days_sessions_addresses_and_access(demo_workspace):
    event = next(e for e in list_events(demo_workspace) if e.kind == EventKind.MOIS_ESS)
    pdf = programme_pdf(load_agenda(demo_workspace, event.id))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = plain(" ".join(text.split()))
    assert text.index("Jeudi 5 novembre 2026") < text.index("Mardi 10 novembre 2026") < text.index("Vendredi 27")
    assert "Atelier commercial" in text and "14 h" in text and "14:00" not in text
    assert "Avenue de la Gare, Sevran" in text
    assert "étage sans ascenseur" in text
    assert "Lieux et accessibilité" in text
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert all(f"page {n} / {len(pages)}" in page.extract_text() for n, page in enumerate(pages, start=1))
    assert pypdf.PdfReader(io.BytesIO(programme_pdf(load_agenda(demo_workspace, event.id), "Paris Terres d'Envol"))
                           ).metadata.author == "Paris Terres d'Envol"


def test_an_empty_programme_is_refused(workspace):
    from datetime import date

    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Vide", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
    with pytest.raises(RuleViolation) as error:
        programme_pdf(load_agenda(workspace, event))
    assert error.value.code == "event_has_no_session"
