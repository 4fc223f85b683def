"""Start the GUI: language, workspace (the demo, a given file, or the last one), main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from core.db.workspace import Workspace, open_workspace
from core.demo.stamp import is_stale
from core.errors import EnvolError
from core.paths import default_workspace_path, demo_workspace_path
from core.services.events import current_event
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.language import current_language
from desktop.main_window import MainWindow
from desktop.messages import describe

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """French is the source language; English comes from envol_en.qm, and French takes only its plural forms
    from envol_fr.qm (« 1 personne », « 2 personnes »). Qt's own dialogs follow too."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    translators = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    ours = QTranslator(app)
    if ours.load(f"envol_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def open_chosen_workspace(demo: bool, workspace: str | None) -> Workspace:
    if demo:
        path = demo_workspace_path()
        if path.exists():
            existing = open_workspace(path)
            if not is_stale(existing):
                return existing
            existing.close()  # built on another day: its Rencontres are no longer today's
        from core.demo import build_demo_workspace  # Faker and the demo programme: only when (re)built

        return build_demo_workspace(path)
    return open_workspace(Path(workspace) if workspace else default_workspace_path(), create=True)


def run_gui(*, demo: bool = False, workspace: str | None = None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Envol")
    app.setOrganizationName("Envol")
    install_translators(app, language or current_language())
    try:
        opened = open_chosen_workspace(demo, workspace)
    except EnvolError as error:
        QMessageBox.critical(None, "Envol", describe(error, QCoreApplication.translate))
        return 2
    with opened:
        tasks = Tasks()
        context = AppContext(opened, tasks, current_event(opened))
        window = MainWindow(context)
        window.show()
        _startup_probe(app)
        code = app.exec()
        tasks.wait_idle()
    return code


def _startup_probe(app: QApplication) -> None:
    """ENVOL_STARTUP_PROBE=1 prints when the first window has been painted (a wall-clock instant, for the bundle's
    check and the start-up benchmark to time a real start); =quit also closes the application then."""
    probe = os.environ.get("ENVOL_STARTUP_PROBE")
    if not probe:
        return

    def painted() -> None:
        print(f"envol-painted {time.time():.3f}", flush=True)  # wall clock: compared with the parent's start
        if probe == "quit":
            app.quit()

    QTimer.singleShot(0, painted)  # after the event loop has shown and painted the window
