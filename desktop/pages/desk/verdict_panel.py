"""The full-width verdict: colour, icon, large name and structure, the reason in words.

The verdict stays until the next scan (a volunteer who looked away still reads it); after DIM_MS it is dimmed, so
that an old verdict is not taken for the one of the person now at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout

from core.services.checkin import ScanResult
from desktop.pages.desk.words import CONTEXT, WORDS, style

DIM_MS = 6000


def _dimmed(colour: str) -> str:
    """The colour mixed with grey: still its hue, plainly not fresh."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{(c + 2 * 0x9e) // 3:02x}" for c in (red, green, blue))


class VerdictPanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("verdict")
        self.reason = ""  # the reason code shown, for tests and screen readers
        self.dimmed = False
        self._colour = "#2d3e50"
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)  # a long name never widens
        self.detail = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        for label, size in ((self.icon, 48), (self.title, 30), (self.detail, 18)):
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is not self.detail)
            label.setFont(font)
        layout = QVBoxLayout(self)
        for label in (self.icon, self.title, self.detail):
            layout.addWidget(label)
        self._timer = QTimer(self, singleShot=True, interval=DIM_MS)
        self._timer.timeout.connect(self.dim)
        self.ready()

    def ready(self, message: str | None = None) -> None:
        self._timer.stop()
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

    def undone(self, message: str) -> None:
        """An entry undone: said plainly, until the next scan."""
        self._timer.stop()
        self.reason = "undo"
        self._paint("↶", "#455a64", message, QApplication.translate("desk", "Scannez le billet suivant."))

    def dim(self) -> None:
        """The verdict stays readable, muted: it is not the verdict of whoever is at the desk now."""
        if self.reason and not self.dimmed:
            self.dimmed = True
            self._style(_dimmed(self._colour))

    def _paint(self, icon: str, colour: str, title: str, detail: str) -> None:
        self.dimmed = False
        self._colour = colour
        self._style(colour)
        self.icon.setText(icon)
        self.title.setToolTip(title)
        self.title.setText(title)
        self.detail.setText(detail)

    def _style(self, colour: str) -> None:
        self.setStyleSheet(f"#verdict {{ background: {colour}; border-radius: 8px; }} "
                           f"#verdict QLabel {{ color: white; }}")
