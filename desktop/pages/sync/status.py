"""The status bar indicator: offline / syncing / up to date / N waiting, always visible; a click opens the page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QMouseEvent
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
        self.setObjectName("sync_indicator")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.controller = controller_for(context)
        self.controller.changed.connect(self.show_view)
        self.show_view(self.controller.view)

    def show_view(self, view: SyncView) -> None:
        self.setText(state_text(view))
        if view.error is not None:
            error = view.error
            self.setToolTip(describe(error, QCoreApplication.translate) if isinstance(error, EnvolError)
                           else str(error))
        else:
            self.setToolTip(QCoreApplication.translate("sync", "État de la synchronisation (cliquer pour le détail)"))

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
