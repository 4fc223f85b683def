"""`python -m tests.gallery OUT_DIR`: every page and main dialog of the demo, as PNG files, to look at all at once.

At 1366×768 and 1920×1080, in French and in English (one process per language: Qt's translators are per
application). The demo workspace is built once into OUT_DIR/demo.envol (dates anchored on today by the demo
itself). Files are named LANG-WIDTHxHEIGHT-NN-what.png. Offscreen: no display is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SIZES = [(1366, 768), (1920, 1080)]
LANGUAGES = ["fr", "en"]


def _settle(app: object, tasks: object, rounds: int = 6) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    for _ in range(rounds):
        tasks.wait_idle()  # type: ignore[attr-defined]
        loop = QEventLoop()
        QTimer.singleShot(60, loop.quit)
        loop.exec()


def shoot(language: str, workspace_path: Path, out: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    app = QApplication.instance() or QApplication(["envol-gallery"])
    from core.db.workspace import open_workspace
    from core.services.events import current_event
    from desktop import design
    from desktop.app import install_translators
    from desktop.background import Tasks
    from desktop.context import AppContext
    from desktop.main_window import MainWindow

    install_translators(app, language)  # type: ignore[arg-type]
    design.apply(app)  # type: ignore[arg-type]
    written: list[Path] = []
    with open_workspace(workspace_path) as workspace:
        tasks = Tasks()
        context = AppContext(workspace, tasks, current_event(workspace))
        window = MainWindow(context)
        tasks.unhandled.disconnect(window.show_error)  # a modal box would stop the gallery: say it instead
        tasks.unhandled.connect(lambda error: print(f"ERROR {error!r}", file=sys.stderr, flush=True))
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            prefix = f"{language}-{width}x{height}"
            for number, spec in enumerate(window.specs, start=1):
                window.show_page(spec.key)
                print(prefix, spec.key, flush=True)
                _settle(app, tasks)
                path = out / f"{prefix}-{number:02d}-{spec.key}.png"
                window.grab().save(str(path))
                written.append(path)
            window.sidebar.set_collapsed(True)
            window.show_page("participants")
            _settle(app, tasks)
            path = out / f"{prefix}-20-sidebar-collapsed.png"
            window.grab().save(str(path))
            written.append(path)
            window.sidebar.set_collapsed(False)
            for name, make in _dialogs(window, context):
                dialog: QWidget = make()
                if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # the size it opens at, within the screen
                    dialog.resize(min(dialog.width(), width - 100), min(dialog.height(), height - 100))
                else:
                    dialog.resize(min(dialog.sizeHint().width() + 80, width - 100),
                                  min(max(dialog.sizeHint().height(), 300), height - 100))
                dialog.show()
                _settle(app, tasks)
                path = out / f"{prefix}-{30 + len(written) % 70:02d}-{name}.png"
                dialog.grab().save(str(path))
                written.append(path)
                if isinstance(dialog, QDialog):
                    dialog.reject()
                dialog.close()
                dialog.deleteLater()
        window.close()
        tasks.wait_idle()
    return written


def _dialogs(window: object, context: object) -> list[tuple[str, object]]:
    from desktop.first_run import FirstRunDialog
    from desktop.pages.agenda.event_dialog import EventDialog
    from desktop.pages.desk.walk_in import WalkInDialog
    from desktop.pages.registrations.import_dialog import ImportDialog
    from desktop.pages.registrations.register_dialog import RegisterDialog
    from desktop.pages.registrations.report_dialog import ReportDialog

    samples = Path("/work/shared/samples/inscriptions-atelier-commercial.xlsx")
    agenda = window.pages["agenda"]  # type: ignore[attr-defined]
    dialogs: list[tuple[str, object]] = [
        ("first-run", lambda: FirstRunDialog()),
        ("register", lambda: RegisterDialog(context, window)),
        ("walk-in", lambda: WalkInDialog(context, window)),
        ("report", lambda: ReportDialog(context, window)),
        ("event", lambda: EventDialog(agenda)),
    ]
    if samples.exists():
        dialogs.append(("import", lambda: ImportDialog(context, window, path=samples)))
    return dialogs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("ENVOL_GALLERY_LANGUAGE"):
        language = os.environ["ENVOL_GALLERY_LANGUAGE"]
        for path in shoot(language, out / "demo.envol", out):
            print(path)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo = out / "demo.envol"
    if not demo.exists():
        from core.demo import build_demo_workspace

        build_demo_workspace(demo).close()
    code = 0
    for language in LANGUAGES:
        env = {**os.environ, "ENVOL_GALLERY_LANGUAGE": language, "ENVOL_DATA_DIR": str(out / "data")}
        code |= subprocess.run([sys.executable, "-m", "tests.gallery", str(out)], env=env).returncode
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
