"""A print job from the desktop: submitted off the GUI thread, followed until it came out, said in words.

Shared by the desk (badge at check-in) and the Impressions page. The print system is CUPS where it exists (the
app's own PDF, vector, on the right paper); elsewhere the Qt raster path, page by page, which can only say "sent".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSizeF, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.background import Progress, Tasks
from desktop.messages import QT_TRANSLATE_NOOP
from printing.job_status import Assessment, JobReport, JobState, Outcome, assess
from printing.system import JobRefused, PrinterInfo, PrintJob, PrintSystem, find_print_system

POLL_MS = 400
RASTER_DPI = 300

WORDS: dict[Outcome, str] = {
    Outcome.PRINTED: QT_TRANSLATE_NOOP("print_jobs", "imprimé"),
    Outcome.SENT_UNCONFIRMED: QT_TRANSLATE_NOOP(
        "print_jobs", "envoyé à l'imprimante (elle ne peut pas dire s'il est sorti)"),
    Outcome.PRINTING: QT_TRANSLATE_NOOP("print_jobs", "en cours d'impression"),
    Outcome.QUEUED: QT_TRANSLATE_NOOP("print_jobs", "en attente dans la file de l'imprimante"),
    Outcome.PAUSED: QT_TRANSLATE_NOOP("print_jobs", "en attente : l'imprimante est en pause"),
    Outcome.HELD: QT_TRANSLATE_NOOP("print_jobs", "en attente : le travail est retenu dans la file"),
    Outcome.UNREACHABLE: QT_TRANSLATE_NOOP("print_jobs", "en attente : l'imprimante ne répond pas"),
    Outcome.STOPPED: QT_TRANSLATE_NOOP("print_jobs", "bloqué : l'imprimante n'avance pas"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("print_jobs", "refusé par l'imprimante"),
    Outcome.CANCELED: QT_TRANSLATE_NOOP("print_jobs", "annulé"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("print_jobs", "échec de l'impression"),
}


def outcome_words(assessment: Assessment) -> str:
    """« en attente : l'imprimante est en pause (Plus de rouleau) »."""
    words = QCoreApplication.translate("print_jobs", WORDS[assessment.outcome])
    return f"{words} ({assessment.message})" if assessment.message else words


@dataclass(frozen=True, slots=True)
class Submission:
    pdf: bytes
    printer: str
    title: str
    media: str | None = None
    copies: int = 1


def submit(system: PrintSystem, submission: Submission) -> PrintJob | Assessment:
    """Run on the pool: the job, or the refusal said as an outcome (never raises for a refusal)."""
    try:
        return system.submit(submission.pdf, submission.printer, submission.title, submission.media,
                             submission.copies)
    except JobRefused as refused:
        return Assessment(Outcome.REFUSED, str(refused))


class JobFollower(QObject):
    """Asks the print system about a job every POLL_MS (on the pool), emits each new assessment, stops at the end.
    A stuck job keeps being followed: a printer taken out of pause still prints it, and then it counts."""

    changed = Signal(object)  # Assessment

    def __init__(self, tasks: Tasks, system: PrintSystem, job: PrintJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.system, self.job = tasks, system, job
        self.started = time.monotonic()
        self.last: Assessment | None = None
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._ask)
        self._timer.start()
        self._ask()

    def _ask(self) -> None:
        if self._asking:
            return
        self._asking = True
        system, job, waited = self.system, self.job, time.monotonic() - self.started

        def look(_progress: Progress) -> Assessment:
            return assess(system.status(job), waited)

        self.tasks.background(look, self._seen, self._error)

    def _seen(self, assessment: Assessment) -> None:
        self._asking = False
        if not self._timer.isActive():
            return
        if assessment != self.last:
            self.last = assessment
            self.changed.emit(assessment)
        if assessment.final:
            self.stop()

    def _error(self, error: BaseException) -> None:
        self._asking = False  # the next tick asks again; a print system down is said by the next answer

    def stop(self) -> None:
        self._timer.stop()

    def cancel(self) -> None:
        """Withdraw the job from the queue (the volunteer sends it elsewhere, or gives up)."""
        self.stop()
        system, job = self.system, self.job
        self.tasks.background(lambda _p: system.cancel(job))


class QtRasterSystem:
    """The last resort where there is no CUPS (Windows until its pdfium path is built): each page rasterised at
    RASTER_DPI and painted on the system printer one at a time (memory of one page), at the document's own size.
    The driver cannot say what happened: the job is "sent"."""

    def printers(self) -> list[PrinterInfo]:
        default = QPrinterInfo.defaultPrinterName()
        return [PrinterInfo(info.printerName(), info.description(), tuple(s.key() for s in info.supportedPageSizes()),
                            info.defaultPageSize().key() or None, info.supportsCustomPageSizes(),
                            info.printerName() == default) for info in QPrinterInfo.availablePrinters()]

    def printer(self, name: str) -> PrinterInfo:
        return next((p for p in self.printers() if p.name == name), PrinterInfo(name))

    def submit(self, pdf: bytes, printer: str, title: str, media: str | None = None, copies: int = 1) -> PrintJob:
        import pypdfium2

        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            raise JobRefused(printer)
        qprinter = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        qprinter.setDocName(title)
        qprinter.setFullPage(True)
        qprinter.setCopyCount(max(1, copies))
        document = pypdfium2.PdfDocument(pdf)
        painter: QPainter | None = None
        try:
            for index in range(len(document)):
                page = document[index]
                width, height = page.get_size()
                qprinter.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
                if painter is None:
                    painter = QPainter(qprinter)
                else:
                    qprinter.newPage()
                pil = page.render(scale=min(qprinter.resolution(), RASTER_DPI) / 72).to_pil().convert("RGB")
                image = QImage(pil.tobytes("raw", "RGB"), pil.width, pil.height, pil.width * 3,
                               QImage.Format.Format_RGB888)
                target = painter.viewport()
                painter.drawImage(target, image)  # the page is the paper: same proportions, no enlarging
                del image, pil
        finally:
            if painter is not None:
                painter.end()
            document.close()
        return PrintJob(printer, "qt", title)

    def status(self, job: PrintJob) -> JobReport:
        return JobReport(JobState.SENT)

    def cancel(self, job: PrintJob) -> None:
        return None


def desktop_print_system() -> PrintSystem | None:
    """CUPS where it is; the Qt raster path where the system lists printers; None on a machine without any."""
    system = find_print_system()
    if system is not None:
        return system
    return QtRasterSystem() if QPrinterInfo.availablePrinterNames() else None


def load_printers(tasks: Tasks, system: PrintSystem | None, done: Callable[[list[PrinterInfo]], Any]) -> None:
    """The printers, read on the pool (lpstat can take a moment)."""
    if system is None:
        done([])
        return
    tasks.background(lambda _p: system.printers(), done, lambda _e: done([]))
