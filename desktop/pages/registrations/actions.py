"""Actions the Participants page and the File menu offer: import, register by hand, cancel, exports, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from core.exports.registrations import attendance_sheet, registrations_sheet
from core.exports.report import funder_report, report_xlsx
from core.exports.writers import to_csv, to_xlsx
from core.files import write_whole
from core.models import Status
from core.services import registrations
from core.services.registrations import RegistrationChange
from desktop.context import AppContext


class ChangeWords(QObject):
    """The translation context of describe_change: lupdate reads plural forms only from `Class.tr(text, "", n)`."""


def describe_change(change: RegistrationChange) -> str:
    """What the organiser must know after registering or cancelling: who waits, who got a place."""
    reg = change.registration
    waiting = sum(1 for c in reg.choices if c.status == Status.WAITING)
    parts = []
    if reg.status == Status.WAITING:
        parts.append(ChangeWords.tr("Inscription en liste d'attente (événement complet)."))
    elif reg.status == Status.CANCELLED:
        parts.append(ChangeWords.tr("Inscription annulée."))
    else:
        parts.append(ChangeWords.tr("Inscription confirmée."))
    if waiting and reg.status != Status.CANCELLED:
        parts.append(ChangeWords.tr("Liste d'attente pour %n session(s) complète(s).", "", waiting))
    if change.promoted:
        parts.append(ChangeWords.tr("%n personne(s) de la liste d'attente a (ont) obtenu une place.", "",
                                    len(change.promoted)))
    return " ".join(parts)


def open_import(context: AppContext, parent: QWidget) -> None:
    from desktop.pages.registrations.import_dialog import ImportDialog

    ImportDialog(context, parent).exec()


def cancel_registration(context: AppContext, registration_id, on_done) -> None:  # type: ignore[no-untyped-def]
    workspace = context.workspace

    def work() -> RegistrationChange:
        with workspace.unit_of_work() as uow:
            return registrations.cancel(uow, registration_id)

    def done(change: RegistrationChange) -> None:
        context.data_changed.emit(change)
        on_done(change)

    context.tasks.database(work, done)


def export_event(context: AppContext, parent: QWidget, what: str) -> None:
    event = context.current_event
    if event is None:
        return
    name, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("registrations", "Exporter"), f"{what}.xlsx",
                                               "Excel (*.xlsx);;CSV (*.csv)")
    if not name:
        return
    workspace, path = context.workspace, Path(name)

    def work() -> Path:
        if what == "report":
            data = report_xlsx(funder_report(workspace, event.id))
        else:
            sheet = (registrations_sheet if what == "registrations" else attendance_sheet)(workspace, event.id)
            data = to_csv(sheet) if path.suffix.lower() == ".csv" else to_xlsx([sheet])
        write_whole(path, data)
        return path

    context.tasks.database(work)
