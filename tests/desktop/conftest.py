"""GUI fixtures: a main window on a copy of the demo workspace, with real workers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.background import Tasks
from desktop.context import AppContext
from tests.demo import demo_event


@pytest.fixture
def context(qtbot, demo_workspace) -> Iterator[AppContext]:
    tasks = Tasks()
    rencontres = demo_event(demo_workspace, "Rencontres")
    ctx = AppContext(demo_workspace, tasks, rencontres)
    yield ctx
    tasks.wait_idle()


@pytest.fixture
def main_window(qtbot, context):
    from desktop.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(autouse=True)
def _french_plural_forms(qapp) -> Iterator[None]:
    """As the application in French: plural forms from envol_fr.qm (« 31 lignes », not « 31 ligne(s) »)."""
    from PySide6.QtCore import QTranslator

    from desktop.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load("envol_fr", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_remembered_views() -> Iterator[None]:
    """Qt reads its settings' folder once per process: a sort one test leaves would greet the next."""
    from PySide6.QtCore import QSettings

    QSettings("Envol", "Envol").remove("views")
    yield
    QSettings("Envol", "Envol").remove("views")
