"""The main window opens on the demo, lists participants, filters as one types."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.services.events import list_events
from core.services.participants import participants
from desktop.about import about_text
from desktop.pages.participants.page import ParticipantsPage
from desktop.pages.participants.table_model import ParticipantsModel


def loaded_page(qtbot, window) -> ParticipantsPage:
    page = window.pages["participants"]
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=10000)
    return page


def test_window_shows_the_pages_in_french(main_window):
    titles = [main_window.nav.item(i).text() for i in range(main_window.nav.count())]
    assert titles[:6] == ["Aujourd'hui", "Agenda", "Participants", "Personnes", "Structures", "Accueil"]
    assert "Impressions" in titles and "Synchronisation" in titles
    assert main_window.current_page_key() == "aujourdhui"  # Envol opens on the home page
    assert main_window.nav.item(1).toolTip() == "Agenda (Ctrl+2)"  # the shortcut is in the tooltip


def test_participants_table_shows_the_demo_registrations(qtbot, main_window, context):
    page = loaded_page(qtbot, main_window)
    expected = participants(context.workspace, context.current_event.id)
    assert page.model.rowCount() == len(expected) > 100
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert shown == {row.last_name for row in expected}
    assert "inscription" in page.count_label.text()


def test_typing_in_the_filter_narrows_the_rows_accents_forgiven(qtbot, main_window, context):
    page = loaded_page(qtbot, main_window)
    everyone = page.model.rowCount()
    someone = next(r for r in participants(context.workspace, context.current_event.id) if r.organisation)
    qtbot.keyClicks(page.filter_box, "recyclerie sportive")
    rows = page.model.rowCount()
    assert 0 < rows < everyone
    assert all(page.model.row_at(r).organisation == "La Recyclerie Sportive" for r in range(rows))
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, someone.last_name.upper().replace("É", "E"))
    assert any(page.model.row_at(r).person_id == someone.person_id for r in range(page.model.rowCount()))
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "zzzz-personne")
    assert page.model.rowCount() == 0
    assert page.count_label.text().startswith("0 sur")


def test_sorting_by_a_column(qtbot, main_window):
    page = loaded_page(qtbot, main_window)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names[0] >= names[-1]
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # sessions
    counts = [page.model.row_at(r).sessions for r in range(page.model.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_switching_event_reloads_the_list(qtbot, main_window, context):
    page = loaded_page(qtbot, main_window)
    before = page.model.rowCount()
    box = main_window.event_box
    qtbot.waitUntil(lambda: box.count() == len(list_events(context.workspace)) > 1)
    other = next(i for i in range(box.count()) if box.value_at(i).id != context.current_event.id)
    box.setCurrentIndex(other)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() != before, timeout=10000)
    assert page.model.rowCount() == len(participants(context.workspace, context.current_event.id))


def test_placeholder_pages_say_they_are_not_there_yet(main_window):
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for page in main_window.pages.values() for label in page.findChildren(QLabel)]
    for text in texts:
        if "arrive avec" in text:
            assert "pas encore disponible" in text


def test_model_passes_qt_model_tester(qtmodeltester, context):
    model = ParticipantsModel()
    model.set_rows(participants(context.workspace, context.current_event.id))
    qtmodeltester.check(model)
    model.set_filter("sevran")
    qtmodeltester.check(model)


def test_about_shows_version_and_workspace_file(context):
    from core import __version__

    text = about_text(context.workspace.path)
    assert __version__ in text and str(context.workspace.path) in text


def test_scans_leave_the_event_chooser_alone_but_an_edited_event_shows(qtbot, main_window, context, monkeypatch):
    import dataclasses

    import desktop.main_window as window_module
    from core.models import Event
    from core.services.agenda_places import event_detail, update_event

    box = main_window.event_box
    qtbot.waitUntil(lambda: box.count() == len(list_events(context.workspace)) > 1)
    reloads = []
    real = window_module.list_events
    monkeypatch.setattr(window_module, "list_events", lambda workspace: reloads.append(1) or real(workspace))
    desk = main_window.pages["accueil"]
    desk.walk_in("Jules", "Passant", "")  # a registration and a check-in: data_changed, no event touched
    qtbot.waitUntil(lambda: desk.verdict.reason == "valid", timeout=20000)
    context.tasks.wait_idle()
    qtbot.wait(50)
    assert reloads == []  # the desk's scans no longer reload the chooser

    with context.workspace.unit_of_work() as uow:
        current = event_detail(uow.session.get(Event, context.current_event.id))
        renamed = update_event(uow, current.id, dataclasses.replace(current.draft, name="Rencontres renommées"))
    context.data_changed.emit(renamed)
    qtbot.waitUntil(lambda: box.currentText() == "Rencontres renommées", timeout=20000)
    assert reloads


def test_only_the_first_page_is_built_at_start_the_others_when_shown(qtbot, main_window) -> None:
    assert [type(page).__name__ for page in main_window.pages.built()] == ["HomePage"]
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: the agenda
    assert main_window.current_page_key() == "agenda"
    assert type(main_window.current_page()).__name__ == "AgendaPage"
    assert len(main_window.pages.built()) == 2


def test_every_page_fits_a_1366_by_768_laptop(qtbot, main_window):
    """A page taller than the screen would grow the window past it and cut its bottom (Impressions was 823 px)."""
    main_window.resize(1366, 768)
    for spec in main_window.specs:
        main_window.show_page(spec.key)
        qtbot.wait(50)
        hint = main_window.minimumSizeHint()
        assert hint.height() <= 768 - 40 and hint.width() <= 1366, spec.key  # 40 px: the desktop's panel
        assert main_window.height() <= 768, spec.key


def test_at_150_percent_with_a_larger_font_the_window_stays_on_the_screen(qtbot, qapp, main_window):
    """1920×1080 at 150 % is 1280×720 logical pixels (less the desktop's panel); with a font 30 % larger a page
    wider or taller than that scrolls inside the window instead of pushing it off the screen."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(font.pointSizeF() * 1.3)
    QApplication.setFont(larger)
    try:
        main_window.resize(1280, 680)
        for spec in main_window.specs:
            main_window.show_page(spec.key)
            qtbot.wait(30)
            assert main_window.width() <= 1280 and main_window.height() <= 680, spec.key
        agenda = main_window.pages["agenda"]
        assert agenda.undo_button.text() == "Annuler"  # never « Ann… »
        main_window.show_page("agenda")  # its tool row is wider than the room beside the sidebar: it folds
        qtbot.waitUntil(lambda: main_window.sidebar.collapsed)
        assert agenda.width() >= agenda.minimumSizeHint().width()  # all in sight, no scrolling
        printing = main_window.pages["impressions"]
        assert printing.stock.toolTip() == printing.stock.currentText() or \
            printing.stock.fontMetrics().horizontalAdvance(printing.stock.currentText()) <= printing.stock.width() - 32
    finally:
        QApplication.setFont(font)
    main_window.resize(1366, 768)  # room again: the sidebar unfolds by itself
    qtbot.waitUntil(lambda: not main_window.sidebar.collapsed)


def test_a_list_refits_when_shown_after_the_window_grew_while_it_was_hidden(qtbot, main_window):
    """Lists seen at 1366 px, the window then maximised on another page: shown again, they fill the width."""
    main_window.resize(1366, 768)
    for key in ("participants", "personnes"):
        main_window.show_page(key)
        qtbot.waitUntil(lambda key=key: main_window.pages[key].model.rowCount() > 0, timeout=20000)
        qtbot.wait(50)
    main_window.show_page("aujourdhui")
    main_window.resize(1920, 1080)
    qtbot.wait(50)
    for key in ("participants", "personnes"):
        main_window.show_page(key)
        table = main_window.pages[key].table
        qtbot.waitUntil(lambda table=table: table.horizontalHeader().length() >= table.viewport().width() - 2)
