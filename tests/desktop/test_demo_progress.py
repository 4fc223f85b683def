"""`envol --demo` with a demo built on another day: the rebuild (a quarter of a minute) runs on a worker while a
window says what happens and how far it is, instead of a frozen, empty screen."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from core.db.workspace import open_workspace
from core.errors import WorkspaceError
from desktop.app import build_demo_shown


def test_the_demo_build_shows_its_progress_and_opens(qtbot, tmp_path):
    seen = threading.Event()
    shown: list[tuple[str, int]] = []

    def look() -> None:  # on the GUI thread, while the worker builds: the window answers and shows the dialog
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and widget.value() == 50:
                shown.append((widget.labelText(), widget.value()))
                seen.set()
                return
        QTimer.singleShot(20, look)

    def build(path, progress):
        progress(1, 2)
        assert seen.wait(10), "no progress window while the demo was built"
        progress(2, 2)
        return open_workspace(path, create=True)

    QTimer.singleShot(0, look)
    with build_demo_shown(tmp_path / "demo.envol", build) as workspace:
        assert workspace.path.exists()
    assert "démonstration" in shown[0][0]
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_failed_build_reaches_the_caller(qtbot, tmp_path):
    def build(path, progress):
        raise WorkspaceError("not_a_demo", "a real workspace", path=str(path))

    with pytest.raises(WorkspaceError):
        build_demo_shown(tmp_path / "demo.envol", build)
