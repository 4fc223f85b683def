"""The Agenda page: the current event's timetable grid and its list by day, the conflicts, undo, exports.

The page keeps one AgendaData snapshot. A change is shown at once (conflicts recomputed in memory), then
written by the services on the database worker; if the database refuses, the page reloads and says why.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.agenda.conflicts import conflicting_session_ids
from core.agenda.timing import local
from core.errors import EnvolError
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData, load_agenda
from desktop import design
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.elided import ElidedActionButton
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.messages import describe
from desktop.pages.agenda.commands import SessionChange, transition
from desktop.pages.agenda.editor import SessionDialog
from desktop.pages.agenda.event_dialog import EventActions
from desktop.pages.agenda.exports import ExportActions
from desktop.pages.agenda.grid import MoveRequest, TimetableGrid
from desktop.pages.agenda.models import SESSION_ID_ROLE, ConflictModel, SessionListModel
from desktop.pages.agenda.places_dialog import PlacesDialog


class AgendaPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.data: AgendaData | None = None
        self.conflicts: list = []
        self.undo_stack = QUndoStack(self)
        self.grid = TimetableGrid()
        self.grid.move_requested.connect(self.move_session)
        self.grid.edit_requested.connect(self.edit_session)
        self.grid.delete_requested.connect(self.delete_session)
        self.grid.selection_changed.connect(self._grid_selected)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)

        self.list_model = SessionListModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.doubleClicked.connect(lambda index: self._list_activated(index, edit=True))
        self.list_view.clicked.connect(self._list_activated)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.scroll, self.tr("&Grille"))
        self.tabs.addTab(self.list_view, self.tr("&Liste par jour"))

        self.conflict_model = ConflictModel(self)
        self.conflict_view = QTableView()
        self.conflict_view.setModel(self.conflict_model)
        self.conflict_view.setAccessibleName(self.tr("Conflits"))
        self.conflict_view.verticalHeader().setVisible(False)
        self.conflict_view.horizontalHeader().setStretchLastSection(True)
        self.conflict_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_view.doubleClicked.connect(self.jump_to_conflict)
        self.conflict_view.activated.connect(self.jump_to_conflict)
        self.conflict_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {design.PALETTE.bad}")

        self.view_box = ValueCombo()
        self.view_box.add_choice(self.tr("Jours en colonnes"), False)
        self.view_box.add_choice(self.tr("Salles en colonnes"), True)
        self.view_box.setAccessibleName(self.tr("Colonnes de la grille"))
        self.day_box = ValueCombo()
        self.day_box.setAccessibleName(self.tr("Jour affiché"))
        self.view_box.currentIndexChanged.connect(self._view_changed)
        self.day_box.currentIndexChanged.connect(self._view_changed)

        self.exports = ExportActions(self)
        self.events = EventActions(self)
        self._build_actions()
        top = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.duplicate_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
        # Their text names the change (« Annuler le déplacement de « … » »): elided, whole in the tooltip.
        self.undo_button, self.redo_button = ElidedActionButton(self.undo_action), ElidedActionButton(self.redo_action)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        export_button = QToolButton()
        export_button.setText(self.tr("E&xporter"))
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export_button)
        for action in self.exports.actions:
            menu.addAction(action)
        export_button.setMenu(menu)
        top.addWidget(export_button)
        event_button = QToolButton()
        event_button.setText(self.tr("Év&énement"))
        event_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        event_menu = QMenu(event_button)
        event_menu.addActions(self.events.actions)
        event_menu.addSeparator()
        event_menu.addAction(self.places_action)
        event_button.setMenu(event_menu)
        top.addWidget(event_button)
        top.addStretch(1)
        top.addWidget(self.view_box)
        top.addWidget(self.day_box)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.conflict_label)
        side_layout.addWidget(self.conflict_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        context.event_changed.connect(lambda _event: self.reload(clear_history=True))
        self.reload()

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
            item = QAction(text, self)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.new_action = action(self.tr("&Nouvelle session"), "Ctrl+N", lambda: self.new_session())
        self.edit_action = action(self.tr("&Modifier"), None, lambda: self.edit_session(self.grid.selected))
        self.duplicate_action = action(self.tr("&Dupliquer"), "Ctrl+D",
                                       lambda: self.duplicate_session(self.grid.selected))
        self.delete_action = action(self.tr("&Supprimer"), None, lambda: self.delete_session(self.grid.selected))
        self.places_action = action(self.tr("&Lieux et salles…"), "Ctrl+Shift+L", lambda: self.manage_places())
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for item in (self.undo_action, self.redo_action):
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(item)

    # --- loading and refreshing
    def reload(self, clear_history: bool = False) -> None:
        event = self.context.current_event
        if clear_history:
            self.undo_stack.clear()
        if event is None:
            self.show_agenda(None)
            return
        workspace = self.context.workspace
        self.context.tasks.database(lambda: load_agenda(workspace, event.id), self.show_agenda, self._error)

    def show_agenda(self, data: AgendaData | None) -> None:
        # A new event, or its dates edited: the day chooser and the grid's columns follow.
        first = self.data is None or data is None or self.data.event != data.event
        self.data = data
        self.empty_state.show_text(say(NO_EVENT) if data is None else None if data.sessions else self.tr(
            "« {0} » n'a pas encore de session. Ajoutez-en une (Nouvelle session, Ctrl+N, ou double-clic dans la "
            "grille), ou importez un programme. Les lieux et salles : Événement › Lieux et salles…").format(
            data.event.name))
        if first and data is not None:
            self._fill_days(data)
        self.refresh()

    def _fill_days(self, data: AgendaData) -> None:
        draft = data.event.draft
        days = (draft.ends_on - draft.starts_on).days + 1
        for box in (self.day_box, self.view_box):
            box.blockSignals(True)
        self.day_box.clear()
        for n in range(days):
            day = draft.starts_on + timedelta(days=n)
            self.day_box.add_choice(day.strftime("%d/%m/%Y"), day)
        self.view_box.setCurrentIndex(1 if days == 1 else 0)  # one day: its rooms side by side
        for box in (self.day_box, self.view_box):
            box.blockSignals(False)
        self.day_box.setEnabled(days == 1)
        self.grid.set_view(days == 1, draft.starts_on)

    def refresh(self) -> None:
        """Recompute conflicts from the snapshot and repaint both views (a few ms for 400 sessions)."""
        data = self.data
        self.conflicts = data.conflicts() if data is not None else []
        conflicted = conflicting_session_ids(self.conflicts)
        self.grid.set_data(data, conflicted)
        self.list_model.set_agenda(data, conflicted)
        for row in self.list_model.day_rows():
            self.list_view.setSpan(row, 0, 1, self.list_model.columnCount())
        self.conflict_model.set_conflicts(self.conflicts, data)
        self.conflict_label.setText(self.tr("Conflits : %n", "", len(self.conflicts)) if self.conflicts
                                    else self.tr("Aucun conflit."))
        self.conflict_view.setVisible(bool(self.conflicts))  # no conflict: one line, the grid takes the room

    def _view_changed(self, *_: object) -> None:
        by_rooms = bool(self.view_box.value())
        self.day_box.setEnabled(by_rooms)
        self.grid.set_view(by_rooms, self.day_box.value())

    # --- selection
    def _grid_selected(self, session_id: uuid.UUID | None) -> None:
        row = self.list_model.row_of(session_id) if session_id else -1
        if row >= 0:
            self.list_view.selectRow(row)

    def _list_activated(self, index: object, edit: bool = False) -> None:
        session_id = self.list_model.data(index, SESSION_ID_ROLE)  # type: ignore[arg-type]
        if session_id is not None:
            self.grid.select(session_id)
            if edit:
                self.edit_session(session_id)

    def show_session(self, session_id: uuid.UUID) -> None:
        """Select a session and bring it into view, in the grid's day if it shows one day."""
        if self.data is None or (session := self.data.session(session_id)) is None:
            return
        if self.grid.by_rooms:
            day = local(session.starts_at, self.data.timezone).date()
            index = self.day_box.index_of(day)
            if index >= 0:
                self.day_box.setCurrentIndex(index)
        self.grid.select(session_id)
        rect = self.grid.block_rect(session_id)
        self.scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width() // 2 + 20, rect.height() // 2 + 20)
        self.tabs.setCurrentIndex(0)
        self.grid.setFocus()

    def jump_to_conflict(self, index: object) -> None:
        session_id = self.conflict_model.data(index, SESSION_ID_ROLE)  # type: ignore[arg-type]
        if session_id is not None:
            self.show_session(session_id)

    # --- changes
    def apply_change(self, command: SessionChange, before: SessionDetail | None, after: SessionDetail | None) -> None:
        if self.data is None:
            return
        self.message.clear()
        if after is None:
            assert before is not None
            self.data = self.data.without_session(before.id)
        else:
            self.data = self.data.with_session(after)
        self.refresh()
        workspace = self.context.workspace
        self.context.tasks.database(lambda: transition(workspace, before, after), self._saved,
                                    lambda error: self._failed(command, error))

    def _saved(self, detail: SessionDetail | None) -> None:
        if detail is not None and self.data is not None and self.data.session(detail.id) is not None:
            self.data = self.data.with_session(detail)
        self.context.data_changed.emit(detail)

    def _failed(self, command: SessionChange, error: BaseException) -> None:
        # The database refused: the snapshot goes back to what is stored, and the step leaves the history.
        command.failed = True
        command.setObsolete(True)
        if self.undo_stack.command(self.undo_stack.index() - 1) is command:
            self.undo_stack.undo()
        self._error(error)
        self.reload()

    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def manage_places(self) -> None:
        self.places_dialog = PlacesDialog(self.context, self)
        # The session editor and the rooms-as-columns grid read the rooms from the snapshot.
        self.places_dialog.finished.connect(lambda _result: self.reload())
        self.places_dialog.finished.connect(self.places_dialog.deleteLater)
        self.places_dialog.open()

    def _error(self, error: BaseException) -> None:
        if isinstance(error, EnvolError):
            self.message.setStyleSheet(f"color: {design.PALETTE.bad}")
            self.message.setText(describe(error, QCoreApplication.translate))
        else:
            self.context.tasks.unhandled.emit(error)

    def move_session(self, request: MoveRequest) -> None:
        if self.data is None or (before := self.data.session(request.session_id)) is None:
            return
        length = before.ends_at - before.starts_at
        room = self.data.room(request.room_id)
        after = replace(before, draft=replace(
            before.draft, starts_at=request.starts_at, ends_at=request.starts_at + length, room_id=request.room_id,
            venue_id=room.venue_id if room else before.draft.venue_id))
        self.undo_stack.push(SessionChange(self, before, after, self.tr("le déplacement de « {0} »").format(before.title),
                                           nudge=request.by_keyboard))

    def new_session(self, day: date | None = None) -> None:
        if self.data is None:
            return
        dialog = SessionDialog(self, self.data, day=day or self.day_box.value())
        if dialog.exec() and dialog.result_draft is not None:
            self.add_session(dialog.result_draft)

    def add_session(self, draft: object) -> None:
        assert self.data is not None
        detail = SessionDetail(uuid.uuid4(), self.data.event.id, draft)  # type: ignore[arg-type]
        self.undo_stack.push(SessionChange(self, None, detail, self.tr("la création de « {0} »").format(detail.title)))

    def edit_session(self, session_id: uuid.UUID | None) -> None:
        if self.data is None or session_id is None or (before := self.data.session(session_id)) is None:
            return
        dialog = SessionDialog(self, self.data, before.draft)
        if dialog.exec() and dialog.result_draft is not None and dialog.result_draft != before.draft:
            self.undo_stack.push(SessionChange(self, before, replace(before, draft=dialog.result_draft),
                                               self.tr("la modification de « {0} »").format(before.title)))

    def duplicate_session(self, session_id: uuid.UUID | None) -> None:
        if self.data is None or session_id is None or (source := self.data.session(session_id)) is None:
            return
        copy = SessionDetail(uuid.uuid4(), source.event_id, source.draft)
        self.undo_stack.push(SessionChange(self, None, copy, self.tr("la duplication de « {0} »").format(source.title)))
        self.grid.select(copy.id)

    def delete_session(self, session_id: uuid.UUID | None) -> None:
        if self.data is None or session_id is None or (before := self.data.session(session_id)) is None:
            return
        if before.confirmed:
            self.message.setText(describe(EnvolError("session_has_registrations", count=before.confirmed),
                                          QCoreApplication.translate))
            return
        self.undo_stack.push(SessionChange(self, before, None, self.tr("la suppression de « {0} »").format(before.title)))
