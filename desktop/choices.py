"""ValueCombo: a combo box of Python values, found again by Python equality, never by a guess.

Why not QComboBox's own item data: PySide6 compares item data as QVariants, so `findData(uuid)` finds only the very
same UUID object (an equal one read again from the database gives -1), a `date` is never found, and a StrEnum comes
back as a plain `str`. A form that then falls back to the first item silently replaces the stored value (issue 12:
editing a person's phone erased their structure). Here every value is kept as the Python object it was (boxed, so
that Qt does not convert it), looked up with ==, and a value that is not among the choices is shown as such and
kept, not replaced by the first item.

The mouse wheel changes the choice only once the box has the keyboard focus (clicked or tabbed to): scrolling a
table or a form over a combo box scrolls, it does not change values on the way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class _Boxed:
    """Holds a value so that Qt stores the Python object as it is."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


class ValueCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not give it the focus
        self.currentTextChanged.connect(lambda _text: self._tip_when_cut())

    def shrinkable(self, characters: int) -> ValueCombo:
        """Let a long choice give way to the window (as narrow as `characters`), whole in its tooltip."""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        return self

    def _tip_when_cut(self) -> None:
        """A choice too long for the box (a narrow window, a large font) is whole in the tooltip."""
        text = self.currentText()
        cut = self.fontMetrics().horizontalAdvance(text) > self.width() - 32
        self.setToolTip(text if cut else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._tip_when_cut()

    # --- filling
    def add_choice(self, label: str, value: object) -> None:
        self.addItem(label, _Boxed(value))

    def set_choices(self, choices: Iterable[tuple[str, object]]) -> None:
        """Replace the items, keeping the current value selected when it is still among them (no signal)."""
        current, had = self.value(), self.currentIndex() >= 0
        self.blockSignals(True)
        self.clear()
        for label, value in choices:
            self.add_choice(label, value)
        if had:
            self.setCurrentIndex(max(0, self.index_of(current)))
        self.blockSignals(False)

    # --- reading and choosing
    def value_at(self, index: int) -> Any:
        data = self.itemData(index)
        return data.value if isinstance(data, _Boxed) else data

    def value(self) -> Any:
        """The value of the current item (None when there is none)."""
        return self.value_at(self.currentIndex()) if self.currentIndex() >= 0 else None

    def values(self) -> list[Any]:
        return [self.value_at(i) for i in range(self.count())]

    def index_of(self, value: object) -> int:
        for index in range(self.count()):
            if _same(self.value_at(index), value):
                return index
        return -1

    def set_value(self, value: object, unknown_label: str | None = None) -> bool:
        """Select the item holding value. A value not among the choices is added under unknown_label (so that saving
        the form keeps it) when one is given; else the current item stays and False is returned."""
        index = self.index_of(value)
        if index < 0 and unknown_label is not None:
            self.add_choice(unknown_label, value)
            index = self.count() - 1
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    # --- the wheel
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if not self.hasFocus():
            event.ignore()  # goes to the table or form under it, which scrolls
            return
        super().wheelEvent(event)


def _same(a: object, b: object) -> bool:
    # Same type family and equal: a StrEnum and its text are the same value, None is only None.
    if a is None or b is None:
        return a is b
    return bool(a == b)
