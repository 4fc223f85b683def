"""The role printed on a registration's badge (its colour band): chosen by the office, or guessed from the
person's record (function, structure type, facilitators) when left on « deviné »."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from core.models import BadgeRole
from core.services.print_data import BadgeRoleInfo, badge_role_info, set_badge_role
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.pages.registrations.edit_dialogs import _EditDialog

ROLE_NAMES = {
    BadgeRole.PARTICIPANT: QT_TRANSLATE_NOOP("badge_role", "Participant·e"),
    BadgeRole.INTERVENANT: QT_TRANSLATE_NOOP("badge_role", "Intervenant·e"),
    BadgeRole.ORGANISATION: QT_TRANSLATE_NOOP("badge_role", "Organisation"),
    BadgeRole.ENTREPRISE_PARTENAIRE: QT_TRANSLATE_NOOP("badge_role", "Entreprise partenaire"),
    BadgeRole.BENEVOLE: QT_TRANSLATE_NOOP("badge_role", "Bénévole"),
}


def role_name(role: BadgeRole) -> str:
    return QCoreApplication.translate("badge_role", ROLE_NAMES[role])


class BadgeRoleDialog(_EditDialog):
    def __init__(self, context: AppContext, registration_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("badge_role", "Rôle sur le badge"), parent)
        self.registration_id = registration_id
        self.who = QLabel()
        self.role = ValueCombo()
        self.form.addRow(self.who)
        self.form.addRow(self.tr("&Rôle sur le badge"), self.role)
        self.baseline.watch("role", self.role)
        workspace = context.workspace

        def load() -> BadgeRoleInfo:
            with workspace.reading() as session:
                return badge_role_info(session, registration_id)

        context.tasks.database(load, self._loaded, self._refused)

    def _loaded(self, info: BadgeRoleInfo) -> None:
        self.who.setText(f"{info.first_name} {info.last_name} — {info.event_name}")
        self.role.add_choice(self.tr("Deviné d'après la fiche : {0}").format(role_name(info.guessed)), None)
        for role in BadgeRole:
            self.role.add_choice(role_name(role), role)
        self.role.set_value(info.chosen, str(info.chosen))
        self.baseline.take()
        self.save_button.setEnabled(True)
        self.role.setFocus()

    def save(self) -> None:
        workspace, registration_id, role = self.context.workspace, self.registration_id, self.role.value()

        def work(_changed: frozenset[str]) -> Any:
            with workspace.unit_of_work() as uow:
                return set_badge_role(uow, registration_id, role)

        self._run_save(work)
