"""Register someone by hand (desk or office): find or add the person, choose sessions, see who waits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core.db.workspace import Workspace
from core.errors import EnvolError
from core.imports.values import name_key
from core.models import EventSession, Source
from core.services import directory, registrations
from core.services.people import PersonRow, list_people, record
from core.services.registrations import RegistrationChange
from desktop.context import AppContext
from desktop.empty_state import NO_EVENT_SHORT, say
from desktop.messages import describe


@dataclass(frozen=True)
class SessionSeat:
    id: uuid.UUID
    title: str
    capacity: int | None
    taken: int


def session_seats(workspace: Workspace, event_id: uuid.UUID) -> list[SessionSeat]:
    with workspace.unit_of_work() as uow:
        rows = uow.session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                   .order_by(EventSession.starts_at)).all()
        return [SessionSeat(s.id, s.title, s.capacity, registrations.confirmed_count(uow, s.id)) for s in rows]


def register_person(workspace: Workspace, event_id: uuid.UUID, person_id: uuid.UUID | None, first: str, last: str,
                    email: str, session_ids: list[uuid.UUID], source: Source) -> RegistrationChange:
    with workspace.unit_of_work() as uow:
        if person_id is None:
            person_id = directory.create_person(uow, first, last, email=email or None).id
            record(uow, person_id, "created", "saisie manuelle")
        change = registrations.register(uow, person_id, event_id, session_ids, source=source)
        record(uow, person_id, "registered", "accueil" if source == Source.DESK else "saisie")
        return change


class RegisterDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, source: Source = Source.MANUAL) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self.people: list[PersonRow] = []
        self.result_change: RegistrationChange | None = None
        self.setWindowTitle(self.tr("Inscrire une personne"))
        self.resize(640, 600)  # the sessions' lines (title, seats, waiting list) whole
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.email = QLineEdit()
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Personnes déjà connues"))
        self.sessions = QListWidget()
        self.info = QLabel()
        self.info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Prénom"), self.first)
        form.addRow(self.tr("&Nom"), self.last)
        form.addRow(self.tr("&E-mail"), self.email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Inscrire"))
        buttons.accepted.connect(self._register)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Déjà connue ? Choisissez-la (sinon une fiche est créée) :")))
        layout.addWidget(self.matches)
        layout.addWidget(QLabel(self.tr("Sessions (complet : liste d'attente) :")))
        layout.addWidget(self.sessions)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        for box in (self.first, self.last, self.email):
            box.textChanged.connect(self._search)
        workspace, event = context.workspace, context.current_event
        if event is not None:
            context.tasks.database(lambda: (list_people(workspace), session_seats(workspace, event.id)), self._loaded)

    def _loaded(self, loaded: tuple[list[PersonRow], list[SessionSeat]]) -> None:
        self.people, seats = loaded
        for seat in seats:
            full = seat.capacity is not None and seat.taken >= seat.capacity
            places = "" if seat.capacity is None else f" — {seat.taken}/{seat.capacity}"
            text = seat.title + places + (self.tr(" (complet : liste d'attente)") if full else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, seat.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sessions.addItem(item)

    def _search(self) -> None:
        self.matches.clear()
        email = self.email.text().strip().lower()
        key = name_key(self.first.text(), self.last.text())
        if len(key) < 3 and not email:
            return
        for row in self.people:
            if (email and row.email == email) or (len(key) >= 3 and key in name_key(row.first_name, row.last_name)):
                item = QListWidgetItem(f"{row.first_name} {row.last_name} — {row.organisation or ''} {row.email or ''}")
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.matches.addItem(item)
                if self.matches.count() >= 20:
                    break

    def checked_sessions(self) -> list[uuid.UUID]:
        return [self.sessions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sessions.count())
                if self.sessions.item(i).checkState() == Qt.CheckState.Checked]

    def _register(self) -> None:
        event = self.context.current_event
        if event is None:
            self.info.setText(say(NO_EVENT_SHORT))
            return
        chosen = self.matches.currentItem()
        person_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        args = (self.context.workspace, event.id, person_id, self.first.text(), self.last.text(),
                self.email.text(), self.checked_sessions(), self.source)
        self.context.tasks.database(lambda: register_person(*args), self._done, self._failed)

    def _done(self, change: RegistrationChange) -> None:
        self.result_change = change
        self.context.data_changed.emit(change)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.info.setText(text)
