"""About: the version and the workspace file, so that a volunteer can tell support what they run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core import __version__


def about_text(workspace_path: Path) -> str:
    return QCoreApplication.translate(
        "about",
        "<h3>Envol {0}</h3><p>Accueil, agenda, inscriptions et impressions des événements de l'ESS "
        "de Paris Terres d'Envol, hors ligne d'abord.</p><p>Espace de travail :<br><code>{1}</code></p>",
    ).format(__version__, workspace_path)


def show_about(parent: QWidget, workspace_path: Path) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("about", "À propos d'Envol"), about_text(workspace_path))
