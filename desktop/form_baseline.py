"""What a form showed when it was loaded, to tell which fields the person really changed.

A form round-trips (DESIGN.md, principle 12): opened and saved untouched, it writes nothing. A field is "changed"
only when its widgets no longer show what they showed after loading; the form then saves just those fields, and
every other one keeps its stored value exactly, even one the widgets cannot show exactly (seconds in a time,
trailing spaces, an id outside the list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.choices import ValueCombo


def read(widget: QWidget) -> object:
    """What a widget shows, comparable with ==."""
    if isinstance(widget, ValueCombo):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else None)
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-ddTHH:mm:ss.zzz")
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    raise TypeError(f"no reader for {type(widget).__name__}")


class Baseline:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, ...]] = {}
        self._shown: dict[str, tuple[object, ...]] | None = None

    def watch(self, name: str, *widgets: QWidget) -> None:
        """Field `name` (the service's name for it) is shown by these widgets."""
        self._fields[name] = widgets

    def take(self) -> None:
        """Call once the loaded record is on screen."""
        self._shown = {name: self._now(name) for name in self._fields}

    @property
    def taken(self) -> bool:
        return self._shown is not None

    def _now(self, name: str) -> tuple[object, ...]:
        return tuple(read(w) for w in self._fields[name])

    def changed(self) -> set[str]:
        """The fields whose widgets show something else than after loading (all of them before take())."""
        if self._shown is None:
            return set(self._fields)
        return {name for name in self._fields if self._now(name) != self._shown[name]}

    def pick(self, name: str, stored: object, shown: Callable[[], object]) -> object:
        """The value to save for a field: what the widgets show if it was changed, else exactly what was stored."""
        return shown() if name in self.changed() else stored
