"""The « Participants » tab of the « Rendez-vous » page: the people who take part, and a form to edit one's profile —
side, what they offer and look for (the categories shared with the atelier d'échanges), the slots they can attend,
their maximum of meetings, a short description, and the sector of their structure (for the report by sector)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.categories import CategoryInfo, vocabulary
from core.meetings import programme
from core.meetings.read import Overview, Who
from core.models import MeetingSide
from desktop import labels
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.rows_model import RowsModel
from printing.meetings import hhmm

SIDES = {
    MeetingSide.STRUCTURE: QT_TRANSLATE_NOOP("meetings", "Structure ESS"),
    MeetingSide.ENTREPRISE: QT_TRANSLATE_NOOP("meetings", "Entreprise"),
    MeetingSide.FINANCEUR: QT_TRANSLATE_NOOP("meetings", "Financeur / partenaire"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("meetings", text)


class PeopleModel(RowsModel):
    context = "meetings"
    headers = (QT_TRANSLATE_NOOP("meetings", "Structure"), QT_TRANSLATE_NOOP("meetings", "Personne"),
               QT_TRANSLATE_NOOP("meetings", "Côté"), QT_TRANSLATE_NOOP("meetings", "Commune"),
               QT_TRANSLATE_NOOP("meetings", "Secteur"))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        who: Who = self.rows[index.row()]
        return [who.structure, who.name, _t(SIDES[who.side]), who.commune,
                labels.sector(who.sector) if who.sector else ""][index.column()]


class _Checklist(QListWidget):
    """Checkable items holding Python values."""

    def set_items(self, items: Sequence[tuple[str, object]], checked: set[Any] | None) -> None:
        self.clear()
        for text, value in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked is None or value in checked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked(self) -> list[Any]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: set[Any]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values
                               else Qt.CheckState.Unchecked)


class ParticipantsTab(QWidget):
    """The list of participants beside the profile form. `saved` is emitted after a profile is written."""

    saved = Signal()

    def __init__(self, context: AppContext, failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.context = context
        self.failed = failed
        self.view: Overview | None = None
        self.profile: programme.Profile | None = None
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # every column seen beside the form
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.heading = QLabel(self.tr("Choisissez un participant dans la liste."), wordWrap=True)
        self.side = ValueCombo()
        self.side.setAccessibleName(self.tr("Côté"))
        for side, text in SIDES.items():
            self.side.add_choice(_t(text), side)
        self.offers, self.seeks, self.slots = _Checklist(), _Checklist(), _Checklist()
        for box in (self.offers, self.seeks, self.slots):
            box.setMaximumHeight(130)
        self.offers.setAccessibleName(self.tr("Propose"))
        self.seeks.setAccessibleName(self.tr("Recherche"))
        self.slots.setAccessibleName(self.tr("Disponible aux créneaux"))
        self.maximum = QSpinBox(minimum=0, maximum=50)
        self.maximum.setSpecialValueText(self.tr("sans maximum"))
        self.maximum.setAccessibleName(self.tr("Maximum de rendez-vous"))
        self.sector = ValueCombo()
        self.sector.setAccessibleName(self.tr("Secteur de la structure"))
        self.sector.add_choice(self.tr("(non renseigné)"), None)
        for code, _label in labels.SECTORS:
            self.sector.add_choice(labels.sector(code), code)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Ce que la structure propose, ce qu'elle cherche, en "
                                                    "quelques lignes."))
        self.description.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("&Enregistrer le profil"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("Côté :"), self.side)
        form.addRow(self.tr("Propose :"), self.offers)
        form.addRow(self.tr("Recherche :"), self.seeks)
        form.addRow(self.tr("Disponible :"), self.slots)
        form.addRow(self.tr("Maximum :"), self.maximum)
        form.addRow(self.tr("Secteur :"), self.sector)
        form.addRow(self.tr("Présentation :"), self.description)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        self.form = QWidget()
        self.form.setLayout(right)
        self.form.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.form, 2)

    def set_view(self, view: Overview | None) -> None:
        chosen = self.profile.participant_id if self.profile else None
        self.view = view
        self.model.set_rows(list(view.people) if view else [])
        if view is None:
            self.form.setEnabled(False)
            self.profile = None
            return
        self.slots.set_items([(self.tr("Créneau {0} – {1}").format(n, hhmm(starts)), n)
                              for n, starts, _ends in view.slots], set())
        if chosen is not None:
            self.select(chosen)

    def select(self, participant_id: uuid.UUID) -> None:
        for row, who in enumerate(self.model.rows):
            if who.participant_id == participant_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        who: Who = self.model.rows[rows[0].row()]
        workspace = self.context.workspace

        def load() -> tuple[programme.Profile, tuple[CategoryInfo, ...], list[uuid.UUID]]:
            with workspace.reading() as session:
                profile = programme.profile_of(session, who.participant_id)
                slot_ids = [s.id for s in programme.load_slots(session, profile.programme_id)]
                return profile, vocabulary(session), slot_ids

        self.context.tasks.database(load, lambda result: self._show(who, *result), self.failed)

    def _show(self, who: Who, profile: programme.Profile, categories: tuple[CategoryInfo, ...],
              slot_ids: list[uuid.UUID]) -> None:
        self.profile, self.slot_ids = profile, slot_ids
        self.heading.setText(f"<b>{who.name}</b>" + (f" — {who.structure}" if who.structure else ""))
        self.side.set_value(profile.side)
        items = [(c.label, c.code) for c in categories]
        self.offers.set_items(items, set(profile.offers))
        self.seeks.set_items(items, set(profile.seeks))
        numbers = {sid: n for n, sid in enumerate(slot_ids, start=1)}
        self.slots.set_checked(set(numbers.values()) if profile.available is None
                               else {numbers[s] for s in profile.available if s in numbers})
        self.maximum.setValue(profile.max_meetings or 0)
        self.sector.set_value(profile.sector, profile.sector)
        self.sector.setEnabled(profile.organisation is not None)
        self.sector.setToolTip("" if profile.organisation else self.tr("Cette personne n'a pas de structure."))
        self.description.setPlainText(profile.profile)
        self.message.clear()
        self.form.setEnabled(True)

    def save(self) -> None:
        profile = self.profile
        if profile is None:
            return
        checked = set(self.slots.checked())
        available = None if len(checked) == len(self.slot_ids) else [
            sid for n, sid in enumerate(self.slot_ids, start=1) if n in checked]
        values = {"side": self.side.value(), "offers": self.offers.checked(), "seeks": self.seeks.checked(),
                  "profile": self.description.toPlainText(), "available": available,
                  "max_meetings": self.maximum.value() or None,
                  "sector": self.sector.value() if profile.organisation else profile.sector}
        workspace, pid = self.context.workspace, profile.participant_id

        def work() -> None:
            with workspace.unit_of_work() as uow:
                programme.edit_profile(uow, pid, **values)

        def done(_result: object) -> None:
            self.message.setText(self.tr("Profil enregistré."))
            self.saved.emit()

        self.context.tasks.database(work, done, self.failed)

