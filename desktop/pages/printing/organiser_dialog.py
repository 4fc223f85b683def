"""The organiser's identity (who issues attestations, feuilles d'émargement and badges), edited as workspace data:
it syncs to every device like any data. Images are checked when chosen: an unreadable or huge file is refused with
a sentence and nothing changes.

Saving an untouched form writes nothing (core.services.organiser.save_identity compares field by field).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.services import organiser
from core.services.organiser import Identity
from desktop.context import AppContext
from desktop.messages import describe

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"
THUMB_HEIGHT = 40


def _thumb(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data is not None:
        pixmap.loadFromData(QByteArray(data))
    return pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() \
        else pixmap


class ImagePicker(QWidget):
    """One image (logo, signature): a thumbnail, « Choisir… » and « Retirer »."""

    def __init__(self, dialog: OrganiserDialog, data: bytes | None) -> None:
        super().__init__()
        self.dialog = dialog
        self.data = data
        self.preview = QLabel()
        self.choose = QPushButton(self.tr("Choisir…"))
        self.remove = QPushButton(self.tr("Retirer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview, self.choose, self.remove):
            layout.addWidget(widget)
        layout.addStretch()
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_data(None))
        self.set_data(data)

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        self.preview.setPixmap(_thumb(data))
        self.preview.setText("" if data else self.tr("(aucune)"))
        self.remove.setEnabled(data is not None)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir une image"), str(Path.home()), IMAGE_FILTER)
        if path:
            data = self.dialog.load_image(path)
            if data is not None:
                self.set_data(data)


class OrganiserDialog(QDialog):
    def __init__(self, context: AppContext, current: Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisateur des documents"))
        self.context = context
        self.current = current
        self.name = QLineEdit(current.name)
        self.address = QPlainTextEdit(current.address)
        self.address.setFixedHeight(60)
        self.place = QLineEdit(current.place)
        self.signatory_name = QLineEdit(current.signatory_name)
        self.signatory_role = QLineEdit(current.signatory_role)
        self.funding_mention = QPlainTextEdit(current.funding_mention)
        self.funding_mention.setFixedHeight(48)
        self.action_title = QLineEdit(current.action_title)
        self.action_title.setPlaceholderText(self.tr("Par défaut : le nom de l'événement"))
        self.funding_mention.setPlaceholderText(self.tr("Action cofinancée par …"))
        self.logo = ImagePicker(self, current.logo)
        self.signature = ImagePicker(self, current.signature)
        self.funders = list(current.funder_logos)
        self.funders_row = QHBoxLayout()
        self.add_funder = QPushButton(self.tr("Ajouter un logo…"))
        self.clear_funders = QPushButton(self.tr("Tout retirer"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow(self.tr("&Nom de l'organisme :"), self.name)
        form.addRow(self.tr("&Adresse :"), self.address)
        form.addRow(self.tr("Logo :"), self.logo)
        form.addRow(self.tr("« &Fait à » :"), self.place)
        form.addRow(self.tr("&Signataire :"), self.signatory_name)
        form.addRow(self.tr("Fonc&tion :"), self.signatory_role)
        form.addRow(self.tr("Image de la signature :"), self.signature)
        form.addRow(self.tr("&Intitulé de l'action :"), self.action_title)
        form.addRow(self.tr("&Mention du financement :"), self.funding_mention)
        funders = QWidget()
        box = QHBoxLayout(funders)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.funders_row)
        box.addWidget(self.add_funder)
        box.addWidget(self.clear_funders)
        box.addStretch()
        form.addRow(self.tr("Logos des financeurs :"), funders)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.add_funder.clicked.connect(self._add_funder)
        self.clear_funders.clicked.connect(lambda: self._set_funders([]))
        self._set_funders(self.funders)

    def load_image(self, path: str) -> bytes | None:
        """The image's bytes, or None with the reason shown (unreadable, too large)."""
        try:
            data = organiser.read_image(path, Path(path).name)
        except EnvolError as error:
            self.error.setText(describe(error, _translate))
            return None
        self.error.clear()
        return data

    def _add_funder(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo d'un financeur"), str(Path.home()), IMAGE_FILTER)
        if path:
            data = self.load_image(path)
            if data is not None:
                self._set_funders([*self.funders, data])

    def _set_funders(self, funders: list[bytes]) -> None:
        self.funders = funders
        while self.funders_row.count():
            item = self.funders_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for data in funders:
            label = QLabel()
            label.setPixmap(_thumb(data))
            self.funders_row.addWidget(label)
        self.add_funder.setEnabled(len(funders) < organiser.MAX_FUNDER_LOGOS)
        self.clear_funders.setEnabled(bool(funders))

    def identity(self) -> Identity:
        """What the form holds (texts stripped as saved)."""
        return replace(
            self.current, name=self.name.text().strip(), address=self.address.toPlainText().strip(),
            place=self.place.text().strip(), signatory_name=self.signatory_name.text().strip(),
            signatory_role=self.signatory_role.text().strip(),
            funding_mention=self.funding_mention.toPlainText().strip(), action_title=self.action_title.text().strip(),
            logo=self.logo.data, signature=self.signature.data, funder_logos=tuple(self.funders),
        )

    def save(self) -> None:
        wanted = self.identity()
        workspace = self.context.workspace
        self.save_button.setEnabled(False)

        def write() -> Identity:
            with workspace.unit_of_work() as uow:
                return organiser.save_identity(uow, wanted)

        self.context.tasks.database(write, self._saved, self._failed)

    def _saved(self, identity: Identity) -> None:
        self.current = identity
        self.context.data_changed.emit(identity)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(describe(error, _translate) if isinstance(error, EnvolError) else str(error))


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
