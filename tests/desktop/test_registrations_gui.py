"""The import wizard, registration by hand to a full workshop, people page merge, report chart — with qtbot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from core.imports import Field
from core.models import Registration, Status
from tests.demo import demo_event, last_edition

SAMPLES = Path("/work/shared/samples")


def use_mois(context):
    context.set_event(demo_event(context.workspace, "Mois"))


def test_import_dialog_mapping_preview_and_apply(qtbot, context):
    from desktop.pages.registrations.import_dialog import ImportDialog

    use_mois(context)
    dialog = ImportDialog(context, path=SAMPLES / "inscriptions-atelier-commercial.xlsx")
    qtbot.addWidget(dialog)
    # The file is read off the GUI thread: meanwhile the dialog says so and nothing can be applied.
    assert dialog.progress.isVisibleTo(dialog) and "Lecture du fichier" in dialog.summary_label.text()
    assert not dialog.apply_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 8, timeout=10000)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    assert not dialog.progress.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
    assert "31 lignes :" in dialog.summary_label.text()
    # The user maps the first-name column to "ignore": the preview refuses the import.
    first = dialog.mapping.column_of(Field.FIRST_NAME)
    combo = dialog.combo(first)
    combo.setCurrentIndex(combo.index_of(Field.IGNORE))
    qtbot.waitUntil(lambda: dialog.problems.count() >= 1 and not dialog.apply_button.isEnabled(), timeout=10000)
    assert "Colonne obligatoire absente" in dialog.problems.item(0).text()
    # ...and puts it back; then applies.
    combo.setCurrentIndex(combo.index_of(Field.FIRST_NAME))
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.new_choices == 31
    assert dialog.summary.waiting_choices == 31  # the demo's workshop is already full


def test_import_dialog_refuses_a_pdf(qtbot, context, tmp_path):
    from desktop.pages.registrations.import_dialog import ImportDialog

    bad = tmp_path / "programme.pdf"
    bad.write_bytes(b"%PDF-1.7")
    dialog = ImportDialog(context, path=bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "ni un CSV ni un classeur XLSX" in dialog.summary_label.text(), timeout=10000)
    assert not dialog.progress.isVisibleTo(dialog)
    assert not dialog.apply_button.isEnabled()


def test_walk_in_to_a_full_workshop_lands_on_the_waiting_list(qtbot, context):
    from desktop.pages.registrations.register_dialog import RegisterDialog

    use_mois(context)
    dialog = RegisterDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.sessions.count() > 0, timeout=10000)
    full = next(i for i in range(dialog.sessions.count()) if "complet" in dialog.sessions.item(i).text())
    dialog.sessions.item(full).setCheckState(Qt.CheckState.Checked)
    dialog.first.setText("Éloïse")  # keyClicks only types ASCII
    qtbot.keyClicks(dialog.last, "Nouvelle-Venue")
    with qtbot.waitSignal(context.data_changed, timeout=10000):
        dialog._register()
    change = dialog.result_change
    assert change is not None and change.registration.choices[0].status == Status.WAITING
    from desktop.pages.registrations.actions import describe_change

    assert "Liste d'attente pour 1 session" in describe_change(change)


def test_people_page_lists_and_merges_duplicates(qtbot, context):
    from core.services import directory
    from desktop.pages.registrations.directory_pages import PeoplePage, StructuresPage

    with context.workspace.unit_of_work() as uow:
        directory.create_person(uow, "Zoé", "Lefèvre-Doublon")
        directory.create_person(uow, "Zoe", "Lefevre-Doublon", email="zoe@example.org")
    page = PeoplePage(context)
    qtbot.addWidget(page)
    pairs = page.duplicate_model
    qtbot.waitUntil(lambda: pairs.rowCount() >= 1 and page.model.loaded_once, timeout=10000)
    assert "Doublons probables : " in page.duplicates_label.text()
    total = page.model.rowCount()
    qtbot.keyClicks(page.filter_box, "lefevre-doub", delay=30)  # filtered by SQLite, accents forgiven
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert {page.model.row_at(r).first_name for r in range(2)} == {"Zoé", "Zoe"}
    row = next(r for r in range(pairs.rowCount()) if "Doublon" in pairs.index(r, 0).data())
    page.duplicates.setCurrentIndex(pairs.index(row, 0))
    with qtbot.waitSignal(context.data_changed, timeout=10000):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    structures = StructuresPage(context)
    qtbot.addWidget(structures)
    qtbot.waitUntil(lambda: structures.model.rowCount() > 0, timeout=10000)
    assert total > 0


def test_report_dialog_draws_a_chart(qtbot, context):
    from desktop.pages.registrations.report_dialog import ReportDialog

    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert len(dialog.chart.series()) == 1
    axis = dialog.chart.axes(Qt.Orientation.Vertical)[0]  # bars lying down, the kinds named on the left
    assert "Association" in axis.categories() and len(axis.categories()) == len(dialog.report.by_kind) > 1
    assert "structures distinctes dont" in dialog.figures.text()


def test_report_dialog_shows_the_business_meetings_figures_by_sector_and_commune(qtbot, context):
    from core.exports.report import funder_report
    from core.meetings import replan
    from core.meetings.read import overview
    from core.models import MeetingStatus
    from desktop.pages.registrations.report_dialog import ReportDialog

    with context.workspace.reading() as session:  # some held whatever the hour (confirmed by hand)
        view = overview(session, context.current_event.id)
    assert view is not None, "the demo's Rencontres have business meetings"
    with context.workspace.unit_of_work() as uow:
        replan.mark(uow, [m.id for m in view.meetings if m.status == MeetingStatus.PLANNED][:12], MeetingStatus.HELD)
    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    figures = funder_report(context.workspace, context.current_event.id).meetings
    assert figures is not None and figures.held >= 12
    text = dialog.meetings.text()
    assert dialog.meetings.isVisible()
    assert f"{figures.planned} planifiés, {figures.held} tenus" in text
    assert f"{figures.structures_received} structures ESS reçues par {figures.companies} entreprises" in text
    code, held, structures, _companies = figures.by_sector[0]  # the demo's companies have sectors
    assert code is not None
    from desktop.labels import sector

    assert f"Par secteur de l'entreprise : {sector(code)} : {held} rendez-vous, {structures} structures" in text
    assert "Par commune de la structure : " + figures.by_commune[0][0] in text


def test_participants_page_cancel_shows_promotion(qtbot, context):
    from desktop.pages.participants.page import ParticipantsPage

    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(context.data_changed, timeout=10000):
        page.cancel_selected()
    qtbot.waitUntil(lambda: "annulée" in page.message.text(), timeout=10000)
    with context.workspace.reading() as s:
        assert s.scalar(select(func.count()).where(Registration.status == Status.CANCELLED)) >= 1


def _open_editor(qtbot, page, match, typed):
    qtbot.keyClicks(page.filter_box, typed, delay=20)  # a window of rows at a time: find it first
    qtbot.waitUntil(lambda: any(page.model.row_at(r) is not None and match(page.model.row_at(r))
                                for r in range(page.model.rowCount())), timeout=10000)
    row = next(r for r in range(page.model.rowCount()) if match(page.model.row_at(r)))
    page.table.setCurrentIndex(page.model.index(row, 0))
    dialog = page.edit_current()  # a child of the page, deleted when closed
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
    return dialog


def test_person_edit_form_refuses_a_bad_email_then_saves(qtbot, context):
    from core.models import Person
    from core.services import directory
    from desktop.pages.registrations.directory_pages import PeoplePage

    with context.workspace.unit_of_work() as uow:
        person = directory.create_person(uow, "Inès", "Formulaire", email="ines@example.org")
    page = PeoplePage(context)
    qtbot.addWidget(page)
    dialog = _open_editor(qtbot, page, lambda r: r.id == person.id, "formulaire")
    assert dialog.first.text() == "Inès" and dialog.email.text() == "ines@example.org"
    dialog.email.setText("ines@@example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Adresse e-mail invalide" in dialog.error.text(), timeout=10000)
    assert dialog.isVisible() and dialog.email.hasFocus()
    dialog.last.clear()  # an empty name is refused with the French field name
    dialog.email.setText("ines.f@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(Nom)" in dialog.error.text(), timeout=10000)
    with context.workspace.reading() as s:
        assert s.get(Person, person.id).email == "ines@example.org"  # nothing written yet
    qtbot.keyClicks(dialog.last, "Formulaire-Bis")
    dialog.phone.setText("01 48 00 00 00")
    dialog.role.setText("Chargée de mission")
    dialog.accessibility.setPlainText("Fauteuil roulant")
    dialog.consent_photo.setChecked(True)
    dialog.structure.setCurrentIndex(1)
    structure = dialog.structure.value()
    with qtbot.waitSignal(context.data_changed, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.workspace.reading() as s:
        saved = s.get(Person, person.id)
        assert (saved.last_name, saved.email, saved.role, saved.accessibility_needs) == (
            "Formulaire-Bis", "ines.f@example.org", "Chargée de mission", "Fauteuil roulant")
        assert saved.consent_photo and not saved.consent_communication and saved.organisation_id == structure
    qtbot.waitUntil(lambda: any(getattr(page.model.row_at(r), "last_name", None) == "Formulaire-Bis"
                                for r in range(page.model.rowCount())), timeout=10000)


def test_structure_edit_form_checks_the_siret_key(qtbot, context):
    from core.models import Organisation, OrganisationKind
    from core.services import directory
    from desktop.pages.registrations.directory_pages import StructuresPage

    with context.workspace.unit_of_work() as uow:
        org = directory.create_organisation(uow, "Recyclerie Test", OrganisationKind.ASSOCIATION)
    page = StructuresPage(context)
    qtbot.addWidget(page)
    dialog = _open_editor(qtbot, page, lambda r: r.id == org.id, "recyclerie test")
    dialog.siret.setText("732 829 320 00075")  # last digit wrong
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "clé de contrôle" in dialog.error.text(), timeout=10000)
    assert dialog.siret.hasFocus()
    dialog.siret.setText("732 829 320 00074")
    dialog.insee.setText("9302")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "code INSEE" in dialog.error.text(), timeout=10000)
    dialog.insee.setText("93027")
    dialog.commune.setText("La Courneuve")
    dialog.kind.setCurrentIndex(dialog.kind.index_of(OrganisationKind.SCIC))
    dialog.member.setChecked(True)
    with qtbot.waitSignal(context.data_changed, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.workspace.reading() as s:
        saved = s.get(Organisation, org.id)
        assert (saved.siret, saved.insee_code, saved.commune, saved.kind, saved.is_member) == (
            "73282932000074", "93027", "La Courneuve", OrganisationKind.SCIC, True)


def test_purge_dialog_shows_what_it_will_erase_then_erases_it(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from core.models import Person
    from desktop.pages.registrations.directory_pages import PeoplePage

    page = PeoplePage(context)
    qtbot.addWidget(page)
    dialog = page.open_purge()
    qtbot.addWidget(dialog)
    today = dialog.event_box.findText(context.current_event.name, Qt.MatchFlag.MatchStartsWith)
    dialog.event_box.setCurrentIndex(today)
    qtbot.waitUntil(lambda: "conservation" in dialog.summary.text(), timeout=10000)  # today + 365 days: not yet
    assert not dialog.purge_button.isEnabled()

    # Last year's edition ended a year and a week ago: past the default retention of a year.
    last_year = dialog.event_box.findText(last_edition(context.workspace).name, Qt.MatchFlag.MatchStartsWith)
    dialog.event_box.setCurrentIndex(last_year)
    qtbot.waitUntil(lambda: dialog.purge_button.isEnabled(), timeout=10000)
    plan = dialog.plan
    assert plan is not None and plan.people and plan.kept_for_later_events  # those who came back are kept
    assert f"{len(plan.people)} personnes seront anonymisées" in dialog.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Purge faite" in dialog.summary.text(), timeout=30000)
    with context.workspace.reading() as session:
        erased = {(p.first_name, p.last_name, p.email) for p in (session.get(Person, i) for i in plan.people)}
    assert erased == {("Personne", "effacée", None)}


def test_import_dialog_names_its_event_groups_repeated_warnings_and_says_when_it_is_done(qtbot, context):
    from core.imports.plan import RowProblem
    from desktop.import_words import group_problems
    from desktop.pages.registrations.import_dialog import ImportDialog

    dialog = ImportDialog(context, path=SAMPLES / "helloasso-rencontres-2026.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.event_label.text() == f"Importer dans l'événement « {context.current_event.name} »"
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.problems.count() <= len({(p.code, p.column, p.value) for p in dialog.preview.problems})
    assert dialog.problems.horizontalScrollBar().maximum() == 0  # nothing wider than the dialog
    if dialog.apply_button.isEnabled():
        with qtbot.waitSignal(context.data_changed, timeout=30000):
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert dialog.preview_heading.text().startswith("2. Import terminé — enregistré dans « ")

    same = [RowProblem(line, "Ateliers", "unknown_session", False, "Atelier fantôme") for line in (4, 9, 15)]
    grouped = group_problems(same)
    assert len(grouped) == 1 and grouped[0][1].startswith("3 lignes : ") and grouped[0][1].endswith(
        "— lignes 4, 9, 15")
    assert "inscription, colonne « Ateliers »" in grouped[0][1]  # one sentence, no « ., »


def test_import_dialog_shows_progress_and_cancel_leaves_nothing(qtbot, context, tmp_path):
    """A big file: the bar moves, « Arrêter » rolls the import back — nobody from the file is written."""
    from core.models import Person
    from desktop.pages.registrations.import_dialog import ImportDialog

    use_mois(context)
    big = tmp_path / "gros-export.csv"
    big.write_text("Prénom;Nom;Email\r\n" + "".join(f"Prénom{i};Nom{i};p{i}@example.org\r\n" for i in range(12_000)),
                   encoding="utf-8")
    with context.workspace.reading() as s:
        before = s.scalar(select(func.count()).select_from(Person))
    dialog = ImportDialog(context, path=big)
    qtbot.addWidget(dialog)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=60000)
    assert "12" in dialog.summary_label.text() and values and max(values) > 0  # the preview moved the bar
    values.clear()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: bool(values) and max(values) > 0, timeout=60000)  # the apply reports its batches
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rien n'a été enregistré" in dialog.summary_label.text(), timeout=60000)
    context.tasks.wait_idle()
    with context.workspace.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == before
    assert dialog.summary is None and dialog.apply_button.isEnabled()  # it can be started again


def test_import_dialog_says_a_partial_import_and_the_merges(qtbot, context, tmp_path):
    from desktop.pages.registrations.import_dialog import ImportDialog

    use_mois(context)
    path = tmp_path / "partiel.csv"
    path.write_text('Prénom;Nom;Email;Structure\r\nAlice;Martin;contact@asso.org;Asso\r\n'
                    'Bob;Durand;contact@asso.org;Asso\r\nJean;Dupont;jd@asso.org;"Asso\r\n'
                    'Jean;Dupond;jd@asso.org;Asso\r\nJean;Dupont;jd@asso.org;Asso\r\n', encoding="utf-8")
    dialog = ImportDialog(context, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10000)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("ligne 4" in t and "guillemet" in t for t in texts)
    assert any("ligne 3" in t and "deux personnes" in t for t in texts)
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Import partiel" in dialog.summary_label.text()
    assert "1 fusion" in dialog.summary_label.text()
    assert dialog.summary is not None and dialog.summary.new_people == 3 and len(dialog.summary.merges) == 1
