"""The Impressions page's printer: chosen once and remembered, the document's PDF sent as it is (vector) on the
paper it needs, the job followed until it came out, and only then counted.

When the printer has no paper of the document's size, the page asks: print at the document's size without
enlarging, or choose another printer. A job refused or stuck can be sent again or to another printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.printer_jobs import (
    JobFollower,
    Submission,
    desktop_print_system,
    load_printers,
    outcome_words,
    submit,
)
from printing.job_status import Assessment, Outcome
from printing.paper import Paper, choose_media, unscaled
from printing.system import PrinterInfo, PrintJob, PrintSystem

PRINTER_KEY = "print/printer"


class PrintSender(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.system: PrintSystem | None = desktop_print_system()
        self.printers: list[PrinterInfo] = []
        self.follower: JobFollower | None = None
        self.last_job: PrintJob | None = None
        self._pending: tuple[Submission, Paper, Callable[[], None]] | None = None  # what a retry sends again
        self.printer = ValueCombo()
        self.printer.setAccessibleName(self.tr("Imprimante"))
        self.printer.shrinkable(18)  # a long queue name gives way (whole in the list and the tooltip)
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.copies.setPrefix(self.tr("× "))
        self.copies.setAccessibleName(self.tr("Nombre d'exemplaires"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.other_button = QPushButton(self.tr("Autre imprimante…"))
        self.cancel_button = QPushButton(self.tr("Annuler l'impression"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.printer, 1)
        row.addWidget(self.copies)
        actions = QHBoxLayout()
        for button in (self.retry_button, self.other_button, self.cancel_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.printer.currentIndexChanged.connect(self._remember)
        self.retry_button.clicked.connect(lambda: self.retry())
        self.other_button.clicked.connect(self.other_printer)
        self.cancel_button.clicked.connect(self.cancel_job)
        self._show_actions(stuck=False, following=False)
        self.reload_printers()

    # --- printers
    def set_system(self, system: PrintSystem | None) -> None:
        self.system = system
        self.reload_printers()

    def reload_printers(self) -> None:
        system = self.system
        load_printers(self.context.tasks, system,
                      lambda printers: self._loaded(printers) if system is self.system else None)

    def _loaded(self, printers: list[PrinterInfo]) -> None:
        self.printers = printers
        wanted = str(QSettings("Envol", "Envol").value(PRINTER_KEY, "") or "") \
            or next((p.name for p in printers if p.is_default), "")
        self.printer.blockSignals(True)
        self.printer.clear()
        for info in printers:
            self.printer.add_choice(f"{info.name} — {info.description}" if info.description else info.name, info.name)
        if not printers:
            self.printer.add_choice(self.tr("Aucune imprimante sur ce poste"), None)
        self.printer.setCurrentIndex(max(0, self.printer.index_of(wanted)))
        self.printer.blockSignals(False)

    def _remember(self, *_: object) -> None:
        if self.printer.value():
            QSettings("Envol", "Envol").setValue(PRINTER_KEY, self.printer.value())

    def _info(self, name: str | None) -> PrinterInfo | None:
        return next((p for p in self.printers if p.name == name), None)

    # --- sending
    def send(self, pdf: bytes, title: str, paper: Paper, on_printed: Callable[[], None],
             printer: str | None = None) -> bool:
        """Ask what must be asked (paper), then submit off the GUI thread; False when nothing was sent."""
        name = printer or self.printer.value()
        info, system = self._info(name), self.system
        if system is None or info is None:
            self.status.setText(self.tr("Aucune imprimante sur ce poste : enregistrez le PDF pour l'imprimer ailleurs."))
            return False
        choice = choose_media(paper, info.media, info.default_media, info.accepts_custom)
        if choice.needs_asking:
            theirs = choice.printer_paper.label if choice.printer_paper else self.tr("un autre format")
            answer = QMessageBox.question(
                self, self.tr("Format du papier"),
                self.tr("L'imprimante {0} n'a pas de papier {1} (elle a {2}). Imprimer à la taille du document, "
                        "sans l'agrandir ? (Non : choisissez une autre imprimante.)").format(info.name, paper.label,
                                                                                        theirs))
            if answer != QMessageBox.StandardButton.Yes:
                self.status.setText(self.tr("Non imprimé : choisissez une imprimante avec du papier {0}.")
                                    .format(paper.label))
                return False
            choice = unscaled(choice, info.accepts_custom)
        submission = Submission(pdf, info.name, title, choice.media, self.copies.value())
        self._pending = (submission, paper, on_printed)
        self._submit(system, submission, on_printed)
        return True

    def _submit(self, system: PrintSystem, submission: Submission, on_printed: Callable[[], None]) -> None:
        self.status.setText(self.tr("Envoi de « {0} » à {1}…").format(submission.title, submission.printer))
        self._show_actions(stuck=False, following=True)
        self.context.tasks.background(lambda _p: submit(system, submission),
                                      lambda result: self._submitted(system, submission, result, on_printed),
                                      lambda error: self._changed(submission, _failure(error), on_printed))

    def _submitted(self, system: PrintSystem, submission: Submission, result: PrintJob | Assessment,
                   on_printed: Callable[[], None]) -> None:
        if isinstance(result, Assessment):
            self._changed(submission, result, on_printed)
            return
        self.last_job = result
        self.follower = JobFollower(self.context.tasks, system, result, self)
        self.follower.changed.connect(lambda assessment: self._changed(submission, assessment, on_printed))

    def _changed(self, submission: Submission, assessment: Assessment, on_printed: Callable[[], None]) -> None:
        self.status.setText(self.tr("« {0} » sur {1} : {2}.").format(submission.title, submission.printer,
                                                                    outcome_words(assessment)))
        if assessment.printed:
            self._pending = None
            self._show_actions(stuck=False, following=False)
            on_printed()
        elif assessment.stuck:
            self._show_actions(stuck=True, following=not assessment.final)
        elif assessment.final:  # cancelled
            self._show_actions(stuck=False, following=False)

    def retry(self, printer: str | None = None) -> None:
        if self._pending is None:
            return
        submission, paper, on_printed = self._pending
        if self.follower is not None:
            self.follower.cancel()
            self.follower = None
        if printer is not None and printer != submission.printer:
            self.send(submission.pdf, submission.title, paper, on_printed, printer)
        elif self.system is not None:
            self._submit(self.system, replace(submission), on_printed)

    def other_printer(self) -> None:
        if self._pending is None:
            return
        others = [p.name for p in self.printers if p.name != self._pending[0].printer]
        if not others:
            self.status.setText(self.tr("Aucune autre imprimante sur ce poste."))
            return
        chosen, ok = QInputDialog.getItem(self, self.tr("Autre imprimante"), self.tr("Envoyer à :"), others, 0, False)
        if ok and chosen:
            self.retry(chosen)

    def cancel_job(self) -> None:
        if self.follower is not None:
            self.follower.cancel()
            self.follower = None
        self._pending = None
        self.status.setText(self.tr("Impression annulée."))
        self._show_actions(stuck=False, following=False)

    def _show_actions(self, stuck: bool, following: bool) -> None:
        self.retry_button.setVisible(stuck)
        self.other_button.setVisible(stuck)
        self.cancel_button.setVisible(stuck or following)


def _failure(error: BaseException) -> Assessment:
    return Assessment(Outcome.FAILED, str(error))
