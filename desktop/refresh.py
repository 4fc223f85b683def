"""When a page reloads after a change: now if it is on screen, when it is next shown if it is hidden.

Every mutation emits `data_changed` with its summary. A hidden page that reloaded tens of thousands of rows for
each scan at the desk made the desk wait (issue 17): a hidden page only notes that it is stale, and reloads when
it comes back on screen. A page on screen reloads once for a burst of changes (they are coalesced), and only for
the summaries that can change what it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext


def every_change(_summary: object) -> bool:
    return True


class RefreshWhenShown(QObject):
    def __init__(self, page: QWidget, context: AppContext, reload: Callable[[], None],
                 relevant: Callable[[object], bool] = every_change) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self._relevant = relevant
        self.stale = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # a burst of changes, one reload
        self._timer.timeout.connect(self._now)
        page.installEventFilter(self)
        context.data_changed.connect(self.changed)

    def on_screen(self) -> bool:
        """A page inside the window counts as hidden when its stack shows another; a page standing alone (tests, a
        dialog's own widget) counts as shown."""
        return self._page.parentWidget() is None or self._page.isVisible()

    def changed(self, summary: object) -> None:
        if not self._relevant(summary):
            return
        if self.on_screen():
            self._timer.start()
        else:
            self.stale = True

    def _now(self) -> None:
        self.stale = False
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return False
