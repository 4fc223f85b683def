"""The Impressions page printing through a real CUPS (.ci/cups.sh): the app's PDF as one vector job on the paper
the document needs, followed until it came out and only then logged."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from core.services import print_data
from core.services.print_log import printed_counts
from desktop.pages.printing.page import PrintingPage
from desktop.pages.printing.sending import PRINTER_KEY
from tests.cups_queues import PDF_QUEUE, cups, output_of, paused

pytestmark = pytest.mark.printers  # the machine's print queues: one test at a time (conftest.py)

__all__ = ["cups"]
MM = 72 / 25.4


def _page(qtbot, context, cups, printer: str) -> PrintingPage:  # type: ignore[no-untyped-def]
    QSettings("Envol", "Envol").setValue(PRINTER_KEY, printer)
    page = PrintingPage(context)
    qtbot.addWidget(page)
    page.show()
    page.output.set_system(cups)
    qtbot.waitUntil(lambda: page.output.printer.value() == printer, timeout=10000)
    return page


def _counts(page: PrintingPage) -> dict:  # type: ignore[type-arg]
    with page.context.workspace.reading() as session:
        return printed_counts(session, page.context.current_event.id)


def _size_mm(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return float(page.mediabox.width) / MM, float(page.mediabox.height) / MM


@pytest.fixture
def refuse_questions(monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _w, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No))
    return asked


def test_all_badges_of_the_rencontres_as_one_small_vector_job_logged_once_printed(
        qtbot, context, cups, refuse_questions) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, cups, PDF_QUEUE)
    page.stock.set_value("a4-8")
    assert _counts(page) == {}
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.output.last_job is not None, timeout=60000)
    job = page.output.last_job
    everyone = _confirmed(page)
    assert everyone > 200 and job.title == f"Badges — {context.current_event.name} ({everyone})"
    qtbot.waitUntil(lambda: len(_counts(page)) == everyone, timeout=120000)
    assert page.output.status.text() == f"« {job.title} » sur {PDF_QUEUE} : imprimé."
    assert refuse_questions == []  # A4 on an A4 printer: nothing to ask

    out = output_of(job)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    with context.workspace.unit_of_work() as uow:  # a badge each, and the next label for a schedule of meetings
        labels = sum(2 if badge.meetings else 1 for badge in print_data.badges(uow, context.current_event.id))
    assert labels > everyone and len(reader.pages) == -(-labels // 8)  # 8 labels a sheet
    width, height = _size_mm(reader.pages[0])
    assert abs(width - 210) < 1 and abs(height - 297) < 1
    assert "PARTICIPANT" in reader.pages[0].extract_text()  # text, not an image of it
    assert out.stat().st_size < 3_000_000  # a vector job (the 600-dpi raster of issue 16 spooled 92 MB)


def test_a_roll_label_is_never_enlarged_onto_a4(qtbot, context, cups, monkeypatch, refuse_questions) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, cups, PDF_QUEUE)
    page.stock.set_value("roll-62")
    page.whom.set_value("selection")
    page.selection.setText(_someone(page))
    page.print_document()
    qtbot.waitUntil(lambda: bool(refuse_questions), timeout=60000)
    assert "n'a pas de papier 62 × 100 mm (elle a A4)" in refuse_questions[0]
    qtbot.wait(300)
    assert page.output.last_job is None and _counts(page) == {}  # "no": nothing sent, nothing logged
    assert "Non imprimé" in page.output.status.text()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    page.print_document()
    qtbot.waitUntil(lambda: page.output.last_job is not None, timeout=30000)
    out = PdfReader(io.BytesIO(output_of(page.output.last_job).read_bytes()))
    width, height = _size_mm(out.pages[0])
    assert abs(width - 62) < 1 and abs(height - 100) < 1  # at its size, not enlarged to fill A4
    qtbot.waitUntil(lambda: len(_counts(page)) == 1, timeout=30000)


def test_paused_printer_waits_then_prints_when_resumed(qtbot, context, cups, refuse_questions) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, cups, PDF_QUEUE)
    page.stock.set_value("a4-10")
    page.whom.set_value("selection")
    page.selection.setText(_someone(page))
    with paused(PDF_QUEUE, "Bac vide"):
        page.print_document()
        qtbot.waitUntil(lambda: page.output.retry_button.isVisible(), timeout=60000)
        assert "en attente : l'imprimante est en pause (Bac vide)" in page.output.status.text()
        assert page.output.other_button.isVisible() and _counts(page) == {}
    qtbot.waitUntil(lambda: len(_counts(page)) == 1, timeout=60000)  # resumed: it came out, it counts
    assert page.output.status.text().endswith(": imprimé.") and not page.output.retry_button.isVisible()


def _confirmed(page: PrintingPage) -> int:
    """Every confirmed registration of the demo's Rencontres: all of them get a badge."""
    from sqlalchemy import func, select

    from core.models import Registration, Status

    with page.context.workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(Registration)
                              .where(Registration.event_id == page.context.current_event.id,
                                     Registration.status == Status.CONFIRMED)) or 0


def _someone(page: PrintingPage) -> str:
    from sqlalchemy import select

    from core.models import Person, Registration, Status

    with page.context.workspace.reading() as session:
        return session.execute(select(Person.last_name).join(Registration, Registration.person_id == Person.id)
                               .where(Registration.event_id == page.context.current_event.id,
                                      Registration.status == Status.CONFIRMED)
                               .order_by(Person.last_name).limit(1)).scalar_one()
