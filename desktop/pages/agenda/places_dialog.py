"""Venues and their rooms: a list of venues, the rooms of the selected one, a form under each list.

Select a row to edit it in the form, "Nouveau" to empty the form, "Enregistrer" to create or update.
Deleting a place still used by a session is refused by the services with the number of sessions concerned.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.services.agenda_places import (
    create_room,
    create_venue,
    delete_room,
    delete_venue,
    update_room,
    update_venue,
)
from core.services.agenda_read import PlacesData, load_places
from desktop.context import AppContext
from desktop.form_baseline import Baseline
from desktop.messages import describe
from desktop.pages.agenda.event_dialog import parse_capacity

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of frozen details shown through one function per column; the id of row r is rows[r].id."""

    def __init__(self, headers: Sequence[str], columns: Sequence[Callable[[Any], object]]) -> None:
        super().__init__()
        self.headers, self.columns = list(headers), list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self.columns[index.column()](self.rows[index.row()])
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def row_of(self, row_id: uuid.UUID | None) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == row_id), -1)


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class PlacesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.places = PlacesData((), ())
        self.setWindowTitle(self.tr("Lieux et salles"))
        self.resize(900, 560)
        self.venue_model = RowsModel([self.tr("Lieu"), self.tr("Commune"), self.tr("Adresse")],
                                     [lambda v: v.name, lambda v: v.commune, lambda v: v.address])
        self.room_model = RowsModel([self.tr("Salle"), self.tr("Places")], [lambda r: r.name, lambda r: r.capacity])
        self.venue_view = _table(self.venue_model, self.tr("Lieux"))
        self.room_view = _table(self.room_model, self.tr("Salles du lieu"))
        self.venue_view.selectionModel().currentRowChanged.connect(self._venue_selected)
        self.room_view.selectionModel().currentRowChanged.connect(self._room_selected)

        self.venue_name, self.address, self.commune = QLineEdit(), QLineEdit(), QLineEdit()
        self.insee, self.accessibility = QLineEdit(), QLineEdit()
        self.insee.setPlaceholderText(self.tr("5 caractères, ex. 93005"))
        self.room_name, self.room_capacity = QLineEdit(), QLineEdit()
        self.room_capacity.setPlaceholderText(self.tr("vide : sans limite"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        # What the selected venue and room showed: saving them untouched writes nothing.
        self.venue_baseline, self.room_baseline = Baseline(), Baseline()
        for name, edit in (("name", self.venue_name), ("address", self.address), ("commune", self.commune),
                           ("insee_code", self.insee), ("accessibility", self.accessibility)):
            self.venue_baseline.watch(name, edit)
        self.room_baseline.watch("name", self.room_name)
        self.room_baseline.watch("capacity", self.room_capacity)

        venue_box = self._group(self.tr("Lieux"), self.venue_view, [
            (self.tr("&Nom du lieu"), self.venue_name), (self.tr("&Adresse"), self.address),
            (self.tr("&Commune"), self.commune), (self.tr("Code &INSEE"), self.insee),
            (self.tr("Accessi&bilité"), self.accessibility)],
            [(self.tr("Nouveau lieu"), self.new_venue), (self.tr("Enregistrer le lieu"), self.save_venue),
             (self.tr("Supprimer le lieu"), self.delete_venue)])
        room_box = self._group(self.tr("Salles du lieu sélectionné"), self.room_view, [
            (self.tr("Nom de la &salle"), self.room_name), (self.tr("&Places"), self.room_capacity)],
            [(self.tr("Nouvelle salle"), self.new_room), (self.tr("Enregistrer la salle"), self.save_room),
             (self.tr("Supprimer la salle"), self.delete_room)])
        self.venue_name.returnPressed.connect(self.save_venue)
        self.room_name.returnPressed.connect(self.save_room)
        self.room_capacity.returnPressed.connect(self.save_room)
        panes = QHBoxLayout()
        panes.addWidget(venue_box, 3)
        panes.addWidget(room_box, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter saves the form being typed in (returnPressed); it must not also close the dialog. Esc closes.
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def _group(self, title: str, view: QTableView, fields: list[tuple[str, QLineEdit]],
               buttons: list[tuple[str, Callable[[], None]]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout()
        for label, edit in fields:
            form.addRow(label, edit)
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter in a field saves that form, not the first button
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        return box

    # --- loading and selection
    def reload(self, venue_id: uuid.UUID | None = None, room_id: uuid.UUID | None = None) -> None:
        workspace = self.context.workspace
        self.context.tasks.database(lambda: load_places(workspace),
                                    lambda places: self._loaded(places, venue_id, room_id), self._error)

    def _loaded(self, places: PlacesData, venue_id: uuid.UUID | None, room_id: uuid.UUID | None) -> None:
        self.places = places
        self.venue_model.set_rows(places.venues)
        row = self.venue_model.row_of(venue_id)
        if row >= 0:
            self.venue_view.selectRow(row)
        else:
            self.new_venue()
        self._show_rooms(room_id)

    # The current row, not the selection: when the current row changes, the selection is not updated yet (the rooms
    # shown were those of the venue selected before).
    def selected_venue(self) -> uuid.UUID | None:
        index = self.venue_view.currentIndex()
        return self.venue_model.rows[index.row()].id if index.isValid() else None

    def selected_room(self) -> uuid.UUID | None:
        index = self.room_view.currentIndex()
        return self.room_model.rows[index.row()].id if index.isValid() else None

    def _venue_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        venue = self.venue_model.rows[current.row()] if current.isValid() else None
        for edit, value in ((self.venue_name, venue and venue.name), (self.address, venue and venue.address),
                            (self.commune, venue and venue.commune), (self.insee, venue and venue.insee_code),
                            (self.accessibility, venue and venue.accessibility)):
            edit.setText(value or "")
        self.venue_baseline.take()
        self._show_rooms(None)

    def _show_rooms(self, room_id: uuid.UUID | None) -> None:
        self.room_model.set_rows(self.places.rooms_of(self.selected_venue()))
        row = self.room_model.row_of(room_id)
        if row >= 0:
            self.room_view.selectRow(row)
        else:
            self.new_room(focus=False)

    def _room_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        room = self.room_model.rows[current.row()] if current.isValid() else None
        self.room_name.setText(room.name if room else "")
        self.room_capacity.setText("" if room is None or room.capacity is None else str(room.capacity))
        self.room_baseline.take()

    def new_venue(self) -> None:
        self.venue_view.clearSelection()
        self.venue_view.setCurrentIndex(QModelIndex())
        self._venue_selected(QModelIndex(), QModelIndex())
        self.venue_name.setFocus()

    def new_room(self, focus: bool = True) -> None:
        self.room_view.clearSelection()
        self.room_view.setCurrentIndex(QModelIndex())
        self._room_selected(QModelIndex(), QModelIndex())
        if focus:
            self.room_name.setFocus()

    # --- changes
    def _write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        workspace = self.context.workspace

        def work() -> Any:
            with workspace.unit_of_work() as uow:
                result = fn(uow)
            return result

        def done(result: Any) -> None:
            on_done(result)
            self.context.data_changed.emit(result)
        self.context.tasks.database(work, done, self._error)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #a01010" if error else "")
        self.message.setText(text)

    def _error(self, error: BaseException) -> None:
        if isinstance(error, EnvolError):
            self._say(describe(error, QCoreApplication.translate), error=True)
        else:
            self.context.tasks.unhandled.emit(error)

    def _done(self, text: str, venue_id: uuid.UUID | None = None, room_id: uuid.UUID | None = None,
              focus: QWidget | None = None) -> None:
        """Say what was saved and show the lists again with that venue (and room) selected."""
        self._say(text)
        self.reload(venue_id, room_id)
        if focus is not None:
            focus.setFocus()

    def save_venue(self) -> None:
        venue_id = self.selected_venue()
        values = {"address": self.address.text(), "commune": self.commune.text(), "insee_code": self.insee.text(),
                  "accessibility": self.accessibility.text()}
        name = self.venue_name.text()
        if venue_id is None:
            added = self.tr("Lieu « {0} » ajouté : ajoutez-lui ses salles.").format(name.strip())
            self._write(lambda uow: create_venue(uow, name, **values),
                        lambda new_id: self._done(added, new_id, focus=self.room_name))
        elif not self.venue_baseline.changed():
            self._say(self.tr("Lieu « {0} » : rien n'a changé.").format(name.strip()))
        else:
            saved = self.tr("Lieu « {0} » enregistré.").format(name.strip())
            self._write(lambda uow: update_venue(uow, venue_id, name, **values),
                        lambda _detail: self._done(saved, venue_id))

    def delete_venue(self) -> None:
        if (venue_id := self.selected_venue()) is None:
            self._say(self.tr("Choisissez d'abord un lieu dans la liste."), error=True)
            return
        name = self.venue_name.text()
        deleted = self.tr("Lieu « {0} » supprimé.").format(name)
        self._confirm(self.tr("Supprimer le lieu « {0} » et ses salles ?").format(name), lambda: self._write(
            lambda uow: delete_venue(uow, venue_id), lambda _: self._done(deleted)))

    def save_room(self) -> None:
        if (venue_id := self.selected_venue()) is None:
            self._say(self.tr("Choisissez d'abord le lieu de la salle."), error=True)
            return
        try:
            capacity = parse_capacity(self.room_capacity.text())
        except EnvolError as error:
            self._error(error)
            return
        room_id, name = self.selected_room(), self.room_name.text()
        if room_id is None:
            added = self.tr("Salle « {0} » ajoutée.").format(name.strip())
            self._write(lambda uow: create_room(uow, venue_id, name, capacity),
                        lambda new_id: self._done(added, venue_id, new_id))
        elif not self.room_baseline.changed():
            self._say(self.tr("Salle « {0} » : rien n'a changé.").format(name.strip()))
        else:
            saved = self.tr("Salle « {0} » enregistrée.").format(name.strip())
            self._write(lambda uow: update_room(uow, room_id, name, capacity),
                        lambda _detail: self._done(saved, venue_id, room_id))

    def delete_room(self) -> None:
        venue_id, room_id = self.selected_venue(), self.selected_room()
        if room_id is None:
            self._say(self.tr("Choisissez d'abord une salle dans la liste."), error=True)
            return
        name = self.room_name.text()
        deleted = self.tr("Salle « {0} » supprimée.").format(name)
        self._confirm(self.tr("Supprimer la salle « {0} » ?").format(name), lambda: self._write(
            lambda uow: delete_room(uow, room_id), lambda _: self._done(deleted, venue_id)))

    def _confirm(self, text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(lambda button: on_yes()
                                  if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(box.deleteLater)
        self.confirmation = box  # tests answer it here
        box.open()
