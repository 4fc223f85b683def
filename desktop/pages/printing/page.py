"""Impressions: choose a document, for whom and on which stock; preview exactly what will print; print or save.

Data is read on the database worker, PDFs are drawn and rasterised on the pool (with progress and cancel),
and the badges and attestations printed are logged (a badge is not printed twice by accident; an attestation's
code tells when it was issued). An attestation's code can be checked here too.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.files import write_whole
from core.services import organiser, print_data
from core.services.organiser import Identity
from core.typography import hour
from desktop import design, labels
from desktop.background import Progress
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.dates import long_day
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.messages import describe
from desktop.pages.printing.organiser_dialog import OrganiserDialog
from desktop.pages.printing.preview import PreviewArea, page_count, rasterise
from desktop.pages.printing.sending import PrintSender
from desktop.pages.printing.verify import AttestationCheckBox
from printing.common import Feedback
from printing.jobs import Gathered, PrintRequest, gather, job_title, log_printed, render
from printing.paper import paper_of
from printing.stocks import STOCKS

PREVIEW_DPI = 96  # 100 % at a standard screen's density; other zooms scale these images
PREVIEW_PAGES = 12  # the preview shows the first pages; the document itself has them all
OFFSET_KEYS = ("print.offset_x", "print.offset_y")
ORGANISER_KEY = "print.organiser"  # before the identity was workspace data: offered when it has no name
STOCK_KEY = "print/stock"  # with the printer, chosen once per machine


class PrintingPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.gathered: Gathered | None = None
        self.pdf: bytes | None = None
        self.job: Progress | None = None
        self.sessions: list[print_data.SessionItem] = []
        self.identity = Identity()

        self.document = ValueCombo()
        for key, text in [("badges", self.tr("Badges")), ("emargement", self.tr("Feuille d'émargement")),
                          ("attestations", self.tr("Attestations de présence")),
                          ("calibration", self.tr("Page de calibration"))]:
            self.document.add_choice(text, key)
        self.whom = ValueCombo()
        self.session = ValueCombo()
        self.selection = QLineEdit()
        self.selection.setPlaceholderText(self.tr("Noms séparés par des virgules"))
        self.stock = ValueCombo()
        for key, stock in STOCKS.items():
            self.stock.add_choice(labels.stock_name(stock), key)
        self.stock.set_value(QSettings("Envol", "Envol").value(STOCK_KEY, "a4-8"))
        self.output = PrintSender(context)
        self.offset_x, self.offset_y = QDoubleSpinBox(), QDoubleSpinBox()
        for box, key in zip((self.offset_x, self.offset_y), OFFSET_KEYS, strict=True):
            box.setRange(-15, 15)
            box.setSingleStep(0.5)
            box.setSuffix(" mm")
            box.setValue(float(context.workspace.setting(key) or 0))
        self.organiser = QLabel()
        self.organiser.setWordWrap(True)
        self.organiser_button = QPushButton(self.tr("&Modifier l'organisateur…"))
        self.organiser.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.show_checked_in = QCheckBox(self.tr("Marquer les personnes accueillies"))
        self.one_per_person = QCheckBox(self.tr("Un fichier par personne (zip)"))

        for combo in (self.document, self.whom, self.session, self.stock):  # long names give way, not the preview
            combo.shrinkable(22)
        form = QFormLayout()
        form.addRow(self.tr("&Document :"), self.document)
        form.addRow(self.tr("Pour &qui :"), self.whom)
        form.addRow(self.tr("&Session :"), self.session)
        form.addRow(self.tr("Sé&lection :"), self.selection)
        form.addRow(self.tr("Su&pport :"), self.stock)
        form.addRow(self.tr("Imprima&nte :"), self.output)
        form.addRow(self.tr("Décalage horizontal :"), self.offset_x)
        form.addRow(self.tr("Décalage vertical :"), self.offset_y)
        form.addRow(self.tr("Organisateur :"), self.organiser_button)
        form.addRow(self.organiser)
        form.addRow(self.show_checked_in)
        form.addRow(self.one_per_person)

        self.preview_button = QPushButton(self.tr("&Aperçu (F5)"))
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.save_button = QPushButton(self.tr("&Enregistrer en PDF…"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PreviewArea(PREVIEW_DPI)
        self.empty_state = EmptyState()

        column = QWidget()  # the form and its buttons scroll on a short screen (1366×768, 150 %) rather than cut
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, design.SPACE["s"], 0)
        left.addLayout(form)
        for button in (self.preview_button, self.print_button, self.save_button, self.cancel_button):
            left.addWidget(button)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch()
        self.check = AttestationCheckBox(context)
        left.addWidget(self.check, 1)  # its answer takes the room left
        right = QVBoxLayout()
        right.addWidget(self.empty_state)
        right.addWidget(self.preview, 1)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(column.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        scroll.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 0)
        layout.addLayout(right, 1)

        self.document.currentIndexChanged.connect(self._document_changed)
        self.whom.currentIndexChanged.connect(self._update_visibility)
        for widget in (self.whom, self.session, self.stock, self.show_checked_in, self.one_per_person):
            (widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.toggled).connect(self._stale)
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button.clicked.connect(self.cancel)
        self.organiser_button.clicked.connect(self.edit_organiser)
        context.data_changed.connect(self._organiser_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.make_preview)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        context.event_changed.connect(self._load_sessions)
        self._document_changed()
        self.empty_state.show_text(say(NO_EVENT) if context.current_event is None else None)
        self._set_busy(False)
        self._load_sessions()
        self._load_organiser()

    # --- the organiser's identity (workspace data)
    def _load_organiser(self, then: Any = None) -> None:
        workspace = self.context.workspace

        def load() -> Identity:
            with workspace.reading() as session:
                return organiser.identity(session)

        def loaded(identity: Identity) -> None:
            self._show_organiser(identity)
            if callable(then):
                then(identity)

        self.context.tasks.database(load, loaded, self._failed)

    def _show_organiser(self, identity: Identity) -> None:
        self.identity = identity
        if identity.missing:
            names = {"name": self.tr("le nom de l'organisme"), "place": self.tr("le lieu (« Fait à »)").replace("« ", "«\u00a0").replace(" »", "\u00a0»"),
                     "signatory_name": self.tr("le ou la signataire"), "signatory_role": self.tr("sa fonction")}
            text = self.tr("À compléter : {0}").format(", ".join(names[m] for m in identity.missing))
            self.organiser.setText(f"{identity.name}\n{text}" if identity.name else text)
        else:
            self.organiser.setText(f"{identity.name} — {identity.signatory_name}, {identity.signatory_role}")

    def _organiser_changed(self, summary: object) -> None:
        if isinstance(summary, Identity):
            self._show_organiser(summary)
            self._stale()

    def edit_organiser(self) -> None:
        def open_dialog(identity: Identity) -> None:
            if not identity.name:  # what was typed on this page before the identity became workspace data
                identity = replace(identity, name=self.context.workspace.setting(ORGANISER_KEY) or "")
            self.organiser_dialog = OrganiserDialog(self.context, identity, self)
            self.organiser_dialog.open()

        self._load_organiser(open_dialog)

    # --- choices
    def _document_changed(self, *_: object) -> None:
        key = self.document.value()
        self.whom.blockSignals(True)
        self.whom.clear()
        if key == "badges":
            for text, data in [(self.tr("Tous les inscrits"), "all"), (self.tr("Une session"), "session"),
                               (self.tr("Une sélection"), "selection"), (self.tr("Pas encore imprimés"), "new")]:
                self.whom.add_choice(text, data)
        elif key == "emargement":
            self.whom.add_choice(self.tr("Une session"), "session")
            self.whom.add_choice(self.tr("Une demi-journée"), "half_day")
            self.whom.add_choice(self.tr("Une journée (matin et après-midi)"), "day")
        elif key == "attestations":
            self.whom.add_choice(self.tr("Toutes les personnes accueillies"), "all")
            self.whom.add_choice(self.tr("Accueillies à une session"), "session")
            self.whom.add_choice(self.tr("Une sélection"), "selection")
        self.whom.blockSignals(False)
        self._fill_sessions()
        self._update_visibility()
        self._stale()

    def _update_visibility(self, *_: object) -> None:
        key, whom = self.document.value(), self.whom.value()
        self.whom.setEnabled(key != "calibration")
        self.session.setEnabled(whom in ("session", "half_day", "day"))
        self.selection.setEnabled(whom == "selection")
        self.stock.setEnabled(key in ("badges", "calibration"))
        self.offset_x.setEnabled(key in ("badges", "calibration"))
        self.offset_y.setEnabled(key in ("badges", "calibration"))
        self.show_checked_in.setEnabled(key == "emargement")
        self.one_per_person.setEnabled(key == "attestations")
        if self.whom.value() in ("session", "half_day", "day"):
            self._fill_sessions()

    def _load_sessions(self, *_: object) -> None:
        event = self.context.current_event
        self.empty_state.show_text(say(NO_EVENT) if event is None else None)
        if event is None:
            return
        workspace = self.context.workspace

        def load() -> list[print_data.SessionItem]:
            with workspace.reading() as session:
                return print_data.event_sessions(session, event.id)

        self.context.tasks.database(load, self._sessions_loaded, self._failed)

    def _sessions_loaded(self, sessions: list[print_data.SessionItem]) -> None:
        self.sessions = sessions
        self._fill_sessions()
        self._choose_wanted_session()

    def prepare(self, document: str, session_id: object = None) -> None:
        """Set the form for a job asked from elsewhere (the home page): badges, or the sheet of one session."""
        self.document.set_value(document)
        self._wanted_session = session_id
        self._choose_wanted_session()

    def _choose_wanted_session(self) -> None:
        wanted = getattr(self, "_wanted_session", None)
        found = self.session.index_of(wanted) if wanted is not None else -1
        if found >= 0:
            self.session.setCurrentIndex(found)
            self._wanted_session = None

    def _fill_sessions(self) -> None:
        self.session.blockSignals(True)
        self.session.clear()
        if self.whom.value() == "half_day":
            for day, afternoon in print_data.half_days(self.sessions):
                part = self.tr("après-midi") if afternoon else self.tr("matin")
                self.session.add_choice(f"{long_day(day)}, {part}", (day, afternoon))
        elif self.whom.value() == "day":
            for day in sorted({day for day, _ in print_data.half_days(self.sessions)}):
                self.session.add_choice(long_day(day), day)
        else:
            for item in self.sessions:
                self.session.add_choice(f"{item.starts_at:%d/%m}, {hour(item.starts_at)} – {item.title}", item.id)
        self.session.blockSignals(False)

    def request(self) -> PrintRequest | None:
        event = self.context.current_event
        if event is None:
            self.status.setText(self.tr("Choisissez d'abord un événement."))
            return None
        whom = self.whom.value()
        chosen = self.session.value() if whom in ("session", "half_day", "day") else None
        return PrintRequest(
            self.document.value(), event.id,
            session_id=chosen if isinstance(chosen, uuid.UUID) else None,
            half_day=chosen if isinstance(chosen, tuple) else None,
            day=chosen if isinstance(chosen, date) else None,
            only_not_printed=whom == "new", stock_key=self.stock.value(),
            offset_x=self.offset_x.value(), offset_y=self.offset_y.value(),
            show_checked_in=self.show_checked_in.isChecked(),
        )

    # --- preview
    def _stale(self, *_: object) -> None:
        self.pdf = None
        self.gathered = None

    def make_preview(self, then: Any = None) -> None:
        request = self.request()
        if request is None or self.job is not None:
            return
        self._remember_settings()
        workspace = self.context.workspace
        names = [n.strip().casefold() for n in self.selection.text().split(",") if n.strip()]
        selecting = self.whom.value() == "selection"

        def read() -> Gathered:
            gathered = gather(workspace, request)  # with the workspace's organiser identity
            if selecting:
                gathered = _select(gathered, names)
            return gathered

        self._set_busy(True, self.tr("Lecture des données…"))
        self.context.tasks.database(read, lambda g: self._render(g, then), self._failed)

    def _render(self, gathered: Gathered, then: Any) -> None:
        def draw(progress: Progress) -> tuple[bytes, list[Any], int]:
            pdf = render(gathered, Feedback(progress.report, progress.cancelled))
            return pdf, rasterise(pdf, PREVIEW_DPI, progress, PREVIEW_PAGES), page_count(pdf)

        self.gathered = gathered
        self.status.setText(self.tr("Mise en page de %n personne(s)…", "", gathered.count))
        self.job = self.context.tasks.background(draw, lambda result: self._previewed(result, then),
                                                 self._failed, self._progress)

    def _previewed(self, result: tuple[bytes, list[Any], int], then: Any) -> None:
        self.job = None
        pdf, images, pages = result
        if not images:
            self._set_busy(False, self.tr("Annulé."))
            return
        self.pdf = pdf
        self.preview.show_images(images)
        assert self.gathered is not None
        text = self.tr("%n page(s)", "", pages) + " · " + self.tr("%n personne(s)", "", self.gathered.count)
        if pages > len(images):
            text += " · " + self.tr("aperçu des {0} premières pages").format(len(images))
        if self.gathered.already_printed:
            text += " · " + self.tr("%n badge(s) déjà imprimé(s)", "", self.gathered.already_printed)
        self._set_busy(False, text)
        if callable(then):
            then()

    # --- output
    def save_pdf(self) -> None:
        if self.pdf is None:
            self.make_preview(self.save_pdf)
            return
        zipped = self.document.value() == "attestations" and self.one_per_person.isChecked()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer"), self._suggested_name(zipped),
            self.tr("Archive zip (*.zip)") if zipped else self.tr("Document PDF (*.pdf)"))
        if not path:
            return
        reason = self._reprint_reason()
        if reason is False:
            return
        gathered, pdf = self.gathered, self.pdf
        assert gathered is not None

        def write(progress: Progress) -> Path:
            data = render(replace(gathered, request=replace(gathered.request, one_file_per_person=True)),
                          Feedback(progress.report, progress.cancelled)) if zipped else pdf
            write_whole(path, data)
            return Path(path)

        self._set_busy(True, self.tr("Enregistrement…"))
        self.job = self.context.tasks.background(write, lambda p: self._output_done(p, reason), self._failed,
                                                 self._progress)

    def print_document(self) -> None:
        """The document's own PDF to the chosen printer, on its paper; logged once it came out."""
        if self.pdf is None:
            self.make_preview(self.print_document)
            return
        gathered, pdf = self.gathered, self.pdf
        assert gathered is not None
        reason = self._reprint_reason()
        if reason is False:
            return
        paper = paper_of(gathered.request.document, gathered.request.stock_key)
        self.output.send(pdf, job_title(gathered), paper, lambda: self._log(gathered, reason))

    def _reprint_reason(self) -> str | None | bool:
        """None when nothing was printed before; the reason typed; False when the person gave up."""
        if self.gathered is None or not self.gathered.already_printed:
            return None
        reason, ok = QInputDialog.getText(
            self, self.tr("Réimpression"),
            self.tr("%n badge(s) ont déjà été imprimés. Pourquoi les réimprimer ?", "",
                    self.gathered.already_printed))
        return reason.strip() if ok and reason.strip() else False

    def _output_done(self, path: Path, reason: str | None | bool) -> None:
        self.job = None
        self._set_busy(False, self.tr("Enregistré : {0}").format(path))
        if self.gathered is not None:
            self._log(self.gathered, reason)

    def _log(self, gathered: Gathered, reason: str | None | bool) -> None:
        """Badges and attestations printed or saved go to the print log."""
        workspace = self.context.workspace
        if gathered.request.document in ("badges", "attestations"):
            self.context.tasks.database(
                lambda: log_printed(workspace, gathered, reason if isinstance(reason, str) else None),
                lambda summary: (self.context.data_changed.emit(summary), self._stale()), self._failed)

    def _suggested_name(self, zipped: bool) -> str:
        stem = {"badges": "badges", "emargement": "emargement", "attestations": "attestations",
                "calibration": "calibration"}[self.document.value()]
        return str(Path.home() / f"{stem}.{'zip' if zipped else 'pdf'}")

    # --- job state
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, EnvolError):
            text = describe(error, _translate)
        else:
            text = self.tr("Erreur inattendue : {0}").format(error)
        self._set_busy(False, text)
        if not isinstance(error, EnvolError):
            QMessageBox.warning(self, self.tr("Impressions"), text)

    def _set_busy(self, busy: bool, text: str | None = None) -> None:
        for widget in (self.preview_button, self.print_button, self.save_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if not busy:
            self.progress.reset()
        if text is not None:
            self.status.setText(text)

    def _remember_settings(self) -> None:
        workspace = self.context.workspace
        QSettings("Envol", "Envol").setValue(STOCK_KEY, self.stock.value())
        values = {OFFSET_KEYS[0]: str(self.offset_x.value()), OFFSET_KEYS[1]: str(self.offset_y.value())}

        def save() -> None:
            for key, value in values.items():
                if value and workspace.setting(key) != value:
                    workspace.set_setting(key, value)

        self.context.tasks.database(save)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _select(gathered: Gathered, names: list[str]) -> Gathered:
    """Keep the people whose name contains one of the typed names (accents count, case does not)."""
    def wanted(first: str, last: str) -> bool:
        full = f"{first} {last}".casefold()
        return any(n in full for n in names)

    return replace(gathered, badges=tuple(b for b in gathered.badges if wanted(b.first_name, b.last_name)),
                   certificates=tuple(c for c in gathered.certificates if wanted(c.first_name, c.last_name)))
