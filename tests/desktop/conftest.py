"""GUI fixtures: a main window on a copy of the demo workspace, with real workers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.services.events import list_events
from desktop.background import Tasks
from desktop.context import AppContext


@pytest.fixture
def context(qtbot, demo_workspace) -> Iterator[AppContext]:
    tasks = Tasks()
    rencontres = next(e for e in list_events(demo_workspace) if "Rencontres" in e.name)
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
