"""Start the GUI: language, workspace (the demo, a given file, or the last one), main window."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

from core.db.workspace import Workspace, open_workspace
from core.demo.stamp import is_stale
from core.errors import EnvolError
from core.paths import default_workspace_path, demo_workspace_path
from core.services.events import current_event
from desktop.background import Tasks
from desktop.context import AppContext
from desktop.first_run import FirstRunChoice, FirstRunDialog
from desktop.language import current_language
from desktop.main_window import MainWindow
from desktop.messages import describe

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def tune_interpreter() -> None:
    """The GUI thread calls Python for every cell it paints; while a worker runs Python (a page's rows, a
    duplicate search), each of those calls waits for the interpreter lock up to the switch interval (5 ms by
    default): hundreds of cells made seconds of frozen window. A 0.5 ms interval hands the lock back sooner."""
    sys.setswitchinterval(0.0005)


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
        return build_demo_shown(path)
    return open_workspace(Path(workspace) if workspace else default_workspace_path(), create=True)


def build_demo_shown(path: Path, build: Callable[..., Workspace] | None = None) -> Workspace:
    """(Re)build the demo before the window opens (a quarter of a minute) on a worker, while a window says what
    happens and how far it is; the GUI thread keeps painting it."""
    if build is None:  # Faker and the demo programme: only when (re)built
        from core.demo import build_demo_workspace

        build = build_demo_workspace
    builder = build
    dialog = QProgressDialog("", "", 0, 100)
    label = QLabel(QCoreApplication.translate(
        "app", "Préparation de l'espace de démonstration : le programme du réseau, des personnes inventées, leurs "
        "inscriptions et la journée en cours. Cela prend une vingtaine de secondes, une fois par jour."))
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setWindowTitle(QCoreApplication.translate("app", "Envol — démonstration"))
    dialog.setCancelButton(None)  # nothing to open without it
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(480)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    tasks = Tasks()

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    tasks.background(lambda progress: builder(path, progress=progress.report),
                     lambda workspace: finished("workspace", workspace), lambda error: finished("error", error),
                     lambda done, total: dialog.setValue(round(100 * done / max(total, 1))))
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.close()
    tasks.wait_idle()
    if "error" in outcome:
        raise outcome["error"]
    workspace: Workspace = outcome["workspace"]
    return workspace


def first_run() -> FirstRunChoice | None:
    """No workspace yet: the guided start (None if the person closed it)."""
    dialog = FirstRunDialog()
    return dialog.choice if dialog.exec() else None


def open_window(context: AppContext, first: FirstRunChoice | None = None) -> MainWindow:
    """The main window, on the home page; after a first run, where the chosen start continues."""
    if first is not None and first.kind == "new":
        from desktop.first_run import ORGANISER_KEY, TIMEZONE_KEY

        context.workspace.set_setting(ORGANISER_KEY, first.network)
        context.workspace.set_setting(TIMEZONE_KEY, first.timezone)
    window = MainWindow(context)
    window.show()
    if first is not None and first.kind == "new":  # then the first event
        window.show_page("agenda")
        window.pages["agenda"].events.new_event()  # type: ignore[attr-defined]
    elif first is not None and first.kind == "hub":
        window.show_page("synchronisation")
    return window


def native_dialog_theme(environ: Mapping[str, str], platform: str) -> str | None:
    """The Qt platform theme to ask for so that file dialogs are the desktop's own, or None to leave Qt's choice.

    Envol calls QFileDialog's static functions and never sets DontUseNativeDialog: Windows and macOS get their
    native dialog, and on Linux Qt's GTK theme (in the wheel and the bundle) gives GNOME, Cinnamon, MATE, Xfce and
    LXDE their GTK dialog. KDE Plasma's theme plugin is not shipped: there the desktop portal (xdg-desktop-portal,
    KDE's own file dialog; Qt falls back to its translated dialog when no portal answers). A theme the user set is
    kept, and the offscreen platform (tests, the gallery) has no desktop at all."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORMTHEME"):
        return None
    if environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return None
    desktops = environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    return "xdgdesktopportal" if "KDE" in desktops or environ.get("FLATPAK_ID") else None


def run_gui(*, demo: bool = False, workspace: str | None = None, language: str | None = None) -> int:
    theme = native_dialog_theme(os.environ, sys.platform)
    if theme is not None and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORMTHEME"] = theme
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    tune_interpreter()
    app.setApplicationName("Envol")
    app.setOrganizationName("Envol")
    install_translators(app, language or current_language())
    from desktop import design

    design.apply(app)
    first = None
    if not demo and not workspace and not default_workspace_path().exists():
        first = first_run()
        if first is None:
            return 0
        demo = first.kind == "demo"
    try:
        opened = open_chosen_workspace(demo, workspace)
    except EnvolError as error:
        QMessageBox.critical(None, "Envol", describe(error, QCoreApplication.translate))
        return 2
    with opened:
        tasks = Tasks()
        _window = open_window(AppContext(opened, tasks, current_event(opened)), first)  # kept alive by the name
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
