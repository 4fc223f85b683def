"""Background jobs report to the GUI thread; a page closed while its job ran is not called back."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from desktop.background import Tasks


@pytest.mark.parametrize("callback", ["method", "lambda", "partial"])
def test_a_job_whose_page_was_closed_meanwhile_reports_to_no_one(qtbot, callback) -> None:
    tasks = Tasks()
    release = threading.Event()
    label = QLabel()
    tasks.database(lambda: release.wait(10) and "trouvé", _callback_into(label, callback))
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)
    errors = []
    tasks.unhandled.connect(errors.append)
    with qtbot.captureExceptions() as raised:
        release.set()
        assert tasks.wait_idle()
        qtbot.wait(50)  # the queued report is delivered
    assert raised == [] and errors == []


def _callback_into(label: QLabel, kind: str) -> Callable[[str], None]:
    """How pages hand their callbacks to a job: a method, a lambda calling a method, a partial."""
    if kind == "lambda":
        return lambda text: label.setText(f"{text} !")
    return label.setText if kind == "method" else functools.partial(QLabel.setText, label)


def test_a_live_page_gets_its_result(qtbot) -> None:
    tasks = Tasks()
    label = QLabel()
    qtbot.addWidget(label)
    tasks.database(lambda: "trouvé", label.setText)
    qtbot.waitUntil(lambda: label.text() == "trouvé", timeout=5000)
