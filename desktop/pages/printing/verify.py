"""« Vérifier une attestation »: the office or a funder types (or scans) the code printed on an attestation and sees
what the real attestation says, so that an edited PDF is caught by comparing the two."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.services.attestation_check import AttestationCheck, verify_attestation
from desktop.attestation_words import describe_check
from desktop.context import AppContext

VALID_STYLE = "color: #1b5e20;"
REFUSED_STYLE = "color: #b00020;"


class AttestationCheckBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Vérifier une attestation"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Code imprimé sur l'attestation, ou scan du QR code"))
        self.code.setAccessibleName(self.tr("Code de vérification"))
        self.code.setClearButtonEnabled(True)
        self.button = QPushButton(self.tr("&Vérifier"))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        scroll = QScrollArea()  # an attestation of the Mois de l'ESS may list many sessions
        scroll.setWidget(self.answer)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll)
        self.button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)  # a scanner ends with Enter

    def verify(self) -> None:
        text, workspace = self.code.text(), self.context.workspace
        if not text.strip():
            return

        def look_up() -> AttestationCheck:
            with workspace.reading() as session:
                return verify_attestation(session, text)

        self.button.setEnabled(False)
        self.context.tasks.database(look_up, self._answered, self._failed)

    def _answered(self, check: AttestationCheck) -> None:
        self.button.setEnabled(True)
        self.answer.setStyleSheet(VALID_STYLE if check.found else REFUSED_STYLE)
        self.answer.setText("\n".join(describe_check(check, QCoreApplication.translate)))
        self.code.selectAll()  # the next scan replaces this one

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.answer.setStyleSheet(REFUSED_STYLE)
        self.answer.setText(self.tr("Erreur inattendue : {0}").format(error))
