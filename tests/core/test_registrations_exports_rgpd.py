"""Exports read back, duplicates merged, a person erased without a trace in the file, an old event purged."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from core.errors import RuleViolation
from core.exports.registrations import attendance_sheet, registrations_sheet
from core.exports.report import funder_report, report_xlsx
from core.exports.writers import Sheet, to_csv, to_xlsx
from core.imports import apply_import, guess_mapping, read_file
from core.models import Person, Registration, SessionChoice, Status
from core.services import directory, registrations, rgpd
from core.services.duplicates import find_duplicates, merge_organisations, merge_people
from tests.demo import demo_event, last_edition

SAMPLES = Path("/work/shared/samples")


def event_id(ws, part):
    return demo_event(ws, part).id


def test_csv_has_bom_semicolons_accents_and_no_formula():
    sheet = Sheet("t", ["Nom", "Note"], [["Éloïse", '=HYPERLINK("http://x")'], ["Zoé", "-2+3"], ["Çağla", 1.5]])
    data = to_csv(sheet)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["Éloïse", "'=HYPERLINK(\"http://x\")"]
    assert rows[2][1] == "'-2+3" and rows[3][1] == "1,50"


def test_xlsx_never_holds_a_formula():
    data = to_xlsx([Sheet("t", ["Nom", "Note"], [["Éloïse", "=1+1"], ["@SUM(A1)", None]])])
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws["A2"].value == "Éloïse" and ws["B2"].value == "'=1+1" and ws["B2"].data_type == "s"
    assert ws["A3"].value == "'@SUM(A1)"


def test_registration_and_attendance_exports_read_back(demo_workspace):
    mois = event_id(demo_workspace, "Mois")
    sheet = registrations_sheet(demo_workspace, mois)
    rows = list(csv.reader(io.StringIO(to_csv(sheet).decode("utf-8-sig")), delimiter=";"))
    with demo_workspace.reading() as s:
        expected = s.scalar(select(func.count()).where(Registration.event_id == mois))
    assert rows[0][:3] == ["Nom", "Prénom", "E-mail"] and len(rows) == expected + 1
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([attendance_sheet(demo_workspace, mois)])))
    assert book.active["G1"].value == "Présent"


def test_funder_report_counts_structures_and_returning(demo_workspace):
    ws = demo_workspace
    rencontres, mois = event_id(ws, "Rencontres"), event_id(ws, "Mois")
    report = funder_report(ws, rencontres)
    assert report.people == sum(b.people for b in report.by_kind)
    assert report.structures == report.new_structures + report.returning_structures
    assert report.returning_structures > 0  # the Mois de l'ESS started earlier
    assert funder_report(ws, mois).returning_structures > 0  # last year's Rencontres came before it
    assert funder_report(ws, last_edition(ws).id).returning_structures == 0  # nothing came before last year
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames == ["Synthèse", "Par type de structure", "Par commune", "Par session",
                              "Rendez-vous d'affaires", "Rendez-vous par commune",  # the demo's meetings
                              "Rendez-vous par secteur"]
    assert book["Synthèse"]["B3"].value == report.people
    assert len(book["Par type de structure"]._charts) == 1


def test_merge_people_moves_registrations_and_keeps_history(demo_workspace):
    ws = demo_workspace
    mois = event_id(ws, "Mois")
    table = read_file(SAMPLES / "weezevent-mois-ess-2026.csv")
    with ws.unit_of_work() as uow:
        # Someone already in the workspace under another address, whom the import brings again.
        directory.create_person(uow, "Grégoire", "Colas", email="g.colas@example.org")
        apply_import(uow, table, guess_mapping(table.headers), mois, "weezevent.csv")
    pairs = [p for p in find_duplicates(ws) if p.kind == "person"]
    pair = next(p for p in pairs if "Colas" in p.a_label and "Colas" in p.b_label)
    with ws.reading() as s:
        before = s.scalar(select(func.count()).select_from(Registration))
        b_regs = s.scalars(select(Registration.id).where(Registration.person_id == pair.b_id)).all()
    with ws.unit_of_work() as uow:
        merge_people(uow, pair.a_id, pair.b_id)
    with ws.reading() as s:
        assert s.get(Person, pair.b_id) is None
        moved = s.scalars(select(Registration.person_id).where(Registration.id.in_(b_regs))).all()
        assert set(moved) <= {pair.a_id}
        assert s.scalar(select(func.count()).select_from(Registration)) <= before
    detail = rgpd.export_person(ws, pair.a_id)
    assert any(h["action"] == "merged" for h in detail["history"])
    with pytest.raises(RuleViolation), ws.unit_of_work() as uow:
        merge_people(uow, pair.a_id, pair.a_id)


def test_merge_people_registered_to_the_same_event_folds_sessions(workspace):
    from core.demo.build import build_demo_workspace  # noqa: F401 - the programme comes from the services
    from core.models import EventKind
    from core.services import agenda
    from core.services.agenda import local_time

    with workspace.unit_of_work() as uow:
        ev = agenda.create_event(uow, "E", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
        s1 = agenda.create_session(uow, ev, "S1", local_time(date(2026, 12, 1), "09:00"),
                                   local_time(date(2026, 12, 1), "10:00")).id
        s2 = agenda.create_session(uow, ev, "S2", local_time(date(2026, 12, 1), "10:00"),
                                   local_time(date(2026, 12, 1), "11:00")).id
        a = directory.create_person(uow, "Zoé", "Lefèvre").id
        b = directory.create_person(uow, "Zoe", "Lefevre", email="z@example.org").id
        registrations.register(uow, a, ev, [s1])
        registrations.register(uow, b, ev, [s1, s2])
    assert any(p.reason == "same_name" for p in find_duplicates(workspace))
    with workspace.unit_of_work() as uow:
        merge_people(uow, a, b)
    with workspace.reading() as s:
        reg = s.scalar(select(Registration).where(Registration.person_id == a))
        assert {c.session_id for c in reg.choices} == {s1, s2}
        assert s.scalar(select(func.count()).select_from(SessionChoice)) == 2
        assert s.get(Person, a).email == "z@example.org"


def test_merge_structures(workspace):
    with workspace.unit_of_work() as uow:
        a = directory.create_organisation(uow, "Régie de quartier de Sevran").id
        b = directory.create_organisation(uow, "Regie de quartier de Sevran ", commune="Sevran").id
        p = directory.create_person(uow, "A", "B", organisation_id=b).id
    pairs = [x for x in find_duplicates(workspace) if x.kind == "organisation"]
    assert [(x.a_id, x.b_id) for x in pairs] == [(a, b)]
    with workspace.unit_of_work() as uow:
        result = merge_organisations(uow, a, b)
    assert result.moved == 1
    with workspace.reading() as s:
        assert s.get(Person, p).organisation_id == a
        assert s.get(Person, p).organisation.commune == "Sevran"


def test_erase_leaves_no_trace_in_the_file_and_keeps_counts(demo_workspace):
    ws = demo_workspace
    with ws.unit_of_work() as uow:
        person = directory.create_person(uow, "Zéphyrine", "Quasimodo-Tartempion", email="zephyrine@example.org",
                                         phone="0611223344")
        registrations.register(uow, person.id, event_id(ws, "Rencontres"))
    exported = json.loads(rgpd.export_person_json(ws, person.id))
    assert exported["last_name"] == "Quasimodo-Tartempion" and len(exported["registrations"]) == 1
    with ws.reading() as s:
        total = s.scalar(select(func.count()).select_from(Registration))
    with ws.unit_of_work() as uow:
        rgpd.erase_person(uow, person.id)
    rgpd.compact(ws)
    raw = b"".join(Path(f"{ws.path}{suffix}").read_bytes()
                   for suffix in ("", "-wal") if Path(f"{ws.path}{suffix}").exists())
    for word in ("Zéphyrine", "Quasimodo", "zephyrine@example.org", "0611223344"):
        assert word.encode() not in raw, word
        assert word.encode("utf-16-le") not in raw
    with ws.reading() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == total
        assert s.get(Person, person.id).last_name == rgpd.ERASED_LAST


def test_purge_waits_for_the_retention_period(demo_workspace):
    ws = demo_workspace
    event = demo_event(ws, "Mois")
    mois = event.id
    with pytest.raises(RuleViolation) as err, ws.unit_of_work() as uow:
        rgpd.purge_event(uow, mois, 365, today=event.ends_on + timedelta(days=364))
    assert err.value.code == "retention_not_reached"
    with ws.unit_of_work() as uow:
        result = rgpd.purge_event(uow, mois, 30, today=event.ends_on + timedelta(days=30))
    assert result.erased_people > 0
    with ws.reading() as s:
        confirmed = s.scalar(select(func.count()).where(Registration.event_id == mois,
                                                        Registration.status == Status.CONFIRMED))
    assert confirmed > 0  # counts are kept


def test_a_merge_reaches_the_sync_change_log(workspace):
    """Other devices learn of a merge only through the change log: the moved ticket must be in it."""
    from core.models import EventKind, Ticket
    from core.models.sync import SyncChange
    from core.services import agenda
    from core.services.tickets import ensure_tickets

    with workspace.unit_of_work() as uow:
        ev = agenda.create_event(uow, "E", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
        a = directory.create_person(uow, "Zoé", "Lefèvre").id
        b = directory.create_person(uow, "Zoe", "Lefevre").id
        registrations.register(uow, a, ev)
        registrations.register(uow, b, ev)
        ensure_tickets(uow, ev)
    with workspace.reading() as s:
        b_ticket = s.scalar(select(Ticket.id).join(Registration).where(Registration.person_id == b))
    with workspace.unit_of_work() as uow:
        merge_people(uow, a, b)
    with workspace.reading() as s:
        logged = s.scalars(select(SyncChange.fields).where(SyncChange.table_name == "tickets",
                                                           SyncChange.row_id == b_ticket,
                                                           SyncChange.op == "update")).all()
    assert logged and any("registration_id" in fields for fields in logged)
