"""People and Structures pages: list, filter, edit, probable duplicates and merge, RGPD export and erase."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services import duplicate_blocks, rgpd
from core.services.directory_window import Window, organisations_window, people_window
from core.services.duplicates import (
    DuplicatePair,
    ImportMerge,
    find_import_merges,
    find_organisation_duplicates,
    find_person_duplicates,
    merge_organisations,
    merge_people,
)
from core.services.people import PersonDetail, PersonRow, person_detail
from desktop import labels
from desktop.context import AppContext
from desktop.empty_state import NO_PEOPLE, NO_STRUCTURES, EmptyState, say
from desktop.paged_model import Column, PagedTableModel
from desktop.pages.registrations.edit_dialogs import PersonEditDialog, StructureEditDialog
from desktop.refresh import RefreshWhenShown
from desktop.tables import fit_columns, remember_sort

Index = QModelIndex | QPersistentModelIndex
# PersonHistory.action codes as the history shows them.
HISTORY_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("directory", "créée"), "imported": QT_TRANSLATE_NOOP("directory", "importée"),
    "registered": QT_TRANSLATE_NOOP("directory", "inscrite"),
    "cancelled": QT_TRANSLATE_NOOP("directory", "inscription annulée"),
    "edited": QT_TRANSLATE_NOOP("directory", "fiche modifiée :"),
    "merged": QT_TRANSLATE_NOOP("directory", "doublon fusionné :"),
    "structure_merged": QT_TRANSLATE_NOOP("directory", "structure fusionnée :"),
    "erased": QT_TRANSLATE_NOOP("directory", "effacée"),
    "renamed": QT_TRANSLATE_NOOP("directory", "nom mieux orthographié par un import :"),
    "import_merged": QT_TRANSLATE_NOOP("directory", "fusion automatique à l'import :"),
}


def _checked_in_text(row: PersonRow) -> str:
    return QCoreApplication.translate("people", "oui") if row.checked_in else ""


class DirectoryWords(QObject):
    """Translation context of the words both pages show (a base class's self.tr would look them up under the
    subclass's name; lupdate reads plural forms only from `Class.tr(text, "", n)`)."""


@dataclass(frozen=True, slots=True)
class Review:
    """What the review list holds: `pairs` probable duplicates (read a window at a time), then the automatic
    merges of imports to check."""

    pairs: int
    merges: tuple[ImportMerge, ...] = ()


class _DirectoryPage(QWidget):
    kind = "person"
    elastic_column = 3  # the e-mail gives way (elided, full text in its tooltip)
    header_context = "people"  # a person's « Nom » is a surname, a structure's is its name

    def __init__(self, context: AppContext, columns: list[Column]) -> None:
        super().__init__()
        self.context = context
        self.model = PagedTableModel(context, columns, self.header_context, self.load_window, self)
        self.model.on_loaded = self._rows_loaded
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(DirectoryWords.tr("Filtrer par nom, structure, commune, e-mail…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(DirectoryWords.tr("Filtre"))
        self.filter_box.textChanged.connect(self.model.set_filter)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        fit_columns(self.table, [column[3] for column in columns], elastic=self.elastic_column)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_sort(self.table, self.kind)
        # The review list: a window of pairs at a time (150,000 of them at a network's scale), read from SQL.
        self.review = Review(0)
        self.duplicate_model = PagedTableModel(context, [(QT_TRANSLATE_NOOP("DirectoryWords", "Doublons probables"),
                                                           self._review_text, None, False)], "DirectoryWords",
                                               self._review_window, self)
        # A one-column table that looks like a list: a table view lays out only the rows on screen, where a list
        # view asked the model for each of 100,000 rows at every reset (seconds of frozen window).
        self.duplicates = QTableView()
        self.duplicates.setModel(self.duplicate_model)
        self.duplicates.horizontalHeader().hide()
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.duplicates.verticalHeader().hide()
        self.duplicates.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.duplicates.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.duplicates.setShowGrid(False)
        self.duplicates.setWordWrap(False)
        self.duplicates.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.duplicates.setAccessibleName(DirectoryWords.tr("Doublons probables"))
        self.duplicates_label = QLabel(DirectoryWords.tr("Doublons probables : recherche…"))
        self.edit_button = QPushButton(self.tr("&Modifier la fiche… (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.edit_current)
        self.merge_button = QPushButton(self.tr("&Fusionner le doublon choisi"))
        self.merge_button.setToolTip(self.tr("La première fiche est gardée, la seconde y est fusionnée."))
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.duplicates_label)
        side_layout.addWidget(self.duplicates, 1)
        side_layout.addWidget(self.merge_button)
        self.side_layout = side_layout
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # the list gets three quarters of the width
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        # Hidden, the page waits to be shown again; shown, it reloads its window once for a burst of changes.
        self.refresher = RefreshWhenShown(self, context, self.reload)
        self.reload()

    def load_window(self, query: str, sort: str, descending: bool, offset: int, limit: int) -> Window:
        raise NotImplementedError

    def find_review(self) -> Review:
        """On the pool: bring the blocking keys up to date and count what the review list holds."""
        raise NotImplementedError

    def pairs_window(self, offset: int, limit: int) -> list[DuplicatePair]:
        """On the reading worker: pairs offset … offset+limit-1 of the review list."""
        raise NotImplementedError

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        raise NotImplementedError

    def edit_current(self) -> QDialog | None:
        """Open the edit form of the selected row (non-modal in tests: `open`, the page reloads on save)."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez d'abord une ligne dans la liste."))
            return None
        row = self.model.row_at(index.row())
        if row is None:
            return None
        dialog = self.edit_dialog(row.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload(self) -> None:
        """The rows on screen first (a window, from SQL, on the reading worker); the duplicate keys brought up to
        date on the pool, so that a first search over 100,000 people never holds up the windows of this page or
        another; then the review list's first window."""
        self.model.reload()
        self.context.tasks.background(lambda _progress: self.find_review(), self._review_found)

    def _rows_loaded(self) -> None:
        self.count_label.setText(DirectoryWords.tr("%n ligne(s)", "", self.model.total))
        self.empty_state.show_text(None if self.model.total or self.filter_box.text().strip() else
                                   say(NO_PEOPLE if self.kind == "person" else NO_STRUCTURES))

    def _review_found(self, review: Review) -> None:
        self.review = review
        self.duplicate_model.reload()
        self.duplicates_label.setText(DirectoryWords.tr("Doublons probables : %n", "", review.pairs)
                                      if review.pairs else DirectoryWords.tr("Aucun doublon probable."))

    def _review_window(self, _query: str, _sort: str, _descending: bool, offset: int, limit: int) -> Window:
        review = self.review
        rows: list[DuplicatePair | ImportMerge] = []
        if offset < review.pairs:
            rows += self.pairs_window(offset, min(limit, review.pairs - offset))
        first_merge = max(0, offset - review.pairs)
        rows += review.merges[first_merge:first_merge + limit - len(rows)]
        return Window(review.pairs + len(review.merges), offset, tuple(rows))

    def _review_text(self, item: DuplicatePair | ImportMerge) -> str:
        if isinstance(item, ImportMerge):  # already one record: listed so that a person checks the import's guess
            return self.tr("Fusion automatique à l'import : {0}\n  ← {1}").format(item.label, item.detail)
        return f"{item.a_label}\n  ≈ {item.b_label}"

    def merge_selected(self) -> None:
        index = self.duplicates.currentIndex()
        pair = self.duplicate_model.row_at(index.row()) if index.isValid() else None
        if pair is None:
            self.message.setText(self.tr("Choisissez d'abord un doublon dans la liste."))
            return
        if not isinstance(pair, DuplicatePair):
            self.message.setText(self.tr("Cette fusion a été faite par l'import : vérifiez la fiche de la personne."))
            return
        workspace, merge = self.context.workspace, merge_people if self.kind == "person" else merge_organisations

        def work() -> Any:
            with workspace.unit_of_work() as uow:
                return merge(uow, pair.a_id, pair.b_id)

        def done(result: Any) -> None:
            self.message.setText(self.tr("Fusionné : « {0} » dans « {1} ».").format(pair.b_label, pair.a_label))
            self.context.data_changed.emit(result)

        self.context.tasks.database(work, done)


class PeoplePage(_DirectoryPage):
    kind = "person"

    def __init__(self, context: AppContext) -> None:
        columns: list[Column] = [
            (QT_TRANSLATE_NOOP("people", "Nom"), lambda r: r.last_name, "last_name", False),
            (QT_TRANSLATE_NOOP("people", "Prénom"), lambda r: r.first_name, "first_name", False),
            (QT_TRANSLATE_NOOP("people", "Structure"), lambda r: r.organisation or "", "organisation", False),
            (QT_TRANSLATE_NOOP("people", "E-mail"), lambda r: r.email or "", "email", False),
            (QT_TRANSLATE_NOOP("people", "Inscriptions"), lambda r: str(r.registrations), "registrations", True),
            # At the event chosen in the header, as on Participants.
            (QT_TRANSLATE_NOOP("people", "Accueilli"), _checked_in_text, "checked_in", False),
        ]
        super().__init__(context, columns)
        context.event_changed.connect(lambda *_: self.model.reload())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.side_layout.insertWidget(0, self.detail)
        row = QGridLayout()  # one under the other: the list of people keeps the width (1366 px, 150 %)
        for number, (text, slot) in enumerate(((self.tr("E&xporter ses données (RGPD)…"), self.export_person),
                                               (self.tr("&Effacer cette personne (RGPD)…"), self.erase_person),
                                               (self.tr("Purger un événement &passé…"), self.open_purge))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button, number, 0)
        self.side_layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def load_window(self, query: str, sort: str, descending: bool, offset: int, limit: int) -> Window:
        event = self.context.current_event
        return people_window(self.context.workspace, query, sort, descending, offset, limit,
                             event.id if event is not None else None)

    def find_review(self) -> Review:
        workspace = self.context.workspace
        duplicate_blocks.refresh(workspace, "person")
        return Review(duplicate_blocks.person_pair_count(workspace), tuple(find_import_merges(workspace)))

    def pairs_window(self, offset: int, limit: int) -> list[DuplicatePair]:
        return find_person_duplicates(self.context.workspace, offset, limit)

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        return PersonEditDialog(self.context, row_id, self)

    def current(self) -> PersonRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row if isinstance(row, PersonRow) else None

    def _show_detail(self, *_: object) -> None:
        row, workspace = self.current(), self.context.workspace
        if row is not None:
            self.context.tasks.read(lambda: person_detail(workspace, row.id), self._detail_loaded)

    def _detail_loaded(self, detail: PersonDetail) -> None:
        lines = [f"<b>{detail.person.first_name} {detail.person.last_name}</b> — {detail.organisation or ''}"]
        for s in detail.sessions:
            what = s.session or self.tr("(événement)")
            lines.append(f"{s.event} · {what} : {labels.status(s.status)}")
        lines += [f"<i>{h.at:%d/%m/%Y} {self._action(h.action)} {h.detail or ''}</i>" for h in detail.history]
        self.detail.setText("<br>".join(lines))

    @staticmethod
    def _action(action: str) -> str:
        return QCoreApplication.translate("directory", HISTORY_ACTIONS[action]) if action in HISTORY_ACTIONS else action

    def export_person(self) -> None:
        row = self.current()
        if row is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les données"), "personne.json", "JSON (*.json)")
        if name:
            workspace = self.context.workspace
            self.context.tasks.database(
                lambda: Path(name).write_text(rgpd.export_person_json(workspace, row.id), encoding="utf-8"))

    def open_purge(self) -> QDialog:
        from desktop.pages.registrations.purge_dialog import PurgeDialog

        dialog = PurgeDialog(self.context, self)
        dialog.show()
        return dialog

    def erase_person(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Effacer"), self.tr(
            "Effacer définitivement {0} {1} ? Ses inscriptions restent comptées de façon anonyme. Les autres "
            "postes, le serveur central et les fichiers de synchronisation l'effaceront aussi à leur prochaine "
            "synchronisation.").format(
            row.first_name, row.last_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.context.workspace

        def work() -> Any:
            with workspace.unit_of_work() as uow:
                result = rgpd.erase_person(uow, row.id)
            rgpd.compact(workspace)
            return result

        self.context.tasks.database(work, self.context.data_changed.emit)


class StructuresPage(_DirectoryPage):
    kind = "organisation"
    elastic_column = 0  # the name takes the room
    header_context = "structures"

    def __init__(self, context: AppContext) -> None:
        columns: list[Column] = [
            (QT_TRANSLATE_NOOP("structures", "Nom"), lambda r: r.name, "name", False),
            (QT_TRANSLATE_NOOP("structures", "Type"), lambda r: labels.organisation_kind(r.kind), "kind", False),
            (QT_TRANSLATE_NOOP("structures", "Commune"), lambda r: r.commune or "", "commune", False),
            (QT_TRANSLATE_NOOP("structures", "SIRET"), lambda r: r.siret or "", "siret", False),
            (QT_TRANSLATE_NOOP("structures", "Personnes"), lambda r: str(r.people), "people", True),
        ]
        self._pairs: list[DuplicatePair] = []
        super().__init__(context, columns)

    def load_window(self, query: str, sort: str, descending: bool, offset: int, limit: int) -> Window:
        return organisations_window(self.context.workspace, query, sort, descending, offset, limit)

    def find_review(self) -> Review:
        self._pairs = find_organisation_duplicates(self.context.workspace)  # a few thousand structures: all at once
        return Review(len(self._pairs))

    def pairs_window(self, offset: int, limit: int) -> list[DuplicatePair]:
        return self._pairs[offset:offset + limit]

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        return StructureEditDialog(self.context, row_id, self)
