"""The full-width verdict: colour, icon, large name and structure, the reason in words; then ready again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout

from core.services.checkin import ScanResult
from desktop.pages.desk.words import CONTEXT, WORDS, style

SHOW_MS = 4000


class VerdictPanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("verdict")
        self.reason = ""  # the reason code shown, for tests and screen readers
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        for label, size in ((self.icon, 48), (self.title, 30), (self.detail, 18)):
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is not self.detail)
            label.setFont(font)
        layout = QVBoxLayout(self)
        for label in (self.icon, self.title, self.detail):
            layout.addWidget(label)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_MS)
        self._timer.timeout.connect(self.ready)
        self.ready()

    def ready(self, message: str | None = None) -> None:
        self.reason = ""
        self._paint("⌁", "#2d3e50", QApplication.translate("desk", "Prêt à scanner"),
                    message or QApplication.translate("desk", "Scannez un billet, tapez son code ou cherchez un nom."))

    def show_result(self, result: ScanResult) -> None:
        reason = result.verdict.reason.value
        self.reason = reason
        icon, colour = style(reason)
        sentence = QApplication.translate(CONTEXT, WORDS[reason])
        first = result.verdict.first
        if first is not None:
            sentence = sentence.format(when=first.scanned_at.astimezone().strftime("%H:%M:%S"),
                                       where=first.device_name or QApplication.translate("desk", "poste inconnu"))
        name = result.name or QApplication.translate("desk", "Billet non reconnu")
        detail = "\n".join(x for x in (result.structure, sentence) if x)
        self._paint(icon, colour, name, detail)
        self.setAccessibleDescription(f"{name}. {sentence}")
        self._timer.start()

    def _paint(self, icon: str, colour: str, title: str, detail: str) -> None:
        self.setStyleSheet(f"#verdict {{ background: {colour}; border-radius: 8px; }} "
                           f"#verdict QLabel {{ color: white; }}")
        self.icon.setText(icon)
        self.title.setText(title)
        self.detail.setText(detail)
