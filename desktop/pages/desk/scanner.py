"""Capture a keyboard-wedge scanner's input whatever widget has focus (an application event filter).

A scanner types a whole code in a burst (a few ms between keys), with or without a final Enter. A person
types slower. A burst of MIN_LENGTH characters or more, ended by Enter or by a short silence, is a scan.
Outside text fields the keys are swallowed (a focused button must not react to them); inside a text
field they land there until the burst is recognised, then the field gets its text back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MIN_LENGTH = 6
FAST_MS = 45  # longest gap between two keys of one scan
SILENCE_MS = 120  # a scan without Enter ends after this silence


def _is_text_field(widget: QObject | None) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._buffer: list[str] = []
        self._last = 0.0
        self._field: QLineEdit | None = None
        self._field_text = ""
        self._timer = QTimer(self, singleShot=True, interval=SILENCE_MS)
        self._timer.timeout.connect(self._silence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not watched.isWidgetType() or not self._page.isVisible():
            return False
        assert isinstance(event, QKeyEvent)
        if watched.window() is not self._page.window():  # type: ignore[attr-defined]
            return False  # a dialog (walk-in form, PIN) types for itself
        now = time.monotonic() * 1000
        fast = bool(self._buffer) and now - self._last <= FAST_MS
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if fast and len(self._buffer) >= MIN_LENGTH:
                self._finish()
                return True
            self._reset()
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if not fast:
            self._reset()
            if isinstance(watched, QLineEdit):
                self._field, self._field_text = watched, watched.text()
        self._buffer.append(text)
        self._timer.start()
        return not _is_text_field(watched)

    def _silence(self) -> None:
        if len(self._buffer) >= MIN_LENGTH:
            self._finish()
        else:
            self._reset()

    def _finish(self) -> None:
        text = "".join(self._buffer)
        if self._field is not None:
            self._field.setText(self._field_text)  # the scan was not meant for this field
        self._reset()
        self.scanned.emit(text)

    def _reset(self) -> None:
        self._timer.stop()
        self._buffer.clear()
        self._field = None
