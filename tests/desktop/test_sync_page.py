"""The Synchronisation page and the status bar indicator, driven through their widgets."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.models import Person
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, new_replica


def test_indicator_is_always_in_the_status_bar(qtbot, main_window) -> None:
    indicator = main_window.sync_indicator
    assert indicator.isVisible()
    # The demo was built offline and no hub is configured: its changes wait.
    qtbot.waitUntil(lambda: "en attente" in indicator.text(), timeout=5000)
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert main_window.current_page_key() == "synchronisation"


def test_unreachable_hub_is_said_plainly(qtbot, main_window) -> None:
    main_window.show_page("synchronisation")
    page = main_window.pages["synchronisation"]
    page.url_box.setText("postgresql://envol@127.0.0.1:9/envol")  # a closed port
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "injoignable" in page.message.text(), timeout=10000)


def test_bad_address_is_refused(qtbot, main_window) -> None:
    page = main_window.pages["synchronisation"]
    page.url_box.setText("ftp://ailleurs")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "invalide" in page.message.text(), timeout=5000)


@pytest.mark.postgres
def test_sync_from_the_page_and_review_a_conflict(qtbot, main_window, postgres_url: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    schema = f"t_gui_{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("ENVOL_HUB_SCHEMA", schema)
    monkeypatch.setenv("ENVOL_NO_KEYRING", "1")
    context = main_window.context
    page = main_window.pages["synchronisation"]
    indicator = main_window.sync_indicator
    hub = Hub(postgres_url)
    other = new_replica(blank_template(tmp_path), tmp_path / "other.envol")
    try:
        page.url_box.setText(postgres_url)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: indicator.text() == "À jour", timeout=30000)
        assert "Synchronisé" in page.message.text()

        sync_with_hub(other, hub)
        with context.workspace.reading() as session:
            person_id = session.query(Person.id).order_by(Person.last_name).first()[0]
        for workspace, email in ((context.workspace, "ici@exemple.fr"), (other, "la-bas@exemple.fr")):
            with workspace.unit_of_work() as uow:
                uow.session.get(Person, person_id).email = email
        sync_with_hub(other, hub)
        qtbot.waitUntil(lambda: indicator.text() != "Synchronisation…", timeout=10000)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
        assert page.model.item(0).mine == "ici@exemple.fr"
        assert page.model.item(0).theirs == "la-bas@exemple.fr"

        page.table.selectRow(0)
        assert page.keep_mine.isEnabled() and not page.seen_button.isEnabled()
        qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
        with context.workspace.reading() as session:
            assert session.get(Person, person_id).email == "ici@exemple.fr"
        qtbot.waitUntil(lambda: "en attente" in indicator.text() or indicator.text() == "À jour", timeout=10000)
    finally:
        context.tasks.wait_idle()
        other.close()
        hub.drop()
        hub.close()


def test_a_copied_workspace_takes_its_own_identity_when_it_syncs_by_file(qtbot, main_window, _demo_template: Path,
                                                                         tmp_path: Path) -> None:
    from sqlalchemy import select

    from core.db.workspace import open_workspace
    from core.models import Ticket
    from core.sync.bundle import sync_with_bundle
    from tests.core.sync_helpers import check_in

    context = main_window.context
    page = main_window.pages["synchronisation"]
    before = context.workspace.device_id
    bundle = tmp_path / "cle.envolsync"
    with open_workspace(shutil.copy(_demo_template, tmp_path / "copie.envol")) as copy:
        assert copy.device_id == before  # both files are copies of the same demo
        with copy.reading() as session:
            ticket = session.scalars(select(Ticket.id)).first()
        check_in(copy, ticket)
        sync_with_bundle(copy, bundle)

    page.sync_with_file(bundle)
    qtbot.waitUntil(lambda: "identité" in page.message.text(), timeout=30000)
    assert context.workspace.device_id != before
    context.tasks.wait_idle()


def test_every_failure_says_in_french_what_to_do(qtbot, main_window) -> None:
    main_window.show_page("synchronisation")
    page = main_window.pages["synchronisation"]
    qtbot.waitUntil(lambda: page.controller.view.status is not None, timeout=10000)
    page.url_box.clear()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert "Indiquez d'abord l'adresse du serveur central" in page.message.text()
    page.message.clear()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)  # no server at all: said, not silent
    assert "adresse du serveur central" in page.message.text() and "par fichier" in page.message.text()
    page.url_box.setText("postgresql://envol@serveur-pas-encore-enregistre/envol")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "Enregistrez d'abord ce serveur" in page.message.text()
    page.url_box.setText("n'importe quoi")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "…" not in page.message.text(), timeout=10000)
    assert "Could not parse" not in page.message.text() and "Adresse de serveur invalide" in page.message.text()
