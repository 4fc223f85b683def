"""The badge printed at check-in: once after a valid first entry, never on a second scan, reprint with a reason."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from core.models import CheckIn, Person, PrintRecord, Registration, Status, Ticket
from core.typography import fill
from desktop.pages.desk.badge_printing import ENABLED_KEY, PRINTER_KEY, STOCK_KEY
from desktop.pages.desk.page import DeskPage
from printing.job_status import JobReport, JobState
from printing.system import PrinterInfo, PrintJob

pytestmark = pytest.mark.printers  # the machine's print queues: one test at a time (conftest.py)


class LabelPrinter:
    """A print system with one 62 x 100 mm label printer that prints everything at once."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.titles: list[str] = []

    def printers(self) -> list[PrinterInfo]:
        return [PrinterInfo("label", "Étiquettes", ("w176h283",), "w176h283")]

    def printer(self, name: str) -> PrinterInfo:
        return self.printers()[0]

    def submit(self, pdf, printer, title, media=None, copies=1):  # type: ignore[no-untyped-def]
        assert media == "w176h283"
        self.sent.append(pdf)
        self.titles.append(title)
        return PrintJob(printer, f"label-{len(self.sent)}", title)

    def status(self, job: PrintJob) -> JobReport:
        return JobReport(JobState.COMPLETED)

    def cancel(self, job: PrintJob) -> None:
        pass


class NoPrinter(LabelPrinter):
    def printers(self) -> list[PrinterInfo]:
        return []


def _unscanned(workspace, event_id):
    """(code, registration id, 'First Last') of a confirmed registration never scanned nor printed."""
    with workspace.reading() as session:
        scanned = select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        printed = select(PrintRecord.registration_id)
        code, reg_id, first, last = session.execute(
            select(Ticket.code, Registration.id, Person.first_name, Person.last_name)
            .join(Registration, Registration.id == Ticket.registration_id)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED,
                   Ticket.id.not_in(scanned), Registration.id.not_in(printed))
            .order_by(Ticket.code).limit(1)).one()
    return code, reg_id, f"{first} {last}"


def _records(workspace, reg_id):
    with workspace.reading() as session:
        return session.execute(select(PrintRecord.stock, PrintRecord.reprint_reason)
                               .where(PrintRecord.registration_id == reg_id)
                               .order_by(PrintRecord.printed_at)).all()


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def desk(qtbot, context):
    QSettings("Envol", "Envol").remove(ENABLED_KEY)
    QSettings("Envol", "Envol").remove(STOCK_KEY)
    QSettings("Envol", "Envol").remove(PRINTER_KEY)
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.show()
    page.system = LabelPrinter()
    page.sent = page.system.sent
    page.badge.set_system(page.system)
    qtbot.waitUntil(lambda: page.badge.printer.value() == "label")
    return page


def test_option_off_by_default_remembered_and_limited_to_single_badge_stocks(qtbot, desk, context):
    assert not desk.badge.enabled.isChecked()
    assert [desk.badge.stock.value_at(i) for i in range(desk.badge.stock.count())] == ["roll-62"]
    code, reg_id, _name = _unscanned(context.workspace, context.current_event.id)
    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: desk.verdict.reason == "valid", timeout=20000)
    context.tasks.wait_idle()
    qtbot.wait(100)
    assert desk.sent == [] and _records(context.workspace, reg_id) == []  # off: nothing printed

    desk.badge.enabled.setChecked(True)
    again = DeskPage(context)
    qtbot.addWidget(again)
    assert again.badge.enabled.isChecked()


def test_valid_entry_prints_once_and_reprint_needs_a_reason(qtbot, desk, context, monkeypatch):
    workspace = context.workspace
    desk.badge.enabled.setChecked(True)
    code, reg_id, name = _unscanned(workspace, context.current_event.id)

    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: len(_records(workspace, reg_id)) == 1, timeout=10000)
    assert len(desk.sent) == 1
    text = _pdf_text(desk.sent[0])
    assert name.split()[0] in text and name.split()[-1].upper() in text.upper()
    assert _records(workspace, reg_id) == [("roll-62", None)]
    assert desk.badge.status.text() == fill("Badge de {0} : imprimé.", name)
    assert desk.system.titles == [f"Badge — {name}"]

    # The same ticket again: refused at the desk, and no second badge.
    desk.verdict.ready()
    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: desk.verdict.reason == "already_checked_in", timeout=20000)
    context.tasks.wait_idle()
    qtbot.wait(200)
    assert len(desk.sent) == 1 and len(_records(workspace, reg_id)) == 1

    # Reprint from the recent scans: an empty reason prints nothing; a reason is logged.
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() > 0, timeout=20000)
    desk.recent.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    desk.reprint_button.click()
    assert "raison" in desk.badge.status.text()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Badge abîmé", True)))
    desk.reprint_button.click()
    qtbot.waitUntil(lambda: len(_records(workspace, reg_id)) == 2, timeout=10000)
    assert len(desk.sent) == 2
    assert _records(workspace, reg_id)[1] == ("roll-62", "Badge abîmé")


def test_no_printer_says_so_keeps_the_pdf_and_logs_nothing(qtbot, desk, context, tmp_path):
    desk.badge.set_system(NoPrinter())
    qtbot.waitUntil(lambda: desk.badge.printer.count() == 0)
    desk.badge.enabled.setChecked(True)
    code, reg_id, _name = _unscanned(context.workspace, context.current_event.id)
    qtbot.keyClicks(desk.recent, code + "\r")
    qtbot.waitUntil(lambda: "Aucune imprimante" in desk.badge.status.text(), timeout=10000)
    assert desk.verdict.reason == "valid"  # the check-in itself went through
    assert _records(context.workspace, reg_id) == []
    assert f"badge-{code}.pdf" in desk.badge.status.text()
