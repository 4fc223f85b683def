"""Participants: the current event's registrations, a filter box and sortable columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services.events import EventInfo
from core.services.participants import ParticipantRow, participants
from desktop.context import AppContext
from desktop.empty_state import NO_EVENT, NO_EVENT_SHORT, EmptyState, say
from desktop.pages.participants.table_model import ELASTIC, NUMERIC, ParticipantsModel
from desktop.refresh import RefreshWhenShown
from desktop.tables import fit_columns, remember_sort


class ParticipantsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = ParticipantsModel(self)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filtrer par nom, structure, commune, e-mail… (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter_changed)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_sort(self.table, "participants")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table, NUMERIC, elastic=ELASTIC)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._registration_actions())
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_filter)
        context.event_changed.connect(self.reload)
        self.refresher = RefreshWhenShown(self, context, self.reload)  # hidden: reloads when shown again
        self.loading = False
        self.reload()

    def reload(self, *_: object) -> None:
        event: EventInfo | None = self.context.current_event
        if event is None:
            self.model.set_rows([])
            self._update_count()
            self.empty_state.show_text(say(NO_EVENT))
            return
        self.loading = True
        self.count_label.setText(self.tr("Chargement…"))
        workspace = self.context.workspace
        self.context.tasks.read(lambda: participants(workspace, event.id), self._loaded)

    def _loaded(self, rows: list[ParticipantRow]) -> None:
        event = self.context.current_event
        self.empty_state.show_text(None if rows or event is None else self.tr(
            "Personne n'est encore inscrit à « {0} ». Importez les inscriptions d'un formulaire (Importer…, "
            "Ctrl+I) ou inscrivez une personne à la main (Inscrire…).").format(event.name))
        self.model.set_rows(rows)
        self.loading = False
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n inscription(s)", "", total))
        else:
            self.count_label.setText(self.tr("{0} sur {1}").format(shown, total))

    def _registration_actions(self) -> QHBoxLayout:
        # Added by the registrations feature: import, registration by hand, cancel, exports, report.
        from desktop.pages.registrations import actions

        row = QHBoxLayout()
        buttons = [
            (self.tr("&Importer…"), lambda: actions.open_import(self.context, self)),
            (self.tr("&Inscrire…"), self.register_by_hand),
            (self.tr("&Annuler l'inscription"), self.cancel_selected),
            (self.tr("&Rôle sur le badge…"), self.choose_badge_role),
            (self.tr("E&xporter…"), lambda: actions.export_event(self.context, self, "registrations")),
            (self.tr("&Bilan financeurs…"), self.show_report),
        ]
        self.action_buttons = {}
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.action_buttons[text] = button
        row.addStretch(1)
        return row

    def register_by_hand(self) -> None:
        from desktop.pages.registrations.actions import describe_change
        from desktop.pages.registrations.register_dialog import RegisterDialog

        if self.context.current_event is None:
            self.message.setText(say(NO_EVENT_SHORT))
            return
        dialog = RegisterDialog(self.context, self)
        if dialog.exec() and dialog.result_change is not None:
            self.message.setText(describe_change(dialog.result_change))

    def cancel_selected(self) -> None:
        from desktop.pages.registrations.actions import cancel_registration, describe_change

        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez d'abord une inscription dans la liste."))
            return
        row = self.model.row_at(index.row())
        cancel_registration(self.context, row.registration_id,
                            lambda change: self.message.setText(describe_change(change)))

    def choose_badge_role(self) -> QDialog | None:
        """Open the badge role form of the selected registration (non-modal: `open`)."""
        from desktop.pages.registrations.badge_role_dialog import BadgeRoleDialog

        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez d'abord une inscription dans la liste."))
            return None
        dialog = BadgeRoleDialog(self.context, self.model.row_at(index.row()).registration_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_report(self) -> None:
        from desktop.pages.registrations.report_dialog import ReportDialog

        ReportDialog(self.context, self).exec()

    def _focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()
