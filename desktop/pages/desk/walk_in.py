"""A walk-in: register a person on the spot, issue the ticket and check them in, in one unit of work."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from core.checkin import CheckInTarget
from core.db.workspace import Workspace
from core.models import Source
from core.services import checkin, directory, registrations
from core.services.checkin import ScanResult


def register_walk_in(workspace: Workspace, target: CheckInTarget, first_name: str, last_name: str,
                     email: str | None, nonce: str | None = None) -> ScanResult:
    with workspace.unit_of_work() as uow:
        person = directory.create_person(uow, first_name, last_name, email=email or None)
        sessions: list[uuid.UUID] = [target.session_id] if target.session_id else []
        change = registrations.register(uow, person.id, target.event_id, sessions, source=Source.DESK)
        return checkin.check_in_registration(uow, change.registration.id, target, nonce=nonce)


class WalkInDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inscription sur place"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("facultatif"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Prénom"), self.first_name)
        form.addRow(self.tr("&Nom"), self.last_name)
        form.addRow(self.tr("&E-mail"), self.email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inscrire et enregistrer l'entrée"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.first_name.text(), self.last_name.text(), self.email.text()
