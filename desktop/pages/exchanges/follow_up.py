"""Follow-up from the office: every offer of the atelier (or only those to chase), moved a step with a date and a
short note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.errors import EnvolError
from core.exchanges.followup import Moved, ToChase, move_offer, to_follow_up
from core.models import FollowUp
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.messages import describe
from desktop.pages.exchanges import texts
from desktop.rows_model import RowsModel


class FollowUpModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("exchanges", "Offre"), QT_TRANSLATE_NOOP("exchanges", "De"),
               QT_TRANSLATE_NOOP("exchanges", "Pour"), QT_TRANSLATE_NOOP("exchanges", "Suivi"),
               QT_TRANSLATE_NOOP("exchanges", "Depuis le"), QT_TRANSLATE_NOOP("exchanges", "Note"),
               QT_TRANSLATE_NOOP("exchanges", "Sans nouvelle depuis"))
    context = "exchanges"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: ToChase = self.rows[index.row()]
        offer = row.offer
        giver = offer.giver_name + (f" ({offer.giver_structure})" if offer.giver_structure else "")
        values = [f"{texts.kind(offer.kind)} : {offer.text}", giver, f"{row.receiver} — {row.need_title}",
                  texts.step(offer.status), offer.status_on.strftime("%d/%m/%Y") if offer.status_on else "",
                  offer.status_note or "", FollowUpDialog.tr("%n jour(s)", "", row.idle_days)]
        return values[index.column()]



class FollowUpDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Suivi des offres"))
        self.resize(1100, 520)
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.only_due = QCheckBox(self.tr("Seulement les offres à relancer (sans nouvelle depuis trois semaines)"))
        self.only_due.toggled.connect(lambda _on: self.reload())
        self.step = ValueCombo()
        for value in FollowUp:
            self.step.add_choice(texts.step(value), value)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note courte (facultative)"))
        self.note.setMaxLength(2000)
        self.save = QPushButton(self.tr("&Enregistrer l'étape"))
        self.save.clicked.connect(self.save_step)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.busy = 0
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Étape :")))
        row.addWidget(self.step)
        row.addWidget(QLabel(self.tr("le")))
        row.addWidget(self.day)
        row.addWidget(self.note, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_due)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        context.data_changed.connect(lambda summary: self.reload() if not isinstance(summary, Moved) else None)
        self.reload()

    def reload(self) -> None:
        event, workspace, only_due = self.context.current_event, self.context.workspace, self.only_due.isChecked()
        self.busy += 1

        def read() -> tuple[ToChase, ...]:
            with workspace.reading() as session:
                return to_follow_up(session, event_id=event.id if event and not only_due else None,
                                    only_due=only_due)

        def done(rows: tuple[ToChase, ...]) -> None:
            self.busy -= 1
            self.model.set_rows(list(rows))

        self.context.tasks.database(read, done)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        offer = self.model.rows[current.row()].offer
        self.step.set_value(offer.status)
        self.note.setText(offer.status_note or "")

    def save_step(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez d'abord une offre dans la liste."))
            return
        offer_id = self.model.rows[index.row()].offer.id
        target, on, note = self.step.value(), self.day.date().toPython(), self.note.text()
        workspace = self.context.workspace
        self.busy += 1

        def write() -> Moved:
            with workspace.unit_of_work() as uow:
                return move_offer(uow, offer_id, target, on=on, note=note)

        def done(moved: Moved) -> None:
            self.busy -= 1
            self.message.setText(self.tr("Étape enregistrée : {0}.").format(texts.step(moved.status)))
            self.context.data_changed.emit(moved)
            self.reload()

        def failed(error: BaseException) -> None:
            self.busy -= 1
            self.message.setText(describe(error) if isinstance(error, EnvolError) else str(error))

        self.context.tasks.database(write, done, failed)
