"""The Impressions page driven like a user: preview shown, save as PDF writes the file, reprints logged."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog

from core.services.events import list_events
from core.services.print_log import printed_counts
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.pages.printing.page import PrintingPage
from tests.printing.scenario import build


@pytest.fixture
def page(qtbot, workspace):  # type: ignore[no-untyped-def]
    scenario = build(workspace)
    tasks = Tasks()
    context = AppContext(workspace, tasks, list_events(workspace)[0])
    widget = PrintingPage(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.sessions != [])
    widget.scenario = scenario  # type: ignore[attr-defined]
    yield widget
    tasks.wait_idle()


def _wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.preview_button.isEnabled() and page.job is None, timeout=30000)


def test_badges_preview_then_save_as_pdf_and_logged(qtbot, page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    page.stock.setCurrentIndex(page.stock.index_of("a4-10"))
    qtbot.mouseClick(page.preview_button, qtbot_button())
    qtbot.waitUntil(lambda: len(page.preview.pages) == 2, timeout=30000)  # 12 badges, 10 per sheet
    assert "2 pages" in page.status.text() and "12 personnes" in page.status.text()
    qtbot.mouseClick(page.save_button, qtbot_button())
    qtbot.waitUntil(target.exists, timeout=30000)
    _wait_idle(qtbot, page)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 2 and "N’DIAYE-LEFÈVRE" in reader.pages[0].extract_text() + reader.pages[1].extract_text()
    event_id = page.scenario.event_id
    qtbot.waitUntil(lambda: len(printed_counts_of(page, event_id)) == 12, timeout=10000)

    # Printing again asks why; giving no reason prints nothing and logs nothing.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    target.unlink()
    page.make_preview()
    _wait_idle(qtbot, page)
    assert "12 badges déjà imprimés" in page.status.text()
    page.save_pdf()
    qtbot.wait(200)
    assert not target.exists()

    # Only the badges not yet printed: nobody left.
    page.whom.setCurrentIndex(page.whom.index_of("new"))
    page.make_preview()
    _wait_idle(qtbot, page)
    assert "Personne à imprimer" in page.status.text()


def printed_counts_of(page, event_id):  # type: ignore[no-untyped-def]
    with page.context.workspace.reading() as session:
        return printed_counts(session, event_id)


def test_emargement_and_attestations_preview(qtbot, page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.document.setCurrentIndex(page.document.index_of("emargement"))
    page.session.setCurrentIndex(0)
    page.make_preview()
    _wait_idle(qtbot, page)
    assert page.preview.pages and "12 personnes" in page.status.text()

    page.document.setCurrentIndex(page.document.index_of("attestations"))
    page.make_preview()
    _wait_idle(qtbot, page)
    assert len(page.preview.pages) == len(page.scenario.checked_in)
    target = tmp_path / "attestations.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "zip"))
    page.one_per_person.setChecked(True)
    page.make_preview()
    _wait_idle(qtbot, page)
    page.save_pdf()
    qtbot.waitUntil(target.exists, timeout=30000)
    _wait_idle(qtbot, page)
    import zipfile

    assert len(zipfile.ZipFile(target).namelist()) == len(page.scenario.checked_in)


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_window_shows_the_page_when_asked(main_window) -> None:
    main_window.show_page("impressions")
    assert isinstance(main_window.current_page(), PrintingPage)
    assert main_window.pages["impressions"] is main_window.current_page()


def test_saved_attestations_are_logged_and_their_code_checked_on_the_page(qtbot, page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from core.models import PrintedDocument

    target = tmp_path / "attestations.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    page.document.setCurrentIndex(page.document.index_of("attestations"))
    page.save_pdf()  # previews first, then saves
    qtbot.waitUntil(target.exists, timeout=30000)
    _wait_idle(qtbot, page)
    event_id = page.scenario.event_id

    def logged() -> dict:  # type: ignore[type-arg]
        with page.context.workspace.reading() as session:
            return printed_counts(session, event_id, PrintedDocument.ATTESTATION)

    qtbot.waitUntil(lambda: set(logged()) == page.scenario.checked_in, timeout=10000)

    import pypdfium2
    import zxingcpp

    image = pypdfium2.PdfDocument(target.read_bytes())[0].render(scale=300 / 72).to_pil()
    (scanned,) = [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    first_page = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    page.check.code.setText(scanned.lower())
    qtbot.mouseClick(page.check.button, qtbot_button())
    qtbot.waitUntil(lambda: page.check.answer.text() != "", timeout=10000)
    answer = page.check.answer.text()
    assert answer.startswith("Attestation authentique") and "Émise le " in answer
    person = next(line for line in answer.splitlines() if line.startswith("Personne : "))
    assert person.removeprefix("Personne : ") in first_page

    page.check.code.setText("ABCDE-FGH23")
    page.check.code.returnPressed.emit()  # a scanner ends with Enter
    qtbot.waitUntil(lambda: page.check.answer.text().startswith("Aucune attestation"), timeout=10000)
