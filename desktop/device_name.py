"""Fichier › Nom de ce poste…: the name the desks say (« déjà enregistré(e) à 9:02 au poste « Accueil 1 » »)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow

from core.errors import EnvolError
from core.services.devices import MAX_DEVICE_NAME, device_name, rename_device
from desktop.context import AppContext
from desktop.messages import describe


class DeviceNameDialog(QInputDialog):
    """Asks for the name, showing the current one; saved on the database worker."""

    def __init__(self, context: AppContext, window: QMainWindow, current: str) -> None:
        super().__init__(window)
        self.context, self.window_ = context, window
        self.setWindowTitle(QCoreApplication.translate("device", "Nom de ce poste"))
        self.setLabelText(QCoreApplication.translate(
            "device", "Le nom que les autres postes afficheront (« déjà enregistré(e) au poste « … » ») :"))
        self.setTextValue(current)
        self.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.findChild(QLineEdit).setMaxLength(MAX_DEVICE_NAME)  # type: ignore[union-attr]
        self.textValueSelected.connect(self._save)

    def _save(self, name: str) -> None:
        workspace = self.context.workspace

        def work() -> str:
            with workspace.unit_of_work() as uow:
                return rename_device(uow, workspace.device_id, name)

        def done(saved: str) -> None:
            said = QCoreApplication.translate("device", "Ce poste s'appelle désormais « {0} ».").format(saved)
            self.window_.statusBar().showMessage(said, 8000)
            self.context.data_changed.emit(None)

        def failed(error: BaseException) -> None:
            text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
            self.window_.statusBar().showMessage(text, 8000)

        self.context.tasks.database(work, done, failed)


def ask_device_name(context: AppContext, window: QMainWindow) -> None:
    """Open the dialog once the current name is read (window-modal, no nested event loop)."""
    workspace = context.workspace

    def show(current: str) -> None:
        dialog = DeviceNameDialog(context, window, current)
        window.device_dialog = dialog  # type: ignore[attr-defined]  # tests answer it here
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    context.tasks.database(lambda: device_name(workspace), show)
