"""Importing the sample exports: counts, idempotent re-import, bad inputs, all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db.workspace import Workspace, open_workspace
from core.demo import build_demo_workspace
from core.errors import ValidationError
from core.imports import (
    Field,
    Preset,
    apply_import,
    guess_mapping,
    mapping_from_json,
    plan_import,
    read_file,
    read_table,
)
from core.models import (
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    SyncChange,
)
from tests.demo import demo_event

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
if not SAMPLES.exists():
    SAMPLES = Path("/work/shared/samples")
HELLOASSO = SAMPLES / "helloasso-rencontres-2026.csv"
WEEZEVENT = SAMPLES / "weezevent-mois-ess-2026.csv"
SHEET = SAMPLES / "inscriptions-atelier-commercial.xlsx"


@pytest.fixture(scope="module")
def _events_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "events.envol"
    build_demo_workspace(path, people=0).close()  # the demo programme and its 16 structures, nobody registered
    return path


@pytest.fixture
def workspace_with_events(_events_template, tmp_path):
    path = tmp_path / "events.envol"
    shutil.copy(_events_template, path)
    with open_workspace(path) as ws:
        ws.own_identity()  # a copy becomes its own device at its first write: done here, not inside the tests' counts
        yield ws


def event_id(ws: Workspace, part: str):
    return demo_event(ws, part).id


def count(ws: Workspace, model) -> int:
    with ws.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def do_import(ws: Workspace, path: Path, event: str, table=None):
    table = table or read_file(path)
    mapping = guess_mapping(table.headers)
    with ws.unit_of_work() as uow:
        return apply_import(uow, table, mapping, event_id(ws, event), path.name)


def test_reading_handles_each_sample_format():
    ha = read_file(HELLOASSO)
    assert (ha.encoding, ha.separator, len(ha.rows)) == ("utf-8-sig", ";", 40)
    we = read_file(WEEZEVENT)
    assert (we.encoding, we.separator, len(we.rows)) == ("cp1252", ";", 34)
    assert "Société" in we.headers and "Lefèvre" in [r[5] for r in we.rows]
    sh = read_file(SHEET)
    assert (sh.kind, sh.header_row, len(sh.rows)) == ("xlsx", 3, 31)  # title and blank row skipped
    assert guess_mapping(ha.headers).preset is Preset.HELLOASSO
    assert guess_mapping(we.headers).preset is Preset.WEEZEVENT
    assert guess_mapping(sh.headers).preset is Preset.SHEET


def test_samples_import_with_expected_counts_and_reimport_adds_nothing(workspace_with_events):
    ws = workspace_with_events
    # 40 HelloAsso tickets; 11 structures named, 4 of them already in the directory.
    s1 = do_import(ws, HELLOASSO, "Rencontres")
    assert (s1.new_people, s1.new_registrations, s1.new_organisations) == (40, 40, 7)
    # Weezevent: 34 tickets, 4 participants already came through HelloAsso (same e-mail, other spelling).
    s2 = do_import(ws, WEEZEVENT, "Mois")
    assert (s2.new_people, s2.matched_people, s2.new_registrations, s2.new_organisations) == (30, 4, 34, 0)
    # Spreadsheet: 31 rows; 6 known from HelloAsso and 4 from Weezevent, 4 of them in both -> 25 new people;
    # 4 are already registered to the Mois de l'ESS through Weezevent.
    s3 = do_import(ws, SHEET, "Mois")
    assert (s3.new_people, s3.matched_people, s3.new_registrations, s3.known_registrations) == (25, 6, 27, 4)
    assert count(ws, Person) == 95
    assert count(ws, Organisation) == 16 + 7
    # The workshop holds 20: the first 20 are confirmed, the rest wait.
    assert (s3.new_choices, s3.waiting_choices) == (31, 11)
    before = [count(ws, m) for m in (Person, Organisation, Registration, SessionChoice, RegistrationAnswer)]
    for path, event in ((HELLOASSO, "Rencontres"), (WEEZEVENT, "Mois"), (SHEET, "Mois")):
        again = do_import(ws, path, event)
        assert again.new_people == again.new_registrations == again.new_choices == 0
    assert [count(ws, m) for m in (Person, Organisation, Registration, SessionChoice, RegistrationAnswer)] == before


def test_imported_details_are_kept(workspace_with_events):
    ws = workspace_with_events
    do_import(ws, HELLOASSO, "Rencontres")
    do_import(ws, SHEET, "Mois")
    with ws.reading() as s:
        reg = s.scalar(select(Registration).where(Registration.source_reference == "10230020"))
        person = s.get(Person, reg.person_id)
        assert (person.first_name, person.last_name) == ("Gabriel", "Klein")  # the participant, not the buyer
        answers = {a.question: a.answer for a in s.scalars(
            select(RegistrationAnswer).where(RegistrationAnswer.registration_id == reg.id))}
        assert answers["Prénom acheteur"] == "Émile" and answers["Nom acheteur"] == "Lucas"
        assert answers["Champ additionnel: Ateliers choisis"] == "Atelier mobilités douces"
        assert answers["Montant"] == "0.00"
        assert person.accessibility_needs == "Régime sans porc"
        assert reg.requested_at.day == 5  # 05/10/2026 10:10, read day first
        envie = s.scalar(select(Organisation).where(Organisation.name == "Envie Drancy"))
        assert envie.kind is OrganisationKind.SIAE  # completed by the spreadsheet's "Type de structure"
        colas = s.scalar(select(Person).where(Person.email == "adamgeorges@example.com"))
        assert colas.phone == "06 56 31 70 66"


def test_updated_export_adds_only_new_rows(workspace_with_events, tmp_path):
    ws = workspace_with_events
    table = read_file(WEEZEVENT)
    first_half = table.__class__(table.headers, table.rows[:20], table.row_numbers[:20], "csv")
    do_import(ws, WEEZEVENT, "Mois", first_half)
    summary = do_import(ws, WEEZEVENT, "Mois")
    assert (summary.new_registrations, summary.known_registrations) == (14, 20)


CSV_HEADER = "Prénom;Nom;Email;Structure;Date\r\n"


def preview(ws: Workspace, data: bytes, name: str = "x.csv"):
    table = read_table(data, name)
    with ws.reading() as s:
        return plan_import(s, table, guess_mapping(table.headers), event_id(ws, "Mois"), name)


def test_csv_variants_sep_line_comma_bom_and_multiline(workspace_with_events):
    ws = workspace_with_events
    text = 'sep=,\r\nPrénom,Nom,Email,Structure,Commentaire\r\nÉloïse,Nguyễn,e@example.org,"Coop, ""La Ruche""","deux\r\nlignes"\r\n'
    p = preview(ws, text.encode("utf-8"))
    assert len(p.rows) == 1 and not p.problems
    row = p.rows[0]
    assert (row.first_name, row.last_name) == ("Éloïse", "Nguyễn")
    assert ("Commentaire", "deux lignes") in row.answers
    p = preview(ws, ("\ufeff" + CSV_HEADER + "Zoé;Lefèvre;z@example.org;Asso;03/11/2026\r\n").encode("utf-8"))
    assert p.rows[0].last_name == "Lefèvre" and p.rows[0].registered_at.month == 11


