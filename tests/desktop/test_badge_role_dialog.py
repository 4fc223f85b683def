"""The badge role chosen on the Participants page is the band printed on that person's badge."""

from __future__ import annotations

from core.models import BadgeRole
from core.services import print_data
from core.services.events import list_events
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.pages.participants.page import ParticipantsPage
from tests.printing.scenario import build


def test_choose_a_badge_role_from_the_participants_page(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    tasks = Tasks()
    page = ParticipantsPage(AppContext(workspace, tasks, list_events(workspace)[0]))
    qtbot.addWidget(page)
    try:
        assert page.choose_badge_role() is None  # nothing selected: says so
        assert "Choisissez d'abord une inscription" in page.message.text()
        qtbot.waitUntil(lambda: page.model.rowCount() == len(scenario.tokens), timeout=10000)
        page.table.setCurrentIndex(page.model.index(0, 0))
        registration = page.model.row_at(0).registration_id
        dialog = page.choose_badge_role()
        assert dialog is not None
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
        assert dialog.role.value() is None and dialog.role.currentText().startswith("Deviné d'après la fiche")
        dialog.role.setCurrentIndex(dialog.role.index_of(BadgeRole.INTERVENANT))
        with qtbot.waitSignal(dialog.accepted, timeout=10000):  # saved, then closed (and deleted)
            dialog.save_button.click()
        with workspace.unit_of_work() as uow:
            roles = {b.registration_id: b.role for b in print_data.badges(uow, scenario.event_id)}
        assert roles[registration] == BadgeRole.INTERVENANT

        dialog = page.choose_badge_role()  # opened again: shows the choice, which can go back to the guess
        assert dialog is not None
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
        assert dialog.role.value() == BadgeRole.INTERVENANT
        dialog.role.setCurrentIndex(0)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):  # saved, then closed (and deleted)
            dialog.save_button.click()
        with workspace.reading() as session:
            assert print_data.badge_role_info(session, registration).chosen is None
    finally:
        tasks.wait_idle()
