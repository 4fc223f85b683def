"""What an empty page says: why it is empty and what to do (create an event, import registrations, open the demo)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

# The sentences the pages share (context "empty").
NO_EVENT = QT_TRANSLATE_NOOP(
    "empty", "Aucun événement pour l'instant. Créez-en un dans l'Agenda (Événement › Nouvel événement…, "
    "Ctrl+Maj+N), choisissez-en un dans la barre du haut, ou découvrez Envol avec la démo (envol --demo).")
NO_EVENT_SHORT = QT_TRANSLATE_NOOP(
    "empty", "Choisissez ou créez d'abord un événement (barre du haut, ou Agenda › Événement › Nouvel événement…) : "
    "une inscription se fait à un événement.")
NO_PEOPLE = QT_TRANSLATE_NOOP(
    "empty", "Aucune personne pour l'instant. Importez les inscriptions d'un formulaire (Fichier › Importer des "
    "inscriptions…, Ctrl+I) ou inscrivez une personne depuis Participants (Inscrire…).")
NO_STRUCTURES = QT_TRANSLATE_NOOP(
    "empty", "Aucune structure pour l'instant. Elles arrivent avec les inscriptions importées (Ctrl+I) ou saisies "
    "(Participants › Inscrire…, Accueil › Inscription sur place…).")


def say(text: str) -> str:
    return QCoreApplication.translate("empty", text)


class EmptyState(QLabel):
    """A sentence in place of an empty list; hidden as soon as there is something to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("empty_state")
        self.setStyleSheet("#empty_state { color: #455a64; font-size: 15px; padding: 24px; "
                           "background: #eef2f5; border-radius: 8px; }")
        self.setVisible(False)

    def show_text(self, text: str | None) -> None:
        """Show this sentence, or hide with None."""
        self.setText(text or "")
        self.setVisible(bool(text))
