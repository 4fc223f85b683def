"""A visible warning at the desk when the machine's date is far from every event (a wrong clock stamps every scan)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from core.services.events import ClockDoubt, workspace_clock_doubt
from desktop.context import AppContext


class ClockWarning(QLabel):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 6px;")
        self.setObjectName("clock_warning")
        self.hide()
        workspace = context.workspace
        context.tasks.database(lambda: workspace_clock_doubt(workspace), self.show_doubt)

    def show_doubt(self, doubt: ClockDoubt | None) -> None:
        if doubt is None:
            self.hide()
            return
        self.setText(self.tr(
            "⚠ La date de cet ordinateur est le {0}, à plus d'un an des événements de l'espace de travail "
            "({1} jours du {2}). Vérifiez la date et l'heure de l'ordinateur : chaque passage est enregistré "
            "à l'heure de l'ordinateur.").format(
                doubt.today.strftime("%d/%m/%Y"), doubt.days, doubt.nearest.strftime("%d/%m/%Y")))
        self.show()