def test_bad_rows_are_flagged_and_refused(workspace_with_events):
    ws = workspace_with_events
    lines = [
        "Ana;Ok;ana@example.org;Asso;01/11/2026",
        "Bob;Mail;pas-une-adresse;Asso;01/11/2026",
        "Cy;Long;cy@example.org;" + "x" * 10_000 + ";01/11/2026",
        'Dan;Formule;dan@example.org;=HYPERLINK("http://evil","clic");01/11/2026',
        ";SansPrenom;s@example.org;Asso;01/11/2026",
        "Eve;Date;eve@example.org;Asso;31/02/2026",
    ]
    p = preview(ws, (CSV_HEADER + "\r\n".join(lines)).encode("utf-8"))
    codes = {(pr.line, pr.code, pr.blocking) for pr in p.problems}
    assert (3, "malformed_email", True) in codes
    assert (4, "cell_too_long", True) in codes
    assert (5, "formula_cell", True) in codes
    assert (6, "empty_name", True) in codes
    assert (7, "bad_date", False) in codes
    assert sorted(p.refused_lines) == [3, 4, 5, 6]
    assert [r.last_name for r in p.rows] == ["Ok", "Date"]
    assert p.can_apply


def test_missing_column_blocks_and_nothing_is_written(workspace_with_events):
    ws = workspace_with_events
    table = read_table(b"Nom;Email\r\nDupont;d@example.org\r\n", "x.csv")
    mapping = guess_mapping(table.headers)
    with ws.reading() as s:
        p = plan_import(s, table, mapping, event_id(ws, "Mois"))
    assert [(pr.code, pr.column) for pr in p.problems] == [("missing_column", "first_name")]
    assert not p.can_apply
    people = count(ws, Person)
    with pytest.raises(ValidationError) as err, ws.unit_of_work() as uow:
        apply_import(uow, table, mapping, event_id(ws, "Mois"))
    assert err.value.code == "import_not_applicable"
    assert count(ws, Person) == people


