"""Import wizard: file -> mapping table with combo boxes -> preview with problems -> apply with progress."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.imports import (
    ColumnMapping,
    Field,
    ImportCancelled,
    ImportPreview,
    ImportSummary,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_file,
)
from core.imports.mapping import mapping_from_json
from desktop.background import Progress
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.import_words import FIELD_LABELS, field_label, group_problems
from desktop.messages import describe

MAPPING_SETTING = "import_mapping:{preset}"


def _reporter(job: Progress) -> Callable[[int, int], None]:
    """The core's progress callback, in the worker: relays the figures, and stops the work when cancelled."""
    def report(done: int, total: int) -> None:
        if job.cancelled():
            raise ImportCancelled()
        job.report(done, total)
    return report


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Importer des inscriptions"))
        self.resize(900, 640)
        self.table_data: RawTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.path: Path | None = None
        self._loading: Path | None = None

        self.event_label = QLabel()  # which event the registrations go to, always in view
        font = self.event_label.font()
        font.setBold(True)
        self.event_label.setFont(font)
        self.event_label.setWordWrap(True)
        self._show_event()
        context.event_changed.connect(lambda _event: (self._show_event(), self._refresh_preview()))
        self.file_label = QLabel(self.tr("Aucun fichier choisi."))
        choose = QPushButton(self.tr("&Choisir un fichier…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Exemple"),
                                                      self.tr("Champ Envol")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        # The file's column names whole (« Colonne du fichier » was cut on both sides); examples elide.
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.setColumnWidth(1, 220)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # a long sentence wraps inside the dialog
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("&Arrêter"))
        self.cancel_button.setToolTip(self.tr("Arrêter l'aperçu ou l'import : rien n'est enregistré."))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self._job: Progress | None = None

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Enregistrer la correspondance"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = self.buttons.addButton(self.tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        self.save_button.clicked.connect(self._save_mapping)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.event_label)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("1. Vérifiez à quoi correspond chaque colonne :")))
        layout.addWidget(self.mapping_table, 3)
        self.preview_heading = QLabel(self.tr("2. Aperçu — rien n'est encore enregistré :"))
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems, 2)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        layout.addLayout(working)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # --- steps
    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Fichier d'inscriptions"), "",
                                              self.tr("Tableaux (*.csv *.xlsx);;Tous les fichiers (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file and the saved mapping off the GUI thread (a large XLSX takes seconds to parse)."""
        self.path = path
        self.file_label.setText(str(path))
        self.table_data = self.mapping = self.preview = None
        self.apply_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.mapping_table.setRowCount(0)
        self.problems.clear()
        self.summary_label.setText(self.tr("Lecture du fichier…"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy
        workspace = self.context.workspace
        self._loading = path

        def work() -> tuple[RawTable, ColumnMapping]:
            table = read_file(path)
            mapping = guess_mapping(table.headers)
            saved = workspace.setting(MAPPING_SETTING.format(preset=mapping.preset))
            if saved:
                with contextlib.suppress(EnvolError):  # an unreadable saved mapping: keep the guess
                    mapping = mapping_from_json(saved, table.headers)
            return table, mapping

        self.context.tasks.database(work, lambda result: self._loaded(path, *result), self._show_error)

    def _loaded(self, path: Path, table: RawTable, mapping: ColumnMapping) -> None:
        if path != self._loading:
            return  # another file was chosen meanwhile
        self.progress.setVisible(False)
        self.table_data = table
        self._set_mapping(mapping)

    def _set_mapping(self, mapping: ColumnMapping) -> None:
        assert self.table_data is not None
        self.mapping = mapping
        self.mapping_table.setRowCount(len(mapping.headers))
        example = self.table_data.rows[0] if self.table_data.rows else ()
        from PySide6.QtWidgets import QTableWidgetItem

        for row, (header, field) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(example[row][:60] if row < len(example) else ""))
            combo = ValueCombo()
            for value in FIELD_LABELS:
                combo.add_choice(field_label(value, QCoreApplication.translate), value)
            combo.setCurrentIndex(list(FIELD_LABELS).index(field))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._field_changed(r, c.value()))
            self.mapping_table.setCellWidget(row, 2, combo)
        self.save_button.setEnabled(True)
        self._refresh_preview()

    def combo(self, row: int) -> ValueCombo:
        widget = self.mapping_table.cellWidget(row, 2)
        assert isinstance(widget, ValueCombo)
        return widget

    def _field_changed(self, row: int, field: Field) -> None:
        if self.mapping is None or self.mapping.fields[row] == field:
            return
        mapping = self.mapping.with_field(row, field)
        self.mapping = mapping
        for other, value in enumerate(mapping.fields):  # a field moved away from another column shows it
            combo = self.combo(other)
            if combo.value() != value:
                combo.blockSignals(True)
                combo.setCurrentIndex(list(FIELD_LABELS).index(value))
                combo.blockSignals(False)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        event = self.context.current_event
        if self.table_data is None or self.mapping is None or event is None:
            return
        table, mapping, workspace, name = self.table_data, self.mapping, self.context.workspace, self.path.name \
            if self.path else ""
        self.apply_button.setEnabled(False)
        self.summary_label.setText(self.tr("Calcul de l'aperçu…"))
        if self._job is not None:
            self._job.cancel()  # an older preview still running: its result is not wanted any more

        def work(job: Progress) -> ImportPreview:
            with workspace.reading() as session:
                return plan_import(session, table, mapping, event.id, name, _reporter(job))

        self._start_job(work, self._previewed, len(table.rows))

    def _start_job(self, work: Callable[[Progress], object], done: Callable[[Any], None], total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        job = self.context.tasks.database_job(work, lambda result: self._job_done(job, done, result),
                                              lambda error: self._job_failed(job, error), self._progressed)
        self._job = job

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_done(self, job: Progress, done: Callable[[Any], None], result: object) -> None:
        if job is self._job:
            self._job = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
        done(result)

    def _job_failed(self, job: Progress, error: BaseException) -> None:
        if job is not self._job:
            return  # a superseded preview, cancelled on purpose
        self._job = None
        self.cancel_button.setVisible(False)
        if isinstance(error, ImportCancelled):
            self.progress.setVisible(False)
            stopped = self.tr("Arrêté : rien n'a été enregistré.")
            if self.preview is not None and self.preview.mapping == self.mapping:
                self._previewed(self.preview)  # the preview still holds: it can be imported again
                stopped = self.summary_label.text() + "\n" + stopped
            self.summary_label.setText(stopped)
            return
        self._show_error(error)

    def cancel(self) -> None:
        """Stop the preview or the import under way: an import rolls back, nothing is half-written."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary_label.setText(self.tr("Arrêt en cours…"))

    def _previewed(self, preview: ImportPreview) -> None:
        if preview.mapping != self.mapping:
            return  # an older preview arriving after a newer change
        self.preview = preview
        self.summary_label.setText(self.tr(
            "{rows} : {refused} ; {new_people}, {known_people} ; {new_structures} ; {new_registrations}, "
            "{known_registrations}.").format(
            rows=self.tr("%n ligne(s)", "", preview.total_rows),
            refused=self.tr("%n refusée(s)", "", len(preview.refused_lines)),
            new_people=self.tr("%n nouvelle(s) personne(s)", "", preview.new_people),
            known_people=self.tr("%n déjà connue(s)", "", preview.matched_people),
            new_structures=self.tr("%n nouvelle(s) structure(s)", "", len(preview.organisations)),
            new_registrations=self.tr("%n nouvelle(s) inscription(s)", "", preview.new_registrations),
            known_registrations=self.tr("%n déjà inscrite(s)", "", preview.known_registrations)))
        self.problems.clear()
        for blocking, sentence in group_problems(list(preview.problems), QCoreApplication.translate):
            prefix = self.tr("Refusée — ") if blocking else self.tr("Attention — ")
            self.problems.addItem(prefix + sentence)
            self.problems.item(self.problems.count() - 1).setToolTip(prefix + sentence)
        self.preview_heading.setText(self.tr("2. Aperçu — rien n'est encore enregistré :"))
        self.apply_button.setEnabled(preview.can_apply)

    def _apply(self) -> None:
        if self.table_data is None or self.mapping is None or self.context.current_event is None:
            return
        table, mapping, workspace = self.table_data, self.mapping, self.context.workspace
        event_id: uuid.UUID = self.context.current_event.id
        preview = self.preview  # written as is if the workspace has not changed since
        name = self.path.name if self.path else ""
        self.apply_button.setEnabled(False)
        self.summary_label.setText(self.tr("Import en cours…"))

        def work(job: Progress) -> ImportSummary:
            with workspace.unit_of_work() as uow:  # everything or nothing: a cancel rolls back
                return apply_import(uow, table, mapping, event_id, name, _reporter(job), preview=preview)

        self._start_job(work, self._applied, len(table.rows))

    def _show_event(self) -> None:
        event = self.context.current_event
        self.event_label.setText(self.tr("Importer dans l'événement « {0} »").format(event.name) if event else self.tr(
            "Aucun événement choisi : créez ou choisissez d'abord l'événement dans la barre du haut."))

    def _applied(self, summary: ImportSummary) -> None:
        self.summary = summary
        event = self.context.current_event
        self.preview_heading.setText(self.tr("2. Import terminé — enregistré dans « {0} » :").format(
            event.name if event else ""))
        text = self.tr(
            "Import terminé : {registrations} dont {waiting} en liste d'attente ; {places} dont {waiting_places} en "
            "liste d'attente ; {people} et {structures} ajoutées.").format(
            registrations=self.tr("%n inscription(s) créée(s)", "", summary.new_registrations),
            waiting=summary.waiting,
            places=self.tr("%n place(s) en session", "", summary.new_choices),
            waiting_places=summary.waiting_choices,
            people=self.tr("%n personne(s)", "", summary.new_people),
            structures=self.tr("%n structure(s)", "", summary.new_organisations))
        if summary.refused:
            text += "\n" + self.tr("Import partiel : %n ligne(s) refusée(s), listée(s) ci-dessous ; les autres sont "
                                   "enregistrées.", "", summary.refused)
        if summary.merges:
            text += "\n" + self.tr("%n fusion(s) automatique(s) à vérifier dans la liste des doublons (Personnes).",
                                   "", len(summary.merges))
            for merge in summary.merges:
                self.problems.addItem(self.tr("Fusion automatique — ") + merge)
        self.summary_label.setText(text)
        self.context.data_changed.emit(summary)

    def _save_mapping(self) -> None:
        if self.mapping is None:
            return
        key = MAPPING_SETTING.format(preset=self.mapping.preset)
        text, workspace = self.mapping.to_json(), self.context.workspace
        self.context.tasks.database(lambda: workspace.set_setting(key, text))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la correspondance"), "correspondance.json",
                                              "JSON (*.json)")
        if name:
            Path(name).write_text(text, encoding="utf-8")

    def _show_error(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.summary_label.setText(text)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Import"), text)
