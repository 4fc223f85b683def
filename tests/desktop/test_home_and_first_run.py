"""Issue 17: the home page's counts and buttons, the first run, tables that fit, Qt's own words in French, and
pages that no longer reload behind the desk's back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from core.agenda.timing import local
from core.models import OrganisationKind, Person, Registration, Status
from core.typography import hour


def _home(qtbot, main_window):
    page = main_window.pages["aujourdhui"]
    qtbot.waitUntil(lambda: page.summary is not None and not page.loading, timeout=20000)
    return page


def test_home_page_shows_the_current_events_counts_and_its_buttons_lead_to_the_jobs(qtbot, main_window, context):
    page = _home(qtbot, main_window)
    event = context.current_event
    with context.workspace.reading() as session:
        confirmed = session.scalar(select(func.count()).where(Registration.event_id == event.id,
                                                              Registration.status == Status.CONFIRMED))
    assert page.summary.current is not None and page.summary.current.registered == confirmed
    shown = [label.text() for label in page.findChildren(type(page.title))]
    assert event.name in shown and str(confirmed) in shown and "inscrits" in shown
    assert any("synchronis" in text for text in shown)  # never synced: the attention card says so
    upcoming = page.summary.next_session
    if upcoming is not None:  # « 14 h 15 · Rendez-vous ESS… », in the network's time, as the documents write it
        assert f"{hour(local(upcoming.starts_at))} · {upcoming.title}" in page.buttons["emargement"].full_text
    assert page.buttons["emargement"].isEnabled() == (upcoming is not None)  # no session left today: nothing to print
    qtbot.mouseClick(page.buttons["desk"], Qt.MouseButton.LeftButton)
    assert main_window.current_page_key() == "accueil"
    main_window.show_page("aujourdhui")
    qtbot.mouseClick(page.buttons["badges"], Qt.MouseButton.LeftButton)
    assert main_window.current_page_key() == "impressions"
    assert main_window.pages["impressions"].document.value() == "badges"


def test_sidebar_badges_count_what_waits_and_the_sidebar_collapses(qtbot, main_window, context):
    qtbot.waitUntil(lambda: main_window.sidebar.badge("synchronisation") >= 0 and
                    main_window.nav.item(0).toolTip().startswith("Aujourd'hui"), timeout=10000)
    from core.services.today import today_summary

    summary = today_summary(context.workspace, context.current_event.id)
    qtbot.waitUntil(lambda: main_window.sidebar.badge("accueil") == summary.to_check_in, timeout=20000)
    main_window.sidebar.set_collapsed(True)
    assert main_window.sidebar.width() < 80 and main_window.sidebar.toggle.accessibleName() == "Déplier le menu"
    main_window.sidebar.set_collapsed(False)
    assert main_window.sidebar.width() > 150


def test_first_run_offers_the_demo_or_a_new_workspace_named_with_its_time_zone(qtbot):
    from desktop.first_run import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert {b.accessibleName() for b in dialog.buttons.values()} == {
        "Créer l'espace de travail de mon réseau", "Découvrir avec la démo", "Rejoindre un serveur central"}
    qtbot.mouseClick(dialog.buttons["demo"], Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.choice.kind == "demo"

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons["new"], Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and dialog.timezone.currentText() == "Europe/Paris"
    dialog._create()  # nothing typed: refused, saying why
    assert dialog.choice is None and "nom du réseau" in dialog.error.text()
    qtbot.keyClicks(dialog.network, "Reseau ESS Terres d'Envol", delay=5)
    qtbot.keyClick(dialog.network, Qt.Key.Key_Return)
    assert dialog.choice is not None and dialog.choice.kind == "new"
    assert dialog.choice.network == "Reseau ESS Terres d'Envol"


def test_a_new_workspace_opens_on_its_first_event_form(qtbot, workspace):
    from desktop.app import open_window
    from desktop.background import Tasks
    from desktop.context import AppContext
    from desktop.first_run import ORGANISER_KEY, FirstRunChoice

    tasks = Tasks()
    window = open_window(AppContext(workspace, tasks, None), FirstRunChoice("new", "Réseau test"))
    qtbot.addWidget(window)
    try:
        assert workspace.setting(ORGANISER_KEY) == "Réseau test"
        assert window.current_page_key() == "agenda"
        dialog = window.pages["agenda"].events.dialog
        assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Nouvel événement"
        dialog.reject()
        window.show_page("aujourdhui")  # no event yet: the home page says what to do
        home = _home(qtbot, window)
        assert home.summary.current is None
        assert home.empty_state.isVisible() and "Créez-en un dans l'Agenda" in home.empty_state.text()
    finally:
        tasks.wait_idle()


def test_columns_fit_their_content_at_1366_pixels(qtbot, main_window, context):
    from core.services import directory
    from core.services.participants import participants

    main_window.resize(1366, 768)
    long_name = "Association des jardins partagés de Sevran"  # 42 characters
    assert len(long_name) >= 40
    page = main_window.pages["participants"]
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10000)
    row = participants(context.workspace, context.current_event.id)[0]
    with context.workspace.unit_of_work() as uow:
        org = directory.create_organisation(uow, long_name, OrganisationKind.ASSOCIATION)
        uow.session.get(Person, row.person_id).organisation_id = org.id
    main_window.show_page("participants")
    page.reload()
    qtbot.waitUntil(lambda: not page.loading and any(page.model.row_at(r).organisation == long_name
                                                      for r in range(page.model.rowCount())), timeout=10000)
    target = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).organisation == long_name)
    page.table.scrollTo(page.model.index(target, 0))
    qtbot.wait(50)
    page.table._fitter.fit()
    metrics = page.table.fontMetrics()
    header = page.table.horizontalHeader()
    structure, sessions = 2, 7
    assert header.sectionSize(structure) >= metrics.horizontalAdvance(long_name) + 8  # not elided
    title = metrics.horizontalAdvance(page.model.headerData(sessions, Qt.Orientation.Horizontal))
    assert header.sectionSize(sessions) <= title + 40  # a number column is as wide as its header, no more
    assert page.model.index(target, sessions).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not page.table.wordWrap()
    assert header.length() <= page.table.viewport().width() + 2  # no horizontal scrolling


def test_qt_standard_buttons_speak_french(qtbot, qapp):
    from desktop.app import install_translators

    translators = install_translators(qapp, "fr")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_hidden_pages_wait_to_be_shown_instead_of_reloading_at_each_scan(qtbot, main_window, context, monkeypatch):
    import desktop.pages.registrations.directory_pages as directory_pages

    calls = []
    real = directory_pages.people_window
    monkeypatch.setattr(directory_pages, "people_window", lambda *a: calls.append(1) or real(*a))
    main_window.show_page("personnes")
    people = main_window.pages["personnes"]
    qtbot.waitUntil(lambda: people.model.loaded_once, timeout=10000)
    main_window.show_page("accueil")
    desk = main_window.pages["accueil"]
    before = len(calls)
    for n in range(3):
        with qtbot.waitSignal(context.data_changed, timeout=20000):
            desk.walk_in("Jules", f"Passant{n}", "")
        assert desk.verdict.reason == "valid"
    context.tasks.wait_idle()
    qtbot.wait(50)
    assert len(calls) == before and people.refresher.stale  # hidden: no reload behind the desk
    main_window.show_page("personnes")
    qtbot.waitUntil(lambda: len(calls) == before + 1, timeout=10000)  # shown again: one reload
    qtbot.keyClicks(people.filter_box, "passant", delay=20)
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=10000)
