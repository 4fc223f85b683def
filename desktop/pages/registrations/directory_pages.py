"""People and Structures pages: list, filter, edit, probable duplicates and merge, RGPD export and erase."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services import rgpd
from core.services.duplicates import (
    DuplicatePair,
    ImportMerge,
    find_duplicates,
    find_import_merges,
    merge_organisations,
    merge_people,
)
from core.services.people import (
    OrganisationRow,
    PersonDetail,
    PersonRow,
    list_organisations,
    list_people,
    person_detail,
)
from core.validation import search_key
from desktop import labels
from desktop.context import AppContext
from desktop.empty_state import NO_PEOPLE, NO_STRUCTURES, EmptyState, say
from desktop.pages.registrations.edit_dialogs import PersonEditDialog, StructureEditDialog

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


class RowsModel(QAbstractTableModel):
    """Plain rows with a pre-folded search_text, filtered in memory per keystroke."""

    def __init__(self, columns: list[tuple[str, Callable[[Any], str]]], header_context: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns  # (French header marked with QT_TRANSLATE_NOOP(header_context, …), value)
        self.header_context = header_context
        self._all: list[Any] = []
        self._visible: list[Any] = []
        self._words: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._words = search_key(text).split()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self._words
        self._visible = [r for r in self._all if all(w in r.search_text for w in words)] if words else self._all

    def row_at(self, row: int) -> Any:
        return self._visible[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self._visible):
            return None
        return self.columns[index.column()][1](self._visible[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.header_context, self.columns[section][0])
        return None


class _DirectoryPage(QWidget):
    kind = "person"
    header_context = "people"  # a person's « Nom » is a surname, a structure's is its name

    def __init__(self, context: AppContext, columns: list[tuple[str, Callable[[Any], str]]]) -> None:
        super().__init__()
        self.context = context
        self.model = RowsModel(columns, self.header_context, self)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filtrer…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QListWidget()
        self.edit_button = QPushButton(self.tr("&Modifier la fiche… (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.edit_current)
        self.merge_button = QPushButton(self.tr("&Fusionner le doublon choisi (garder la première fiche)"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("Doublons probables :")))
        side_layout.addWidget(self.duplicates, 1)
        side_layout.addWidget(self.merge_button)
        self.side_layout = side_layout
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        context.data_changed.connect(lambda _summary: self.reload())
        self.reload()

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        raise NotImplementedError

    def edit_current(self) -> QDialog | None:
        """Open the edit form of the selected row (non-modal in tests: `open`, the page reloads on save)."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez d'abord une ligne dans la liste."))
            return None
        dialog = self.edit_dialog(self.model.row_at(index.row()).id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload(self) -> None:
        workspace = self.context.workspace

        def work() -> tuple[list[Any], list[DuplicatePair], list[ImportMerge]]:
            merges = find_import_merges(workspace) if self.kind == "person" else []
            return self.load_rows(), [p for p in find_duplicates(workspace) if p.kind == self.kind], merges

        self.context.tasks.database(work, self._loaded)

    def _loaded(self, loaded: tuple[list[Any], list[DuplicatePair], list[ImportMerge]]) -> None:
        rows, pairs, merges = loaded
        self.empty_state.show_text(None if rows else say(NO_PEOPLE if self.kind == "person" else NO_STRUCTURES))
        self.model.set_rows(rows)
        self.model.set_filter(self.filter_box.text())
        self.duplicates.clear()
        for pair in pairs:
            item = QListWidgetItem(f"{pair.a_label}\n  ≈ {pair.b_label}")
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.duplicates.addItem(item)
        for merge in merges:  # already one record: listed so that a person checks the import's guess
            item = QListWidgetItem(self.tr("Fusion automatique à l'import : {0}\n  ← {1}").format(
                merge.label, merge.detail))
            item.setData(Qt.ItemDataRole.UserRole, merge)
            self.duplicates.addItem(item)

    def merge_selected(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            self.message.setText(self.tr("Choisissez d'abord un doublon dans la liste."))
            return
        pair = item.data(Qt.ItemDataRole.UserRole)
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
        columns: list[tuple[str, Callable[[PersonRow], str]]] = [
            (QT_TRANSLATE_NOOP("people", "Nom"), lambda r: r.last_name),
            (QT_TRANSLATE_NOOP("people", "Prénom"), lambda r: r.first_name),
            (QT_TRANSLATE_NOOP("people", "Structure"), lambda r: r.organisation or ""),
            (QT_TRANSLATE_NOOP("people", "E-mail"), lambda r: r.email or ""),
            (QT_TRANSLATE_NOOP("people", "Inscriptions"), lambda r: str(r.registrations)),
        ]
        super().__init__(context, columns)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.side_layout.insertWidget(0, self.detail)
        row = QHBoxLayout()
        for text, slot in ((self.tr("E&xporter ses données (RGPD)…"), self.export_person),
                           (self.tr("&Effacer cette personne (RGPD)…"), self.erase_person),
                           (self.tr("Purger un événement &passé…"), self.open_purge)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.side_layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def load_rows(self) -> list[Any]:
        return list_people(self.context.workspace)

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        return PersonEditDialog(self.context, row_id, self)

    def current(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_detail(self, *_: object) -> None:
        row, workspace = self.current(), self.context.workspace
        if row is not None:
            self.context.tasks.database(lambda: person_detail(workspace, row.id), self._detail_loaded)

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
    header_context = "structures"

    def __init__(self, context: AppContext) -> None:
        columns: list[tuple[str, Callable[[OrganisationRow], str]]] = [
            (QT_TRANSLATE_NOOP("structures", "Nom"), lambda r: r.name),
            (QT_TRANSLATE_NOOP("structures", "Type"), lambda r: labels.organisation_kind(r.kind)),
            (QT_TRANSLATE_NOOP("structures", "Commune"), lambda r: r.commune or ""),
            (QT_TRANSLATE_NOOP("structures", "SIRET"), lambda r: r.siret or ""),
            (QT_TRANSLATE_NOOP("structures", "Personnes"), lambda r: str(r.people)),
        ]
        super().__init__(context, columns)

    def load_rows(self) -> list[Any]:
        return list_organisations(self.context.workspace)

    def edit_dialog(self, row_id: uuid.UUID) -> QDialog:
        return StructureEditDialog(self.context, row_id, self)