def test_apply_is_all_or_nothing(workspace_with_events, monkeypatch):
    ws = workspace_with_events
    import core.imports.apply as apply_module

    calls = {"n": 0}
    real = apply_module._person

    def failing(row):
        calls["n"] += 1
        if calls["n"] == 30:
            raise RuntimeError("disk full")
        return real(row)

    structures = count(ws, Organisation)
    monkeypatch.setattr(apply_module, "_person", failing)
    with pytest.raises(RuntimeError):
        do_import(ws, HELLOASSO, "Rencontres")
    assert count(ws, Person) == 0 and count(ws, Registration) == 0 and count(ws, Organisation) == structures


def test_apply_failing_after_the_rows_are_inserted_leaves_nothing(workspace_with_events, monkeypatch):
    # The new rows are inserted in bulk, then logged for sync: a failure there undoes the inserts too.
    import core.sync.changelog as changelog

    ws = workspace_with_events
    real = changelog.record_local

    def failing(connection, device_id, changes, **options):
        if any(table == "people" for _op, table, _id, _values in changes):
            raise RuntimeError("disk full")
        return real(connection, device_id, changes, **options)

    structures, changes = count(ws, Organisation), count(ws, SyncChange)
    monkeypatch.setattr(changelog, "record_local", failing)
    with pytest.raises(RuntimeError):
        do_import(ws, HELLOASSO, "Rencontres")
    assert count(ws, Person) == 0 and count(ws, Registration) == 0
    assert count(ws, Organisation) == structures and count(ws, SyncChange) == changes


def test_every_imported_row_is_logged_for_sync(workspace_with_events):
    ws = workspace_with_events
    do_import(ws, HELLOASSO, "Rencontres")
    with ws.reading() as s:
        people = set(s.scalars(select(Person.id)))
        logged = set(s.scalars(select(SyncChange.row_id).where(SyncChange.table_name == "people",
                                                               SyncChange.op == "insert")))
        regs = s.scalar(select(func.count()).select_from(Registration))
        logged_regs = s.scalar(select(func.count()).where(SyncChange.table_name == "registrations",
                                                          SyncChange.op == "insert"))
    assert people and people == logged and regs == logged_regs


def _preview(ws: Workspace, table, event: str = "Rencontres"):
    with ws.reading() as s:
        return plan_import(s, table, guess_mapping(table.headers), event_id(ws, event), "f.csv")


def test_preview_is_written_as_is_when_nothing_changed(workspace_with_events, monkeypatch):
    import core.imports.apply as apply_module

    ws = workspace_with_events
    table = read_file(HELLOASSO)
    preview = _preview(ws, table)
    monkeypatch.setattr(apply_module, "plan_import", lambda *a, **k: pytest.fail("planned twice"))
    with ws.unit_of_work() as uow:
        summary = apply_import(uow, table, preview.mapping, preview.event_id, "f.csv", preview=preview)
    assert summary.new_people == preview.new_people == count(ws, Person)


def test_preview_is_planned_again_when_the_workspace_changed(workspace_with_events):
    ws = workspace_with_events
    table = read_file(HELLOASSO)
    preview = _preview(ws, table)
    do_import(ws, HELLOASSO, "Rencontres")  # someone else imported the same file meanwhile
    people = count(ws, Person)
    with ws.unit_of_work() as uow:
        summary = apply_import(uow, table, preview.mapping, preview.event_id, "f.csv", preview=preview)
    assert summary.new_people == 0 and count(ws, Person) == people
    # and the same preview applied twice does not duplicate either
    with ws.unit_of_work() as uow:
        apply_import(uow, table, preview.mapping, preview.event_id, "f.csv", preview=preview)
    assert count(ws, Person) == people


@pytest.mark.parametrize("data,code", [
    (b"", "import_empty_file"),
    (b"   \r\n  ", "import_empty_file"),
    (b"%PDF-1.7 binary", "import_not_table"),
    (b"PK\x03\x04not really a zip", "import_not_table"),
    (b"\x00\x01\x02\x03binary", "import_not_table"),
])
def test_unreadable_files_are_refused(data, code):
    with pytest.raises(ValidationError) as err:
        read_table(data, "f")
    assert err.value.code == code


def test_saved_mapping_is_reapplied():
    table = read_file(SHEET)
    mapping = guess_mapping(table.headers).with_field(7, Field.ANSWER)
    again = mapping_from_json(mapping.to_json(), table.headers)
    assert again.fields == mapping.fields
    with pytest.raises(ValidationError):
        mapping_from_json("{not json", table.headers)
