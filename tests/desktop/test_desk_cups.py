"""The badge at check-in through a real CUPS (.ci/cups.sh): it comes out on 62 x 100 mm as a vector PDF whose QR
reads back; a paused, rejecting or unreachable printer is said in words, the badge is kept and not counted."""

from __future__ import annotations

import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core.typography import fill
from desktop.pages.desk.badge_printing import ENABLED_KEY, PRINTER_KEY, STOCK_KEY
from desktop.pages.desk.page import DeskPage
from tests.cups_queues import AWAY_QUEUE, LABEL_QUEUE, PDF_QUEUE, cups, output_of, paused, rejecting
from tests.desktop.test_desk_badge import _records, _unscanned

pytestmark = pytest.mark.printers  # the machine's print queues: one test at a time (conftest.py)

__all__ = ["cups"]
MM = 72 / 25.4


@pytest.fixture
def desk(qtbot, context, cups):  # type: ignore[no-untyped-def]
    settings = QSettings("Envol", "Envol")
    settings.setValue(ENABLED_KEY, "true")
    settings.setValue(STOCK_KEY, "roll-62")
    settings.remove(PRINTER_KEY)
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    page.badge.set_system(cups)
    qtbot.waitUntil(lambda: page.badge.printer.count() >= 3, timeout=10000)
    return page


def _choose(desk, queue: str) -> None:  # type: ignore[no-untyped-def]
    desk.badge.printer.set_value(queue)


def _scan(qtbot, desk, context):  # type: ignore[no-untyped-def]
    code, reg_id, name = _unscanned(context.workspace, context.current_event.id)
    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: desk.verdict.reason == "valid", timeout=20000)
    return code, reg_id, name


def test_the_label_printer_chosen_by_its_paper_prints_a_vector_badge_on_62_by_100(qtbot, desk, context) -> None:  # type: ignore[no-untyped-def]
    assert desk.badge.printer.value() == LABEL_QUEUE  # the one printer with 62 x 100 mm paper
    code, reg_id, name = _scan(qtbot, desk, context)
    qtbot.waitUntil(lambda: desk.badge.last_job is not None, timeout=10000)
    job = desk.badge.last_job
    qtbot.waitUntil(lambda: len(_records(context.workspace, reg_id)) == 1, timeout=60000)
    assert desk.badge.status.text() == fill("Badge de {0} : imprimé.", name)
    assert not desk.badge.retry_button.isVisible()

    pdf = output_of(job).read_bytes()
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    width, height = float(page.mediabox.width) / MM, float(page.mediabox.height) / MM
    assert abs(width - 62) < 1 and abs(height - 100) < 1  # the label's size, not A4
    text = page.extract_text()
    # A text layer, not an image (cups-pdf's Ghostscript re-encodes accented letters, hence the plain words).
    assert code in text and "Rencontres territoriales" in text
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil()
    scanned = [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert len(scanned) == 1
    desk.verdict.ready()  # the printed QR, scanned back at the desk, is this person's ticket
    qtbot.keyClicks(desk.recent, scanned[0] + "\r")
    qtbot.waitUntil(lambda: desk.verdict.reason == "already_checked_in", timeout=20000)


def test_paused_printer_badge_waits_is_kept_and_goes_to_another_printer(qtbot, desk, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with paused(LABEL_QUEUE, "Plus de rouleau"):
        code, reg_id, name = _scan(qtbot, desk, context)
        qtbot.waitUntil(lambda: desk.badge.retry_button.isVisible(), timeout=10000)
        status = desk.badge.status.text()
        assert "en attente : l'imprimante est en pause (Plus de rouleau)" in status and name in status
        assert f"badge-{code}.pdf" in status and desk.badge.other_button.isVisible()
        assert _records(context.workspace, reg_id) == []  # not printed: not logged, so no reprint later

        # Another printer: the A4 one has no 62 x 100 paper; the volunteer agrees to print it at its size.
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (PDF_QUEUE, True)))
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda _w, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes))
        qtbot.mouseClick(desk.badge.other_button, qtbot_left())
        assert asked and "n'a pas de papier 62 × 100 mm" in asked[0]
        qtbot.waitUntil(lambda: len(_records(context.workspace, reg_id)) == 1, timeout=60000)
        assert desk.badge.status.text() == fill("Badge de {0} : imprimé.", name)
        assert not desk.badge.retry_button.isVisible()
    # The paused queue no longer holds the badge: it would otherwise come out twice.
    import subprocess

    assert subprocess.run(["lpstat", "-o", LABEL_QUEUE], capture_output=True, text=True).stdout.strip() == ""


def test_rejecting_printer_says_refused_and_retry_prints_once_it_accepts(qtbot, desk, context) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    rejecting(LABEL_QUEUE, "File fermée")
    _code, reg_id, name = _scan(qtbot, desk, context)
    qtbot.waitUntil(lambda: desk.badge.retry_button.isVisible(), timeout=10000)
    assert "refusé par l'imprimante" in desk.badge.status.text() and name in desk.badge.status.text()
    assert _records(context.workspace, reg_id) == []
    subprocess.run(["cupsaccept", LABEL_QUEUE], check=True)
    qtbot.mouseClick(desk.badge.retry_button, qtbot_left())
    qtbot.waitUntil(lambda: len(_records(context.workspace, reg_id)) == 1, timeout=60000)
    assert desk.badge.status.text() == fill("Badge de {0} : imprimé.", name)


def test_unreachable_printer_says_it_does_not_answer(qtbot, desk, context) -> None:  # type: ignore[no-untyped-def]
    _choose(desk, AWAY_QUEUE)
    desk.badge.stock.set_value("roll-62")
    # envol-away has A4 paper only: the desk refuses to enlarge the label and says so.
    _code, reg_id, _name = _scan(qtbot, desk, context)
    qtbot.waitUntil(lambda: desk.badge.retry_button.isVisible(), timeout=10000)
    assert "n'a pas de papier 62 × 100 mm" in desk.badge.status.text()
    # Sent anyway at its size, the job waits on a printer that does not answer.
    desk.badge.retry(AWAY_QUEUE, unscaled_ok=True)
    qtbot.waitUntil(lambda: "ne répond pas" in desk.badge.status.text(), timeout=30000)
    assert desk.badge.retry_button.isVisible() and _records(context.workspace, reg_id) == []


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
