"""RGPD retention: after an event's retention period, anonymise the people who came to nothing more recent.

What would be erased is shown before anything is (the plan is recomputed as the event or the period changes);
the purge itself asks once more, runs in the background and reaches the other desks through the sync.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.services import rgpd
from core.services.events import list_events
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.messages import describe

DEFAULT_RETENTION_DAYS = 365


class PurgeDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: rgpd.PurgePlan | None = None
        self.setWindowTitle(self.tr("Purger un événement passé (RGPD)"))
        self.event_box = ValueCombo()
        self.event_box.setAccessibleName(self.tr("Événement"))
        self.days_box = QSpinBox()
        self.days_box.setRange(0, 3650)
        self.days_box.setValue(DEFAULT_RETENTION_DAYS)
        self.days_box.setSuffix(self.tr(" jours"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("É&vénement :"), self.event_box)
        form.addRow(self.tr("&Conservation après la fin :"), self.days_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button: QPushButton = buttons.addButton(self.tr("&Purger…"),
                                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Les personnes inscrites à cet événement et à aucun événement plus récent sont anonymisées ; les "
            "inscriptions et présences restent comptées pour les bilans.")))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        for event in sorted(list_events(context.workspace), key=lambda e: e.ends_on):
            self.event_box.add_choice(f"{event.name} ({event.starts_on:%d/%m/%Y})", event.id)
        self.event_box.currentIndexChanged.connect(self.refresh)
        self.days_box.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        event_id, days = self.event_box.value(), self.days_box.value()
        self.plan = None
        self.purge_button.setEnabled(False)
        if event_id is None:
            self.summary.setText(self.tr("Aucun événement."))
            return
        self.summary.setText(self.tr("Calcul…"))
        workspace = self.context.workspace

        def work() -> rgpd.PurgePlan:
            with workspace.reading() as session:
                return rgpd.plan_purge(session, event_id, days)

        def done(plan: rgpd.PurgePlan) -> None:
            if (self.event_box.value(), self.days_box.value()) != (event_id, days):
                return  # the choice changed while this was computed
            self.plan = plan
            self.summary.setText(" ".join([
                self.tr("%n personne(s) seront anonymisée(s)", "", len(plan.people)) + ",",
                self.tr("%n réponse(s) de formulaire supprimée(s) ;", "", plan.answers),
                self.tr("%n personne(s) gardée(s) car inscrite(s) à un événement plus récent.", "",
                        plan.kept_for_later_events)]))
            self.purge_button.setEnabled(bool(plan.people or plan.answers))

        self.context.tasks.database(work, done, self._failed)

    def purge(self) -> None:
        plan, days = self.plan, self.days_box.value()
        if plan is None:
            return
        answer = QMessageBox.question(self, self.tr("Purger"), self.tr(
            "Anonymiser définitivement %n personne(s) ? Les autres postes le feront à leur prochaine "
            "synchronisation.", "", len(plan.people)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.context.workspace
        self.purge_button.setEnabled(False)
        self.summary.setText(self.tr("Purge en cours…"))

        def work() -> rgpd.PurgeResult:
            with workspace.unit_of_work() as uow:
                result = rgpd.purge_event(uow, plan.event_id, days)
            rgpd.compact(workspace)
            return result

        def done(result: rgpd.PurgeResult) -> None:
            self.summary.setText(self.tr("Purge faite : %n personne(s) anonymisée(s).", "", result.erased_people))
            self.context.data_changed.emit(result)

        self.context.tasks.database(work, done, self._failed)

    def _failed(self, error: Any) -> None:
        self.summary.setText(describe(error, QCoreApplication.translate) if isinstance(error, EnvolError)
                             else str(error))
