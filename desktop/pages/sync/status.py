"""The status bar indicator: offline / syncing / up to date / N waiting, always visible; a click opens the page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from core.errors import EnvolError
from desktop.context import AppContext
from desktop.messages import describe
from desktop.pages.sync.controller import SyncView, controller_for


class SyncWords(QObject):
    """Translation context of the indicator's words: lupdate reads plural forms only from `Class.tr(text, "", n)`."""


def state_text(view: SyncView) -> str:
    waiting = view.status.waiting if view.status else 0
    if view.state == "syncing":
        return SyncWords.tr("Synchronisation…")
    if view.state == "offline":
        return SyncWords.tr("Hors ligne — %n changement(s) en attente", "", waiting)
    if view.state == "error":
        return SyncWords.tr("Synchronisation en échec")
    if view.state == "waiting":
        return SyncWords.tr("%n changement(s) en attente", "", waiting)
    if view.state == "up_to_date":
        return SyncWords.tr("À jour")
    return SyncWords.tr("Hors ligne (pas de serveur) — %n changement(s) en attente", "", waiting)


class SyncIndicator(QLabel):
    def __init__(self, context: AppContext, open_page: object = None) -> None:
        super().__init__()
        self._open_page = open_page
        self.full_text = ""
        self._tip = ""
        self.setObjectName("sync_indicator")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.controller = controller_for(context)
        self.controller.changed.connect(self.show_view)
        self.show_view(self.controller.view)

    def show_view(self, view: SyncView) -> None:
        self.full_text = state_text(view)
        if view.error is not None:
            error = view.error
            self._tip = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        else:
            self._tip = QCoreApplication.translate("sync", "État de la synchronisation (cliquer pour le détail)")
        self._elide()
        self.updateGeometry()

    # A narrow header (150 %, a larger font) elides the state rather than widening the window past the screen.
    def _elide(self) -> None:
        room = self.width() - self._padding()
        shown = self.full_text if not self.isVisible() or room <= 0 else \
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            QLabel.setText(self, shown)
        self.setToolTip(self._tip if shown == self.full_text else f"{self.full_text}\n{self._tip}")

    def _padding(self) -> int:
        return max(0, super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + self._padding() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("M" * 10)),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._elide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if callable(self._open_page):
            self._open_page()
        super().mousePressEvent(event)


def install_sync_status(window: QMainWindow, context: AppContext) -> SyncIndicator:
    """The hook the main window calls: an indicator at the right of its status bar."""
    show = getattr(window, "show_page", None)
    indicator = SyncIndicator(context, (lambda: show("synchronisation")) if callable(show) else None)
    window.statusBar().addPermanentWidget(indicator)
    return indicator
