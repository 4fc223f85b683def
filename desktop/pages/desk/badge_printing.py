"""Badge printed at check-in: once after a valid first entry, again only on request with a reason (print log).

The data is read on the database worker, the badge drawn and submitted on the pool, so the queue never waits for
the printer. The job is then followed: the desk says what the printer did ("imprimé", "en attente : l'imprimante
est en pause"…) and the badge is logged as printed only once it came out. A badge refused or stuck is kept as a
PDF, and the volunteer can try again or send it to another printer; it never counts as printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.checkin import CheckInTarget
from core.errors import EnvolError
from core.files import write_whole
from core.paths import data_dir
from core.services.checkin import ScanResult
from core.services.checkin_board import registration_of_checkin
from core.typography import fill
from desktop import labels
from desktop.background import Progress
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.messages import describe
from desktop.printer_jobs import (
    JobFollower,
    Submission,
    desktop_print_system,
    load_printers,
    outcome_words,
    submit,
)
from printing.job_status import Assessment
from printing.jobs import Gathered, PrintRequest, gather, job_title, log_printed, render
from printing.paper import choose_media, paper_of, unscaled
from printing.stocks import STOCKS
from printing.system import PrinterInfo, PrintJob, PrintSystem

ENABLED_KEY = "desk/print_badge"
STOCK_KEY = "desk/badge_stock"
PRINTER_KEY = "desk/badge_printer"
OFFSET_KEYS = ("print.offset_x", "print.offset_y")  # the printer offsets set on the Impressions page
SINGLE_STOCKS = [s for s in STOCKS.values() if s.per_page == 1]  # one badge per sheet: a label printer


@dataclass
class BadgeJob:
    """One badge on its way: what to log when it comes out, and the PDF to keep if it does not."""

    gathered: Gathered
    name: str
    reason: str | None
    pdf: bytes
    printer: str
    follower: JobFollower | None = None
    kept: Path | None = None


class BadgeAtCheckIn(QWidget):
    """The option row of the desk page and the jobs behind it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.system: PrintSystem | None = desktop_print_system()
        self.printers: list[PrinterInfo] = []
        self.stuck: BadgeJob | None = None  # the last badge that needs the volunteer
        self.jobs: list[BadgeJob] = []
        self.last_job: PrintJob | None = None  # the last job handed to the print system
        settings = QSettings("Envol", "Envol")
        self.enabled = QCheckBox(self.tr("Imprimer le badge à l'&entrée"))
        self.enabled.setChecked(str(settings.value(ENABLED_KEY, "false")).lower() == "true")
        self.printer = ValueCombo().shrinkable(16)
        self.printer.setAccessibleName(self.tr("Imprimante des badges imprimés à l'entrée"))
        self.stock = ValueCombo().shrinkable(16)
        self.stock.setAccessibleName(self.tr("Support des badges imprimés à l'entrée"))
        for item in SINGLE_STOCKS:
            self.stock.add_choice(labels.stock_name(item), item.key)
        # A stock or printer saved under a name this machine does not offer is left saved as it is: only a choice
        # made here writes the setting (opening the desk never rewrites it).
        self.stock.set_value(settings.value(STOCK_KEY, "roll-62"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.other_button = QPushButton(self.tr("Autre imprimante…"))
        self.enabled.toggled.connect(self._remember)
        self.stock.currentIndexChanged.connect(self._remember)
        self.printer.currentIndexChanged.connect(self._remember)
        self.retry_button.clicked.connect(lambda: self.retry())
        self.other_button.clicked.connect(self.other_printer)
        self.printer.setMinimumContentsLength(24)
        self.printer.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        choices = QHBoxLayout()
        choices.addWidget(self.enabled)
        choices.addWidget(self.printer, 1)
        choices.addWidget(self.stock, 1)
        outcome = QHBoxLayout()
        outcome.addWidget(self.status, 1)
        outcome.addWidget(self.retry_button)
        outcome.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(outcome)
        self._show_actions(False)
        self._enable()
        self.reload_printers()

    # --- the printer and the stock, chosen once per desk
    def set_system(self, system: PrintSystem | None) -> None:
        self.system = system
        self.reload_printers()

    def reload_printers(self) -> None:
        system = self.system  # a list from a system replaced meanwhile is dropped
        load_printers(self.context.tasks, system,
                      lambda printers: self._printers_loaded(printers) if system is self.system else None)

    def _printers_loaded(self, printers: list[PrinterInfo]) -> None:
        self.printers = printers
        remembered = str(QSettings("Envol", "Envol").value(PRINTER_KEY, "") or "")
        paper = paper_of("badges", str(self.stock.value()))
        fitting = [p.name for p in printers
                   if not choose_media(paper, p.media, p.default_media, p.accepts_custom).needs_asking]
        default = next((p.name for p in printers if p.is_default), None)
        self.printer.blockSignals(True)
        self.printer.clear()
        for info in printers:
            self.printer.add_choice(f"{info.name} — {info.description}" if info.description else info.name, info.name)
        wanted = remembered or (fitting[0] if fitting else default) or ""
        self.printer.setCurrentIndex(max(0, self.printer.index_of(wanted)))
        self.printer.blockSignals(False)

    def _enable(self) -> None:
        self.stock.setEnabled(self.enabled.isChecked())
        self.printer.setEnabled(self.enabled.isChecked())

    def _remember(self, *_: object) -> None:
        self._enable()
        settings = QSettings("Envol", "Envol")
        settings.setValue(ENABLED_KEY, "true" if self.enabled.isChecked() else "false")
        settings.setValue(STOCK_KEY, self.stock.value())
        if self.printer.count():
            settings.setValue(PRINTER_KEY, self.printer.value())

    def _info(self, name: str) -> PrinterInfo | None:
        return next((p for p in self.printers if p.name == name), None)

    # --- after a scan, or on request
    def after_scan(self, result: ScanResult, target: CheckInTarget) -> None:
        """Print after a valid FIRST ENTRY to the event (not a session, not a second scan)."""
        registration_id = result.verdict.registration_id
        if not self.enabled.isChecked() or not result.accepted or target.session_id is not None \
                or registration_id is None:
            return
        self._start(target.event_id, lambda: registration_id, None)

    def reprint(self, checkin_id: uuid.UUID, target: CheckInTarget, reason: str) -> None:
        """Print the badge of the person of a recent scan again; the reason goes to the print log."""
        reason = reason.strip()
        if not reason:
            self.status.setText(self.tr("Une réimpression demande une raison."))
            return
        workspace = self.context.workspace

        def find() -> uuid.UUID | None:
            with workspace.reading() as session:
                return registration_of_checkin(session, checkin_id)

        self._start(target.event_id, find, reason)

    def _start(self, event_id: uuid.UUID, find: Callable[[], uuid.UUID | None], reason: str | None) -> None:
        workspace, stock_key = self.context.workspace, str(self.stock.value())

        def read() -> Gathered | None:
            registration_id = find()
            if registration_id is None:
                return None
            offsets = [float(workspace.setting(key) or 0) for key in OFFSET_KEYS]
            request = PrintRequest("badges", event_id, registration_ids=(registration_id,), stock_key=stock_key,
                                   offset_x=offsets[0], offset_y=offsets[1])
            return gather(workspace, request)

        self.context.tasks.database(read, lambda gathered: self._gathered(gathered, reason), self._failed)

    def _gathered(self, gathered: Gathered | None, reason: str | None) -> None:
        if gathered is None or not gathered.badges:
            self.status.setText(self.tr("Pas de badge à imprimer pour ce passage."))
            return
        name = f"{gathered.badges[0].first_name} {gathered.badges[0].last_name}"
        if gathered.already_printed and reason is None:  # an entry after an undo: the badge exists
            self.status.setText(fill(self.tr("Badge de {0} déjà imprimé (Réimprimer pour un nouveau)."), name))
            return
        printer = str(self.printer.value() or "")

        def draw(_progress: Progress) -> bytes:
            return render(gathered)

        self.status.setText(fill(self.tr("Impression du badge de {0}…"), name))
        self.context.tasks.background(draw, lambda pdf: self._send(BadgeJob(gathered, name, reason, pdf, printer)),
                                      self._failed)

    def _send(self, job: BadgeJob, unscaled_ok: bool = False) -> None:
        system, info = self.system, self._info(job.printer)
        if system is None or info is None:
            self._keep(job)
            self.status.setText(fill(self.tr("Aucune imprimante : badge de {0} enregistré en PDF ({1})."),
                                job.name, job.kept))
            return
        choice = choose_media(paper_of("badges", job.gathered.request.stock_key), info.media, info.default_media,
                              info.accepts_custom)
        if choice.needs_asking and unscaled_ok:
            choice = unscaled(choice, info.accepts_custom)
        elif choice.needs_asking:  # never a label enlarged onto A4: the volunteer chooses another printer
            self._keep(job)
            self._stuck(job, self.tr("l'imprimante {0} n'a pas de papier {1}").format(
                job.printer, choice.paper.label))
            return
        submission = Submission(job.pdf, job.printer, job_title(job.gathered), choice.media)
        self.jobs.append(job)
        self.context.tasks.background(lambda _p: submit(system, submission),
                                      lambda result: self._submitted(job, system, result), self._failed)

    def _submitted(self, job: BadgeJob, system: PrintSystem, result: PrintJob | Assessment) -> None:
        if isinstance(result, Assessment):  # refused at once
            self._follow_changed(job, result)
            return
        self.last_job = result
        job.follower = JobFollower(self.context.tasks, system, result, self)
        job.follower.changed.connect(lambda assessment: self._follow_changed(job, assessment))

    def _follow_changed(self, job: BadgeJob, assessment: Assessment) -> None:
        words = outcome_words(assessment)
        if assessment.printed:
            self._forget(job)
            self.status.setText(fill(self.tr("Badge de {0} : {1}."), job.name, words))
            workspace = self.context.workspace
            self.context.tasks.database(lambda: log_printed(workspace, job.gathered, job.reason),
                                        self.context.data_changed.emit, self._failed)
        elif assessment.stuck:
            self._keep(job)
            self._stuck(job, words)
            if assessment.final and job in self.jobs:  # nothing more will happen, but the volunteer can retry
                self.jobs.remove(job)
        else:
            self.status.setText(fill(self.tr("Badge de {0} : {1}."), job.name, words))

    def _stuck(self, job: BadgeJob, words: str) -> None:
        self.stuck = job
        self.status.setText(fill(self.tr("Badge de {0} : {1}. Badge gardé en PDF ({2})."), job.name, words, job.kept))
        self._show_actions(True)

    def _forget(self, job: BadgeJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if self.stuck is job:
            self.stuck = None
            self._show_actions(False)

    def _keep(self, job: BadgeJob) -> None:
        """The badge as a PDF in the data folder, to print elsewhere."""
        if job.kept is not None:
            return
        badge = job.gathered.badges[0]
        folder = data_dir() / "badges"
        folder.mkdir(parents=True, exist_ok=True)
        job.kept = folder / f"badge-{badge.ticket_code or badge.registration_id}.pdf"
        write_whole(job.kept, job.pdf)

    def _show_actions(self, shown: bool) -> None:
        self.retry_button.setVisible(shown)
        self.other_button.setVisible(shown)

    # --- the volunteer's answers to a stuck badge
    def retry(self, printer: str | None = None, unscaled_ok: bool = False) -> None:
        """Withdraw the stuck job and send the kept badge again (to the same printer, or to printer)."""
        job = self.stuck
        if job is None:
            return
        if job.follower is not None:
            job.follower.cancel()
        self._forget(job)
        again = BadgeJob(job.gathered, job.name, job.reason, job.pdf, printer or job.printer, kept=job.kept)
        self.status.setText(fill(self.tr("Impression du badge de {0}…"), job.name))
        self._send(again, unscaled_ok)

    def other_printer(self) -> None:
        job = self.stuck
        if job is None:
            return
        others = [p.name for p in self.printers if p.name != job.printer]
        if not others:
            self.status.setText(self.tr("Aucune autre imprimante sur ce poste."))
            return
        chosen, ok = QInputDialog.getItem(self, self.tr("Autre imprimante"),
                                          fill(self.tr("Envoyer le badge de {0} à :"), job.name), others, 0, False)
        if not ok or not chosen:
            return
        info = self._info(chosen)
        paper = paper_of("badges", job.gathered.request.stock_key)
        unscaled_ok = False
        if info is not None and choose_media(paper, info.media, info.default_media, info.accepts_custom).needs_asking:
            answer = QMessageBox.question(
                self, self.tr("Autre imprimante"),
                self.tr("L'imprimante {0} n'a pas de papier {1}. Imprimer le badge à sa taille, sans l'agrandir ?")
                .format(chosen, paper.label))
            if answer != QMessageBox.StandardButton.Yes:
                return
            unscaled_ok = True
        self.retry(chosen, unscaled_ok)

    def _failed(self, error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.status.setText(self.tr("Badge non imprimé : {0}").format(text))
