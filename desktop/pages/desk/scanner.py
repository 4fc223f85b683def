"""Capture a keyboard-wedge scanner's input whatever widget has focus (an application event filter).

A scanner types a whole code in a burst (a few ms between keys), with or without a final Enter; a person types
slower. Timing is only a hint, though: a fast typist's name arrives in bursts too. What decides is the shape of the
text (core.checkin.shape_of): a token or a form platform's barcode typed in a burst is a scan; words are not, and
stay where they were typed (keys typed outside a text field go to the search box). A short code typed in the search
box is left there for the desk's Enter, which checks it in if it names a ticket.

Outside text fields the keys are swallowed (a focused button must not react to them); inside a text field they land
there until the burst is recognised as a scan, then the field gets its text back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from core.checkin import Shape, shape_of

MIN_LENGTH = 6
FAST_MS = 45  # longest gap between two keys of one burst
SILENCE_MS = 120  # a scan without Enter ends after this silence


def _is_text_field(widget: QObject | None) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


class ScannerFilter(QObject):
    scanned = Signal(str)  # a scan: token, platform barcode, or a short code typed outside a text field
    typed = Signal(str)  # words typed fast outside a text field: for the search box

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.clock: Callable[[], float] = _monotonic_ms  # milliseconds; tests drive it
        self._buffer: list[str] = []
        self._last = 0.0
        self._field: QLineEdit | None = None
        self._field_text = ""
        self._swallowed = False  # the burst's keys were kept from the widget (not a text field)
        self._timer = QTimer(self, singleShot=True, interval=SILENCE_MS)
        self._timer.timeout.connect(self._silence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not watched.isWidgetType() or not self._page.isVisible():
            return False
        assert isinstance(event, QKeyEvent)
        if watched.window() is not self._page.window():  # type: ignore[attr-defined]
            return False  # a dialog (walk-in form, PIN) types for itself
        now = self.clock()
        fast = bool(self._buffer) and now - self._last <= FAST_MS
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if fast and len(self._buffer) >= MIN_LENGTH:
                return self._finish()
            self._reset()
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if not fast:
            self._reset()
            self._swallowed = not _is_text_field(watched)
            if isinstance(watched, QLineEdit):
                self._field, self._field_text = watched, watched.text()
        self._buffer.append(text)
        self._timer.start()
        return self._swallowed

    def _silence(self) -> None:
        if len(self._buffer) >= MIN_LENGTH:
            self._finish()
        elif self._swallowed and self._buffer:
            self.typed.emit("".join(self._buffer))  # a few keys typed fast on a button: not lost
            self._reset()
        else:
            self._reset()

    def _finish(self) -> bool:
        """End a burst; True when its keys (and the Enter ending it) were kept from the focused widget."""
        text = "".join(self._buffer)
        shape = shape_of(text)
        swallowed = self._swallowed
        if shape in (Shape.TOKEN, Shape.REFERENCE) or (shape is Shape.CODE and swallowed):
            if self._field is not None:
                self._field.setText(self._field_text)  # the scan was not meant for this field
            self._reset()
            self.scanned.emit(text)
            return True
        self._reset()
        if swallowed:
            self.typed.emit(text)  # words typed on a button or a table: they go to the search box
            return True
        return False  # typed by a person in a text field: the text stays there, and so does Enter

    def _reset(self) -> None:
        self._timer.stop()
        self._buffer.clear()
        self._field = None
        self._swallowed = False
