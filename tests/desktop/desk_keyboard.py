"""A keyboard for desk tests: keys sent one by one at a given pace, on a clock of the test's own.

The scanner filter reads this clock, and the desk's two timers (the search debounce, the scanner's silence) fire
when this clock says so, not when the machine does: their real intervals are pushed out of reach and the keyboard
fires them itself, in order, when a gap between two keys (or a pause) is long enough. Database results are
delivered only when the test asks (deliver()), so every moment between a key, a timer and a result can be reached.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NEVER = 24 * 3600 * 1000


class Keyboard:
    def __init__(self, qtbot, desk) -> None:
        self.qtbot, self.desk, self.now = qtbot, desk, 1_000_000.0
        desk.scanner.clock = lambda: self.now
        self.timers: list[tuple[QTimer, int]] = []
        self.started: dict[int, float] = {}
        for timer in (desk.search.timer, desk.scanner._timer):
            self.timers.append((timer, timer.interval()))
            timer.setInterval(NEVER)
            timer.start = self._starter(timer)  # the desk's own start() calls: noted on this clock

    def _starter(self, timer: QTimer):
        def start(*args) -> None:
            self.started[id(timer)] = self.now
            QTimer.start(timer)
        return start

    def wait(self, ms: float) -> None:
        """Time passes: the timers due fire, in order."""
        end = self.now + ms
        while True:
            due = [(self.started[id(t)] + interval, n, t) for n, (t, interval) in enumerate(self.timers)
                   if t.isActive() and id(t) in self.started and self.started[id(t)] + interval <= end]
            if not due:
                break
            when, _n, timer = min(due, key=lambda d: (d[0], d[1]))
            self.now = max(self.now, when)
            timer.stop()
            timer.timeout.emit()
        self.now = end

    def key(self, widget: QWidget, key: Qt.Key | str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        if isinstance(key, str) and not key.isascii():  # QTest only knows ASCII: é, è, ç as key events
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, modifier, key))
            return
        QTest.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str, gaps: float | Iterable[float], enter: bool = False) -> None:
        """Type text, each key `gaps` ms after the one before (a number, or one gap per key)."""
        steps = list(gaps) if not isinstance(gaps, int | float) else [gaps] * (len(text) + (1 if enter else 0))
        for n, char in enumerate(text):
            self.wait(steps[n])
            self.key(widget, char)
        if enter:
            self.wait(steps[len(text)] if len(steps) > len(text) else 0)
            self.key(widget, Qt.Key.Key_Return)

    def deliver(self) -> None:
        """Let the database worker's results reach the window (none of the desk's timers fires meanwhile)."""
        for _ in range(3):
            self.desk.context.tasks.wait_idle()
            QApplication.processEvents()
