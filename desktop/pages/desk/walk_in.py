"""A walk-in: register a person on the spot, issue the ticket and check them in, in one unit of work.

The form offers the structures already known (typed letters anywhere in the name find them); a name that matches
none — accents and case aside — becomes a new structure, created with the person.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.checkin import CheckInTarget
from core.db.workspace import Workspace
from core.models import Source
from core.services import checkin, directory, registrations
from core.services.checkin import ScanResult
from core.services.people import OrganisationRow, list_organisations
from core.validation import search_key
from desktop.choices import ValueCombo
from desktop.context import AppContext


@dataclass(frozen=True, slots=True)
class StructureChoice:
    """The walk-in's structure: one already known, or a new one to create under this name."""

    organisation_id: uuid.UUID | None = None
    new_name: str | None = None


def register_walk_in(workspace: Workspace, target: CheckInTarget, first_name: str, last_name: str,
                     email: str | None, nonce: str | None = None,
                     structure: StructureChoice | None = None) -> ScanResult:
    with workspace.unit_of_work() as uow:
        organisation_id = structure.organisation_id if structure else None
        if organisation_id is None and structure is not None and structure.new_name:
            organisation_id = directory.create_organisation(uow, structure.new_name).id
        person = directory.create_person(uow, first_name, last_name, email=email or None,
                                         organisation_id=organisation_id)
        sessions: list[uuid.UUID] = [target.session_id] if target.session_id else []
        change = registrations.register(uow, person.id, target.event_id, sessions, source=Source.DESK)
        return checkin.check_in_registration(uow, change.registration.id, target, nonce=nonce)


def _shown(row: OrganisationRow) -> str:
    return row.name + (f" ({row.commune})" if row.commune else "")


class WalkInDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inscription sur place"))
        self.structures: list[OrganisationRow] = []
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("facultatif"))
        self.structure = ValueCombo()
        self.structure.setEditable(True)
        self.structure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a new name is created on "Inscrire"
        self.structure.lineEdit().setPlaceholderText(self.tr("facultatif : tapez quelques lettres du nom"))
        self.structure.setAccessibleName(self.tr("Structure"))
        completer = QCompleter(self.structure.model(), self.structure)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # « ruche » finds « Coopérative La Ruche »
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.structure.setCompleter(completer)
        self.structure_hint = QLabel()
        self.structure_hint.setWordWrap(True)
        self.structure.editTextChanged.connect(lambda _text: self._show_hint())
        form = QFormLayout(self)
        form.addRow(self.tr("&Prénom"), self.first_name)
        form.addRow(self.tr("&Nom"), self.last_name)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Structure"), self.structure)
        form.addRow("", self.structure_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inscrire et enregistrer l'entrée"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        workspace = context.workspace
        context.tasks.database(lambda: list_organisations(workspace), self._structures_loaded)

    def _structures_loaded(self, rows: list[OrganisationRow]) -> None:
        typed = self.structure.currentText()  # the volunteer may have started typing already
        self.structures = rows
        self.structure.blockSignals(True)
        self.structure.clear()
        for row in rows:
            self.structure.add_choice(_shown(row), row.id)
        self.structure.setEditText(typed)
        self.structure.blockSignals(False)
        self._show_hint()

    def structure_choice(self) -> StructureChoice | None:
        """The structure picked in the list, one whose name was typed (accents and case aside), or a new one."""
        text = " ".join(self.structure.currentText().split())
        if not text:
            return None
        index = self.structure.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return StructureChoice(self.structure.value_at(index))
        key = search_key(text)
        same = [row for row in self.structures if search_key(row.name) == key or search_key(_shown(row)) == key]
        if len(same) == 1:
            return StructureChoice(same[0].id)
        return StructureChoice(new_name=text)

    def _show_hint(self) -> None:
        choice = self.structure_choice()
        self.structure_hint.setText(self.tr("Nouvelle structure : « {0} » sera créée avec la personne.")
                                    .format(choice.new_name) if choice is not None and choice.new_name else "")

    def values(self) -> tuple[str, str, str, StructureChoice | None]:
        return self.first_name.text(), self.last_name.text(), self.email.text(), self.structure_choice()
