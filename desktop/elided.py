"""A tool button showing an action whose text changes (« Annuler le déplacement de « … » »): elided to the width it
is given, the whole text in its tooltip. Its minimum width does not depend on the text, so a long text never widens
the window or squeezes its neighbours: it is the text that gives way."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

MAX_WIDTH = 240
MIN_WIDTH = 70


class ElidedActionButton(QToolButton):
    def __init__(self, action: QAction, max_width: int = MAX_WIDTH, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._full = ""
        self.setMaximumWidth(max_width)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        if not shiboken6.isValid(self._action) or not shiboken6.isValid(self):
            return  # the page is being deleted
        self._full = self._action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shortcut = self._action.shortcut().toString()
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(f"{self._full} ({shortcut})" if shortcut else self._full)
        self._elide()
        self.updateGeometry()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(20, self.width() - 14)))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = min(self.maximumWidth(), self.fontMetrics().horizontalAdvance(self._full) + 16)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # At least the first word (« Annuler », « Rétablir ») whole, whatever the font size.
        first = self._full.split(" ", 1)[0]
        width = max(MIN_WIDTH, self.fontMetrics().horizontalAdvance(first + "…") + 16)
        return QSize(min(width, self.maximumWidth()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()
