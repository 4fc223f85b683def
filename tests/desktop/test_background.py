"""Background jobs report to the GUI thread; a page closed while its job ran is not called back."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from desktop.background import Tasks


def test_a_job_whose_page_was_closed_meanwhile_reports_to_no_one(qtbot) -> None:
    tasks = Tasks()
    release = threading.Event()
    label = QLabel()
    tasks.database(lambda: release.wait(10) and "trouvé", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)
    errors = []
    tasks.unhandled.connect(errors.append)
    with qtbot.captureExceptions() as raised:
        release.set()
        assert tasks.wait_idle()
        qtbot.wait(50)  # the queued report is delivered
    assert raised == [] and errors == []


def test_a_live_page_gets_its_result(qtbot) -> None:
    tasks = Tasks()
    label = QLabel()
    qtbot.addWidget(label)
    tasks.database(lambda: "trouvé", label.setText)
    qtbot.waitUntil(lambda: label.text() == "trouvé", timeout=5000)
