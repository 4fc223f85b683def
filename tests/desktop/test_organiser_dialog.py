"""The organiser's identity edited like a person would: typed into the dialog, images chosen (a broken one refused
with a sentence), saved once, used by the next document; reopening and saving untouched changes nothing."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from core.models import SyncChange
from core.services import organiser
from core.services.events import list_events
from core.typography import plain
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.pages.printing.organiser_dialog import OrganiserDialog
from desktop.pages.printing.page import PrintingPage
from tests.printing.scenario import build


@pytest.fixture
def page(qtbot, workspace):  # type: ignore[no-untyped-def]
    build(workspace)
    tasks = Tasks()
    widget = PrintingPage(AppContext(workspace, tasks, list_events(workspace)[0]))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.sessions != [] and "À compléter" in widget.organiser.text())
    yield widget
    tasks.wait_idle()


def _changes(workspace) -> int:  # type: ignore[no-untyped-def]
    with workspace.reading() as session:
        return int(session.scalar(select(func.count()).select_from(SyncChange)) or 0)


def _open_dialog(qtbot, page) -> OrganiserDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.organiser_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "organiser_dialog", None) is not None
                    and page.organiser_dialog.isVisible(), timeout=10000)
    return page.organiser_dialog


def test_identity_typed_saved_and_printed(qtbot, page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), "#1f5f8b").save(logo)
    broken = tmp_path / "signature.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot an image")
    dialog = _open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Paris Terres d'Envol", delay=5)
    qtbot.keyClicks(dialog.place, "Aulnay-sous-Bois", delay=5)
    qtbot.keyClicks(dialog.signatory_name, "Camille Martin", delay=5)
    qtbot.keyClicks(dialog.signatory_role, "Directrice", delay=5)
    dialog.funding_mention.insertPlainText("Action cofinancée par la Région")  # QTest types ASCII only
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), "Images"))
    qtbot.mouseClick(dialog.signature.choose, Qt.MouseButton.LeftButton)
    assert "Image illisible" in dialog.error.text() and dialog.signature.data is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), "Images"))
    qtbot.mouseClick(dialog.logo.choose, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_funder, Qt.MouseButton.LeftButton)
    assert dialog.logo.data == logo.read_bytes() and len(dialog.funders) == 1 and dialog.error.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: "Paris Terres d'Envol — Camille Martin, Directrice" in page.organiser.text())
    workspace = page.context.workspace
    with workspace.reading() as session:
        saved = organiser.identity(session)
    assert saved.name == "Paris Terres d'Envol" and saved.logo == logo.read_bytes() and saved.signature is None

    # The next émargement carries it.
    target = tmp_path / "em.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    page.document.setCurrentIndex(page.document.index_of("emargement"))
    page.session.setCurrentIndex(0)
    page.save_pdf()
    qtbot.waitUntil(target.exists, timeout=30000)
    text = plain("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages))
    assert "Certifié exact par l'organisme : Paris Terres d'Envol" in text
    assert "Action cofinancée par la Région" in text and "Camille Martin, Directrice" in text

    # Opened again and saved untouched: no change to sync.
    before = _changes(workspace)
    dialog = _open_dialog(qtbot, page)
    assert dialog.name.text() == "Paris Terres d'Envol" and dialog.logo.data == logo.read_bytes()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert _changes(workspace) == before
