"""Edit forms for a person and a structure: loaded and saved on the database worker, bad input explained in place.

The dialog stays open on a refused value (malformed e-mail, wrong SIRET key…), says why in French and puts
the cursor in the field at fault, so that the organiser corrects it without retyping the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.models import OrganisationKind
from core.services.directory import OrganisationInfo
from core.services.people import (
    OrganisationRow,
    PersonForm,
    list_organisations,
    organisation_form,
    person_form,
    update_organisation,
    update_person,
)
from desktop import labels
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.form_baseline import Baseline
from desktop.messages import describe

# Field codes in ValidationError.details -> the French label shown in the message.
FIELD_NAMES = {"first_name": QT_TRANSLATE_NOOP("edit", "Prénom"), "last_name": QT_TRANSLATE_NOOP("edit", "Nom"),
               "name": QT_TRANSLATE_NOOP("edit", "Nom de la structure")}


class _EditDialog(QDialog):
    """A form whose values are loaded, then saved, on the database worker."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.save_button.setEnabled(False)  # until the record is loaded
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.saved: Any = None
        self.fields_by_error: dict[str, QWidget] = {}
        self.baseline = Baseline()  # what the loaded record showed: only the fields changed since are saved

    def save(self) -> None:
        raise NotImplementedError

    def _run_save(self, work: Callable[[Any], Any]) -> None:
        """Write the changed fields (`work` gets their names); a form saved untouched closes without writing."""
        changed = self.baseline.changed()
        if self.baseline.taken and not changed:
            self.accept()
            return
        self.save_button.setEnabled(False)
        self.error.clear()
        self.context.tasks.database(lambda: work(frozenset(changed)), self._saved, self._refused)

    def _saved(self, result: Any) -> None:
        self.saved = result
        self.context.data_changed.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, EnvolError):
            self.error.setText(str(error))
            return
        details = dict(error.details)
        field = str(details.get("field", ""))
        if field in FIELD_NAMES:
            error.details["field"] = QCoreApplication.translate("edit", FIELD_NAMES[field])
        self.error.setText(describe(error, QCoreApplication.translate))
        error.details.update(details)
        widget = self.fields_by_error.get(field) or self.fields_by_error.get(error.code)
        if widget is not None:
            widget.setFocus()


class PersonEditDialog(_EditDialog):
    def __init__(self, context: AppContext, person_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("edit", "Modifier une personne"), parent)
        self.person_id = person_id
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.structure = ValueCombo()
        self.role = QLineEdit()
        self.accessibility = QPlainTextEdit()
        self.accessibility.setTabChangesFocus(True)
        self.accessibility.setFixedHeight(70)
        self.consent_communication = QCheckBox(self.tr("Accepte de recevoir les informations du réseau"))
        self.consent_photo = QCheckBox(self.tr("Accepte d'être photographiée ou photographié"))
        for label, widget in ((self.tr("&Prénom *"), self.first), (self.tr("&Nom *"), self.last),
                              (self.tr("&E-mail"), self.email), (self.tr("&Téléphone"), self.phone),
                              (self.tr("&Structure"), self.structure), (self.tr("&Fonction"), self.role),
                              (self.tr("&Besoins d'accessibilité"), self.accessibility)):
            self.form.addRow(label, widget)
        self.form.addRow("", self.consent_communication)
        self.form.addRow("", self.consent_photo)
        self.fields_by_error = {"first_name": self.first, "last_name": self.last, "malformed_email": self.email}
        for name, widget in (("first_name", self.first), ("last_name", self.last), ("email", self.email),
                             ("phone", self.phone), ("organisation_id", self.structure), ("role", self.role),
                             ("accessibility_needs", self.accessibility),
                             ("consent_communication", self.consent_communication),
                             ("consent_photo", self.consent_photo)):
            self.baseline.watch(name, widget)
        workspace = context.workspace

        def load() -> tuple[PersonForm, list[OrganisationRow]]:
            return person_form(workspace, person_id), list_organisations(workspace)

        context.tasks.database(load, self._loaded, self._refused)

    def _loaded(self, loaded: tuple[PersonForm, list[OrganisationRow]]) -> None:
        person, structures = loaded
        self.first.setText(person.first_name)
        self.last.setText(person.last_name)
        self.email.setText(person.email or "")
        self.phone.setText(person.phone or "")
        self.structure.add_choice(self.tr("— aucune —"), None)
        for org in structures:
            self.structure.add_choice(org.name + (f" ({org.commune})" if org.commune else ""), org.id)
        # A structure this device does not know (not synced yet) is shown as such and kept, never replaced.
        self.structure.set_value(person.organisation_id, self.tr("Structure inconnue sur ce poste"))
        self.role.setText(person.role or "")
        self.accessibility.setPlainText(person.accessibility_needs or "")
        self.consent_communication.setChecked(person.consent_communication)
        self.consent_photo.setChecked(person.consent_photo)
        self.baseline.take()
        self.save_button.setEnabled(True)
        self.first.setFocus()

    def save(self) -> None:
        workspace, person_id = self.context.workspace, self.person_id
        values = {
            "first_name": self.first.text(), "last_name": self.last.text(), "email": self.email.text(),
            "phone": self.phone.text(), "organisation_id": self.structure.value(), "role": self.role.text(),
            "accessibility_needs": self.accessibility.toPlainText(),
            "consent_communication": self.consent_communication.isChecked(),
            "consent_photo": self.consent_photo.isChecked(),
        }

        def work(changed: frozenset[str]) -> Any:
            with workspace.unit_of_work() as uow:
                return update_person(uow, person_id, **values, only=changed)  # type: ignore[arg-type]

        self._run_save(work)


