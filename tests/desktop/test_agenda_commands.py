"""`envol agenda export` and `envol agenda conflicts` on the demo workspace."""

from __future__ import annotations

import json

import icalendar
import pytest

from core.models import EventKind
from core.services import agenda
from core.services.agenda_read import load_agenda
from desktop.cli import main
from tests.demo import demo_event


@pytest.mark.parametrize("fmt,check", [
    ("pdf", lambda b: b.startswith(b"%PDF")),
    ("ics", lambda b: len(icalendar.Calendar.from_ical(b).walk("VEVENT")) == 6),
    ("openagenda", lambda b: len(json.loads(b)["events"]) == 6),
])
def test_export_formats(demo_workspace, tmp_path, fmt, check):
    out = tmp_path / f"programme.{fmt}"
    assert main(["agenda", "export", str(demo_workspace.path), "--event", "Mois", "--format", fmt, "-o", str(out)]) == 0
    assert check(out.read_bytes())


def test_export_one_session_and_unknown_session(demo_workspace, tmp_path, capsys):
    out = tmp_path / "atelier.ics"
    path = str(demo_workspace.path)
    assert main(["agenda", "export", path, "--event", "Mois", "--format", "ics", "--session", "atelier commercial",
                 "-o", str(out)]) == 0
    [only] = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(only["SUMMARY"]).startswith("Atelier commercial")
    assert main(["agenda", "export", path, "--format", "ics", "--session", "nulle part", "-o", str(out)]) == 2
    assert "Session introuvable" in capsys.readouterr().err


def test_empty_event_export_is_refused_with_a_message(workspace, tmp_path, capsys):
    from datetime import date

    with workspace.unit_of_work() as uow:
        agenda.create_event(uow, "Vide", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
    assert main(["agenda", "export", str(workspace.path), "--format", "pdf", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "aucune session" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_conflicts_command(demo_workspace, capsys):
    path = str(demo_workspace.path)
    assert main(["agenda", "conflicts", path, "--event", "Rencontres"]) == 0
    event = demo_event(demo_workspace, "Rencontres")
    data = load_agenda(demo_workspace, event.id)
    achats = next(s for s in data.sessions if s.title.startswith("Achats"))
    salle_a = next(s for s in data.sessions if s.title.startswith("Rendez-vous")).room_id
    with demo_workspace.unit_of_work() as uow:
        agenda.move_session(uow, achats.id, achats.starts_at, salle_a)
    capsys.readouterr()
    assert main(["agenda", "conflicts", path, "--event", "Rencontres"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("room_double_booked") and "Salle réservée deux fois : Salle A" in captured.out
    assert "1 conflit dans « Rencontres" in captured.err  # French agreement, not « conflit(s) »