class StructureEditDialog(_EditDialog):
    def __init__(self, context: AppContext, org_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("edit", "Modifier une structure"), parent)
        self.org_id = org_id
        self.name = QLineEdit()
        self.kind = ValueCombo()
        for kind in OrganisationKind:
            self.kind.add_choice(labels.organisation_kind(kind), kind)
        self.siret = QLineEdit()
        self.siret.setPlaceholderText(self.tr("14 chiffres, espaces permis"))
        self.commune = QLineEdit()
        self.insee = QLineEdit()
        self.insee.setPlaceholderText(self.tr("ex. 93027"))
        self.member = QCheckBox(self.tr("Adhérente du réseau"))
        for label, widget in ((self.tr("&Nom *"), self.name), (self.tr("&Type"), self.kind),
                              (self.tr("&SIRET"), self.siret), (self.tr("&Commune"), self.commune),
                              (self.tr("Code &INSEE"), self.insee)):
            self.form.addRow(label, widget)
        self.form.addRow("", self.member)
        self.fields_by_error = {"name": self.name, "malformed_siret": self.siret, "bad_siret_key": self.siret,
                                "malformed_insee": self.insee}
        for name, widget in (("name", self.name), ("kind", self.kind), ("siret", self.siret),
                             ("commune", self.commune), ("insee_code", self.insee), ("is_member", self.member)):
            self.baseline.watch(name, widget)
        workspace = context.workspace
        context.tasks.database(lambda: organisation_form(workspace, org_id), self._loaded, self._refused)

    def _loaded(self, org: OrganisationInfo) -> None:
        self.name.setText(org.name)
        self.kind.set_value(org.kind, str(org.kind))
        self.siret.setText(org.siret or "")
        self.commune.setText(org.commune or "")
        self.insee.setText(org.insee_code or "")
        self.member.setChecked(org.is_member)
        self.baseline.take()
        self.save_button.setEnabled(True)
        self.name.setFocus()

    def save(self) -> None:
        workspace, org_id = self.context.workspace, self.org_id
        name, kind, siret = self.name.text(), self.kind.value(), self.siret.text()
        commune, insee, member = self.commune.text(), self.insee.text(), self.member.isChecked()

        def work(changed: frozenset[str]) -> Any:
            with workspace.unit_of_work() as uow:
                return update_organisation(uow, org_id, name=name, kind=kind, siret=siret, commune=commune,
                                           insee_code=insee, is_member=member, only=changed)

        self._run_save(work)
